"""The real exercises through nbgrader: validation, and grading through the course commands.

Exercises are discovered from ``solutions/<lang>/``, so the tests follow the exercises
that exist. Every solution must pass ``nbgrader validate`` and every student version
must fail it (``--invert``). For grading, the English ex02 is handed in twice, as the
solution notebook itself and as the untouched student version: the first must score
full marks, the second zero.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_kit.course import available_assignments, course_records

pytestmark = pytest.mark.slow

REPOSITORY = Path(__file__).resolve().parent.parent
WORKSHOP = str(Path(sys.executable).parent / "workshop")
EXERCISES = available_assignments("en", REPOSITORY / "solutions" / "en")
# Grading one real exercise is enough to prove the commands handle real data and pandas;
# ex02 (open and clean) reads the most files. Validation below covers every exercise.
GRADED = ["ex02"] if "ex02" in EXERCISES else EXERCISES[:1]


def workshop(*arguments: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, WORKSHOP_ROOT=str(REPOSITORY))
    return subprocess.run([WORKSHOP, "--lang", "en", *arguments], capture_output=True, text=True,
                          env=environment, timeout=600, check=False)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    if not GRADED:
        pytest.skip("no exercise in solutions/en yet")
    base = tmp_path_factory.mktemp("real")
    course, handin = base / "course", base / "handin"
    steps = {"release": workshop("release", *GRADED, "--course", str(course), "--timeout", "20")}
    for exercise in GRADED:
        for notebook in (REPOSITORY / "solutions" / "en" / exercise).glob("*.ipynb"):
            target = handin / "solution" / exercise / notebook.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(notebook, target)
        for notebook in (course / "release" / exercise).glob("*.ipynb"):
            target = handin / "blank" / exercise / notebook.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(notebook, target)
    steps["collect"] = workshop("collect", "--course", str(course), "--from", str(handin))
    steps["autograde"] = workshop("autograde", "--course", str(course), "--workers", "2")
    return {"steps": steps, "records": course_records(course).set_index(["student", "exercise"])}


@pytest.mark.parametrize("step", ["release", "collect", "autograde"])
def test_real_course_step_succeeds(graded, step):
    result = graded["steps"][step]
    assert result.returncode == 0, f"workshop {step} failed:\n{result.stdout}\n{result.stderr}"


@pytest.mark.parametrize("exercise", GRADED)
def test_solution_scores_full_marks(graded, exercise):
    row = graded["records"].loc[("solution", exercise)]
    assert row["status"] == "done", f"the solution of {exercise} scored {row['score']} of {row['max_score']}"


@pytest.mark.parametrize("exercise", GRADED)
def test_blank_scores_zero(graded, exercise):
    row = graded["records"].loc[("blank", exercise)]
    assert row["status"] == "not_started", f"the blank {exercise} scored {row['score']} of {row['max_score']}"


NBGRADER = str(Path(sys.executable).parent / "nbgrader")
PASSED = "Success! Your notebook passes all the tests."
FAILED_EVERYWHERE = "Success! The notebook does not pass any tests."
NOTEBOOKS = {language: sorted((REPOSITORY / "solutions" / language).glob("*/*.ipynb")) for language in ("en", "fr")}


def _results_by_notebook(output: str) -> dict[str, str]:
    """Map each notebook path in ``nbgrader validate`` output to the result line that follows it."""
    results, current = {}, None
    for line in output.splitlines():
        if "Validating '" in line:
            current = line.split("Validating '", 1)[1].rstrip("'")
        elif current and line.strip() and not line.startswith("["):
            results.setdefault(current, line.strip())
    return results


@pytest.fixture(scope="module")
def validations(tmp_path_factory):
    """Run ``nbgrader validate`` on every solution and ``--invert`` on every student version.

    One command per language and mode, all four at once, so the kernels share the CPUs.
    """
    processes = {}
    for language, solutions in NOTEBOOKS.items():
        students = [REPOSITORY / "exercises" / language / path.parent.name / path.name for path in solutions]
        for mode, paths, extra in (("solution", solutions, []), ("student", students, ["--invert"])):
            if paths:
                # Each run publishes and builds apps in its own folder, so the four runs
                # cannot collide and nothing lands in the repository's .workshop/.
                home = tmp_path_factory.mktemp(f"home-{language}-{mode}")
                environment = dict(os.environ, WORKSHOP_ROOT=str(REPOSITORY), WORKSHOP_HOME=str(home),
                                   WORKSHOP_PORTAL=str(home / "portal"), WORKSHOP_APPS_DIR=str(home / "apps"))
                processes[(language, mode)] = subprocess.Popen(
                    [NBGRADER, "validate", *extra, *map(str, paths)], cwd=REPOSITORY, env=environment,
                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    results = {}
    for key, process in processes.items():
        output, _ = process.communicate(timeout=600)
        results[key] = _results_by_notebook(output)
    return results


CASES = [(language, path) for language, paths in NOTEBOOKS.items() for path in paths]


@pytest.mark.parametrize("language, solution", CASES, ids=[f"{lang}-{path.stem}" for lang, path in CASES])
def test_solution_passes_nbgrader_validate(validations, language, solution):
    result = validations[(language, "solution")].get(str(solution), "not validated")
    assert result == PASSED, f"nbgrader validate {solution.relative_to(REPOSITORY)}: {result}"


@pytest.mark.parametrize("language, solution", CASES, ids=[f"{lang}-{path.stem}" for lang, path in CASES])
def test_student_version_fails_validate(validations, language, solution):
    student = REPOSITORY / "exercises" / language / solution.parent.name / solution.name
    result = validations[(language, "student")].get(str(student), "not validated")
    assert result == FAILED_EVERYWHERE, f"nbgrader validate --invert {student.relative_to(REPOSITORY)}: {result}"
