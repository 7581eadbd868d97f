"""Collect learners' notebooks into the course's ``submitted/`` folder.

Two ways in, as a facilitator actually gathers work:
- a folder tree ``<folder>/<student>/<assignment>/*.ipynb`` (a shared drive, USB keys
  copied into one folder, or a JupyterHub home listing);
- nbgrader's exchange on this machine (learners ran ``nbgrader submit``).

A collected submission gets a ``timestamp.txt`` with the newest modification time of its
files, so nbgrader's autograde only regrades submissions that changed since last time.
"""

from __future__ import annotations

import filecmp
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from tqdm.auto import tqdm

from ..errors import WorkshopError
from ..files import write_text_atomic
from .coursedir import atomic_copy, released_assignments
from .nbgrader_run import nbgrader_api

STUDENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
HISTORY_FOLDER = "collected_history"
# `workshop feedback --to` writes here inside a hand-in folder; it is not part of the hand-in.
FEEDBACK_FOLDER = "feedback"


@dataclass
class CollectReport:
    """Outcome of one collection, as lists of ``(student, assignment)`` pairs."""

    collected: list[tuple[str, str]] = field(default_factory=list)
    unchanged: list[tuple[str, str]] = field(default_factory=list)
    invalid_names: list[str] = field(default_factory=list)
    # (student, assignment, name handed in, name the exercise expects)
    renamed: list[tuple[str, str, str, str]] = field(default_factory=list)


def collect_from_folder(root: Path, folder: Path, assignments: list[str] | None = None,
                        progress: bool = True) -> CollectReport:
    """Copy ``<folder>/<student>/<assignment>/`` into the course for each released assignment.

    A submission identical to the one already collected is left alone. When it changed,
    the earlier copy moves to ``collected_history/<student>/<assignment>/<timestamp>/``,
    so nothing a learner handed in is lost. When an exercise has one notebook and the
    learner handed in one notebook under another name (``ex02 (1).ipynb`` after a
    download), the copy takes the expected name, because nbgrader grades notebooks by name.
    """
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise WorkshopError("course.collect_folder_missing", folder=folder)
    released = assignments or released_assignments(root)
    if not released:
        raise WorkshopError("course.not_released", course=root)

    report = CollectReport()
    students = sorted(path for path in folder.iterdir() if path.is_dir() and not path.name.startswith("."))
    for student_folder in tqdm(students, desc="collect", unit="learner", disable=not progress):
        student = student_folder.name
        if not STUDENT_ID.match(student):
            report.invalid_names.append(student)
            continue
        for assignment in released:
            handed_in = student_folder / assignment
            if not any(handed_in.glob("*.ipynb")):
                continue
            copies = _planned_copies(handed_in, sorted((root / "release" / assignment).glob("*.ipynb")))
            report.renamed += [(student, assignment, source.name, name.name) for source, name in copies
                               if source.relative_to(handed_in) != name]
            target = root / "submitted" / student / assignment
            if _same_submission(copies, target):
                report.unchanged.append((student, assignment))
                continue
            _keep_earlier_copy(root, student, assignment, target)
            _copy_submission(copies, target)
            report.collected.append((student, assignment))
    return report


def collect_from_exchange(settings: dict, assignments: list[str]) -> None:
    """Run nbgrader's own collect from the exchange for each assignment (``--update``)."""
    api = nbgrader_api(settings)
    for assignment in assignments:
        result = api.collect(assignment, update=True)
        if not result.get("success"):
            raise WorkshopError("course.nbgrader_failed", step="collect",
                                details=(result.get("error") or result.get("log") or "-").strip(),
                                course=settings["CourseDirectory.root"])


def _handed_in_files(folder: Path) -> list[Path]:
    skipped = {".ipynb_checkpoints", FEEDBACK_FOLDER}
    return sorted(path for path in folder.rglob("*")
                  if path.is_file() and path.name != "timestamp.txt"
                  and not skipped.intersection(path.relative_to(folder).parts))


def _planned_copies(handed_in: Path, expected: list[Path]) -> list[tuple[Path, Path]]:
    """Return ``(file handed in, path relative to the submission)`` for every file to copy."""
    files = _handed_in_files(handed_in)
    copies = [(path, path.relative_to(handed_in)) for path in files]
    notebooks = [path for path in files if path.suffix == ".ipynb" and path.parent == handed_in]
    if len(expected) == 1 and len(notebooks) == 1 and notebooks[0].name != expected[0].name:
        copies = [(path, Path(expected[0].name) if path == notebooks[0] else relative) for path, relative in copies]
    return copies


def _same_submission(copies: list[tuple[Path, Path]], target: Path) -> bool:
    """Return True when ``target`` already contains exactly the files ``copies`` would write."""
    if not target.is_dir():
        return False
    collected = sorted(path.relative_to(target) for path in _handed_in_files(target))
    if sorted(relative for _source, relative in copies) != collected:
        return False
    return all(filecmp.cmp(source, target / relative, shallow=False) for source, relative in copies)


def _keep_earlier_copy(root: Path, student: str, assignment: str, target: Path) -> None:
    if not target.is_dir():
        return
    stamp_file = target / "timestamp.txt"
    stamp = stamp_file.read_text(encoding="utf-8").strip() if stamp_file.exists() else "unknown"
    history = root / HISTORY_FOLDER / student / assignment / re.sub(r"[^0-9A-Za-z]+", "-", stamp)
    if history.exists():
        shutil.rmtree(target)
        return
    history.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(target), str(history))


def _copy_submission(copies: list[tuple[Path, Path]], target: Path) -> None:
    for source, relative in copies:
        atomic_copy(source, target / relative)
    newest = max(source.stat().st_mtime for source, _relative in copies)
    stamp = datetime.fromtimestamp(newest, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f UTC")
    write_text_atomic(target / "timestamp.txt", stamp + "\n")
