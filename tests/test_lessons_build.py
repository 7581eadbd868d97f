"""The generated notebooks are committed, fresh, without outputs, and in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from workshop_kit.lessons import stale_files
from workshop_kit.lessons.build import lesson_sources
from workshop_kit.lessons.source import LessonSourceError, localise_code, read_source, to_notebook

REPOSITORY = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_generated_notebooks_are_fresh():
    stale = stale_files(REPOSITORY)
    assert not stale, (
        "generated notebooks differ from their sources in lessons/; run `workshop build` and commit:\n"
        + "\n".join(str(path) for path in stale)
    )


def test_every_source_has_both_languages():
    for source in lesson_sources(REPOSITORY):
        for language in ("fr", "en"):
            notebook = to_notebook(source, language)
            prose = [cell for cell in notebook.cells if cell.cell_type == "markdown"]
            assert len(prose) >= 3, f"{source.path.name}: the {language} notebook has almost no text"


def test_code_cells_identical_across_languages():
    for source in lesson_sources(REPOSITORY):
        french, english = (to_notebook(source, language) for language in ("fr", "en"))
        french_code = [cell.source for cell in french.cells if cell.cell_type == "code"]
        english_code = [cell.source for cell in english.cells if cell.cell_type == "code"]
        assert len(french_code) == len(english_code), f"{source.path.name}: code cell counts differ"
        for index, (fr_code, en_code) in enumerate(zip(french_code, english_code)):
            strip = lambda text: "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
            assert strip(fr_code).replace('"fr"', '"LANG"') == strip(en_code).replace('"en"', '"LANG"'), (
                f"{source.path.name}: code cell {index} differs between languages beyond comments and @LANG@"
            )


def test_committed_notebooks_have_no_outputs():
    for folder in ("notebooks", "solutions", "exercises"):
        for path in (REPOSITORY / folder).rglob("*.ipynb"):
            notebook = json.loads(path.read_text(encoding="utf-8"))
            for index, cell in enumerate(notebook["cells"]):
                if cell["cell_type"] == "code":
                    assert not cell["outputs"], f"{path.relative_to(REPOSITORY)} cell {index} has outputs"
                    assert cell["execution_count"] is None, f"{path.relative_to(REPOSITORY)} cell {index} has a count"


def test_notebook_header_is_machine_readable():
    for path in (REPOSITORY / "notebooks").rglob("*.ipynb"):
        header = nbformat.read(path, as_version=4).metadata["workshop"]
        assert header["language"] == path.parent.name, f"{path.name}: header language differs from its folder"
        assert isinstance(header["teaching_minutes"], int), f"{path.name}: teaching_minutes is not a number"
        assert isinstance(header["exercise_minutes"], int), f"{path.name}: exercise_minutes is not a number"
        assert header["objectives"], f"{path.name}: no objectives"
        assert header["keypoints"], f"{path.name}: no key points"


def test_localise_code_keeps_own_language_comments():
    code = 'wk.set_language("@LANG@")\n# fr: Réponse\n# en: Answer\nx = 1'
    assert localise_code(code, "fr") == 'wk.set_language("fr")\n# Réponse\nx = 1'
    assert localise_code(code, "en") == 'wk.set_language("en")\n# Answer\nx = 1'


def test_code_cell_with_language_tag_rejected(tmp_path):
    source = tmp_path / "bad.py"
    source.write_text(
        "# ---\n# jupyter:\n#   workshop:\n#     kind: lesson\n#     id: '99'\n"
        "#     name: {fr: a, en: b}\n#     title: {fr: A, en: B}\n#     teaching_minutes: 1\n"
        "#     exercise_minutes: 1\n#     objectives: {fr: [o], en: [o]}\n#     keypoints: {fr: [k], en: [k]}\n"
        '# ---\n\n# %% lang="fr"\nx = 1\n',
        encoding="utf-8",
    )
    with pytest.raises(LessonSourceError, match="Code is shared"):
        read_source(source)


def test_exercise_cells_get_nbgrader_metadata():
    for source in lesson_sources(REPOSITORY):
        if source.kind != "exercise":
            continue
        notebook = to_notebook(source, "en")
        graded = [cell for cell in notebook.cells if cell.metadata.get("nbgrader", {}).get("grade")]
        solutions = [cell for cell in notebook.cells if cell.metadata.get("nbgrader", {}).get("solution")]
        assert len(graded) >= 4, f"{source.path.name}: fewer than four graded test cells"
        assert solutions, f"{source.path.name}: no solution cell"
        grade_ids = [cell.metadata["nbgrader"]["grade_id"] for cell in graded + solutions]
        assert len(grade_ids) == len(set(grade_ids)), f"{source.path.name}: duplicate grade ids"
