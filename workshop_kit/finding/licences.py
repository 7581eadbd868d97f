"""Normalise the licence names portals publish to a few ids a learner can compare.

Portals spell the same licence many ways: data.gouv.fr uses ids such as ``fr-lo`` and
``lov2``, CKAN uses ``odc-odbl`` or ``CC-BY-4.0``, and OpenDataSoft portals show free
text such as "Licence Ouverte v2.0 (Etalab)" or "Open Database License (ODbL)". Every
spelling maps to one of ``LICENCE_IDS``. The readable name of each id comes from the
message catalog (``finding.licence.<id>``), so it follows the current language.
"""

from __future__ import annotations

import re
import unicodedata

from ..i18n import message

LICENCE_IDS = ("lov2", "lov1", "odc-odbl", "cc-by", "cc-by-sa", "cc0", "other")

# Exact ids, after lower-casing and folding spaces and underscores to hyphens.
_EXACT_IDS = {
    "lov2": "lov2",
    "lo-2-0": "lov2",
    "etalab-2-0": "lov2",
    "etalab-2.0": "lov2",
    "fr-lo": "lov1",
    "lov1": "lov1",
    "lo-1-0": "lov1",
    "odc-odbl": "odc-odbl",
    "odbl": "odc-odbl",
    "odbl-1.0": "odc-odbl",
    "cc-by": "cc-by",
    "cc-by-4.0": "cc-by",
    "cc-by-3.0": "cc-by",
    "cc-by-2.0": "cc-by",
    "cc-by-sa": "cc-by-sa",
    "cc-by-sa-4.0": "cc-by-sa",
    "cc-by-sa-3.0": "cc-by-sa",
    "cc0": "cc0",
    "cc0-1.0": "cc0",
    "cc-zero": "cc0",
}


def _fold(text: str) -> str:
    """Lower-case ``text`` and drop accents, so "Licence Ouverte" and "licence ouverte" match."""
    decomposed = unicodedata.normalize("NFKD", text)
    without_accents = "".join(character for character in decomposed if not unicodedata.combining(character))
    return re.sub(r"\s+", " ", without_accents).strip().lower()


def normalise_licence(value) -> str:
    """Return the licence id (one of ``LICENCE_IDS``) for a portal's licence id, name or URL.

    A missing value, "notspecified" and any licence outside the list give ``"other"``: the
    learner then has to read the licence on the dataset's page before reusing the data.
    """
    if value is None:
        return "other"
    text = _fold(str(value))
    if not text:
        return "other"

    compact = re.sub(r"[\s_]+", "-", text)
    if compact in _EXACT_IDS:
        return _EXACT_IDS[compact]

    # Free text and URLs, most specific first: "share-alike" before plain attribution.
    if "odbl" in text or "open database licen" in text:
        return "odc-odbl"
    if "licence ouverte" in text or "open licence" in text or "etalab" in text:
        if re.search(r"\b1(\.0)?\b", text) or "v1" in compact:
            return "lov1"
        # Etalab's 2011 web page, which presented version 1.0, as old metadata records cite it.
        if "licence-ouverte-open-licence-5899923" in text:
            return "lov1"
        # NOTE: an unversioned "Licence Ouverte" is read as version 2.0, the version in
        # force since 2017. Both versions ask the reuser for attribution only.
        return "lov2"
    if "cc0" in compact or "cc-zero" in compact or "publicdomain/zero" in text:
        return "cc0"
    if re.search(r"cc-by-sa|by-sa|share[- ]?alike|partage dans les memes conditions", compact + " " + text):
        return "cc-by-sa"
    if re.search(r"\bcc[- ]?by\b|creativecommons\.org/licenses/by/|creative commons attribution", text):
        return "cc-by"
    return "other"


def licence_name(licence_id: str, language: str | None = None, original: str | None = None) -> str:
    """Return the readable name of ``licence_id`` in ``language`` (default: the current one).

    For ``"other"``, the name includes the portal's own text ``original``, so the learner
    reads what the portal wrote.
    """
    if licence_id not in LICENCE_IDS:
        licence_id = "other"
    if licence_id == "other":
        portal_text = str(original).strip() if original is not None else ""
        return message("finding.licence.other", language=language, original=portal_text or "?")
    return message(f"finding.licence.{_key(licence_id)}", language=language)


def licence_summary(licence_id: str, language: str | None = None) -> str:
    """Return one sentence saying what the licence lets a reuser do and on which conditions."""
    if licence_id not in LICENCE_IDS:
        licence_id = "other"
    return message(f"finding.licence_summary.{_key(licence_id)}", language=language)


def _key(licence_id: str) -> str:
    """Return the message key suffix of a licence id (keys use underscores, not hyphens)."""
    return licence_id.replace("-", "_")
