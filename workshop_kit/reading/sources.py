"""Table sources (a local path or a URL) and the detection of their file type.

The file type is read from the first bytes rather than trusted from the extension,
because portals often serve CSV as ``.txt`` or an error page under a ``.csv`` name.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from ..errors import WorkshopError

# Seconds to wait for a portal's response before raising a timeout error.
URL_TIMEOUT_SECONDS = 30

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls (and other Office 97 files)
BINARY_MAGICS = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf")
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass
class RawSource:
    """The bytes of a file and the names used to talk about it."""

    data: bytes
    name: str  # shown to the learner: the file name or the URL
    suffix: str  # lower-case extension without the dot, "" when none


def is_url(source) -> bool:
    return isinstance(source, str) and urlparse(source).scheme in ("http", "https")


def read_source(source) -> RawSource:
    """Read a path or an http(s) URL into memory, raising WorkshopError on failure."""
    if is_url(source):
        return _fetch(source)

    path = Path(os.fspath(source)).expanduser()
    if not path.exists() and isinstance(source, str):
        path = _dataset_file(source) or path
    if not path.exists():
        raise WorkshopError("reading.file_not_found", path=str(path))
    if path.is_dir():
        raise WorkshopError("reading.is_directory", path=str(path))
    data = path.read_bytes()
    if not data.strip():
        raise WorkshopError("reading.empty_file", path=path.name)
    return RawSource(data=data, name=path.name, suffix=path.suffix.lower().lstrip("."))


def _dataset_file(name: str) -> Path | None:
    """Return the local file of a catalog dataset id such as "rivebelle-arbres", or None."""
    from ..finding import is_local_dataset, resolve

    if not is_local_dataset(name):
        return None
    return Path(resolve(name))


# NOTE: URLs are fetched directly, without the finding package's shared download cache,
# so a room of learners opening the same URL downloads it once per learner.
def _fetch(url: str) -> RawSource:
    import requests

    try:
        response = requests.get(url, timeout=URL_TIMEOUT_SECONDS)
    except requests.Timeout:
        raise WorkshopError("reading.url_timeout", url=url, seconds=URL_TIMEOUT_SECONDS) from None
    except requests.ConnectionError:
        raise WorkshopError("reading.url_offline", url=url) from None
    if response.status_code >= 400:
        raise WorkshopError("reading.url_status", url=url, status=response.status_code)
    if not response.content.strip():
        raise WorkshopError("reading.empty_file", path=url)

    suffix = Path(urlparse(url).path).suffix.lower().lstrip(".")
    content_type = response.headers.get("Content-Type", "").lower()
    if not suffix or suffix not in ("csv", "txt", "tsv", "json", "geojson", "xlsx", "xls"):
        suffix = _suffix_from_content_type(content_type)
    return RawSource(data=response.content, name=url, suffix=suffix)


def _suffix_from_content_type(content_type: str) -> str:
    if "json" in content_type:
        return "json"
    if "spreadsheetml" in content_type:
        return "xlsx"
    if "ms-excel" in content_type:
        return "xls"
    if "csv" in content_type or "text/plain" in content_type:
        return "csv"
    return ""


def sniff_kind(raw: RawSource) -> str:
    """Return "xlsx", "xls", "json" or "text" from the first bytes, or raise WorkshopError."""
    head = raw.data[:2048]
    if head.startswith(ZIP_MAGIC):
        if b"xl/" in raw.data[:65536] or raw.suffix == "xlsx":
            return "xlsx"
        raise WorkshopError("reading.binary_file", path=raw.name)
    if head.startswith(OLE_MAGIC):
        return "xls"
    if head.startswith(BINARY_MAGICS):
        raise WorkshopError("reading.binary_file", path=raw.name)

    if head.startswith(UTF16_BOMS):
        return "text"
    if b"\x00" in head:
        raise WorkshopError("reading.binary_file", path=raw.name)

    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<?xml")):
        raise WorkshopError("reading.html_file", path=raw.name)
    if start.startswith((b"{", b"[")) and (raw.suffix in ("json", "geojson", "") or _looks_like_json(raw.data)):
        return "json"
    return "text"


def _looks_like_json(data: bytes) -> bool:
    import json

    try:
        json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    return True
