"""open_dataset accepts a local catalog id as well as a path."""

from __future__ import annotations

import pytest

import workshop_kit as wk
from workshop_kit.errors import WorkshopError


def test_open_dataset_by_catalog_id():
    by_id = wk.open_dataset("rivebelle-arbres", show_report=False)
    by_path = wk.open_dataset(wk.sample_path("arbres.csv"), show_report=False)
    assert len(by_id) == len(by_path)
    assert list(by_id.columns) == list(by_path.columns)


def test_open_dataset_unknown_name():
    with pytest.raises(WorkshopError) as raised:
        wk.open_dataset("no-such-dataset", show_report=False)
    assert raised.value.key == "reading.file_not_found"
    assert "no-such-dataset" in str(raised.value)
