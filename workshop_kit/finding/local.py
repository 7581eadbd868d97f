"""The local catalog: ``sample_data/catalog.json``, searchable with no network.

The catalog is ``{"catalog": {...}, "datasets": [entry, ...]}``. An entry has ``id``,
``title``/``title_en``, ``description``/``description_en``, ``publisher``, ``licence``,
``update_frequency``, ``keywords``, ``theme``, ``modified``, ``formats``, ``records``,
``page_url`` and, for the city's own datasets, ``files`` (paths relative to the catalog's
folder). Entries marked ``"example": true`` describe datasets of other publishers and have
no files.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from ..errors import WorkshopError
from ..i18n import get_language
from .results import theme_name

def load_entries(path: Path | str | None = None) -> tuple[list[dict], Path]:
    """Read the catalog at ``path`` (default: the bundled one) and return its entries and folder.

    File paths in the entries are relative to that folder.
    """
    if path is None:
        from ..paths import sample_data_dir
        from ..samples import load_catalog

        return load_catalog(), sample_data_dir()

    path = Path(path)
    if not path.is_file():
        raise WorkshopError("finding.catalog_missing", path=path)
    try:
        catalog = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise WorkshopError("finding.catalog_invalid", path=path, error=error) from error
    datasets = catalog.get("datasets") if isinstance(catalog, dict) else None
    if not isinstance(datasets, list):
        raise WorkshopError("finding.catalog_invalid", path=path, error="no 'datasets' list")
    return datasets, path.parent


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(character for character in decomposed if not unicodedata.combining(character)).lower()


def _searchable_text(entry: dict) -> str:
    """Return all the text a query can match in an entry, in both languages, folded."""
    parts = [
        entry.get("id", ""),
        entry.get("title", ""),
        entry.get("title_en", ""),
        entry.get("description", ""),
        entry.get("description_en", ""),
        entry.get("publisher", ""),
        " ".join(entry.get("keywords") or []),
        " ".join(_themes(entry.get("theme"))),
    ]
    return _fold(" ".join(str(part) for part in parts))


def _themes(theme) -> list[str]:
    """Return an entry's themes with their readable names in both languages, for matching."""
    if isinstance(theme, list):
        codes = theme
    else:
        codes = [theme] if theme else []
    return [name for code in codes for name in (code, theme_name(code, "fr"), theme_name(code, "en"))]


def _score(entry: dict, words: list[str]) -> int:
    """Return 0 when a query word is missing, otherwise a rank: title matches count most."""
    text = _searchable_text(entry)
    if not all(word in text for word in words):
        return 0
    title = _fold(f"{entry.get('title', '')} {entry.get('title_en', '')}")
    keywords = _fold(" ".join(entry.get("keywords") or []))
    return 1 + sum(3 * (word in title) + 2 * (word in keywords) for word in words)


def search(query: str, path: Path | str | None = None) -> list[dict]:
    """Return the entries matching every word of ``query``, best first, as result rows.

    Matching ignores case and accents and looks at titles, descriptions, keywords, theme
    and publisher in both languages. An empty query returns every entry in catalog order.
    """
    entries, _ = load_entries(path)
    words = [word for word in re.split(r"\W+", _fold(query or "")) if word]
    scored = [(_score(entry, words), position, entry) for position, entry in enumerate(entries)]
    matches = [item for item in scored if item[0] > 0]
    matches.sort(key=lambda item: (-item[0], item[1]))
    return [to_row(entry) for _, _, entry in matches]


def to_row(entry: dict) -> dict:
    """Turn one catalog entry into a result row, with title and description in the current language."""
    english = get_language() == "en"
    title = (english and entry.get("title_en")) or entry.get("title")
    description = (english and entry.get("description_en")) or entry.get("description")
    return {
        "dataset_id": entry["id"],
        "title": title,
        "publisher": entry.get("publisher"),
        "licence": entry.get("licence"),
        "modified": entry.get("modified"),
        "update_frequency": entry.get("update_frequency"),
        "formats": entry.get("formats"),
        "records": entry.get("records"),
        "page_url": entry.get("page_url"),
        "description": description,
        "keywords": entry.get("keywords"),
        "theme": entry.get("theme"),
    }


def find_entry(dataset_id: str, path: Path | str | None = None) -> tuple[dict, Path]:
    """Return the catalog entry with id ``dataset_id`` and the catalog's folder."""
    entries, folder = load_entries(path)
    for entry in entries:
        if entry.get("id") == dataset_id:
            return entry, folder
    raise WorkshopError(
        "finding.unknown_dataset",
        dataset=dataset_id,
        ids=", ".join(entry["id"] for entry in entries if entry.get("files")),
    )


def local_file(dataset_id: str, file_format: str | None = None, path: Path | str | None = None) -> Path:
    """Return the file of a local dataset, the one in ``file_format`` when given.

    Metadata-only entries (other publishers' datasets) have no file: the error gives
    their page so the learner can fetch them when online.
    """
    entry, folder = find_entry(dataset_id, path)
    files = entry.get("files") or []
    if not files:
        raise WorkshopError("finding.no_local_file", dataset=dataset_id, page_url=entry.get("page_url") or "-")

    chosen = files[0]
    if file_format:
        matching = [item for item in files if str(item.get("format", "")).lower() == file_format.lower()]
        if not matching:
            formats = ", ".join(str(item.get("format")) for item in files)
            raise WorkshopError(
                "finding.format_not_available", dataset=dataset_id, format=file_format.upper(), formats=formats
            )
        chosen = matching[0]

    file_path = (folder / chosen["path"]).resolve()
    if not file_path.is_file():
        raise WorkshopError("finding.local_file_missing", dataset=dataset_id, path=file_path)
    return file_path
