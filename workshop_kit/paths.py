"""Locations of the workshop's folders: lessons, notebooks, sample data, learners' outputs."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import WorkshopError

ROOT_VARIABLE = "WORKSHOP_ROOT"


def workshop_root() -> Path:
    """Return the workshop folder (the one holding ``lessons/`` and ``sample_data/``).

    ``WORKSHOP_ROOT`` wins when set; otherwise the folder above the installed package is
    used, which is the repository for the editable install the README sets up.
    """
    candidates = []
    if os.environ.get(ROOT_VARIABLE):
        candidates.append(Path(os.environ[ROOT_VARIABLE]).expanduser())
    candidates.append(Path(__file__).resolve().parent.parent)
    candidates.append(Path.cwd())

    for candidate in candidates:
        if (candidate / "lessons").is_dir() and (candidate / "sample_data").is_dir():
            return candidate.resolve()
    raise WorkshopError("cli.root_not_found")


def lessons_dir() -> Path:
    return workshop_root() / "lessons"


def notebooks_dir(language: str) -> Path:
    return workshop_root() / "notebooks" / language


def solutions_dir(language: str) -> Path:
    return workshop_root() / "solutions" / language


def exercises_dir(language: str) -> Path:
    return workshop_root() / "exercises" / language


def sample_data_dir() -> Path:
    return workshop_root() / "sample_data"


HOME_VARIABLE = "WORKSHOP_HOME"


def workshop_home() -> Path:
    """Return the folder for what learners make: published datasets, apps, downloads.

    ``WORKSHOP_HOME`` wins when set; otherwise ``.workshop/`` in the workshop folder, which
    git ignores so a learner's files never mix with the kit's own.
    """
    folder = Path(os.environ[HOME_VARIABLE]).expanduser() if os.environ.get(HOME_VARIABLE) else workshop_root() / ".workshop"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
