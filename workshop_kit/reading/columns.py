"""Column names and column types shared by every reader (CSV, Excel, JSON)."""

from __future__ import annotations

import pandas as pd

from . import dates, numbers
from .report import DetectionReport

# Rows of a column looked at to decide its type; the whole column is then converted.
SAMPLE_ROWS = 2000


def clean_header(names, report: DetectionReport) -> list[str]:
    """Strip padded header names (" BP " becomes "BP"), name empty ones and make all unique."""
    cleaned: list[str] = []
    for position, name in enumerate(names, start=1):
        text = "" if name is None or (isinstance(name, float) and pd.isna(name)) else str(name)
        stripped = " ".join(text.replace("\ufeff", "").split())
        if not stripped:
            stripped = f"column_{position}"
            report.repair("reading.repair_empty_header", position=position, name=stripped)
        elif stripped != text:
            report.repair("reading.repair_header_spaces", original=text, name=stripped)
        unique = stripped
        suffix = 2
        while unique in cleaned:
            unique = f"{stripped}_{suffix}"
            suffix += 1
        if unique != stripped:
            report.repair("reading.repair_duplicate_header", original=stripped, name=unique)
        cleaned.append(unique)
    return cleaned


def plan_column(values: list[str], name) -> tuple[str, str | None]:
    """Return (kind, date format) for a column from sample cells; kind as in numbers.classify."""
    date_format = dates.detect_format(values)
    if date_format:
        return "date", date_format
    return numbers.classify(values, name), None


def convert_column(frame: pd.DataFrame, column: str, kind: str, date_format: str | None,
                   report: DetectionReport) -> None:
    """Convert one text column in place to numbers or dates, reporting unreadable cells."""
    if kind == "date":
        converted, unreadable = dates.to_dates(frame[column], date_format)
        frame[column] = converted
        report.repair("reading.repair_dates", column=column, format=date_format)
        if "%y" in date_format:
            report.repair("reading.repair_two_digit_years", column=column)
    elif kind in ("comma", "decorated", "dot", "integer"):
        converted, unreadable, unit = numbers.to_number(frame[column])
        frame[column] = converted
        if kind in ("comma", "decorated"):
            report.repair("reading.repair_numbers", column=column)
        if unit:
            report.repair("reading.repair_unit", column=column, unit=unit)
    else:
        return
    if unreadable:
        report.warn("reading.warn_unreadable_cells", column=column, count=unreadable)


def convert_text_columns(frame: pd.DataFrame, report: DetectionReport) -> pd.DataFrame:
    """Type the text columns of a table read from Excel or JSON (numbers, dates, codes)."""
    for column in frame.columns:
        series = frame[column]
        if not (pd.api.types.is_string_dtype(series) or series.dtype == object):
            if numbers.is_identifier_name(column) and pd.api.types.is_integer_dtype(series):
                frame[column] = series.astype("str")
            continue
        sample = series.dropna().head(SAMPLE_ROWS)
        if not all(isinstance(value, str) for value in sample):
            continue
        kind, date_format = plan_column(list(sample), column)
        convert_column(frame, column, kind, date_format, report)
    return frame
