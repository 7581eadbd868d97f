"""Write every generated notebook from the sources in ``lessons/``.

For a lesson: ``notebooks/<lang>/<name>.ipynb``.
For an exercise: the nbgrader source notebook ``solutions/<lang>/<id>/<name>.ipynb`` and,
generated from it by nbgrader's own GenerateAssignment converter, the student version
``exercises/<lang>/<id>/<name>.ipynb``.

``stale_files`` builds everything in a temporary folder and lists the committed files
that differ, which is what the test and ``workshop build --check`` use.
"""

from __future__ import annotations

import filecmp
import shutil
import tempfile
from pathlib import Path

import nbformat

from ..i18n import LANGUAGES
from ..paths import workshop_root
from .source import LessonSource, read_source, to_notebook
from .stubs import solution_stub_settings

GENERATED_FOLDERS = ("notebooks", "solutions", "exercises")


def lesson_sources(root: Path) -> list[LessonSource]:
    """Read every lesson and exercise source of the workshop, sorted by file name."""
    return [read_source(path) for path in sorted((root / "lessons").glob("*.py"))]


def _write_notebook(notebook: nbformat.NotebookNode, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.validate(notebook)
    text = nbformat.writes(notebook) + "\n"
    path.write_text(text, encoding="utf-8")


def _generate_student_version(solution: Path, assignment_id: str, output: Path, language: str) -> None:
    """Run nbgrader's GenerateAssignment on one source notebook and copy the result to ``output``."""
    from nbgrader.converters import GenerateAssignment
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config

    with tempfile.TemporaryDirectory(prefix="workshop-generate-") as course:
        source_folder = Path(course) / "source" / assignment_id
        source_folder.mkdir(parents=True)
        shutil.copy(solution, source_folder / solution.name)

        config = Config()
        config.CourseDirectory.root = course
        config.CourseDirectory.assignment_id = assignment_id
        # These two settings are what `nbgrader generate_assignment --no-db` sets.
        config.GenerateAssignment.no_database = True
        config.SaveCells.enabled = False
        for name, value in solution_stub_settings(language).items():
            class_name, trait = name.split(".")
            config[class_name][trait] = value
        config.GenerateAssignment.force = True
        coursedir = CourseDirectory(config=config)
        converter = GenerateAssignment(coursedir=coursedir, config=config)
        converter.start()

        released = Path(course) / "release" / assignment_id / solution.name
        notebook = nbformat.read(released, as_version=4)
        _write_notebook(notebook, output)


def build_source(source: LessonSource, root: Path) -> list[Path]:
    """Write the notebooks of one source under ``root`` and return their paths."""
    written = []
    for language in LANGUAGES:
        notebook = to_notebook(source, language)
        file_name = f"{source.name(language)}.ipynb"

        if source.kind == "lesson":
            path = root / "notebooks" / language / file_name
            _write_notebook(notebook, path)
            written.append(path)
            continue

        solution = root / "solutions" / language / source.lesson_id / file_name
        _write_notebook(notebook, solution)
        student = root / "exercises" / language / source.lesson_id / file_name
        _generate_student_version(solution, source.lesson_id, student, language)
        written += [solution, student]
    return written


def build_all(root: Path | None = None, output: Path | None = None) -> list[Path]:
    """Build every source of the workshop at ``root`` into ``output`` (default: ``root``)."""
    root = Path(root) if root else workshop_root()
    output = Path(output) if output else root
    written = []
    for source in lesson_sources(root):
        written += build_source(source, output)
    return written


def _generated_files(folder: Path) -> set[Path]:
    return {
        path.relative_to(folder)
        for name in GENERATED_FOLDERS
        for path in (folder / name).rglob("*.ipynb")
        if ".ipynb_checkpoints" not in path.parts
    }


def stale_files(root: Path | None = None) -> list[Path]:
    """List generated notebooks that are missing, out of date or left over, relative to ``root``."""
    root = Path(root) if root else workshop_root()
    with tempfile.TemporaryDirectory(prefix="workshop-build-") as scratch:
        fresh_root = Path(scratch)
        build_all(root, fresh_root)
        fresh = _generated_files(fresh_root)
        committed = _generated_files(root)
        stale = sorted(fresh.symmetric_difference(committed))
        for relative in sorted(fresh & committed):
            if not filecmp.cmp(fresh_root / relative, root / relative, shallow=False):
                stale.append(relative)
    return sorted(stale)
