"""workshop_kit: find, open, check, publish open data and build a phone map app from it.

The public names the lessons use are listed in ``__all__``. They are imported on first
use, so ``import workshop_kit`` stays fast and a notebook only loads what it calls.
"""

from __future__ import annotations

from importlib import import_module

from .errors import WorkshopError, install_notebook_handler
from .feedback import assert_that, check, in_grading
from .i18n import get_language, message, set_language

__version__ = "0.1.0"

# Public name -> module that defines it, imported when first used.
_LAZY_NAMES = {
    "open_dataset": "workshop_kit.reading",
    "find_datasets": "workshop_kit.finding",
    "download": "workshop_kit.finding",
    "check_dataset": "workshop_kit.quality",
    "publish": "workshop_kit.publishing",
    "build_app": "workshop_kit.app",
    "sample_path": "workshop_kit.samples",
    "validate": "workshop_kit.course.validation",
}

__all__ = [
    "WorkshopError",
    "assert_that",
    "check",
    "get_language",
    "in_grading",
    "message",
    "set_language",
    *_LAZY_NAMES,
]


def __getattr__(name: str):
    module_name = _LAZY_NAMES.get(name)
    if module_name is None:
        raise AttributeError(f"module 'workshop_kit' has no attribute {name!r}")
    value = getattr(import_module(module_name), name)
    globals()[name] = value
    return value


install_notebook_handler()
