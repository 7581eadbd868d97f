"""Execute every generated lesson and solution notebook top to bottom, in both languages."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

REPOSITORY = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(
    path
    for folder in ("notebooks", "solutions")
    for path in (REPOSITORY / folder).rglob("*.ipynb")
    if ".ipynb_checkpoints" not in path.parts
)
CELL_TIMEOUT_SECONDS = 180


def _failing_cell(notebook) -> tuple[int, str]:
    """Return the index and first lines of the first code cell with an error output."""
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        if any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            return index, "\n".join(cell.source.splitlines()[:6])
    return -1, ""


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[str(path.relative_to(REPOSITORY)) for path in NOTEBOOKS])
def test_notebook_runs(path, tmp_path, monkeypatch):
    language = "en" if "/en/" in path.as_posix() else "fr"
    monkeypatch.setenv("WORKSHOP_LANG", language)
    # Learners' outputs (published datasets, apps) go to a scratch folder, never the repository.
    monkeypatch.setenv("WORKSHOP_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("WORKSHOP_ROOT", str(REPOSITORY))

    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT_SECONDS,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    try:
        client.execute()
    except CellExecutionError as error:
        index, source = _failing_cell(notebook)
        pytest.fail(
            f"{path.relative_to(REPOSITORY)}: cell {index} failed\n--- cell source ---\n{source}\n"
            f"--- error ---\n{str(error)[-2000:]}",
            pytrace=False,
        )


def test_notebooks_found():
    languages = {path.relative_to(REPOSITORY).parts[1] for path in NOTEBOOKS}
    assert languages == {"fr", "en"}, f"expected notebooks in both languages, found {sorted(languages)}"
    assert os.path.exists(REPOSITORY / "notebooks" / "fr"), "notebooks/fr is missing"
