"""The 2025 primary budget (budget primitif) of Rivebelle, by nature and function.

The file copies the shape of a French municipal accounting export: Windows-1252,
semicolons, amounts such as ``" 1 063 850,00    "`` with a non-breaking space
(U+00A0) between thousands, a decimal comma and padding, and an amount column whose
header is ``" BP "``. Each section balances. Operating receipts pay the operating
expenses and a transfer (023) to the capital section. Capital receipts are that transfer
(021), depreciation (28xx, equal to 6811), grants, and a new loan (1641) that closes the
gap.
"""

from __future__ import annotations

import random

from .budget_lines import (BUDGET_LINES, DEPENSE, DEPRECIATION_NATURES, FONCTIONNEMENT, FUNCTIONS,
                           INVESTISSEMENT, RECETTE)

BUDGET_SEED = 2025_0004
BUDGET_COLUMNS = ["Section", "Sens", "Chapitre", "Nature", "Libellé nature", "Fonction", "Libellé fonction", " BP "]
NON_BREAKING_SPACE = "\u00a0"


def _split(rng: random.Random, total_cents: int, parts: int) -> list[int]:
    """Split an amount into ``parts`` shares rounded to 10 euros; the last share takes the rest."""
    if parts == 1:
        return [total_cents]
    weights = [rng.uniform(0.3, 1.0) for _ in range(parts)]
    scale = sum(weights)
    shares = [int(total_cents * weight / scale) // 1000 * 1000 for weight in weights[:-1]]
    return shares + [total_cents - sum(shares)]


def _jitter(rng: random.Random, euros: int) -> int:
    """Return ``euros`` in cents, moved by up to 4% so the totals do not look made up."""
    return int(euros * rng.uniform(0.96, 1.04)) * 100


def format_amount(cents: int) -> str:
    """Write an amount as the export does: ``" 1\\u00a0063\\u00a0850,00    "``."""
    euros, rest = divmod(cents, 100)
    grouped = f"{euros:,}".replace(",", NON_BREAKING_SPACE)
    return f" {grouped},{rest:02d}    "


def generate_budget() -> list[dict]:
    """Return the budget lines, sorted, with amounts in cents under ``"amount_cents"``."""
    rng = random.Random(BUDGET_SEED)
    lines = []

    def add(section, sens, chapitre, nature, label, function, cents):
        lines.append({"Section": section, "Sens": sens, "Chapitre": chapitre, "Nature": nature,
                      "Libellé nature": label, "Fonction": function,
                      "Libellé fonction": FUNCTIONS[function], "amount_cents": cents})

    for section, sens, chapitre, nature, label, euros, functions in BUDGET_LINES:
        for function, cents in zip(functions, _split(rng, _jitter(rng, euros), len(functions))):
            add(section, sens, chapitre, nature, label, function, cents)

    def total(section, sens):
        return sum(line["amount_cents"] for line in lines if line["Section"] == section and line["Sens"] == sens)

    # Operating section: the surplus goes to the capital section (023 out, 021 in).
    transfer = total(FONCTIONNEMENT, RECETTE) - total(FONCTIONNEMENT, DEPENSE)
    if transfer <= 0:
        raise ValueError("Operating receipts must exceed operating expenses; adjust BUDGET_LINES.")
    add(FONCTIONNEMENT, DEPENSE, "023", "023", "Virement à la section d'investissement", "01", transfer)
    add(INVESTISSEMENT, RECETTE, "021", "021", "Virement de la section de fonctionnement", "01", transfer)

    # Depreciation: the 6811 expense comes back as capital receipts, nature by nature.
    depreciation = sum(line["amount_cents"] for line in lines if line["Nature"] == "6811")
    weights = [share for _, _, share in DEPRECIATION_NATURES]
    remaining = depreciation
    for index, (nature, label, share) in enumerate(DEPRECIATION_NATURES):
        last = index == len(DEPRECIATION_NATURES) - 1
        cents = remaining if last else depreciation * share // sum(weights) // 100 * 100
        remaining -= cents
        add(INVESTISSEMENT, RECETTE, "040", nature, label, "01", cents)

    # Capital section: a new loan closes the gap.
    loan = total(INVESTISSEMENT, DEPENSE) - total(INVESTISSEMENT, RECETTE)
    if loan <= 0:
        raise ValueError("Capital receipts already exceed capital expenses; adjust BUDGET_LINES.")
    add(INVESTISSEMENT, RECETTE, "16", "1641", "Emprunts en euros", "01", loan)

    section_order = {FONCTIONNEMENT: 0, INVESTISSEMENT: 1}
    lines.sort(key=lambda line: (section_order[line["Section"]], line["Sens"], line["Chapitre"],
                                 line["Nature"], line["Fonction"]))
    return lines


def budget_table(lines: list[dict]) -> list[list[str]]:
    """Return the rows in ``BUDGET_COLUMNS`` order, with the amount written as the export does."""
    columns = BUDGET_COLUMNS[:-1]
    return [[line[column] for column in columns] + [format_amount(line["amount_cents"])] for line in lines]
