"""The city budget for people who do not read accounts: where each 100 € goes and comes from.

The budget export (``budget`` in workshop.toml) is a French accounting file: cp1252, ``;``,
amounts like ``" 1 063 850,00 "`` with a non-breaking space between thousands, codes kept
as text. Only *real* flows count: the internal transfers between the two sections
(chapters 021, 023, 040, 041 and 042, "opérations d'ordre") are left out, as in the
summary pages of a French city's budget report.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import WorkshopError
from ..i18n import get_language, message

AMOUNT_COLUMN = " BP "
TRANSFER_CHAPTERS = {"021", "023", "040", "041", "042"}
REQUIRED_COLUMNS = ("Section", "Sens", "Chapitre", "Fonction", AMOUNT_COLUMN)

# First digit of the function code -> policy area (M57 and M14 functional presentation).
# "01" (non-allocated operations: mostly the debt) is its own area.
FUNCTION_AREAS = {"0": "general", "1": "safety", "2": "schools", "3": "culture", "4": "sport_youth",
                  "5": "social", "6": "family", "7": "housing", "8": "urban", "9": "economy"}
NON_ALLOCATED = "01"

# Chapters -> kind of expense or origin of the money.
EXPENSE_KINDS = {"011": "running_costs", "012": "staff", "014": "refunds", "65": "grants", "656": "grants",
                 "66": "interest", "67": "exceptional", "16": "loan_repayment", "20": "equipment",
                 "204": "equipment_grants", "21": "equipment", "23": "equipment"}
RECEIPT_ORIGINS = {"70": "services", "73": "taxes", "731": "taxes", "74": "state", "75": "other", "77": "other",
                   "013": "other", "10": "state", "13": "grants_received", "16": "loans", "024": "sales"}


def read_budget(path: str | Path) -> pd.DataFrame:
    """Read the budget export; amounts become numbers in euros in the ``amount`` column."""
    path = Path(path)
    if not path.is_file():
        raise WorkshopError("core.file_not_found", path=path)
    frame = pd.read_csv(path, sep=";", encoding="cp1252", dtype=str)
    missing = [column for column in REQUIRED_COLUMNS if column not in frame.columns]
    if missing:
        raise WorkshopError("dashboards.budget_columns", path=path, columns=", ".join(repr(c) for c in missing))

    for column in frame.columns:
        frame[column] = frame[column].str.strip()
    text = frame[AMOUNT_COLUMN].str.replace("\u00a0", "", regex=False).str.replace(" ", "", regex=False)
    frame["amount"] = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce")
    if frame["amount"].isna().any():
        row = int(frame.index[frame["amount"].isna()][0]) + 2
        raise WorkshopError("dashboards.budget_amount", path=path, row=row)
    return frame


def real_flows(budget: pd.DataFrame, direction: str) -> pd.DataFrame:
    """Return the real expenses (``"Dépense"``) or receipts (``"Recette"``), transfers left out."""
    rows = budget[(budget["Sens"] == direction) & ~budget["Chapitre"].isin(TRANSFER_CHAPTERS)]
    return rows


def function_area(code: str) -> str:
    return "debt_other" if code.startswith(NON_ALLOCATED) else FUNCTION_AREAS.get(code[:1], "general")


def per_hundred(amounts: pd.Series) -> pd.Series:
    """Turn amounts into euros out of every 100 €, rounded to 0.1 and sorted, largest first."""
    shares = 100 * amounts / amounts.sum()
    return shares.round(1).sort_values(ascending=False)


def _labelled(amounts: pd.Series, prefix: str, language: str | None) -> pd.Series:
    amounts = amounts.groupby(level=0).sum()
    amounts.index = [message(f"dashboards.{prefix}_{key}", language=language) for key in amounts.index]
    return amounts


def spending_by_area(budget: pd.DataFrame, language: str | None = None) -> pd.Series:
    """Return, out of every 100 € the city spends, the euros that go to each policy area."""
    expenses = real_flows(budget, "Dépense")
    amounts = expenses.groupby(expenses["Fonction"].map(function_area))["amount"].sum()
    return per_hundred(_labelled(amounts, "area", language))


def spending_by_kind(budget: pd.DataFrame, language: str | None = None) -> pd.Series:
    """Return, out of every 100 € spent, the euros for staff, running costs, grants, equipment, debt..."""
    expenses = real_flows(budget, "Dépense")
    amounts = expenses.groupby(expenses["Chapitre"].map(lambda code: EXPENSE_KINDS.get(code, "other")))["amount"].sum()
    return per_hundred(_labelled(amounts, "kind", language))


def receipts_by_origin(budget: pd.DataFrame, language: str | None = None) -> pd.Series:
    """Return, out of every 100 € the city receives, the euros from local taxes, the State, loans..."""
    receipts = real_flows(budget, "Recette")
    amounts = receipts.groupby(receipts["Chapitre"].map(lambda code: RECEIPT_ORIGINS.get(code, "other")))["amount"].sum()
    return per_hundred(_labelled(amounts, "origin", language))


def headline(budget: pd.DataFrame, population: int | None) -> dict[str, float]:
    """Return the real expenses in millions of euros and, when known, per inhabitant."""
    total = float(real_flows(budget, "Dépense")["amount"].sum())
    figures = {"total_millions": round(total / 1e6, 1)}
    if population:
        figures["per_inhabitant"] = round(total / population)
    return figures


def budget_html(budget: pd.DataFrame, city_name: str, population: int | None, language: str | None = None) -> str:
    """Render the budget demo: a headline and three 'out of every 100 €' bar charts."""
    from .html import PALETTE, bars_html, escape

    figures = headline(budget, population)
    summary = message("dashboards.budget_total", language=language,
                      millions=_number(figures["total_millions"], language))
    if "per_inhabitant" in figures:
        summary += " " + message("dashboards.budget_per_inhabitant", language=language,
                                 euros=_number(figures["per_inhabitant"], language))
    lines = [f"<h2>{escape(message('dashboards.budget_title', language=language, city=city_name))}</h2>",
             f"<p class='wk-headline'>{escape(summary)}</p>"]

    sections = [("dashboards.budget_by_area", spending_by_area(budget, language), PALETTE[0]),
                ("dashboards.budget_by_kind", spending_by_kind(budget, language), PALETTE[1]),
                ("dashboards.budget_origin", receipts_by_origin(budget, language), PALETTE[2])]
    for key, shares, colour in sections:
        lines.append(f"<h3>{escape(message(key, language=language))}</h3>")
        lines.append(bars_html(shares, lambda value: f"{_number(value, language)} €", maximum=100, colour=colour))
    lines.append(f"<p class='wk-note'>{escape(message('dashboards.budget_note', language=language))}</p>")
    return "\n".join(lines)


def _number(value: float, language: str | None) -> str:
    """Format a number the way the reader's language writes it (decimal comma in French)."""
    text = f"{value:,.1f}" if value != int(value) else f"{int(value):,}"
    if (language or get_language()) == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def budget_dashboard(language: str | None = None) -> str:
    """Render the budget demo for the city and budget file of ``workshop.toml``."""
    from ..config import dataset_path, load_config

    settings = load_config()
    budget = read_budget(dataset_path("budget", settings))
    return budget_html(budget, settings["city"]["name"], settings["city"].get("population"), language)
