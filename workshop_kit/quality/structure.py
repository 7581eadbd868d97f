"""Structural checks of a table through frictionless, plus the checks of its coordinates.

The frame is written to a temporary UTF-8 CSV exactly as ``publish`` would write it, and
frictionless validates that file. Its error types are mapped to catalog messages that
name the row (the DataFrame index label) and the column.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from ..exports.csv_package import write_csv
from ..exports.geojson import coordinate_columns
from .report import BLOCKING, WARNING, Problem, format_rows

# pandas names a column without a header "Unnamed: 3" when it reads a file.
_UNNAMED_COLUMN = re.compile(r"^Unnamed: \d+(_level_\d+)?$")

# Frictionless infers types from this many rows; the whole table is still validated.
INFERENCE_ROWS = 1000

# A position further than this from the middle of the other places is suspect (degrees,
# about 100 km), and is reported as swapped when swapping it brings it back.
SWAP_DISTANCE_DEGREES = 1.0


def validate_frame(df: pd.DataFrame, schema=None):
    """Validate ``df`` with frictionless and return the first task's errors.

    ``schema`` is a ``frictionless.Schema``; without one, frictionless infers the types.
    """
    from frictionless import Checklist, Detector, Resource, checks

    with tempfile.TemporaryDirectory(prefix="workshop-check-") as folder:
        write_csv(df, Path(folder) / "table.csv")
        options = {"path": "table.csv", "basepath": folder, "detector": Detector(sample_size=INFERENCE_ROWS)}
        if schema is not None:
            options["schema"] = schema
        resource = Resource(**options)
        report = resource.validate(checklist=Checklist(checks=[checks.duplicate_row()]))
    return report.tasks[0].errors


def _index_label(df: pd.DataFrame, row_number) -> object:
    """Turn frictionless's row number (header is row 1) into the frame's index label."""
    position = int(row_number) - 2
    if 0 <= position < len(df):
        label = df.index[position]
        return label.item() if hasattr(label, "item") else label
    return position


def _position_from_note(note: str):
    match = re.search(r'position "(\d+)"', note or "")
    return int(match.group(1)) if match else None


def map_errors(df: pd.DataFrame, errors, check: str, type_severity: str) -> list[Problem]:
    """Map frictionless errors to problems; type and constraint errors get ``type_severity``.

    Errors of one type in one column become one problem listing every row, so a column
    of 5,000 bad dates is one line of the report, not 5,000.
    """
    grouped: dict[tuple, list] = {}
    problems: list[Problem] = []
    # With a schema, frictionless compares only the schema's fields, so rows that share a
    # position but differ elsewhere would count as duplicates. Keep whole-row duplicates.
    whole_row_duplicates = set(np.flatnonzero(df.astype(str).duplicated().to_numpy()))

    for error in errors:
        kind = error.type
        column = getattr(error, "field_name", None) or getattr(error, "label", None)
        row_number = getattr(error, "row_number", None)
        row = _index_label(df, row_number) if row_number else None

        if kind in ("blank-label",):
            problems.append(Problem(check, BLOCKING, "quality.blank_label",
                                    values={"position": getattr(error, "field_number", "?")}))
        elif kind == "duplicate-label":
            problems.append(Problem(check, BLOCKING, "quality.duplicate_label", column=getattr(error, "label", column)))
        elif kind in ("missing-label", "extra-label", "incorrect-label"):
            problems.append(Problem(check, BLOCKING, f"quality.{kind.replace('-', '_')}", column=column,
                                    values={"expected": getattr(error, "field_name", "") or ""}))
        elif kind == "blank-row":
            grouped.setdefault(("quality.blank_rows", None, WARNING, ()), []).append(row)
        elif kind == "duplicate-row":
            if row_number is None or int(row_number) - 2 not in whole_row_duplicates:
                continue
            original = _position_from_note(error.note)
            grouped.setdefault(("quality.duplicate_rows", None, WARNING, ()), []).append(row)
            if original is not None:
                grouped.setdefault(("quality.duplicate_originals", None, None, ()), []).append(
                    _index_label(df, original))
        elif kind == "type-error":
            field_type = _field_type(error)
            grouped.setdefault(("quality.type_error", column, type_severity, (("type", field_type),)), []).append(row)
        elif kind == "constraint-error":
            constraint = _constraint_name(error.note)
            grouped.setdefault((f"quality.constraint_{constraint}", column, type_severity,
                                (("constraint", _constraint_value(error.note)),)), []).append(row)
        elif kind in ("unique-error", "primary-key"):
            grouped.setdefault(("quality.unique_error", column, type_severity, ()), []).append(row)
        else:
            problems.append(Problem(check, WARNING, "quality.other_error", column=column, row=row,
                                    values={"type": kind, "note": error.note or ""}))

    originals = grouped.pop(("quality.duplicate_originals", None, None, ()), [])
    for (key, column, severity, extra), rows in grouped.items():
        values = dict(extra)
        values["count"] = len(rows)
        if key == "quality.duplicate_rows":
            values["originals"] = format_rows(dict.fromkeys(originals))
        problems.append(Problem(check, severity, key, column=column, row=rows[0], rows=tuple(rows), values=values))
    return problems


def _field_type(error) -> str:
    match = re.search(r'type is "(\w+)', error.note or "")
    if match:
        return match.group(1)
    return getattr(error, "field_type", "") or ""


_KNOWN_CONSTRAINTS = ("required", "unique", "minimum", "maximum", "pattern", "enum", "minLength", "maxLength")


def _constraint_name(note: str) -> str:
    for name in _KNOWN_CONSTRAINTS:
        if f'"{name}"' in (note or ""):
            return name.lower()
    return "other"


def _constraint_value(note: str) -> str:
    """Return the value of a constraint from frictionless's note: ``constraint "x" is "v"``."""
    match = re.search(r'is "(.*)"$', note or "")
    return match.group(1) if match else (note or "")


def duplicate_label_problems(df: pd.DataFrame) -> list[Problem]:
    """Report each column name that appears more than once."""
    repeated = df.columns[df.columns.duplicated()].unique()
    return [Problem("structure", BLOCKING, "quality.duplicate_label", column=str(column)) for column in repeated]


def with_unique_labels(df: pd.DataFrame) -> pd.DataFrame:
    """Return ``df`` with repeated column names suffixed (``nom``, ``nom (2)``) so each
    column can be checked on its own; ``df`` itself when names are already unique."""
    if df.columns.is_unique:
        return df
    seen: dict = {}
    labels = []
    for column in df.columns:
        seen[column] = seen.get(column, 0) + 1
        labels.append(column if seen[column] == 1 else f"{column} ({seen[column]})")
    frame = df.copy()
    frame.columns = labels
    return frame


def header_problems(df: pd.DataFrame) -> list[Problem]:
    """Report columns that pandas named ``Unnamed: N`` because the file's header was blank."""
    problems = []
    for position, column in enumerate(df.columns, start=1):
        if _UNNAMED_COLUMN.match(str(column)):
            problems.append(Problem("structure", BLOCKING, "quality.unnamed_column", column=str(column),
                                    values={"position": position}))
    return problems


def missing_value_problems(df: pd.DataFrame) -> list[Problem]:
    """Report, per column, the rows with an empty cell, and the columns that are all empty."""
    problems = []
    for column in df.columns:
        values = df[column]
        if isinstance(values, pd.DataFrame):
            continue
        empty = values.isna()
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            empty |= values.astype("string").str.strip().fillna("") == ""
        count = int(empty.sum())
        if count == 0:
            continue
        if count == len(df):
            problems.append(Problem("structure", WARNING, "quality.empty_column", column=str(column)))
            continue
        rows = tuple(label.item() if hasattr(label, "item") else label for label in df.index[empty.to_numpy()])
        problems.append(Problem("structure", WARNING, "quality.missing_values", column=str(column),
                                row=rows[0], rows=rows, values={"count": count}))
    return problems


def padded_value_problems(df: pd.DataFrame) -> list[Problem]:
    """Report text cells with spaces before or after the value (``"  Platane "``), which
    make the same value count as two in filters and facets."""
    problems = []
    for column in df.columns:
        values = df[column]
        if not (values.dtype == object or pd.api.types.is_string_dtype(values)):
            continue
        text = values.astype("string")
        padded = (text.notna() & (text != text.str.strip())).fillna(False).astype(bool)
        if padded.any():
            rows = _labels(df, padded)
            problems.append(Problem("structure", WARNING, "quality.padded_values", column=str(column),
                                    row=rows[0], rows=rows))
    return problems


def coordinate_problems(df: pd.DataFrame) -> list[Problem]:
    """Check latitude and longitude: numbers, in range, present, and not swapped."""
    columns = coordinate_columns(df)
    if columns is None:
        return []
    latitude_column, longitude_column = columns
    latitudes = pd.to_numeric(df[latitude_column], errors="coerce")
    longitudes = pd.to_numeric(df[longitude_column], errors="coerce")
    problems = []

    not_numbers = (latitudes.isna() & df[latitude_column].notna()) | (longitudes.isna() & df[longitude_column].notna())
    if not_numbers.any():
        rows = _labels(df, not_numbers)
        problems.append(Problem("coordinates", BLOCKING, "quality.coordinates_not_numbers", column=latitude_column,
                                row=rows[0], rows=rows, values={"longitude": longitude_column}))

    out_of_range = (latitudes.abs() > 90) | (longitudes.abs() > 180)
    if out_of_range.any():
        rows = _labels(df, out_of_range)
        problems.append(Problem("coordinates", BLOCKING, "quality.coordinates_out_of_range", column=latitude_column,
                                row=rows[0], rows=rows, values={"longitude": longitude_column}))

    swapped = _swapped_positions(latitudes, longitudes) & ~out_of_range
    if swapped.any():
        rows = _labels(df, swapped)
        problems.append(Problem("coordinates", WARNING, "quality.coordinates_swapped", column=latitude_column,
                                row=rows[0], rows=rows, values={"longitude": longitude_column}))
    return problems


def _swapped_positions(latitudes: pd.Series, longitudes: pd.Series) -> pd.Series:
    """Mark rows far from the other places that come back among them once swapped."""
    if latitudes.notna().sum() < 3:
        return pd.Series(False, index=latitudes.index)
    middle_latitude, middle_longitude = latitudes.median(), longitudes.median()
    far = (latitudes - middle_latitude).abs() + (longitudes - middle_longitude).abs() > SWAP_DISTANCE_DEGREES
    near_once_swapped = ((longitudes - middle_latitude).abs() + (latitudes - middle_longitude).abs()
                         <= SWAP_DISTANCE_DEGREES)
    return (far & near_once_swapped).fillna(False)


def _labels(df: pd.DataFrame, mask: pd.Series) -> tuple:
    return tuple(label.item() if hasattr(label, "item") else label for label in df.index[mask.to_numpy()])


def check_structure(df: pd.DataFrame) -> list[Problem]:
    """Run every structural check on a frame without a Table Schema."""
    problems = header_problems(df)
    problems += map_errors(df, validate_frame(df), "structure", WARNING)
    problems += missing_value_problems(df)
    problems += padded_value_problems(df)
    problems += coordinate_problems(df)
    return problems
