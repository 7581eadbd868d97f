"""Logic of the Voila dashboards in ``demos/``: live class progress, the portal, the budget.

Each dashboard notebook calls a few functions from here; tests call the same functions.
"""

from __future__ import annotations

import os
from urllib.parse import parse_qs

from ..i18n import LANGUAGES, get_language, set_language


def use_page_language() -> str:
    """Use the language requested in the page address (``?lang=en``), else ``WORKSHOP_LANG``.

    Voila passes the query string of the page to the kernel in ``QUERY_STRING``, so a
    manager can switch a dashboard's language from the address bar.
    """
    requested = parse_qs(os.environ.get("QUERY_STRING", "")).get("lang", [""])[0][:2].lower()
    if requested in LANGUAGES:
        set_language(requested)
        return requested
    return get_language()
