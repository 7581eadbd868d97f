"""The one exception type the kit raises for problems a learner can fix.

A ``WorkshopError`` carries a message key and its values, so the text is always in the
current language and always says what went wrong and what to do. In IPython and
Jupyter, ``install_notebook_handler`` shows these errors as a short coloured message
instead of a traceback.
"""

from __future__ import annotations

import html

from .i18n import message


class WorkshopError(Exception):
    """A problem in the learner's input, explained in their language."""

    def __init__(self, key: str, **values):
        self.key = key
        self.values = values
        super().__init__(message(key, **values))

    def __str__(self) -> str:
        # Rendered on each call, so the text follows a later set_language().
        return message(self.key, **self.values)


def _show_workshop_error(shell, exception_type, exception, traceback, tb_offset=None):
    """Display a WorkshopError as a short message box in the notebook."""
    from IPython.display import HTML, display

    title = message("core.error_title")
    text = html.escape(str(exception))
    display(
        HTML(
            '<div class="workshop-error" style="border-left:4px solid #c0392b;'
            'background:#fdecea;padding:8px 12px;margin:4px 0">'
            f"<strong>{html.escape(title)}</strong><br>{text}</div>"
        )
    )
    return None


def install_notebook_handler() -> bool:
    """Show WorkshopError in IPython as a message, not a traceback; return True if installed.

    The handler does not change how the error propagates: the cell still stops and
    nbclient or nbgrader still see the error.
    """
    try:
        from IPython import get_ipython
    except ImportError:
        return False

    shell = get_ipython()
    if shell is None:
        return False
    shell.set_custom_exc((WorkshopError,), _show_workshop_error)
    return True
