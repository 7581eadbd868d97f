"""Street trees of Rivebelle, shaped like an OpenDataSoft export of a city's tree inventory.

Most trees stand in rows along streets ("Alignement"): one species per street, planted
together, with later replacements. The rest grow in parks, the cemetery and school
yards with mixed species. Height and trunk circumference grow with age, so an old plane
tree is tall and thick and a young cherry is small.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

from .city import CITY, METRES_PER_DEGREE_LAT, METRES_PER_DEGREE_LON, STREETS

TREES_SEED = 2025_0001

# The inventory describes the trees as of this year: age = REFERENCE_YEAR - planting year.
REFERENCE_YEAR = 2025

COLUMNS = [
    "idbase", "type_emplacement", "domanialite", "adresse", "complement_adresse", "code_insee",
    "libelle_francais", "genre", "espece", "variete", "circonference_cm", "hauteur_m",
    "stade_developpement", "annee_plantation", "remarquable", "geo_shape", "geo_point_2d",
]


@dataclass(frozen=True)
class Species:
    """A species as tree inventories name it, with growth figures (rough estimates, not measurements)."""

    libelle: str
    genre: str
    espece: str
    varietes: tuple[str, ...]
    max_height_m: float
    circumference_cm_per_year: float
    max_circumference_cm: float


SPECIES = {
    "platane": Species("Platane", "Platanus", "x hispanica", ("",), 30, 3.2, 450),
    "tilleul_cordata": Species("Tilleul", "Tilia", "cordata", ("", "'Greenspire'"), 22, 2.4, 320),
    "tilleul_tomentosa": Species("Tilleul", "Tilia", "tomentosa", ("", "'Brabant'"), 24, 2.5, 330),
    "tilleul_europaea": Species("Tilleul", "Tilia", "x europaea", ("",), 25, 2.5, 350),
    "marronnier": Species("Marronnier", "Aesculus", "hippocastanum", ("", "'Baumannii'"), 24, 2.8, 380),
    "marronnier_rouge": Species("Marronnier", "Aesculus", "x carnea", ("'Briotii'",), 15, 2.2, 250),
    "erable_plane": Species("Érable", "Acer", "platanoides", ("", "'Emerald Queen'", "'Columnare'"), 20, 2.3, 280),
    "erable_sycomore": Species("Érable", "Acer", "pseudoplatanus", ("",), 25, 2.5, 300),
    "erable_champetre": Species("Érable", "Acer", "campestre", ("", "'Elsrijk'"), 12, 1.8, 200),
    "frene": Species("Frêne", "Fraxinus", "excelsior", ("", "'Westhof's Glorie'"), 25, 2.6, 320),
    "frene_oxyphylle": Species("Frêne", "Fraxinus", "angustifolia", ("", "'Raywood'"), 18, 2.4, 260),
    "sophora": Species("Sophora", "Styphnolobium", "japonicum", ("",), 18, 2.6, 300),
    "charme": Species("Charme", "Carpinus", "betulus", ("", "'Fastigiata'"), 15, 1.8, 220),
    "cerisier": Species("Cerisier à fleurs", "Prunus", "serrulata", ("'Kanzan'", "'Amanogawa'", ""), 8, 1.6, 150),
    "poirier": Species("Poirier à fleurs", "Pyrus", "calleryana", ("'Chanticleer'",), 12, 1.8, 160),
    "micocoulier": Species("Micocoulier", "Celtis", "australis", ("",), 20, 2.4, 300),
    "chene": Species("Chêne", "Quercus", "robur", ("", "'Fastigiata'"), 25, 2.2, 350),
    "orme": Species("Orme", "Ulmus", "x hollandica", ("'Lobel'",), 20, 2.4, 260),
    "fevier": Species("Févier d'Amérique", "Gleditsia", "triacanthos", ("", "'Skyline'"), 18, 2.4, 250),
    "ginkgo": Species("Arbre aux quarante écus", "Ginkgo", "biloba", ("", "'Fastigiata'"), 18, 1.8, 250),
    "paulownia": Species("Paulownia", "Paulownia", "tomentosa", ("",), 15, 3.0, 280),
    "savonnier": Species("Savonnier", "Koelreuteria", "paniculata", ("",), 10, 1.8, 160),
    "aulne": Species("Aulne", "Alnus", "cordata", ("",), 18, 2.5, 220),
    "pin": Species("Pin", "Pinus", "nigra", ("",), 20, 2.0, 260),
    "bouleau": Species("Bouleau", "Betula", "pendula", ("",), 18, 2.0, 200),
    "noisetier": Species("Noisetier de Byzance", "Corylus", "colurna", ("",), 16, 1.8, 200),
    "copalme": Species("Copalme d'Amérique", "Liquidambar", "styraciflua", ("",), 18, 2.0, 220),
    "magnolia": Species("Magnolia", "Magnolia", "grandiflora", ("",), 12, 1.6, 180),
    "cedre": Species("Cèdre", "Cedrus", "atlantica", ("",), 25, 2.6, 380),
    "if": Species("If", "Taxus", "baccata", ("",), 10, 1.2, 180),
}

# Species planted in rows along streets, with their share of the streets.
ALIGNMENT_SPECIES = {
    "platane": 14, "tilleul_cordata": 8, "tilleul_tomentosa": 6, "tilleul_europaea": 4,
    "marronnier": 9, "marronnier_rouge": 3, "erable_plane": 7, "erable_sycomore": 3,
    "erable_champetre": 3, "frene": 3, "frene_oxyphylle": 3, "sophora": 7, "charme": 5,
    "cerisier": 5, "poirier": 4, "micocoulier": 4, "orme": 2, "fevier": 3, "ginkgo": 2,
    "noisetier": 2, "copalme": 2,
}
PARK_SPECIES = {
    "platane": 4, "tilleul_europaea": 4, "marronnier": 5, "erable_sycomore": 4, "chene": 5,
    "charme": 4, "cerisier": 3, "bouleau": 4, "pin": 3, "cedre": 2, "paulownia": 2,
    "savonnier": 2, "aulne": 3, "magnolia": 2, "ginkgo": 2, "if": 2, "frene": 3,
}

# Green spaces: (domanialite, name used as address, centre as (lat, lon), radius in m, trees).
GREEN_SPACES = [
    ("Jardin", "PARC DU COTEAU", (48.8290, 2.2560), 140, 220),
    ("Jardin", "SQUARE DES ACACIAS", (48.8215, 2.2790), 60, 45),
    ("Jardin", "JARDIN DE LA MAIRIE", (48.8255, 2.2680), 50, 35),
    ("Jardin", "PROMENADE DE LA BELLE-RIVE", (48.8320, 2.2760), 90, 90),
    ("Cimetière", "CIMETIÈRE COMMUNAL", (48.8185, 2.2520), 110, 120),
    ("École", "GROUPE SCOLAIRE JULES-FERRY", (48.8240, 2.2600), 40, 25),
    ("École", "ÉCOLE MATERNELLE LES TILLEULS", (48.8300, 2.2850), 35, 18),
    ("École", "COLLÈGE MARIE-CURIE", (48.8195, 2.2740), 45, 30),
]

PARK_COMPLEMENTS = ["", "", "", "Allée centrale", "Pelouse nord", "Près de l'entrée", "Aire de jeux"]


def _weighted_choice(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[key] for key in keys])[0]


def _growth(rng: random.Random, species: Species, year: int) -> tuple[int, int, str]:
    """Return (circumference in cm, height in m, development stage) for a planting year."""
    age = REFERENCE_YEAR - year

    # Nursery trees are planted at about 20 cm of circumference and 3 m of height.
    circumference = 20 + species.circumference_cm_per_year * age * rng.uniform(0.8, 1.2)
    circumference = min(circumference, species.max_circumference_cm * rng.uniform(0.9, 1.05))
    height = 3 + (species.max_height_m - 3) * age / (age + 25) * rng.uniform(0.85, 1.1)

    if age < 10:
        stage = "Jeune (arbre)"
    elif age < 20:
        stage = "Jeune (arbre)Adulte"
    elif age < 80:
        stage = "Adulte"
    else:
        stage = "Mature"
    return int(round(circumference)), max(2, int(round(height))), stage


def _cohort_year(rng: random.Random, street_name: str) -> int:
    """Return the year a street's row of trees was planted: old avenues, newer lanes."""
    if street_name.startswith(("boulevard", "avenue", "quai")):
        return rng.randint(1900, 1965)
    if street_name.startswith(("allée", "sentier", "chemin")):
        return rng.randint(1970, 2018)
    return rng.randint(1945, 2015)


def _tree_row(rng: random.Random, species_key: str, year: int, domanialite: str,
              adresse: str, complement: str, lat: float, lon: float) -> dict:
    species = SPECIES[species_key]
    circumference, height, stage = _growth(rng, species, year)
    remarkable = REFERENCE_YEAR - year >= 100 and circumference >= 250 and rng.random() < 0.3
    return {
        "type_emplacement": "Arbre",
        "domanialite": domanialite,
        "adresse": adresse,
        "complement_adresse": complement,
        "code_insee": CITY["insee"],
        "libelle_francais": species.libelle,
        "genre": species.genre,
        "espece": species.espece,
        "variete": rng.choice(species.varietes),
        "circonference_cm": circumference,
        "hauteur_m": height,
        "stade_developpement": stage,
        "annee_plantation": year,
        "remarquable": "OUI" if remarkable else "NON",
        "latitude": lat,
        "longitude": lon,
    }


def _street_trees(rng: random.Random) -> list[dict]:
    """Plant rows of trees along most streets, both sides, every 9 to 12 m."""
    rows = []
    for street in STREETS:
        if street.name.startswith(("place", "impasse")) or rng.random() < 0.25:
            continue
        main_species = _weighted_choice(rng, ALIGNMENT_SPECIES)
        cohort = _cohort_year(rng, street.name)
        spacing = rng.uniform(9, 12)
        both_sides = street.length_m > 250 and rng.random() < 0.8

        for side in ((1, -1) if both_sides else (1,)):
            distance = rng.uniform(3, 8)
            while distance < street.length_m:
                if rng.random() >= 0.06:  # about 6% of the pits are empty
                    fraction = distance / street.length_m
                    lat, lon = street.point_at(fraction, side_offset_m=6.0 * side)
                    species_key, year = main_species, cohort
                    if rng.random() < 0.15:
                        # A replacement planted after the original tree died.
                        year = rng.randint(min(cohort + 10, 2024), 2024)
                        if rng.random() < 0.4:
                            species_key = _weighted_choice(rng, ALIGNMENT_SPECIES)
                    number = 2 * (street.house_number(fraction) // 2) + (1 if side == 1 else 2)
                    adresse = f"{number} {street.name}".upper()
                    complement = f"face au {number}" if rng.random() < 0.05 else ""
                    rows.append(_tree_row(rng, species_key, year, "Alignement", adresse, complement, lat, lon))
                distance += spacing
    return rows


def _green_space_trees(rng: random.Random) -> list[dict]:
    """Scatter mixed-species trees over each green space, in a disc around its centre."""
    rows = []
    for domanialite, name, (center_lat, center_lon), radius_m, count in GREEN_SPACES:
        for _ in range(count):
            # Rejection sampling in the square gives a uniform point in the disc.
            while True:
                north, east = rng.uniform(-1, 1), rng.uniform(-1, 1)
                if north * north + east * east <= 1:
                    break
            lat = center_lat + north * radius_m / METRES_PER_DEGREE_LAT
            lon = center_lon + east * radius_m / METRES_PER_DEGREE_LON
            species_key = _weighted_choice(rng, PARK_SPECIES)
            year = rng.randint(1900, 2024) if rng.random() < 0.5 else rng.randint(1970, 2024)
            complement = rng.choice(PARK_COMPLEMENTS)
            rows.append(_tree_row(rng, species_key, year, domanialite, name, complement, lat, lon))
    return rows


def generate_trees() -> list[dict]:
    """Return every tree as a dict with the columns of ``COLUMNS`` plus latitude/longitude."""
    rng = random.Random(TREES_SEED)
    trees = _street_trees(rng) + _green_space_trees(rng)

    identifier = 101_000
    for tree in trees:
        identifier += rng.randint(1, 4)
        tree["idbase"] = identifier
        tree["geo_shape"] = geo_shape(tree["latitude"], tree["longitude"])
        tree["geo_point_2d"] = geo_point_2d(tree["latitude"], tree["longitude"])
    return trees


def geo_shape(lat: float, lon: float) -> str:
    """Return a point as OpenDataSoft writes ``geo_shape``: GeoJSON text, longitude first."""
    return json.dumps({"coordinates": [lon, lat], "type": "Point"})


def geo_point_2d(lat: float, lon: float) -> str:
    """Return a point as OpenDataSoft writes ``geo_point_2d``: ``"lat, lon"``."""
    return f"{lat}, {lon}"


def tree_table(trees: list[dict]) -> list[list]:
    """Return the rows of ``trees`` as lists in ``COLUMNS`` order."""
    return [[tree[column] for column in COLUMNS] for tree in trees]
