"""Portal resolution: the API and base URL that a ``portal=`` argument designates.

``portal`` is ``"local"`` (the bundled catalog), the name of a known portal, or a base
URL given together with ``api=``. Known portals are ``KNOWN_PORTALS`` plus the entries of
the YAML file that ``$WORKSHOP_PORTALS_FILE`` names, for example::

    rivebelle:
      api: opendatasoft
      url: https://data.rivebelle.example

Only a call that names a remote portal contacts it: the default is the local catalog.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import WorkshopError

APIS = ("opendatasoft", "ckan", "udata")
PORTALS_VARIABLE = "WORKSHOP_PORTALS_FILE"

# Public portals French cities use, by name. Base URLs have no trailing slash.
KNOWN_PORTALS = {
    "data.gouv.fr": {"api": "udata", "url": "https://www.data.gouv.fr"},
    "opendata.paris.fr": {"api": "opendatasoft", "url": "https://opendata.paris.fr"},
    "data.iledefrance.fr": {"api": "opendatasoft", "url": "https://data.iledefrance.fr"},
    "public.opendatasoft.com": {"api": "opendatasoft", "url": "https://public.opendatasoft.com"},
    "demo.ckan.org": {"api": "ckan", "url": "https://demo.ckan.org"},
}


@dataclass(frozen=True)
class Portal:
    """A remote portal: the name it was asked by, its API and its base URL."""

    name: str
    api: str
    url: str


def known_portals() -> dict[str, dict]:
    """Return the known portals, with the entries of ``$WORKSHOP_PORTALS_FILE`` added."""
    portals = {name: dict(entry) for name, entry in KNOWN_PORTALS.items()}
    configured = os.environ.get(PORTALS_VARIABLE, "").strip()
    if not configured:
        return portals

    path = Path(configured).expanduser()
    if not path.is_file():
        raise WorkshopError("finding.portals_file_missing", path=path, variable=PORTALS_VARIABLE)
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise WorkshopError("finding.portals_file_invalid", path=path, error=error) from error
    if not isinstance(entries, dict):
        raise WorkshopError("finding.portals_file_invalid", path=path, error="not a mapping")
    for name, entry in entries.items():
        if not isinstance(entry, dict) or entry.get("api") not in APIS or not entry.get("url"):
            raise WorkshopError("finding.portals_file_invalid", path=path, error=f"{name}: api and url")
        portals[str(name)] = {"api": entry["api"], "url": str(entry["url"])}
    return portals


def resolve_portal(portal: str, api: str | None = None) -> Portal:
    """Return the remote portal that ``portal`` (a name or a base URL) and ``api`` designate."""
    text = str(portal).strip()
    if api is not None and api not in APIS:
        raise WorkshopError("finding.unknown_api", api=api, apis=", ".join(APIS))

    if text.startswith(("http://", "https://")):
        if api is None:
            raise WorkshopError("finding.api_missing", url=text, apis=", ".join(APIS))
        return Portal(name=text.rstrip("/"), api=api, url=text.rstrip("/"))

    portals = known_portals()
    if text not in portals:
        raise WorkshopError("finding.unknown_portal", portal=text, portals=", ".join(["local", *portals]))
    entry = portals[text]
    return Portal(name=text, api=api or entry["api"], url=entry["url"].rstrip("/"))
