"""The Rivebelle sample files: reproducible, in the shapes real portals export, flaws as documented.

The files are parsed here with plain csv, pandas, json, openpyxl and pyproj, not with the
kit's own readers, so a bug in a reader cannot hide a bug in the samples.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from pyproj import Transformer

from workshop_kit import get_language, set_language
from workshop_kit.errors import WorkshopError
from workshop_kit.formats.citadel import parse_pos_list, validate_citadel
from workshop_kit.samples import load_catalog, sample_path
from workshop_kit.samples.catalog import REQUIRED_FIELDS
from workshop_kit.samples.city import CITY
from workshop_kit.samples.generate import generate
from workshop_kit.samples.generate import main as generate_main

REPOSITORY = Path(__file__).resolve().parent.parent
SAMPLE_DATA = REPOSITORY / "sample_data"
MIN_LON, MIN_LAT, MAX_LON, MAX_LAT = CITY["bbox"]

GENERATED_FILES = [
    "arbres.csv", "lieux.xlsx", "lieux.citadel.json", "parkings_lambert93.geojson", "evenements.csv",
    "budget_2025.csv", "exercices/lieux_a_nettoyer.csv", "exercices/arbres_a_nettoyer.csv", "catalog.json",
]


def inside_city(lat: float, lon: float) -> bool:
    return MIN_LAT <= lat <= MAX_LAT and MIN_LON <= lon <= MAX_LON


def read_semicolon_csv(name: str, encoding: str) -> pd.DataFrame:
    """Read a sample CSV with every cell as text and empty cells as ''; index = row number."""
    frame = pd.read_csv(SAMPLE_DATA / name, sep=";", encoding=encoding, dtype=str, keep_default_na=False)
    frame.index = range(1, len(frame) + 1)
    return frame


def french_float(text: str) -> float:
    return float(text.replace(",", "."))


@pytest.fixture
def language():
    """Yield set_language, and restore the language that was active before the test."""
    previous = get_language()
    yield set_language
    set_language(previous)


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sample_data")
    generate(folder)
    return folder


# Reproducibility


@pytest.mark.parametrize("name", GENERATED_FILES)
def test_committed_sample_matches_generator(regenerated, name):
    committed = SAMPLE_DATA / name
    assert committed.is_file(), f"sample_data/{name} is missing: run python -m workshop_kit.samples.generate"
    assert committed.read_bytes() == (regenerated / name).read_bytes(), (
        f"sample_data/{name} is stale: it differs from a fresh run of the generator. "
        "Run python -m workshop_kit.samples.generate and commit the result."
    )


def test_generator_writes_only_listed_files(regenerated):
    written = sorted(str(path.relative_to(regenerated)) for path in regenerated.rglob("*") if path.is_file())
    assert written == sorted(GENERATED_FILES), "update GENERATED_FILES when the generator writes a new file"


def test_generator_command_is_deterministic(regenerated, tmp_path, capsys):
    assert generate_main(["--output", str(tmp_path)]) == 0
    assert str(tmp_path) in capsys.readouterr().out
    for name in GENERATED_FILES:
        assert (tmp_path / name).read_bytes() == (regenerated / name).read_bytes(), f"{name} differs between two runs"


# arbres.csv: OpenDataSoft export


def test_trees_ods_shape():
    raw = (SAMPLE_DATA / "arbres.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "arbres.csv must start with the UTF-8 byte order mark"
    assert raw.count(b"\r\n") == raw.count(b"\n"), "arbres.csv must use CRLF line ends only"
    header = raw[3:raw.index(b"\r\n")].decode("utf-8")
    assert header.startswith("idbase;type_emplacement;domanialite;adresse;"), header
    assert header.endswith(";geo_shape;geo_point_2d"), header


def test_trees_rows_and_coordinates():
    trees = read_semicolon_csv("arbres.csv", "utf-8-sig")
    assert len(trees) >= 5_000, f"only {len(trees)} trees"
    assert trees["idbase"].is_unique, "idbase must be unique in arbres.csv"
    assert set(trees["code_insee"]) == {"92999"}

    for row in trees.itertuples():
        lat_text, lon_text = row.geo_point_2d.split(", ")
        lat, lon = float(lat_text), float(lon_text)
        assert inside_city(lat, lon), f"tree {row.idbase} at {lat}, {lon} is outside the city"
        shape = json.loads(row.geo_shape)
        assert shape == {"coordinates": [lon, lat], "type": "Point"}, f"tree {row.idbase}: geo_shape {shape}"


def test_trees_species_and_growth_consistent():
    trees = read_semicolon_csv("arbres.csv", "utf-8-sig")
    genus_count = trees.groupby("libelle_francais")["genre"].nunique()
    assert (genus_count == 1).all(), f"French names with several genera: {genus_count[genus_count > 1].to_dict()}"
    for name in ("Platane", "Tilleul", "Marronnier", "Érable", "Frêne", "Sophora", "Charme", "Cerisier à fleurs"):
        assert name in set(trees["libelle_francais"]), f"{name} is missing from the species mix"

    years = trees["annee_plantation"].astype(int)
    heights = trees["hauteur_m"].astype(int)
    circumferences = trees["circonference_cm"].astype(int)
    assert years.between(1900, 2024).all(), "planting years must be 1900 to 2024"
    assert heights[years < 1950].mean() > heights[years > 2010].mean() + 5, "old trees must be taller"
    assert circumferences[years < 1950].mean() > 2 * circumferences[years > 2010].mean(), "old trees must be thicker"


# lieux.xlsx and lieux.citadel.json


def test_places_workbook_shape():
    workbook = openpyxl.load_workbook(SAMPLE_DATA / "lieux.xlsx")
    visible = [sheet.title for sheet in workbook.worksheets if sheet.sheet_state == "visible"]
    assert visible == ["Lieux"]
    sheet = workbook["Lieux"]
    header = [cell.value for cell in sheet[1]]
    assert header == ["Nom", "Catégorie", "Description", "Adresse", "Code postal", "Ville", "Téléphone",
                      "Site web", "Courriel", "Horaires", "Latitude", "Longitude"]
    assert sheet.max_row - 1 >= 500, f"only {sheet.max_row - 1} places"

    for row in sheet.iter_rows(min_row=2, values_only=True):
        lat, lon = row[10], row[11]
        assert isinstance(lat, float) and isinstance(lon, float), f"{row[0]}: coordinates must be numbers"
        assert inside_city(lat, lon), f"{row[0]} at {lat}, {lon} is outside the city"


def test_places_categories_and_contacts():
    places = pd.read_excel(SAMPLE_DATA / "lieux.xlsx", sheet_name="Lieux", dtype=str)
    expected = {"Commerce", "École", "Défibrillateur", "Toilettes publiques", "Bureau de vote",
                "Stationnement vélo", "Culture", "Sport"}
    assert set(places["Catégorie"]) == expected
    for column in ("Téléphone", "Site web", "Courriel"):
        filled = places[column].notna().sum()
        assert 0 < filled < len(places), f"{column}: some places, not all, must have it ({filled} filled)"
    assert places["Courriel"].dropna().str.endswith(".example").all(), "e-mails must use .example domains"


def test_places_citadel_valid():
    document = json.loads((SAMPLE_DATA / "lieux.citadel.json").read_text(encoding="utf-8"))
    assert validate_citadel(document) == []
    dataset = document["dataset"]
    assert dataset["license"]["term"] == "Licence Ouverte 2.0"
    assert dataset["lang"] == "fr-FR"
    assert dataset["created"] == dataset["updated"] == "20250115T09:00:00+00:00"

    workbook_rows = openpyxl.load_workbook(SAMPLE_DATA / "lieux.xlsx")["Lieux"].max_row - 1
    assert len(dataset["poi"]) == workbook_rows, "the Citadel file must hold every place of lieux.xlsx"
    for poi in dataset["poi"]:
        lat, lon = parse_pos_list(poi["location"]["point"]["pos"]["posList"])
        assert inside_city(lat, lon), f"{poi['title']} is outside the city"


# parkings_lambert93.geojson


def test_parkings_lambert93_shape():
    collection = json.loads((SAMPLE_DATA / "parkings_lambert93.geojson").read_text(encoding="utf-8"))
    assert collection["crs"] == {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::2154"}}
    features = collection["features"]
    assert 20 <= len(features) <= 30, f"{len(features)} car parks"

    multipoints = [feature for feature in features if feature["geometry"]["type"] == "MultiPoint"]
    assert len(multipoints) == 3, "three car parks must be single-point MultiPoints"
    assert all(len(feature["geometry"]["coordinates"]) == 1 for feature in multipoints)

    keys = {"nom", "adresse", "capacite", "places_pmr", "tarif_horaire", "hauteur_max_m", "type", "gestionnaire"}
    to_wgs84 = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
    for feature in features:
        properties = feature["properties"]
        assert set(properties) == keys, f"{properties.get('nom')}: properties {sorted(properties)}"
        assert properties["type"] in {"souterrain", "surface", "silo"}
        geometry = feature["geometry"]
        x, y = geometry["coordinates"][0] if geometry["type"] == "MultiPoint" else geometry["coordinates"]
        assert x > 100_000, f"{properties['nom']}: x={x} is not a Lambert-93 easting in metres"
        assert y > 6_000_000, f"{properties['nom']}: y={y} is not a Lambert-93 northing in metres"
        lon, lat = to_wgs84.transform(x, y)
        assert inside_city(lat, lon), f"{properties['nom']} at {lat}, {lon} is outside the city"


# evenements.csv: Excel-France export


def test_events_excel_france_shape():
    raw = (SAMPLE_DATA / "evenements.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert raw.count(b"\r\n") == raw.count(b"\n"), "evenements.csv must use CRLF line ends only"
    assert text.startswith("Titre;Catégorie;Lieu;Adresse;Date de début;Date de fin;Horaire;Tarif (€);"
                           "Latitude;Longitude;Description\r\n")
    for character in "éèàçœ’€":
        assert character in text, f"evenements.csv must contain {character!r}"


def test_events_dates_prices_coordinates():
    events = read_semicolon_csv("evenements.csv", "cp1252")
    assert 140 <= len(events) <= 160, f"{len(events)} events"

    starts = [datetime.strptime(value, "%d/%m/%Y") for value in events["Date de début"]]
    ends = [datetime.strptime(value, "%d/%m/%Y") for value in events["Date de fin"]]
    assert all(date.year == 2026 for date in starts + ends)
    assert all(start <= end for start, end in zip(starts, ends))
    assert any(date.day > 12 for date in starts), "some days must be above 12 to reveal a day/month swap"
    assert any(date.day <= 12 for date in starts)

    assert events["Tarif (€)"].str.fullmatch(r"0|\d+,\d\d").all(), "prices are written 12,50 or 0"
    assert (events["Tarif (€)"] == "0").any()
    for row in events.itertuples():
        assert re.fullmatch(r"\d+,\d+", row.Latitude), f"latitude {row.Latitude} must use a decimal comma"
        assert inside_city(french_float(row.Latitude), french_float(row.Longitude)), row.Titre


# budget_2025.csv


def test_budget_export_shape():
    raw = (SAMPLE_DATA / "budget_2025.csv").read_bytes()
    text = raw.decode("cp1252")
    assert text == raw.decode("latin-1"), "the budget must use latin-1 characters only"
    assert text.startswith("Section;Sens;Chapitre;Nature;Libellé nature;Fonction;Libellé fonction; BP \r\n")
    budget = read_semicolon_csv("budget_2025.csv", "cp1252")
    assert 250 <= len(budget) <= 400, f"{len(budget)} budget lines"
    assert budget[" BP "].str.fullmatch(r" \d{1,3}(\u00a0\d{3})*,\d\d    ").all(), "amounts like ' 1\\xa0063\\xa0850,00    '"
    assert (budget[" BP "].str.contains("\u00a0")).any()
    assert {"011", "012"} <= set(budget["Chapitre"]), "chapter codes keep their leading zero"
    assert "020" in set(budget["Fonction"]), "function codes keep their leading zero"
    assert set(budget["Section"]) == {"Fonctionnement", "Investissement"}
    assert set(budget["Sens"]) == {"Dépense", "Recette"}


def test_budget_balanced_per_section():
    budget = read_semicolon_csv("budget_2025.csv", "cp1252")
    budget["euros"] = budget[" BP "].str.strip().str.replace("\u00a0", "").str.replace(",", ".").astype(float)
    totals = budget.groupby(["Section", "Sens"])["euros"].sum().round(2)
    for section in ("Fonctionnement", "Investissement"):
        assert totals[(section, "Dépense")] == totals[(section, "Recette")], f"{section} is not balanced: {totals}"
    expenses = totals.xs("Dépense", level="Sens").sum()
    assert 130e6 <= expenses <= 170e6, f"total expenses {expenses:,.0f} € are implausible for 68,000 inhabitants"


# Exercise copies: the flaws sample_data/README.md documents


def test_places_exercise_duplicates():
    places = read_semicolon_csv("exercices/lieux_a_nettoyer.csv", "cp1252")
    assert len(places) == 120
    assert places.duplicated().sum() == 4
    for duplicate, original in {15: 3, 35: 12, 91: 90, 118: 47}.items():
        assert places.loc[duplicate].tolist() == places.loc[original].tolist(), f"row {duplicate} must copy row {original}"


def test_places_exercise_missing_addresses():
    places = read_semicolon_csv("exercices/lieux_a_nettoyer.csv", "cp1252")
    missing = places.index[places["Adresse"].str.strip() == ""].tolist()
    assert missing == [7, 23, 41, 58, 77, 102]


def test_places_exercise_one_swapped_row():
    places = read_semicolon_csv("exercices/lieux_a_nettoyer.csv", "cp1252")
    outside = [number for number, row in places.iterrows()
               if not inside_city(french_float(row["Latitude"]), french_float(row["Longitude"]))]
    assert outside == [64], "only row 64 may be outside the city"
    row = places.loc[64]
    assert inside_city(french_float(row["Longitude"]), french_float(row["Latitude"])), "row 64 must be a swap"


def test_places_exercise_personal_data():
    places = read_semicolon_csv("exercices/lieux_a_nettoyer.csv", "cp1252")
    assert "Commentaire" in places.columns
    emails = places["Courriel du déclarant"]
    filled = emails[emails != ""]
    assert len(filled) >= 60, "most rows must carry a reporter's e-mail"
    assert filled.str.fullmatch(r"[a-z]+\.[a-z]+\d*@[a-z]+\.example").all(), "reporters' e-mails are first.last@x.example"
    assert places["Commentaire"].str.contains(r"\b(?:M\.|Mme) [A-Z]").any(), "some comments must name a person"


def test_trees_exercise_flaws():
    trees = read_semicolon_csv("exercices/arbres_a_nettoyer.csv", "utf-8-sig")
    assert len(trees) == 400
    assert trees.duplicated().sum() == 5
    for duplicate, original in {58: 57, 140: 20, 233: 199, 310: 305, 399: 250}.items():
        assert trees.loc[duplicate].tolist() == trees.loc[original].tolist(), f"row {duplicate} must copy row {original}"

    zero_heights = trees.index[trees["hauteur_m"] == "0"].tolist()
    assert zero_heights == [5, 18, 29, 51, 66, 83, 97, 112, 131, 150, 159, 187, 215, 226, 248, 271, 292, 323, 356, 380]
    padded = trees.index[trees["libelle_francais"] != trees["libelle_francais"].str.strip()].tolist()
    assert padded == [9, 33, 77, 121, 178, 204, 262, 298, 344, 388]
    missing = trees.index[trees["geo_point_2d"] == ""].tolist()
    assert missing == [45, 166, 287, 371]
    assert (trees.loc[missing, "geo_shape"] == "").all()


# No real personal data in any file


@pytest.mark.parametrize("name, encoding", [
    ("arbres.csv", "utf-8-sig"), ("lieux.citadel.json", "utf-8"), ("evenements.csv", "cp1252"),
    ("exercices/lieux_a_nettoyer.csv", "cp1252"), ("catalog.json", "utf-8"),
])
def test_contacts_are_fictional(name, encoding):
    text = (SAMPLE_DATA / name).read_text(encoding=encoding)
    for email in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        assert email.endswith(".example"), f"{name}: e-mail {email} is not under a .example domain"
    for phone in re.findall(r"\b0\d(?: \d\d){4}\b", text):
        assert phone.startswith(("01 46 ", "01 99 00 ")), f"{name}: phone {phone} is outside the fictional ranges"


# Local catalog and sample_path


def test_catalog_entries_complete():
    datasets = load_catalog()
    assert len({dataset["id"] for dataset in datasets}) == len(datasets), "catalog ids must be unique"
    for dataset in datasets:
        missing = [field for field in REQUIRED_FIELDS if field not in dataset]
        assert not missing, f"{dataset['id']} lacks {missing}"
        assert dataset["licence"] in {"lov2", "odc-odbl", "cc-by"}, dataset["id"]
        assert dataset["update_frequency"] in {"daily", "weekly", "monthly", "quarterly", "annual", "irregular"}
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", dataset["modified"]), dataset["id"]


def test_catalog_local_files_exist_and_counted():
    local = [dataset for dataset in load_catalog() if dataset.get("files")]
    assert len(local) == 7
    for dataset in local:
        assert dataset["publisher"] == "Ville de Rivebelle"
        assert dataset["spatial"]["insee"] == "92999"
        assert dataset["page_url"] == f"https://data.rivebelle.example/explore/dataset/{dataset['id']}"
        for file in dataset["files"]:
            assert (SAMPLE_DATA / file["path"]).is_file(), f"{dataset['id']}: {file['path']} does not exist"
        first = dataset["files"][0]
        if first["format"] == "CSV":
            rows = read_semicolon_csv(first["path"], first["encoding"])
            assert dataset["records"] == len(rows), f"{dataset['id']}: records {dataset['records']} != {len(rows)}"
    licences = {dataset["id"]: dataset["licence"] for dataset in local}
    assert licences["rivebelle-arbres"] == "odc-odbl"
    assert licences["rivebelle-lieux"] == "lov2"


def test_catalog_example_entries_marked():
    examples = [dataset for dataset in load_catalog() if not dataset.get("files")]
    assert len(examples) >= 10
    for dataset in examples:
        assert dataset.get("example") is True, f"{dataset['id']} must be marked example"
        assert set(dataset["source"]) == {"portal", "id"}, dataset["id"]
        assert ".example/" in dataset["page_url"], f"{dataset['id']}: page_url must be fictional"
    assert {dataset["licence"] for dataset in examples} == {"lov2", "odc-odbl", "cc-by"}


def test_sample_path_by_id_and_name():
    assert sample_path("rivebelle-arbres") == SAMPLE_DATA / "arbres.csv"
    assert sample_path("lieux.citadel.json") == SAMPLE_DATA / "lieux.citadel.json"
    assert sample_path("lieux_a_nettoyer.csv") == SAMPLE_DATA / "exercices" / "lieux_a_nettoyer.csv"
    assert sample_path("exercices/arbres_a_nettoyer.csv") == SAMPLE_DATA / "exercices" / "arbres_a_nettoyer.csv"


def test_sample_path_unknown_name(language):
    language("en")
    with pytest.raises(WorkshopError) as caught:
        sample_path("arbres.xls")
    assert caught.value.key == "samples.unknown_dataset"
    assert "arbres.xls" in str(caught.value)
    assert "rivebelle-arbres" in str(caught.value), "the error must list the valid ids"


def test_sample_path_metadata_only_entry(language):
    language("fr")
    with pytest.raises(WorkshopError) as caught:
        sample_path("paris-les-arbres")
    assert caught.value.key == "samples.no_local_file"
    assert "https://opendata.paris.example/datasets/paris-les-arbres" in str(caught.value)
