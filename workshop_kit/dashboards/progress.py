"""The live class progress dashboard: learners by exercise, completion, who is stuck.

It reads nbgrader's gradebook of the course every few seconds, so it shows the grades as
soon as ``workshop collect`` and ``workshop autograde`` have run.
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pandas as pd

from ..course import completion, course_records, course_root, status_table, stuck_learners
from ..i18n import get_language, message
from .html import PALETTE, bars_html, download_link, escape, table_html

REFRESH_VARIABLE = "WORKSHOP_PROGRESS_REFRESH"
DEFAULT_REFRESH_SECONDS = 10
STATUS_COLOURS = {"done": "#c7eed1", "partly": "#fde9b6", "not_started": "#f4c7c3"}


def refresh_seconds() -> float:
    """Return the refresh interval: ``WORKSHOP_PROGRESS_REFRESH`` seconds, 10 by default."""
    try:
        return max(0.5, float(os.environ.get(REFRESH_VARIABLE, DEFAULT_REFRESH_SECONDS)))
    except ValueError:
        return DEFAULT_REFRESH_SECONDS


def progress_html(records: pd.DataFrame, language: str | None = None) -> str:
    """Render the whole dashboard for ``records`` (see ``workshop_kit.course.progress``)."""
    language = language or get_language()
    if records.empty:
        return f"<p class='wk-empty'>{escape(message('course.progress_empty', language=language))}</p>"

    labels = {status: message(f"course.status_{status}", language=language) for status in STATUS_COLOURS}
    colours = {labels[status]: colour for status, colour in STATUS_COLOURS.items()}
    table = status_table(records).replace(labels)
    table.index.name = message("dashboards.progress_learner", language=language)

    shares = (100 * completion(records)["share_done"]).round()
    stuck = stuck_learners(records)
    if stuck.empty:
        stuck_html = f"<p class='wk-stuck'>{escape(message('course.progress_nobody_stuck', language=language))}</p>"
    else:
        rows = [message("dashboards.progress_stuck_row", language=language, student=row.student,
                        exercises=row.exercises) for row in stuck.itertuples()]
        items = "".join(f"<li>{escape(row)}</li>" for row in rows)
        stuck_html = f"<ul class='wk-stuck'>{items}</ul>"

    csv_link = download_link(records.to_csv(index=False), "progress.csv",
                             message("dashboards.progress_csv", language=language))
    return "\n".join([
        f"<h3>{escape(message('dashboards.progress_completion', language=language))}</h3>",
        bars_html(shares, lambda value: f"{value:.0f} %", maximum=100, colour=PALETTE[2]),
        f"<h3>{escape(message('dashboards.progress_stuck', language=language))}</h3>",
        stuck_html,
        f"<h3>{escape(message('dashboards.progress_table', language=language))}</h3>",
        table_html(table, "wk-progress", lambda value: f"background:{colours.get(value, '#fff')};padding:2px 8px"),
        f"<p>{csv_link}</p>",
    ])


class LiveProgress:
    """An ipywidgets HTML view of the course progress that refreshes itself.

    The refresh runs as an asyncio task on the kernel's event loop, so it keeps going
    after the cell ends, which is what Voila needs.
    """

    def __init__(self, root: Path | None = None, language: str | None = None, interval: float | None = None):
        import ipywidgets as widgets

        self.language = language or get_language()
        self.root = Path(root) if root else course_root(self.language)
        self.interval = interval or refresh_seconds()
        self.status = widgets.HTML()
        self.view = widgets.HTML()
        self.widget = widgets.VBox([self.status, self.view])
        self.task = None
        self.refresh()

    def refresh(self) -> None:
        """Read the gradebook again and redraw."""
        self.view.value = progress_html(course_records(self.root), self.language)
        self.status.value = ("<p class='wk-updated'>" + escape(message(
            "dashboards.progress_updated", language=self.language, time=time.strftime("%H:%M:%S"),
            seconds=f"{self.interval:g}", course=self.root)) + "</p>")

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                self.refresh()
            except Exception as error:  # noqa: BLE001 - a locked or half-written gradebook: try again later
                self.status.value = f"<p class='wk-error'>{escape(error)}</p>"

    def start(self):
        """Start refreshing every ``interval`` seconds and return the widget to display."""
        if self.task is None:
            self.task = asyncio.get_event_loop().create_task(self._loop())
        return self.widget

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
