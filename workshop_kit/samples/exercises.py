"""Exercise copies of the places and the trees, with deliberate flaws.

Every flaw sits at a fixed row so that ``sample_data/README.md`` can list it and the
tests can check it. Row numbers count data rows from 1, after the header: row 1 is
line 2 of the file. A duplicate is an exact copy of an earlier row.
"""

from __future__ import annotations

import random

from .people import person_email, person_name, person_phone
from .trees import COLUMNS as TREE_COLUMNS
from .writers import french_number

EXERCISES_SEED = 2025_0005

# Places to clean (lieux_a_nettoyer.csv).
PLACES_ROWS = 120
PLACES_EXERCISE_COLUMNS = [
    "Nom", "Catégorie", "Adresse", "Code postal", "Ville", "Téléphone", "Latitude", "Longitude",
    "Commentaire", "Courriel du déclarant",
]
PLACES_DUPLICATES = {15: 3, 35: 12, 91: 90, 118: 47}  # duplicate row -> original row
PLACES_MISSING_ADDRESS_ROWS = (7, 23, 41, 58, 77, 102)
PLACES_SWAPPED_ROW = 64

# Trees to clean (arbres_a_nettoyer.csv).
TREES_ROWS = 400
TREES_DUPLICATES = {58: 57, 140: 20, 233: 199, 310: 305, 399: 250}  # duplicate row -> original row
TREES_ZERO_HEIGHT_ROWS = (5, 18, 29, 51, 66, 83, 97, 112, 131, 150, 159, 187, 215, 226, 248, 271, 292, 323, 356, 380)
TREES_PADDED_ROWS = (9, 33, 77, 121, 178, 204, 262, 298, 344, 388)
TREES_MISSING_POSITION_ROWS = (45, 166, 287, 371)

NEUTRAL_COMMENTS = [
    "", "", "", "", "", "Horaires à vérifier.", "Fermé pour travaux jusqu’en mars.",
    "Accès PMR par l’entrée latérale.", "Adresse corrigée après la visite sur place.",
    "Nouvel emplacement depuis septembre.", "Panneau manquant.",
]
PERSON_COMMENTS = [
    "Signalé par {title} {last}, qui habite en face ; joignable au {phone}.",
    "{title} {first} {last} indique que la porte est souvent fermée.",
    "Vu avec {first} {last}, responsable du lieu : ouverture le dimanche matin.",
    "Réclamation de {title} {last} au sujet du bruit.",
]


def _check_rows_apart(*groups) -> None:
    """Raise ValueError when two flaws share a row: each must stay visible on its own."""
    seen = set()
    for group in groups:
        for row in group:
            if row in seen:
                raise ValueError(f"Row {row} carries two flaws; move one of them.")
            seen.add(row)


def _fill_with_duplicates(base: list, total: int, duplicates: dict, flaw) -> list:
    """Lay ``base`` rows out over ``total`` positions, apply ``flaw(row_number, row)``, then copy duplicates."""
    if len(base) != total - len(duplicates):
        raise ValueError("The base rows and the duplicates must add up to the row count.")
    if any(original >= duplicate for duplicate, original in duplicates.items()):
        raise ValueError("A duplicate must come after its original.")
    remaining = iter(base)
    rows = [None if number in duplicates else list(next(remaining)) for number in range(1, total + 1)]
    for number, row in enumerate(rows, start=1):
        if row is not None:
            flaw(number, row)
    for duplicate, original in sorted(duplicates.items()):
        rows[duplicate - 1] = list(rows[original - 1])
    return rows


def places_to_clean(places: list[dict]) -> list[list[str]]:
    """Return the rows of ``lieux_a_nettoyer.csv`` (``PLACES_EXERCISE_COLUMNS`` order)."""
    _check_rows_apart(PLACES_DUPLICATES, set(PLACES_DUPLICATES.values()), PLACES_MISSING_ADDRESS_ROWS,
                      [PLACES_SWAPPED_ROW])
    rng = random.Random(EXERCISES_SEED)
    chosen = rng.sample(places, PLACES_ROWS - len(PLACES_DUPLICATES))

    base = []
    for place in chosen:
        first, last = person_name(rng)
        if rng.random() < 0.2:
            template = rng.choice(PERSON_COMMENTS)
            comment = template.format(title=rng.choice(["M.", "Mme"]), first=first, last=last,
                                      phone=person_phone(rng))
        else:
            comment = rng.choice(NEUTRAL_COMMENTS)
        reporter_email = person_email(rng, first, last) if rng.random() < 0.8 else ""
        base.append([
            place["Nom"], place["Catégorie"], place["Adresse"], place["Code postal"], place["Ville"],
            place["Téléphone"], french_number(place["Latitude"], 6), french_number(place["Longitude"], 6),
            comment, reporter_email,
        ])
    if len({tuple(row) for row in base}) != len(base):
        raise ValueError("The sampled places already contain duplicates.")

    address, latitude, longitude = (PLACES_EXERCISE_COLUMNS.index(name) for name in ("Adresse", "Latitude", "Longitude"))

    def flaw(number: int, row: list) -> None:
        if number in PLACES_MISSING_ADDRESS_ROWS:
            row[address] = ""
        if number == PLACES_SWAPPED_ROW:
            row[latitude], row[longitude] = row[longitude], row[latitude]

    return _fill_with_duplicates(base, PLACES_ROWS, PLACES_DUPLICATES, flaw)


def trees_to_clean(trees: list[dict]) -> list[list]:
    """Return the rows of ``arbres_a_nettoyer.csv`` (the columns of ``arbres.csv``)."""
    _check_rows_apart(TREES_DUPLICATES, set(TREES_DUPLICATES.values()), TREES_ZERO_HEIGHT_ROWS,
                      TREES_PADDED_ROWS, TREES_MISSING_POSITION_ROWS)
    rng = random.Random(EXERCISES_SEED + 1)
    chosen = sorted(rng.sample(trees, TREES_ROWS - len(TREES_DUPLICATES)), key=lambda tree: tree["idbase"])
    base = [[tree[column] for column in TREE_COLUMNS] for tree in chosen]

    height, name = TREE_COLUMNS.index("hauteur_m"), TREE_COLUMNS.index("libelle_francais")
    shape, point = TREE_COLUMNS.index("geo_shape"), TREE_COLUMNS.index("geo_point_2d")
    paddings = [("  ", " "), ("", "  "), (" ", ""), ("   ", "   ")]

    def flaw(number: int, row: list) -> None:
        if number in TREES_ZERO_HEIGHT_ROWS:
            row[height] = 0
        if number in TREES_PADDED_ROWS:
            before, after = paddings[TREES_PADDED_ROWS.index(number) % len(paddings)]
            row[name] = f"{before}{row[name]}{after}"
        if number in TREES_MISSING_POSITION_ROWS:
            row[shape], row[point] = "", ""

    return _fill_with_duplicates(base, TREES_ROWS, TREES_DUPLICATES, flaw)
