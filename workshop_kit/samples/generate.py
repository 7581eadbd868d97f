"""Write every sample file of ``sample_data/`` from fixed seeds.

Run ``python -m workshop_kit.samples.generate [--output DIR]``. Two runs write the
same bytes, and ``tests/test_sample_data.py`` fails when a committed file differs from
a fresh run, so run this after changing any module of ``workshop_kit.samples``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

from ..files import write_bytes_atomic
from ..formats.citadel import to_citadel, validate_citadel, write_citadel
from ..i18n import message
from .budget import BUDGET_COLUMNS, budget_table, generate_budget
from .catalog import PORTAL_URL, PUBLISHER, build_catalog
from .events import EVENT_COLUMNS, generate_events
from .exercises import PLACES_EXERCISE_COLUMNS, places_to_clean, trees_to_clean
from .parkings import generate_parkings, geojson_bytes
from .places import PLACE_COLUMNS, generate_places
from .trees import COLUMNS as TREE_COLUMNS
from .trees import generate_trees, tree_table
from .writers import csv_bytes, stable_xlsx_bytes

REPOSITORY_SAMPLE_DATA = Path(__file__).resolve().parents[2] / "sample_data"

# Dates written into files, fixed so the bytes do not depend on when the generator runs.
PLACES_DATE_W3C = "2025-01-15T09:00:00Z"
PLACES_DATE_CITADEL = "20250115T09:00:00+00:00"
MINIMUM_TREES = 5_000
MINIMUM_PLACES = 500


def _places_workbook(places: list[dict]) -> Workbook:
    """Build the spreadsheet a city keeps: one sheet "Lieux", bold header, numbers as numbers."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Lieux"
    sheet.append(PLACE_COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for place in places:
        sheet.append([place[column] if place[column] != "" else None for column in PLACE_COLUMNS])
    sheet.freeze_panes = "A2"
    widths = {"A": 42, "B": 20, "C": 60, "D": 32, "E": 12, "F": 12, "G": 16, "H": 40, "I": 36, "J": 40, "K": 11, "L": 11}
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width

    workbook.properties.creator = PUBLISHER
    workbook.properties.lastModifiedBy = PUBLISHER
    workbook.properties.title = "Lieux et équipements de Rivebelle"
    return workbook


def _places_citadel(places: list[dict], output: Path) -> Path:
    frame = pd.DataFrame(places).rename(columns={"Latitude": "latitude", "Longitude": "longitude"})
    mapping = {
        "title": "Nom", "description": "Description", "category": "Catégorie", "address": "Adresse",
        "postal_code": "Code postal", "city": "Ville", "phone": "Téléphone", "website": "Site web",
        "email": "Courriel", "extra": ["Horaires"],
    }
    metadata = {
        "id": "rivebelle-lieux",
        "lang": "fr-FR",
        "author": PUBLISHER,
        "author_url": PORTAL_URL,
        "licence": "Licence Ouverte 2.0",
        "licence_url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
        "link": f"{PORTAL_URL}/explore/dataset/rivebelle-lieux",
        "update_frequency": "monthly",
        "created": PLACES_DATE_CITADEL,
        "updated": PLACES_DATE_CITADEL,
    }
    document = to_citadel(frame, mapping, metadata)
    errors = validate_citadel(document)
    if errors:
        raise ValueError(f"lieux.citadel.json does not validate: {errors[:3]}")
    return write_citadel(document, output / "lieux.citadel.json")


def generate(output: Path = REPOSITORY_SAMPLE_DATA) -> list[Path]:
    """Write every sample file and the catalog into ``output``; return the paths written."""
    output = Path(output)
    written = []

    trees = generate_trees()
    if len(trees) < MINIMUM_TREES:
        raise ValueError(f"Only {len(trees)} trees were planted; the lessons need {MINIMUM_TREES}.")
    written.append(write_bytes_atomic(output / "arbres.csv", csv_bytes(TREE_COLUMNS, tree_table(trees), "utf-8-sig")))

    places = generate_places()
    if len(places) < MINIMUM_PLACES:
        raise ValueError(f"Only {len(places)} places were made; the lessons need {MINIMUM_PLACES}.")
    workbook_bytes = stable_xlsx_bytes(_places_workbook(places), PLACES_DATE_W3C)
    written.append(write_bytes_atomic(output / "lieux.xlsx", workbook_bytes))
    written.append(_places_citadel(places, output))

    parkings = generate_parkings()
    written.append(write_bytes_atomic(output / "parkings_lambert93.geojson", geojson_bytes(parkings)))

    events = generate_events()
    event_rows = [[event[column] for column in EVENT_COLUMNS] for event in events]
    written.append(write_bytes_atomic(output / "evenements.csv", csv_bytes(EVENT_COLUMNS, event_rows, "cp1252")))

    budget = generate_budget()
    written.append(write_bytes_atomic(output / "budget_2025.csv", csv_bytes(BUDGET_COLUMNS, budget_table(budget), "cp1252")))

    places_exercise = places_to_clean(places)
    written.append(write_bytes_atomic(output / "exercices" / "lieux_a_nettoyer.csv",
                                      csv_bytes(PLACES_EXERCISE_COLUMNS, places_exercise, "cp1252")))
    trees_exercise = trees_to_clean(trees)
    written.append(write_bytes_atomic(output / "exercices" / "arbres_a_nettoyer.csv",
                                      csv_bytes(TREE_COLUMNS, trees_exercise, "utf-8-sig")))

    records = {
        "rivebelle-arbres": len(trees),
        "rivebelle-lieux": len(places),
        "rivebelle-parkings": len(parkings["features"]),
        "rivebelle-evenements": len(events),
        "rivebelle-budget-2025": len(budget),
        "rivebelle-exercice-lieux-a-nettoyer": len(places_exercise),
        "rivebelle-exercice-arbres-a-nettoyer": len(trees_exercise),
    }
    catalog_text = json.dumps(build_catalog(records), ensure_ascii=False, indent=2) + "\n"
    written.append(write_bytes_atomic(output / "catalog.json", catalog_text.encode("utf-8")))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the Rivebelle sample datasets and their local catalog.")
    parser.add_argument("--output", type=Path, default=REPOSITORY_SAMPLE_DATA,
                        help="folder to write into (default: the repository's sample_data/)")
    arguments = parser.parse_args(argv)
    written = generate(arguments.output)
    print(message("samples.generated", count=len(written), folder=arguments.output))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
