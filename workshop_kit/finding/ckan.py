"""CKAN portals through the action API (``/api/3/action/``).

``package_search`` takes ``q`` (Solr query text), ``fq`` (filter queries such as
``res_format:"CSV"``), ``rows`` and ``start``, and returns ``{"success": true, "result":
{"count": N, "results": [package, ...]}}``. A package has ``name``, ``title``, ``notes``,
``organization.title``, ``license_id``/``license_title``, ``metadata_modified``, ``tags``,
``groups`` and ``resources`` (each with ``format`` and ``url``). ``package_show?id=``
returns one package, which ``download`` uses to find the file of a given format.
"""

from __future__ import annotations

from urllib.parse import quote

from ..errors import WorkshopError
from .http import PortalClient

ACTION_PATH = "/api/3/action/"
PAGE_LIMIT = 100


def _result(client: PortalClient, base_url: str, action: str, params) -> dict:
    """Call an action and return its ``result``, raising the portal's error when ``success`` is false."""
    url = base_url + ACTION_PATH + action
    body = client.get_json(url, params=params)
    if "result" not in body and "success" not in body:
        raise WorkshopError("finding.bad_response", url=url)
    if not body.get("success", False):
        error = body.get("error") or {}
        detail = error.get("message") if isinstance(error, dict) else str(error)
        raise WorkshopError("finding.query_error", url=url, detail=detail or "?")
    return body["result"]


def search(client: PortalClient, base_url: str, query: str, filters: dict, limit: int, offset: int):
    """Return ``(rows, total_count)`` for a ``package_search``, fetching pages of at most 100."""
    filter_queries = []
    if filters.get("format"):
        filter_queries.append(f'res_format:"{filters["format"]}"')
    if filters.get("keyword"):
        filter_queries.append(f'tags:"{filters["keyword"]}"')
    params: list[tuple[str, str]] = [("q", query)] if query else []
    if filter_queries:
        params.append(("fq", " AND ".join(filter_queries)))

    rows: list[dict] = []
    total_count = 0
    while len(rows) < limit:
        page_limit = min(PAGE_LIMIT, limit - len(rows))
        page_params = params + [("rows", str(page_limit)), ("start", str(offset + len(rows)))]
        result = _result(client, base_url, "package_search", page_params)
        total_count = int(result.get("count") or 0)
        packages = result.get("results") or []
        rows += [to_row(package, base_url) for package in packages]
        if len(packages) < page_limit or offset + len(rows) >= total_count:
            break
    return rows, total_count


def _extra(package: dict, *keys: str):
    """Return the first of ``keys`` found at the top of a package or among its ``extras``."""
    for key in keys:
        if package.get(key):
            return package[key]
    for extra in package.get("extras") or []:
        if extra.get("key") in keys and extra.get("value"):
            return extra["value"]
    return None


def to_row(package: dict, base_url: str) -> dict:
    """Turn one CKAN package into a result row (see ``results.make_row``)."""
    organization = package.get("organization") or {}
    name = package.get("name") or package["id"]
    return {
        "dataset_id": name,
        "title": package.get("title"),
        "publisher": organization.get("title") or organization.get("name") or package.get("author"),
        "licence": package.get("license_id") or package.get("license_title"),
        "modified": package.get("metadata_modified"),
        "update_frequency": _extra(package, "frequency", "accrual_periodicity", "update_frequency"),
        "formats": [resource.get("format") for resource in package.get("resources") or []],
        "records": None,
        "page_url": f"{base_url}/dataset/{quote(name, safe='')}",
        "description": package.get("notes"),
        "keywords": [tag.get("display_name") or tag.get("name") for tag in package.get("tags") or []],
        "theme": [group.get("title") or group.get("name") for group in package.get("groups") or []],
    }


def export_url(client: PortalClient, base_url: str, dataset_id: str, file_format: str = "csv"):
    """Return ``(url, suffix)`` of the dataset's first resource in ``file_format``."""
    package = _result(client, base_url, "package_show", [("id", dataset_id)])
    return pick_resource(package.get("resources") or [], file_format, dataset_id)


def pick_resource(resources: list[dict], file_format: str, dataset_id: str):
    """Return ``(url, suffix)`` of the first resource whose format is ``file_format``.

    Used for CKAN and udata, whose resources both carry ``format`` and ``url``.
    """
    expected_format = file_format.lower().lstrip(".")
    available = []
    for resource in resources:
        resource_format = str(resource.get("format") or "").lower().lstrip(".")
        if resource_format:
            available.append(resource_format.upper())
        if resource_format == expected_format and resource.get("url"):
            return resource["url"], f".{expected_format}"
    raise WorkshopError(
        "finding.format_not_available",
        dataset=dataset_id,
        format=file_format.upper(),
        formats=", ".join(dict.fromkeys(available)) or "-",
    )
