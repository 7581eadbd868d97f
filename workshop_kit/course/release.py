"""Release exercises: generate the student versions in the course, optionally into the exchange."""

from __future__ import annotations

from pathlib import Path

from tqdm.auto import tqdm

from ..errors import WorkshopError
from .coursedir import nbgrader_settings, sync_source, write_nbgrader_config
from .nbgrader_run import nbgrader_api, run_converter


def release(root: Path, language: str, assignments: list[str] | None = None, *,
            exchange: str | Path | None = None, timeout: int | None = None,
            solutions: Path | None = None, progress: bool = True) -> list[str]:
    """Release ``assignments`` (default: every exercise) of the course at ``root``.

    Steps: copy the solution notebooks into ``source/``, run nbgrader's
    GenerateAssignment (which records each assignment in the gradebook and writes the
    student version to ``release/``), and, when ``exchange`` is given, run nbgrader's
    release_assignment so learners on this machine can fetch it. Returns the ids.
    """
    root.mkdir(parents=True, exist_ok=True)
    settings = _settings(root, language, exchange, timeout)
    write_nbgrader_config(root, settings)
    chosen = sync_source(root, language, assignments, solutions)

    from nbgrader.converters import GenerateAssignment

    for assignment in tqdm(chosen, desc="release", unit="exercise", disable=not progress):
        run_converter(GenerateAssignment, settings, assignment_id=assignment)
        if exchange:
            _release_to_exchange(settings, assignment)
    return chosen


def _settings(root: Path, language: str, exchange, timeout) -> dict:
    if timeout is None:
        return nbgrader_settings(root, language, exchange=exchange)
    return nbgrader_settings(root, language, timeout=timeout, exchange=exchange)


def _release_to_exchange(settings: dict, assignment: str) -> None:
    """Copy a released assignment into nbgrader's exchange folder (same machine only)."""
    Path(settings["Exchange.root"]).mkdir(parents=True, exist_ok=True)
    result = nbgrader_api(settings).release_assignment(assignment)
    if not result.get("success"):
        raise WorkshopError("course.nbgrader_failed", step="release_assignment",
                            details=(result.get("error") or result.get("log") or "-").strip(),
                            course=settings["CourseDirectory.root"])
