"""Read a lesson source and split it into one notebook per language.

A source is a jupytext percent-format ``.py`` file in ``lessons/``. Its header holds the
lesson's machine-readable description under ``jupyter: workshop:`` (kind, id, names,
titles, minutes, objectives, key points, each text given in ``fr`` and ``en``).

Cells:
- a markdown cell tagged ``lang="fr"`` or ``lang="en"`` goes to that language only;
- a code cell goes to both languages, with two substitutions: the token ``@LANG@``
  becomes ``fr`` or ``en``, and a comment line ``# fr: ...`` or ``# en: ...`` is kept
  (without its prefix) only in its own language;
- in an exercise, ``solution="ID"`` marks an answer cell and ``grade="ID" points=N`` a
  test cell, which become nbgrader cells.

Cell ids are derived from the lesson id and the cell's position, so a rebuild of an
unchanged source writes byte-identical notebooks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat

from ..i18n import LANGUAGES, message

LANGUAGE_TOKEN = "@LANG@"
NBGRADER_SCHEMA_VERSION = 3
_COMMENT_LINE = re.compile(r"^(\s*)# (fr|en): ?(.*)$")
_REQUIRED_HEADER_FIELDS = (
    "kind",
    "id",
    "name",
    "title",
    "teaching_minutes",
    "exercise_minutes",
    "objectives",
    "keypoints",
)


class LessonSourceError(ValueError):
    """A lesson source that does not follow the format described in this module."""


@dataclass
class LessonSource:
    """One parsed source file and its header."""

    path: Path
    notebook: nbformat.NotebookNode
    header: dict

    @property
    def kind(self) -> str:
        return self.header["kind"]

    @property
    def lesson_id(self) -> str:
        return str(self.header["id"])

    def name(self, language: str) -> str:
        return self.header["name"][language]


def read_source(path: Path) -> LessonSource:
    """Parse a lesson source and check its header."""
    notebook = jupytext.read(path, fmt="py:percent")
    header = notebook.metadata.get("jupyter", {}).get("workshop") or notebook.metadata.get("workshop")
    if not header:
        raise LessonSourceError(f"{path}: the header has no 'jupyter: workshop:' block.")

    missing = [field for field in _REQUIRED_HEADER_FIELDS if field not in header]
    if missing:
        raise LessonSourceError(f"{path}: the workshop header lacks {', '.join(missing)}.")
    if header["kind"] not in ("lesson", "exercise"):
        raise LessonSourceError(f"{path}: kind must be 'lesson' or 'exercise', not {header['kind']!r}.")
    for field in ("name", "title", "objectives", "keypoints"):
        for language in LANGUAGES:
            if language not in header[field]:
                raise LessonSourceError(f"{path}: header field {field!r} has no {language!r} text.")

    for index, cell in enumerate(notebook.cells):
        language = cell.metadata.get("lang")
        if language is not None and language not in LANGUAGES:
            raise LessonSourceError(f"{path}: cell {index} has lang={language!r}; use 'fr' or 'en'.")
        if cell.cell_type == "code" and language is not None:
            raise LessonSourceError(
                f"{path}: code cell {index} is tagged lang={language!r}. Code is shared by both "
                "languages; put language-specific text in '# fr:' and '# en:' comment lines."
            )
    return LessonSource(path=path, notebook=notebook, header=header)


def localise_code(source: str, language: str) -> str:
    """Return a code cell's text for ``language``: token replaced, other comments dropped."""
    lines = []
    for line in source.replace(LANGUAGE_TOKEN, language).splitlines():
        match = _COMMENT_LINE.match(line)
        if match is None:
            lines.append(line)
        elif match.group(2) == language:
            lines.append(f"{match.group(1)}# {match.group(3)}".rstrip())
    return "\n".join(lines)


def localised_header(header: dict, language: str) -> dict:
    """Return the header with every language-keyed value reduced to ``language``."""
    resolved = {}
    for key, value in header.items():
        if isinstance(value, dict) and set(value) == set(LANGUAGES):
            resolved[key] = value[language]
        else:
            resolved[key] = value
    resolved["language"] = language
    return resolved


def _minutes_line(local: dict, language: str) -> str:
    """Return the time line of the lesson card; an exercise with no teaching shows only its own time."""
    if not local["teaching_minutes"]:
        return message("lesson.minutes_exercise_only", language=language, exercises=local["exercise_minutes"])
    return message("lesson.minutes", language=language, teaching=local["teaching_minutes"],
                   exercises=local["exercise_minutes"])


def _header_markdown(header: dict, language: str) -> str:
    """Render the lesson card shown at the top of every notebook."""
    local = localised_header(header, language)
    lines = [
        f"# {local['title']}",
        "",
        _minutes_line(local, language),
        "",
        f"**{message('lesson.objectives', language=language)}**",
        "",
    ]
    lines += [f"- {objective}" for objective in local["objectives"]]
    return "\n".join(lines)


def _keypoints_markdown(header: dict, language: str) -> str:
    local = localised_header(header, language)
    lines = [f"## {message('lesson.keypoints', language=language)}", ""]
    lines += [f"- {point}" for point in local["keypoints"]]
    return "\n".join(lines)


def _nbgrader_metadata(cell_metadata: dict) -> dict | None:
    """Translate ``solution=`` and ``grade=`` source metadata into nbgrader's cell metadata."""
    if "solution" in cell_metadata:
        return {
            "grade": False,
            "grade_id": str(cell_metadata["solution"]),
            "locked": False,
            "schema_version": NBGRADER_SCHEMA_VERSION,
            "solution": True,
        }
    if "grade" in cell_metadata:
        return {
            "grade": True,
            "grade_id": str(cell_metadata["grade"]),
            "locked": True,
            "points": cell_metadata.get("points", 1),
            "schema_version": NBGRADER_SCHEMA_VERSION,
            "solution": False,
        }
    return None


def to_notebook(source: LessonSource, language: str) -> nbformat.NotebookNode:
    """Build the notebook of ``source`` in ``language``, without outputs."""
    cells = [nbformat.v4.new_markdown_cell(_header_markdown(source.header, language))]

    for cell in source.notebook.cells:
        cell_language = cell.metadata.get("lang")
        if cell_language is not None and cell_language != language:
            continue

        metadata = {}
        nbgrader = _nbgrader_metadata(cell.metadata) if source.kind == "exercise" else None
        if nbgrader:
            metadata["nbgrader"] = nbgrader
        if cell.metadata.get("tags"):
            metadata["tags"] = list(cell.metadata["tags"])

        if cell.cell_type == "markdown":
            new_cell = nbformat.v4.new_markdown_cell(cell.source, metadata=metadata)
        elif cell.cell_type == "raw":
            new_cell = nbformat.v4.new_raw_cell(cell.source, metadata=metadata)
        else:
            new_cell = nbformat.v4.new_code_cell(localise_code(cell.source, language), metadata=metadata)
        cells.append(new_cell)

    cells.append(nbformat.v4.new_markdown_cell(_keypoints_markdown(source.header, language)))

    for index, cell in enumerate(cells):
        cell["id"] = f"{source.lesson_id}-{language}-{index:03d}"

    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        "workshop": localised_header(source.header, language),
    }
    return notebook
