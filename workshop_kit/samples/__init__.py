"""Sample data of the fictional city of Rivebelle, and its local catalog.

``sample_path("rivebelle-arbres")`` or ``sample_path("arbres.csv")`` returns the path of
a sample file; ``load_catalog()`` returns the catalog entries. The files themselves are
written by ``python -m workshop_kit.samples.generate`` into ``sample_data/``.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import WorkshopError
from ..paths import sample_data_dir

CATALOG_FILE = "catalog.json"

__all__ = ["CATALOG_FILE", "load_catalog", "sample_path"]


def _read_catalog() -> dict:
    path = sample_data_dir() / CATALOG_FILE
    if not path.is_file():
        raise WorkshopError("samples.catalog_missing", path=path)
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def load_catalog() -> list[dict]:
    """Return the datasets of the local catalog (``sample_data/catalog.json``), one dict each."""
    return _read_catalog()["datasets"]


def sample_path(name: str) -> Path:
    """Return the path of a sample file, given a dataset id or a file name.

    ``name`` may be a catalog id (``"rivebelle-arbres"``: its first file), a path
    relative to ``sample_data/`` (``"exercices/lieux_a_nettoyer.csv"``) or a bare file
    name (``"lieux_a_nettoyer.csv"``). Raises ``WorkshopError`` when no sample matches,
    when the dataset exists only as metadata, or when the file is missing on disk.
    """
    query = str(name).strip()
    folder = sample_data_dir()
    datasets = load_catalog()

    for dataset in datasets:
        files = dataset.get("files") or []
        if dataset["id"] == query:
            if not files:
                raise WorkshopError("samples.no_local_file", name=query, page_url=dataset.get("page_url", ""))
            return _existing(folder / files[0]["path"])
        for file in files:
            if query in (file["path"], Path(file["path"]).name):
                return _existing(folder / file["path"])

    with_files = [dataset for dataset in datasets if dataset.get("files")]
    valid = ", ".join(dataset["id"] for dataset in with_files)
    files = ", ".join(file["path"] for dataset in with_files for file in dataset["files"])
    raise WorkshopError("samples.unknown_dataset", name=query, valid=valid, files=files)


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise WorkshopError("samples.file_missing", path=path)
    return path
