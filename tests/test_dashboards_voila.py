"""The Voila dashboards in demos/, rendered by a real Voila and read in headless Chromium."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

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

    The dashboards read a rehearsal course (three learners, two exercises) and an empty
    portal folder, so the portal dashboard falls back to the sample catalog.
    """
    from workshop_kit.cli.demo import start_voila, stop_voila
    from workshop_kit.course.nbgrader_run import ensure_scripts_on_path

    ensure_scripts_on_path()
    base = tmp_path_factory.mktemp("voila")
    make_gradebook(base / "courses" / "en")
    config = base / "workshop.toml"
    text = (REPOSITORY / "workshop.toml").read_text(encoding="utf-8")
    config.write_text(text.replace('folder = "portal"', f'folder = "{base / "portal"}"'), encoding="utf-8")
    environment = {"WORKSHOP_COURSE": str(base / "courses"), "WORKSHOP_CONFIG": str(config),
                   "WORKSHOP_ROOT": str(REPOSITORY), "WORKSHOP_PROGRESS_REFRESH": "1"}

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


def test_progress_table_statuses(rendered):
    page = progress_page(rendered)
    rows = {row.locator("th").inner_text(): row.locator("td").all_inner_texts()
            for row in page.locator("table.wk-progress tbody tr").all()}
    expected = {"alice": ["done", "done"], "bruno": ["done", "partly done"], "chloe": ["done", "not started"],
                "dante": ["done", "done"]}
    assert rows == expected, rows


def test_progress_completion_chart(rendered):
    values = progress_page(rendered).locator(".wk-bar-value").all_inner_texts()
    assert values == ["100 %", "50 %"], f"completion per exercise: {values}"


def test_progress_stuck_learners(rendered):
    stuck = progress_page(rendered).locator("ul.wk-stuck li").all_inner_texts()
    assert stuck == ["bruno : ex02", "chloe : ex02"], f"stuck list: {stuck}"


def test_progress_csv_link(rendered):
    link = progress_page(rendered).locator("a.wk-download")
    encoded = link.get_attribute("href").split("base64,", 1)[1]
    text = base64.b64decode(encoded).decode("utf-8")
    assert text.splitlines()[0] == "student,exercise,status,score,max_score", text
    assert link.get_attribute("download") == "progress.csv"


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


def test_dashboards_hide_code(rendered):
    for page in (progress_page(rendered), portal_page(rendered), budget_page(rendered)):
        assert "import workshop_kit" not in page.content(), f"{page.url} shows its code under Voila"


def test_portal_lists_city_datasets(rendered):
    titles = portal_page(rendered).locator("table.wk-datasets tbody th").all_inner_texts()
    assert "Street and park trees" in titles and "Public car parks" in titles, f"datasets shown: {titles}"


def test_portal_shows_licences(rendered):
    text = portal_page(rendered).locator("table.wk-datasets").inner_text()
    assert "Open Database License (ODbL) 1.0" in text, text


def test_portal_shows_stars(rendered):
    text = portal_page(rendered).locator("table.wk-datasets").inner_text()
    assert "★★★☆☆" in text, f"star ratings missing: {text}"


def test_portal_map_draws_places(rendered):
    frame = portal_page(rendered).frame_locator("iframe.wk-map")
    frame.locator(".leaflet-container").wait_for(timeout=RENDER_TIMEOUT_MS)
    points = int(frame.locator("body").get_attribute("data-points"))
    assert points > 500, f"the map should draw the city's places, drew {points}"


def test_budget_per_hundred_euros(rendered):
    labels = budget_page(rendered).locator(".wk-bar-label").all_inner_texts()
    assert "Staff salaries" in labels and "Local taxes" in labels, f"bar labels: {labels}"


def test_budget_headline(rendered):
    headline = budget_page(rendered).locator(".wk-headline").inner_text()
    assert "136.7 million euros" in headline and "2,011 € per inhabitant" in headline, headline


def test_budget_in_french_from_address(rendered):
    headline = budget_page(rendered, "?lang=fr").locator(".wk-headline").inner_text()
    assert "136,7 millions d'euros" in headline, headline
