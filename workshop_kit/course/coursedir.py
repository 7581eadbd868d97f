"""The nbgrader course folder of one language, and the nbgrader settings the kit uses.

A facilitator runs a workshop in one language, so each language has its own nbgrader
course: ``~/workshop-course/<lang>`` by default, ``WORKSHOP_COURSE`` or ``--course`` to
choose another folder. Its ``source/`` is filled from ``solutions/<lang>/``. The same
settings are written to ``nbgrader_config.py`` in the course folder, so ``nbgrader``
commands run there behave like the ``workshop`` command.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import tempfile
from pathlib import Path

from traitlets.config import Config

from ..errors import WorkshopError
from ..files import write_text_atomic
from ..lessons.stubs import solution_stub_settings
from ..paths import solutions_dir

COURSE_VARIABLE = "WORKSHOP_COURSE"
DEFAULT_CELL_TIMEOUT = 30


def course_root(language: str, course: str | Path | None = None) -> Path:
    """Return the course folder for ``language`` (``--course``, then ``WORKSHOP_COURSE``, then home)."""
    if course:
        return Path(course).expanduser().resolve()
    if os.environ.get(COURSE_VARIABLE):
        return Path(os.environ[COURSE_VARIABLE]).expanduser().resolve() / language
    return Path.home() / "workshop-course" / language


def nbgrader_settings(root: Path, language: str, timeout: int = DEFAULT_CELL_TIMEOUT,
                      exchange: str | Path | None = None) -> dict[str, object]:
    """Return the nbgrader settings of the course as ``{"Class.trait": value}``.

    - ``OverwriteCells.add_missing_cells`` puts back graded cells a learner deleted.
    - ``Execute.timeout`` interrupts a cell that runs longer than ``timeout`` seconds (an
      endless loop), and nbgrader then runs and grades the remaining cells.
    - ``Execute.shutdown_kernel = "immediate"`` kills the kernel at the end instead of
      waiting for it to exit, so a thread a learner left running (a widget updating itself)
      cannot delay grading.
    """
    settings: dict[str, object] = {
        "CourseDirectory.root": str(root),
        "CourseDirectory.course_id": f"workshop-{language}",
        "CourseDirectory.db_url": f"sqlite:///{root / 'gradebook.db'}",
        "OverwriteCells.add_missing_cells": True,
        "Execute.timeout": int(timeout),
        "Execute.interrupt_on_timeout": True,
        "Execute.shutdown_kernel": "immediate",
    }
    settings.update(solution_stub_settings(language))
    if exchange:
        settings["Exchange.root"] = str(Path(exchange).expanduser().resolve())
    return settings


def nbgrader_config(settings: dict[str, object]) -> Config:
    """Turn ``nbgrader_settings`` into a traitlets Config for nbgrader's converters."""
    config = Config()
    for name, value in settings.items():
        class_name, trait = name.split(".")
        config[class_name][trait] = value
    return config


SETTINGS_FILE = "workshop-course.json"


def write_nbgrader_config(root: Path, settings: dict[str, object]) -> Path:
    """Write the settings to ``nbgrader_config.py`` and ``workshop-course.json`` in the course.

    ``nbgrader_config.py`` makes plain ``nbgrader`` commands run there agree with the
    ``workshop`` command, and later ``workshop`` steps read ``workshop-course.json``.
    """
    write_text_atomic(root / SETTINGS_FILE, json.dumps(settings, indent=2, sort_keys=True) + "\n")
    lines = [
        "# Written by `workshop release`. nbgrader commands run in this folder read it.",
        "c = get_config()  # noqa: F821",
    ]
    lines += [f"c.{name} = {value!r}" for name, value in settings.items()]
    path = root / "nbgrader_config.py"
    write_text_atomic(path, "\n".join(lines) + "\n")
    return path


def atomic_copy(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` through a temporary file, keeping its modification time."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, prefix=f".{target.name}.") as handle:
        temporary = Path(handle.name)
    shutil.copy2(source, temporary)
    os.replace(temporary, target)


def available_assignments(language: str, solutions: Path | None = None) -> list[str]:
    """List the exercise ids that have source notebooks in ``solutions/<lang>/``, sorted."""
    folder = Path(solutions) if solutions else solutions_dir(language)
    if not folder.is_dir():
        return []
    return sorted(path.name for path in folder.iterdir() if path.is_dir() and any(path.glob("*.ipynb")))


def sync_source(root: Path, language: str, assignments: list[str] | None = None,
                solutions: Path | None = None) -> list[str]:
    """Copy the solution notebooks into the course's ``source/`` and return the assignment ids.

    A source file that already matches is left alone, so its timestamp does not change.
    """
    folder = Path(solutions) if solutions else solutions_dir(language)
    known = available_assignments(language, folder)
    if not known:
        raise WorkshopError("course.no_assignments", folder=folder)

    chosen = assignments or known
    unknown = [name for name in chosen if name not in known]
    if unknown:
        raise WorkshopError("course.unknown_assignment", assignment=", ".join(unknown), known=", ".join(known))

    for assignment in chosen:
        for notebook in sorted((folder / assignment).glob("*.ipynb")):
            target = root / "source" / assignment / notebook.name
            if target.exists() and filecmp.cmp(notebook, target, shallow=False):
                continue
            atomic_copy(notebook, target)
    return list(chosen)


def released_assignments(root: Path) -> list[str]:
    """List the assignments released in the course (present in ``release/``), sorted."""
    folder = root / "release"
    if not folder.is_dir():
        return []
    return sorted(path.name for path in folder.iterdir() if path.is_dir())


def load_settings(root: Path, **changes) -> dict[str, object]:
    """Read the settings ``workshop release`` stored in the course, with ``changes`` applied.

    ``changes`` use ``Class_trait`` names, for example ``Execute_timeout=5``. A None value is ignored.
    """
    path = root / SETTINGS_FILE
    if not path.is_file() or not (root / "gradebook.db").is_file():
        raise WorkshopError("course.not_released", course=root)
    settings = json.loads(path.read_text(encoding="utf-8"))
    # The folder may have moved or been copied since release, so grade where it is now.
    settings["CourseDirectory.root"] = str(root)
    settings["CourseDirectory.db_url"] = f"sqlite:///{root / 'gradebook.db'}"
    for name, value in changes.items():
        if value is not None:
            settings[name.replace("_", ".", 1)] = value
    return settings
