"""The portal: a published dataset read back over HTTP from a real Datasette."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import urllib.request

import pytest

import workshop_kit as wk
from quality_frames import GOOD_METADATA, clean_places
from workshop_kit.portal import start_portal, stop_portal

TABLE = GOOD_METADATA["id"]


@pytest.fixture(scope="module")
def portal_url(tmp_path_factory):
    portal = tmp_path_factory.mktemp("portal")
    places = clean_places()
    places.insert(0, "id", ["L1", "L2", "L3"])
    wk.publish(places, GOOD_METADATA, portal=portal)
    process, url = start_portal(portal)
    yield url
    stop_portal(process)


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


pytestmark = pytest.mark.slow


def test_rows_as_json(portal_url):
    rows = json.loads(fetch(f"{portal_url}portal/{TABLE}.json?_shape=array"))
    assert [row["nom"] for row in rows] == list(clean_places()["nom"]), rows


def test_rows_as_csv(portal_url):
    rows = list(csv.DictReader(io.StringIO(fetch(f"{portal_url}portal/{TABLE}.csv"))))
    assert [row["code_postal"] for row in rows] == ["92990"] * 3, rows


def test_search(portal_url):
    rows = json.loads(fetch(f"{portal_url}portal/{TABLE}.json?_search=Pharmacie&_shape=array"))
    assert [row["nom"] for row in rows] == ["Pharmacie du Centre"], rows


def test_row_has_its_own_address(portal_url):
    rows = json.loads(fetch(f"{portal_url}portal/{TABLE}/L2.json?_shape=array"))
    assert [row["nom"] for row in rows] == ["Médiathèque Jules Verne"], rows


def test_licence_and_source_shown(portal_url):
    page = fetch(f"{portal_url}portal/{TABLE}")
    assert "Licence Ouverte 2.0" in page, "the table page should show the licence"
    assert "Ville de Rivebelle" in page, "the table page should show the source"


def test_map_plugin_loaded(portal_url):
    plugins = [plugin["name"] for plugin in json.loads(fetch(f"{portal_url}-/plugins.json"))]
    assert "datasette-cluster-map" in plugins, plugins


def test_empty_portal_refused(tmp_path):
    with pytest.raises(wk.WorkshopError):
        start_portal(tmp_path)


def test_broken_database_reported(tmp_path):
    (tmp_path / "portal.db").write_text("not a database", encoding="utf-8")
    with pytest.raises(wk.WorkshopError) as error:
        start_portal(tmp_path)
    assert "datasette.log" in str(error.value), f"the message should point to the log: {error.value}"


def test_cli_prints_address_and_stops(tmp_path):
    wk.publish(clean_places(), GOOD_METADATA, portal=tmp_path)
    process = subprocess.Popen([sys.executable, "-m", "workshop_kit.cli", "--lang", "en", "portal",
                                "--portal", str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        line = process.stdout.readline()
        assert "http://127.0.0.1:" in line, f"the command should print the address: {line!r}"
        address = line.split("http://", 1)[1].split()[0]
        assert json.loads(fetch(f"http://{address}-/versions.json"))["datasette"]["version"], "no version"
    finally:
        process.send_signal(2)
        process.wait(timeout=20)
    leftovers = subprocess.run(["pgrep", "-f", f"datasette serve {tmp_path}"], capture_output=True, text=True)
    assert leftovers.stdout.strip() == "", f"Ctrl+C must stop Datasette too: {leftovers.stdout}"


@pytest.mark.browser
def test_map_shows_places(portal_url, page):
    # Map tiles come from the internet: block every request that is not the portal's.
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(portal_url)
               else route.abort())
    page.goto(f"{portal_url}portal/{TABLE}")
    page.wait_for_selector(".leaflet-marker-icon, .marker-cluster", timeout=15000)
    markers = page.locator(".leaflet-marker-icon, .marker-cluster").count()
    assert markers >= 1, "datasette-cluster-map should draw the places on the table page"
