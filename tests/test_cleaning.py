"""The cleaning helpers: column names, spaces, multi-valued cells, duplicates, missing values."""

from __future__ import annotations

import pandas as pd
import pytest

import workshop_kit as wk
from workshop_kit import cleaning


@pytest.fixture(autouse=True)
def in_english(english):
    """Run every test of this module with English messages."""


@pytest.fixture
def places():
    return pd.DataFrame(
        {
            "Nom du lieu": ["  Platane ", "Médiathèque\u00a0 centrale", "Piscine", "Piscine", None],
            "Code postal": ["92990", "92990", "01100", "01100", " "],
            "Catégorie": ["Arbre", "Culture; Loisirs", "Sport", "Sport", "Sport;Culture"],
        }
    )


def test_column_names_normalised(places):
    cleaned = cleaning.clean_column_names(places, quiet=True)
    assert list(cleaned.columns) == ["nom_du_lieu", "code_postal", "categorie"], f"columns: {list(cleaned.columns)}"


def test_column_names_keep_added_coordinates():
    frame = pd.DataFrame({"Latitude": ["48,82"], "Nom": ["A"], "latitude": [48.82]})
    cleaned = cleaning.clean_column_names(frame, quiet=True)
    assert list(cleaned.columns) == ["latitude_2", "nom", "latitude"], f"columns: {list(cleaned.columns)}"


def test_column_names_map_kept(places):
    cleaned = cleaning.clean_column_names(places, quiet=True)
    names = cleaning.original_names(cleaned)
    assert names["categorie"] == "Catégorie", f"map: {names}"
    assert list(places.columns)[0] == "Nom du lieu", "the input table was changed"


def test_column_names_map_survives_second_pass(places):
    twice = cleaning.clean_column_names(cleaning.clean_column_names(places, quiet=True), quiet=True)
    assert cleaning.original_names(twice)["code_postal"] == "Code postal", "second pass lost the original names"


def test_trim_spaces(places, capsys):
    trimmed = cleaning.trim_spaces(places)
    assert trimmed.loc[0, "Nom du lieu"] == "Platane", f"cell read {trimmed.loc[0, 'Nom du lieu']!r}"
    assert trimmed.loc[1, "Nom du lieu"] == "Médiathèque centrale", "non-breaking space not collapsed"
    assert pd.isna(trimmed.loc[4, "Code postal"]), "a blank cell should become missing"
    assert "3 cell(s)" in capsys.readouterr().out, "the printed count of trimmed cells is wrong"


def test_split_values(places, capsys):
    split = cleaning.split_values(places, "Catégorie")
    assert len(split) == 7, f"{len(split)} rows after splitting instead of 7"
    assert split.loc[1, "Catégorie"].tolist() == ["Culture", "Loisirs"], "values of row 1 not split"
    assert "5 rows before, 7 rows after" in capsys.readouterr().out, "split message missing"


def test_split_keeps_missing_cells():
    frame = pd.DataFrame({"nom": ["A", "B"], "tags": ["x;y", None]})
    split = cleaning.split_values(frame, "tags", quiet=True)
    assert len(split) == 3, f"{len(split)} rows instead of 3"
    assert pd.isna(split.loc[1, "tags"]), "a missing cell should stay missing"


def test_split_unknown_column(places):
    with pytest.raises(wk.WorkshopError) as error:
        cleaning.split_values(places, "Categorie")
    assert "Catégorie" in str(error.value), "the error should list the columns"


def test_drop_duplicates(places, capsys):
    unique = cleaning.drop_duplicates(places)
    assert len(unique) == 4, f"{len(unique)} rows left instead of 4"
    assert "1 duplicate row(s) removed; 4 rows remain" in capsys.readouterr().out, "message wrong"


def test_missing_summary(places):
    summary = cleaning.missing_summary(places).set_index("column")
    assert summary.loc["Nom du lieu", "missing values"] == 1, "None not counted"
    assert summary.loc["Code postal", "missing values"] == 1, "a blank cell is not counted as missing"
    assert summary.loc["Code postal", "% missing"] == 20.0, "percentage wrong"


def test_missing_summary_in_french(places):
    wk.set_language("fr")
    summary = cleaning.missing_summary(places)
    assert list(summary.columns) == ["colonne", "valeurs manquantes", "% manquant"], f"headers: {list(summary.columns)}"
