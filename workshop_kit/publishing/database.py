"""The SQLite database Datasette serves, and Datasette's ``metadata.json``.

Each dataset is one table holding its latest version, with full-text search on its text
columns. The versions on disk are the record; the table is a copy rebuilt at each
publication inside one transaction, so a running Datasette sees the old or the new
table, never a half-written one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from ..exports.csv_package import frame_for_export, write_json_atomic
from ..exports.licences import licence_info
from ..i18n import message

DATABASE_FILE = "portal.db"
DATASETTE_METADATA_FILE = "metadata.json"
DATABASE_NAME = "portal"


def _records(df: pd.DataFrame) -> list[dict]:
    frame = frame_for_export(df)
    records = []
    for row in frame.to_dict(orient="records"):
        clean = {}
        for column, value in row.items():
            try:
                missing = pd.isna(value)
            except (TypeError, ValueError):
                missing = False
            if missing is True:
                clean[str(column)] = None
            elif hasattr(value, "item"):
                clean[str(column)] = value.item()
            else:
                clean[str(column)] = value
        records.append(clean)
    return records


def text_columns(df: pd.DataFrame) -> list[str]:
    return [str(column) for column in df.columns
            if df[column].dtype == object or pd.api.types.is_string_dtype(df[column])]


def replace_table(database_path: Path, table: str, df: pd.DataFrame) -> None:
    """Replace ``table`` with the rows of ``df`` and index its text columns for search.

    When the frame has an identifier column (see ``quality.stars.identifier_column``) it
    becomes the primary key, so a row's page on the portal keeps its address across
    versions; otherwise Datasette addresses rows by their position (``rowid``).
    """
    import sqlite_utils

    from ..quality.stars import identifier_column

    key = identifier_column(df)

    database = sqlite_utils.Database(database_path)
    try:
        with database.conn:
            database.execute(f"DROP TABLE IF EXISTS [{table}_fts]")
            for trigger in database.triggers:
                if trigger.table == table:
                    database.execute(f"DROP TRIGGER IF EXISTS [{trigger.name}]")
            database[table].drop(ignore=True)
            options = {"pk": str(key)} if key is not None else {}
            database[table].insert_all(_records(df), alter=True, **options)
        searchable = text_columns(df)
        if searchable and database[table].exists():
            database[table].enable_fts(searchable, create_triggers=True, replace=True)
    finally:
        database.close()


def read_datasette_metadata(portal: Path) -> dict:
    path = portal / DATASETTE_METADATA_FILE
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    return {"title": message("publishing.catalog_title"), "description": message("publishing.catalog_description"),
            "databases": {DATABASE_NAME: {"tables": {}}}}


def write_datasette_metadata(portal: Path, metadata: dict, source_url: str) -> None:
    """Add or update the table's title, description, licence and source in ``metadata.json``."""
    document = read_datasette_metadata(portal)
    tables = document.setdefault("databases", {}).setdefault(DATABASE_NAME, {}).setdefault("tables", {})
    licence = licence_info(metadata.get("licence")) or {"title": str(metadata.get("licence") or ""), "url": ""}
    tables[metadata["id"]] = {
        "title": metadata.get("title") or metadata["id"],
        "description": metadata.get("description") or "",
        "license": licence["title"],
        "license_url": licence["url"],
        "source": metadata.get("source") or metadata.get("publisher") or "",
        "source_url": metadata.get("source_url") or source_url,
    }
    write_json_atomic(portal / DATASETTE_METADATA_FILE, document)
