"""Column roles of an app and the suggestion of which column plays each role.

An app shows a place's title, description, category, address and contacts. A *mapping*
is a dict from a role (``ROLES``) to a column name of the table. ``suggest_mapping``
proposes one from the column names (French and English) and, for contacts, from what
the values look like, so a learner only corrects what the guess got wrong.
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

from ..errors import WorkshopError

ROLES = (
    "title",
    "description",
    "category",
    "address",
    "postal_code",
    "city",
    "phone",
    "website",
    "email",
    "image",
)

# Normalised column names (lower case, no accents, words separated by one space) that
# name each role, most specific first.
ROLE_NAMES = {
    "title": ("nom", "titre", "name", "title", "libelle", "intitule", "appellation", "nom du lieu", "label"),
    "description": ("description", "desc", "descriptif", "presentation", "resume", "summary", "details"),
    "category": ("categorie", "category", "categories", "type", "theme", "famille", "kind", "nature"),
    "address": ("adresse", "address", "adresse postale", "rue", "voie", "street", "adr"),
    "postal_code": ("code postal", "cp", "postal code", "postcode", "zip", "zip code", "code post"),
    "city": ("ville", "commune", "city", "town", "localite", "municipality"),
    "phone": ("telephone", "tel", "phone", "telephone number", "numero de telephone", "tel fixe", "mobile"),
    "website": ("site web", "site internet", "site", "website", "web", "url", "lien", "link", "homepage"),
    "email": ("courriel", "email", "e mail", "mail", "mel", "adresse electronique", "adresse mail"),
    "image": ("image", "photo", "picture", "img", "visuel", "illustration", "image url", "photo url"),
}

LATITUDE_NAMES = ("latitude", "lat", "y lat", "geo lat")
LONGITUDE_NAMES = ("longitude", "lon", "lng", "long", "x lon", "geo lon")

_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_IMAGE_URL = re.compile(r"^https?://\S+\.(jpe?g|png|gif|webp|svg)(\?\S*)?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
# French numbers (01 23 45 67 89, +33 1 23 45 67 89) and other international numbers:
# digits with spaces, dots, dashes or brackets, 9 to 15 digits in all (E.164 allows 15).
_PHONE = re.compile(r"^(\+|00)?[\d][\d .\-()]{7,18}\d$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")

# Share of non-empty values that must look like a URL, email or phone for the content
# to decide a column's role.
CONTENT_THRESHOLD = 0.6
SAMPLE_SIZE = 200


def normalise_name(name) -> str:
    """Return a column name in lower case, without accents, words separated by one space."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(character for character in text if not unicodedata.combining(character))
    text = re.sub(r"[^a-z0-9]+", " ", text.lower())
    return text.strip()


def find_column(columns, names, prefix: bool = False) -> str | None:
    """Return the first column whose normalised name is in ``names``, or None.

    With ``prefix``, a name followed by more words also matches ("libelle francais" for
    "libelle"), which is tried only after every exact name failed.
    """
    by_name = {normalise_name(column): column for column in reversed(list(columns))}
    for name in names:
        if name in by_name:
            return by_name[name]
    if prefix:
        for name in names:
            for normalised, column in by_name.items():
                if normalised.startswith(name + " "):
                    return column
    return None


def _sample_values(series: pd.Series) -> list[str]:
    values = series.dropna().astype(str).str.strip()
    values = values[values != ""]
    return list(values.head(SAMPLE_SIZE))


def _share_matching(values: list[str], pattern: re.Pattern) -> float:
    if not values:
        return 0.0
    return sum(1 for value in values if pattern.match(value)) / len(values)


def looks_like_phone(value: str) -> bool:
    """Return True for a phone number; dates such as 2026-03-12 do not count."""
    digits = sum(character.isdigit() for character in value)
    return bool(_PHONE.match(value)) and 9 <= digits <= 15 and not _ISO_DATE.match(value)


def content_role(series: pd.Series) -> str | None:
    """Guess ``image``, ``website``, ``email`` or ``phone`` from what a column's values look like."""
    values = _sample_values(series)
    if not values:
        return None
    if _share_matching(values, _IMAGE_URL) >= CONTENT_THRESHOLD:
        return "image"
    if _share_matching(values, _URL) >= CONTENT_THRESHOLD:
        return "website"
    if _share_matching(values, _EMAIL) >= CONTENT_THRESHOLD:
        return "email"
    if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_datetime64_any_dtype(series):
        return None
    if sum(looks_like_phone(value) for value in values) / len(values) >= CONTENT_THRESHOLD:
        return "phone"
    return None


def suggest_mapping(df: pd.DataFrame) -> dict[str, str | None]:
    """Propose which column of ``df`` plays each role of ``ROLES`` (None when no column fits).

    Column names decide first: exact names, then names that start with a known name.
    Then, for contact roles still empty, a column whose values
    mostly look like URLs, emails or phone numbers is chosen. A column is used for one
    role at most, and latitude/longitude columns are never proposed. When no column is
    named like a title, the first text column with mostly distinct values is proposed.
    """
    columns = [column for column in df.columns if not is_position_column(column)]
    mapping: dict[str, str | None] = dict.fromkeys(ROLES)
    used: set = set()

    for prefix in (False, True):
        for role in ROLES:
            if mapping[role] is not None:
                continue
            column = find_column([column for column in columns if column not in used], ROLE_NAMES[role], prefix)
            if column is not None:
                mapping[role] = column
                used.add(column)

    for column in columns:
        if column in used:
            continue
        role = content_role(df[column])
        if role is not None and mapping[role] is None:
            mapping[role] = column
            used.add(column)

    if mapping["title"] is None:
        mapping["title"] = _distinct_text_column(df, [column for column in columns if column not in used])
    return mapping


def _distinct_text_column(df: pd.DataFrame, columns) -> str | None:
    """Return the first text column whose non-empty values are at least 80 % distinct."""
    for column in columns:
        series = df[column]
        if pd.api.types.is_numeric_dtype(series):
            continue
        values = series.dropna().astype(str)
        if len(values) and values.nunique() >= 0.8 * len(values):
            return column
    return None


def is_position_column(column) -> bool:
    """Return True for a column named like a latitude or a longitude."""
    name = normalise_name(column)
    return name in LATITUDE_NAMES or name in LONGITUDE_NAMES


def position_columns(df: pd.DataFrame) -> tuple:
    """Return the (latitude, longitude) column names of ``df``, or an empty tuple.

    Exact ``latitude``/``longitude`` columns win: ``open_dataset`` adds them beside the
    file's own columns (such as ``Latitude`` written with decimal commas).
    """
    if "latitude" in df.columns and "longitude" in df.columns:
        return "latitude", "longitude"
    latitude = find_column(df.columns, LATITUDE_NAMES)
    longitude = find_column(df.columns, LONGITUDE_NAMES)
    if latitude is None or longitude is None:
        return ()
    return latitude, longitude


def check_mapping(df: pd.DataFrame, mapping: dict) -> dict[str, str | None]:
    """Return ``mapping`` with every role present; raise WorkshopError for an unknown role or column."""
    checked: dict[str, str | None] = dict.fromkeys(ROLES)
    for role, column in mapping.items():
        if role not in ROLES:
            raise WorkshopError("app.unknown_role", role=role, roles=", ".join(ROLES))
        if column in (None, ""):
            continue
        if column not in df.columns:
            raise WorkshopError(
                "app.unknown_column", role=role, column=column, columns=", ".join(map(str, df.columns))
            )
        checked[role] = column
    if checked["title"] is None:
        raise WorkshopError("app.title_missing", columns=", ".join(map(str, df.columns)))
    return checked
