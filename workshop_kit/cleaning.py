"""Cleaning helpers the lessons use after ``open_dataset``.

Each function takes a DataFrame and returns a new one (the input is never changed), and
prints one line in the learner's language saying what it did. Pass ``quiet=True`` to
silence that line.
"""

from __future__ import annotations

import re

import pandas as pd

from .errors import WorkshopError
from .i18n import message
from .reading.numbers import normalise_name

ORIGINAL_COLUMNS = "original_columns"


def _say(quiet: bool, key: str, **values) -> None:
    if not quiet:
        print(message(key, **values))


def _text_columns(frame: pd.DataFrame) -> list:
    return [column for column in frame.columns
            if pd.api.types.is_string_dtype(frame[column]) or frame[column].dtype == object]


def clean_column_names(frame: pd.DataFrame, quiet: bool = False) -> pd.DataFrame:
    """Rename columns to lower case ASCII words joined by "_" ("Code postal" becomes "code_postal").

    The map from each new name to the original one is kept in
    ``df.attrs["original_columns"]``; ``original_names(df)`` returns it.
    """
    # Names that are already clean keep them, so the "latitude" column open_dataset adds
    # stays "latitude" and the file's own "Latitude" becomes "latitude_2".
    already_clean = {column for column in frame.columns if normalise_name(column) == column}
    names: list[str] = []
    for position, column in enumerate(frame.columns, start=1):
        name = normalise_name(column) or f"column_{position}"
        unique, suffix = name, 2
        while unique in names or (unique in already_clean and unique != column):
            unique, suffix = f"{name}_{suffix}", suffix + 1
        names.append(unique)

    previous = frame.attrs.get(ORIGINAL_COLUMNS, {})
    mapping = {new: previous.get(old, old) for new, old in zip(names, frame.columns)}
    cleaned = frame.copy()
    cleaned.columns = names
    cleaned.attrs[ORIGINAL_COLUMNS] = mapping
    renamed = sum(1 for new, old in zip(names, frame.columns) if new != old)
    _say(quiet, "cleaning.columns_renamed", count=renamed)
    return cleaned


def original_names(frame: pd.DataFrame) -> dict:
    """Return the map from each cleaned column name to its name in the original file."""
    return dict(frame.attrs.get(ORIGINAL_COLUMNS, {column: column for column in frame.columns}))


def trim_spaces(frame: pd.DataFrame, quiet: bool = False) -> pd.DataFrame:
    """Remove spaces at both ends of text cells and collapse repeated inner spaces to one.

    Non-breaking spaces count as spaces. Cells left empty become missing values.
    """
    cleaned = frame.copy()
    changed = 0
    for column in _text_columns(frame):
        original = frame[column]
        present = original.notna()
        trimmed = original.astype("str").str.replace(r"[\s\u00a0]+", " ", regex=True).str.strip()
        trimmed = trimmed.where(present & (trimmed != ""))
        changed += int((present & (trimmed.astype("str") != original.astype("str"))).sum())
        cleaned[column] = trimmed.astype("str").where(trimmed.notna())
    _say(quiet, "cleaning.spaces_trimmed", count=changed)
    return cleaned


def split_values(frame: pd.DataFrame, column: str, separator: str = ";", quiet: bool = False) -> pd.DataFrame:
    """Split cells holding several values ("Sport; Culture") into one row per value.

    The other columns are repeated on each new row. Each new row keeps the index label of
    the row it came from, so rows split from the same cell share an index label.
    """
    if column not in frame.columns:
        raise WorkshopError("cleaning.column_not_found", column=column, columns=", ".join(map(str, frame.columns)))
    pattern = rf"\s*{re.escape(separator)}\s*"
    parts = frame[column].astype("str").where(frame[column].notna()).str.split(pattern, regex=True)
    parts = parts.map(_drop_empty_parts)
    exploded = frame.assign(**{column: parts}).explode(column)
    _say(quiet, "cleaning.values_split", column=column, before=len(frame), after=len(exploded))
    return exploded


def _drop_empty_parts(values):
    """Keep the non-empty parts of a split cell; a missing cell stays missing."""
    if not isinstance(values, list):
        return values
    return [value for value in values if value] or [None]


def drop_duplicates(frame: pd.DataFrame, quiet: bool = False) -> pd.DataFrame:
    """Remove rows that repeat an earlier row exactly, and print how many were removed."""
    unique_rows = frame.drop_duplicates()
    _say(quiet, "cleaning.duplicates_dropped", count=len(frame) - len(unique_rows), rows=len(unique_rows))
    return unique_rows


def missing_summary(frame: pd.DataFrame) -> pd.DataFrame:
    """Count the missing values of each column; empty and blank text cells count as missing.

    Returns a table with one row per column, sorted by the number missing, then by name.
    """
    counts = {}
    for column in frame.columns:
        series = frame[column]
        missing = series.isna()
        if column in _text_columns(frame):
            missing |= series.astype("str").str.strip().eq("") & series.notna()
        counts[column] = int(missing.sum())
    summary = pd.DataFrame(
        {
            message("cleaning.summary_column"): list(counts),
            message("cleaning.summary_missing"): list(counts.values()),
            message("cleaning.summary_percent"): [round(100 * count / max(len(frame), 1), 1) for count in counts.values()],
        }
    )
    missing_header = message("cleaning.summary_missing")
    column_header = message("cleaning.summary_column")
    return summary.sort_values([missing_header, column_header], ascending=[False, True]).reset_index(drop=True)
