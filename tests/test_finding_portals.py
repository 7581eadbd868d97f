"""find_datasets and download against OpenDataSoft, CKAN and udata responses served on 127.0.0.1."""

from __future__ import annotations

import pytest

from workshop_kit import set_language
from workshop_kit.errors import WorkshopError
from workshop_kit.finding import COLUMNS, PortalClient, download, find_datasets

pytest_plugins = ["portal_server"]


@pytest.fixture
def client(tmp_path):
    """A client with short waits and its own cache folder."""
    client = PortalClient(timeout=5, retries=2, backoff=0.05, cache_dir=tmp_path / "cache")
    yield client
    client.close()


@pytest.fixture(autouse=True)
def english():
    set_language("en")


def test_ods_search_table_shape(portal_server, client):
    base = portal_server.base("ods")
    table = find_datasets("arbres", base, api="opendatasoft", client=client)
    assert list(table.columns) == list(COLUMNS), f"columns are {list(table.columns)}"
    row = table.iloc[0]
    assert row["dataset_id"] == "les-arbres", f"first result is {row['dataset_id']}"
    assert row["licence_id"] == "odc-odbl", f"'Open Database License (ODbL)' became {row['licence_id']}"
    assert row["update_frequency"] == "weekly", f"'Hebdomadaire' became {row['update_frequency']}"
    assert row["records"] == 207641, f"records_count read as {row['records']}"
    assert "GeoJSON" in row["formats"], f"a geo dataset should export GeoJSON: {row['formats']}"
    assert str(row["modified"].date()) == "2025-10-14", f"modified read as {row['modified']}"
    assert row["page_url"] == f"{base}/explore/dataset/les-arbres/", row["page_url"]


def test_ods_query_parameters(portal_server, client):
    base = portal_server.base("ods")
    find_datasets("arbres", base, api="opendatasoft", client=client, publisher="Direction des Finances", limit=5)
    path, query = portal_server.requests(base)[0]
    assert path == "/api/explore/v2.1/catalog/datasets", path
    assert query["where"] == ['"arbres"'], f"where sent as {query.get('where')}"
    assert query["refine"] == ['publisher:"Direction des Finances"'], f"refine sent as {query.get('refine')}"
    assert query["limit"] == ["5"], f"limit sent as {query.get('limit')}"


def test_ods_paging_two_requests(portal_server, client):
    base = portal_server.base("ods")
    table = find_datasets("", base, api="opendatasoft", client=client, limit=150)
    offsets = [query["offset"][0] for _, query in portal_server.requests(base)]
    limits = [query["limit"][0] for _, query in portal_server.requests(base)]
    assert len(table) == 150, f"expected 150 rows over two pages, got {len(table)}"
    assert offsets == ["0", "100"], f"offsets requested: {offsets}"
    assert limits == ["100", "50"], f"page limits requested: {limits}"
    assert table.attrs["total_count"] == 150, f"total_count is {table.attrs['total_count']}"


def test_ods_offset_starts_later(portal_server, client):
    base = portal_server.base("ods")
    table = find_datasets("", base, api="opendatasoft", client=client, limit=2, offset=1)
    assert list(table["dataset_id"]) == ["velib-emplacement-des-stations", "budget-primitif"], list(table["dataset_id"])


@pytest.mark.parametrize(("scenario", "api"), [("ods", "opendatasoft"), ("ckan", "ckan"), ("udata", "udata")])
def test_empty_results_same_columns(portal_server, client, scenario, api):
    table = find_datasets("licornes", portal_server.base(f"{scenario}-empty"), api=api, client=client)
    assert table.empty, f"{api}: expected no rows, got {len(table)}"
    assert list(table.columns) == list(COLUMNS), f"{api}: an empty result keeps the same columns"
    assert table.attrs["total_count"] == 0, f"{api}: total_count is {table.attrs['total_count']}"


def test_ods_licence_filter_client_side(portal_server, client):
    table = find_datasets("", portal_server.base("ods"), api="opendatasoft", client=client, limit=3, licence="lov2")
    assert list(table["dataset_id"]) == ["velib-emplacement-des-stations", "budget-primitif"], list(table["dataset_id"])


def test_ods_export_download(portal_server, client):
    base = portal_server.base("ods")
    path = download("les-arbres", base, api="opendatasoft", client=client, progress=False)
    requested = [request_path for request_path, _ in portal_server.requests(base)]
    assert requested == ["/api/explore/v2.1/catalog/datasets/les-arbres/exports/csv"], requested
    assert path.suffix == ".csv", path
    assert path.read_bytes().startswith(b"\xef\xbb\xbfnom;hauteur_m"), path.read_bytes()[:30]


def test_ods_unknown_export_format(portal_server, client):
    with pytest.raises(WorkshopError) as caught:
        download("les-arbres", portal_server.base("ods"), api="opendatasoft", format="pdf", client=client)
    assert caught.value.key == "finding.unknown_format", caught.value.key
    assert "pdf" in str(caught.value)


def test_ckan_search(portal_server, client):
    base = portal_server.base("ckan")
    table = find_datasets("arbres", base, api="ckan", client=client)
    row = table.iloc[0]
    assert len(table) == 1, f"expected one match, got {list(table['dataset_id'])}"
    assert row["publisher"] == "Métropole de Rivebelle", row["publisher"]
    assert row["licence_id"] == "odc-odbl", row["licence_id"]
    assert row["formats"] == ["CSV", "GeoJSON"], row["formats"]
    assert row["theme"] == "Environnement", row["theme"]
    assert row["update_frequency"] == "annual", row["update_frequency"]
    assert row["page_url"] == f"{base}/dataset/arbres-remarquables", row["page_url"]
    assert pd_isna(row["records"]), f"CKAN gives no record count, got {row['records']}"


def test_ckan_cc_by_and_publisher_filter(portal_server, client):
    table = find_datasets("", portal_server.base("ckan"), api="ckan", client=client, publisher="département des hauts-de-seine")
    assert list(table["dataset_id"]) == ["ecoles"], list(table["dataset_id"])
    assert table.iloc[0]["licence_id"] == "cc-by", f"CC-BY-4.0 became {table.iloc[0]['licence_id']}"


def test_ckan_format_filter_sent(portal_server, client):
    base = portal_server.base("ckan")
    find_datasets("", base, api="ckan", client=client, format="CSV")
    _, query = portal_server.requests(base)[0]
    assert query["fq"] == ['res_format:"CSV"'], f"fq sent as {query.get('fq')}"


def test_ckan_download_resource(portal_server, client):
    base = portal_server.base("ckan")
    path = download("arbres-remarquables", base, api="ckan", client=client, progress=False)
    requested = [request_path for request_path, _ in portal_server.requests(base)]
    assert requested == ["/api/3/action/package_show", "/files/arbres-remarquables.csv"], requested
    assert path.read_bytes().endswith(b"Marronnier;15\r\n")


def test_ckan_download_missing_format(portal_server, client):
    with pytest.raises(WorkshopError) as caught:
        download("ecoles", portal_server.base("ckan"), api="ckan", format="csv", client=client)
    assert caught.value.key == "finding.format_not_available", caught.value.key
    assert "XLSX" in str(caught.value), f"the message should list the formats there are: {caught.value}"


def test_ckan_search_error(portal_server, client):
    with pytest.raises(WorkshopError) as caught:
        find_datasets("title:(", portal_server.base("ckan-400"), api="ckan", client=client)
    assert caught.value.key == "finding.query_error", caught.value.key
    assert "Invalid search query" in str(caught.value), str(caught.value)


def test_udata_search(portal_server, client):
    table = find_datasets("bornes", portal_server.base("udata"), api="udata", client=client)
    row = table.iloc[0]
    assert row["dataset_id"] == "5448d3e0c751df01f85d0572", row["dataset_id"]
    assert row["publisher"] == "data.gouv.fr", row["publisher"]
    assert row["licence_id"] == "lov2", row["licence_id"]
    assert row["update_frequency"] == "daily", row["update_frequency"]
    assert row["formats"] == ["CSV", "JSON"], row["formats"]


def test_udata_licence_names(portal_server, client):
    table = find_datasets("", portal_server.base("udata"), api="udata", client=client, limit=3)
    assert list(table["licence_id"]) == ["lov2", "lov1", "other"], list(table["licence_id"])
    assert table.iloc[2]["publisher"] == "Camille Exemple", "a dataset without organization shows its owner"
    assert "notspecified" in table.iloc[2]["licence_name"], table.iloc[2]["licence_name"]


def test_udata_paging(portal_server, client):
    base = portal_server.base("udata")
    table = find_datasets("", base, api="udata", client=client, limit=10, offset=20)
    pages = [(query["page"][0], query["page_size"][0]) for _, query in portal_server.requests(base)]
    assert pages == [("3", "10")], f"pages requested: {pages}"
    assert len(table) == 10, f"expected a full page of 10, got {len(table)}"
    assert table.iloc[0]["dataset_id"] == f"{18:024x}", "offset 20 starts at the 21st dataset"
    assert table.attrs["total_count"] == 125


def test_udata_paging_until_no_next_page(portal_server, client):
    base = portal_server.base("udata")
    table = find_datasets("", base, api="udata", client=client, limit=150)
    pages = [query["page"][0] for _, query in portal_server.requests(base)]
    assert pages == ["1", "2"], f"125 datasets need two pages of 100, requested {pages}"
    assert len(table) == 125, f"expected every dataset, got {len(table)}"


def test_udata_licence_filter_sent(portal_server, client):
    base = portal_server.base("udata")
    table = find_datasets("", base, api="udata", client=client, licence="Licence Ouverte v1.0")
    _, query = portal_server.requests(base)[0]
    assert query["license"] == ["fr-lo"], f"license sent as {query.get('license')}"
    assert list(table["dataset_id"]) == ["5c4ae55a634f4117716d5656"], list(table["dataset_id"])


def test_udata_download(portal_server, client):
    base = portal_server.base("udata")
    path = download("5448d3e0c751df01f85d0572", base, api="udata", client=client, progress=False)
    requested = [request_path for request_path, _ in portal_server.requests(base)]
    assert requested == ["/api/1/datasets/5448d3e0c751df01f85d0572/", "/files/irve.csv"], requested
    assert path.suffix == ".csv"


def test_udata_unknown_dataset(portal_server, client):
    with pytest.raises(WorkshopError) as caught:
        download("nope", portal_server.base("udata"), api="udata", client=client)
    assert caught.value.key == "finding.not_found", caught.value.key


def test_portal_url_needs_api(portal_server):
    with pytest.raises(WorkshopError) as caught:
        find_datasets("x", portal_server.base("ods"))
    assert caught.value.key == "finding.api_missing", caught.value.key


def test_portals_file_names_portal(portal_server, client, tmp_path, monkeypatch):
    base = portal_server.base("ods")
    config = tmp_path / "portals.yml"
    config.write_text(f"rivebelle:\n  api: opendatasoft\n  url: {base}\n", encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_PORTALS_FILE", str(config))
    table = find_datasets("budget", "rivebelle", client=client)
    assert list(table["dataset_id"]) == ["budget-primitif"], list(table["dataset_id"])
    assert table.iloc[0]["portal"] == "rivebelle", table.iloc[0]["portal"]


def test_unknown_portal_lists_names():
    with pytest.raises(WorkshopError) as caught:
        find_datasets("x", "opendata.example")
    assert caught.value.key == "finding.unknown_portal", caught.value.key
    assert "data.gouv.fr" in str(caught.value), str(caught.value)


def pd_isna(value) -> bool:
    import pandas as pd

    return bool(pd.isna(value))
