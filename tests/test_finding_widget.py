"""The search widget calls find_datasets; the Voila demo shows it in a real Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_kit import set_language
from workshop_kit.cli.demo import start_voila, stop_voila
from workshop_kit.widgets import SearchWidget

REPOSITORY = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def english():
    set_language("en")


def test_widget_lists_catalog():
    widget = SearchWidget()
    assert "rivebelle-arbres" in list(widget.results["dataset_id"]), list(widget.results["dataset_id"])
    assert "Street and park trees" in widget.table.value, "the English title is missing from the table"
    assert "ODbL (Open Database License)" in widget.table.value, "the licence name is missing from the table"
    assert "days ago" in widget.table.value, "the freshness column is missing from the table"


def test_widget_query_searches():
    widget = SearchWidget()
    widget.query.value = "budget"
    assert "rivebelle-budget-2025" in list(widget.results["dataset_id"]), list(widget.results["dataset_id"])
    assert "rivebelle-arbres" not in list(widget.results["dataset_id"]), "the trees do not match 'budget'"


def test_widget_facet_filters():
    widget = SearchWidget(limit=50)
    offered = [value for _, value in widget.facets["licence"].options]
    assert "odc-odbl" in offered, f"licence facet offers {offered}"
    widget.facets["licence"].value = "odc-odbl"
    assert set(widget.results["licence_id"]) == {"odc-odbl"}, set(widget.results["licence_id"])


def test_widget_facet_counts_label():
    widget = SearchWidget(limit=50)
    labels = [label for label, value in widget.facets["format"].options if value == "CSV"]
    assert labels and labels[0].startswith("CSV ("), f"the CSV facet shows no count: {labels}"


def test_widget_use_shows_code():
    widget = SearchWidget()
    widget.query.value = "arbres"
    line = widget.use_selected()
    assert line == 'data = wk.open_dataset(wk.download("rivebelle-arbres"))', line
    assert "wk.download(&quot;rivebelle-arbres&quot;)" in widget.code.value, widget.code.value


def test_widget_no_results_message():
    widget = SearchWidget()
    widget.query.value = "zzzz-nothing"
    assert "No dataset matches" in widget.table.value, widget.table.value
    assert widget.use_selected() == "", "nothing to open when there is no result"


def test_widget_offline_portal_message(monkeypatch, tmp_path):
    import socket as socket_module

    with socket_module.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    portals = tmp_path / "portals.yml"
    portals.write_text(f"closed:\n  api: udata\n  url: http://127.0.0.1:{port}\n", encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_PORTALS_FILE", str(portals))
    widget = SearchWidget()
    widget.portal.value = "closed"
    assert "Cannot reach" in widget.status.value, widget.status.value
    assert widget.results.empty


@pytest.fixture(scope="module")
def voila_demo():
    """Voila serving demos/find_data.ipynb in English on 127.0.0.1, stopped after the tests."""
    process, url = start_voila(REPOSITORY / "demos" / "find_data.ipynb", language="en",
                               environment={"WORKSHOP_ROOT": str(REPOSITORY)})
    yield url
    stop_voila(process)


@pytest.mark.slow
@pytest.mark.browser
def test_voila_demo_shows_widget(voila_demo, page):
    page.goto(voila_demo, timeout=90_000)
    page.wait_for_selector("table.workshop-results", timeout=90_000)
    text = page.inner_text("body")
    assert "Street and park trees" in text, "the English results table is missing"
    assert "Use this dataset" in text, "the 'use this dataset' button is missing"
    assert "SearchWidget" not in text, "Voila shows the notebook's code"

    search_box = page.locator(".workshop-search input[type=text]").first
    search_box.fill("budget")
    search_box.press("Enter")
    page.wait_for_function(
        "() => !document.querySelector('table.workshop-results').innerText.includes('Street and park trees')",
        timeout=30_000,
    )
    assert "budget" in page.inner_text("table.workshop-results").lower(), "the search for 'budget' found nothing"

    page.get_by_role("button", name="Use this dataset").click()
    page.wait_for_selector("pre.workshop-code", timeout=30_000)
    assert "wk.download(" in page.inner_text("pre.workshop-code"), page.inner_text("pre.workshop-code")
