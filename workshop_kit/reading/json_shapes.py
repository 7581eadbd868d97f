"""JSON shapes found on open-data portals, flattened into one row per record.

- a plain array of records: ``[{"nom": ..., "lat": ...}, ...]``;
- OpenDataSoft API v1 records: ``[{"fields": {...}, "geometry": {...}}]``, bare or under
  ``{"records": [...]}``;
- OpenDataSoft Explore API v2.1: ``{"total_count": n, "results": [{...}]}``, where
  ``geo_point_2d`` is ``{"lon": ..., "lat": ...}``;
- GeoJSON FeatureCollection (Point, MultiPoint and other geometries), with the legacy
  ``crs`` member QGIS still writes;
- Citadel JSON, read with ``workshop_kit.formats.citadel.citadel_to_frame``.
"""

from __future__ import annotations

import json

import pandas as pd

from ..errors import WorkshopError
from ..formats.citadel import citadel_to_frame, is_citadel
from .coordinates import GEOMETRY_X, GEOMETRY_Y, geometry_centre
from .report import DetectionReport
from .sources import RawSource


def load_json(raw: RawSource, report: DetectionReport):
    """Parse JSON written in UTF-8 (with or without BOM), or in Windows-1252 as some old exports are."""
    try:
        text = raw.data.decode("utf-8-sig")
        report.encoding = "UTF-8"
    except UnicodeDecodeError:
        text = raw.data.decode("cp1252", errors="replace")
        report.encoding = "Windows-1252"
    try:
        return json.loads(text)
    except ValueError as error:
        raise WorkshopError("reading.invalid_json", path=raw.name, line=getattr(error, "lineno", "?")) from None


def read_json_table(raw: RawSource, report: DetectionReport) -> tuple[pd.DataFrame, str | None]:
    """Return the table and the CRS the document declares (None for WGS84 or unknown)."""
    document = load_json(raw, report)

    if is_citadel(document):
        report.kind = "Citadel JSON"
        report.coordinate_source = "posList"
        return citadel_to_frame(document), None

    if isinstance(document, dict) and document.get("type") == "FeatureCollection":
        report.kind = "GeoJSON"
        return _features_frame(document.get("features") or []), _declared_crs(document)

    records = _records(document)
    if records is None:
        raise WorkshopError("reading.json_not_table", path=raw.name)

    if records and all(isinstance(record, dict) and isinstance(record.get("fields"), dict) for record in records):
        report.kind = "JSON (OpenDataSoft v1)"
        return _ods_v1_frame(records), None
    report.kind = "JSON (OpenDataSoft v2.1)" if isinstance(document, dict) and "results" in document else "JSON"
    return _flat_frame(records), None


def _records(document):
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in ("results", "records", "data", "items", "features"):
            if isinstance(document.get(key), list):
                return document[key]
    return None


def _declared_crs(document: dict) -> str | None:
    name = ((document.get("crs") or {}).get("properties") or {}).get("name")
    if not name or "CRS84" in str(name).upper() or str(name).endswith(("4326", ":4326")):
        return None
    return str(name)


def _features_frame(features: list) -> pd.DataFrame:
    rows = []
    for feature in features:
        row = dict(feature.get("properties") or {})
        geometry = feature.get("geometry")
        latitude, longitude = geometry_centre(geometry) if geometry else (float("nan"), float("nan"))
        # Coordinates stay in the file's units here: the coordinates module reprojects them.
        row[GEOMETRY_Y], row[GEOMETRY_X] = latitude, longitude
        rows.append(_flatten(row))
    return pd.DataFrame(rows)


def _ods_v1_frame(records: list) -> pd.DataFrame:
    rows = []
    for record in records:
        row = dict(record["fields"])
        geometry = record.get("geometry")
        if geometry:
            row[GEOMETRY_Y], row[GEOMETRY_X] = geometry_centre(geometry)
        rows.append(_flatten(row))
    return pd.DataFrame(rows)


def _flat_frame(records: list) -> pd.DataFrame:
    return pd.DataFrame([_flatten(record) if isinstance(record, dict) else {"value": record} for record in records])


def _flatten(row: dict) -> dict:
    """Turn nested cells into columns a table can hold."""
    flat = {}
    for key, value in row.items():
        if isinstance(value, dict) and {"lat", "lon"} <= set(value):
            # Explore v2.1 writes geo_point_2d as {"lon": ..., "lat": ...}.
            flat[f"{key}"] = f"{value['lat']}, {value['lon']}"
        elif isinstance(value, dict) and value.get("type") in ("Feature", "Point", "MultiPoint", "LineString",
                                                               "Polygon", "MultiPolygon", "MultiLineString"):
            flat[key] = json.dumps(value)
        elif isinstance(value, list) and all(not isinstance(item, (dict, list)) for item in value):
            flat[key] = "; ".join(str(item) for item in value)
        elif isinstance(value, (dict, list)):
            flat[key] = json.dumps(value, ensure_ascii=False)
        else:
            flat[key] = value
    return flat
