"""find_datasets and download on the local catalog, which works with no network."""

from __future__ import annotations

import json

import pytest

from workshop_kit import set_language
from workshop_kit.errors import WorkshopError
from workshop_kit.finding import COLUMNS, download, facet_counts, find_datasets, is_local_dataset, open_code, resolve

CATALOG = {
    "catalog": {"title": "Données ouvertes de test", "publisher": "Ville de Rivebelle"},
    "datasets": [
        {
            "id": "rivebelle-arbres",
            "title": "Arbres d'alignement",
            "title_en": "Street trees",
            "description": "Inventaire des arbres de la ville.",
            "description_en": "Inventory of the city's trees.",
            "publisher": "Ville de Rivebelle",
            "licence": "odc-odbl",
            "update_frequency": "monthly",
            "keywords": ["arbres", "espaces verts"],
            "theme": "ENVI",
            "modified": "2025-11-03",
            "formats": ["CSV"],
            "records": 5200,
            "files": [{"path": "arbres.csv", "format": "CSV", "encoding": "utf-8-sig"}],
            "page_url": "https://data.rivebelle.example/explore/dataset/rivebelle-arbres",
        },
        {
            "id": "rivebelle-lieux",
            "title": "Lieux et équipements",
            "title_en": "Places and facilities",
            "description": "Écoles, commerces, défibrillateurs.",
            "description_en": "Schools, shops, defibrillators.",
            "publisher": "Ville de Rivebelle",
            "licence": "lov2",
            "update_frequency": "monthly",
            "keywords": ["écoles", "commerces"],
            "theme": "REGI",
            "modified": "2026-10-01",
            "formats": ["XLSX", "JSON"],
            "records": 520,
            "files": [
                {"path": "lieux.xlsx", "format": "XLSX"},
                {"path": "lieux.citadel.json", "format": "JSON"},
            ],
            "page_url": "https://data.rivebelle.example/explore/dataset/rivebelle-lieux",
        },
        {
            "id": "exemple-irve",
            "title": "Bornes de recharge pour véhicules électriques",
            "title_en": "Electric vehicle charging points",
            "description": "Fichier consolidé des bornes (IRVE).",
            "description_en": "Consolidated file of charging points.",
            "publisher": "Etalab",
            "licence": "Licence Ouverte / Open Licence version 2.0",
            "update_frequency": "daily",
            "keywords": ["IRVE", "mobilité électrique"],
            "theme": "TRAN",
            "modified": "2026-12-01",
            "formats": ["CSV", "JSON"],
            "records": 98000,
            "page_url": "https://www.data.gouv.example/datasets/irve",
            "source": {"portal": "udata", "id": "irve"},
            "example": True,
        },
    ],
}


@pytest.fixture
def catalog(tmp_path):
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(CATALOG, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "arbres.csv").write_text("idbase;genre\n1;Platanus\n", encoding="utf-8")
    (tmp_path / "lieux.xlsx").write_bytes(b"PK")
    (tmp_path / "lieux.citadel.json").write_text("{}", encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def french():
    set_language("fr")


def test_local_empty_query_lists_all(catalog):
    table = find_datasets(catalog=catalog)
    assert list(table.columns) == list(COLUMNS), list(table.columns)
    assert list(table["dataset_id"]) == ["rivebelle-arbres", "rivebelle-lieux", "exemple-irve"], list(table["dataset_id"])
    assert table.attrs["total_count"] == 3


def test_local_query_ignores_accents(catalog):
    table = find_datasets("ECOLES", catalog=catalog)
    assert list(table["dataset_id"]) == ["rivebelle-lieux"], list(table["dataset_id"])


def test_local_query_every_word(catalog):
    table = find_datasets("bornes électriques", catalog=catalog)
    assert list(table["dataset_id"]) == ["exemple-irve"], list(table["dataset_id"])
    assert find_datasets("bornes arbres", catalog=catalog).empty, "a dataset must match every word"


def test_local_query_matches_english(catalog):
    table = find_datasets("trees", catalog=catalog)
    assert list(table["dataset_id"]) == ["rivebelle-arbres"], list(table["dataset_id"])


def test_local_title_follows_language(catalog):
    set_language("en")
    table = find_datasets("arbres", catalog=catalog)
    assert table.iloc[0]["title"] == "Street trees", table.iloc[0]["title"]
    assert table.iloc[0]["theme"] == "Environment", table.iloc[0]["theme"]
    assert table.iloc[0]["licence_name"] == "ODbL (Open Database License)"


def test_local_metadata_columns(catalog):
    row = find_datasets("irve", catalog=catalog).iloc[0]
    assert row["licence_id"] == "lov2", row["licence_id"]
    assert row["licence_name"] == "Licence Ouverte 2.0 (Etalab)", row["licence_name"]
    assert row["update_frequency"] == "daily", row["update_frequency"]
    assert row["records"] == 98000, row["records"]
    assert row["formats"] == ["CSV", "JSON"], row["formats"]
    assert row["theme"] == "Transports", row["theme"]
    assert str(row["modified"].date()) == "2026-12-01", row["modified"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"licence": "ODbL"}, ["rivebelle-arbres"]),
        ({"licence": "lov2"}, ["rivebelle-lieux", "exemple-irve"]),
        ({"format": "json"}, ["rivebelle-lieux", "exemple-irve"]),
        ({"publisher": "ville de rivebelle"}, ["rivebelle-arbres", "rivebelle-lieux"]),
        ({"theme": "ENVI"}, ["rivebelle-arbres"]),
        ({"theme": "Transports"}, ["exemple-irve"]),
        ({"keyword": "IRVE"}, ["exemple-irve"]),
        ({"frequency": "mensuelle"}, ["rivebelle-arbres", "rivebelle-lieux"]),
        ({"licence": "lov2", "format": "xlsx"}, ["rivebelle-lieux"]),
    ],
)
def test_local_filters(catalog, filters, expected):
    table = find_datasets(catalog=catalog, **filters)
    assert list(table["dataset_id"]) == expected, f"{filters} gave {list(table['dataset_id'])}"


def test_local_limit_and_offset(catalog):
    table = find_datasets(catalog=catalog, limit=1, offset=1)
    assert list(table["dataset_id"]) == ["rivebelle-lieux"], list(table["dataset_id"])
    assert table.attrs["total_count"] == 3, "total_count counts every match, not only the page"


def test_unknown_filter_names_choices(catalog):
    with pytest.raises(WorkshopError) as caught:
        find_datasets(catalog=catalog, licence_id="lov2")
    assert caught.value.key == "finding.unknown_filter", caught.value.key
    assert "licence_id" in str(caught.value), f"the message should name the wrong filter: {caught.value}"
    assert "publisher" in str(caught.value), f"the message should list the valid filters: {caught.value}"


@pytest.mark.parametrize("limit", [0, -3, "10", 2.5, True])
def test_invalid_limit(catalog, limit):
    with pytest.raises(WorkshopError) as caught:
        find_datasets(catalog=catalog, limit=limit)
    assert caught.value.key == "finding.invalid_limit", caught.value.key


def test_facet_counts(catalog):
    table = find_datasets(catalog=catalog)
    assert facet_counts(table, "formats") == [("CSV", 2), ("JSON", 2), ("XLSX", 1)], facet_counts(table, "formats")
    assert facet_counts(table, "licence_id") == [("lov2", 2), ("odc-odbl", 1)]


def test_download_local_file(catalog):
    path = download("rivebelle-arbres", catalog=catalog)
    assert path == (catalog.parent / "arbres.csv").resolve(), path


def test_download_local_format(catalog):
    path = download("rivebelle-lieux", format="json", catalog=catalog)
    assert path.name == "lieux.citadel.json", path


def test_download_local_missing_format(catalog):
    with pytest.raises(WorkshopError) as caught:
        download("rivebelle-lieux", format="csv", catalog=catalog)
    assert caught.value.key == "finding.format_not_available", caught.value.key
    assert "XLSX, JSON" in str(caught.value), str(caught.value)


def test_download_example_has_no_file(catalog):
    with pytest.raises(WorkshopError) as caught:
        download("exemple-irve", catalog=catalog)
    assert caught.value.key == "finding.no_local_file", caught.value.key
    assert "https://www.data.gouv.example/datasets/irve" in str(caught.value), "the message gives the page to open"


def test_resolve_unknown_lists_ids(catalog):
    with pytest.raises(WorkshopError) as caught:
        resolve("arbres", catalog=catalog)
    assert caught.value.key == "finding.unknown_dataset", caught.value.key
    assert "rivebelle-arbres, rivebelle-lieux" in str(caught.value), str(caught.value)


def test_local_file_missing_on_disk(catalog):
    (catalog.parent / "arbres.csv").unlink()
    with pytest.raises(WorkshopError) as caught:
        download("rivebelle-arbres", catalog=catalog)
    assert caught.value.key == "finding.local_file_missing", caught.value.key


def test_invalid_catalog_file(tmp_path):
    broken = tmp_path / "catalog.json"
    broken.write_text("{ not json", encoding="utf-8")
    with pytest.raises(WorkshopError) as caught:
        find_datasets(catalog=broken)
    assert caught.value.key == "finding.catalog_invalid", caught.value.key


def test_is_local_dataset(catalog):
    assert is_local_dataset("rivebelle-arbres", catalog)
    assert not is_local_dataset("arbres.csv", catalog)


def test_open_code_lines():
    assert open_code("rivebelle-arbres") == 'data = wk.open_dataset(wk.download("rivebelle-arbres"))'
    assert open_code("les-arbres", "opendata.paris.fr", "opendatasoft") == (
        'data = wk.open_dataset(wk.download("les-arbres", portal="opendata.paris.fr"))'
    )
    assert open_code("x", "http://127.0.0.1:8000", "ckan") == (
        'data = wk.open_dataset(wk.download("x", portal="http://127.0.0.1:8000", api="ckan"))'
    )
