"""A real HTTP server on 127.0.0.1 responding like OpenDataSoft, CKAN and udata portals.

The responses follow the shapes each API documents: OpenDataSoft Explore v2.1
(``total_count``, ``results[].metas.default``), CKAN's action API (``success``,
``result.count``, ``result.results``) and udata (``data``, ``total``, ``page``,
``page_size``, ``next_page``). The bodies are written here; none comes from a real portal.

Each test gets its own base URL from ``server.base(scenario)``,
``http://127.0.0.1:PORT/<scenario>/<token>``. The scenario is an API name
(``ods``, ``ckan``, ``udata``) optionally followed by a behaviour:

- ``-empty``: no results;
- ``-400``: a query error in the API's error shape;
- ``-429``: a 429 on the first request, with ``X-RateLimit-Reset`` (a Unix time) about
  ``RESET_SECONDS`` ahead, then normal responses;
- ``-429daily``: a 429 whose reset is a day ahead, on every request;
- ``-500``: a 500 on the first request, then normal;
- ``-503long``: a 503 whose ``Retry-After`` asks for an hour, on every request;
- ``-array``: a 200 whose JSON body is a list, not an object;
- ``-malformed``: a 200 whose body is not JSON;
- ``-slow``: responds after ``SLOW_SECONDS``.

The token keeps each test's request log and counters apart: ``server.requests(base)``
lists the requests one base URL received.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

SLOW_SECONDS = 2.0
RESET_SECONDS = 2
EXPORT_CSV = "nom;hauteur_m\r\nPlatane;21\r\nTilleul;12\r\nMarronnier;15\r\n".encode("utf-8-sig")

# Three named datasets, then enough others to need two pages of 100.
ODS_NAMED = [
    {
        "dataset_id": "les-arbres",
        "features": ["geo", "analyze", "timeserie"],
        "metas": {
            "default": {
                "title": "Les arbres",
                "description": "<p>Arbres d'alignement, de parcs et de cimetières.</p>",
                "publisher": "Direction des Espaces Verts et de l'Environnement",
                "license": "Open Database License (ODbL)",
                "license_url": "http://opendatacommons.org/licenses/odbl/",
                "modified": "2025-10-14T08:12:53+00:00",
                "records_count": 207641,
                "theme": ["Environnement"],
                "keyword": ["arbre", "nature", "espaces verts"],
                "language": "fr",
            },
            "dcat": {"accrualperiodicity": "Hebdomadaire", "creator": "Ville de Paris"},
        },
    },
    {
        "dataset_id": "velib-emplacement-des-stations",
        "features": ["geo", "analyze"],
        "metas": {
            "default": {
                "title": "Vélib' - Emplacement des stations",
                "description": "<p>Emplacement des stations Vélib'.</p>",
                "publisher": "Autolib Velib Métropole",
                "license": "Licence Ouverte v2.0 (Etalab)",
                "modified": "2026-11-29T23:00:00+00:00",
                "records_count": 1473,
                "theme": ["Mobilité et Transport"],
                "keyword": ["vélo", "station"],
            },
            "dcat": {"accrualperiodicity": "http://publications.europa.eu/resource/authority/frequency/DAILY"},
        },
    },
    {
        "dataset_id": "budget-primitif",
        "features": ["analyze"],
        "metas": {
            "default": {
                "title": "Budget primitif",
                "description": "Budget voté, par nature et par fonction.",
                "publisher": "Direction des Finances",
                "license": "Licence Ouverte / Open Licence",
                "modified": "2019-03-01T10:00:00+00:00",
                "records_count": 1448,
                "theme": ["Finances"],
                "keyword": ["budget"],
            },
            "dcat": {},
        },
    },
]
ODS_DATASETS = ODS_NAMED + [
    {
        "dataset_id": f"comptage-{number:03d}",
        "features": ["analyze"],
        "metas": {
            "default": {
                "title": f"Comptage routier {number:03d}",
                "publisher": "Direction de la Voirie",
                "license": "ODbL",
                "modified": "2024-01-15T00:00:00+00:00",
                "records_count": 1000 + number,
                "theme": ["Mobilité et Transport"],
                "keyword": ["trafic"],
            },
            "dcat": {"accrualperiodicity": "monthly"},
        },
    }
    for number in range(147)
]


def _ckan_packages(base: str) -> list[dict]:
    return [
        {
            "id": "0c3f1a7e-5d3b-4c51-9a8f-1b2d3e4f5a60",
            "name": "arbres-remarquables",
            "title": "Arbres remarquables",
            "notes": "Inventaire des arbres remarquables de la métropole.",
            "license_id": "odc-odbl",
            "license_title": "Open Data Commons Open Database License (ODbL)",
            "metadata_modified": "2025-06-02T14:03:11.123456",
            "organization": {"name": "metropole", "title": "Métropole de Rivebelle"},
            "tags": [{"name": "arbres", "display_name": "arbres"}],
            "groups": [{"name": "environnement", "title": "Environnement"}],
            "extras": [{"key": "frequency", "value": "annual"}],
            "num_resources": 2,
            "resources": [
                {"format": "CSV", "url": f"{base}/files/arbres-remarquables.csv"},
                {"format": "GeoJSON", "url": f"{base}/files/arbres-remarquables.geojson"},
            ],
        },
        {
            "id": "7a1d2c3b-0000-4000-8000-000000000002",
            "name": "ecoles",
            "title": "Écoles publiques",
            "notes": "Liste des écoles.",
            "license_id": "CC-BY-4.0",
            "metadata_modified": "2026-09-01T08:00:00",
            "organization": {"name": "departement", "title": "Département des Hauts-de-Seine"},
            "tags": [{"name": "education", "display_name": "éducation"}],
            "groups": [],
            "num_resources": 1,
            "resources": [{"format": "XLSX", "url": f"{base}/files/ecoles.xlsx"}],
        },
    ]


def _udata_datasets(base: str) -> list[dict]:
    datasets = [
        {
            "id": "5448d3e0c751df01f85d0572",
            "slug": "fichier-consolide-des-bornes-de-recharge",
            "title": "Fichier consolidé des Bornes de Recharge pour Véhicules Électriques",
            "description": "Bornes de recharge (IRVE) déclarées par les aménageurs.",
            "organization": {"name": "data.gouv.fr", "id": "646b7187b50b2a93b1ae3d45"},
            "license": "lov2",
            "last_modified": "2026-12-01T03:10:00.000000+00:00",
            "frequency": "daily",
            "tags": ["irve", "mobilite"],
            "page": f"{base}/fr/datasets/fichier-consolide-des-bornes-de-recharge/",
            "resources": [
                {"format": "csv", "url": f"{base}/files/irve.csv"},
                {"format": "json", "url": f"{base}/files/irve.json"},
            ],
        },
        {
            "id": "5c4ae55a634f4117716d5656",
            "slug": "base-adresse-nationale",
            "title": "Base Adresse Nationale",
            "description": "Adresses géolocalisées.",
            "organization": {"name": "Base Adresse Nationale"},
            "license": "fr-lo",
            "last_modified": "2026-11-20T00:00:00+00:00",
            "frequency": "weekly",
            "tags": ["adresses"],
            "page": f"{base}/fr/datasets/base-adresse-nationale/",
            "resources": [{"format": "csv", "url": f"{base}/files/ban.csv"}],
        },
    ]
    datasets += [
        {
            "id": f"{number:024x}",
            "title": f"Population légale {2000 + number}",
            "organization": None,
            "owner": {"first_name": "Camille", "last_name": "Exemple"},
            "license": "notspecified",
            "last_modified": "2020-01-01T00:00:00+00:00",
            "frequency": "unknown",
            "tags": [],
            "page": f"{base}/fr/datasets/{number:024x}/",
            "resources": [],
        }
        for number in range(123)
    ]
    return datasets


class _Handler(BaseHTTPRequestHandler):
    server_version = "PortalServer/1.0"

    def log_message(self, format, *args):  # noqa: A002 - signature of the base class
        return None

    def do_GET(self):  # noqa: N802 - name fixed by BaseHTTPRequestHandler
        parts = urlsplit(self.path)
        segments = parts.path.split("/", 3)
        if len(segments) < 3:
            self._send_json(404, {"message": "unknown path"})
            return
        scenario, token = segments[1], segments[2]
        rest = "/" + (segments[3] if len(segments) > 3 else "")
        query = parse_qs(parts.query, keep_blank_values=True)
        portal = self.server.portal
        count = portal.record(f"{scenario}/{token}", rest, query)
        base = f"{portal.url}/{scenario}/{token}"

        api, _, behaviour = scenario.partition("-")
        try:
            if self._misbehave(api, behaviour, count):
                return
            if rest.startswith("/files/"):
                self._send_bytes(200, EXPORT_CSV, "text/csv; charset=utf-8")
            elif api == "ods":
                self._ods(rest, query, empty=behaviour == "empty")
            elif api == "ckan":
                self._ckan(rest, query, base, empty=behaviour == "empty")
            elif api == "udata":
                self._udata(rest, query, base, empty=behaviour == "empty")
            else:
                self._send_json(404, {"message": f"unknown scenario {scenario}"})
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up first (the timeout test), so there is nothing to send.
            return

    # -- behaviours shared by every API ---------------------------------------------

    def _misbehave(self, api: str, behaviour: str, count: int) -> bool:
        """Send the scenario's error response and return True, or return False for a normal response."""
        if behaviour == "slow":
            time.sleep(SLOW_SECONDS)
            return False
        if behaviour == "malformed":
            self._send_bytes(200, b'{"total_count": 3, "results": [', "application/json")
            return True
        if behaviour == "400":
            if api == "ckan":
                body = {"success": False, "error": {"__type": "Search Query Error", "message": "Invalid search query"}}
                self._send_json(409, body)
            elif api == "udata":
                self._send_json(400, {"message": "Invalid page_size", "errors": {"page_size": "too large"}})
            else:
                self._send_json(
                    400, {"error_code": "ODSQLError", "message": "ODSQL query is malformed: unexpected token"}
                )
            return True
        if behaviour == "429" and count == 1:
            reset = int(time.time()) + RESET_SECONDS
            self.server.portal.last_reset = reset
            headers = {"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}
            self._send_json(429, {"error": "Too many requests on the domain."}, headers)
            return True
        if behaviour == "429daily":
            reset = int(time.time()) + 24 * 3600
            body = {"errorcode": 10002, "reset_time": "tomorrow", "limit_time_unit": "day", "call_limit": 5,
                    "error": "Too many requests on the domain."}
            self._send_json(429, body, {"X-RateLimit-Reset": str(reset), "X-RateLimit-Remaining": "0"})
            return True
        if behaviour == "503long":
            self._send_bytes(503, b"Service Unavailable", "text/plain", {"Retry-After": "3600"})
            return True
        if behaviour == "array":
            self._send_json(200, [])
            return True
        if behaviour == "500" and count == 1:
            self._send_bytes(500, b"<html><body>Internal Server Error</body></html>", "text/html")
            return True
        return False

    # -- APIs -------------------------------------------------------------------------

    def _ods(self, rest: str, query: dict, empty: bool) -> None:
        catalog = "/api/explore/v2.1/catalog/datasets"
        if rest.startswith(catalog + "/") and "/exports/" in rest:
            self._send_bytes(200, EXPORT_CSV, "text/csv; charset=utf-8")
            return
        if rest.rstrip("/") != catalog:
            self._send_json(404, {"error_code": "NotFound", "message": "Unknown route"})
            return

        limit = int(query.get("limit", ["10"])[0])
        offset = int(query.get("offset", ["0"])[0])
        if limit > 100:
            self._send_json(400, {"error_code": "InvalidRESTParameterError", "message": "limit must be <= 100"})
            return
        datasets = [] if empty else list(ODS_DATASETS)
        where = query.get("where", [""])[0].strip('"').lower()
        if where:
            datasets = [item for item in datasets if where in json.dumps(item["metas"], ensure_ascii=False).lower()]
        for refine in query.get("refine", []):
            facet, _, value = refine.partition(":")
            value = value.strip('"')
            datasets = [item for item in datasets if _has_facet(item["metas"]["default"], facet, value)]
        self._send_json(200, {"total_count": len(datasets), "results": datasets[offset : offset + limit]})

    def _ckan(self, rest: str, query: dict, base: str, empty: bool) -> None:
        packages = [] if empty else _ckan_packages(base)
        if rest == "/api/3/action/package_search":
            text = query.get("q", [""])[0].lower()
            if text:
                packages = [item for item in packages if text in json.dumps(item, ensure_ascii=False).lower()]
            start = int(query.get("start", ["0"])[0])
            rows = int(query.get("rows", ["10"])[0])
            body = {"help": f"{base}/api/3/action/help_show?name=package_search", "success": True,
                    "result": {"count": len(packages), "results": packages[start : start + rows], "facets": {}}}
            self._send_json(200, body)
        elif rest == "/api/3/action/package_show":
            requested_id = query.get("id", [""])[0]
            for package in packages:
                if requested_id in (package["id"], package["name"]):
                    self._send_json(200, {"success": True, "result": package})
                    return
            self._send_json(404, {"success": False, "error": {"__type": "Not Found Error", "message": "Not found"}})
        else:
            self._send_json(404, {"success": False, "error": {"message": "Unknown action"}})

    def _udata(self, rest: str, query: dict, base: str, empty: bool) -> None:
        datasets = [] if empty else _udata_datasets(base)
        if rest == "/api/1/datasets/":
            text = query.get("q", [""])[0].lower()
            if text:
                datasets = [item for item in datasets if text in json.dumps(item, ensure_ascii=False).lower()]
            if query.get("license"):
                datasets = [item for item in datasets if item["license"] == query["license"][0]]
            page = int(query.get("page", ["1"])[0])
            page_size = int(query.get("page_size", ["20"])[0])
            start = (page - 1) * page_size
            has_next = start + page_size < len(datasets)
            next_page = f"https://www.data.gouv.fr/api/1/datasets/?page={page + 1}" if has_next else None
            body = {"data": datasets[start : start + page_size], "total": len(datasets), "page": page,
                    "page_size": page_size, "next_page": next_page, "previous_page": None}
            self._send_json(200, body)
            return
        for dataset in datasets:
            if rest in (f"/api/1/datasets/{dataset['id']}/", f"/api/1/datasets/{dataset.get('slug')}/"):
                self._send_json(200, dataset)
                return
        self._send_json(404, {"message": "Not found", "status": 404})

    # -- sending ----------------------------------------------------------------------

    def _send_json(self, status: int, body, headers: dict | None = None) -> None:
        self._send_bytes(status, json.dumps(body, ensure_ascii=False).encode("utf-8"), "application/json", headers)

    def _send_bytes(self, status: int, data: bytes, content_type: str, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _has_facet(default: dict, facet: str, value: str) -> bool:
    field = {"publisher": "publisher", "theme": "theme", "keyword": "keyword"}.get(facet)
    current = default.get(field)
    values = current if isinstance(current, list) else [current]
    return value in values


class PortalServer:
    """The server, its thread, and the log of requests per base URL."""

    slow_seconds = SLOW_SECONDS

    def __init__(self):
        self.last_reset: int | None = None
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.portal = self
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._log: dict[str, list[tuple[str, dict]]] = defaultdict(list)
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="portal-server", daemon=True)

    def start(self) -> PortalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)

    def base(self, scenario: str) -> str:
        """Return a fresh base URL for ``scenario``, with its own request log."""
        return f"{self.url}/{scenario}/{uuid.uuid4().hex[:10]}"

    @staticmethod
    def closed_port_url() -> str:
        """Return a URL on 127.0.0.1 whose port nothing listens on (the offline case)."""
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def record(self, key: str, path: str, query: dict) -> int:
        with self._lock:
            self._log[key].append((path, query))
            return len(self._log[key])

    def requests(self, base: str) -> list[tuple[str, dict]]:
        """Return ``(path, query)`` of every request made under ``base``, in order."""
        key = base[len(self.url) + 1 :]
        with self._lock:
            return list(self._log[key])


@pytest.fixture(scope="session")
def portal_server():
    """One portal server for the whole test session, stopped at its end."""
    server = PortalServer().start()
    yield server
    server.stop()
