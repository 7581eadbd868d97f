"""Instant checks for the guided lessons and test helpers for the graded exercises.

``check`` shows a friendly coloured line under the cell and never raises, so a learner
alone sees at once whether an answer is right. ``assert_that`` raises an
``AssertionError`` whose text comes from the message catalogs, so nbgrader's feedback
and the visible tests speak the learner's language.
"""

from __future__ import annotations

import html
import os

from .i18n import message


def _display_line(passed: bool, text: str) -> None:
    """Show one result line, as HTML in a notebook and as plain text elsewhere."""
    symbol = "✅" if passed else "❌"
    try:
        from IPython import get_ipython
        from IPython.display import HTML, display
    except ImportError:
        print(f"{symbol} {text}")
        return

    if get_ipython() is None:
        print(f"{symbol} {text}")
        return
    colour = "#1e7e34" if passed else "#b02a37"
    display(HTML(f'<div style="color:{colour};font-weight:600">{symbol} {html.escape(text)}</div>'))


class CheckResult:
    """The outcome of ``check``: true when the answer is right, invisible as a cell result."""

    def __init__(self, passed: bool):
        self.passed = passed

    def __bool__(self) -> bool:
        return self.passed

    def __repr__(self) -> str:
        return f"CheckResult(passed={self.passed})"

    def _ipython_display_(self) -> None:
        # The coloured line is already shown; a second "True"/"False" would only distract.
        return None


def is_unanswered(value) -> bool:
    """Return True for the ``...`` placeholder that lessons put where an answer goes."""
    return value is Ellipsis


def check(answer, expected=None, *, hint_key: str | None = None, condition=None, **hint_values) -> CheckResult:
    """Compare a learner's ``answer`` with ``expected`` (or test ``condition``) and show the result.

    ``condition`` is a function called with the answer, for answers that have more than
    one right form. ``hint_key`` names the catalog message shown when the answer is wrong.
    The result is true when the answer is right.
    """
    if is_unanswered(answer):
        _display_line(False, message("core.check_not_answered"))
        return CheckResult(False)

    try:
        passed = bool(condition(answer)) if condition is not None else answer == expected
    except Exception:  # noqa: BLE001 - a wrong answer of the wrong type is still just wrong
        passed = False
    if hasattr(passed, "all"):
        passed = bool(passed.all())

    if passed:
        _display_line(True, message("core.check_passed"))
        return CheckResult(True)

    text = message("core.check_failed")
    if hint_key:
        text = f"{text} {message(hint_key, **hint_values)}"
    _display_line(False, text)
    return CheckResult(False)


def assert_that(condition: bool, key: str, **values) -> None:
    """Raise an AssertionError with catalog message ``key`` when ``condition`` is false."""
    if not condition:
        raise AssertionError(message(key, **values))


def in_grading() -> bool:
    """Return True while nbgrader validates or autogrades, so widgets are not displayed."""
    return bool(os.environ.get("NBGRADER_EXECUTION"))
