"""Licence and update-frequency normalisation, readable names, freshness labels."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from workshop_kit.finding import (
    LICENCE_IDS,
    freshness_label,
    frequency_name,
    licence_name,
    licence_summary,
    normalise_frequency,
    normalise_licence,
)


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("Licence Ouverte / Open Licence version 2.0", "lov2"),
        ("Licence Ouverte v2.0 (Etalab)", "lov2"),
        ("lov2", "lov2"),
        ("https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf", "lov2"),
        ("fr-lo", "lov1"),
        ("Licence Ouverte v1.0", "lov1"),
        ("Licence ouverte (Etalab)", "lov2"),
        ("ODbL", "odc-odbl"),
        ("odc-odbl", "odc-odbl"),
        ("Open Database License (ODbL)", "odc-odbl"),
        ("http://opendatacommons.org/licenses/odbl/", "odc-odbl"),
        ("CC-BY 4.0", "cc-by"),
        ("CC-BY-4.0", "cc-by"),
        ("cc-by", "cc-by"),
        ("Creative Commons Attribution", "cc-by"),
        ("CC BY-SA 4.0", "cc-by-sa"),
        ("Creative Commons Attribution Share-Alike", "cc-by-sa"),
        ("cc-zero", "cc0"),
        ("CC0 1.0", "cc0"),
        ("notspecified", "other"),
        ("other-at", "other"),
        ("", "other"),
        (None, "other"),
    ],
)
def test_normalise_licence(spelling, expected):
    assert normalise_licence(spelling) == expected, f"{spelling!r} became {normalise_licence(spelling)!r}"


@pytest.mark.parametrize("licence_id", LICENCE_IDS)
def test_licence_names_both_languages(licence_id):
    french = licence_name(licence_id, "fr", original="x")
    english = licence_name(licence_id, "en", original="x")
    assert french and english, f"{licence_id} lacks a name"
    assert licence_summary(licence_id, "fr") != licence_summary(licence_id, "en"), f"{licence_id}: summary untranslated"


def test_other_licence_keeps_portal_text():
    assert "Licence municipale" in licence_name("other", "fr", original="Licence municipale"), "the portal's text is lost"


def test_odbl_summary_says_share_alike():
    assert "share-alike" in licence_summary("odc-odbl", "en"), licence_summary("odc-odbl", "en")
    assert "partage à l'identique" in licence_summary("odc-odbl", "fr"), licence_summary("odc-odbl", "fr")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("annual", "annual"),
        ("Annuelle", "annual"),
        ("http://publications.europa.eu/resource/authority/frequency/ANNUAL", "annual"),
        ("http://publications.europa.eu/resource/authority/frequency/DAILY", "daily"),
        ("Hebdomadaire", "weekly"),
        ("mensuelle", "monthly"),
        ("irregular", "irregular"),
        ("Irrégulière", "irregular"),
        ("punctual", "punctual"),
        ("semiannual", "semiannual"),
        ("tous les jours de la semaine", "unknown"),
        (None, "unknown"),
    ],
)
def test_normalise_frequency(value, expected):
    assert normalise_frequency(value) == expected, f"{value!r} became {normalise_frequency(value)!r}"


def test_frequency_names_translated():
    assert frequency_name("annual", "fr") == "annuelle"
    assert frequency_name("annual", "en") == "annual"


def test_freshness_recent_annual():
    label = freshness_label(pd.Timestamp("2026-11-01"), "annual", today=date(2026, 12, 4))
    assert label.endswith("33 jours") or "33 days" in label, label
    assert "périmé" not in label, f"a month-old annual dataset is flagged: {label}"
    assert "out of date" not in label, f"a month-old annual dataset is flagged: {label}"


def test_freshness_stale_monthly():
    from workshop_kit import set_language

    set_language("en")
    label = freshness_label(pd.Timestamp("2025-01-01"), "monthly", today=date(2026, 12, 4))
    assert "may be out of date" in label, f"a monthly dataset untouched for two years is not flagged: {label}"


def test_freshness_unknown_date():
    from workshop_kit import set_language

    set_language("en")
    assert freshness_label(pd.NaT) == "last update unknown"


def test_realworld_metadata_licence(realworld):
    record = (realworld / "data" / "montpellier_budget_primitif_README_metadonnees.txt").read_text(encoding="utf-8")
    licence_lines = [line for line in record.splitlines() if line.lstrip("* ").upper().startswith("LICENCE")]
    assert licence_lines, "the metadata record has no LICENCE line"
    value = licence_lines[0].split(":", 1)[1]
    assert normalise_licence(value) == "lov1", f"{value.strip()!r} (a 2014 record) became {normalise_licence(value)!r}"
