"""open_dataset's coordinate detection: names, pairs, GeoJSON cells, Lambert-93, swaps, outliers."""

from __future__ import annotations

import json

import pytest

import workshop_kit as wk
from fixtures_reading import report_of, PLACES, lambert93, write_text


@pytest.fixture(autouse=True)
def in_english(english):
    """Run every test of this module with English messages."""


def table(header: list[str], cells: list[list[str]], delimiter: str = ";") -> str:
    lines = [delimiter.join(header)] + [delimiter.join(row) for row in cells]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("latitude_name", "longitude_name"),
    [("lat", "lon"), ("Latitude", "Longitude"), ("y", "x"), ("Ylatitude", "Xlongitude"), ("LAT", "LNG"),
     ("lat_wgs84", "long_wgs84"), ("Ylat", "Xlong")],
)
def test_column_names(tmp_path, latitude_name, longitude_name):
    cells = [[name, f"{latitude}", f"{longitude}"] for name, _, _, latitude, longitude in PLACES]
    path = write_text(tmp_path, "lieux.csv", table(["nom", latitude_name, longitude_name], cells))
    frame = wk.open_dataset(path)
    assert frame.loc[1, "latitude"] == pytest.approx(48.9021), f"{latitude_name} not used as latitude"
    assert frame.loc[1, "longitude"] == pytest.approx(2.4830), f"{longitude_name} not used as longitude"


@pytest.mark.parametrize(
    ("cell", "label"),
    [("{lat}, {lon}", "lat, lon"), ("{lat},{lon}", "lat,lon"), ("{lat} {lon}", "lat lon"), ("[{lon},{lat}]", "[lon,lat]"),
     ("[{lon}, {lat}]", "[lon, lat]")],
)
def test_pair_column(tmp_path, cell, label):
    cells = [[name, cell.format(lat=latitude, lon=longitude)] for name, _, _, latitude, longitude in PLACES]
    path = write_text(tmp_path, "lieux.csv", table(["nom", "geo_point_2d"], cells))
    frame = wk.open_dataset(path)
    assert frame.loc[2, "latitude"] == pytest.approx(48.8503), f"'{label}' cell misread for latitude"
    assert frame.loc[2, "longitude"] == pytest.approx(2.3012), f"'{label}' cell misread for longitude"


def test_pair_column_found_by_content(tmp_path):
    cells = [[name, f"{latitude},{longitude}"] for name, _, _, latitude, longitude in PLACES]
    frame = wk.open_dataset(write_text(tmp_path, "sanitaires.csv", table(["Station", "emplacement"], cells)))
    assert report_of(frame).coordinate_source == "emplacement (lat, lon)", report_of(frame).coordinate_source
    assert frame.loc[0, "latitude"] == pytest.approx(48.8241), "unnamed pair column misread"


def test_geo_shape_cell(tmp_path):
    lines = ["nom;geo_shape"]
    for name, _, _, latitude, longitude in PLACES:
        shape = json.dumps({"coordinates": [longitude, latitude], "type": "Point"}).replace('"', '""')
        lines.append(f'{name};"{shape}"')
    frame = wk.open_dataset(write_text(tmp_path, "wifi.csv", "\r\n".join(lines) + "\r\n"))
    assert frame.loc[3, "latitude"] == pytest.approx(48.8610), "GeoJSON in a cell misread"
    assert report_of(frame).coordinate_source == "geo_shape (GeoJSON)", report_of(frame).coordinate_source


def test_decimal_comma_strings(tmp_path):
    text = "nom;Latitude;Longitude;Prix\nA;48,8241;2,2735;1.5\nB;48,9021;2,4830;2\nC;48,8503;2,3012;3\n"
    frame = wk.open_dataset(write_text(tmp_path, "mix.csv", text))
    assert frame.loc[2, "latitude"] == pytest.approx(48.8503), "decimal-comma latitude misread"
    assert frame.loc[0, "Prix"] == pytest.approx(1.5), "dot-decimal column in the same file misread"


def test_lambert93_recognised_by_range(tmp_path):
    cells = []
    for name, _, _, latitude, longitude in PLACES:
        x, y = lambert93(latitude, longitude)
        cells.append([name, f"{x:.2f}".replace(".", ","), f"{y:.2f}".replace(".", ",")])
    frame = wk.open_dataset(write_text(tmp_path, "parkings.csv", table(["nom", "X", "Y"], cells)))
    assert report_of(frame).crs == "EPSG:2154", f"CRS detected as {report_of(frame).crs}"
    assert frame.loc[1, "latitude"] == pytest.approx(48.9021, abs=1e-6), "Lambert-93 latitude wrong"
    assert frame.loc[1, "longitude"] == pytest.approx(2.4830, abs=1e-6), "Lambert-93 longitude wrong"
    assert "Lambert-93" in str(report_of(frame)), "the report does not name Lambert-93"


def test_crs_option(tmp_path):
    cells = []
    for name, _, _, latitude, longitude in PLACES:
        x, y = lambert93(latitude, longitude)
        cells.append([name, f"{x:.2f}", f"{y:.2f}"])
    frame = wk.open_dataset(write_text(tmp_path, "parkings.csv", table(["nom", "x", "y"], cells)), crs=2154)
    assert report_of(frame).crs == "EPSG:2154", "crs=2154 not honoured"
    assert frame.loc[0, "latitude"] == pytest.approx(48.8241, abs=1e-6), "crs= reprojection wrong"


def test_swapped_row_detected(tmp_path):
    cells = [[name, f"{latitude}", f"{longitude}"] for name, _, _, latitude, longitude in PLACES]
    cells += [[f"Lieu {index}", f"48.8{index}", f"2.3{index}"] for index in range(5)]
    cells[1][1], cells[1][2] = cells[1][2], cells[1][1]
    frame = wk.open_dataset(write_text(tmp_path, "lieux.csv", table(["nom", "latitude", "longitude"], cells)))
    assert report_of(frame).swapped_rows == [1], f"swapped rows: {report_of(frame).swapped_rows}"
    assert frame.loc[1, "latitude"] == pytest.approx(48.9021), "swapped row not put back"
    assert report_of(frame).outlier_rows == [], "a swapped row put back is not an outlier"


def test_columns_swapped_whole_file(tmp_path):
    cells = [[name, f"{longitude}", f"{latitude}"] for name, _, _, latitude, longitude in PLACES]
    frame = wk.open_dataset(write_text(tmp_path, "lieux.csv", table(["nom", "latitude", "longitude"], cells)))
    assert frame.loc[0, "latitude"] == pytest.approx(48.8241), "whole-column swap not put back"
    assert "swapped in the whole file" in str(report_of(frame)), "whole-column swap not reported"


def test_outlier_flagged_not_moved(tmp_path):
    cells = [[name, f"{latitude}", f"{longitude}"] for name, _, _, latitude, longitude in PLACES]
    cells += [[f"Lieu {index}", f"48.8{index}", f"2.3{index}"] for index in range(5)]
    cells.append(["Perdu", "43.60", "3.88"])
    frame = wk.open_dataset(write_text(tmp_path, "lieux.csv", table(["nom", "lat", "lon"], cells)))
    assert report_of(frame).outlier_rows == [9], f"outliers: {report_of(frame).outlier_rows}"
    assert frame.loc[9, "latitude"] == pytest.approx(43.60), "an outlier must stay where the file puts it"
    assert "very far" in str(report_of(frame)), "outlier not reported in the text"


def test_no_coordinates(tmp_path):
    frame = wk.open_dataset(write_text(tmp_path, "pop.csv", "codgeo;libgeo;p21_pop\n2A004;Ajaccio;73000\n01001;L'Abergement;800\n"))
    assert "latitude" not in frame.columns, "a table without places got a latitude column"
    assert report_of(frame).coordinate_source is None, "coordinate source should be None"
