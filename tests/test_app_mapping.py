"""suggest_mapping: which column plays which role in an app, from names and content."""

from __future__ import annotations

import pandas as pd
import pytest

import workshop_kit as wk
from workshop_kit.app import suggest_mapping
from workshop_kit.app.mapping import check_mapping

CITY_SPREADSHEET_COLUMNS = [
    "Nom", "Catégorie", "Description", "Adresse", "Code postal", "Ville",
    "Téléphone", "Site web", "Courriel", "Horaires", "Latitude", "Longitude",
]


def city_spreadsheet() -> pd.DataFrame:
    row = ["Médiathèque", "Culture", "Livres", "1 rue Haute", "92990", "Rivebelle",
           "01 46 00 00 01", "https://rivebelle.example", "contact@rivebelle.example", "9h-18h", 48.82, 2.26]
    return pd.DataFrame([row], columns=CITY_SPREADSHEET_COLUMNS)


@pytest.mark.parametrize(
    ("role", "column"),
    [
        ("title", "Nom"),
        ("category", "Catégorie"),
        ("description", "Description"),
        ("address", "Adresse"),
        ("postal_code", "Code postal"),
        ("city", "Ville"),
        ("phone", "Téléphone"),
        ("website", "Site web"),
        ("email", "Courriel"),
    ],
)
def test_suggest_mapping_french_names(role, column):
    mapping = suggest_mapping(city_spreadsheet())
    assert mapping[role] == column, f"role {role!r} should be column {column!r}, got {mapping[role]!r}"


def test_suggest_mapping_leaves_unknown_role_empty():
    mapping = suggest_mapping(city_spreadsheet())
    assert mapping["image"] is None, f"no image column exists, got {mapping['image']!r}"


def test_suggest_mapping_never_proposes_positions():
    mapping = suggest_mapping(city_spreadsheet())
    assert "Latitude" not in mapping.values(), f"latitude proposed for a role: {mapping}"


def test_suggest_mapping_english_names():
    df = pd.DataFrame({"name": ["Pool"], "type": ["Sport"], "phone": ["+44 20 7946 0000"],
                       "url": ["https://pool.example"], "e-mail": ["pool@mail.example"],
                       "photo": ["https://pool.example/p.jpg"], "lat": [51.5], "lon": [-0.1]})
    mapping = suggest_mapping(df)
    expected = {"title": "name", "category": "type", "phone": "phone", "website": "url",
                "email": "e-mail", "image": "photo"}
    for role, column in expected.items():
        assert mapping[role] == column, f"role {role!r} should be {column!r}, got {mapping[role]!r}"


def test_suggest_mapping_from_content():
    df = pd.DataFrame({
        "libellé": ["Stade", "Gymnase", "Piscine"],
        "contact": ["stade@ville.example", "gym@ville.example", "piscine@ville.example"],
        "numéro": ["01 46 11 22 33", "01 46 11 22 34", "+33 1 46 11 22 35"],
        "lien_page": ["https://a.example/stade", "https://a.example/gym", "www.piscine.example"],
        "vignette": ["https://a.example/1.jpg", "https://a.example/2.png", "https://a.example/3.jpg"],
        "latitude": [48.8, 48.81, 48.82], "longitude": [2.2, 2.21, 2.22],
    })
    mapping = suggest_mapping(df)
    expected = {"title": "libellé", "email": "contact", "phone": "numéro", "website": "lien_page", "image": "vignette"}
    for role, column in expected.items():
        assert mapping[role] == column, f"role {role!r} should be {column!r} from its values, got {mapping[role]!r}"


def test_suggest_mapping_title_falls_back_to_distinct_text():
    df = pd.DataFrame({"quartier": ["Nord", "Nord", "Sud"], "equipement": ["Stade A", "Stade B", "Stade C"],
                       "latitude": [48.8, 48.81, 48.82], "longitude": [2.2, 2.21, 2.22]})
    mapping = suggest_mapping(df)
    assert mapping["title"] == "equipement", f"title should be the distinct text column, got {mapping['title']!r}"


def test_suggest_mapping_numeric_column_not_phone():
    df = pd.DataFrame({"Nom": ["A", "B"], "capacite": [1234567890, 1234567891],
                       "latitude": [48.8, 48.81], "longitude": [2.2, 2.21]})
    assert suggest_mapping(df)["phone"] is None, "an integer column must not be proposed as a phone"


def test_check_mapping_unknown_column():
    wk.set_language("en")
    with pytest.raises(wk.WorkshopError) as error:
        check_mapping(city_spreadsheet(), {"title": "Name"})
    assert "Name" in str(error.value), f"the message should name the missing column: {error.value}"


def test_check_mapping_unknown_role():
    wk.set_language("fr")
    with pytest.raises(wk.WorkshopError) as error:
        check_mapping(city_spreadsheet(), {"title": "Nom", "couleur": "Ville"})
    assert "couleur" in str(error.value), f"the message should name the unknown role: {error.value}"


def test_check_mapping_requires_title():
    with pytest.raises(wk.WorkshopError) as error:
        check_mapping(city_spreadsheet(), {"category": "Catégorie"})
    assert error.value.key == "app.title_missing", f"expected app.title_missing, got {error.value.key}"


def test_suggest_mapping_name_prefix():
    df = pd.DataFrame({"idbase": ["1", "2"], "libelle_francais": ["Platane", "Tilleul"],
                       "type_emplacement": ["Arbre", "Arbre"], "latitude": [48.8, 48.81], "longitude": [2.2, 2.21]})
    mapping = suggest_mapping(df)
    assert mapping["title"] == "libelle_francais", f"'libelle_francais' starts with 'libelle', got {mapping['title']!r}"
    assert mapping["category"] == "type_emplacement", f"'type_emplacement' starts with 'type', got {mapping['category']!r}"


def test_suggest_mapping_dates_not_phone():
    df = pd.DataFrame({"Titre": ["Concert", "Bal"], "Date de début": ["2026-03-12", "2026-07-14"],
                       "Horaire": ["20:30", "21:00"], "latitude": [48.8, 48.81], "longitude": [2.2, 2.21]})
    assert suggest_mapping(df)["phone"] is None, "ISO dates must not be proposed as phone numbers"
