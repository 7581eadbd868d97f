"""Day-first French dates, parsed with one format per column.

A single format is chosen for the whole column from a sample, so "03/04/2026" and
"13/04/2026" are both read as day/month and no row has its day and month swapped.
Two-digit years follow Python's ``%y`` rule: 69-99 are 1969-1999, 00-68 are 2000-2068.
"""

from __future__ import annotations

import re
from datetime import datetime

import pandas as pd

# Formats tried in this order. Month-first formats are left out on purpose: French files
# do not write dates that way, so "03/04/2026" is always read as 3 April.
DATE_FORMATS = (
    "%d/%m/%Y",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d-%m-%Y",
    "%d-%m-%Y %H:%M",
    "%d.%m.%Y",
    "%Y-%m-%d",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d",
    "%Y/%m/%d %H:%M:%S",
    "%d/%m/%y",
    "%d/%m/%y %H:%M",
)

DATE_LIKE = re.compile(r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?)?$")


def detect_format(values: list[str]) -> str | None:
    """Return the first format of DATE_FORMATS that reads every non-empty sample cell."""
    cells = [value.strip() for value in values if value is not None and value.strip()]
    if not cells or not all(DATE_LIKE.match(cell) for cell in cells):
        return None
    for date_format in DATE_FORMATS:
        if all(_parses(cell, date_format) for cell in cells):
            return date_format
    return None


def _parses(cell: str, date_format: str) -> bool:
    try:
        datetime.strptime(cell, date_format)
    except ValueError:
        return False
    return True


def to_dates(series: pd.Series, date_format: str) -> tuple[pd.Series, int]:
    """Parse a column with one format; return the dates and the count of unreadable cells."""
    text = series.astype("str").str.strip()
    empty = series.isna() | (text == "")
    dates = pd.to_datetime(text.where(~empty), format=date_format, errors="coerce")
    unreadable = int((dates.isna() & ~empty).sum())
    return dates, unreadable
