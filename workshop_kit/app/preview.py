"""A folium preview of the places, and how to open an exported app on a phone.

folium's HTML loads Leaflet and jQuery from CDNs, which the workshop room may not reach.
``preview_html`` inlines the vendored Leaflet instead and drops the other CDN tags, so the
preview works offline in JupyterLab and in Voila.
"""

from __future__ import annotations

import html
import re
import socket
from pathlib import Path

import pandas as pd

from ..i18n import message
from .export import ASSETS, PALETTE
from .data import category_names

PREVIEW_LIMIT = 500
# Upper bound of the preview element in bytes. The sample of places shrinks to fit, so a
# redraw stays quick in the browser and the widget message stays small.
MAX_PREVIEW_BYTES = 1_000_000
# folium builds each popup with `$(html)[0]`; this replaces jQuery for that one call.
JQUERY_SHIM = (
    "window.$ = window.$ || function (markup) {"
    " var template = document.createElement('template');"
    " template.innerHTML = String(markup).trim();"
    " return [template.content.firstChild]; };"
)
_CDN_TAG = re.compile(r'<(script|link)[^>]+(?:src|href)="https?://[^"]+"[^>]*>(?:</script>)?\s*', re.I)


def preview_sample(table: pd.DataFrame, limit: int = PREVIEW_LIMIT) -> pd.DataFrame:
    """Return at most ``limit`` places, spread over the table (a fixed-seed random sample)."""
    if len(table) <= limit:
        return table
    return table.sample(n=limit, random_state=0).sort_index()


def preview_map(table: pd.DataFrame, mapping: dict, colors: dict | None = None, limit: int = PREVIEW_LIMIT):
    """Return a folium map of the places: coloured circles by category, a popup each.

    ``table`` has numeric ``latitude``/``longitude`` columns (see ``load_places``).
    ``colors`` is ``{"primary": ..., "categories": {name: colour}}``.
    """
    import folium

    colors = colors or {}
    sample = preview_sample(table, limit)
    categories = category_names(table, mapping)
    by_category = {name: PALETTE[position % len(PALETTE)] for position, name in enumerate(categories)}
    by_category.update(colors.get("categories") or {})
    fallback = colors.get("primary") or "#1b6ca8"

    figure = folium.Map(tiles=None, control_scale=True)
    figure.fit_bounds([[sample["latitude"].min(), sample["longitude"].min()], [sample["latitude"].max(), sample["longitude"].max()]])
    for _, row in sample.iterrows():
        category = _text(row.get(mapping.get("category"))) if mapping.get("category") else ""
        first_category = category.split(";")[0].strip()
        color = by_category.get(first_category, fallback)
        lines = [_text(row.get(mapping[role])) for role in ("title", "address") if mapping.get(role)]
        lines.insert(1, category)
        popup = "<br>".join(html.escape(line) for line in lines if line)
        folium.CircleMarker(
            [row["latitude"], row["longitude"]],
            radius=6, color="#ffffff", weight=1, fill=True, fill_color=color, fill_opacity=0.9,
            popup=folium.Popup(popup, max_width=260),
        ).add_to(figure)
    return figure


def _text(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()


def offline_html(figure) -> str:
    """Return the HTML of a folium map with Leaflet inlined and no CDN request."""
    document = figure.get_root().render()
    document = _CDN_TAG.sub("", document)
    leaflet_css = (ASSETS / "leaflet" / "leaflet.css").read_text(encoding="utf-8")
    leaflet_js = (ASSETS / "leaflet" / "leaflet.js").read_text(encoding="utf-8")
    inlined = f"<style>{leaflet_css}</style><script>{leaflet_js}</script><script>{JQUERY_SHIM}</script>"
    return document.replace("<head>", "<head>" + inlined, 1)


def preview_html(table, mapping, colors=None, limit: int = PREVIEW_LIMIT, height: int = 420) -> tuple[str, int]:
    """Return (``<iframe srcdoc>`` element of the offline preview map, number of places drawn).

    The sample shrinks until the element fits in ``MAX_PREVIEW_BYTES``.
    """
    while True:
        shown = min(limit, len(table))
        document = offline_html(preview_map(table, mapping, colors, shown))
        element = (
            f'<iframe class="workshop-preview" srcdoc="{html.escape(document, quote=True)}" '
            f'style="width:100%;height:{height}px;border:1px solid #ccd;border-radius:6px"></iframe>'
        )
        if len(element.encode("utf-8")) <= MAX_PREVIEW_BYTES or shown <= 50:
            return element, shown
        limit = shown // 2


def lan_addresses() -> list[str]:
    """Return this machine's IPv4 addresses other than loopback, read from its interfaces.

    psutil reads the addresses locally and sends no packet. NOTE: without psutil (it is
    not a dependency of the kit) the list is empty, and the instructions tell the learner
    to read the address from their network settings.
    """
    try:
        import psutil
    except ImportError:
        return []
    addresses = set()
    for interface in psutil.net_if_addrs().values():
        for address in interface:
            if address.family == socket.AF_INET and not address.address.startswith(("127.", "169.254.")):
                addresses.add(address.address)
    return sorted(addresses)


def phone_instructions(folder, port: int = 8000) -> str:
    """Return the steps, in the current language, to open the app in ``folder`` on a phone."""
    addresses = lan_addresses()
    url = f"http://{addresses[0]}:{port}/" if addresses else f"http://<{message('app_builder.your_address')}>:{port}/"
    return message("app_builder.phone_steps", folder=folder, port=port, url=url)


class AppFrame:
    """An exported app shown in a notebook, at a phone's size, from its own ``index.html``.

    The page goes into the ``srcdoc`` of an ``<iframe>``, so it shows wherever the app
    folder is, even outside the folders Jupyter's file server publishes.
    """

    def __init__(self, folder, width: int = 390, height: int = 720):
        self.index = Path(folder) / "index.html"
        self.width = width
        self.height = height

    def _repr_html_(self) -> str:
        document = self.index.read_text(encoding="utf-8")
        return (
            f'<iframe class="workshop-app-frame" srcdoc="{html.escape(document, quote=True)}" '
            f'style="width:{self.width}px;height:{self.height}px;border:8px solid #222;border-radius:24px"></iframe>'
        )


def show_app(folder, width: int = 390, height: int = 720) -> AppFrame:
    """Return an object that shows the app of ``folder`` in a notebook, phone-sized."""
    return AppFrame(folder, width, height)
