"""Completeness of the metadata that makes a dataset findable and reusable.

A portal and a national harvester index the title, description, publisher, licence,
update frequency, temporal and spatial coverage and keywords. Without a specific
title, a description, a publisher and an open licence the dataset cannot be published;
the other fields give warnings.
"""

from __future__ import annotations

import re

from ..exports.dcat import frequency_code
from ..exports.licences import LICENCES, licence_info
from .personal_data import plain
from .report import BLOCKING, WARNING, Problem

GENERIC_TITLES = {
    "data", "dataset", "donnees", "donnee", "export", "extraction", "fichier", "file", "jeu de donnees",
    "liste", "list", "sans titre", "untitled", "table", "tableau", "test", "feuil1", "sheet1", "tableau1",
}
MIN_TITLE_WORDS = 3
MIN_DESCRIPTION_CHARACTERS = 80
MIN_KEYWORDS = 2
_FILE_NAME = re.compile(r"\.(csv|xlsx?|ods|json|geojson|txt)$", re.IGNORECASE)


def _problem(key: str, field_name: str, severity: str, **values) -> Problem:
    return Problem("metadata", severity, key, column=None, values={"field": field_name, **values})


def _title_problem(title: str) -> Problem | None:
    if not title:
        return _problem("quality.metadata_missing_title", "title", BLOCKING)
    if plain(title).strip() in GENERIC_TITLES or _FILE_NAME.search(title) or len(title.split()) < MIN_TITLE_WORDS:
        return _problem("quality.metadata_vague_title", "title", BLOCKING, value=title, words=MIN_TITLE_WORDS)
    return None


def check_metadata(metadata: dict | None) -> list[Problem]:
    """List what is missing or wrong in ``metadata``, from blocking to merely useful."""
    if metadata is None:
        return [_problem("quality.metadata_none", "metadata", BLOCKING)]
    problems = []

    title_problem = _title_problem(str(metadata.get("title") or "").strip())
    if title_problem:
        problems.append(title_problem)

    description = str(metadata.get("description") or "").strip()
    if len(description) < MIN_DESCRIPTION_CHARACTERS:
        problems.append(_problem("quality.metadata_short_description", "description", BLOCKING,
                                 length=len(description), minimum=MIN_DESCRIPTION_CHARACTERS))

    if not str(metadata.get("publisher") or "").strip():
        problems.append(_problem("quality.metadata_missing_publisher", "publisher", BLOCKING))

    licence = metadata.get("licence")
    if licence_info(licence) is None:
        problems.append(_problem("quality.metadata_bad_licence", "licence", BLOCKING,
                                 value=licence or "", allowed=", ".join(LICENCES)))

    if frequency_code(metadata.get("update_frequency")) is None:
        problems.append(_problem("quality.metadata_bad_frequency", "update_frequency", WARNING,
                                 value=metadata.get("update_frequency") or ""))

    temporal = metadata.get("temporal") or {}
    if not isinstance(temporal, dict) or not temporal.get("start"):
        problems.append(_problem("quality.metadata_missing_temporal", "temporal", WARNING))

    spatial = metadata.get("spatial")
    if not spatial or (isinstance(spatial, dict) and not spatial.get("name")):
        problems.append(_problem("quality.metadata_missing_spatial", "spatial", WARNING))

    keywords = metadata.get("keywords") or []
    if isinstance(keywords, str) or len([word for word in keywords if str(word).strip()]) < MIN_KEYWORDS:
        problems.append(_problem("quality.metadata_few_keywords", "keywords", WARNING, minimum=MIN_KEYWORDS))
    return problems
