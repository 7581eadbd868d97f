"""A class of 25 learners through release, collect, autograde, feedback and progress.

Every step runs through the installed ``workshop`` command on a rehearsal exercise written
in a temporary folder, so the test does not depend on the real exercises. The learners'
hand-ins cover what happens in a room: complete, partial and blank notebooks, graded
cells deleted or edited, a widget thread left running, an endless loop, an error.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from workshop_kit.course import completion, course_records, status_table, stuck_learners
from workshop_kit.course.simulation import ASSIGNMENT, NOTEBOOK_NAME, write_practice_assignment, \
    write_submissions

pytestmark = pytest.mark.slow

WORKSHOP = str(Path(sys.executable).parent / "workshop")
CELL_TIMEOUT_SECONDS = 3


def workshop(*arguments: str, root: Path, language: str = "en") -> subprocess.CompletedProcess:
    """Run the installed ``workshop`` command on the rehearsal workshop folder."""
    environment = dict(os.environ, WORKSHOP_ROOT=str(root))
    return subprocess.run([WORKSHOP, "--lang", language, *arguments], capture_output=True, text=True,
                          env=environment, timeout=300, check=False)


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    """Release the practice exercise, collect 25 hand-ins and autograde them."""
    base = tmp_path_factory.mktemp("class")
    root, course, handin = base / "workshop", base / "course", base / "handin"
    for name in ("lessons", "sample_data"):
        (root / name).mkdir(parents=True)
    write_practice_assignment(root / "solutions", "en")

    steps = {}
    steps["release"] = workshop("release", "--course", str(course), "--timeout", str(CELL_TIMEOUT_SECONDS),
                                root=root)
    roster = write_submissions(course / "release" / ASSIGNMENT / NOTEBOOK_NAME, handin)
    steps["collect"] = workshop("collect", "--course", str(course), "--from", str(handin), root=root)
    steps["autograde"] = workshop("autograde", "--course", str(course), "--workers", "2", root=root)
    return {"root": root, "course": course, "handin": handin, "roster": roster, "steps": steps,
            "records": course_records(course)}


@pytest.mark.parametrize("step", ["release", "collect", "autograde"])
def test_course_step_succeeds(graded_class, step):
    result = graded_class["steps"][step]
    assert result.returncode == 0, f"workshop {step} failed:\n{result.stdout}\n{result.stderr}"


def test_autograde_grades_whole_class(graded_class):
    output = graded_class["steps"]["autograde"].stdout
    assert "25 notebook(s) graded" in output, f"autograde did not report 25 graded notebooks: {output}"


def test_progress_status_per_learner(graded_class):
    table = status_table(graded_class["records"])
    for learner, profile in graded_class["roster"].items():
        assert table.loc[learner, ASSIGNMENT] == profile.status, (
            f"{learner} ({profile.name}) should be {profile.status}, got {table.loc[learner, ASSIGNMENT]}")


def test_progress_score_per_learner(graded_class):
    scores = graded_class["records"].set_index("student")["score"]
    for learner, profile in graded_class["roster"].items():
        assert scores[learner] == profile.score, (
            f"{learner} ({profile.name}) should score {profile.score}, got {scores[learner]}")


def test_progress_lists_every_learner(graded_class):
    learners = set(graded_class["records"]["student"])
    assert learners == set(graded_class["roster"]), f"learners in the gradebook: {sorted(learners)}"


def test_class_completion_counts(graded_class):
    row = completion(graded_class["records"]).loc[ASSIGNMENT]
    assert (row["done"], row["partly"], row["not_started"]) == (13, 8, 4), f"completion row: {row.to_dict()}"


def test_class_completion_share(graded_class):
    share = completion(graded_class["records"]).loc[ASSIGNMENT, "share_done"]
    assert share == pytest.approx(13 / 25), f"share done is {share}, expected 13 of 25"


def test_stuck_learners_are_those_not_done(graded_class):
    stuck = set(stuck_learners(graded_class["records"])["student"])
    expected = {learner for learner, profile in graded_class["roster"].items() if profile.status != "done"}
    assert stuck == expected, f"unexpected stuck list; extra {stuck - expected}, missing {expected - stuck}"


def test_deleted_graded_cells_restored(graded_class):
    graded = graded_class["course"] / "autograded" / "deleted-tests-01" / ASSIGNMENT / NOTEBOOK_NAME
    notebook = nbformat.read(graded, as_version=4)
    grade_ids = {cell.metadata.get("nbgrader", {}).get("grade_id") for cell in notebook.cells
                 if cell.metadata.get("nbgrader", {}).get("grade")}
    assert grade_ids == {"count-test", "total-test", "city-test"}, f"graded cells after autograde: {grade_ids}"


def test_endless_loop_interrupted(graded_class):
    graded = graded_class["course"] / "autograded" / "endless-loop-01" / ASSIGNMENT / NOTEBOOK_NAME
    notebook = nbformat.read(graded, as_version=4)
    errors = [output.get("ename") for cell in notebook.cells if cell.cell_type == "code"
              for output in cell.get("outputs", []) if output.get("output_type") == "error"]
    assert "KeyboardInterrupt" in errors or "CellTimeoutError" in errors, f"errors in the graded notebook: {errors}"


def test_cells_after_loop_still_graded(graded_class):
    # The loop sits in the second solution cell and the third solution is wrong. The
    # third check's catalog hint shows that the cells after the interrupted one still ran.
    graded = graded_class["course"] / "autograded" / "endless-loop-01" / ASSIGNMENT / NOTEBOOK_NAME
    text = graded.read_text(encoding="utf-8")
    assert "city must be 'RIVEBELLE'" in text, "the check after the endless loop should show its English hint"


def test_progress_command_csv(graded_class, tmp_path):
    target = tmp_path / "progress.csv"
    result = workshop("progress", "--course", str(graded_class["course"]), "--csv", str(target),
                      root=graded_class["root"])
    assert result.returncode == 0, result.stderr
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    statuses = {row["student"]: row["status"] for row in rows}
    expected = {learner: profile.status for learner, profile in graded_class["roster"].items()}
    assert statuses == expected, "the CSV export should hold every learner's status"


def test_progress_command_french(graded_class):
    result = workshop("progress", "--course", str(graded_class["course"]), root=graded_class["root"],
                      language="fr")
    assert "pas commencé" in result.stdout, f"French progress output: {result.stdout}"


def test_nbgrader_reads_same_gradebook(graded_class):
    # A facilitator familiar with nbgrader can use it directly in the course folder.
    nbgrader = str(Path(sys.executable).parent / "nbgrader")
    environment = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    result = subprocess.run([nbgrader, "db", "student", "list"], cwd=graded_class["course"], capture_output=True,
                            text=True, timeout=120, env=environment, check=False)
    assert "complete-01" in result.stdout + result.stderr, f"nbgrader db student list: {result.stdout}{result.stderr}"


def test_recollect_unchanged_skips(graded_class):
    result = workshop("collect", "--course", str(graded_class["course"]), "--from", str(graded_class["handin"]),
                      root=graded_class["root"])
    assert "0 submission(s) collected, 25 unchanged" in result.stdout, result.stdout


def test_feedback_copied_to_learners(graded_class):
    result = workshop("feedback", "--course", str(graded_class["course"]), "--to", str(graded_class["handin"]),
                      root=graded_class["root"])
    assert result.returncode == 0, result.stderr
    copies = sorted(graded_class["handin"].glob(f"*/{ASSIGNMENT}/feedback/*.html"))
    assert len(copies) == 25, f"feedback files copied to learners: {len(copies)}"


def test_regrade_after_new_handin(graded_class):
    """A learner who finishes later is collected again, regraded alone, and their old copy kept."""
    course, handin, root = graded_class["course"], graded_class["handin"], graded_class["root"]
    late = handin / "blank-01" / ASSIGNMENT / NOTEBOOK_NAME
    finished = nbformat.read(handin / "complete-01" / ASSIGNMENT / NOTEBOOK_NAME, as_version=4)
    nbformat.write(finished, late)

    collected = workshop("collect", "--course", str(course), "--from", str(handin), root=root)
    assert "1 submission(s) collected" in collected.stdout, collected.stdout
    history = list((course / "collected_history" / "blank-01" / ASSIGNMENT).glob(f"*/{NOTEBOOK_NAME}"))
    assert len(history) == 1, "the earlier hand-in should be kept in collected_history"

    graded = workshop("autograde", "--course", str(course), "--student", "blank-01", root=root)
    assert graded.returncode == 0, graded.stderr
    records = course_records(course).set_index("student")
    assert records.loc["blank-01", "status"] == "done", f"blank-01 after the new hand-in: {records.loc['blank-01']}"


def test_unknown_exercise_rejected(graded_class):
    result = workshop("autograde", "nosuch", "--course", str(graded_class["course"]), root=graded_class["root"])
    assert result.returncode == 1, result.stderr
    assert "Unknown exercise: nosuch" in result.stderr, result.stderr


def test_records_frame_columns(graded_class):
    assert list(graded_class["records"].columns) == ["student", "exercise", "status", "score", "max_score"]


def test_empty_course_has_no_records(tmp_path):
    records = course_records(tmp_path)
    assert isinstance(records, pd.DataFrame), type(records)
    assert records.empty, records


def test_collect_renamed_notebook(tmp_path):
    """A single notebook handed in under another name is collected under the exercise's name."""
    from workshop_kit.course import collect_from_folder

    course, handin = tmp_path / "course", tmp_path / "handin"
    (course / "release" / ASSIGNMENT).mkdir(parents=True)
    (course / "release" / ASSIGNMENT / NOTEBOOK_NAME).write_text("{}", encoding="utf-8")
    (handin / "alice" / ASSIGNMENT).mkdir(parents=True)
    (handin / "alice" / ASSIGNMENT / "practice (1).ipynb").write_text('{"cells": []}', encoding="utf-8")

    report = collect_from_folder(course, handin, progress=False)
    collected = course / "submitted" / "alice" / ASSIGNMENT / NOTEBOOK_NAME
    assert collected.read_text(encoding="utf-8") == '{"cells": []}', "the hand-in should keep its content"
    assert report.renamed == [("alice", ASSIGNMENT, "practice (1).ipynb", NOTEBOOK_NAME)], report.renamed

    again = collect_from_folder(course, handin, progress=False)
    assert again.unchanged == [("alice", ASSIGNMENT)], "an unchanged renamed hand-in should not be collected twice"
