"""The quality report: a list of problems, a star rating, and their texts in two languages.

Each ``Problem`` is machine-readable (check, severity, message key, row, column, values)
and renders its text from the message catalogs when it is shown, so the report follows
the current language even after ``set_language``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from ..i18n import message

BLOCKING = "blocking"
WARNING = "warning"

# How many row labels a message lists before it only gives the count.
MAX_LISTED_ROWS = 8


@dataclass(frozen=True)
class Problem:
    """One finding of a check, with the values its message needs.

    ``row`` is the DataFrame index label of the first affected row, so ``df.loc[row]``
    shows it, and ``rows`` lists every affected label. Both are empty (None and ``()``)
    for problems about a whole column or the metadata.
    """

    check: str
    severity: str
    key: str
    column: str | None = None
    row: object = None
    rows: tuple = ()
    values: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return message(self.key, **self.format_values())

    def format_values(self) -> dict:
        """Return the values for the message, with ``rows`` written as a short list."""
        values = {"column": self.column, "row": self.row, **self.values}
        values["rows"] = format_rows(self.rows)
        values["count"] = self.values.get("count", len(self.rows))
        return values

    def to_dict(self) -> dict:
        return {
            "check": self.check,
            "severity": self.severity,
            "key": self.key,
            "column": self.column,
            "row": self.row,
            "rows": list(self.rows),
            "values": dict(self.values),
            "message": self.message,
        }


def format_rows(rows) -> str:
    """Write row labels as ``3, 17, 42`` or ``3, 17, … (+12)`` for long lists."""
    labels = [str(label) for label in rows]
    if len(labels) <= MAX_LISTED_ROWS:
        return ", ".join(labels)
    return ", ".join(labels[:MAX_LISTED_ROWS]) + f", … (+{len(labels) - MAX_LISTED_ROWS})"


@dataclass
class QualityReport:
    """The result of ``check_dataset``: problems, star rating, and how to show them."""

    problems: list[Problem]
    stars: object = None
    rows: int = 0
    columns: int = 0

    @property
    def blocking(self) -> list[Problem]:
        """The problems that stop ``publish`` until they are fixed."""
        return [problem for problem in self.problems if problem.severity == BLOCKING]

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == WARNING]

    @property
    def ok(self) -> bool:
        """True when nothing blocks publishing (warnings may remain)."""
        return not self.blocking

    def by_check(self, check: str) -> list[Problem]:
        return [problem for problem in self.problems if problem.check == check]

    def to_records(self) -> list[dict]:
        return [problem.to_dict() for problem in self.problems]

    def to_frame(self):
        """Return the problems as a DataFrame, one row per problem."""
        import pandas as pd

        columns = ["check", "severity", "key", "column", "row", "rows", "values", "message"]
        return pd.DataFrame(self.to_records(), columns=columns)

    def __str__(self) -> str:
        lines = [self._summary()]
        for title_key, problems in (("quality.section_blocking", self.blocking),
                                    ("quality.section_warnings", self.warnings)):
            if problems:
                lines += ["", message(title_key, count=len(problems))]
                lines += [f"- {problem.message}" for problem in problems]
        if self.stars is not None:
            lines += ["", str(self.stars)]
        return "\n".join(lines)

    def _summary(self) -> str:
        if self.blocking:
            return message("quality.summary_blocked", rows=self.rows, columns=self.columns,
                           blocking=len(self.blocking), warnings=len(self.warnings))
        return message("quality.summary_ok", rows=self.rows, columns=self.columns, warnings=len(self.warnings))

    def _repr_html_(self) -> str:
        colour = "#b02a37" if self.blocking else "#1e7e34"
        parts = [f'<div class="workshop-quality"><p style="color:{colour};font-weight:600">'
                 f"{html.escape(self._summary())}</p>"]
        for title_key, problems, symbol in (("quality.section_blocking", self.blocking, "⛔"),
                                            ("quality.section_warnings", self.warnings, "⚠️")):
            if not problems:
                continue
            parts.append(f"<p><strong>{html.escape(message(title_key, count=len(problems)))}</strong></p><ul>")
            parts += [f"<li>{symbol} {html.escape(problem.message)}</li>" for problem in problems]
            parts.append("</ul>")
        if self.stars is not None:
            parts.append(self.stars._repr_html_())
        parts.append("</div>")
        return "".join(parts)
