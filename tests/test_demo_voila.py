"""`workshop demo`: the app builder served by a real Voila, driven in headless Chromium."""

from __future__ import annotations

import pytest

import workshop_kit as wk
from workshop_kit.cli import main
from workshop_kit.cli.demo import available_demos, demo_notebook, start_voila, stop_voila



def test_demo_lists_app_builder():
    demos = available_demos("en")
    assert demos.get("app_builder") == "Build a map app", f"app_builder missing or untitled in {demos}"


def citadel_label() -> str:
    """Return the menu label of the Citadel sample, as the French widget shows it."""
    from workshop_kit.widgets.app_builder import sample_choices

    wk.set_language("fr")
    return next(label for label, name in sample_choices("fr") if name == "lieux.citadel.json")


def test_demo_command_lists_demos(capsys):
    assert main(["--lang", "en", "demo", "--list"]) == 0, "workshop demo --list should succeed"
    assert "app_builder" in capsys.readouterr().out, "the list should name the app builder demo"


def test_demo_command_unknown_name(capsys):
    assert main(["--lang", "en", "demo", "no_such_demo"]) == 1, "an unknown demo should fail with exit code 1"
    assert "app_builder" in capsys.readouterr().err, "the error should list the available demos"


@pytest.fixture(scope="module")
def voila(tmp_path_factory):
    """Voila serving the app builder, with the learners' folder (and so the apps) in a temporary folder."""
    home = tmp_path_factory.mktemp("voila-home")
    apps = home / "apps"
    process, url = start_voila(demo_notebook("app_builder"), language="fr", environment={"WORKSHOP_HOME": str(home)})
    yield url, apps
    stop_voila(process)


def only_local(route):
    """Let requests to 127.0.0.1 and inline documents through; abort every other host."""
    url = route.request.url
    if url.startswith(("http://127.0.0.1", "about:", "data:", "blob:")):
        route.continue_()
    else:
        route.abort()


@pytest.fixture
def wide_page(browser):
    """A desktop-sized page: the builder's grid of menus needs more than a phone's width."""
    context = browser.new_context(viewport={"width": 1200, "height": 1400})
    yield context.new_page()
    context.close()


@pytest.mark.slow
@pytest.mark.browser
def test_demo_builds_app_in_voila(wide_page, voila):
    page = wide_page
    url, apps = voila
    page.route("**/*", only_local)
    page.goto(url, timeout=120_000)
    page.wait_for_selector(".workshop-app-builder select", timeout=120_000)

    page.locator(".workshop-app-builder select").first.select_option(label=citadel_label())
    preview = page.frame_locator("iframe.workshop-preview")
    preview.locator("path.leaflet-interactive").first.wait_for(timeout=60_000)
    markers = preview.locator("path.leaflet-interactive").count()
    assert markers > 100, f"the preview should draw the sample's places, drew {markers}"
    assert page.get_by_text("from workshop_kit.widgets").count() == 0, "Voila should not show the notebook's code"

    page.get_by_role("button", name="Créer mon appli").click()
    page.wait_for_selector(".workshop-app-created", timeout=60_000)
    created = sorted(path.relative_to(apps).as_posix() for path in apps.glob("*/index.html"))
    assert created == ["lieux/index.html"], f"expected the app in lieux/, found {created}"
    assert (apps / "lieux" / "lieux.citadel.json").is_file(), "the Citadel JSON should be beside the app"


@pytest.mark.slow
def test_start_voila_relative_path(monkeypatch, repository):
    monkeypatch.chdir(repository)
    # start_voila raises when Voila exits or never responds, so returning is the check.
    process, url = start_voila("demos/budget.ipynb", language="en")
    try:
        assert process.poll() is None, f"Voila on {url} stopped right after starting"
    finally:
        stop_voila(process)
