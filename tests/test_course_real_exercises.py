"""The real exercises through the course commands: a solution scores full marks, a blank zero.

Exercises are discovered from ``solutions/en/``, so the test follows the exercises that
exist. Each is handed in twice: the solution notebook itself and the untouched student
version from ``exercises/en/``.
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


def workshop(*arguments: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, WORKSHOP_ROOT=str(REPOSITORY))
    return subprocess.run([WORKSHOP, "--lang", "en", *arguments], capture_output=True, text=True,
                          env=environment, timeout=600, check=False)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    if not EXERCISES:
        pytest.skip("no exercise in solutions/en yet")
    base = tmp_path_factory.mktemp("real")
    course, handin = base / "course", base / "handin"
    steps = {"release": workshop("release", "--course", str(course), "--timeout", "20")}
    for exercise in EXERCISES:
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


@pytest.mark.parametrize("exercise", EXERCISES)
def test_solution_scores_full_marks(graded, exercise):
    row = graded["records"].loc[("solution", exercise)]
    assert row["status"] == "done", f"the solution of {exercise} scored {row['score']} of {row['max_score']}"


@pytest.mark.parametrize("exercise", EXERCISES)
def test_blank_scores_zero(graded, exercise):
    row = graded["records"].loc[("blank", exercise)]
    assert row["status"] == "not_started", f"the blank {exercise} scored {row['score']} of {row['max_score']}"
