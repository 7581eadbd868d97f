"""What nbgrader puts in place of an answer in a student version, in the course's language."""

from __future__ import annotations

from ..i18n import message


def solution_stub_settings(language: str) -> dict[str, object]:
    """Return nbgrader's ClearSolutions settings as ``{"Class.trait": value}`` for ``language``.

    nbgrader's own stubs are English ("# YOUR CODE HERE"); a French exercise shows French.
    """
    code_stub = f"{message('lesson.code_stub', language=language)}\nraise NotImplementedError()"
    return {
        "ClearSolutions.code_stub": {"python": code_stub},
        "ClearSolutions.text_stub": message("lesson.text_stub", language=language),
    }
