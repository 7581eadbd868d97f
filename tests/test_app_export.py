"""build_app: the exported folder, escaping, Citadel JSON beside the app, no overwrite."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

import workshop_kit as wk
from workshop_kit.app.export import APP_MARKER
from workshop_kit.formats.citadel import read_citadel, to_citadel, validate_citadel, write_citadel

XSS_TITLE = "<img src=x onerror=alert(1)>"


def places(count: int = 30) -> pd.DataFrame:
    categories = ["Sport", "École", "Culture"]
    return pd.DataFrame({
        "Nom": [XSS_TITLE if index == 0 else f"Lieu {index}" for index in range(count)],
        "Catégorie": [categories[index % 3] for index in range(count)],
        "Téléphone": ["01 46 00 00 %02d" % index for index in range(count)],
        "Description": ["</script><script>alert(2)</script>" if index == 1 else "" for index in range(count)],
        "Latitude": [48.815 + index * 0.0005 for index in range(count)],
        "Longitude": [2.245 + index * 0.001 for index in range(count)],
    })


def app_config(folder) -> dict:
    """Return the JSON the app reads, taken from its <script type="application/json"> block."""
    text = (folder / "index.html").read_text(encoding="utf-8")
    match = re.search(r'<script id="app-data" type="application/json">(.*?)</script>', text, re.S)
    assert match, "index.html has no app-data block"
    return json.loads(match.group(1))


def test_build_app_writes_index_and_citadel(tmp_path):
    folder = wk.build_app(places(), output=tmp_path / "ville", title="Ville")
    assert (folder / "index.html").is_file(), f"no index.html in {folder}"
    assert (folder / "ville.citadel.json").is_file(), f"no ville.citadel.json in {list(folder.iterdir())}"


def test_build_app_citadel_json_is_valid(tmp_path):
    folder = wk.build_app(places(), output=tmp_path / "ville", title="Ville")
    document = json.loads((folder / "ville.citadel.json").read_text(encoding="utf-8"))
    errors = validate_citadel(document)
    assert errors == [], f"Citadel JSON beside the app is invalid: {errors[:3]}"
    assert len(document["dataset"]["poi"]) == 30, "every place should be a POI"


def test_build_app_citadel_keeps_phone_role(tmp_path):
    folder = wk.build_app(places(), output=tmp_path / "ville", title="Ville")
    table = read_citadel(folder / "ville.citadel.json")
    assert table["phone"].notna().all(), "the Téléphone column should become #Citadel_telephone attributes"


def test_build_app_no_external_resource(tmp_path):
    text = (wk.build_app(places(), output=tmp_path / "app", title="Ville") / "index.html").read_text(encoding="utf-8")
    external = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)=["\']?(?:https?:)?//', text)
    assert external == [], f"index.html loads resources from the network: {external}"


def test_build_app_data_cannot_close_script(tmp_path):
    text = (wk.build_app(places(), output=tmp_path / "app", title="Ville") / "index.html").read_text(encoding="utf-8")
    data_block = text.split('<script id="app-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data_block, "a raw '<' in the JSON block could close the script element"


def test_build_app_data_round_trips_xss_title(tmp_path):
    config = app_config(wk.build_app(places(), output=tmp_path / "app", title="Ville"))
    titles = next(field for field in config["places"]["fields"] if field["role"] == "title")
    assert XSS_TITLE in titles["values"], "the title must reach the app unchanged, to be shown as text"


def test_build_app_title_escaped_in_head(tmp_path):
    text = (wk.build_app(places(), output=tmp_path / "app", title="<b>Ville</b>") / "index.html").read_text(encoding="utf-8")
    assert "<title>&lt;b&gt;Ville&lt;/b&gt;</title>" in text, "the app title must be HTML-escaped in <title>"


def test_build_app_labels_follow_language(tmp_path):
    config = app_config(wk.build_app(places(), output=tmp_path / "app", title="Town", language="en"))
    assert config["labels"]["map"] == "Map", f"English labels expected, got {config['labels']['map']!r}"


def test_build_app_second_export_gets_new_folder(tmp_path):
    first = wk.build_app(places(), output=tmp_path / "ville", title="Ville")
    before = (first / "index.html").read_bytes()
    second = wk.build_app(places(5), output=tmp_path / "ville", title="Ville")
    assert second.name == "ville-2", f"second export should go to ville-2, went to {second}"
    assert (first / "index.html").read_bytes() == before, "the first app was changed by the second export"


def test_build_app_overwrite_replaces_app(tmp_path):
    first = wk.build_app(places(), output=tmp_path / "ville", title="Ville")
    second = wk.build_app(places(5), output=tmp_path / "ville", title="Ville", overwrite=True)
    assert second == first, f"overwrite=True should reuse {first}, wrote {second}"
    assert app_config(second)["places"]["count"] == 5, "the replaced app should hold the new places"


def test_build_app_overwrite_refuses_other_folder(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "mine.txt").write_text("learner's notes", encoding="utf-8")
    with pytest.raises(wk.WorkshopError) as error:
        wk.build_app(places(), output=folder, title="Ville", overwrite=True)
    assert error.value.key == "app.not_an_app_folder", f"unexpected error {error.value.key}"
    assert (folder / "mine.txt").read_text(encoding="utf-8") == "learner's notes", "the learner's file changed"


def test_build_app_leaves_no_staging_folder(tmp_path):
    wk.build_app(places(), output=tmp_path / "ville", title="Ville")
    wk.build_app(places(), output=tmp_path / "ville", title="Ville", overwrite=True)
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == ["ville"], f"temporary folders were left behind: {names}"
    assert (tmp_path / "ville" / APP_MARKER).is_file(), "the app folder lost its marker file"


def test_build_app_from_citadel_file(tmp_path):
    table = places().rename(columns={"Latitude": "latitude", "Longitude": "longitude"})
    mapping = {"title": "Nom", "category": "Catégorie", "phone": "Téléphone", "description": "Description"}
    metadata = {"id": "lieux", "licence": "Licence Ouverte 2.0", "licence_url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence",
                "link": "https://data.rivebelle.example", "author": "Ville de Rivebelle"}
    source = write_citadel(to_citadel(table, mapping, metadata), tmp_path / "lieux.citadel.json")

    config = app_config(wk.build_app(source, output=tmp_path / "app", language="fr"))
    assert config["places"]["count"] == 30, f"expected 30 places from the Citadel file, got {config['places']['count']}"
    assert config["info"]["licence"] == "Licence Ouverte 2.0", f"licence not taken from the file: {config['info']}"
    assert config["title"] == "lieux", f"title should default to the dataset id, got {config['title']!r}"


def test_build_app_rejects_table_without_positions(tmp_path):
    with pytest.raises(wk.WorkshopError) as error:
        wk.build_app(pd.DataFrame({"Nom": ["A"]}), output=tmp_path / "app")
    assert error.value.key == "app.no_position", f"unexpected error {error.value.key}"


def test_build_app_reads_decimal_commas(tmp_path):
    df = pd.DataFrame({"Nom": ["A", "B"], "Latitude": ["48,82", "48,83"], "Longitude": ["2,26", "2,27"]})
    config = app_config(wk.build_app(df, output=tmp_path / "app"))
    assert config["places"]["lat"] == [48.82, 48.83], f"decimal commas misread: {config['places']['lat']}"


def test_build_app_rejects_bad_color(tmp_path):
    with pytest.raises(wk.WorkshopError) as error:
        wk.build_app(places(), output=tmp_path / "app", colors="blue")
    assert "blue" in str(error.value), f"the message should name the colour: {error.value}"


def test_build_app_rejects_non_citadel_json(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"type": "FeatureCollection"}', encoding="utf-8")
    with pytest.raises(wk.WorkshopError) as error:
        wk.build_app(path, output=tmp_path / "app")
    assert error.value.key == "app.not_citadel", f"unexpected error {error.value.key}"


def test_build_app_prefers_open_dataset_positions(tmp_path):
    df = pd.DataFrame({"Nom": ["A"], "Latitude": ["48,82"], "Longitude": ["2,26"], "latitude": [48.82], "longitude": [2.26]})
    config = app_config(wk.build_app(df, output=tmp_path / "app"))
    names = [field["name"] for field in config["places"]["fields"]]
    assert names == ["Nom"], f"position columns should not show as attributes: {names}"


def test_build_app_optional_tiles(tmp_path):
    tiles = {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "attribution": "© OpenStreetMap"}
    config = app_config(wk.build_app(places(), output=tmp_path / "app", tiles=tiles))
    assert config["tiles"] == tiles, f"the tile layer should reach the app: {config['tiles']}"


def test_build_app_no_tiles_by_default(tmp_path):
    config = app_config(wk.build_app(places(), output=tmp_path / "app"))
    assert config["tiles"] is None, "the app must not load tiles unless asked, so it works offline"


def test_build_app_rejects_bad_tiles(tmp_path):
    with pytest.raises(wk.WorkshopError) as error:
        wk.build_app(places(), output=tmp_path / "app", tiles={"url": "javascript:alert(1)"})
    assert error.value.key == "app.bad_tiles", f"unexpected error {error.value.key}"


@pytest.mark.parametrize(("name", "count"), [("EVENTS_issy.json", 15), ("CitadeL-POI-common-Gent.json", 5), ("PARKING_athens.json", 4)])
def test_build_app_from_real_citadel(realworld, tmp_path, name, count):
    config = app_config(wk.build_app(realworld / "citadel" / name, output=tmp_path / "app"))
    assert config["places"]["count"] == count, f"{name}: expected {count} places, got {config['places']['count']}"
    roles = {field["role"] for field in config["places"]["fields"]}
    assert "phone" in roles, f"{name}: #Citadel_telephone attributes should become the phone role, roles: {roles}"


def test_build_app_real_citadel_licence(realworld, tmp_path):
    config = app_config(wk.build_app(realworld / "citadel" / "CitadeL-POI-common-Gent.json", output=tmp_path / "app"))
    assert config["info"]["licence"] == "CC BY 3.0", f"the file's licence should reach the app: {config['info']}"
