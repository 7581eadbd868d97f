"""``validate``: a learner working alone checks an exercise notebook with nbgrader.

It runs nbgrader's own Validator, which executes the notebook in a fresh kernel like the
grader does. The result becomes a short message in the learner's language: how many
checks pass, and the hint of each failing check. In JupyterLab, the last cell of
an exercise calls ``wk.validate()`` with no argument: the notebook path comes from the
kernel's session (``JPY_SESSION_NAME``, set by jupyter_server 2 and later).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import WorkshopError
from ..feedback import _display_line, in_grading
from ..i18n import message

VALIDATE_TIMEOUT = 30


@dataclass
class ValidationResult:
    """Outcome of nbgrader's validation of one notebook."""

    passed: bool
    checks_passed: int = 0
    checks_total: int = 0
    hints: list[str] = field(default_factory=list)
    problem: str = ""

    def __bool__(self) -> bool:
        return self.passed

    def _ipython_display_(self) -> None:
        # The coloured lines are already shown when validate() runs.
        return None


def _notebook_from_session() -> Path | None:
    """Return the notebook of this kernel's Jupyter session, or None outside a session.

    jupyter_server gives an absolute path when the front end sends the notebook's name,
    and a path relative to the server's root otherwise. The kernel runs in the notebook's
    folder, so the file name alone finds it in the second case.
    """
    session = os.environ.get("JPY_SESSION_NAME")
    if not session or not session.endswith(".ipynb"):
        return None
    path = Path(session)
    if not path.is_file() and (Path.cwd() / path.name).is_file():
        return Path.cwd() / path.name
    return path


def _error_line(raw_error: str) -> str:
    """Return the last line of a traceback without ANSI colours (``AssertionError: hint``)."""
    from nbconvert.filters import strip_ansi

    lines = [line.strip() for line in strip_ansi(raw_error).splitlines() if line.strip()]
    if not lines:
        return ""
    last = lines[-1]
    name, _, text = last.partition(": ")
    return text if name.endswith("Error") and text else last


def _count_grade_cells(path: Path) -> int:
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    return sum(1 for cell in notebook.cells if cell.metadata.get("nbgrader", {}).get("grade"))


def validate(notebook_path: str | Path | None = None, *, timeout: int = VALIDATE_TIMEOUT,
             show: bool = True) -> ValidationResult | None:
    """Run nbgrader's validation on an exercise notebook and show friendly feedback.

    Called inside nbgrader's own run (validate or autograde) it does nothing and returns
    None, so the call in an exercise's last cell cannot start itself again. Without a
    path outside a Jupyter server session (nbclient, Voila), it shows how to give the
    path and returns a failed result instead of raising, so the notebook still runs.
    """
    if in_grading():
        return None

    path = Path(notebook_path).expanduser() if notebook_path else _notebook_from_session()
    if path is None:
        result = ValidationResult(False, problem=message("course.validate_no_path"))
        if show:
            show_result(result)
        return result
    if not path.is_file():
        raise WorkshopError("course.validate_not_found", path=path)

    from nbgrader.validator import Validator
    from traitlets.config import Config

    config = Config()
    config.Execute.timeout = timeout
    config.Execute.shutdown_kernel = "immediate"
    results = Validator(config=config).validate(str(path.resolve()))
    total = _count_grade_cells(path)

    if results.get("type_changed"):
        result = ValidationResult(False, 0, total, problem=message("course.validate_type_changed"))
    elif results.get("changed"):
        result = ValidationResult(False, 0, total, problem=message("course.validate_locked_changed"))
    else:
        failures = results.get("failed", [])
        hints = [_error_line(failure.get("raw_error", "")) for failure in failures]
        result = ValidationResult(not failures, total - len(failures), total, hints=hints)

    if show:
        show_result(result)
    return result


def show_result(result: ValidationResult) -> None:
    """Display a validation result as coloured lines (HTML in a notebook, text elsewhere)."""
    if result.problem:
        _display_line(False, result.problem)
        return
    if result.passed:
        _display_line(True, message("course.validate_all_passed", total=result.checks_total))
        return
    _display_line(False, message("course.validate_some_failed", passed=result.checks_passed,
                                 total=result.checks_total))
    for hint in result.hints:
        _display_line(False, hint or message("course.validate_no_hint"))
