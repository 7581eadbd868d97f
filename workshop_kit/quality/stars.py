"""The 5-star rating of open data (Tim Berners-Lee, https://5stardata.info), for what
``publish`` would put online.

Stars are cumulative: a level counts only when every level below it is reached, and the
rating gives the reason for each star and the step to the next one.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import pandas as pd

from ..exports.licences import licence_info
from ..i18n import message
from .personal_data import plain

# Column names of identifiers shared with national reference data (INSEE commune codes,
# SIRET/SIREN company numbers, BAN address ids, Wikidata items).
LINK_COLUMN_NAMES = ("code_insee", "insee", "codgeo", "code_commune", "siret", "siren", "id_ban", "ban_id",
                     "cle_interop", "wikidata")
LINK_VALUE_PATTERNS = (re.compile(r"^https?://(www\.)?wikidata\.org/"), re.compile(r"^https?://id\.insee\.fr/"),
                       re.compile(r"^Q\d+$"))
IDENTIFIER_COLUMN_NAMES = ("id", "identifiant", "identifier", "code", "ref", "reference", "uid", "idbase")


@dataclass
class StarRating:
    """The number of stars, a reason per earned star, and the step to the next one."""

    stars: int
    reasons: list[str] = field(default_factory=list)
    next_step: str | None = None

    def lines(self) -> list[str]:
        lines = [message("quality.stars_title", stars="★" * self.stars + "☆" * (5 - self.stars), count=self.stars)]
        lines += [f"★ {reason}" for reason in self.reasons]
        if self.next_step:
            lines.append(f"☆ {self.next_step}")
        return lines

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def _repr_html_(self) -> str:
        title, *rest = self.lines()
        items = "".join(f"<li>{html.escape(line)}</li>" for line in rest)
        return f"<p><strong>{html.escape(title)}</strong></p><ul style='list-style:none'>{items}</ul>"


def identifier_column(df: pd.DataFrame):
    """Return the column that identifies each row (unique, never empty), or None."""
    for column in df.columns:
        name = plain(column).strip().replace(" ", "_")
        if name in IDENTIFIER_COLUMN_NAMES or name.startswith("id_") or name.endswith("_id"):
            values = df[column]
            if values.notna().all() and values.is_unique:
                return column
    return None


def link_column(df: pd.DataFrame):
    """Return a column that links rows to other data (reference codes or URIs), or None."""
    for column in df.columns:
        if plain(column).strip().replace(" ", "_") in LINK_COLUMN_NAMES and df[column].notna().any():
            return column
    for column in df.columns:
        sample = df[column].dropna().astype(str).head(50)
        if len(sample) and all(any(pattern.match(value) for pattern in LINK_VALUE_PATTERNS) for value in sample):
            return column
    return None


def rate(df: pd.DataFrame, metadata: dict | None) -> StarRating:
    """Rate the dataset as ``publish`` would put it online (CSV and GeoJSON on the portal)."""
    licence = licence_info((metadata or {}).get("licence"))
    if licence is None:
        return StarRating(0, [], message("quality.star1_missing"))
    reasons = [message("quality.star1", licence=licence["title"])]

    if df.empty or len(df.columns) == 0:
        return StarRating(1, reasons, message("quality.star2_missing"))
    reasons.append(message("quality.star2"))
    reasons.append(message("quality.star3"))

    identifier = identifier_column(df)
    if identifier is None:
        return StarRating(3, reasons, message("quality.star4_missing"))
    reasons.append(message("quality.star4", column=identifier))

    link = link_column(df)
    if link is None:
        return StarRating(4, reasons, message("quality.star5_missing"))
    reasons.append(message("quality.star5", column=link))
    return StarRating(5, reasons, None)
