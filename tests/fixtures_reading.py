"""Small files for the open_dataset tests, written byte by byte into a test's tmp_path.

Each builder returns the Path it wrote. The same four places appear in every format, so
tests can assert the same values: row 2 (0-based) is the crèche, postcode "01100", at
latitude 48.8503.
"""

from __future__ import annotations

import json
from pathlib import Path


def report_of(frame):
    """Return the detection report open_dataset attached to ``frame``."""
    return frame.attrs["workshop_report"]


PLACES = [
    ("Médiathèque Jules-Verne", "Issy-les-Moulineaux", "92130", 48.8241, 2.2735),
    ("Café de l’Église", "Bondy", "93140", 48.9021, 2.4830),
    ("Crèche « Les Pâquerettes »", "Châteauneuf", "01100", 48.8503, 2.3012),
    ("École élémentaire Françoise-Dolto", "Besançon", "25000", 48.8610, 2.3400),
]
HEADER = ("nom", "ville", "code_postal", "latitude", "longitude")


def places_text(delimiter: str = ";", decimal: str = ",", newline: str = "\n", header: bool = True,
                ascii_quotes: bool = False) -> str:
    """Return the places as delimited text, numbers written with ``decimal``."""
    lines = [delimiter.join(HEADER)] if header else []
    for name, city, postcode, latitude, longitude in PLACES:
        if ascii_quotes:
            name = name.replace("’", "'").replace("« ", '"').replace(" »", '"').replace('"', "")
        cells = [name, city, postcode, str(latitude).replace(".", decimal), str(longitude).replace(".", decimal)]
        lines.append(delimiter.join(cells))
    return newline.join(lines) + newline


def write_bytes(folder: Path, name: str, data: bytes) -> Path:
    path = Path(folder) / name
    path.write_bytes(data)
    return path


def write_text(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` with ``encoding`` exactly; "utf-8-sig" and "utf-16" add their BOM."""
    return write_bytes(folder, name, text.encode(encoding))


def write_xlsx_hidden_first_sheet(folder: Path, name: str = "lieux.xlsx") -> Path:
    """A workbook whose first sheet is hidden and empty; the places are on sheet "Lieux"."""
    import openpyxl

    workbook = openpyxl.Workbook()
    hidden = workbook.active
    hidden.title = "Feuil3"
    hidden.sheet_state = "hidden"
    sheet = workbook.create_sheet("Lieux")
    sheet.append(["Nom", "Ville", "Code postal", "Latitude", "Longitude"])
    for name, city, postcode, latitude, longitude in PLACES:
        sheet.append([name, city, postcode, latitude, longitude])
    workbook.create_sheet("Notes").append(["Source : ville"])
    path = Path(folder) / name
    workbook.save(path)
    return path


def write_xls(folder: Path, name: str = "lieux.xls") -> Path:
    """A legacy Excel 97 workbook written with xlwt; postcodes as numbers, like old exports."""
    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    sheet = workbook.add_sheet("Lieux")
    for column, title in enumerate(["Nom", "Ville", "CP", "Latitude", "Longitude"]):
        sheet.write(0, column, title)
    for row, (name, city, postcode, latitude, longitude) in enumerate(PLACES, start=1):
        for column, value in enumerate([name, city, int(postcode), latitude, longitude]):
            sheet.write(row, column, value)
    path = Path(folder) / name
    workbook.save(str(path))
    return path


def write_json(folder: Path, name: str, document) -> Path:
    return write_text(folder, name, json.dumps(document, ensure_ascii=False))


def plain_records() -> list[dict]:
    return [
        {"nom": name, "ville": city, "cp": postcode, "lat": latitude, "lon": longitude}
        for name, city, postcode, latitude, longitude in PLACES
    ]


def ods_v1_records() -> list[dict]:
    """Records shaped like OpenDataSoft's API v1 ``/records/download`` JSON."""
    return [
        {
            "datasetid": "lieux",
            "recordid": f"r{index}",
            "fields": {"nom": name, "ville": city, "code_postal": postcode, "geo_point_2d": [latitude, longitude]},
            "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
            "record_timestamp": "2026-01-05T10:00:00+00:00",
        }
        for index, (name, city, postcode, latitude, longitude) in enumerate(PLACES)
    ]


def ods_v21_results() -> dict:
    """A response shaped like OpenDataSoft's Explore API v2.1 ``/records`` endpoint."""
    return {
        "total_count": len(PLACES),
        "results": [
            {"nom": name, "ville": city, "code_postal": postcode, "geo_point_2d": {"lon": longitude, "lat": latitude}}
            for name, city, postcode, latitude, longitude in PLACES
        ],
    }


def geojson_points(multipoint_rows=(), crs_name: str | None = None, coordinates=None) -> dict:
    """A FeatureCollection of the places; ``coordinates`` replaces their (x, y) pairs."""
    features = []
    for index, (name, city, postcode, latitude, longitude) in enumerate(PLACES):
        x, y = coordinates[index] if coordinates else (longitude, latitude)
        geometry = {"type": "Point", "coordinates": [x, y]}
        if index in multipoint_rows:
            geometry = {"type": "MultiPoint", "coordinates": [[x, y]]}
        features.append({"type": "Feature", "properties": {"nom": name, "code_postal": postcode, "vide": ""},
                         "geometry": geometry})
    document = {"type": "FeatureCollection", "features": features}
    if crs_name:
        document["crs"] = {"type": "name", "properties": {"name": crs_name}}
    return document


def lambert93(latitude: float, longitude: float) -> tuple[float, float]:
    """Project a WGS84 position to Lambert-93 (x, y) metres with pyproj."""
    from pyproj import Transformer

    transformer = Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
    return transformer.transform(longitude, latitude)
