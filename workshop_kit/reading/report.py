"""The detection report: what ``open_dataset`` found in a file and what it repaired.

The report stores message keys and values, not finished sentences, so its text follows
the current language each time it is shown. Its plain fields (``encoding``,
``delimiter``, ``swapped_rows``...) are for code and tests.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from ..i18n import message

# Printable names for delimiters, so a tab or a space is visible in the report.
DELIMITER_NAMES = {",": ",", ";": ";", "\t": "TAB", "|": "|", " ": "SPACE"}

# How many row numbers a report line lists before it shortens the list.
MAX_LISTED_ROWS = 10


@dataclass
class Note:
    """One sentence of the report: a catalog key and the values it is filled with."""

    key: str
    values: dict = field(default_factory=dict)

    def text(self) -> str:
        return message(self.key, **self.values)


@dataclass
class DetectionReport:
    """The detection results for one file, with the repairs made and the warnings raised.

    Row numbers in ``swapped_rows`` and ``outlier_rows`` are index labels of the returned
    DataFrame (0 for the first data row), so ``df.loc[report.outlier_rows]`` shows them.
    """

    source: str
    kind: str = ""
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    line_ending: str | None = None
    header_row: int | None = 0
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    rows: int = 0
    columns: int = 0
    coordinate_source: str | None = None
    crs: str | None = None
    swapped_rows: list = field(default_factory=list)
    outlier_rows: list = field(default_factory=list)
    bad_lines: list[int] = field(default_factory=list)
    repairs: list[Note] = field(default_factory=list)
    warnings: list[Note] = field(default_factory=list)

    def repair(self, key: str, **values) -> None:
        self.repairs.append(Note(key, values))

    def warn(self, key: str, **values) -> None:
        self.warnings.append(Note(key, values))

    def detected_lines(self) -> list[str]:
        """Return the "what was detected" sentences in the current language."""
        lines = [message("reading.report_table", kind=self.kind, rows=self.rows, columns=self.columns)]
        if self.encoding:
            lines.append(message("reading.report_encoding", encoding=self.encoding))
        if self.delimiter:
            lines.append(message("reading.report_delimiter", delimiter=DELIMITER_NAMES.get(self.delimiter, self.delimiter)))
        if self.decimal:
            lines.append(message("reading.report_decimal", decimal=self.decimal))
        if self.line_ending:
            lines.append(message("reading.report_line_ending", line_ending=self.line_ending))
        if self.kind in ("CSV", "Excel"):
            if self.header_row is None:
                lines.append(message("reading.report_no_header"))
            elif self.header_row > 0:
                lines.append(message("reading.report_header_row", row=self.header_row + 1))
        if self.sheet:
            others = ", ".join(name for name in self.sheets if name != self.sheet) or "-"
            lines.append(message("reading.report_sheet", sheet=self.sheet, others=others))
        if self.coordinate_source:
            lines.append(message("reading.report_coordinates", source=self.coordinate_source, crs=self.crs or "EPSG:4326"))
        else:
            lines.append(message("reading.report_no_coordinates"))
        return lines

    def _sections(self) -> list[tuple[str, list[str]]]:
        sections = [(message("reading.report_detected"), self.detected_lines())]
        if self.repairs:
            sections.append((message("reading.report_repairs"), [note.text() for note in self.repairs]))
        if self.warnings:
            sections.append((message("reading.report_warnings"), [note.text() for note in self.warnings]))
        return sections

    def __str__(self) -> str:
        lines = [message("reading.report_title", source=self.source)]
        for title, items in self._sections():
            lines.append(message("reading.report_section", title=title))
            lines += [f"  - {item}" for item in items]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        parts = [
            '<div class="workshop-report" style="border-left:4px solid #2471a3;background:#eef5fb;'
            'padding:6px 12px;margin:4px 0">',
            f"<strong>{html.escape(message('reading.report_title', source=self.source))}</strong>",
        ]
        for title, items in self._sections():
            colour = "#9a5b00" if title == message("reading.report_warnings") else "inherit"
            parts.append(f'<div style="color:{colour}"><em>{html.escape(title)}</em><ul style="margin:2px 0">')
            parts += [f"<li>{html.escape(item)}</li>" for item in items]
            parts.append("</ul></div>")
        parts.append("</div>")
        return "".join(parts)


def format_rows(rows) -> str:
    """Format index labels for a message: "3, 17, 42" or "3, 17, ... (25 rows)"."""
    rows = list(rows)
    listed = ", ".join(str(row) for row in rows[:MAX_LISTED_ROWS])
    if len(rows) > MAX_LISTED_ROWS:
        listed += f", … ({len(rows)})"
    return listed


def show(report: DetectionReport) -> None:
    """Display the report: as HTML in a notebook, as text elsewhere."""
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:
        print(report)
        return
    if get_ipython() is None:
        print(report)
    else:
        display(report)
