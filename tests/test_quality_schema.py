"""check_dataset with a Table Schema: the shipped one and a real one."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import workshop_kit as wk
from quality_frames import clean_places


@pytest.fixture(autouse=True)
def english():
    wk.set_language("en")
    yield
    wk.set_language("fr")


def test_shipped_schema_accepts_clean_places():
    report = wk.check_dataset(clean_places(), schema="lieux")
    assert report.blocking == [], [problem.message for problem in report.blocking]


def test_shipped_schema_is_valid_table_schema():
    from frictionless import Schema

    from workshop_kit.quality.schema import SCHEMAS_DIR

    schema = Schema.from_descriptor(json.loads((SCHEMAS_DIR / "lieux.schema.json").read_text(encoding="utf-8")))
    assert len(schema.fields) == 12, f"expected 12 fields, got {len(schema.fields)}"


def test_bad_postcode_breaks_pattern():
    frame = clean_places()
    frame.loc[2, "code_postal"] = "9299"
    report = wk.check_dataset(frame, schema="lieux")
    patterns = [problem for problem in report.blocking if problem.key == "quality.constraint_pattern"]
    assert len(patterns) == 1, f"expected one pattern error, got {[p.key for p in report.problems]}"
    assert (patterns[0].column, patterns[0].rows) == ("code_postal", (2,)), patterns[0]


def test_unknown_category_breaks_enum():
    frame = clean_places()
    frame.loc[0, "categorie"] = "Mairie"
    report = wk.check_dataset(frame, schema="lieux")
    assert "quality.constraint_enum" in [problem.key for problem in report.blocking]


def test_missing_required_column_blocks():
    report = wk.check_dataset(clean_places().drop(columns=["adresse"]), schema="lieux")
    missing = [problem for problem in report.blocking if problem.key == "quality.schema_missing_column"]
    assert [problem.column for problem in missing] == ["adresse"], [p.message for p in report.problems]


def test_text_in_number_column_is_type_error():
    frame = clean_places()
    frame["latitude"] = frame["latitude"].astype(str)
    frame.loc[1, "latitude"] = "48,8241"
    report = wk.check_dataset(frame, schema="lieux")
    errors = [problem for problem in report.blocking if problem.key == "quality.type_error"]
    assert [(problem.column, problem.rows) for problem in errors] == [("latitude", (1,))], errors


def test_unknown_schema_name_raises():
    with pytest.raises(wk.WorkshopError) as error:
        wk.check_dataset(clean_places(), schema="nope")
    assert "lieux" in str(error.value), f"the message should list the shipped schemas: {error.value}"


def test_real_irve_example_passes_real_schema(realworld):
    schema = realworld / "data" / "schema_irve_statique_tableschema.json"
    frame = pd.read_csv(realworld / "data" / "schema_irve_statique_exemple.csv", dtype=str, keep_default_na=False)
    report = wk.check_dataset(frame, schema=str(schema))
    assert report.blocking == [], [problem.message for problem in report.blocking]


def test_real_irve_schema_flags_bad_count(realworld):
    schema = realworld / "data" / "schema_irve_statique_tableschema.json"
    frame = pd.read_csv(realworld / "data" / "schema_irve_statique_exemple.csv", dtype=str, keep_default_na=False)
    frame.loc[1, "nbre_pdc"] = "dix"
    report = wk.check_dataset(frame, schema=str(schema))
    errors = [(problem.column, problem.rows) for problem in report.blocking if problem.key == "quality.type_error"]
    assert errors == [("nbre_pdc", (1,))], f"'dix' is not an integer: {errors}"


def test_schema_check_ignores_shared_positions():
    # Polling stations sit in schools at the school's position: same schema fields, other columns differ.
    places = wk.open_dataset(wk.sample_path("lieux.xlsx"), show_report=False)
    assert places.duplicated().sum() == 0
    report = wk.check_dataset(places, schema="lieux")
    keys = [problem.key for problem in report.problems]
    assert "quality.duplicate_rows" not in keys
