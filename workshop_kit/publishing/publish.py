"""Publish a dataset on the local portal: checks, versioned files, catalogs, database.

A publication never overwrites anything: it reserves a new ``v<N>`` folder, writes every
file into a hidden staging folder (each file through a temporary file and a rename),
then renames the staging folder onto the reserved one. Earlier versions stay as they
were; only the catalogs and the database copy move to the new version.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from ..errors import WorkshopError
from ..exports.csv_package import table_schema, write_csv_package, write_json_atomic
from ..exports.dcat import dataset_document, dataset_node
from ..exports.geojson import coordinate_columns, has_places, write_geojson
from ..exports.licences import licence_info
from ..formats.citadel import to_citadel, validate_citadel, write_citadel
from ..i18n import message
from ..locking import file_lock
from ..quality import check_dataset, load_schema_descriptor
from .catalog import read_catalog, record_version, write_catalogs
from .database import DATABASE_FILE, replace_table, write_datasette_metadata

PORTAL_VARIABLE = "WORKSHOP_PORTAL"
# Lock file in the portal folder, held while a publication writes its version and catalogs.
LOCK_FILE = ".publish.lock"
_VERSION_FOLDER = re.compile(r"^v(\d+)$")
_DATASET_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,79}$")

# Column names (lower case, accents removed) that play each Citadel role.
CITADEL_ROLES = {
    "id": ("id", "identifiant"),
    "title": ("nom", "name", "title", "titre"),
    "description": ("description",),
    "category": ("categorie", "category", "type"),
    "address": ("adresse", "address"),
    "postal_code": ("code_postal", "code postal", "cp", "postal_code"),
    "city": ("commune", "ville", "city"),
    "phone": ("telephone", "tel", "phone"),
    "website": ("site_web", "site web", "url", "website"),
    "email": ("courriel", "email", "e-mail", "mail"),
    "image": ("image", "photo"),
}


@dataclass
class Publication:
    """Result of ``publish``: the dataset id, its version number and the files written."""

    dataset_id: str
    version: int
    folder: Path
    files: dict[str, Path] = field(default_factory=dict)
    portal: Path | None = None

    def __str__(self) -> str:
        names = ", ".join(path.name for path in self.files.values())
        return message("publishing.done", id=self.dataset_id, version=self.version, folder=self.folder, files=names)

    def _repr_html_(self) -> str:
        import html

        return f'<div style="color:#1e7e34;font-weight:600">✅ {html.escape(str(self))}</div>'


def default_portal() -> Path:
    """Return the portal folder: ``WORKSHOP_PORTAL`` when set, else ``portal/`` in the
    learners' folder (``WORKSHOP_HOME``, by default ``.workshop/`` in the workshop, which
    git ignores), so publications never land in tracked files."""
    if os.environ.get(PORTAL_VARIABLE):
        return Path(os.environ[PORTAL_VARIABLE]).expanduser()
    from ..paths import workshop_home

    return workshop_home() / "portal"


def dataset_id(metadata: dict) -> str:
    """Return ``metadata["id"]``, or a slug of the title, checked to be a safe folder name."""
    value = str(metadata.get("id") or "").strip()
    if not value:
        decomposed = unicodedata.normalize("NFKD", str(metadata.get("title") or ""))
        ascii_title = "".join(character for character in decomposed if not unicodedata.combining(character))
        value = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:80]
    if not _DATASET_ID.match(value):
        raise WorkshopError("publishing.bad_id", value=value)
    return value


def _plain(name) -> str:
    decomposed = unicodedata.normalize("NFKD", str(name))
    return "".join(character for character in decomposed if not unicodedata.combining(character)).strip().lower()


def citadel_mapping(df: pd.DataFrame) -> dict:
    """Guess which column plays each Citadel role from the column names."""
    by_name = {_plain(column): column for column in df.columns}
    mapping = {}
    for role, names in CITADEL_ROLES.items():
        column = next((by_name[name] for name in names if name in by_name), None)
        if column is not None:
            mapping[role] = column
    return mapping


def _citadel_document(df: pd.DataFrame, metadata: dict, link: str, moment: datetime) -> dict:
    latitude, longitude = coordinate_columns(df)
    frame = df.rename(columns={latitude: "latitude", longitude: "longitude"})
    frame["latitude"] = pd.to_numeric(frame["latitude"], errors="coerce")
    frame["longitude"] = pd.to_numeric(frame["longitude"], errors="coerce")
    licence = licence_info(metadata.get("licence")) or {}
    stamp = moment.strftime("%Y%m%dT%H:%M:%S+00:00")
    citadel_metadata = {
        "id": metadata["id"],
        "lang": metadata.get("lang") or "fr-FR",
        "author": metadata.get("publisher") or "",
        "licence": licence.get("title", ""),
        "licence_url": licence.get("url", ""),
        "link": link,
        "update_frequency": metadata.get("update_frequency") or "",
        "created": stamp,
        "updated": stamp,
    }
    return to_citadel(frame, citadel_mapping(frame), citadel_metadata)


def _export_schema(df: pd.DataFrame, schema) -> dict:
    """Return the Table Schema of the exported CSV: the given schema's fields for known
    columns, inferred fields for the others, in the frame's column order."""
    inferred = table_schema(df)
    if schema is None:
        return inferred
    descriptor = load_schema_descriptor(schema)
    known = {field["name"]: field for field in descriptor.get("fields") or []}
    fields = [known.get(field["name"], field) for field in inferred["fields"]]
    return {"fields": fields, "missingValues": descriptor.get("missingValues", [""])}


def _next_version(dataset_folder: Path) -> tuple[int, Path]:
    """Reserve the next ``v<N>`` folder by creating it; never reuse an existing one."""
    dataset_folder.mkdir(parents=True, exist_ok=True)
    numbers = [int(match.group(1)) for path in dataset_folder.iterdir()
               if (match := _VERSION_FOLDER.match(path.name))]
    version = max(numbers, default=0) + 1
    while True:
        folder = dataset_folder / f"v{version}"
        try:
            folder.mkdir()
            return version, folder
        except FileExistsError:
            version += 1


def _rejection(report) -> WorkshopError:
    reasons = "\n".join(f"- {problem.message}" for problem in report.blocking)
    return WorkshopError("publishing.rejected", count=len(report.blocking), reasons=reasons)


def publish(df, metadata: dict, portal=None, schema=None, base_url: str | None = None) -> Publication:
    """Check ``df`` and publish it as a new version on the portal at ``portal``.

    Raises a WorkshopError listing the blocking problems of ``check_dataset`` and writes
    nothing in that case. ``metadata`` needs ``title``, ``description``, ``publisher``
    and ``licence`` (``lov2`` or ``odc-odbl``); ``id`` defaults to a slug of the title.
    ``base_url`` is where the portal folder will be served (for example
    ``https://data.rivebelle.example/``); by default the DCAT links are ``file://``
    addresses of the portal folder on this computer.
    """
    if not isinstance(metadata, dict):
        raise WorkshopError("publishing.metadata_not_dict", kind=type(metadata).__name__)
    report = check_dataset(df, schema=schema, metadata=metadata)
    if report.blocking:
        raise _rejection(report)

    metadata = dict(metadata, id=dataset_id(metadata))
    portal = Path(portal).expanduser() if portal is not None else default_portal()
    portal.mkdir(parents=True, exist_ok=True)

    # One publication at a time per portal, so the version number, the catalogs and the
    # database of two learners publishing at once cannot overwrite each other.
    with file_lock(portal / LOCK_FILE):
        return _publish_locked(df, metadata, portal, schema, base_url)


def _publish_locked(df, metadata: dict, portal: Path, schema, base_url: str | None) -> Publication:
    """Write the new version and update the catalogs; the caller holds the portal's lock."""
    base = (base_url or portal.resolve().as_uri()).rstrip("/") + "/"
    moment = datetime.now(timezone.utc).replace(microsecond=0)

    dataset_folder = portal / "datasets" / metadata["id"]
    version, final_folder = _next_version(dataset_folder)
    dataset_uri = f"{base}datasets/{metadata['id']}"
    version_url = f"{dataset_uri}/v{version}/"
    catalog = read_catalog(portal)
    previous = next((entry for entry in catalog["datasets"] if entry["id"] == metadata["id"]), None)
    issued = previous["versions"][0]["published"] if previous and previous.get("versions") else moment.isoformat()
    versioned = dict(metadata, version=str(version), issued=issued, modified=moment.isoformat())

    staging = Path(tempfile.mkdtemp(prefix=f".v{version}.", dir=dataset_folder))
    try:
        files = _write_version(df, versioned, staging, schema, dataset_uri, version_url, moment)
        os.replace(staging, final_folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        final_folder.rmdir()
        raise
    files = {kind: final_folder / path.name for kind, path in files.items()}

    distributions = _distributions(files, version_url, metadata)
    node = dataset_node(versioned, dataset_uri, distributions)
    record_version(catalog, metadata, {
        "version": version,
        "published": moment.isoformat(),
        "folder": str(final_folder.relative_to(portal)),
        "files": {kind: str(path.relative_to(portal)) for kind, path in files.items()},
        "rows": len(df),
        "dcat_node": node,
    })
    write_catalogs(portal, catalog, base)
    replace_table(portal / DATABASE_FILE, metadata["id"], df)
    write_datasette_metadata(portal, metadata, version_url)
    return Publication(metadata["id"], version, final_folder, files, portal)


def _write_version(df, metadata: dict, folder: Path, schema, dataset_uri: str, version_url: str,
                   moment: datetime) -> dict[str, Path]:
    """Write every file of one version into ``folder`` and return them by kind."""
    files = write_csv_package(df, folder, metadata, _export_schema(df, schema))
    if has_places(df):
        files["geojson"] = write_geojson(df, folder / f"{metadata['id']}.geojson")
        document = _citadel_document(df, metadata, version_url, moment)
        errors = validate_citadel(document)
        if errors:
            raise WorkshopError("publishing.citadel_invalid", errors="; ".join(errors[:5]))
        files["citadel"] = write_citadel(document, folder / f"{metadata['id']}.citadel.json")
    distributions = _distributions(files, version_url, metadata)
    dcat_path = folder / f"{metadata['id']}.dcat.jsonld"
    files["dcat"] = write_json_atomic(dcat_path, dataset_document(metadata, dataset_uri, distributions))
    return files


def _distributions(files: dict[str, Path], version_url: str, metadata: dict) -> list[dict]:
    formats = {"csv": "CSV", "datapackage": "JSON", "geojson": "GeoJSON", "citadel": "JSON"}
    title = metadata.get("title") or metadata["id"]
    return [{"url": version_url + files[kind].name, "format": format_name, "title": f"{title} ({files[kind].name})"}
            for kind, format_name in formats.items() if kind in files]
