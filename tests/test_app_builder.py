"""The app builder widget without a browser: its choices, preview and export."""

from __future__ import annotations

import pandas as pd
import pytest

import workshop_kit as wk
from workshop_kit.widgets.app_builder import NO_COLUMN, AppBuilder


@pytest.fixture
def french():
    wk.set_language("fr")


def own_table() -> pd.DataFrame:
    return pd.DataFrame({"Nom": ["Stade", "Piscine"], "Catégorie": ["Sport", "Sport"],
                         "latitude": [48.82, 48.83], "longitude": [2.26, 2.27]})


def test_builder_preselects_suggestions(french, tmp_path):
    builder = AppBuilder(own_table(), output=tmp_path)
    assert builder.roles["title"].value == "Nom", f"title should be preselected, got {builder.roles['title'].value!r}"
    assert builder.roles["phone"].value == NO_COLUMN, "no phone column exists, the menu should say so"


def test_builder_preview_draws_places(french, tmp_path):
    builder = AppBuilder(own_table(), output=tmp_path)
    assert "workshop-preview" in builder.preview_frame.value, "the preview map was not drawn"
    assert "L.circleMarker" in builder.preview_frame.value, "the preview should draw one circle per place"


def test_builder_preview_redraws_on_change(french, tmp_path):
    builder = AppBuilder(own_table(), output=tmp_path)
    before = builder.preview_frame.value
    builder.color.value = "#aa0000"
    assert builder.preview_frame.value != before, "changing the colour should redraw the preview"


def test_builder_preview_samples_big_data(french, tmp_path):
    builder = AppBuilder(output=tmp_path)
    builder.dataset.value = "arbres.csv"
    assert "au hasard" in builder.preview_status.value, f"a sampled preview should say so: {builder.preview_status.value}"


def test_builder_creates_app(french, tmp_path):
    builder = AppBuilder(own_table(), output=tmp_path)
    builder.name.value = "Équipements sportifs"
    folder = builder.create()
    assert folder == tmp_path / "equipements-sportifs", f"unexpected app folder {folder}"
    assert (folder / "index.html").is_file(), "the button should write index.html"
    assert "workshop-app-created" in builder.result.value, f"the result should say where the app is: {builder.result.value}"


def test_builder_reports_error_as_message(french, tmp_path):
    builder = AppBuilder(own_table(), output=tmp_path)
    builder.roles["title"].value = NO_COLUMN
    assert builder.create() is None, "an export without a title column should fail"
    assert "title" in builder.result.value, f"the error should name the missing role: {builder.result.value}"
