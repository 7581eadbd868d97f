"""udata portals, the software of data.gouv.fr, through its API v1.

``/api/1/datasets/`` takes ``q`` (full-text search), ``page`` (from 1), ``page_size``,
and filters such as ``license`` (a udata licence id), ``format`` and ``tag``. It returns
``{"data": [dataset, ...], "total": N, "page": P, "page_size": S, "next_page": URL or
null}``. A dataset has ``id``, ``title``, ``description``, ``organization.name``,
``license``, ``last_modified``, ``frequency``, ``tags``, ``page`` (its web page) and
``resources`` (each with ``format`` and ``url``). ``/api/1/datasets/{id}/`` returns one
dataset.
"""

from __future__ import annotations

from urllib.parse import quote

from .ckan import pick_resource
from .http import PortalClient
from .licences import normalise_licence

DATASETS_PATH = "/api/1/datasets/"
PAGE_LIMIT = 100

# Licence ids of this kit -> the udata licence id that data.gouv.fr uses for them.
UDATA_LICENCES = {
    "lov2": "lov2",
    "lov1": "fr-lo",
    "odc-odbl": "odc-odbl",
    "cc-by": "cc-by",
    "cc-by-sa": "cc-by-sa",
    "cc0": "cc-zero",
}


def search(client: PortalClient, base_url: str, query: str, filters: dict, limit: int, offset: int):
    """Return ``(rows, total_count)`` for a dataset search, page by page.

    udata pages by page number, so ``offset`` is rounded down to a page start and the rows
    before it are dropped. The ``next_page`` link is not followed, because its host comes
    from the portal's configuration, not from ``base_url``.
    """
    params: list[tuple[str, str]] = [("q", query)] if query else []
    if filters.get("licence"):
        licence_id = normalise_licence(filters["licence"])
        if licence_id in UDATA_LICENCES:
            params.append(("license", UDATA_LICENCES[licence_id]))
    if filters.get("format"):
        params.append(("format", str(filters["format"]).lower()))
    if filters.get("keyword"):
        params.append(("tag", str(filters["keyword"])))

    page_size = min(PAGE_LIMIT, max(limit, 1))
    page = offset // page_size + 1
    skip = offset % page_size
    rows: list[dict] = []
    total_count = 0
    while len(rows) < limit:
        page_params = params + [("page", str(page)), ("page_size", str(page_size))]
        body = client.get_json(base_url + DATASETS_PATH, params=page_params)
        total_count = int(body.get("total") or 0)
        datasets = (body.get("data") or [])[skip:]
        skip = 0
        rows += [to_row(dataset, base_url) for dataset in datasets]
        if not body.get("next_page") or not datasets:
            break
        page += 1
    return rows[:limit], total_count


def to_row(dataset: dict, base_url: str) -> dict:
    """Turn one udata dataset into a result row (see ``results.make_row``)."""
    organization = dataset.get("organization") or {}
    owner = dataset.get("owner") or {}
    owner_name = " ".join(part for part in (owner.get("first_name"), owner.get("last_name")) if part)
    dataset_id = dataset["id"]
    return {
        "dataset_id": dataset_id,
        "title": dataset.get("title"),
        "publisher": organization.get("name") or owner_name,
        "licence": dataset.get("license"),
        "modified": dataset.get("last_modified") or dataset.get("last_update"),
        "update_frequency": dataset.get("frequency"),
        "formats": [resource.get("format") for resource in dataset.get("resources") or []],
        "records": None,
        "page_url": dataset.get("page") or f"{base_url}/datasets/{quote(dataset.get('slug') or dataset_id, safe='')}/",
        "description": dataset.get("description"),
        "keywords": dataset.get("tags"),
        "theme": None,
    }


def export_url(client: PortalClient, base_url: str, dataset_id: str, file_format: str = "csv"):
    """Return ``(url, suffix)`` of the dataset's first resource in ``file_format``."""
    dataset = client.get_json(f"{base_url}{DATASETS_PATH}{quote(dataset_id, safe='')}/")
    return pick_resource(dataset.get("resources") or [], file_format, dataset_id)
