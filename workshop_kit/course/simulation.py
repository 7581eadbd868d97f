"""A rehearsal class: a short practice exercise and 25 learners' varied submissions.

The class tests and the autograde benchmark grade it, and a facilitator can use it to
try the course commands and the progress dashboard before the day::

    python -m workshop_kit.course.simulation /tmp/rehearsal --lang fr

writes ``/tmp/rehearsal/solutions/<lang>/practice/`` (the source notebook) and, after a
``workshop release``, ``write_submissions`` fills a hand-in folder for ``workshop collect``.
"""

from __future__ import annotations

import argparse
import copy
from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..files import write_text_atomic

ASSIGNMENT = "practice"
NOTEBOOK_NAME = "practice.ipynb"

# Solution cells and their test cells: (grade id, right solution, wrong solution, test condition).
STEPS = [
    ("count", "count = len(['école', 'mairie', 'parc'])", "count = 0", "count == 3"),
    ("total", "total = sum([1, 2, 3])", "total = 5", "total == 6"),
    ("city", "city = 'rivebelle'.upper()", "city = 'rivebelle'", "city == 'RIVEBELLE'"),
]


@dataclass(frozen=True)
class Profile:
    """A kind of learner: how many of them, and the status and score grading must give."""

    name: str
    count: int
    status: str
    score: float


# 25 learners in all. The expected scores are what a correct grader must find.
PROFILES = [
    Profile("complete", 10, "done", 3.0),
    Profile("partial", 5, "partly", 1.0),
    Profile("blank", 4, "not_started", 0.0),
    Profile("deleted-tests", 2, "done", 3.0),      # graded cells deleted: restored, then pass
    Profile("edited-test", 1, "partly", 2.0),      # a test edited to pass: put back, so it fails
    Profile("widget-left-on", 1, "done", 3.0),     # a thread keeps updating a widget
    Profile("endless-loop", 1, "partly", 2.0),     # interrupted on timeout; later cells graded
    Profile("error", 1, "partly", 2.0),            # the first solution cell raises NameError
]


def _solution_cell(grade_id: str, answer: str):
    source = f"### BEGIN SOLUTION\n{answer}\n### END SOLUTION"
    return nbformat.v4.new_code_cell(source, metadata={"nbgrader": {
        "grade": False, "grade_id": grade_id, "locked": False, "schema_version": 3, "solution": True}})


def _test_cell(grade_id: str, condition: str):
    source = f'wk.assert_that({condition}, "course.practice_hint_{grade_id}")'
    return nbformat.v4.new_code_cell(source, metadata={"nbgrader": {
        "grade": True, "grade_id": f"{grade_id}-test", "locked": True, "points": 1,
        "schema_version": 3, "solution": False}})


def practice_notebook() -> nbformat.NotebookNode:
    """Build the source notebook of the practice exercise (three solution cells, three tests)."""
    cells = [nbformat.v4.new_code_cell("import workshop_kit as wk")]
    for grade_id, answer, _wrong, condition in STEPS:
        cells += [_solution_cell(grade_id, answer), _test_cell(grade_id, condition)]
    for index, cell in enumerate(cells):
        cell["id"] = f"practice-{index:02d}"
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata = {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                        "name": "python3"}, "language_info": {"name": "python"}}
    return notebook


def write_practice_assignment(solutions: Path, language: str) -> Path:
    """Write the practice source notebook to ``<solutions>/<language>/practice/``."""
    path = Path(solutions) / language / ASSIGNMENT / NOTEBOOK_NAME
    write_text_atomic(path, nbformat.writes(practice_notebook()))
    return path


def _answer(notebook, grade_id: str, source: str) -> None:
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id:
            cell.source = source
            return
    raise KeyError(grade_id)


def _fill(student_version, answers: dict[str, str]):
    notebook = copy.deepcopy(student_version)
    for grade_id, source in answers.items():
        _answer(notebook, grade_id, source)
    return notebook


def learner_notebook(student_version, profile: str):
    """Return the notebook a learner of ``profile`` hands in, from the released version."""
    right = {grade_id: answer for grade_id, answer, _wrong, _condition in STEPS}
    wrong = {grade_id: wrong for grade_id, _answer_text, wrong, _condition in STEPS}

    if profile == "complete":
        return _fill(student_version, right)
    if profile == "partial":
        return _fill(student_version, {"count": right["count"]})
    if profile == "blank":
        return copy.deepcopy(student_version)
    if profile == "deleted-tests":
        notebook = _fill(student_version, right)
        notebook.cells = [cell for cell in notebook.cells if not cell.metadata.get("nbgrader", {}).get("grade")]
        return notebook
    if profile == "edited-test":
        notebook = _fill(student_version, {**right, "count": wrong["count"]})
        _answer(notebook, "count-test", "pass  # the check was in my way")
        return notebook
    if profile == "widget-left-on":
        notebook = _fill(student_version, right)
        widget = ("import threading, time\nimport ipywidgets as widgets\n"
                  "slider = widgets.IntSlider()\ndisplay(slider)\n\n"
                  "def keep_moving():\n    while True:\n        slider.value = (slider.value + 1) % 100\n"
                  "        time.sleep(0.05)\n\nthreading.Thread(target=keep_moving).start()")
        notebook.cells.insert(1, nbformat.v4.new_code_cell(widget))
        return notebook
    if profile == "endless-loop":
        return _fill(student_version, {**right, "total": right["total"] + "\nwhile True:\n    pass",
                                       "city": wrong["city"]})
    if profile == "error":
        return _fill(student_version, {**right, "count": "count = len(places)"})
    raise ValueError(f"unknown learner profile {profile!r}")


def class_roster() -> dict[str, Profile]:
    """Return the 25 learner ids (``complete-01``...) with their profile."""
    return {f"{profile.name}-{number:02d}": profile
            for profile in PROFILES for number in range(1, profile.count + 1)}


def write_submissions(student_version_path: Path, folder: Path) -> dict[str, Profile]:
    """Write every learner's hand-in as ``<folder>/<learner>/practice/practice.ipynb``."""
    student_version = nbformat.read(student_version_path, as_version=4)
    roster = class_roster()
    for learner, profile in roster.items():
        notebook = learner_notebook(student_version, profile.name)
        write_text_atomic(Path(folder) / learner / ASSIGNMENT / NOTEBOOK_NAME, nbformat.writes(notebook))
    return roster


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the practice exercise of a rehearsal class.")
    parser.add_argument("folder", help="workshop folder to create (gets lessons/, sample_data/, solutions/)")
    parser.add_argument("--lang", choices=["fr", "en"], default="fr")
    arguments = parser.parse_args(argv)
    root = Path(arguments.folder)
    for name in ("lessons", "sample_data"):
        (root / name).mkdir(parents=True, exist_ok=True)
    print(write_practice_assignment(root / "solutions", arguments.lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
