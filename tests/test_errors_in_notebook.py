"""A WorkshopError shows as a short message in a notebook, and still stops the cell."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


@pytest.mark.slow
def test_workshop_error_shown_without_traceback():
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell(
                'import workshop_kit as wk\nwk.set_language("en")\nraise wk.WorkshopError("core.file_not_found", path="trees.csv")'
            )
        ]
    )
    client = NotebookClient(notebook, timeout=60, kernel_name="python3")
    with pytest.raises(CellExecutionError):
        client.execute()

    outputs = notebook.cells[0].outputs
    html = [output["data"]["text/html"] for output in outputs if "text/html" in output.get("data", {})]
    assert html, f"no HTML message shown; outputs were {outputs}"
    assert "File not found: trees.csv" in html[0]
    assert "workshop-error" in html[0]
    tracebacks = [output for output in outputs if output.get("output_type") == "error"]
    assert all("Traceback" not in "".join(output.get("traceback", [])) for output in tracebacks), (
        "a traceback was shown to the learner"
    )
