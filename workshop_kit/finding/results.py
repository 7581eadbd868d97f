"""The one table shape ``find_datasets`` returns, whatever the source.

Each source module turns its portal's response into plain dicts with the keys of
``COLUMNS``. ``make_table`` checks and orders them into a DataFrame, normalising the
licence, the update frequency and the modified date on the way, so a learner compares
datasets from the local catalog, OpenDataSoft, CKAN and udata with the same columns.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date

import pandas as pd

from ..i18n import message
from .licences import licence_name, normalise_licence

COLUMNS = (
    "dataset_id",
    "title",
    "publisher",
    "licence_id",
    "licence_name",
    "modified",
    "update_frequency",
    "formats",
    "records",
    "page_url",
    "description",
    "keywords",
    "theme",
    "portal",
)

# Update frequencies use the words of the EU frequency vocabulary in lower case, which
# udata also uses. Each word has a readable name in the catalog (finding.frequency.<word>).
FREQUENCIES = (
    "continuous",
    "daily",
    "weekly",
    "biweekly",
    "monthly",
    "quarterly",
    "semiannual",
    "annual",
    "biennial",
    "punctual",
    "irregular",
    "unknown",
)

# Other spellings met on portals (French words, EU vocabulary codes, ISO 19115 words).
_FREQUENCY_SYNONYMS = {
    "continu": "continuous",
    "temps reel": "continuous",
    "realtime": "continuous",
    "real-time": "continuous",
    "update_cont": "continuous",
    "cont": "continuous",
    "quotidien": "daily",
    "quotidienne": "daily",
    "journalier": "daily",
    "journaliere": "daily",
    "day": "daily",
    "hebdomadaire": "weekly",
    "week": "weekly",
    "bimensuel": "biweekly",
    "bimensuelle": "biweekly",
    "mensuel": "monthly",
    "mensuelle": "monthly",
    "month": "monthly",
    "trimestriel": "quarterly",
    "trimestrielle": "quarterly",
    "semestriel": "semiannual",
    "semestrielle": "semiannual",
    "annuel": "annual",
    "annuelle": "annual",
    "annually": "annual",
    "yearly": "annual",
    "year": "annual",
    "biannual": "semiannual",
    "biennal": "biennial",
    "biennale": "biennial",
    "ponctuel": "punctual",
    "ponctuelle": "punctual",
    "once": "punctual",
    "irregulier": "irregular",
    "irreguliere": "irregular",
    "irreg": "irregular",
    "asneeded": "irregular",
    "as needed": "irregular",
    "inconnu": "unknown",
    "inconnue": "unknown",
    "unknown": "unknown",
    "notplanned": "punctual",
    "never": "punctual",
}


def normalise_frequency(value) -> str:
    """Return the update frequency word (one of ``FREQUENCIES``) for a portal's value.

    Accepts udata words, EU vocabulary URIs (``.../frequency/ANNUAL``), and French words
    such as "Annuelle". Anything else, and a missing value, gives ``"unknown"``.
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "unknown"
    text = str(value).strip()
    if "/" in text:
        text = text.rstrip("/").rsplit("/", 1)[-1]
    folded = _strip_accents(text).lower().replace("_", " ").strip()
    if folded in FREQUENCIES:
        return folded
    compact = folded.replace(" ", "")
    if compact in FREQUENCIES:
        return compact
    for spelling in (folded, compact, folded.replace(" ", "_")):
        if spelling in _FREQUENCY_SYNONYMS:
            return _FREQUENCY_SYNONYMS[spelling]
    return "unknown"


def frequency_name(frequency: str, language: str | None = None) -> str:
    """Return the readable name of an update frequency word in ``language``."""
    if frequency not in FREQUENCIES:
        frequency = "unknown"
    return message(f"finding.frequency.{frequency}", language=language)


# Codes of the EU data theme vocabulary, which DCAT-AP and the local catalog use. Each has a
# readable name in the catalog (finding.theme.<code in lower case>).
THEME_CODES = ("AGRI", "ECON", "EDUC", "ENER", "ENVI", "GOVE", "HEAL", "INTR", "JUST", "REGI", "SOCI", "TECH", "TRAN")


def theme_name(theme: str, language: str | None = None) -> str:
    """Return the readable name of an EU data theme code, or ``theme`` itself for any other text."""
    code = str(theme).strip()
    if code.upper() in THEME_CODES and code.upper() == code:
        return message(f"finding.theme.{code.lower()}", language=language)
    return code


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def _as_list(value) -> list[str]:
    """Return ``value`` as a list of non-empty strings (a string is split on commas)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in re.split(r"[,;]", value) if part.strip()]
    return [str(part).strip() for part in value if part is not None and str(part).strip()]


def _as_formats(value) -> list[str]:
    """Return upper-case format names without duplicates, in their first order."""
    formats = []
    for name in _as_list(value):
        upper = name.upper().lstrip(".")
        if upper == "GEOJSON":
            upper = "GeoJSON"
        if upper not in formats:
            formats.append(upper)
    return formats


def make_row(raw: dict, portal: str) -> dict:
    """Return one result row from a source's dict, with licence and frequency normalised.

    ``raw`` has the keys of ``COLUMNS``, except that ``licence`` is the portal's own
    licence value and ``licence_id``/``licence_name`` are computed here.
    """
    original_licence = raw.get("licence")
    licence_id = normalise_licence(original_licence)
    records = raw.get("records")
    return {
        "dataset_id": str(raw["dataset_id"]),
        "title": str(raw.get("title") or raw["dataset_id"]).strip(),
        "publisher": str(raw.get("publisher") or "").strip(),
        "licence_id": licence_id,
        "licence_name": licence_name(licence_id, original=original_licence),
        "modified": raw.get("modified"),
        "update_frequency": normalise_frequency(raw.get("update_frequency")),
        "formats": _as_formats(raw.get("formats")),
        "records": None if records in (None, "") else int(records),
        "page_url": str(raw.get("page_url") or ""),
        "description": str(raw.get("description") or "").strip(),
        "keywords": _as_list(raw.get("keywords")),
        "theme": ", ".join(theme_name(theme) for theme in _as_list(raw.get("theme"))),
        "portal": portal,
    }


def make_table(rows: list[dict], total_count: int | None = None) -> pd.DataFrame:
    """Build the results DataFrame from rows made by ``make_row``.

    ``modified`` becomes a date (time and time zone dropped), ``records`` a nullable
    integer. ``table.attrs["total_count"]`` is the number of matches the source reported,
    which can exceed the number of rows when the source has more pages.
    """
    table = pd.DataFrame(list(rows), columns=list(COLUMNS))
    modified = pd.to_datetime(table["modified"], errors="coerce", utc=True, format="ISO8601")
    table["modified"] = modified.dt.tz_localize(None).dt.normalize()
    table["records"] = table["records"].astype("Int64")
    table.attrs["total_count"] = len(table) if total_count is None else int(total_count)
    return table


def freshness_days(modified, today: date | None = None) -> int | None:
    """Return how many days ago ``modified`` was, or None when the date is unknown."""
    if modified is None or pd.isna(modified):
        return None
    today = today or date.today()
    return (today - pd.Timestamp(modified).date()).days


def freshness_label(modified, frequency: str = "unknown", today: date | None = None) -> str:
    """Return a short text such as "updated 3 days ago", flagged when the data looks stale.

    Data counts as stale when it is older than twice its update period (for example more
    than two years for an annual dataset), or older than two years when the period is
    unknown.
    """
    days = freshness_days(modified, today)
    if days is None:
        return message("finding.freshness_unknown")
    label = message("finding.freshness_days", days=days)
    if days > _stale_after_days(frequency):
        label = f"{label} · {message('finding.freshness_stale')}"
    return label


_PERIOD_DAYS = {
    "continuous": 1,
    "daily": 1,
    "weekly": 7,
    "biweekly": 14,
    "monthly": 31,
    "quarterly": 92,
    "semiannual": 183,
    "annual": 366,
    "biennial": 731,
}


def _stale_after_days(frequency: str) -> int:
    period = _PERIOD_DAYS.get(frequency)
    return 2 * period if period else 731


def facet_counts(table: pd.DataFrame, column: str) -> list[tuple[str, int]]:
    """Count the values of ``column`` in a results table, most frequent first.

    List columns (``formats``, ``keywords``) count each element; empty values are left out.
    """
    counter: Counter = Counter()
    for value in table[column]:
        if column == "theme":
            value = value.split(", ") if value else []
        values = value if isinstance(value, list) else [value]
        counter.update(str(item) for item in values if item is not None and str(item) != "" and not pd.isna(item))
    return sorted(counter.items(), key=lambda pair: (-pair[1], pair[0]))


def apply_filters(table: pd.DataFrame, filters: dict) -> pd.DataFrame:
    """Keep the rows matching every filter; list columns match when they contain the value.

    Text comparisons ignore case. ``licence`` matches the normalised licence id, after
    normalising the filter value too, so ``licence="ODbL"`` finds ``odc-odbl`` datasets.
    """
    mask = pd.Series(True, index=table.index)
    for name, expected in filters.items():
        if expected is None or expected == "":
            continue
        column = FILTER_COLUMNS[name]
        accepted = _filter_values(name, expected)
        values = table[column]
        if column == "theme":
            # A row can have several themes, joined with ", " by make_row.
            values = values.map(lambda text: text.split(", ") if text else [])
        mask &= values.map(lambda value, accepted=accepted: _matches(value, accepted))
    result = table[mask].reset_index(drop=True)
    result.attrs.update(table.attrs)
    return result


# Filter keyword -> results column it applies to.
FILTER_COLUMNS = {
    "publisher": "publisher",
    "licence": "licence_id",
    "format": "formats",
    "theme": "theme",
    "keyword": "keywords",
    "frequency": "update_frequency",
}


def _filter_values(name: str, expected) -> set[str]:
    values = expected if isinstance(expected, (list, tuple, set)) else [expected]
    if name == "licence":
        return {normalise_licence(value) for value in values}
    if name == "frequency":
        return {normalise_frequency(value) for value in values}
    if name == "theme":
        return {theme_name(value).strip().lower() for value in values}
    return {str(value).strip().lower() for value in values}


def _matches(value, accepted: set[str]) -> bool:
    values = value if isinstance(value, list) else [value]
    return any(str(item).strip().lower() in accepted for item in values if item is not None)
