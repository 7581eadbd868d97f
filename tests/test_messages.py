"""Every message exists in French and English, and every key the code uses exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
import yaml

from workshop_kit import i18n
from workshop_kit.errors import WorkshopError

REPOSITORY = Path(__file__).resolve().parent.parent
# Calls whose first string argument is a message key.
KEY_USES = re.compile(
    r"""(?:\bmessage|\b_|WorkshopError|assert_that\([^,()]+,|hint_key=)\s*\(?\s*["']([a-z0-9_]+\.[a-z0-9_.]+)["']"""
)


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_catalog_files_parse():
    files = sorted(i18n.MESSAGES_DIR.glob("*.yml"))
    assert files, "no message catalog found in workshop_kit/messages"
    for path in files:
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(content, dict), f"{path.name} must map message keys to texts"


def test_every_message_in_both_languages():
    for key, texts in i18n.load_catalog().items():
        assert set(texts) == set(i18n.LANGUAGES), f"{key}: languages {sorted(texts)}, expected fr and en"
        for language in i18n.LANGUAGES:
            assert str(texts[language]).strip(), f"{key}: the {language} text is empty"


def test_placeholders_match_across_languages():
    for key, texts in i18n.load_catalog().items():
        assert placeholders(texts["fr"]) == placeholders(texts["en"]), (
            f"{key}: French uses {sorted(placeholders(texts['fr']))}, English uses {sorted(placeholders(texts['en']))}"
        )


def test_keys_start_with_file_domain():
    for path in sorted(i18n.MESSAGES_DIR.glob("*.yml")):
        for key in yaml.safe_load(path.read_text(encoding="utf-8")) or {}:
            assert "." in key, f"{path.name}: key {key!r} has no domain prefix such as 'core.'"


def test_used_keys_exist():
    catalog = i18n.load_catalog()
    sources = list((REPOSITORY / "workshop_kit").rglob("*.py")) + list((REPOSITORY / "lessons").glob("*.py"))
    missing = []
    for path in sources:
        for key in KEY_USES.findall(path.read_text(encoding="utf-8")):
            if key not in catalog:
                missing.append(f"{path.relative_to(REPOSITORY)}: {key}")
    assert not missing, "message keys used but not defined:\n" + "\n".join(missing)


def test_set_language_switches_messages():
    previous = i18n.get_language()
    try:
        i18n.set_language("fr")
        french = i18n.message("core.file_not_found", path="x.csv")
        i18n.set_language("en")
        english = i18n.message("core.file_not_found", path="x.csv")
    finally:
        i18n.set_language(previous)
    assert french.startswith("Fichier introuvable")
    assert english.startswith("File not found")


def test_set_language_rejects_unknown():
    with pytest.raises(ValueError, match="de"):
        i18n.set_language("de")


def test_workshop_error_follows_language():
    previous = i18n.get_language()
    try:
        i18n.set_language("fr")
        error = WorkshopError("core.file_not_found", path="arbres.csv")
        assert "Fichier introuvable : arbres.csv" in str(error)
        i18n.set_language("en")
        assert "File not found: arbres.csv" in str(error)
    finally:
        i18n.set_language(previous)


def test_language_from_environment(monkeypatch):
    monkeypatch.setenv("WORKSHOP_LANG", "en")
    assert i18n._language_from_environment() == "en"
    monkeypatch.delenv("WORKSHOP_LANG")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert i18n._language_from_environment() == "fr"
