"""Autograde a class in parallel with nbgrader's own Autograde converter.

Where the time goes: each learner's notebook runs in a fresh kernel, so grading one
notebook costs a kernel start, the imports of its first cell (pandas, the kit) and the
cells themselves. Those run one learner per worker process, several workers at once.

nbgrader's gradebook is one SQLite file, and SQLite accepts one writer at a time. Every
step that touches the gradebook (creating the learner and the submission, reading the
source cells back, saving the scores) therefore runs under an exclusive file lock,
``gradebook.db.lock``. Only notebook execution runs unlocked, in parallel. The
gradebook ends up exactly as ``nbgrader autograde`` would leave it.

Each notebook runs with its own temporary ``WORKSHOP_HOME``. What a learner's notebook
publishes or builds (a portal version, a map app) therefore never collides with another
learner graded at the same time, nor lands in the facilitator's own folders.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from tqdm.auto import tqdm

from ..errors import WorkshopError
from ..locking import file_lock

LOCK_NAME = "gradebook.db.lock"
LOG_NAME = "autograde.log"

# Set in each worker process by _init_worker; the locked preprocessors read it.
_lock_path: str | None = None


@dataclass
class GradingResult:
    """The outcome of grading one learner's submission of one assignment."""

    student: str
    assignment: str
    ok: bool
    seconds: float
    error: str = ""


@contextmanager
def gradebook_lock(path: str | None = None):
    """Hold the exclusive lock on the gradebook for the duration of the block."""
    lock_file = path or _lock_path
    if lock_file is None:
        yield
        return
    with file_lock(Path(lock_file)):
        yield


def _locked_classes():
    """Build the Autograde subclass whose gradebook steps run under the lock.

    Defined in a function so that importing this module does not import nbgrader.
    """
    from nbgrader.converters import Autograde
    from nbgrader.preprocessors import AssignLatePenalties, SaveAutoGrades

    class LockedSaveAutoGrades(SaveAutoGrades):
        def preprocess(self, nb, resources):
            with gradebook_lock():
                return super().preprocess(nb, resources)

    class LockedAssignLatePenalties(AssignLatePenalties):
        def preprocess(self, nb, resources):
            with gradebook_lock():
                return super().preprocess(nb, resources)

    replacements = {SaveAutoGrades: LockedSaveAutoGrades, AssignLatePenalties: LockedAssignLatePenalties}

    class LockedAutograde(Autograde):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.autograde_preprocessors = [replacements.get(cls, cls) for cls in self.autograde_preprocessors]

        def init_assignment(self, assignment_id, student_id):
            with gradebook_lock():
                super().init_assignment(assignment_id, student_id)

        def convert_single_notebook(self, notebook_filename):
            # Same two passes as Autograde.convert_single_notebook. The sanitizing pass
            # reads the source cells from the gradebook, so it runs locked. The grading
            # pass executes the notebook unlocked, and only its saving steps take the lock.
            from nbgrader import utils

            convert = super(Autograde, self).convert_single_notebook
            with gradebook_lock():
                self._sanitizing = True
                self._init_preprocessors()
                convert(notebook_filename)

            built = os.path.join(self.writer.build_directory, os.path.basename(notebook_filename))
            self._sanitizing = False
            self._init_preprocessors()
            try:
                with utils.setenv(NBGRADER_EXECUTION="autograde"):
                    convert(built)
            finally:
                self._sanitizing = True

    return LockedAutograde


def _init_worker(lock_path: str, log_path: str) -> None:
    """Set the lock and send the worker's stderr (nbgrader's log, kernel warnings) to a file."""
    global _lock_path
    _lock_path = lock_path
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(log, 2)
    os.close(log)


def grade_one(settings: dict, assignment: str, student: str) -> GradingResult:
    """Autograde one learner's submission (runs inside a worker process)."""
    from .nbgrader_run import run_converter

    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="workshop-grading-") as home:
            # The kernel inherits this process's environment.
            os.environ.update(WORKSHOP_HOME=home, WORKSHOP_PORTAL=str(Path(home) / "portal"),
                              WORKSHOP_APPS_DIR=str(Path(home) / "apps"))
            run_converter(_locked_classes(), settings, assignment_id=assignment, student_id=student)
    except WorkshopError as error:
        return GradingResult(student, assignment, False, time.perf_counter() - started, str(error))
    except Exception as error:  # noqa: BLE001 - one learner's failure must not stop the class
        # The worker's stderr is the course's autograde.log.
        print(f"grading {student} {assignment} failed: {error!r}", file=sys.stderr, flush=True)
        return GradingResult(student, assignment, False, time.perf_counter() - started,
                             f"{type(error).__name__}: {error}")
    return GradingResult(student, assignment, True, time.perf_counter() - started)


def submitted_students(root: Path, assignment: str) -> list[str]:
    """List the learners with a collected submission of ``assignment``, sorted."""
    folder = root / "submitted"
    if not folder.is_dir():
        return []
    return sorted(path.name for path in folder.iterdir() if (path / assignment).is_dir())


def default_workers() -> int:
    """Return one worker per CPU, at least 1 (kernels are CPU-bound while they start)."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def autograde(root: Path, settings: dict, assignments: list[str], *, students: list[str] | None = None,
              workers: int | None = None, force: bool = False, progress: bool = True) -> list[GradingResult]:
    """Autograde every collected submission of ``assignments`` with ``workers`` processes.

    Without ``force``, nbgrader skips submissions already graded and not collected again.
    """
    settings = dict(settings)
    settings["Autograde.force"] = bool(force)
    jobs = [(assignment, student) for assignment in assignments
            for student in (students or submitted_students(root, assignment))]
    if not jobs:
        raise WorkshopError("course.nothing_to_grade", course=root)

    lock_path = str(root / LOCK_NAME)
    workers = max(1, min(workers or default_workers(), len(jobs)))
    results = []
    # "spawn" gives each worker a clean interpreter: no event loop or ZeroMQ context
    # inherited from the parent.
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                             initializer=_init_worker, initargs=(lock_path, str(root / LOG_NAME))) as pool:
        futures = [pool.submit(grade_one, settings, assignment, student) for assignment, student in jobs]
        for future in tqdm(as_completed(futures), total=len(futures), desc="autograde", unit="notebook",
                           disable=not progress):
            results.append(future.result())
    return sorted(results, key=lambda result: (result.assignment, result.student))
