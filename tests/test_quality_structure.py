"""check_dataset: structural checks through frictionless, coordinates, report rendering."""

from __future__ import annotations

import pandas as pd
import pytest

import workshop_kit as wk
from quality_frames import clean_places, messy_places


@pytest.fixture(autouse=True)
def english():
    wk.set_language("en")
    yield
    wk.set_language("fr")


def keys(report) -> list[str]:
    return [problem.key for problem in report.problems]


def test_clean_table_has_nothing_blocking():
    report = wk.check_dataset(clean_places())
    assert report.blocking == [], f"a clean table should not block: {[p.message for p in report.blocking]}"


def test_duplicate_rows_found_with_rows():
    report = wk.check_dataset(messy_places())
    duplicates = [problem for problem in report.problems if problem.key == "quality.duplicate_rows"]
    assert len(duplicates) == 1, f"expected one duplicate-rows problem, got {keys(report)}"
    assert duplicates[0].rows == (2,), f"row 2 copies row 1, got rows {duplicates[0].rows}"
    assert duplicates[0].severity == "warning", "duplicates are a warning, not a blocker"


def test_duplicate_rows_use_index_labels():
    frame = messy_places()
    frame.index = [10, 20, 30, 40, 50]
    report = wk.check_dataset(frame)
    duplicates = report.by_check("structure")
    rows = [problem.rows for problem in duplicates if problem.key == "quality.duplicate_rows"]
    assert rows == [(30,)], f"rows must be index labels so df.loc[row] works, got {rows}"


def test_swapped_coordinates_found():
    report = wk.check_dataset(messy_places())
    swapped = [problem for problem in report.problems if problem.key == "quality.coordinates_swapped"]
    assert len(swapped) == 1, f"expected the swapped row to be reported, got {keys(report)}"
    assert swapped[0].rows == (3,), f"row 3 has latitude and longitude exchanged, got {swapped[0].rows}"


def test_out_of_range_coordinates_block():
    frame = clean_places()
    frame.loc[1, "latitude"] = 6_853_000.0
    report = wk.check_dataset(frame)
    blocking = [problem.key for problem in report.blocking]
    assert "quality.coordinates_out_of_range" in blocking, f"Lambert-93 metres must block, got {blocking}"


def test_missing_values_name_column_and_rows():
    report = wk.check_dataset(messy_places())
    missing = [problem for problem in report.problems if problem.key == "quality.missing_values"
               and problem.column == "Adresse"]
    assert len(missing) == 1, f"the missing address should be reported once, got {keys(report)}"
    assert missing[0].rows == (3,), f"row 3 has no address, got {missing[0].rows}"


def test_blank_row_reported():
    frame = pd.concat([clean_places(), pd.DataFrame([[None] * 12], columns=clean_places().columns)],
                      ignore_index=True)
    report = wk.check_dataset(frame)
    assert "quality.blank_rows" in keys(report), f"the empty last row should be reported, got {keys(report)}"


def test_unnamed_column_blocks():
    frame = clean_places().rename(columns={"horaires": "Unnamed: 9"})
    report = wk.check_dataset(frame)
    assert "quality.unnamed_column" in [problem.key for problem in report.blocking], keys(report)


def test_type_error_reported_with_row():
    frame = pd.DataFrame({"capacite": [str(value) for value in range(40)] + ["vingt"], "nom": ["P"] * 41})
    report = wk.check_dataset(frame)
    errors = [problem for problem in report.problems if problem.key == "quality.type_error"]
    assert len(errors) == 1, f"'vingt' in a column of integers is a type error, got {keys(report)}"
    assert errors[0].rows == (40,), f"the bad value is on row 40, got {errors[0].rows}"


def test_empty_table_blocks():
    report = wk.check_dataset(clean_places().iloc[0:0])
    assert [problem.key for problem in report.blocking] == ["quality.no_rows"], keys(report)


def test_not_a_table_raises_workshop_error():
    with pytest.raises(wk.WorkshopError) as error:
        wk.check_dataset([1, 2, 3])
    assert "list" in str(error.value), f"the message should name the type received: {error.value}"


def test_report_text_follows_language():
    report = wk.check_dataset(messy_places())
    english = str(report)
    wk.set_language("fr")
    french = str(report)
    assert "Not ready to publish" in english, english[:200]
    assert "Pas encore publiable" in french, french[:200]


def test_report_html_lists_blocking_problems():
    report = wk.check_dataset(messy_places())
    html = report._repr_html_()
    assert "Courriel du déclarant" in html, "the HTML report should name the personal-data column"


def test_report_records_are_machine_readable():
    records = wk.check_dataset(messy_places()).to_records()
    fields = {"check", "severity", "key", "column", "row", "rows", "values", "message"}
    assert all(fields <= set(record) for record in records), f"every record needs {fields}"
    assert {record["severity"] for record in records} <= {"blocking", "warning"}, "unknown severity"


def test_repeated_column_name_blocks():
    frame = pd.DataFrame([[1, "a", "x"], [2, "b", "y"]], columns=["id", "nom", "nom"])
    report = wk.check_dataset(frame)
    repeated = [problem.column for problem in report.blocking if problem.key == "quality.duplicate_label"]
    assert repeated == ["nom"], f"the repeated name should block once, got {keys(report)}"


def test_padded_values_reported():
    frame = clean_places()
    frame.loc[2, "categorie"] = "  Commerce "
    report = wk.check_dataset(frame)
    padded = [problem for problem in report.warnings if problem.key == "quality.padded_values"]
    assert [(problem.column, problem.rows) for problem in padded] == [("categorie", (2,))], keys(report)
