"""GeoJSON export: RFC 7946 FeatureCollection, WGS84, longitude first."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import workshop_kit as wk
from quality_frames import clean_places
from workshop_kit.exports.geojson import coordinate_columns, to_geojson, validate_geojson, write_geojson


def test_export_validates(tmp_path):
    path = write_geojson(clean_places(), tmp_path / "lieux.geojson")
    errors = validate_geojson(path)
    assert errors == [], errors


def test_longitude_comes_first():
    document = to_geojson(clean_places())
    first = document["features"][0]["geometry"]["coordinates"]
    assert first == [2.27, 48.8245], f"RFC 7946 writes [longitude, latitude], got {first}"


def test_no_crs_member():
    document = to_geojson(clean_places())
    assert "crs" not in document, "RFC 7946 removed the crs member"


def test_rows_without_position_skipped():
    frame = clean_places()
    frame.loc[1, "latitude"] = None
    assert len(to_geojson(frame)["features"]) == 2


def test_properties_are_json():
    frame = clean_places()
    frame["ouverture"] = pd.to_datetime(["2020-01-01", None, "2021-06-30"])
    text = json.dumps(to_geojson(frame), allow_nan=False)
    assert '"ouverture": null' in text, "a missing date must be null, not NaN"


def test_seven_decimals_at_most():
    frame = clean_places()
    frame.loc[0, "latitude"] = 48.824512345678
    value = to_geojson(frame)["features"][0]["geometry"]["coordinates"][1]
    assert value == 48.8245123, value


def test_validator_rejects_crs_and_latitude_first():
    document = to_geojson(clean_places())
    document["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::2154"}}
    document["features"][0]["geometry"]["coordinates"] = [48.8245, 182.27]
    errors = validate_geojson(document)
    assert any("crs" in error for error in errors), f"the crs member must be rejected: {errors}"
    assert any("coordinates" in error for error in errors), f"a latitude beyond 90 must be rejected: {errors}"


def test_upper_case_coordinate_columns_found():
    frame = clean_places().rename(columns={"latitude": "Latitude", "longitude": "Longitude"})
    assert coordinate_columns(frame) == ("Latitude", "Longitude")


def test_table_without_coordinates_rejected(tmp_path):
    frame = clean_places().drop(columns=["latitude", "longitude"])
    with pytest.raises(wk.WorkshopError) as error:
        write_geojson(frame, tmp_path / "lieux.geojson")
    assert "adresse" in str(error.value), f"the message should list the columns found: {error.value}"
