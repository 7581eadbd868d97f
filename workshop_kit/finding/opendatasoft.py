"""OpenDataSoft portals through the Explore API v2.1.

The catalog endpoint ``/api/explore/v2.1/catalog/datasets`` takes ``where`` (an ODSQL
condition; a quoted string is a full-text search), ``refine`` (``facet:"value"``, may be
repeated), ``limit`` (at most 100 per page) and ``offset``. Its response is
``{"total_count": N, "results": [dataset, ...]}`` where each dataset has ``dataset_id``,
``features`` and ``metas.default`` (title, description, publisher, license, modified,
records_count, theme, keyword) and, on most portals, ``metas.dcat.accrualperiodicity``.

Record pages stop at 10,000 rows, so the full data comes from the export endpoint
``/api/explore/v2.1/catalog/datasets/{id}/exports/{format}``.
"""

from __future__ import annotations

from urllib.parse import quote

from ..errors import WorkshopError
from .http import PortalClient

CATALOG_PATH = "/api/explore/v2.1/catalog/datasets"
PAGE_LIMIT = 100
EXPORT_FORMATS = {"csv": ".csv", "json": ".json", "geojson": ".geojson", "xlsx": ".xlsx", "parquet": ".parquet"}

# Filters the portal applies itself, as the facet names of the catalog.
SERVER_FILTERS = {"publisher": "publisher", "theme": "theme", "keyword": "keyword"}


def _quoted(value: str) -> str:
    """Return ``value`` as an ODSQL string literal."""
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def search(client: PortalClient, base_url: str, query: str, filters: dict, limit: int, offset: int):
    """Return ``(rows, total_count)`` for a catalog search, fetching pages of at most 100."""
    params: list[tuple[str, str]] = []
    if query:
        params.append(("where", _quoted(query)))
    for name, facet in SERVER_FILTERS.items():
        value = filters.get(name)
        if value:
            params.append(("refine", f"{facet}:{_quoted(value)}"))

    rows: list[dict] = []
    total_count = 0
    while len(rows) < limit:
        page_limit = min(PAGE_LIMIT, limit - len(rows))
        page_params = params + [("limit", str(page_limit)), ("offset", str(offset + len(rows)))]
        body = client.get_json(base_url + CATALOG_PATH, params=page_params)
        total_count = int(body.get("total_count") or 0)
        results = body.get("results") or []
        rows += [to_row(item, base_url) for item in results]
        if len(results) < page_limit or offset + len(rows) >= total_count:
            break
    return rows, total_count


def to_row(item: dict, base_url: str) -> dict:
    """Turn one dataset of the catalog response into a result row (see ``results.make_row``)."""
    metas = item.get("metas") or {}
    default = metas.get("default") or {}
    dcat = metas.get("dcat") or {}
    dataset_id = item["dataset_id"]

    # Every OpenDataSoft dataset exports to CSV, JSON and Excel; geographic ones to GeoJSON too.
    formats = ["CSV", "JSON", "XLSX"]
    if "geo" in (item.get("features") or []):
        formats.append("GeoJSON")

    return {
        "dataset_id": dataset_id,
        "title": default.get("title"),
        "publisher": default.get("publisher"),
        "licence": default.get("license"),
        "modified": default.get("modified"),
        "update_frequency": dcat.get("accrualperiodicity"),
        "formats": formats,
        "records": default.get("records_count"),
        "page_url": f"{base_url}/explore/dataset/{quote(dataset_id, safe='')}/",
        "description": default.get("description"),
        "keywords": default.get("keyword"),
        "theme": default.get("theme"),
    }


def export_url(client: PortalClient, base_url: str, dataset_id: str, file_format: str = "csv"):
    """Return ``(url, suffix)`` of the full export of a dataset in ``file_format``."""
    file_format = file_format.lower()
    if file_format not in EXPORT_FORMATS:
        raise WorkshopError("finding.unknown_format", format=file_format, formats=", ".join(EXPORT_FORMATS))
    url = f"{base_url}{CATALOG_PATH}/{quote(dataset_id, safe='')}/exports/{file_format}"
    return url, EXPORT_FORMATS[file_format]
