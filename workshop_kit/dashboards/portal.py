"""The portal dashboard for managers: what the city published, how open it is, where it is.

Datasets come from the portal folder that ``publish`` fills (``<portal>/catalog.json``,
one ``datasets/<id>/v<N>/`` folder per version). Before anything is published, the
dashboard shows the city's own datasets from the sample catalog instead, with a line
that tells the reader so.
Star ratings come from ``workshop_kit.quality.stars.rate``, the same rating learners
see when they publish.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import WorkshopError
from ..i18n import get_language, message
from .html import PALETTE, escape, table_html

FORMAT_NAMES = {"csv": "CSV", "datapackage": "Data Package", "geojson": "GeoJSON", "citadel": "Citadel JSON",
                "dcat": "DCAT-AP"}
APPS_VARIABLE = "WORKSHOP_APPS_DIR"
# Maximum number of points drawn per dataset: enough to show where things are, light enough for a phone.
MAX_POINTS_PER_DATASET = 10_000


@dataclass
class PortalView:
    """Everything the portal dashboard shows."""

    source: str                      # "portal" or "sample_catalog"
    datasets: pd.DataFrame
    places: pd.DataFrame = field(default_factory=pd.DataFrame)    # dataset, latitude, longitude
    apps: pd.DataFrame = field(default_factory=pd.DataFrame)      # title, places, folder


def _title(entry: dict, language: str) -> str:
    if language == "en" and entry.get("title_en"):
        return entry["title_en"]
    return entry.get("title") or entry["id"]


def _licence_title(code) -> str:
    from ..exports.licences import licence_info

    info = licence_info(code)
    return info["title"] if info else str(code or "?")


def _stars(frame: pd.DataFrame | None, entry: dict) -> int | None:
    from ..quality.stars import rate

    if frame is None:
        return None
    return rate(frame, entry).stars


def _positions(frame: pd.DataFrame | None, label: str) -> pd.DataFrame:
    """Return the dataset's places as ``dataset, latitude, longitude`` rows (WGS84)."""
    from ..exports.geojson import coordinate_columns

    columns = coordinate_columns(frame) if frame is not None else None
    if columns is None:
        return pd.DataFrame(columns=["dataset", "latitude", "longitude"])
    points = pd.DataFrame({"latitude": pd.to_numeric(frame[columns[0]], errors="coerce"),
                           "longitude": pd.to_numeric(frame[columns[1]], errors="coerce")}).dropna()
    points = points.head(MAX_POINTS_PER_DATASET)
    points.insert(0, "dataset", label)
    return points


def _published_rows(portal: Path, language: str) -> tuple[list[dict], list[pd.DataFrame]]:
    catalog = json.loads((portal / "catalog.json").read_text(encoding="utf-8"))
    rows, places = [], []
    for entry in catalog.get("datasets", []):
        versions = entry.get("versions") or []
        if not versions:
            continue
        latest = versions[-1]
        files = latest.get("files", {})
        frame = pd.read_csv(portal / files["csv"], dtype=str) if "csv" in files else None
        title = _title(entry, language)
        rows.append({"id": entry["id"], "title": title, "formats": ", ".join(FORMAT_NAMES.get(kind, kind)
                                                                              for kind in files),
                     "licence": _licence_title(entry.get("licence")), "stars": _stars(frame, entry),
                     "rows": latest.get("rows"), "version": latest.get("version")})
        places.append(_positions(frame, title))
    return rows, places


def _sample_rows(language: str) -> tuple[list[dict], list[pd.DataFrame]]:
    from ..reading import open_dataset
    from ..samples import load_catalog, sample_path

    rows, places = [], []
    for entry in load_catalog():
        if not entry.get("files") or entry.get("exercise") or entry.get("example"):
            continue
        try:
            frame = open_dataset(sample_path(entry["id"]), show_report=False)
        except WorkshopError:
            frame = None
        title = _title(entry, language)
        rows.append({"id": entry["id"], "title": title, "formats": ", ".join(entry.get("formats", [])),
                     "licence": _licence_title(entry.get("licence")), "stars": _stars(frame, entry),
                     "rows": entry.get("records"), "version": None})
        places.append(_positions(frame, title))
    return rows, places


def find_apps(folders: list[Path]) -> pd.DataFrame:
    """List the map apps ``build_app`` wrote in ``folders`` (each app folder has a marker file)."""
    from ..app.export import APP_MARKER

    apps = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for marker in sorted(folder.glob(f"*/{APP_MARKER}")):
            app = marker.parent
            places = 0
            for citadel in app.glob("*.citadel.json"):
                places = len(json.loads(citadel.read_text(encoding="utf-8")).get("dataset", {}).get("poi", []))
            apps.append({"title": _html_title(app / "index.html") or app.name, "places": places, "folder": str(app)})
    return pd.DataFrame(apps, columns=["title", "places", "folder"])


def _html_title(path: Path) -> str:
    if not path.is_file():
        return ""
    text = path.read_text(encoding="utf-8", errors="replace")
    start, end = text.find("<title>"), text.find("</title>")
    return text[start + 7:end].strip() if 0 <= start < end else ""


def app_folders(root: Path) -> list[Path]:
    """Return the folders where learners' apps land: ``WORKSHOP_APPS_DIR``, else ``apps/``
    beside the notebook that called ``build_app`` (the app builder's default)."""
    folders = [Path(os.environ[APPS_VARIABLE]).expanduser()] if os.environ.get(APPS_VARIABLE) else []
    folders += [root / "apps", *sorted((root / "notebooks").glob("*/apps"))]
    return folders


def portal_view(portal: Path, root: Path, language: str | None = None) -> PortalView:
    """Collect the datasets, places and apps the dashboard shows."""
    language = language or get_language()
    published = (portal / "catalog.json").is_file()
    rows, places = _published_rows(portal, language) if published else ([], [])
    source = "portal"
    if not rows:
        rows, places = _sample_rows(language)
        source = "sample_catalog"
    datasets = pd.DataFrame(rows, columns=["id", "title", "formats", "licence", "stars", "rows", "version"])
    all_places = pd.concat(places, ignore_index=True) if places else pd.DataFrame()
    return PortalView(source, datasets, all_places, find_apps(app_folders(root)))


def stars_text(stars) -> str:
    if stars is None or pd.isna(stars):
        return "?"
    return "★" * int(stars) + "☆" * (5 - int(stars))


def datasets_html(view: PortalView, language: str | None = None) -> str:
    """Render the datasets table with formats, licence and star rating."""
    language = language or get_language()
    columns = {"title": "dashboards.portal_column_title", "formats": "dashboards.portal_column_formats",
               "licence": "dashboards.portal_column_licence", "stars": "dashboards.portal_column_stars",
               "rows": "dashboards.portal_column_rows"}
    table = view.datasets.set_index("title")[["formats", "licence", "stars", "rows"]].copy()
    table["stars"] = table["stars"].map(stars_text)
    table.index.name = message(columns["title"], language=language)
    table.columns = [message(columns[name], language=language) for name in table.columns]
    return table_html(table, "wk-datasets", lambda value: "padding:2px 8px")


def map_html(places: pd.DataFrame, bbox, height: int = 420) -> str:
    """Return an ``<iframe>`` with an offline Leaflet map of every place, one colour per dataset.

    Leaflet comes from the app's vendored copy and is inlined, and no tile layer is
    added, so the map works without network (points on a plain background).
    """
    from ..app.export import ASSETS

    datasets = list(dict.fromkeys(places["dataset"])) if not places.empty else []
    colours = {name: PALETTE[index % len(PALETTE)] for index, name in enumerate(datasets)}
    points = [[round(row.latitude, 6), round(row.longitude, 6), datasets.index(row.dataset)]
              for row in places.itertuples()]
    legend = "".join(f"<div><span style='display:inline-block;width:10px;height:10px;border-radius:5px;"
                     f"background:{colours[name]}'></span> {escape(name)}</div>" for name in datasets)
    document = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<style>{(ASSETS / "leaflet" / "leaflet.css").read_text(encoding="utf-8")}</style>
<style>html,body,#map{{height:100%;margin:0;background:#f4f1ea}}
#legend{{position:absolute;right:8px;top:8px;z-index:1000;background:#fff;padding:6px;font:12px sans-serif}}</style>
</head><body><div id="map"></div><div id="legend">{legend}</div>
<script>{(ASSETS / "leaflet" / "leaflet.js").read_text(encoding="utf-8")}</script>
<script>
const points = {json.dumps(points)};
const colours = {json.dumps([colours[name] for name in datasets])};
const map = L.map("map", {{preferCanvas: true}});
map.fitBounds([[{bbox[1]}, {bbox[0]}], [{bbox[3]}, {bbox[2]}]]);
for (const [lat, lon, index] of points) {{
  L.circleMarker([lat, lon], {{radius: 3, weight: 0, fillOpacity: 0.7, fillColor: colours[index]}}).addTo(map);
}}
document.body.dataset.points = points.length;
</script></body></html>"""
    return (f'<iframe class="wk-map" title="map" style="width:100%;height:{height}px;border:0" '
            f'srcdoc="{escape(document)}"></iframe>')


def apps_html(apps: pd.DataFrame, language: str | None = None) -> str:
    language = language or get_language()
    if apps.empty:
        return f"<p class='wk-apps'>{escape(message('dashboards.portal_no_apps', language=language))}</p>"
    items = "".join(f"<li>{escape(message('dashboards.portal_app', language=language, title=row.title, places=row.places))}</li>"
                    for row in apps.itertuples())
    return f"<ul class='wk-apps'>{items}</ul>"


def portal_html(view: PortalView, city_name: str, bbox, language: str | None = None) -> str:
    """Render the whole portal dashboard."""
    language = language or get_language()
    source_key = "dashboards.portal_source_portal" if view.source == "portal" else "dashboards.portal_source_sample"
    return "\n".join([
        f"<h2>{escape(message('dashboards.portal_title', language=language, city=city_name))}</h2>",
        f"<p class='wk-source'>{escape(message(source_key, language=language, count=len(view.datasets)))}</p>",
        datasets_html(view, language),
        f"<h3>{escape(message('dashboards.portal_map', language=language, count=len(view.places)))}</h3>",
        map_html(view.places, bbox),
        f"<h3>{escape(message('dashboards.portal_apps', language=language))}</h3>",
        apps_html(view.apps, language),
    ])


def portal_dashboard(language: str | None = None) -> str:
    """Render the portal dashboard for the city and portal folder of ``workshop.toml``."""
    from ..config import load_config, portal_folder
    from ..paths import workshop_root

    settings = load_config()
    view = portal_view(portal_folder(), workshop_root(), language)
    return portal_html(view, settings["city"]["name"], settings["city"]["bbox"], language)
