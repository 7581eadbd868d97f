"""``open_dataset``: read a CSV, Excel, JSON, GeoJSON or Citadel file as it comes.

The modules of this package each handle one concern: ``sources`` (path or URL, file
type), ``text`` (encoding, delimiter, header), ``excel``, ``json_shapes``, ``numbers``,
``dates``, ``coordinates`` and ``report`` (what was detected, in the learner's language).
"""

from __future__ import annotations

import pandas as pd

from .coordinates import add_coordinates
from .excel import read_excel_table
from .json_shapes import read_json_table
from .report import DetectionReport, show
from .sources import read_source, sniff_kind
from .text import read_text_table

__all__ = ["DetectionReport", "open_dataset"]

REPORT_ATTRIBUTE = "workshop_report"


def open_dataset(source, *, encoding: str | None = None, sep: str | None = None, sheet=None,
                 header: bool | None = None, crs=None, show_report: bool | None = None) -> pd.DataFrame:
    """Read a table from a path or an http(s) URL and detect how it is written.

    Adds ``latitude`` and ``longitude`` columns (WGS84 degrees, floats) when the table has
    places. The detection report is stored in ``df.attrs["workshop_report"]``.

    Options override detection: ``encoding`` ("cp1252", "utf-8"...), ``sep`` (the
    delimiter), ``sheet`` (an Excel sheet name or 0-based position), ``header`` (False
    when the first row is data), ``crs`` (the coordinates' reference system, such as
    "EPSG:2154"). ``show_report`` displays the report; by default it is shown in a
    notebook or IPython and not in scripts or tests.

    Raises ``WorkshopError`` for a missing, empty, binary or HTML file, an unreachable URL
    or an unreadable encoding.
    """
    raw = read_source(source)
    report = DetectionReport(source=raw.name)
    kind = sniff_kind(raw)

    declared_crs = None
    if kind == "json":
        frame, declared_crs = read_json_table(raw, report)
    elif kind in ("xlsx", "xls"):
        frame = read_excel_table(raw, kind, report, sheet=sheet)
    else:
        frame = read_text_table(raw, report, encoding=encoding, sep=sep, header=header)

    frame = add_coordinates(frame, report, crs=crs, declared_crs=declared_crs)
    report.rows, report.columns = frame.shape
    frame.attrs[REPORT_ATTRIBUTE] = report

    if show_report is None:
        show_report = _in_ipython()
    if show_report:
        show(report)
    return frame


def _in_ipython() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    return get_ipython() is not None
