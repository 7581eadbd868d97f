"""open_dataset on real public files from French portals and from the Citadel project.

Each file is listed with its expected row count and the box its positions must lie in,
so a regression that drops rows or puts a point in the wrong place fails here.
"""

from __future__ import annotations

import pandas as pd
import pytest

import workshop_kit as wk

# (south, north, west, east) in WGS84 degrees.
BONDY = (48.87, 48.93, 2.40, 2.51)
PARIS_AREA = (48.75, 48.95, 2.20, 2.50)
ILE_DE_FRANCE = (48.10, 49.25, 1.40, 3.60)
FRANCE = (41.0, 51.5, -5.5, 10.0)
ISSY = (48.81, 48.84, 2.24, 2.29)
ATHENS = (37.90, 38.05, 23.65, 23.85)
GENT = (51.00, 51.10, 3.65, 3.80)
ESSONNE_NORTH = (48.70, 48.80, 2.20, 2.35)

# file -> (rows, box or None for a table without places)
DATA_FILES = {
    "bondy_bornes_incendie_lambert93.geojson": (221, BONDY),
    "bondy_commerces_geocodes_cp1252.csv": (267, BONDY),
    "bondy_ralentisseurs.xlsx": (81, None),
    "bondy_rentree_scolaire_latin1.csv": (84, None),
    "insee_population_communes_latin1_crlf_extract.csv": (2000, None),
    "irve_consolidation_datagouv_2018_extract.csv": (1978, FRANCE),
    "montpellier_budget_primitif_2014_latin1_nbsp.csv": (1448, None),
    "paris_les_arbres_ods_extract.csv": (2000, PARIS_AREA),
    "paris_wifi_sites_ods_bom.csv": (277, PARIS_AREA),
    "ratp_sanitaires_stations.csv": (60, ILE_DE_FRANCE),
    "schema_arbres_exemple_valide.csv": (4, FRANCE),
    "schema_irve_statique_exemple.csv": (2, FRANCE),
}
CITADEL_FILES = {
    "CitadeL-POI-common-Athens.json": (4, ATHENS),
    "CitadeL-POI-common-Gent.json": (5, GENT),
    "Citadel-POI-common-event-Athens.json": (5, ATHENS),
    "Citadel-POI-common-event-Issy.json": (15, ISSY),
    "EVENTS_issy.json": (15, ISSY),
    "PARKING_athens.json": (4, ATHENS),
    "geoJSON.json": (12, ESSONNE_NORTH),
}
# JSON documents that describe data rather than hold a table: they must raise a clear error.
NOT_TABLES = {
    "data/schema_irve_statique_tableschema.json",
    "citadel/citadel_general.json",
    "citadel/citadel_general_schema.json",
}
# Text documents (metadata records, schemas as text, source notes) that open_dataset is not for.
DOCUMENTS = {"data/SOURCES.md", "citadel/SOURCES.md", "data/montpellier_budget_primitif_README_metadonnees.txt",
             "citadel/citadelJsonSchema.txt"}


@pytest.fixture(autouse=True)
def in_english(english):
    """Run every test of this module with English messages."""


@pytest.fixture(scope="module")
def opened(realworld):
    """Every real-world table opened once: relative path -> DataFrame."""
    frames = {}
    for folder, table in (("data", DATA_FILES), ("citadel", CITADEL_FILES)):
        for name in table:
            frames[f"{folder}/{name}"] = wk.open_dataset(realworld / folder / name)
    return frames


def test_every_file_listed(realworld):
    present = {f"{path.parent.name}/{path.name}" for folder in ("data", "citadel") for path in (realworld / folder).iterdir()}
    listed = {f"data/{name}" for name in DATA_FILES} | {f"citadel/{name}" for name in CITADEL_FILES}
    unlisted = present - listed - NOT_TABLES - DOCUMENTS
    assert not unlisted, f"real-world files without an expected row count and area: {sorted(unlisted)}"


@pytest.mark.parametrize("name", sorted(f"{folder}/{name}" for folder, table in
                                        (("data", DATA_FILES), ("citadel", CITADEL_FILES)) for name in table))
def test_rows_and_area(opened, name):
    table = DATA_FILES if name.startswith("data/") else CITADEL_FILES
    rows, box = table[name.split("/", 1)[1]]
    frame = opened[name]
    report = frame.attrs["workshop_report"]
    assert len(frame) == rows, f"{name}: {len(frame)} rows instead of {rows}"
    if box is None:
        assert "latitude" not in frame.columns, f"{name}: positions found in a table without places"
        return

    south, north, west, east = box
    latitude = frame["latitude"].dropna()
    assert len(latitude) > 0, f"{name}: no position read ({report.coordinate_source})"
    outside = frame[~(frame["latitude"].between(south, north) & frame["longitude"].between(west, east))
                    & frame["latitude"].notna()]
    unreported = [row for row in outside.index if row not in report.outlier_rows]
    assert not unreported, f"{name}: rows {unreported[:5]} lie outside {box} and are not reported as outliers"


@pytest.mark.parametrize("name", sorted(NOT_TABLES))
def test_descriptions_raise_clear_error(realworld, name):
    with pytest.raises(wk.WorkshopError) as error:
        wk.open_dataset(realworld / name)
    assert error.value.key == "reading.json_not_table", f"{name} raised {error.value.key}"


def test_hidden_first_sheet(opened):
    report = opened["data/bondy_ralentisseurs.xlsx"].attrs["workshop_report"]
    assert report.sheet == "ralentisseur", f"read sheet {report.sheet!r}"
    assert "Feuil3" in report.sheets, f"sheets listed: {report.sheets}"


def test_bondy_cp1252_multiline_cells(opened):
    frame = opened["data/bondy_commerces_geocodes_cp1252.csv"]
    assert frame.attrs["workshop_report"].encoding == "Windows-1252", "encoding misdetected"
    multiline = frame["Téléphone"].dropna().str.contains("\n")
    assert multiline.any(), "no phone cell kept its embedded newline"
    assert frame["Activité"].str.contains("é").any(), "accents lost"
    assert "Infos" in frame.columns, "the padded header 'Infos ' was not cleaned"


def test_montpellier_nbsp_amounts(opened):
    frame = opened["data/montpellier_budget_primitif_2014_latin1_nbsp.csv"]
    assert frame.loc[0, "BP"] == pytest.approx(1063850.0), f"first amount read as {frame.loc[0, 'BP']!r}"
    assert frame["Nature"].dtype == "str", "Nature codes should stay text"
    assert frame["Fonction"].dtype == "str", "Fonction codes should stay text"


def test_ratp_pair_without_space(opened):
    frame = opened["data/ratp_sanitaires_stations.csv"]
    assert frame.loc[0, "latitude"] == pytest.approx(48.80357), "'lat,lon' without space misread"
    assert frame.loc[0, "longitude"] == pytest.approx(2.3174), "'lat,lon' without space misread"


def test_irve_schema_lon_lat_brackets(opened):
    frame = opened["data/schema_irve_statique_exemple.csv"]
    report = frame.attrs["workshop_report"]
    assert report.coordinate_source == "coordonneesXY ([lon, lat])", report.coordinate_source
    assert frame.loc[0, "latitude"] == pytest.approx(48.345345), "[lon,lat] misread"


def test_trees_leading_zero_codes(opened):
    frame = opened["data/paris_les_arbres_ods_extract.csv"]
    assert frame.loc[1, "IDEMPLACEMENT"] == "000202016", f"code read as {frame.loc[1, 'IDEMPLACEMENT']!r}"
    assert frame.loc[0, "LIBELLE FRANCAIS"] == "Marronnier", "first tree misread"


def test_trees_schema_swapped_and_outlier(opened):
    frame = opened["data/schema_arbres_exemple_valide.csv"]
    report = frame.attrs["workshop_report"]
    assert frame.loc[1, "latitude"] == pytest.approx(43.2959), "the swapped latitude/longitude columns were not put back"
    assert report.outlier_rows == [0], f"row 0 (in Normandy, far from the Marseille rows) not flagged: {report.outlier_rows}"


def test_insee_codes_text(opened):
    frame = opened["data/insee_population_communes_latin1_crlf_extract.csv"]
    corsica = frame[frame["codgeo"].str.startswith(("2A", "2B"))]
    assert len(corsica) == 25, f"{len(corsica)} Corsican codes instead of 25"
    assert frame.loc[0, "libgeo"] == "Châteauneuf", f"accented name read as {frame.loc[0, 'libgeo']!r}"


def test_irve_quirks_reported(opened):
    frame = opened["data/irve_consolidation_datagouv_2018_extract.csv"]
    report = frame.attrs["workshop_report"]
    warnings = " ".join(note.text() for note in report.warnings)
    assert "puiss_max" in warnings, "shifted puiss_max cells are not reported"
    assert frame["code_insee"].dtype == "str", "code_insee should stay text"
    assert frame["longitude"].notna().sum() >= 1970, "longitudes with non-breaking spaces were lost"
    assert pd.api.types.is_datetime64_any_dtype(frame["date_maj"]), "date_maj not read as dates"


def test_lambert93_geojson_declared(opened):
    report = opened["data/bondy_bornes_incendie_lambert93.geojson"].attrs["workshop_report"]
    assert report.crs == "EPSG:2154", f"CRS read as {report.crs}"
