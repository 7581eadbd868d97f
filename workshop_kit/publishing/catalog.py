"""The portal's catalog: ``catalog.json`` for people and scripts, ``catalog.dcat.jsonld``
for harvesters such as a national portal.

Both files list every dataset with its latest version; ``catalog.json`` also keeps the
history of versions. Each is rewritten atomically after a publication.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..exports.csv_package import write_json_atomic
from ..exports.dcat import catalog_document
from ..i18n import message

CATALOG_FILE = "catalog.json"
DCAT_CATALOG_FILE = "catalog.dcat.jsonld"


def read_catalog(portal: Path) -> dict:
    """Return the portal's catalog, or an empty one for a new portal."""
    path = portal / CATALOG_FILE
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    return {
        "catalog": {
            "title": message("publishing.catalog_title", language="fr"),
            "title_en": message("publishing.catalog_title", language="en"),
            "description": message("publishing.catalog_description", language="fr"),
            "description_en": message("publishing.catalog_description", language="en"),
            "publisher": "",
        },
        "datasets": [],
    }


def record_version(catalog: dict, metadata: dict, version: dict) -> dict:
    """Add ``version`` to the dataset's entry in ``catalog`` (creating the entry) and return it."""
    entries = catalog["datasets"]
    entry = next((item for item in entries if item["id"] == metadata["id"]), None)
    if entry is None:
        entry = {"id": metadata["id"], "versions": []}
        entries.append(entry)
    fields = ("title", "title_en", "description", "description_en", "publisher", "licence", "update_frequency",
              "keywords", "theme", "spatial", "temporal", "source", "source_url")
    for field in fields:
        if metadata.get(field) not in (None, "", []):
            entry[field] = metadata[field]
    entry["versions"].append(version)
    entry["latest"] = version["version"]
    entry["dcat"] = version["dcat_node"]
    if not catalog["catalog"].get("publisher") and metadata.get("publisher"):
        catalog["catalog"]["publisher"] = metadata["publisher"]
    return entry


def write_catalogs(portal: Path, catalog: dict, catalog_uri: str) -> None:
    """Write ``catalog.json`` and the DCAT catalog of the latest version of every dataset."""
    write_json_atomic(portal / CATALOG_FILE, catalog)
    nodes = [entry["dcat"] for entry in catalog["datasets"] if entry.get("dcat")]
    write_json_atomic(portal / DCAT_CATALOG_FILE, catalog_document(catalog["catalog"], catalog_uri, nodes))
