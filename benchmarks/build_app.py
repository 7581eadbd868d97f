"""Benchmark build_app against a folium map with one Marker per place, in the same run.

For 1,000, 10,000 and 100,000 generated places it measures, for both exports:
- export time (build_app writes the app and its Citadel JSON; folium builds the map and
  saves it),
- the size of the HTML file,
- the time until the markers are in the page, in headless Chromium (Debian's chromium),
  measured in the page with ``performance.now()`` from the start of navigation.

The machine has no network, and folium's HTML loads Leaflet and its plugins from CDNs.
Playwright fulfils the Leaflet JS, CSS and marker-icon requests with the copies vendored
in ``workshop_kit/app/assets/leaflet`` (1.9.4 where folium asks for 1.9.3), the jQuery
request with the copy installed with nbgrader's formgrader (folium's popups call ``$``),
and aborts the other CDN requests (Bootstrap, Font Awesome, awesome-markers), which a map
of plain Markers does not use. folium gets ``tiles=None`` because the app has no tiles either.

For 100,000 places it also times three interactions in the app (zoom in, pan, search),
to show that it stays usable. Results go to the "build_app" section of docs/benchmarks.md.

Run: ``.venv/bin/python -m benchmarks.build_app [--sizes 1000 10000] [--no-write]``.
"""

from __future__ import annotations

import argparse
import html
import os
import platform
import random
import re
import tempfile
import time
from pathlib import Path

import nbgrader
import pandas as pd

from workshop_kit.app import build_app, suggest_mapping
from workshop_kit.app.data import load_places
from workshop_kit.formats.citadel import to_citadel, write_citadel

from benchmarks import write_section

REPOSITORY = Path(__file__).resolve().parent.parent
LEAFLET = REPOSITORY / "workshop_kit" / "app" / "assets" / "leaflet"
SECTION = "build_app"
# jQuery 3.5.1 as installed with nbgrader's formgrader; only the folium baseline uses it.
JQUERY = Path(nbgrader.__file__).parent / "server_extensions/formgrader/static/node_modules/jquery/dist/jquery.min.js"
SIZES = (1_000, 10_000, 100_000)
# folium's page with 100,000 DOM markers may never settle; give up after this.
BROWSER_TIMEOUT_MS = 240_000
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ("Commerce", "École", "Défibrillateur", "Toilettes publiques", "Bureau de vote", "Stationnement vélo", "Culture", "Sport")
STREETS = ("rue des Tilleuls", "avenue Victor-Hugo", "boulevard de la Seine", "place du Marché", "allée des Acacias", "rue Jean-Jaurès")


def generate_places(count: int, seed: int = 6) -> pd.DataFrame:
    """Return ``count`` places shaped like the city's spreadsheet, inside the Rivebelle box."""
    generator = random.Random(seed)
    rows = []
    for index in range(count):
        category = generator.choice(CATEGORIES)
        rows.append({
            "Nom": f"{category} {index + 1}",
            "Catégorie": category,
            "Description": f"{category} ouvert au public, quartier {generator.randint(1, 12)}.",
            "Adresse": f"{generator.randint(1, 180)} {generator.choice(STREETS)}",
            "Code postal": "92990",
            "Ville": "Rivebelle",
            "Téléphone": f"01 46 {generator.randint(10, 99)} {generator.randint(10, 99)} {generator.randint(10, 99)}" if index % 2 else "",
            "Site web": f"https://lieu-{index + 1}.rivebelle.example" if index % 3 == 0 else "",
            "Latitude": round(generator.uniform(48.815, 48.835), 6),
            "Longitude": round(generator.uniform(2.245, 2.290), 6),
        })
    return pd.DataFrame(rows)


def export_folium(df: pd.DataFrame, path: Path) -> float:
    """Build a folium map with one Marker and popup per row, save it; return seconds."""
    import folium

    start = time.perf_counter()
    figure = folium.Map(location=[48.825, 2.2675], zoom_start=14, tiles=None)
    for row in df.itertuples(index=False):
        popup = html.escape(f"{row.Nom} — {row.Catégorie} — {row.Adresse}")
        folium.Marker([row.Latitude, row.Longitude], popup=popup).add_to(figure)
    figure.save(str(path))
    return time.perf_counter() - start


def export_app(df: pd.DataFrame, folder: Path) -> float:
    start = time.perf_counter()
    build_app(df, output=folder, title="Rivebelle", language="fr")
    return time.perf_counter() - start


def serve_vendored_leaflet(route) -> None:
    """Fulfil folium's CDN requests for Leaflet and jQuery from local copies; abort the rest."""
    url = route.request.url
    if url.startswith("file://"):
        route.continue_()
        return
    name = url.rsplit("/", 1)[-1].split("?")[0]
    files = {"leaflet.js": "leaflet.js", "leaflet.css": "leaflet.css"}
    if name in files:
        route.fulfill(path=str(LEAFLET / files[name]))
    elif re.fullmatch(r"jquery-[\d.]+\.min\.js", name):
        route.fulfill(path=str(JQUERY))
    elif re.fullmatch(r"marker-(icon|icon-2x|shadow)\.png", name):
        route.fulfill(path=str(LEAFLET / "images" / name))
    else:
        route.abort()


MARKERS_VISIBLE = {
    "app": "() => document.querySelector('body[data-ready=\"1\"] .wk-cluster, body[data-ready=\"1\"] path.wk-point') ? performance.now() : false",
    "folium": "(count) => document.querySelectorAll('.leaflet-marker-icon').length >= count ? performance.now() : false",
}


def time_markers(browser, url: str, kind: str, count: int) -> float | None:
    """Open ``url`` and return the milliseconds until markers are in the page, or None on timeout."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.route("**/*", serve_vendored_leaflet)
    try:
        page.goto(url, wait_until="commit", timeout=BROWSER_TIMEOUT_MS)
        handle = page.wait_for_function(MARKERS_VISIBLE[kind], arg=count, timeout=BROWSER_TIMEOUT_MS, polling=50)
        return float(handle.json_value())
    except PlaywrightTimeout:
        return None
    finally:
        context.close()


RENDERS = "() => Number(document.getElementById('map').getAttribute('data-renders'))"


def time_interactions(browser, url: str) -> dict[str, float]:
    """Time zoom in, pan and search in the app, in milliseconds, each until the page is redrawn."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.route("**/*", serve_vendored_leaflet)
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=BROWSER_TIMEOUT_MS)
    timings = {}

    before = page.evaluate(RENDERS)
    start = time.perf_counter()
    page.click(".leaflet-control-zoom-in")
    page.wait_for_function(f"() => ({RENDERS})() > {before}")
    timings["zoom in"] = (time.perf_counter() - start) * 1000

    box = page.locator("#map").bounding_box()
    before = page.evaluate(RENDERS)
    start = time.perf_counter()
    page.mouse.move(box["x"] + 200, box["y"] + 300)
    page.mouse.down()
    page.mouse.move(box["x"] + 100, box["y"] + 200, steps=5)
    page.mouse.up()
    page.wait_for_function(f"() => ({RENDERS})() > {before}")
    timings["pan"] = (time.perf_counter() - start) * 1000

    page.click("a[href='#list']")
    count_before = page.inner_text("#count")
    start = time.perf_counter()
    # The search waits 120 ms after the last key before filtering; that delay is included.
    page.fill("#search", "defibrillateur 12")
    page.wait_for_function("(text) => document.getElementById('count').textContent !== text", arg=count_before)
    timings["search"] = (time.perf_counter() - start) * 1000
    context.close()
    return timings


def time_citadel(df: pd.DataFrame, path: Path) -> float:
    """Return the seconds build_app spends on the Citadel JSON: to_citadel plus write_citadel."""
    table, _ = load_places(df)
    mapping = {role: column for role, column in suggest_mapping(table).items() if column}
    start = time.perf_counter()
    write_citadel(to_citadel(table, mapping, {"id": "places"}), path)
    return time.perf_counter() - start


def run(sizes) -> dict:
    from playwright.sync_api import sync_playwright

    results = []
    interactions = {}
    with tempfile.TemporaryDirectory(prefix="bench-app-") as work, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
        # Warm-up: the first call of each exporter pays for imports and template compiling.
        export_folium(generate_places(10), Path(work) / "warm-up.html")
        export_app(generate_places(10), Path(work) / "warm-up")
        for count in sizes:
            df = generate_places(count)
            folium_path = Path(work) / f"folium-{count}.html"
            folium_seconds = export_folium(df, folium_path)
            app_folder = Path(work) / f"app-{count}"
            app_seconds = export_app(df, app_folder)
            app_index = app_folder / "index.html"
            citadel_seconds = time_citadel(df, Path(work) / f"citadel-{count}.json")

            result = {
                "places": count,
                "app_export_s": app_seconds,
                "folium_export_s": folium_seconds,
                "citadel_s": citadel_seconds,
                "app_bytes": app_index.stat().st_size,
                "citadel_bytes": (app_folder / f"{app_folder.name}.citadel.json").stat().st_size,
                "folium_bytes": folium_path.stat().st_size,
                "app_visible_ms": time_markers(browser, app_index.as_uri(), "app", count),
                "folium_visible_ms": time_markers(browser, folium_path.as_uri(), "folium", count),
            }
            results.append(result)
            print(result, flush=True)
            if count == max(sizes):
                interactions = time_interactions(browser, app_index.as_uri())
                print(interactions, flush=True)
        browser.close()
    return {"results": results, "interactions": interactions}


def ratio(numerator, denominator) -> str:
    if numerator is None or denominator is None or not denominator:
        return "n/a"
    return f"{numerator / denominator:.3f}"


def format_section(measured: dict) -> str:
    """Return the Markdown of the build_app section (without its heading)."""
    lines = [
        "Script: `benchmarks/build_app.py`. Generated places shaped like `sample_data/lieux.xlsx`",
        "(name, category, description, address, postal code, city, phone on half the rows,",
        "website on a third). Baseline: a folium map (`tiles=None`) with one `folium.Marker` and",
        "an escaped text popup per row, built and saved in the same run. In Chromium, folium's",
        "CDN requests get the vendored Leaflet 1.9.4 files and the jQuery copy installed with",
        "nbgrader, because folium's popups call `$`. Its other CDN requests are aborted.",
        "\"Visible\" is `performance.now()` in the page when the first group or point is drawn",
        "(app) or when every `.leaflet-marker-icon` is in the DOM (folium). Ratios are app / folium; lower is better. The app size excludes the Citadel",
        "JSON written beside it (listed separately).",
        "",
        f"Machine: {cpu_model()}, {os.cpu_count()} logical CPUs, Python {platform.python_version()},",
        f"headless Debian chromium, run on {time.strftime('%Y-%m-%d')}. Other jobs shared the machine",
        "during the run, so absolute times are noisy. Each ratio compares two measurements",
        "taken seconds apart.",
        "",
        "Export time is split in two because build_app also writes the Citadel JSON: \"of which",
        "Citadel\" times `to_citadel` + `write_citadel` on the same table, measured separately,",
        "and \"HTML part\" is the total minus that time.",
        "",
        "| places | build_app (s) | of which Citadel (s) | folium (s) | ratio build_app | ratio HTML part | app HTML (MB) | folium HTML (MB) | ratio | Citadel JSON (MB) | visible app (ms) | visible folium (ms) | ratio |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for result in measured["results"]:
        folium_visible = result["folium_visible_ms"]
        lines.append(
            f"| {result['places']:,} | {result['app_export_s']:.2f} | {result['citadel_s']:.2f} | "
            f"{result['folium_export_s']:.2f} | {ratio(result['app_export_s'], result['folium_export_s'])} | "
            f"{ratio(max(result['app_export_s'] - result['citadel_s'], 0), result['folium_export_s'])} | "
            f"{result['app_bytes'] / 1e6:.2f} | "
            f"{result['folium_bytes'] / 1e6:.2f} | {ratio(result['app_bytes'], result['folium_bytes'])} | "
            f"{result['citadel_bytes'] / 1e6:.2f} | "
            f"{result['app_visible_ms']:.0f} | "
            f"{f'{folium_visible:.0f}' if folium_visible is not None else f'> {BROWSER_TIMEOUT_MS}'} | "
            f"{ratio(result['app_visible_ms'], folium_visible)} |"
        )
    lines += ["", *target_lines(measured["results"])]
    if measured["interactions"]:
        largest = max(result["places"] for result in measured["results"])
        timings = ", ".join(f"{name} {value:.0f} ms" for name, value in measured["interactions"].items())
        lines += [
            "",
            f"Usability with {largest:,} places (phone viewport 390x844, wall-clock time from the",
            "action until the map or list is redrawn; Playwright round trips, Leaflet's 250 ms zoom",
            "animation, the drag and its inertia, and the search's 120 ms typing delay are included):",
            f"{timings}.",
        ]
    return "\n".join(lines)


TARGETS = {"HTML size": ("app_bytes", "folium_bytes", 0.2), "export time": ("app_export_s", "folium_export_s", 0.1),
           "markers visible": ("app_visible_ms", "folium_visible_ms", 1 / 3)}


def target_lines(results: list[dict]) -> list[str]:
    """Return one line per target at 10,000 places: the measured ratio and whether it is met."""
    at_ten_thousand = [result for result in results if result["places"] == 10_000]
    if not at_ten_thousand:
        return ["Targets are set at 10,000 places, which this run did not measure."]
    result = at_ten_thousand[0]
    lines = ["Targets at 10,000 places (app / folium):", ""]
    for name, (app_key, folium_key, target) in TARGETS.items():
        value = ratio(result[app_key], result[folium_key])
        met = value != "n/a" and float(value) <= target
        lines.append(f"- {name}: {value}, target <= {target:.3f}: {'met' if met else 'NOT met'}")
    html_part = ratio(max(result["app_export_s"] - result["citadel_s"], 0), result["folium_export_s"])
    lines.append(f"- export time without the Citadel JSON: {html_part}")
    share = result["citadel_s"] / result["app_export_s"] if result["app_export_s"] else 0
    lines += [
        "",
        f"The Citadel JSON beside the app takes {share:.0%} of build_app's time at 10,000 places.",
        "`to_citadel` builds one nested dict per place, and `write_citadel` writes one compact",
        "POI per line so that Python's C JSON encoder does the serialising.",
    ]
    return lines


def cpu_model() -> str:
    """Return the CPU model name from /proc/cpuinfo, or the platform's machine type."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.machine()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="numbers of places to measure")
    parser.add_argument("--no-write", action="store_true", help="print the results without editing docs/benchmarks.md")
    arguments = parser.parse_args()
    measured = run(arguments.sizes)
    text = format_section(measured)
    print(text)
    if not arguments.no_write:
        write_section(SECTION, text)


if __name__ == "__main__":
    main()
