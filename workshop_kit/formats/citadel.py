"""Citadel JSON: the points-of-interest format of the Citadel on the Move project.

A Citadel JSON file holds one ``dataset`` object: its id, creation and update dates,
language, author, licence, link, update frequency, and a ``poi`` list. Each POI has a
title, a description, a list of categories, a position written as ``"lat lon"`` (WGS84
degrees, one space) under ``location.point.pos.posList``, an address (value, postal
code, city), and ``attribute`` entries. An attribute's ``tplIdentifier`` tells an app
template what the value is: ``#Citadel_telephone``, ``#Citadel_website``,
``#Citadel_email``, ``#Citadel_image``, or an empty string for any other information.

``citadel_schema.json`` beside this module is the project's own JSON Schema (draft 4)
with the same required members and ``posList`` pattern as the schema published with the
Citadel converter.
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..files import write_text_atomic

SRS_WGS84 = "http://www.opengis.net/def/crs/EPSG/0/4326"
SCHEMA_PATH = Path(__file__).with_name("citadel_schema.json")

# Column role -> (tplIdentifier, attribute type, attribute term).
ATTRIBUTE_ROLES = {
    "phone": ("#Citadel_telephone", "tel", "Tel"),
    "website": ("#Citadel_website", "url", "url"),
    "email": ("#Citadel_email", "email", "Email"),
    "image": ("#Citadel_image", "url", "Image"),
}
ROLE_BY_IDENTIFIER = {identifier: role for role, (identifier, _, _) in ATTRIBUTE_ROLES.items()}

# Roles that map to the fixed members of a POI rather than to attributes.
POI_ROLES = ("id", "title", "description", "category", "address", "postal_code", "city")
CATEGORY_SEPARATOR = ";"


def _text(value) -> str:
    """Return a cell as text, with missing values (None, NaN, NA) as an empty string."""
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _timestamp(value=None) -> str:
    """Format a date the way Citadel files write it: ``20121030T09:38:21+00:00``."""
    moment = value or datetime.now(timezone.utc).replace(microsecond=0)
    return moment.strftime("%Y%m%dT%H:%M:%S") + moment.strftime("%z")[:3] + ":" + moment.strftime("%z")[3:]


def format_pos_list(latitude: float, longitude: float) -> str:
    """Write a WGS84 position as Citadel's ``"lat lon"`` string (7 decimals, about 1 cm)."""
    return f"{latitude:.7f} {longitude:.7f}"


def parse_pos_list(text: str) -> tuple[float, float]:
    """Read Citadel's ``"lat lon"`` string into (latitude, longitude)."""
    parts = str(text).replace(",", " ").split()
    if len(parts) != 2:
        raise ValueError(f"posList {text!r} is not two numbers 'latitude longitude'.")
    return float(parts[0]), float(parts[1])


def _categories(value) -> list[str]:
    """Split a category cell into Citadel's list: one or more names separated by ';'."""
    if isinstance(value, (list, tuple)):
        names = [_text(item) for item in value]
    else:
        names = [part.strip() for part in _text(value).split(CATEGORY_SEPARATOR)]
    unique = []
    for name in names:
        if name and name not in unique:
            unique.append(name)
    return unique


def to_citadel(df: pd.DataFrame, mapping: dict, metadata: dict) -> dict:
    """Convert a table of places into a Citadel JSON document (a dict).

    ``df`` must have ``latitude`` and ``longitude`` columns in WGS84 degrees; rows
    without a position are skipped, because a POI without a point is invalid Citadel.
    ``mapping`` maps a role (``title``, ``description``, ``category``, ``address``,
    ``postal_code``, ``city``, ``phone``, ``website``, ``email``, ``image``, ``id``) to a
    column name. Every other column becomes an attribute with an empty ``tplIdentifier``
    unless it is listed in ``mapping["extra"]`` as a narrower set.
    ``metadata`` gives ``id``, ``lang``, ``author``, ``licence`` (its term), ``licence_url``,
    ``link``, ``update_frequency``, and optionally ``created`` and ``updated``.
    """
    used_columns = {column for role, column in mapping.items() if role != "extra" and column}
    used_columns |= {"latitude", "longitude"}
    extra_columns = mapping.get("extra")
    if extra_columns is None:
        extra_columns = [column for column in df.columns if column not in used_columns]

    pois = []
    # Plain dicts are faster to walk than iterrows(), which builds a Series for every row.
    for position, row in enumerate(df.to_dict("records"), start=1):
        latitude, longitude = row.get("latitude"), row.get("longitude")
        if not _is_number(latitude) or not _is_number(longitude):
            continue
        pois.append(_poi_from_row(row, position, mapping, extra_columns, metadata))

    now = _timestamp()
    dataset = {
        "id": str(metadata.get("id") or "dataset"),
        "updated": metadata.get("updated") or now,
        "created": metadata.get("created") or now,
        "lang": metadata.get("lang") or "fr-FR",
        "author": {"id": str(metadata.get("author_url") or ""), "value": str(metadata.get("author") or "")},
        "license": {"href": str(metadata.get("licence_url") or ""), "term": str(metadata.get("licence") or "")},
        "link": {"href": str(metadata.get("link") or ""), "term": "source"},
        "updatefrequency": str(metadata.get("update_frequency") or ""),
        "poi": pois,
    }
    return {"dataset": dataset}


def _is_number(value) -> bool:
    try:
        return value is not None and math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def _poi_from_row(row, position: int, mapping: dict, extra_columns, metadata: dict) -> dict:
    def cell(role: str) -> str:
        column = mapping.get(role)
        return _text(row.get(column)) if column else ""

    categories = _categories(row.get(mapping["category"])) if mapping.get("category") else []
    attributes = []
    for role, (identifier, value_type, term) in ATTRIBUTE_ROLES.items():
        value = cell(role)
        if value:
            attributes.append({"term": term, "type": value_type, "text": value, "tplIdentifier": identifier})
    for column in extra_columns:
        value = _text(row.get(column))
        if value:
            attributes.append({"term": str(column), "type": "string", "text": value, "tplIdentifier": ""})

    return {
        "id": cell("id") or f"{metadata.get('id') or 'poi'}_{position}",
        "title": cell("title"),
        "description": cell("description"),
        "category": categories or [str(metadata.get("default_category") or "POI")],
        "location": {
            "point": {
                "term": "centroid",
                "pos": {"srsName": SRS_WGS84, "posList": format_pos_list(float(row["latitude"]), float(row["longitude"]))},
            },
            "address": {"value": cell("address"), "postal": cell("postal_code"), "city": cell("city")},
        },
        "attribute": attributes,
    }


def dumps_citadel(document: dict) -> str:
    """Serialise a Citadel document with one POI per line.

    The dataset members are indented for reading. Each POI is written compactly on its
    own line, so a large file stays readable line by line. The json module of CPython
    3.11 uses its C encoder only when ``indent`` is None, which is the case per POI.
    """
    dataset = document["dataset"]
    lines = ["{", '  "dataset": {']
    for key, value in dataset.items():
        if key != "poi":
            lines.append(f"    {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    pois = [f"      {json.dumps(poi, ensure_ascii=False)}" for poi in dataset.get("poi") or []]
    if pois:
        lines += ['    "poi": [', ",\n".join(pois), "    ]"]
    else:
        lines.append('    "poi": []')
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"


def write_citadel(document: dict, path) -> Path:
    """Write a Citadel JSON document to ``path`` atomically (temporary file, then rename)."""
    return write_text_atomic(path, dumps_citadel(document))


def is_citadel(document) -> bool:
    """Return True when a parsed JSON document looks like Citadel JSON."""
    return isinstance(document, dict) and isinstance(document.get("dataset"), dict) and "poi" in document["dataset"]


def citadel_to_frame(document: dict) -> pd.DataFrame:
    """Turn a Citadel JSON document into a table with one row per POI.

    Columns: ``id``, ``title``, ``description``, ``category`` (categories joined by
    ``"; "``), ``address``, ``postal_code``, ``city``, ``latitude``, ``longitude``, then
    ``phone``, ``website``, ``email``, ``image`` for attributes marked with those
    ``tplIdentifier`` values, then one column per other attribute term. Postal codes stay
    text.
    """
    rows = []
    for poi in document["dataset"].get("poi") or []:
        location = poi.get("location") or {}
        position = ((location.get("point") or {}).get("pos") or {}).get("posList")
        address = location.get("address") or {}
        latitude, longitude = parse_pos_list(position) if position else (math.nan, math.nan)
        row = {
            "id": poi.get("id"),
            "title": poi.get("title"),
            "description": poi.get("description"),
            "category": f"{CATEGORY_SEPARATOR} ".join(poi.get("category") or []),
            "address": address.get("value"),
            "postal_code": address.get("postal"),
            "city": address.get("city"),
            "latitude": latitude,
            "longitude": longitude,
        }
        for attribute in poi.get("attribute") or []:
            role = ROLE_BY_IDENTIFIER.get(attribute.get("tplIdentifier") or "")
            column = role or str(attribute.get("term") or "attribute")
            if column not in row or row[column] in (None, ""):
                row[column] = attribute.get("text")
        rows.append(row)

    frame = pd.DataFrame(rows)
    for column in ("postal_code", "id"):
        if column in frame:
            frame[column] = frame[column].astype("string")
    return frame


def read_citadel(path) -> pd.DataFrame:
    """Read a Citadel JSON file into a table (see ``citadel_to_frame``)."""
    with open(path, encoding="utf-8-sig") as handle:
        return citadel_to_frame(json.load(handle))


def citadel_metadata(document: dict) -> dict:
    """Return the dataset-level members of a Citadel document (everything but ``poi``)."""
    return {key: value for key, value in document["dataset"].items() if key != "poi"}


def validate_citadel(document: dict) -> list[str]:
    """Validate a document against ``citadel_schema.json``; return the error messages.

    A schema compiled by fastjsonschema checks valid documents quickly. Only when it finds
    a problem does jsonschema walk the document again to list every error with its path.
    """
    import fastjsonschema

    try:
        _compiled_schema()(document)
        return []
    except fastjsonschema.JsonSchemaException:
        pass

    import jsonschema

    validator = jsonschema.Draft4Validator(_schema())
    return [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(root)'}: {error.message}"
        for error in sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    ]


@lru_cache(maxsize=1)
def _schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _compiled_schema():
    import fastjsonschema

    return fastjsonschema.compile(_schema())
