"""GeoJSON as RFC 7946 defines it: a FeatureCollection of Points in WGS84.

RFC 7946 fixes the coordinate reference system to WGS84 with longitude first and removed
the old ``crs`` member (section 4). It also recommends no more precision than needed
(section 11.2). Seven decimals are about 1 cm, so positions are rounded to 7 decimals.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from ..errors import WorkshopError
from .csv_package import write_json_atomic

DECIMALS = 7

# Accepted names of the coordinate columns, compared without case.
LATITUDE_NAMES = ("latitude", "lat")
LONGITUDE_NAMES = ("longitude", "lon", "lng", "long")

# The members RFC 7946 requires, as a JSON Schema (draft 7) for a FeatureCollection of
# Points; ``validate_geojson`` adds the checks a schema cannot express.
POINT_COLLECTION_SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "required": ["type", "features"],
    "not": {"required": ["crs"]},
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "geometry", "properties"],
                "not": {"required": ["crs"]},
                "properties": {
                    "type": {"const": "Feature"},
                    "properties": {"type": ["object", "null"]},
                    "geometry": {
                        "type": "object",
                        "required": ["type", "coordinates"],
                        "properties": {
                            "type": {"const": "Point"},
                            "coordinates": {
                                "type": "array",
                                "minItems": 2,
                                "maxItems": 3,
                                "items": {"type": "number"},
                                "prefixItems": [
                                    {"minimum": -180, "maximum": 180},
                                    {"minimum": -90, "maximum": 90},
                                ],
                            },
                        },
                    },
                },
            },
        },
    },
}


def coordinate_columns(df: pd.DataFrame) -> tuple[str, str] | None:
    """Return the (latitude, longitude) column names of ``df``, or None when it has none."""
    by_lower = {str(column).strip().lower(): column for column in df.columns}
    latitude = next((by_lower[name] for name in LATITUDE_NAMES if name in by_lower), None)
    longitude = next((by_lower[name] for name in LONGITUDE_NAMES if name in by_lower), None)
    if latitude is None or longitude is None:
        return None
    return latitude, longitude


def has_places(df: pd.DataFrame) -> bool:
    """True when ``df`` has coordinate columns with at least one numeric position."""
    columns = coordinate_columns(df)
    if columns is None:
        return False
    latitudes = pd.to_numeric(df[columns[0]], errors="coerce")
    longitudes = pd.to_numeric(df[columns[1]], errors="coerce")
    return bool((latitudes.notna() & longitudes.notna()).any())


def _json_value(value):
    """Turn a cell into a JSON value: NaN and NA become null, dates ISO 8601 text."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, (pd.Timestamp, datetime, date)):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def to_geojson(df: pd.DataFrame) -> dict:
    """Convert the rows of ``df`` that have a position into a FeatureCollection of Points.

    Every column other than latitude and longitude becomes a property.
    """
    columns = coordinate_columns(df)
    if columns is None:
        return {"type": "FeatureCollection", "features": []}
    latitude_column, longitude_column = columns
    latitudes = pd.to_numeric(df[latitude_column], errors="coerce")
    longitudes = pd.to_numeric(df[longitude_column], errors="coerce")
    property_columns = [column for column in df.columns if column not in columns]
    records = df[property_columns].to_dict(orient="records")

    features = []
    for latitude, longitude, record in zip(latitudes.tolist(), longitudes.tolist(), records):
        if not (math.isfinite(latitude) and math.isfinite(longitude)):
            continue
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(longitude, DECIMALS), round(latitude, DECIMALS)]},
            "properties": {str(column): _json_value(value) for column, value in record.items()},
        })
    return {"type": "FeatureCollection", "features": features}


def write_geojson(df: pd.DataFrame, path) -> Path:
    """Write the places of ``df`` as an RFC 7946 GeoJSON file, atomically and compact."""
    if coordinate_columns(df) is None:
        raise WorkshopError("exports.no_coordinates", columns=", ".join(str(column) for column in df.columns))
    return write_json_atomic(Path(path), to_geojson(df), indent=None)


def validate_geojson(document) -> list[str]:
    """Check a GeoJSON document against RFC 7946 for Points; return the errors found.

    The JSON Schema checks the members and the ranges (longitude first, so a latitude
    beyond ±90 in second place is caught); this function adds the 7-decimal limit.
    """
    import jsonschema

    if isinstance(document, (str, Path)):
        document = json.loads(Path(document).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(POINT_COLLECTION_SCHEMA)
    errors = [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(root)'}: {error.message}"
        for error in validator.iter_errors(document)
    ]
    for number, feature in enumerate(document.get("features") or []):
        coordinates = ((feature or {}).get("geometry") or {}).get("coordinates") or []
        for value in coordinates:
            text = repr(value)
            if isinstance(value, float) and "e" not in text and len(text.split(".")[-1]) > DECIMALS:
                errors.append(f"features/{number}/geometry/coordinates: {value} has more than {DECIMALS} decimals")
    return errors
