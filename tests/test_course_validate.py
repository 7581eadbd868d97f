"""``wk.validate``: a learner alone checks an exercise with nbgrader's validator."""

from __future__ import annotations

import nbformat
import pytest

import workshop_kit as wk
from workshop_kit import WorkshopError
from workshop_kit.course import release
from workshop_kit.course.simulation import ASSIGNMENT, NOTEBOOK_NAME, learner_notebook, write_practice_assignment

pytestmark = pytest.mark.slow


@pytest.fixture
def english():
    previous = wk.get_language()
    wk.set_language("en")
    yield
    wk.set_language(previous)


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    """Release the practice exercise once with nbgrader and return the student version."""
    base = tmp_path_factory.mktemp("validate")
    write_practice_assignment(base / "solutions", "en")
    release(base / "course", "en", solutions=base / "solutions" / "en", progress=False)
    return base / "course" / "release" / ASSIGNMENT / NOTEBOOK_NAME


def _hand_in(released, tmp_path, profile):
    path = tmp_path / NOTEBOOK_NAME
    nbformat.write(learner_notebook(nbformat.read(released, as_version=4), profile), path)
    return path


def test_validate_edited_check_reported(released, tmp_path, english):
    student = _hand_in(released, tmp_path, "edited-test")

    result = wk.validate(student, timeout=5, show=False)
    assert result.problem, "an edited check cell should be reported before anything else"


def test_validate_counts_failures(released, tmp_path, english):
    student = _hand_in(released, tmp_path, "endless-loop")
    notebook = nbformat.read(student, as_version=4)
    notebook.cells[3].source = notebook.cells[3].source.replace("while True:\n    pass", "")
    nbformat.write(notebook, student)

    result = wk.validate(student, timeout=5, show=False)
    assert (result.passed, result.checks_passed, result.checks_total) == (False, 2, 3), result
    assert result.hints == ["city must be 'RIVEBELLE': turn the name to capitals with .upper()."], result.hints


def test_validate_complete_passes(released, tmp_path, english):
    student = _hand_in(released, tmp_path, "complete")
    result = wk.validate(student, timeout=5, show=False)
    assert result.passed, f"a complete notebook should validate: {result}"


def test_validate_missing_file(tmp_path, english):
    with pytest.raises(WorkshopError, match="Notebook not found"):
        wk.validate(tmp_path / "nothing.ipynb")


def test_validate_inside_grading_does_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")
    assert wk.validate(tmp_path / "nothing.ipynb") is None


def test_validate_finds_notebook_from_session(released, tmp_path, english, monkeypatch):
    # jupyter_server gives a notebook's kernel its path in JPY_SESSION_NAME.
    student = _hand_in(released, tmp_path, "complete")
    monkeypatch.setenv("JPY_SESSION_NAME", str(student))
    result = wk.validate(timeout=5, show=False)
    assert result.passed, f"wk.validate() should find {student} from the session: {result}"


def test_validate_without_session_explains(english, monkeypatch):
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    result = wk.validate(show=False)
    assert not result.passed, "validation without a notebook path cannot pass"
    assert "Save it, then call wk.validate" in result.problem, result.problem
