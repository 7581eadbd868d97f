"""Small HTML building blocks shared by the dashboards: tables, bar charts, download links."""

from __future__ import annotations

import base64
import html

import pandas as pd

# Colours that stay distinct for colour-blind viewers (Okabe-Ito palette).
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]


def escape(value) -> str:
    return html.escape(str(value))


def table_html(frame: pd.DataFrame, css_class: str = "wk-table", cell_style=None) -> str:
    """Render ``frame`` as an HTML table; ``cell_style(value)`` returns a CSS style per cell."""
    header = "".join(f"<th>{escape(name)}</th>" for name in [frame.index.name or "", *frame.columns])
    rows = []
    for label, values in frame.iterrows():
        cells = [f"<th>{escape(label)}</th>"]
        for value in values:
            style = cell_style(value) if cell_style else ""
            cells.append(f'<td style="{style}">{escape(value)}</td>')
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (f'<table class="{css_class}" style="border-collapse:collapse"><thead><tr>{header}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def bars_html(values: pd.Series, format_value=str, maximum: float | None = None, colour: str = PALETTE[0]) -> str:
    """Render a horizontal bar per value, labelled, as plain HTML (crisp at any size, no image).

    ``format_value`` turns a value into the text shown after its bar.
    """
    top = maximum
    if top is None:
        top = float(values.max()) if len(values) else 1.0
    top = top or 1.0
    lines = []
    for label, value in values.items():
        width = max(0.0, min(100.0, 100.0 * float(value) / top))
        lines.append(
            '<div class="wk-bar-row" style="display:flex;align-items:center;margin:3px 0">'
            f'<span class="wk-bar-label" style="width:16em">{escape(label)}</span>'
            f'<span style="flex:1;background:#eee"><span class="wk-bar" style="display:block;height:1.2em;'
            f'width:{width:.1f}%;background:{colour}"></span></span>'
            f'<span class="wk-bar-value" style="width:7em;text-align:right">{escape(format_value(value))}</span></div>')
    return "".join(lines)


def download_link(text: str, file_name: str, label: str, media_type: str = "text/csv") -> str:
    """Return a link that downloads ``text`` as ``file_name`` straight from the page."""
    encoded = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return (f'<a class="wk-download" download="{escape(file_name)}" '
            f'href="data:{media_type};charset=utf-8;base64,{encoded}">{escape(label)}</a>')
