"""Validation of a table against a Table Schema (the format of schema.data.gouv.fr).

Columns are matched by name: a schema field missing from the table blocks publishing,
an extra column is a warning. The matching columns are then validated by frictionless
with the schema's types and constraints, and every type or constraint error blocks,
because a file that claims a standard must follow it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from ..errors import WorkshopError
from .report import BLOCKING, WARNING, Problem
from .structure import map_errors, validate_frame

SCHEMAS_DIR = Path(__file__).resolve().parent.parent / "schemas"


def shipped_schemas() -> list[str]:
    """Names of the Table Schemas shipped in ``workshop_kit/schemas`` (``lieux``...)."""
    return sorted(path.name.removesuffix(".schema.json") for path in SCHEMAS_DIR.glob("*.schema.json"))


def load_schema_descriptor(schema) -> dict:
    """Return a Table Schema as a dict from a dict, a file path, or a shipped schema's name."""
    if isinstance(schema, dict):
        return schema
    if hasattr(schema, "to_descriptor"):
        return schema.to_descriptor()
    text = str(schema)
    path = SCHEMAS_DIR / f"{text}.schema.json" if text in shipped_schemas() else Path(text).expanduser()
    if not path.is_file():
        raise WorkshopError("quality.schema_not_found", schema=text, shipped=", ".join(shipped_schemas()))
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise WorkshopError("quality.schema_invalid", schema=text, error=str(error)) from error


def _frictionless_schema(fields: list[dict], descriptor: dict):
    from frictionless import Schema

    reduced = {"fields": fields}
    for key in ("missingValues", "primaryKey"):
        if key in descriptor:
            reduced[key] = descriptor[key]
    if "primaryKey" in reduced:
        names = {field["name"] for field in fields}
        keys = reduced["primaryKey"] if isinstance(reduced["primaryKey"], list) else [reduced["primaryKey"]]
        if not set(keys) <= names:
            del reduced["primaryKey"]
    return Schema.from_descriptor(reduced)


def check_schema(df: pd.DataFrame, schema) -> list[Problem]:
    """Validate ``df`` against ``schema``; return missing, extra and invalid columns."""
    descriptor = load_schema_descriptor(schema)
    fields = descriptor.get("fields") or []
    columns = [str(column) for column in df.columns]
    problems = []

    for field in fields:
        if field["name"] not in columns:
            severity = BLOCKING if (field.get("constraints") or {}).get("required") else WARNING
            problems.append(Problem("schema", severity, "quality.schema_missing_column", column=field["name"],
                                    values={"title": field.get("title") or field["name"]}))
    names = {field["name"] for field in fields}
    for column in columns:
        if column not in names:
            problems.append(Problem("schema", WARNING, "quality.schema_extra_column", column=column))

    present = [field for field in fields if field["name"] in columns]
    if present:
        table = df[[field["name"] for field in present]]
        errors = validate_frame(table, _frictionless_schema(present, descriptor))
        # Duplicate rows are a property of the whole table, which the structure check
        # reports. Rows of this column subset may repeat without the rows repeating.
        errors = [error for error in errors if error.type != "duplicate-row"]
        problems += map_errors(table, errors, "schema", BLOCKING)
    return problems
