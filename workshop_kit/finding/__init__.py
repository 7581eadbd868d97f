"""Find open datasets in the local catalog or on a portal, and fetch their files.

``find_datasets`` returns the same table whatever the source (see ``results.COLUMNS``):
the bundled catalog by default, which needs no network, or an OpenDataSoft, CKAN or
udata portal. ``download`` returns the path of a dataset's file: the sample file for a
local id, or a cached download for a portal's dataset. ``resolve`` is what
``open_dataset`` calls to turn a dataset id into a file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from ..errors import WorkshopError
from . import ckan, local, opendatasoft, udata
from .http import PortalClient
from .licences import LICENCE_IDS, licence_name, licence_summary, normalise_licence
from .portals import APIS, resolve_portal
from .results import (
    COLUMNS,
    FILTER_COLUMNS,
    apply_filters,
    facet_counts,
    freshness_label,
    frequency_name,
    make_row,
    make_table,
    normalise_frequency,
)

__all__ = [
    "APIS",
    "COLUMNS",
    "LICENCE_IDS",
    "PortalClient",
    "download",
    "facet_counts",
    "find_datasets",
    "freshness_label",
    "frequency_name",
    "licence_name",
    "licence_summary",
    "normalise_frequency",
    "normalise_licence",
    "open_code",
    "resolve",
]

LOCAL = "local"
DEFAULT_LIMIT = 20
SOURCES = {"opendatasoft": opendatasoft, "ckan": ckan, "udata": udata}

_default_client: PortalClient | None = None


def default_client() -> PortalClient:
    """Return the client shared by calls that do not pass their own."""
    global _default_client
    if _default_client is None:
        _default_client = PortalClient()
    return _default_client


def _check_arguments(filters: dict, limit, offset) -> None:
    unknown = sorted(set(filters) - set(FILTER_COLUMNS))
    if unknown:
        raise WorkshopError("finding.unknown_filter", name=unknown[0], names=", ".join(FILTER_COLUMNS))
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise WorkshopError("finding.invalid_limit", value=limit)
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise WorkshopError("finding.invalid_offset", value=offset)


def find_datasets(
    query: str = "",
    portal: str = LOCAL,
    *,
    api: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
    catalog: Path | str | None = None,
    client: PortalClient | None = None,
    **filters,
) -> pd.DataFrame:
    """Search datasets and return one row per dataset, best matches first.

    ``portal`` is ``"local"`` (the bundled catalog, the default), a known portal name such
    as ``"data.gouv.fr"``, or a base URL together with ``api`` (``"opendatasoft"``,
    ``"ckan"`` or ``"udata"``). ``filters`` are ``publisher``, ``licence`` (any spelling:
    ``"ODbL"`` finds ``odc-odbl``), ``format``, ``theme``, ``keyword`` and ``frequency``.
    ``limit`` rows at most are returned, from ``offset``. ``catalog`` is another local
    catalog file, and ``client`` a ``PortalClient`` with other timeout or retry settings.

    ``table.attrs["total_count"]`` is the number of matches the source reports.
    """
    _check_arguments(filters, limit, offset)

    if portal == LOCAL:
        rows = [make_row(row, LOCAL) for row in local.search(query, catalog)]
        matches = apply_filters(make_table(rows), filters)
        table = matches.iloc[offset : offset + limit].reset_index(drop=True)
        table.attrs["total_count"] = len(matches)
        table.attrs["portal"] = LOCAL
        return table

    target = resolve_portal(portal, api)
    source = SOURCES[target.api]
    raw_rows, total_count = source.search(client or default_client(), target.url, query or "", filters, limit, offset)
    rows = [make_row(row, target.name) for row in raw_rows]

    # NOTE: filters a portal cannot apply itself (licence on OpenDataSoft, publisher on
    # CKAN and udata...) are applied here to the rows fetched, so a filtered page can hold
    # fewer than ``limit`` rows while ``total_count`` still counts the unfiltered matches.
    table = apply_filters(make_table(rows, total_count), filters)
    table.attrs["portal"] = target.name
    table.attrs["api"] = target.api
    return table


def download(
    dataset_id: str,
    portal: str = LOCAL,
    *,
    api: str | None = None,
    format: str | None = None,  # noqa: A002 - the word learners know
    refresh: bool = False,
    progress: bool = True,
    catalog: Path | str | None = None,
    client: PortalClient | None = None,
) -> Path:
    """Return the path of a dataset's file, downloading it into the cache when remote.

    For a local id (``"rivebelle-arbres"``) this is the sample file, in ``format`` when
    the dataset has several. For a portal's dataset the file is the full export
    (OpenDataSoft) or the first resource in ``format`` (CKAN, udata), ``"csv"`` by
    default. A file already in the cache is reused unless ``refresh`` is true.
    """
    if not isinstance(dataset_id, str) or not dataset_id.strip():
        raise WorkshopError("finding.invalid_dataset_id", value=dataset_id)
    dataset_id = dataset_id.strip()

    if portal == LOCAL:
        return local.local_file(dataset_id, format, catalog)

    target = resolve_portal(portal, api)
    client = client or default_client()
    url, suffix = SOURCES[target.api].export_url(client, target.url, dataset_id, format or "csv")
    return client.download(url, suffix=suffix, refresh=refresh, progress=progress)


def resolve(dataset_id: str, portal: str = LOCAL, **options) -> Path:
    """Return the file a dataset id stands for; what ``open_dataset`` calls for an id.

    Takes the same options as ``download``. Raises ``WorkshopError`` with key
    ``finding.unknown_dataset``, listing the local ids, when a local id is unknown.
    """
    return download(dataset_id, portal, **options)


def is_local_dataset(name: str, catalog: Path | str | None = None) -> bool:
    """Return True when ``name`` is the id of a dataset in the local catalog."""
    try:
        local.find_entry(str(name), catalog)
    except WorkshopError:
        return False
    return True


def open_code(dataset_id: str, portal: str = LOCAL, api: str | None = None) -> str:
    """Return the line of Python that opens a dataset, as the search widget shows it.

    The line goes through ``download`` for local datasets too, so it reads the same for
    every source.
    """
    if portal == LOCAL:
        return f"data = wk.open_dataset(wk.download({_literal(dataset_id)}))"
    arguments = f"{_literal(dataset_id)}, portal={_literal(portal)}"
    if api and str(portal).startswith(("http://", "https://")):
        arguments += f", api={_literal(api)}"
    return f"data = wk.open_dataset(wk.download({arguments}))"


def _literal(text: str) -> str:
    """Return ``text`` as a double-quoted Python string literal."""
    return json.dumps(str(text), ensure_ascii=False)
