"""The Voila dashboards in demos/, rendered by a real Voila and read in headless Chromium."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest


def in_browser(test):
    """Mark a test that renders a dashboard in Voila and reads it in Chromium."""
    return pytest.mark.browser(pytest.mark.slow(test))


PLACES_METADATA = {
    "id": "rivebelle-mairies-annexes",
    "title": "Mairies annexes de Rivebelle",
    "title_en": "Rivebelle town hall branches",
    "description": ("Adresse, horaires et position des trois mairies annexes de la ville de Rivebelle, "
                    "où l'on peut faire ses démarches d'état civil."),
    "publisher": "Ville de Rivebelle",
    "licence": "lov2",
    "update_frequency": "annual",
    "keywords": ["mairie", "services publics"],
    "spatial": {"name": "Rivebelle", "insee": "92999", "bbox": [2.245, 48.815, 2.29, 48.835]},
    "temporal": {"start": "2026-01-01", "end": "2026-12-31"},
}


def town_hall_branches():
    import pandas as pd

    return pd.DataFrame({
        "nom": ["Mairie annexe du Port", "Mairie annexe des Sablons", "Mairie annexe de la Gare"],
        "categorie": ["Administration", "Administration", "Administration"],
        "adresse": ["2 quai du Port", "14 rue des Sablons", "1 place de la Gare"],
        "code_postal": ["92990", "92990", "92990"],
        "commune": ["Rivebelle", "Rivebelle", "Rivebelle"],
        "horaires": ["Mo-Fr 08:30-17:00", "Tu-Sa 09:00-12:30", "Mo-Fr 13:30-17:30"],
        "latitude": [48.8301, 48.8262, 48.8190],
        "longitude": [2.2510, 2.2588, 2.2801],
    })

REPOSITORY = Path(__file__).resolve().parent.parent
RENDER_TIMEOUT_MS = 60_000


def make_gradebook(course: Path) -> None:
    """Write a gradebook with two exercises and four learners through nbgrader's API.

    Everyone finished ex01; half the class finished ex02, so bruno (partly done) and
    chloe (not started) are stuck on it.
    """
    from nbgrader.api import Gradebook

    course.mkdir(parents=True, exist_ok=True)
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for exercise in ("ex01", "ex02"):
            gradebook.add_assignment(exercise)
            gradebook.add_notebook("answers", exercise)
            gradebook.add_grade_cell("check", "answers", exercise, max_score=2, cell_type="code")
        scores = {"alice": (2, 2), "bruno": (2, 1), "chloe": (2, 0), "dante": (2, 2)}
        for student, (first, second) in scores.items():
            gradebook.add_student(student)
            for exercise, score in (("ex01", first), ("ex02", second)):
                gradebook.add_submission(exercise, student)
                set_score(gradebook, exercise, student, score)


def set_score(gradebook, exercise: str, student: str, score: float) -> None:
    grade = gradebook.find_grade("check", "answers", exercise, student)
    grade.auto_score = score
    gradebook.db.commit()


@pytest.fixture(scope="module")
def voila(tmp_path_factory):
    """Start Voila on a dashboard with ``workshop demo``'s own function, once per notebook.

    The dashboards read a rehearsal course (four learners, two exercises) and a portal
    folder with one published dataset, whose map app is built too.
    """
    import workshop_kit as wk

    from workshop_kit.cli.demo import start_voila, stop_voila
    from workshop_kit.course.nbgrader_run import ensure_scripts_on_path

    ensure_scripts_on_path()
    base = tmp_path_factory.mktemp("voila")
    make_gradebook(base / "courses" / "en")
    publication = wk.publish(town_hall_branches(), PLACES_METADATA, portal=base / "portal")
    wk.build_app(publication.files["citadel"], output=base / "apps" / "mairies", title="Mairies annexes",
                 language="en")
    environment = {"WORKSHOP_COURSE": str(base / "courses"), "WORKSHOP_PORTAL": str(base / "portal"),
                   "WORKSHOP_APPS_DIR": str(base / "apps"), "WORKSHOP_ROOT": str(REPOSITORY),
                   "WORKSHOP_PROGRESS_REFRESH": "1"}

    servers = {}

    def url_of(notebook: str) -> str:
        if notebook not in servers:
            servers[notebook] = start_voila(REPOSITORY / "demos" / notebook, language="en", environment=environment)
        return servers[notebook][1]

    yield {"url_of": url_of, "course": base / "courses" / "en"}
    for process, _url in servers.values():
        stop_voila(process)


def render(page, voila, notebook: str, selector: str, query: str = ""):
    page.goto(voila["url_of"](notebook) + query, timeout=RENDER_TIMEOUT_MS)
    page.wait_for_selector(selector, timeout=RENDER_TIMEOUT_MS)
    return page


@pytest.fixture(scope="module")
def rendered(browser, voila):
    """Render each dashboard once (a Voila page starts a kernel) and share the pages."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pages = {}

    def page_of(notebook: str, selector: str, query: str = ""):
        key = notebook + query
        if key not in pages:
            pages[key] = render(context.new_page(), voila, notebook, selector, query)
        return pages[key]

    yield page_of
    context.close()


def progress_page(rendered):
    return rendered("progress.ipynb", "table.wk-progress")


def portal_page(rendered):
    return rendered("portal_dashboard.ipynb", "table.wk-datasets")


def budget_page(rendered, query: str = ""):
    return rendered("budget.ipynb", ".wk-headline", query)


@in_browser
def test_progress_table_statuses(rendered):
    page = progress_page(rendered)
    rows = {row.locator("th").inner_text(): row.locator("td").all_inner_texts()
            for row in page.locator("table.wk-progress tbody tr").all()}
    expected = {"alice": ["done", "done"], "bruno": ["done", "partly done"], "chloe": ["done", "not started"],
                "dante": ["done", "done"]}
    assert rows == expected, rows


@in_browser
def test_progress_completion_chart(rendered):
    values = progress_page(rendered).locator(".wk-bar-value").all_inner_texts()
    assert values == ["100 %", "50 %"], f"completion per exercise: {values}"


@in_browser
def test_progress_stuck_learners(rendered):
    stuck = progress_page(rendered).locator("ul.wk-stuck li").all_inner_texts()
    assert stuck == ["bruno: ex02", "chloe: ex02"], f"stuck list: {stuck}"


@in_browser
def test_progress_csv_link(rendered):
    link = progress_page(rendered).locator("a.wk-download")
    encoded = link.get_attribute("href").split("base64,", 1)[1]
    text = base64.b64decode(encoded).decode("utf-8")
    assert text.splitlines()[0] == "student,exercise,status,score,max_score", text
    assert link.get_attribute("download") == "progress.csv"


@in_browser
def test_progress_refreshes_itself(rendered, voila):
    from nbgrader.api import Gradebook

    page = progress_page(rendered)
    with Gradebook(f"sqlite:///{voila['course'] / 'gradebook.db'}") as gradebook:
        set_score(gradebook, "ex02", "chloe", 2)
    try:
        page.wait_for_function(
            "() => [...document.querySelectorAll('table.wk-progress tbody tr')]"
            ".some(row => row.innerText.startsWith('chloe') && !row.innerText.includes('not started'))",
            timeout=20_000)
    finally:
        with Gradebook(f"sqlite:///{voila['course'] / 'gradebook.db'}") as gradebook:
            set_score(gradebook, "ex02", "chloe", 0)


@in_browser
def test_dashboards_hide_code(rendered):
    for page in (progress_page(rendered), portal_page(rendered), budget_page(rendered)):
        assert "import workshop_kit" not in page.content(), f"{page.url} shows its code under Voila"


@in_browser
def test_portal_lists_published_dataset(rendered):
    titles = portal_page(rendered).locator("table.wk-datasets tbody th").all_inner_texts()
    assert titles == ["Rivebelle town hall branches"], f"datasets shown: {titles}"


@in_browser
def test_portal_shows_formats(rendered):
    text = portal_page(rendered).locator("table.wk-datasets").inner_text()
    for name in ("CSV", "GeoJSON", "Citadel JSON", "DCAT-AP"):
        assert name in text, f"format {name} missing from the datasets table: {text}"


@in_browser
def test_portal_shows_licence(rendered):
    text = portal_page(rendered).locator("table.wk-datasets").inner_text()
    assert "Licence Ouverte 2.0 (Etalab)" in text, text


@in_browser
def test_portal_shows_stars(rendered):
    cells = portal_page(rendered).locator("table.wk-datasets tbody td").all_inner_texts()
    assert any(set(cell) <= {"★", "☆"} and "★" in cell for cell in cells), f"no star rating in {cells}"


@in_browser
def test_portal_map_draws_places(rendered):
    frame = portal_page(rendered).frame_locator("iframe.wk-map")
    frame.locator(".leaflet-container").wait_for(timeout=RENDER_TIMEOUT_MS)
    points = int(frame.locator("body").get_attribute("data-points"))
    assert points == 3, f"the map should draw the 3 published places, drew {points}"


@in_browser
def test_portal_lists_built_app(rendered):
    apps = portal_page(rendered).locator("ul.wk-apps li").all_inner_texts()
    assert apps == ["Mairies annexes: 3 place(s)"], f"apps shown: {apps}"


def test_portal_falls_back_to_sample_catalog(tmp_path):
    from workshop_kit.dashboards.portal import portal_view

    view = portal_view(tmp_path / "empty-portal", tmp_path, "en")
    assert view.source == "sample_catalog", view.source
    assert "rivebelle-arbres" in set(view.datasets["id"]), view.datasets


def test_portal_fallback_rates_open_formats(tmp_path):
    from workshop_kit.dashboards.portal import portal_view

    stars = portal_view(tmp_path / "empty-portal", tmp_path, "en").datasets.set_index("id")["stars"]
    assert stars["rivebelle-parkings"] >= 3, f"stars of the sample datasets: {stars.to_dict()}"


@in_browser
def test_budget_per_hundred_euros(rendered):
    labels = budget_page(rendered).locator(".wk-bar-label").all_inner_texts()
    assert "Staff salaries" in labels, f"bar labels: {labels}"
    assert "Local taxes" in labels, f"bar labels: {labels}"


@in_browser
def test_budget_headline(rendered):
    headline = budget_page(rendered).locator(".wk-headline").inner_text()
    assert "136.7 million euros" in headline, headline
    assert "2,011 € per inhabitant" in headline, headline


@in_browser
def test_budget_in_french_from_address(rendered):
    headline = budget_page(rendered, "?lang=fr").locator(".wk-headline").inner_text()
    assert "136,7 millions d'euros" in headline, headline
