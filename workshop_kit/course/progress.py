"""Class progress read from nbgrader's gradebook: who has done what, and who is stuck.

Status of a learner on an exercise, from the autograded score:
- ``done``: full marks;
- ``partly``: some points but not all;
- ``not_started``: no submission, or no point yet (a blank notebook).

A learner is *stuck* on an exercise when they have not finished it while at least
``STUCK_SHARE`` of the class has: the rest of the room has moved on without them.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..files import write_text_atomic

STATUSES = ("done", "partly", "not_started")
STUCK_SHARE = 0.5
RECORD_COLUMNS = ["student", "exercise", "status", "score", "max_score"]


def status_of(score: float | None, max_score: float) -> str:
    """Return ``done``, ``partly`` or ``not_started`` for one autograded score."""
    if score is None or score <= 0:
        return "not_started"
    if max_score > 0 and score >= max_score:
        return "done"
    return "partly"


def progress_records(db_url: str) -> pd.DataFrame:
    """Return one row per learner and exercise: status, score and maximum score.

    Exercises are the assignments in the gradebook. Learners are the students in it, and
    nbgrader adds a learner when their first submission is graded.
    """
    from nbgrader.api import Gradebook, MissingEntry

    rows = []
    with Gradebook(db_url) as gradebook:
        exercises = sorted(gradebook.assignments, key=lambda assignment: assignment.name)
        students = sorted(student.id for student in gradebook.students)
        for exercise in exercises:
            max_score = float(exercise.max_score or 0)
            for student in students:
                try:
                    submission = gradebook.find_submission(exercise.name, student)
                except MissingEntry:
                    score = None
                else:
                    score = float(submission.score)
                rows.append([student, exercise.name, status_of(score, max_score),
                             0.0 if score is None else score, max_score])
    return pd.DataFrame(rows, columns=RECORD_COLUMNS)


def course_records(root: Path) -> pd.DataFrame:
    """Return ``progress_records`` for the course folder ``root`` (empty before any release)."""
    database = Path(root) / "gradebook.db"
    if not database.is_file():
        return pd.DataFrame(columns=RECORD_COLUMNS)
    return progress_records(f"sqlite:///{database}")


def status_table(records: pd.DataFrame) -> pd.DataFrame:
    """Return learners (rows) by exercises (columns), each cell a status."""
    if records.empty:
        return pd.DataFrame()
    table = records.pivot(index="student", columns="exercise", values="status")
    table.columns.name = None
    return table


def completion(records: pd.DataFrame) -> pd.DataFrame:
    """Return, per exercise, how many learners are in each status and the share done (0-1)."""
    if records.empty:
        return pd.DataFrame(columns=[*STATUSES, "learners", "share_done"])
    counts = pd.crosstab(records["exercise"], records["status"]).reindex(columns=list(STATUSES), fill_value=0)
    counts.columns.name = None
    counts["learners"] = counts[list(STATUSES)].sum(axis=1)
    counts["share_done"] = counts["done"] / counts["learners"]
    return counts


def stuck_learners(records: pd.DataFrame, share: float = STUCK_SHARE) -> pd.DataFrame:
    """Return the stuck learners with the exercises they are behind on, one row each."""
    if records.empty:
        return pd.DataFrame(columns=["student", "exercises"])
    shares = completion(records)["share_done"]
    moved_on = shares[shares >= share].index
    behind = records[records["exercise"].isin(moved_on) & (records["status"] != "done")]
    grouped = behind.groupby("student")["exercise"].apply(lambda names: ", ".join(sorted(names)))
    return grouped.reset_index().rename(columns={"exercise": "exercises"})


def export_csv(records: pd.DataFrame, path: Path) -> Path:
    """Write the progress records as UTF-8 CSV (learner, exercise, status, score) atomically."""
    path = Path(path)
    write_text_atomic(path, records.to_csv(index=False))
    return path
