"""Run nbgrader's converters and exchange apps in-process with the course settings."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from ..errors import WorkshopError
from .coursedir import nbgrader_config

# nbgrader logs every file it copies; the `workshop` command shows its own progress instead.
NBGRADER_LOG_LEVEL = logging.WARNING


def quiet_log() -> logging.Logger:
    """Return a logger for nbgrader that only shows warnings and errors."""
    logger = logging.getLogger("workshop_kit.nbgrader")
    logger.setLevel(NBGRADER_LOG_LEVEL)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("nbgrader %(levelname)s: %(message)s"))
        logger.addHandler(handler)
    return logger


def ensure_scripts_on_path() -> None:
    """Put this Python's scripts folder on PATH: nbgrader runs ``alembic`` by name.

    nbgrader's Gradebook starts the ``alembic`` command when it creates a gradebook, and
    ``.venv/bin/workshop`` may run without the virtual environment activated.
    """
    scripts = str(Path(sys.executable).parent)
    folders = os.environ.get("PATH", "").split(os.pathsep)
    if scripts not in folders:
        os.environ["PATH"] = os.pathsep.join([scripts, *folders])


def run_converter(converter_class, settings: dict, **overrides) -> None:
    """Run one nbgrader converter (GenerateAssignment, Autograde...) with ``settings``.

    ``overrides`` are CourseDirectory traits such as ``assignment_id`` or ``student_id``.
    nbgrader's own failure is re-raised as a WorkshopError naming the step.
    """
    from nbgrader.converters.base import NbGraderException
    from nbgrader.coursedir import CourseDirectory

    ensure_scripts_on_path()
    config = nbgrader_config(settings)
    for trait, value in overrides.items():
        config.CourseDirectory[trait] = value

    coursedir = CourseDirectory(config=config, log=quiet_log())
    converter = converter_class(coursedir=coursedir, config=config, log=quiet_log())
    try:
        converter.start()
    except NbGraderException as error:
        raise WorkshopError("course.nbgrader_failed", step=converter_class.__name__,
                            details=str(error) or "-", course=Path(coursedir.root)) from error


def nbgrader_api(settings: dict):
    """Return nbgrader's ``NbGraderAPI`` for the course (exchange release and collect)."""
    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    ensure_scripts_on_path()
    config = nbgrader_config(settings)
    coursedir = CourseDirectory(config=config, log=quiet_log())
    return NbGraderAPI(coursedir=coursedir, config=config, log=quiet_log())
