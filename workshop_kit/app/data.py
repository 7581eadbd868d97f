"""Turn the learner's input into the table of places and the compact payload an app reads.

The payload is JSON, written column by column so 100,000 places stay small: one array
per field, and for fields with few distinct values (category, city, postal code) a list
of the distinct values plus one small integer per place.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd

from ..errors import WorkshopError
from ..formats.citadel import citadel_metadata, citadel_to_frame, is_citadel
from .mapping import ROLES, is_position_column, position_columns

# A field whose distinct values are fewer than this share of the places is dictionary-coded.
DICTIONARY_SHARE = 0.5
# Kind of link the app builds for a role; every other field is plain text.
LINK_KINDS = {"phone": "tel", "website": "url", "email": "email", "image": "image"}
# 6 decimals of a degree is about 11 cm, more than a phone's GPS can tell.
COORDINATE_DECIMALS = 6


def load_places(data) -> tuple[pd.DataFrame, dict]:
    """Return (table, dataset metadata) from a DataFrame or the path of a Citadel JSON file.

    The table gets numeric ``latitude`` and ``longitude`` columns. A Citadel file's
    dataset members (licence, link, dates) become the metadata; a DataFrame has none.
    """
    if isinstance(data, pd.DataFrame):
        return with_positions(data), {}

    if isinstance(data, (str, Path)):
        path = Path(data).expanduser()
        if not path.is_file():
            raise WorkshopError("core.file_not_found", path=path)
        try:
            document = json.loads(path.read_text(encoding="utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise WorkshopError("app.not_citadel", path=path, error=error) from error
        if not is_citadel(document):
            raise WorkshopError("app.not_citadel", path=path, error="no dataset.poi")
        return with_positions(citadel_to_frame(document)), citadel_metadata(document)

    raise WorkshopError("app.bad_input", kind=type(data).__name__)


def with_positions(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``df`` with numeric ``latitude``/``longitude`` columns in WGS84 degrees.

    Columns named Latitude, lat, Longitude, lon or lng are renamed; other columns named
    like a position are dropped, so the app shows no duplicate. Decimal commas ("48,82")
    are read as decimal points. Rows without a valid position are dropped.
    """
    columns = position_columns(df)
    if not columns:
        raise WorkshopError("app.no_position", columns=", ".join(map(str, df.columns)))
    latitude, longitude = columns
    duplicates = [column for column in df.columns if is_position_column(column) and column not in columns]
    table = df.drop(columns=duplicates).rename(columns={latitude: "latitude", longitude: "longitude"})

    for column in ("latitude", "longitude"):
        values = table[column]
        if not pd.api.types.is_numeric_dtype(values):
            values = values.astype("string").str.strip().str.replace(",", ".", regex=False)
        table[column] = pd.to_numeric(values, errors="coerce")

    valid = table["latitude"].between(-90, 90) & table["longitude"].between(-180, 180)
    table = table[valid].reset_index(drop=True)
    if table.empty:
        raise WorkshopError("app.no_valid_position", count=len(df))
    return table


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return str(int(value))
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value).strip()


def _encode_column(texts: list[str]) -> dict:
    """Encode one field: ``{"values": [...]}`` or ``{"dictionary": [...], "codes": [...]}``."""
    distinct = sorted(set(texts))
    if len(texts) >= 20 and len(distinct) <= DICTIONARY_SHARE * len(texts):
        position = {text: index for index, text in enumerate(distinct)}
        return {"dictionary": distinct, "codes": [position[text] for text in texts]}
    return {"values": texts}


def build_payload(table: pd.DataFrame, mapping: dict) -> dict:
    """Return the places part of the app's data: positions and every field, column by column.

    Each field is ``{"name", "role", "kind", ...encoded values}``. Mapped roles come first
    in ``ROLES`` order, then every other column in table order, so the detail page shows
    every attribute.
    """
    role_by_column = {column: role for role, column in mapping.items() if column}
    ordered = [mapping[role] for role in ROLES if mapping.get(role)]
    ordered += [column for column in table.columns if column not in role_by_column and column not in ("latitude", "longitude")]

    fields = []
    for column in ordered:
        role = role_by_column.get(column, "")
        texts = [_cell_text(value) for value in table[column].tolist()]
        if not any(texts):
            continue
        field = {"name": str(column), "role": role, "kind": LINK_KINDS.get(role, "text")}
        field.update(_encode_column(texts))
        fields.append(field)

    return {
        "count": len(table),
        "lat": [round(float(value), COORDINATE_DECIMALS) for value in table["latitude"]],
        "lon": [round(float(value), COORDINATE_DECIMALS) for value in table["longitude"]],
        "fields": fields,
    }


def category_names(table: pd.DataFrame, mapping: dict, separator: str = ";") -> list[str]:
    """Return the distinct categories of the places, most frequent first."""
    column = mapping.get("category")
    if not column:
        return []
    counts: dict[str, int] = {}
    for value in table[column].tolist():
        for name in _cell_text(value).split(separator):
            name = name.strip()
            if name:
                counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda name: (-counts[name], name))


def to_script_json(document) -> str:
    """Serialise ``document`` for a ``<script type="application/json">`` block.

    ``<`` is written as ``\\u003c`` so no value can close the script element (``</script>``)
    or open an HTML comment; JSON.parse reads it back unchanged.
    """
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
