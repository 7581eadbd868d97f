"""Shared fixtures: the repository root, the real-world files folder, a headless Chromium."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
REALWORLD = REPOSITORY.parent / "shared" / "realworld"

# In CI the browser must be there: a missing Chromium fails the browser tests instead of
# skipping them, so a broken install step cannot pass unnoticed.
REQUIRE_BROWSER = os.environ.get("WORKSHOP_REQUIRE_BROWSER") == "1"

CHROMIUM_ARGUMENTS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture
def english():
    """Show messages in English during the test, then restore the previous language."""
    import workshop_kit as wk

    previous = wk.get_language()
    wk.set_language("en")
    yield
    wk.set_language(previous)


@pytest.fixture(scope="session")
def repository() -> Path:
    return REPOSITORY


@pytest.fixture(scope="session")
def realworld() -> Path:
    """The folder of real public files beside the repository; skips when it is absent."""
    if not REALWORLD.is_dir():
        pytest.skip(f"real-world files not found at {REALWORLD}: the tests that read them need ../shared/realworld")
    return REALWORLD


def chromium_path() -> str | None:
    """Return Debian's Chromium (or another Chromium on PATH), or None."""
    for candidate in (os.environ.get("CHROMIUM_PATH"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    """A real headless Chromium driven by Playwright, shared by the whole session."""
    executable = chromium_path()
    if executable is None:
        message = "Chromium not found: install Debian's chromium package or set CHROMIUM_PATH"
        if REQUIRE_BROWSER:
            pytest.fail(message)
        pytest.skip(message)

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if REQUIRE_BROWSER:
            pytest.fail("playwright is not installed: pip install -e '.[test]'")
        pytest.skip("playwright is not installed: pip install -e '.[test]'")

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGUMENTS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser page in its own context, closed after the test."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    yield page
    context.close()
