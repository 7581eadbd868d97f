"""Message catalogs in French and English, and the current language.

Every string a learner, facilitator or manager reads comes from the YAML files in
``workshop_kit/messages/``. Each file is one domain (``core.yml``, ``open.yml``...) and
maps a key to its text in both languages::

    open.file_not_found:
      fr: "Fichier introuvable : {path}. Vérifiez le nom et le dossier."
      en: "File not found: {path}. Check the name and the folder."

Keys are unique across files. ``tests/test_messages.py`` fails when a key lacks a
language or when the two texts use different ``{placeholders}``.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import yaml

LANGUAGES = ("fr", "en")
ENV_VARIABLE = "WORKSHOP_LANG"
MESSAGES_DIR = Path(__file__).parent / "messages"

_current_language: str | None = None


def _language_from_environment() -> str:
    """Pick the language from WORKSHOP_LANG, then the locale variables; French by default."""
    requested = os.environ.get(ENV_VARIABLE, "").strip().lower()[:2]
    if requested in LANGUAGES:
        return requested

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").lower()
        if value.startswith("en"):
            return "en"
        if value.startswith("fr"):
            return "fr"

    # A C or POSIX locale, common on servers, states no language, so French wins.
    return "fr"


def get_language() -> str:
    """Return the language messages are shown in (``"fr"`` or ``"en"``)."""
    global _current_language
    if _current_language is None:
        _current_language = _language_from_environment()
    return _current_language


def set_language(language: str) -> None:
    """Show every later message in ``language`` (``"fr"`` or ``"en"``).

    The choice also goes into the ``WORKSHOP_LANG`` environment variable, so programs
    the kit starts (a portal, Voila, nbgrader) speak the same language.
    """
    global _current_language
    code = str(language).strip().lower()[:2]
    if code not in LANGUAGES:
        # This message cannot depend on a language that is not set yet, so it gives both.
        raise ValueError(
            f"Langue inconnue : {language!r}. Choisissez 'fr' ou 'en'. / "
            f"Unknown language: {language!r}. Choose 'fr' or 'en'."
        )
    # Nothing is returned, so a lesson's set-up cell shows no output.
    _current_language = code
    os.environ[ENV_VARIABLE] = code


@lru_cache(maxsize=1)
def load_catalog() -> dict[str, dict[str, str]]:
    """Read every ``messages/*.yml`` file into one mapping of key to texts by language."""
    catalog: dict[str, dict[str, str]] = {}
    for path in sorted(MESSAGES_DIR.glob("*.yml")):
        with path.open(encoding="utf-8") as handle:
            entries = yaml.safe_load(handle) or {}
        for key, texts in entries.items():
            if key in catalog:
                raise ValueError(f"Message key {key!r} in {path.name} is already defined in another file.")
            catalog[key] = dict(texts)
    return catalog


def message(key: str, language: str | None = None, **values) -> str:
    """Return the text of message ``key`` in the current language, filled with ``values``."""
    texts = load_catalog().get(key)
    if texts is None:
        raise KeyError(f"No message with key {key!r} in workshop_kit/messages/*.yml.")
    text = texts[language or get_language()]
    return text.format(**values) if values else text


# Short alias for notebooks and widgets: ``_("core.check_passed")``.
_ = message
