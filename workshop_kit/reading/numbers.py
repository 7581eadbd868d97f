"""French number formats: decimal commas, space thousands, units, and identifier codes.

A column is classified from a sample of its text cells, then converted in one vectorised
pass, so a 100,000-row file costs a few string operations per numeric column.
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

# Share of a column's non-empty sample cells that must read as numbers for the column to
# be converted. The cells that do not read become missing values and are reported.
NUMERIC_SHARE = 0.99

PLAIN_DOT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
PLAIN_COMMA = re.compile(r"^[+-]?\d+,\d+$")
# A number written by a person: optional sign, thousands grouped by spaces (ordinary,
# non-breaking or narrow), a decimal comma or dot, then an optional unit such as "kW", "%" or "€".
UNITS = r"%|€|EUR|kWh|kW|MW|kVA|km|cm|mm|m²|m2|m³|m3|m|ha|kg"
DECORATED = re.compile(rf"^[+-]?(\d{{1,3}}([ \u00a0\u202f]\d{{3}})+|\d+)([.,]\d+)?\s*({UNITS})?$")
LEADING_ZERO = re.compile(r"^0\d+$")
# Accounting exports write "-" for nothing; number columns read it as a missing value.
EMPTY_MARKS = ("", "-", "–", "—")
SPACES = re.compile(r"[ \u00a0\u202f]")
UNIT_SUFFIX = re.compile(rf"\s*({UNITS})$")

# Normalised column names (lower case, no accents, "_" between words) that are codes,
# not quantities, even when every value is made of digits: INSEE and postal codes, school
# (UAI) and company (SIREN/SIRET) numbers, and the accounting codes of French budgets.
IDENTIFIER_NAME = re.compile(
    r"(^|_)(code|codes|cod|codgeo|depcom|insee|cp|postal|siren|siret|uai|rne|rna|finess|"
    r"nature|fonction|chapitre|article|compte|matricule|telephone|tel|phone|fax|id|n|no|num|numero|housenumber)(_|$)"
    r"|^(code|id)"
)

def normalise_name(name) -> str:
    """Lower-case a column name, drop accents and join its words with "_"."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def is_identifier_name(name) -> bool:
    return bool(IDENTIFIER_NAME.search(normalise_name(name)))


def classify(values: list[str], name) -> str:
    """Classify a column from sample cells as "identifier", "integer", "dot", "comma", "decorated" or "text".

    pandas reads "integer", "dot" and "comma" numbers itself, the last two with
    ``decimal="."`` or ``decimal=","``. "decorated" numbers need ``to_number`` because
    they have spaces between thousands, units or mixed decimal marks.
    """
    cells = [value.strip() for value in values if value is not None and value.strip() not in EMPTY_MARKS]
    if not cells:
        return "text"
    if is_identifier_name(name):
        return "identifier"
    if any(LEADING_ZERO.match(cell) for cell in cells) and all(re.fullmatch(r"[0-9A-Za-z .\-]+", cell) for cell in cells):
        return "identifier"

    minimum = max(1, int(len(cells) * NUMERIC_SHARE))
    dot = sum(1 for cell in cells if PLAIN_DOT.match(cell))
    comma = sum(1 for cell in cells if PLAIN_COMMA.match(cell))
    if all(re.fullmatch(r"[+-]?\d+", cell) for cell in cells):
        return "integer"
    if dot == len(cells):
        return "dot"
    if comma and dot + comma == len(cells) and all(re.fullmatch(r"[+-]?\d+", cell) for cell in cells if PLAIN_DOT.match(cell)):
        return "comma"
    decorated = sum(1 for cell in cells if DECORATED.match(cell))
    if decorated >= minimum:
        return "decorated"
    return "text"


def to_number(series: pd.Series) -> tuple[pd.Series, int, str | None]:
    """Convert text cells such as " 1 063 850,00 ", "3,7kW" or "22 %" to floats.

    Returns the numbers, the count of non-empty cells that could not be read (they become
    missing values) and the unit removed, if exactly one was found.
    """
    text = series.astype("str").str.strip()
    empty = series.isna() | text.isin(EMPTY_MARKS)
    units = text.str.extract(UNIT_SUFFIX, expand=False).dropna().unique()
    cleaned = text.str.replace(UNIT_SUFFIX, "", regex=True).str.replace(SPACES, "", regex=True)

    # A comma is the decimal mark unless the cell also has a dot after it ("1,234.5").
    has_both = cleaned.str.contains(",", regex=False) & cleaned.str.contains(".", regex=False)
    cleaned = cleaned.where(~has_both, cleaned.str.replace(",", "", regex=False))
    cleaned = cleaned.str.replace(",", ".", regex=False)

    numbers = pd.to_numeric(cleaned.where(~empty), errors="coerce")
    unreadable = int((numbers.isna() & ~empty).sum())
    unit = str(units[0]) if len(units) == 1 else None
    return numbers, unreadable, unit
