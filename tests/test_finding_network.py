"""Timeouts, retries, rate limits, malformed responses, offline portals and the download cache."""

from __future__ import annotations

import threading
import time

import pytest

from workshop_kit import set_language
from workshop_kit.errors import WorkshopError
from workshop_kit.finding import PortalClient, download, find_datasets

pytest_plugins = ["portal_server"]


@pytest.fixture(autouse=True)
def english():
    set_language("en")


@pytest.fixture
def client(tmp_path):
    client = PortalClient(timeout=5, retries=2, backoff=0.05, max_wait=5, cache_dir=tmp_path / "cache")
    yield client
    client.close()


def test_query_error_points_to_local(portal_server, client):
    with pytest.raises(WorkshopError) as caught:
        find_datasets('arbres"', portal_server.base("ods-400"), api="opendatasoft", client=client)
    assert caught.value.key == "finding.query_error", caught.value.key
    assert "ODSQL query is malformed" in str(caught.value), f"the portal's reason is missing: {caught.value}"
    assert "local catalog" in str(caught.value), f"the message should point to the local catalog: {caught.value}"


def test_query_error_in_french(portal_server, client):
    set_language("fr")
    with pytest.raises(WorkshopError) as caught:
        find_datasets("x", portal_server.base("udata-400"), api="udata", client=client)
    assert "catalogue local" in str(caught.value), str(caught.value)


def test_rate_limit_waits_for_reset(portal_server, client):
    base = portal_server.base("ods-429")
    table = find_datasets("budget", base, api="opendatasoft", client=client)
    finished = time.time()
    assert len(portal_server.requests(base)) == 2, "expected one 429 then one successful request"
    assert list(table["dataset_id"]) == ["budget-primitif"], list(table["dataset_id"])
    assert finished >= portal_server.last_reset, (
        f"the client retried {portal_server.last_reset - finished:.2f}s before the X-RateLimit-Reset time"
    )


def test_rate_limit_far_reset_fails_fast(portal_server, client):
    base = portal_server.base("ods-429daily")
    started = time.monotonic()
    with pytest.raises(WorkshopError) as caught:
        find_datasets("x", base, api="opendatasoft", client=client)
    assert caught.value.key == "finding.rate_limited", caught.value.key
    assert len(portal_server.requests(base)) == 1, "a reset a day ahead must not be waited for or retried"
    assert time.monotonic() - started < 2, "the client waited although the reset was a day ahead"


def test_server_error_then_success(portal_server, client):
    base = portal_server.base("ckan-500")
    table = find_datasets("arbres", base, api="ckan", client=client)
    assert len(portal_server.requests(base)) == 2, f"requests: {portal_server.requests(base)}"
    assert list(table["dataset_id"]) == ["arbres-remarquables"], list(table["dataset_id"])


def test_server_error_retries_exhausted(portal_server, tmp_path):
    client = PortalClient(timeout=5, retries=0, backoff=0.01, cache_dir=tmp_path)
    with pytest.raises(WorkshopError) as caught:
        find_datasets("x", portal_server.base("udata-500"), api="udata", client=client)
    assert caught.value.key == "finding.server_error", caught.value.key
    assert "500" in str(caught.value)


def test_long_retry_after_fails_fast(portal_server, client):
    base = portal_server.base("udata-503long")
    started = time.monotonic()
    with pytest.raises(WorkshopError) as caught:
        find_datasets("x", base, api="udata", client=client)
    assert caught.value.key == "finding.server_error", caught.value.key
    assert len(portal_server.requests(base)) == 1, "a one-hour Retry-After must not be waited for"
    assert time.monotonic() - started < 2, "the client waited for a Retry-After longer than max_wait"


def test_json_array_body(portal_server, client):
    with pytest.raises(WorkshopError) as caught:
        find_datasets("x", portal_server.base("ckan-array"), api="ckan", client=client)
    assert caught.value.key == "finding.bad_response", caught.value.key


@pytest.mark.parametrize(("scenario", "api"), [("ods", "opendatasoft"), ("ckan", "ckan"), ("udata", "udata")])
def test_malformed_json(portal_server, client, scenario, api):
    with pytest.raises(WorkshopError) as caught:
        find_datasets("x", portal_server.base(f"{scenario}-malformed"), api=api, client=client)
    assert caught.value.key == "finding.bad_response", f"{api}: {caught.value.key}"


def test_slow_response_times_out(portal_server, tmp_path):
    client = PortalClient(timeout=0.3, retries=1, backoff=0.01, cache_dir=tmp_path)
    base = portal_server.base("ods-slow")
    started = time.monotonic()
    with pytest.raises(WorkshopError) as caught:
        find_datasets("x", base, api="opendatasoft", client=client)
    elapsed = time.monotonic() - started
    assert caught.value.key == "finding.timeout", caught.value.key
    assert len(portal_server.requests(base)) == 2, "a timeout is retried once with retries=1"
    assert elapsed < portal_server.slow_seconds, f"the client waited {elapsed:.2f}s, past its 0.3s timeout"


def test_offline_points_to_local(portal_server, tmp_path):
    client = PortalClient(timeout=2, retries=2, backoff=0.01, cache_dir=tmp_path)
    with pytest.raises(WorkshopError) as caught:
        find_datasets("arbres", portal_server.closed_port_url(), api="udata", client=client)
    assert caught.value.key == "finding.offline", caught.value.key
    assert "wk.find_datasets(" in str(caught.value), f"the message should show the local search: {caught.value}"


def test_download_cached_once(portal_server, client):
    base = portal_server.base("ods")
    first = download("les-arbres", base, api="opendatasoft", client=client, progress=False)
    second = download("les-arbres", base, api="opendatasoft", client=client, progress=False)
    assert first == second, f"{first} != {second}"
    assert len(portal_server.requests(base)) == 1, f"the second call reached the server: {portal_server.requests(base)}"
    assert (first.parent / (first.stem + ".json")).is_file(), "the cache keeps the URL beside the file"


def test_download_refresh_fetches_again(portal_server, client):
    base = portal_server.base("ods")
    download("les-arbres", base, api="opendatasoft", client=client, progress=False)
    download("les-arbres", base, api="opendatasoft", client=client, progress=False, refresh=True)
    assert len(portal_server.requests(base)) == 2


def test_download_concurrent_fetches_once(portal_server, tmp_path):
    base = portal_server.base("ods-slow")
    paths, errors = [], []

    def fetch():
        client = PortalClient(timeout=portal_server.slow_seconds + 5, retries=0, cache_dir=tmp_path / "shared")
        try:
            paths.append(download("les-arbres", base, api="opendatasoft", client=client, progress=False))
        except Exception as error:  # noqa: BLE001 - reported by the assert below
            errors.append(error)
        finally:
            client.close()

    threads = [threading.Thread(target=fetch) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, f"downloads failed: {errors}"
    assert len(set(paths)) == 1, f"paths differ: {paths}"
    assert len(portal_server.requests(base)) == 1, f"{len(portal_server.requests(base))} learners fetched the same file"


def test_cache_folder_from_environment(portal_server, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKSHOP_CACHE_DIR", str(tmp_path / "room-cache"))
    client = PortalClient(timeout=5, retries=0)
    path = download("les-arbres", portal_server.base("ods"), api="opendatasoft", client=client, progress=False)
    client.close()
    assert path.parent == tmp_path / "room-cache", f"downloaded to {path.parent}"


def test_default_cache_under_workshop(monkeypatch, repository):
    from workshop_kit.finding.http import default_cache_dir

    monkeypatch.delenv("WORKSHOP_CACHE_DIR", raising=False)
    monkeypatch.delenv("WORKSHOP_ROOT", raising=False)
    assert default_cache_dir() == repository / ".workshop" / "downloads", default_cache_dir()


def test_default_search_stays_local(monkeypatch, tmp_path):
    import socket

    def fail_connection(*args, **kwargs):
        raise AssertionError(f"find_datasets opened a connection: {args}")

    monkeypatch.setattr(socket, "create_connection", fail_connection)
    monkeypatch.setattr(socket.socket, "connect", fail_connection)
    catalog = tmp_path / "catalog.json"
    catalog.write_text('{"datasets": [{"id": "a", "title": "Arbres", "licence": "lov2"}]}', encoding="utf-8")
    table = find_datasets("arbres", catalog=catalog)
    assert list(table["dataset_id"]) == ["a"], list(table["dataset_id"])
