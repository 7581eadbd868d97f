"""The exported app in a real headless Chromium, opened from file:// with the network blocked."""

from __future__ import annotations

import pandas as pd
import pytest

import workshop_kit as wk

pytestmark = pytest.mark.browser

PLACE_COUNT = 400
CATEGORIES = ["Commerce", "École", "Défibrillateur", "Sport"]
XSS_TITLE = "<img src=x onerror=alert(1)>"


def city_places() -> pd.DataFrame:
    """Places on a regular grid over the city, with one hostile title."""
    rows = []
    for index in range(PLACE_COUNT):
        rows.append({
            "Nom": XSS_TITLE if index == 7 else f"Lieu numéro {index:03d}",
            "Catégorie": CATEGORIES[index % len(CATEGORIES)],
            "Adresse": f"{index} rue des Tilleuls",
            "Téléphone": "01 46 12 34 56" if index == 3 else "",
            "Courriel": "mairie@rivebelle.example" if index == 3 else "",
            "Latitude": 48.815 + (index // 20) * 0.001,
            "Longitude": 2.245 + (index % 20) * 0.002,
        })
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def app_url(tmp_path_factory) -> str:
    folder = wk.build_app(city_places(), output=tmp_path_factory.mktemp("apps") / "ville", title="Rivebelle", language="fr")
    return (folder / "index.html").as_uri()


def open_offline(page, url: str) -> dict:
    """Open ``url`` with every non-file request aborted; return the requests seen and dialogs."""
    seen = {"requests": [], "blocked": [], "dialogs": [], "errors": []}

    def handle(route):
        seen["requests"].append(route.request.url)
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            seen["blocked"].append(route.request.url)
            route.abort()

    page.route("**/*", handle)
    page.on("dialog", lambda dialog: (seen["dialogs"].append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']")
    return seen


def drawn_places(page) -> int:
    """Return the number of places the map draws: lone points plus the counts of groups."""
    return page.evaluate(
        """() => document.querySelectorAll('path.wk-point').length +
            Array.from(document.querySelectorAll('.wk-cluster [data-count]'))
                 .reduce((total, node) => total + Number(node.dataset.count), 0)"""
    )


def list_titles(page) -> list[str]:
    return page.locator("#list-items .wk-item-title").all_inner_texts()


def test_app_loads_offline_without_requests(page, app_url):
    seen = open_offline(page, app_url)
    assert seen["blocked"] == [], f"the app tried to reach the network: {seen['blocked']}"
    assert seen["errors"] == [], f"JavaScript errors: {seen['errors']}"


def test_app_map_draws_every_place(page, app_url):
    open_offline(page, app_url)
    assert drawn_places(page) == PLACE_COUNT, "points plus group counts should equal the number of places"


def test_app_map_groups_places(page, app_url):
    open_offline(page, app_url)
    groups = page.locator(".wk-cluster").count()
    assert 0 < groups < PLACE_COUNT, f"expected a few groups at the initial zoom, got {groups}"


def drawn_elements(page) -> int:
    return page.locator("path.wk-point").count() + page.locator(".wk-cluster").count()


def test_app_zoom_in_splits_groups(page, app_url):
    open_offline(page, app_url)
    before = drawn_elements(page)
    page.click(".leaflet-control-zoom-in")
    page.wait_for_function(f"() => document.querySelectorAll('path.wk-point, .wk-cluster').length !== {before}")
    assert drawn_elements(page) > before, "zooming in should split groups into more, smaller ones"


def test_app_search_narrows_list(page, app_url):
    open_offline(page, app_url)
    page.click("a[href='#list']")
    assert len(list_titles(page)) == 100, "the list should show its first page of 100 places"
    page.fill("#search", "numero 123")
    page.wait_for_function("() => document.querySelectorAll('#list-items .wk-item').length === 1")
    assert list_titles(page) == ["Lieu numéro 123"], "search should ignore accents and find one place"


def test_app_search_without_match(page, app_url):
    open_offline(page, app_url)
    page.click("a[href='#list']")
    page.fill("#search", "piscine olympique")
    page.wait_for_selector("#list-items .wk-empty")
    assert page.locator("#list-items .wk-item").count() == 0, "no place should match"


def test_app_category_filter(page, app_url):
    open_offline(page, app_url)
    page.click("button[data-category='École']")
    page.wait_for_function(f"() => document.getElementById('count').textContent.startsWith('{PLACE_COUNT // 4} ')")
    assert drawn_places(page) == PLACE_COUNT // 4, "the map should only draw the École places"


def test_app_category_filter_back_to_all(page, app_url):
    open_offline(page, app_url)
    page.click("button[data-category='Sport']")
    page.click(".wk-chip >> text=Toutes")
    assert drawn_places(page) == PLACE_COUNT, "'Toutes' should bring every place back"


def test_app_detail_has_tel_link(page, app_url):
    open_offline(page, app_url)
    page.click("a[href='#list']")
    page.fill("#search", "numero 003")
    page.wait_for_function("() => document.querySelectorAll('#list-items .wk-item').length === 1")
    page.click("#list-items .wk-item-button")
    call = page.locator("#detail-body a.wk-action[href^='tel:']")
    assert call.get_attribute("href") == "tel:0146123456", "the call button should dial the digits only"
    mail = page.locator("#detail-body a.wk-action[href^='mailto:']")
    assert mail.get_attribute("href") == "mailto:mairie@rivebelle.example", "the email button is wrong"


def test_app_xss_title_is_text(page, app_url):
    seen = open_offline(page, app_url)
    page.click("a[href='#list']")
    page.fill("#search", "onerror")
    page.wait_for_function("() => document.querySelectorAll('#list-items .wk-item').length === 1")
    page.click("#list-items .wk-item-button")
    page.wait_for_timeout(300)
    assert page.locator("#detail-body h2").inner_text() == XSS_TITLE, "the title should show as text"
    assert page.locator("img[src='x']").count() == 0, "the title became an <img> element"
    assert seen["dialogs"] == [], f"a dialog fired: {seen['dialogs']}"


def test_app_favourite_survives_reload(page, app_url):
    open_offline(page, app_url)
    page.goto(app_url + "#place/0")
    page.click("#detail-body .wk-favourite")
    page.goto(app_url + "#favourites")
    page.reload()
    page.wait_for_selector("#favourite-items .wk-item")
    assert page.locator("#favourite-items .wk-item").count() == 1, "the favourite was not kept in localStorage"


def test_app_info_page_shows_count(page, app_url):
    open_offline(page, app_url)
    page.click("a[href='#info']")
    text = page.locator("#info-body").inner_text()
    assert "400" in text, f"the information page should give the number of places: {text[:200]}"


def test_app_near_me_sorts_by_distance(browser, app_url):
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        geolocation={"latitude": 48.834, "longitude": 2.283},
        permissions=["geolocation"],
    )
    try:
        page = context.new_page()
        open_offline(page, app_url)
        page.click("a[href='#list']")
        page.click("#near-me")
        page.wait_for_selector("#list-items .wk-item-distance")
        # The last grid row (index 380 to 399) is the northern edge; index 399 is its east end.
        assert list_titles(page)[0] == "Lieu numéro 399", "the nearest place should come first"
        assert page.locator("path.wk-me").count() == 1, "the map should show the user's position"
    finally:
        context.close()
