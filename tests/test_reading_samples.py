"""open_dataset on the workshop's own sample files, as lesson 02 opens them."""

from __future__ import annotations

import pandas as pd
import pytest

import workshop_kit as wk
from fixtures_reading import report_of
from workshop_kit.samples.city import CITY


@pytest.fixture(autouse=True)
def in_english(english):
    """Run every test of this module with English messages."""


def inside_city(frame) -> pd.Series:
    west, south, east, north = CITY["bbox"]
    return frame["latitude"].between(south, north) & frame["longitude"].between(west, east)


@pytest.mark.parametrize("name", ["arbres.csv", "lieux.xlsx", "lieux.citadel.json", "parkings_lambert93.geojson",
                                  "evenements.csv"])
def test_sample_positions_in_city(name):
    frame = wk.open_dataset(wk.sample_path(name))
    present = frame["latitude"].notna()
    assert present.all(), f"{name}: {int((~present).sum())} rows without a position"
    assert inside_city(frame).all(), f"{name}: rows {list(frame.index[~inside_city(frame)][:5])} outside Rivebelle"


def test_events_dates_day_first():
    frame = wk.open_dataset(wk.sample_path("evenements.csv"))
    assert report_of(frame).encoding == "Windows-1252", f"encoding: {report_of(frame).encoding}"
    assert pd.api.types.is_datetime64_any_dtype(frame["Date de début"]), "start dates not parsed"
    assert (frame["Date de début"].dt.year == 2026).all(), "a start date is outside 2026: day and month swapped?"
    assert (frame["Date de fin"] >= frame["Date de début"]).all(), "an event ends before it starts"


def test_budget_balanced():
    frame = wk.open_dataset(wk.sample_path("budget_2025.csv"))
    totals = frame.groupby(["Section", "Sens"])["BP"].sum()
    for section in frame["Section"].unique():
        expenses, receipts = totals[section].sort_index().tolist()
        assert expenses == pytest.approx(receipts), f"section {section}: expenses {expenses} != receipts {receipts}"
    assert frame["Fonction"].str.len().min() >= 2, "function codes lost their leading zeros"


def test_places_to_clean_swapped_row():
    frame = wk.open_dataset(wk.sample_path("lieux_a_nettoyer.csv"))
    assert report_of(frame).swapped_rows == [63], f"swapped rows: {report_of(frame).swapped_rows}"
    assert inside_city(frame).all(), "the swapped row was not put back inside the city"


def test_budget_report_decimal_comma():
    budget = wk.open_dataset(wk.sample_path("budget_2025.csv"), show_report=False)
    report = report_of(budget)
    assert report.decimal == ","
    assert budget["BP"].dtype.kind == "f"


def test_trees_report_decimal_dot():
    trees = wk.open_dataset(wk.sample_path("arbres.csv"), show_report=False)
    assert report_of(trees).decimal == "."
