"""Generate nbgrader feedback and hand it back to learners."""

from __future__ import annotations

from pathlib import Path

from tqdm.auto import tqdm

from ..errors import WorkshopError
from .collect import FEEDBACK_FOLDER, STUDENT_ID
from .coursedir import atomic_copy
from .nbgrader_run import nbgrader_api, run_converter


def generate_feedback(root: Path, settings: dict, assignments: list[str], *, to_folder: Path | None = None,
                      exchange: bool = False, progress: bool = True) -> list[Path]:
    """Write the HTML feedback of every graded learner, and return the files written.

    nbgrader's GenerateFeedback writes ``feedback/<student>/<assignment>/<notebook>.html``.
    With ``to_folder``, each file is also copied to
    ``<to_folder>/<student>/<assignment>/feedback/`` (the tree learners handed in from);
    with ``exchange``, nbgrader's release_feedback puts it in the exchange.
    """
    from nbgrader.converters import GenerateFeedback

    written = []
    for assignment in tqdm(assignments, desc="feedback", unit="exercise", disable=not progress):
        run_converter(GenerateFeedback, {**settings, "GenerateFeedback.force": True}, assignment_id=assignment)
        written += sorted((root / "feedback").glob(f"*/{assignment}/*.html"))
        if exchange:
            result = nbgrader_api(settings).release_feedback(assignment)
            if not result.get("success"):
                raise WorkshopError("course.nbgrader_failed", step="release_feedback",
                                    details=(result.get("error") or result.get("log") or "-").strip(),
                                    course=root)

    if to_folder is not None:
        for path in written:
            student, assignment = path.parent.parent.name, path.parent.name
            if STUDENT_ID.match(student):
                atomic_copy(path, Path(to_folder) / student / assignment / FEEDBACK_FOLDER / path.name)
    return written
