"""publish: rejection, versions, atomic files, catalogs and the portal database."""

from __future__ import annotations

import json
import sqlite3

import pytest

import workshop_kit as wk
from quality_frames import GOOD_METADATA, clean_places, messy_places
from workshop_kit.exports.csv_package import validate_package
from workshop_kit.exports.dcat import validate_dcat
from workshop_kit.exports.geojson import validate_geojson


@pytest.fixture(autouse=True)
def english():
    wk.set_language("en")
    yield
    wk.set_language("fr")


@pytest.fixture
def published_twice(tmp_path):
    first = wk.publish(clean_places(), GOOD_METADATA, portal=tmp_path)
    changed = clean_places()
    changed.loc[0, "nom"] = "Hôtel de ville (accueil)"
    second = wk.publish(changed, GOOD_METADATA, portal=tmp_path)
    return tmp_path, first, second


def test_rejection_lists_reasons(tmp_path):
    with pytest.raises(wk.WorkshopError) as error:
        wk.publish(messy_places(), dict(GOOD_METADATA, licence="cc-by-nc"), portal=tmp_path)
    text = str(error.value)
    assert "Commentaire" in text, f"the free-text column must be named: {text}"
    assert "cc-by-nc" in text, f"the bad licence must be named: {text}"


def test_rejection_writes_nothing(tmp_path):
    with pytest.raises(wk.WorkshopError):
        wk.publish(messy_places(), GOOD_METADATA, portal=tmp_path)
    assert list(tmp_path.iterdir()) == [], "a rejected publication must leave the portal untouched"


def test_metadata_must_be_dict(tmp_path):
    with pytest.raises(wk.WorkshopError):
        wk.publish(clean_places(), "Lieux", portal=tmp_path)


def test_bad_dataset_id_rejected(tmp_path):
    with pytest.raises(wk.WorkshopError) as error:
        wk.publish(clean_places(), dict(GOOD_METADATA, id="../../etc"), portal=tmp_path)
    assert "../../etc" in str(error.value), str(error.value)


def test_versions_kept(published_twice):
    portal, first, second = published_twice
    assert (first.version, second.version) == (1, 2)
    first_csv = first.files["csv"].read_text(encoding="utf-8")
    assert "Hôtel de ville," in first_csv, "version 1 must keep its own content"
    assert "Hôtel de ville (accueil)" in second.files["csv"].read_text(encoding="utf-8")


def test_no_temporary_files_left(published_twice):
    portal, first, second = published_twice
    # The portal's lock file stays on purpose: removing it would let a waiting writer lock a stale file.
    leftovers = [
        path for path in portal.rglob("*")
        if (path.name.startswith(".") or path.suffix == ".tmp") and path.name != ".publish.lock"
    ]
    assert leftovers == [], leftovers


def test_existing_version_folder_never_reused(tmp_path):
    folder = tmp_path / "datasets" / GOOD_METADATA["id"] / "v1"
    folder.mkdir(parents=True)
    (folder / "note.txt").write_text("kept", encoding="utf-8")
    publication = wk.publish(clean_places(), GOOD_METADATA, portal=tmp_path)
    assert publication.version == 2, publication.version
    assert (folder / "note.txt").read_text(encoding="utf-8") == "kept"


def test_all_files_validate(published_twice):
    _, _, second = published_twice
    assert set(second.files) == {"csv", "datapackage", "geojson", "citadel", "dcat"}, set(second.files)
    assert validate_package(second.files["datapackage"]) == []
    assert validate_geojson(second.files["geojson"]) == []
    assert validate_dcat(second.files["dcat"]) == []


def test_table_without_places_has_no_geojson(tmp_path):
    frame = clean_places().drop(columns=["latitude", "longitude"])
    publication = wk.publish(frame, GOOD_METADATA, portal=tmp_path)
    assert set(publication.files) == {"csv", "datapackage", "dcat"}, set(publication.files)


def test_catalog_lists_versions(published_twice):
    portal, _, _ = published_twice
    catalog = json.loads((portal / "catalog.json").read_text(encoding="utf-8"))
    entry = catalog["datasets"][0]
    assert [version["version"] for version in entry["versions"]] == [1, 2]
    assert entry["latest"] == 2


def test_dcat_catalog_harvestable(published_twice):
    portal, _, _ = published_twice
    document = json.loads((portal / "catalog.dcat.jsonld").read_text(encoding="utf-8"))
    assert validate_dcat(document) == []
    urls = [item["dcat:downloadURL"]["@id"] for item in document["dcat:dataset"][0]["dcat:distribution"]]
    assert all("/v2/" in url for url in urls), f"the catalog must point at the latest version: {urls}"


def test_base_url_used_in_links(tmp_path):
    wk.publish(clean_places(), GOOD_METADATA, portal=tmp_path, base_url="https://data.rivebelle.example")
    document = json.loads((tmp_path / "catalog.dcat.jsonld").read_text(encoding="utf-8"))
    assert document["dcat:dataset"][0]["@id"] == "https://data.rivebelle.example/datasets/rivebelle-lieux-test"


def test_database_holds_latest_version(published_twice):
    portal, _, _ = published_twice
    with sqlite3.connect(portal / "portal.db") as connection:
        names = [row[0] for row in connection.execute(f"SELECT nom FROM [{GOOD_METADATA['id']}]")]
        found = connection.execute(
            f"SELECT count(*) FROM [{GOOD_METADATA['id']}_fts] WHERE [{GOOD_METADATA['id']}_fts] MATCH 'accueil'"
        ).fetchone()[0]
    assert names[0] == "Hôtel de ville (accueil)", names
    assert len(names) == 3, names
    assert found == 1, "full-text search should find the new name"


def test_datasette_metadata_has_licence(published_twice):
    portal, _, _ = published_twice
    metadata = json.loads((portal / "metadata.json").read_text(encoding="utf-8"))
    table = metadata["databases"]["portal"]["tables"][GOOD_METADATA["id"]]
    assert table["license"].startswith("Licence Ouverte 2.0"), table
    assert table["source"] == "Ville de Rivebelle", table


def test_schema_fields_used_in_package(tmp_path):
    publication = wk.publish(clean_places(), GOOD_METADATA, portal=tmp_path, schema="lieux")
    descriptor = json.loads(publication.files["datapackage"].read_text(encoding="utf-8"))
    fields = {field["name"]: field for field in descriptor["resources"][0]["schema"]["fields"]}
    assert fields["code_postal"]["constraints"]["pattern"] == "^[0-9]{5}$", fields["code_postal"]


def test_simultaneous_publications_all_recorded(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=4) as pool:
        publications = list(pool.map(lambda _: wk.publish(clean_places(), GOOD_METADATA, portal=tmp_path), range(4)))

    versions = sorted(publication.version for publication in publications)
    assert versions == [1, 2, 3, 4]
    catalog = json.loads((tmp_path / "catalog.json").read_text(encoding="utf-8"))
    recorded = sorted(version["version"] for entry in catalog["datasets"] for version in entry["versions"])
    assert recorded == [1, 2, 3, 4], f"the catalog lost a version: {recorded}"
