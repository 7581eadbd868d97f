"""open_dataset on Excel workbooks and on the JSON shapes portals publish."""

from __future__ import annotations

import pandas as pd
import pytest

import workshop_kit as wk
from fixtures_reading import (report_of, PLACES, geojson_points, lambert93, ods_v1_records, ods_v21_results, plain_records,
                              write_json, write_xls, write_xlsx_hidden_first_sheet)
from workshop_kit.formats.citadel import to_citadel


@pytest.fixture(autouse=True)
def in_english(english):
    """Run every test of this module with English messages."""


def test_xlsx_hidden_first_sheet(tmp_path):
    frame = wk.open_dataset(write_xlsx_hidden_first_sheet(tmp_path))
    report = report_of(frame)
    assert report.sheet == "Lieux", f"read sheet {report.sheet!r} instead of the first sheet with data"
    assert report.sheets == ["Feuil3", "Lieux", "Notes"], f"sheets listed: {report.sheets}"
    assert len(frame) == 4, f"{len(frame)} rows instead of 4"
    assert frame.loc[2, "Code postal"] == "01100", f"postcode read as {frame.loc[2, 'Code postal']!r}"
    assert frame.loc[2, "latitude"] == pytest.approx(48.8503), "row 2 latitude misread"
    assert "Feuil3" in str(report), "the report does not mention the skipped sheet"


def test_xlsx_sheet_option(tmp_path):
    frame = wk.open_dataset(write_xlsx_hidden_first_sheet(tmp_path), sheet="Notes")
    assert report_of(frame).sheet == "Notes", "sheet= was not honoured"


def test_xlsx_unknown_sheet(tmp_path):
    with pytest.raises(wk.WorkshopError) as error:
        wk.open_dataset(write_xlsx_hidden_first_sheet(tmp_path), sheet="Parcs")
    assert "Lieux" in str(error.value), "the error should list the sheets available"


def test_xls_legacy(tmp_path):
    frame = wk.open_dataset(write_xls(tmp_path))
    assert report_of(frame).kind == "Excel", "legacy .xls not read as Excel"
    assert frame.loc[0, "Nom"] == PLACES[0][0], f"row 0 name read as {frame.loc[0, 'Nom']!r}"
    assert frame.loc[0, "CP"] == "92130", f"postcode should be text, got {frame.loc[0, 'CP']!r}"
    assert frame.loc[3, "longitude"] == pytest.approx(2.34), "row 3 longitude misread"


def test_json_plain_records(tmp_path):
    frame = wk.open_dataset(write_json(tmp_path, "lieux.json", plain_records()))
    assert frame.loc[2, "nom"] == PLACES[2][0], "row 2 name misread"
    assert frame.loc[2, "latitude"] == pytest.approx(48.8503), "lat column not used for latitude"
    assert frame.loc[2, "cp"] == "01100", "postcode lost its leading zero"


def test_json_ods_v1(tmp_path):
    frame = wk.open_dataset(write_json(tmp_path, "lieux.json", ods_v1_records()))
    assert report_of(frame).kind == "JSON (OpenDataSoft v1)", f"kind: {report_of(frame).kind}"
    assert frame.loc[1, "ville"] == "Bondy", "fields not flattened"
    assert frame.loc[1, "longitude"] == pytest.approx(2.4830), "geometry longitude misread"


def test_json_ods_v1_under_records(tmp_path):
    frame = wk.open_dataset(write_json(tmp_path, "lieux.json", {"nhits": 4, "records": ods_v1_records()}))
    assert frame.loc[3, "latitude"] == pytest.approx(48.8610), "records under 'records' not read"


def test_json_ods_v21(tmp_path):
    frame = wk.open_dataset(write_json(tmp_path, "lieux.json", ods_v21_results()))
    assert report_of(frame).kind == "JSON (OpenDataSoft v2.1)", f"kind: {report_of(frame).kind}"
    assert frame.loc[0, "latitude"] == pytest.approx(48.8241), "geo_point_2d {lon, lat} misread"
    assert frame.loc[0, "longitude"] == pytest.approx(2.2735), "geo_point_2d {lon, lat} misread"


def test_geojson_point_and_multipoint(tmp_path):
    frame = wk.open_dataset(write_json(tmp_path, "lieux.geojson", geojson_points(multipoint_rows=(1,))))
    assert report_of(frame).kind == "GeoJSON", "not read as GeoJSON"
    assert frame.loc[1, "latitude"] == pytest.approx(48.9021), "MultiPoint latitude misread"
    assert frame.loc[0, "longitude"] == pytest.approx(2.2735), "Point longitude misread"
    assert frame.loc[2, "code_postal"] == "01100", "property misread"


def test_geojson_lambert93_declared(tmp_path):
    coordinates = [lambert93(latitude, longitude) for _, _, _, latitude, longitude in PLACES]
    document = geojson_points(multipoint_rows=(0, 2), crs_name="urn:ogc:def:crs:EPSG::2154", coordinates=coordinates)
    frame = wk.open_dataset(write_json(tmp_path, "bornes.geojson", document))
    assert report_of(frame).crs == "EPSG:2154", f"declared CRS read as {report_of(frame).crs}"
    assert frame.loc[2, "latitude"] == pytest.approx(48.8503, abs=1e-6), "Lambert-93 not reprojected"
    assert frame.loc[2, "longitude"] == pytest.approx(2.3012, abs=1e-6), "Lambert-93 not reprojected"


def test_citadel_json(tmp_path):
    places = pd.DataFrame(plain_records()).rename(columns={"lat": "latitude", "lon": "longitude"})
    mapping = {"title": "nom", "city": "ville", "postal_code": "cp", "address": "ville", "category": "ville"}
    document = to_citadel(places, mapping, {"id": "lieux", "licence": "Licence Ouverte 2.0"})
    frame = wk.open_dataset(write_json(tmp_path, "lieux.citadel.json", document))
    assert report_of(frame).kind == "Citadel JSON", "not read as Citadel JSON"
    assert frame.loc[2, "title"] == PLACES[2][0], "title misread"
    assert frame.loc[2, "postal_code"] == "01100", "postal code misread"
    assert frame.loc[1, "category"] == "Bondy", "category misread"
    assert frame.loc[3, "latitude"] == pytest.approx(48.8610), "posList latitude misread"


def test_xlsx_empty_visible_first_sheet(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Vide"
    sheet = workbook.create_sheet("Donnees")
    sheet.append(["Nom", "Latitude", "Longitude"])
    sheet.append(["Mairie", 48.8241, 2.2735])
    path = tmp_path / "classeur.xlsx"
    workbook.save(path)
    frame = wk.open_dataset(path)
    assert frame.attrs["workshop_report"].sheet == "Donnees", "the empty first sheet was read"
    assert frame.loc[0, "Nom"] == "Mairie", f"first name read as {frame.loc[0, 'Nom']!r}"
    assert "is empty" in str(frame.attrs["workshop_report"]), "the report does not say the first sheet is empty"
