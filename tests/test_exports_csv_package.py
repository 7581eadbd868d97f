"""CSV + Data Package export, validated by frictionless."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import workshop_kit as wk
from quality_frames import GOOD_METADATA, clean_places
from workshop_kit.exports.csv_package import table_schema, validate_package, write_csv_package
from workshop_kit.quality.schema import load_schema_descriptor


def test_package_validates_with_frictionless(tmp_path):
    files = write_csv_package(clean_places(), tmp_path, GOOD_METADATA)
    errors = validate_package(files["datapackage"])
    assert errors == [], errors


def test_package_with_shipped_schema_validates(tmp_path):
    schema = load_schema_descriptor("lieux")
    files = write_csv_package(clean_places(), tmp_path, GOOD_METADATA, {"fields": schema["fields"]})
    assert validate_package(files["datapackage"]) == []


def test_csv_is_utf8_with_accents(tmp_path):
    files = write_csv_package(clean_places(), tmp_path, GOOD_METADATA)
    raw = files["csv"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "the CSV should be plain UTF-8 without BOM"
    assert "Médiathèque".encode("utf-8") in raw, "accents must be written in UTF-8"


def test_package_carries_licence_and_title(tmp_path):
    files = write_csv_package(clean_places(), tmp_path, GOOD_METADATA)
    descriptor = json.loads(files["datapackage"].read_text(encoding="utf-8"))
    assert descriptor["licenses"][0]["name"] == "etalab-2.0", descriptor.get("licenses")
    assert descriptor["title"] == GOOD_METADATA["title"], descriptor["title"]


def test_integers_with_gaps_stay_integers(tmp_path):
    frame = pd.DataFrame({"capacite": [12, None, 40], "nom": ["A", "B", "C"]})
    files = write_csv_package(frame, tmp_path, dict(GOOD_METADATA, id="parkings"))
    assert "12.0" not in files["csv"].read_text(encoding="utf-8"), "12 must not become 12.0"
    assert validate_package(files["datapackage"]) == []


def test_inferred_schema_types():
    frame = pd.DataFrame({"n": [1, 2], "x": [1.5, 2.0], "ok": [True, False], "t": ["a", "b"],
                          "d": pd.to_datetime(["2026-01-01", "2026-02-01"])})
    types = {field["name"]: field["type"] for field in table_schema(frame)["fields"]}
    assert types == {"n": "integer", "x": "number", "ok": "boolean", "t": "string", "d": "date"}, types


def test_broken_csv_fails_validation(tmp_path):
    files = write_csv_package(clean_places(), tmp_path, GOOD_METADATA)
    text = files["csv"].read_text(encoding="utf-8").replace("48.8241", "quarante-huit")
    files["csv"].write_text(text, encoding="utf-8")
    errors = validate_package(files["datapackage"])
    assert any("type-error" in error for error in errors), f"a text latitude must fail: {errors}"


def test_missing_id_rejected(tmp_path):
    metadata = {key: value for key, value in GOOD_METADATA.items() if key != "id"}
    with pytest.raises(wk.WorkshopError):
        write_csv_package(clean_places(), tmp_path, metadata)
