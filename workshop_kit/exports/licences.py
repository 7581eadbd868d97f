"""The two licences ``publish`` accepts, with the identifier each standard uses for them.

``lov2`` is Etalab's Licence Ouverte 2.0 and ``odc-odbl`` the Open Database License
1.0, the licences French cities usually choose for open data. The codes are the ones
the sample catalog uses; ``spdx`` goes into the Data Package and ``url`` into DCAT,
Datasette and Citadel JSON.
"""

from __future__ import annotations

LICENCES = {
    "lov2": {
        "title": "Licence Ouverte 2.0 (Etalab)",
        "url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
        "spdx": "etalab-2.0",
    },
    "odc-odbl": {
        "title": "Open Database License (ODbL) 1.0",
        "url": "https://opendatacommons.org/licenses/odbl/1-0/",
        "spdx": "ODbL-1.0",
    },
}


def licence_info(code: str) -> dict | None:
    """Return the title, URL and SPDX id of licence ``code``, or None when unknown."""
    return LICENCES.get(str(code or "").strip().lower())
