"""UTF-8 CSV with a frictionless Data Package (``datapackage.json``) describing it.

The CSV is what a spreadsheet, a database and a script all read; the Data Package next
to it gives the title, licence and Table Schema (column names, types, constraints), so
a reuser can validate the file with ``frictionless validate datapackage.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from ..errors import WorkshopError
from ..files import write_text_atomic
from ..i18n import message
from .licences import licence_info


def write_json_atomic(path, document, indent: int | None = 2) -> Path:
    """Write ``document`` as UTF-8 JSON atomically; ``indent=None`` writes it compact."""
    separators = None if indent else (",", ":")
    return write_text_atomic(path, json.dumps(document, ensure_ascii=False, indent=indent, separators=separators) + "\n")


def frame_for_export(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy whose cells write cleanly: whole-number float columns become integers.

    A column of integers with one empty cell is float in pandas and would be written
    as ``12.0``, which a Table Schema ``integer`` field rejects.
    """
    frame = df.copy()
    for position in range(frame.shape[1]):
        values = frame.iloc[:, position]
        if pd.api.types.is_float_dtype(values):
            present = values.dropna()
            if len(present) and (present == present.round()).all() and present.abs().max() < 2**53:
                frame.isetitem(position, values.astype("Int64"))
        elif pd.api.types.is_datetime64_any_dtype(values):
            present = values.dropna()
            date_format = "%Y-%m-%d" if (present.dt.normalize() == present).all() else "%Y-%m-%dT%H:%M:%S"
            frame.isetitem(position, values.dt.strftime(date_format))
    return frame


def write_csv(df: pd.DataFrame, path) -> Path:
    """Write ``df`` as a comma-separated UTF-8 CSV without the index, atomically."""
    text = frame_for_export(df).to_csv(index=False, lineterminator="\n")
    return write_text_atomic(path, text)


def _field_type(values: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(values):
        return "boolean"
    if pd.api.types.is_integer_dtype(values):
        return "integer"
    if pd.api.types.is_float_dtype(values):
        present = values.dropna()
        if len(present) and (present == present.round()).all():
            return "integer"
        return "number"
    if pd.api.types.is_datetime64_any_dtype(values):
        present = values.dropna()
        return "date" if (present.dt.normalize() == present).all() else "datetime"
    return "string"


def table_schema(df: pd.DataFrame) -> dict:
    """Describe the frame's columns as a Table Schema, from the pandas types.

    ``latitude`` and ``longitude`` columns get their WGS84 range as constraints.
    """
    fields = []
    for column in df.columns:
        field = {"name": str(column), "type": _field_type(df[column])}
        lowered = str(column).strip().lower()
        if lowered in ("latitude", "lat") and field["type"] == "number":
            field["constraints"] = {"minimum": -90, "maximum": 90}
        elif lowered in ("longitude", "lon", "lng") and field["type"] == "number":
            field["constraints"] = {"minimum": -180, "maximum": 180}
        fields.append(field)
    return {"fields": fields, "missingValues": [""]}


def data_package(metadata: dict, resources: list[dict]) -> dict:
    """Build a Data Package descriptor for ``resources`` with the dataset's metadata."""
    descriptor = {
        "name": str(metadata["id"]),
        "title": str(metadata.get("title") or ""),
        "description": str(metadata.get("description") or ""),
    }
    licence = licence_info(metadata.get("licence"))
    if licence:
        descriptor["licenses"] = [{"name": licence["spdx"], "path": licence["url"], "title": licence["title"]}]
    if metadata.get("keywords"):
        descriptor["keywords"] = [str(keyword) for keyword in metadata["keywords"]]
    if metadata.get("publisher"):
        descriptor["contributors"] = [{"title": str(metadata["publisher"]), "role": "publisher"}]
    if metadata.get("version"):
        descriptor["version"] = str(metadata["version"])
    descriptor["resources"] = resources
    return descriptor


def csv_resource(name: str, path: str, schema: dict) -> dict:
    return {
        "name": name,
        "path": path,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def write_csv_package(df: pd.DataFrame, folder, metadata: dict, schema: dict | None = None) -> dict[str, Path]:
    """Write ``<id>.csv`` and ``datapackage.json`` into ``folder``; return their paths.

    ``schema`` is the Table Schema the data follows (a dict); without one it is
    inferred from the frame's types.
    """
    if not str(metadata.get("id") or "").strip():
        raise WorkshopError("exports.missing_id")
    folder = Path(folder)
    csv_name = f"{metadata['id']}.csv"
    csv_path = write_csv(df, folder / csv_name)
    descriptor = data_package(metadata, [csv_resource(str(metadata["id"]), csv_name, schema or table_schema(df))])
    package_path = write_json_atomic(folder / "datapackage.json", descriptor)
    return {"csv": csv_path, "datapackage": package_path}


def validate_package(path) -> list[str]:
    """Validate a ``datapackage.json`` and its data with frictionless; return the errors.

    Each error is a line in the learner's language; the detail is frictionless's own
    English message.
    """
    from frictionless import Package

    path = Path(path)
    package = Package(path.name, basepath=str(path.parent))
    report = package.validate()
    errors = []
    for task in report.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None)
            if row:
                errors.append(message("exports.package_error", resource=task.name, row=row, type=error.type,
                                      detail=error.message))
            else:
                errors.append(message("exports.package_error_no_row", resource=task.name, type=error.type,
                                      detail=error.message))
    errors += [message("exports.package_error_no_row", resource=path.name, type=error.type, detail=error.message)
               for error in report.errors]
    return errors
