"""Rivebelle, the fictional city every sample dataset describes.

Rivebelle sits just south-west of Paris, in the Hauts-de-Seine. It does not exist, so
its INSEE code (92999) and postcode (92990) are made up, and all its streets are
invented. ``CITY`` contains what other modules need: names, codes, the bounding box as
``(min_lon, min_lat, max_lon, max_lat)`` in WGS84 degrees, and the centre as
``(lat, lon)``.

Street geometry is computed from a fixed seed with additions, multiplications and
square roots only, because those give the same floats on every IEEE 754 platform; sine
and cosine from the C library may differ in the last digit between systems, which
would break the byte-identical regeneration of the sample files.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

CITY = {
    "name": "Rivebelle",
    "insee": "92999",
    "postcode": "92990",
    "departement": "Hauts-de-Seine",
    "bbox": (2.245, 48.815, 2.290, 48.835),
    "center": (48.825, 2.2675),
}

# Metres per degree at the city's latitude (48.825° N), fixed so no trigonometry runs.
METRES_PER_DEGREE_LAT = 111_200.0
METRES_PER_DEGREE_LON = 73_250.0

# Streets keep this far (degrees, about 50 m) from the box edge, so trees and points
# placed a few metres beside a street stay inside the city.
EDGE_MARGIN = 0.0007

STREET_SEED = 9_299_901

STREET_NAMES = [
    "rue de la République", "avenue du Général-Leclerc", "boulevard de la Seine",
    "rue Victor-Hugo", "avenue Jean-Jaurès", "rue des Lilas", "rue du Moulin",
    "allée des Tilleuls", "place de la Mairie", "rue de l'Église", "rue Pasteur",
    "avenue de la Gare", "rue des Écoles", "boulevard des Coteaux", "rue du Château",
    "rue des Jardins", "rue de la Fontaine", "avenue des Marronniers", "rue Voltaire",
    "rue Émile-Zola", "rue des Vignes", "rue du Marché", "place du Marché",
    "rue des Acacias", "allée des Peupliers", "rue de Sèvres", "avenue de Meudon",
    "rue de Clamart", "rue du Parc", "avenue du Bois", "rue des Rosiers",
    "rue de la Paix", "rue Molière", "rue Jean-Moulin", "rue Gambetta",
    "avenue Pierre-Brossolette", "rue Anatole-France", "rue Condorcet",
    "rue des Glycines", "allée des Érables", "rue de la Source", "rue des Prés",
    "rue du Coteau", "chemin des Vignerons", "rue de la Croix-Blanche",
    "rue des Charmilles", "rue Saint-Roch", "rue des Peupliers", "rue de Verdun",
    "avenue de la Libération", "rue du 8-Mai-1945", "rue du 11-Novembre",
    "rue Paul-Bert", "rue Jules-Ferry", "rue Marcelin-Berthelot",
    "rue Louise-Michel", "rue Olympe-de-Gouges", "rue Marie-Curie",
    "rue George-Sand", "place de la Liberté", "place des Tilleuls", "rue des Bleuets",
    "rue des Coquelicots", "rue du Lavoir", "rue de la Forge", "rue des Tanneurs",
    "rue de l'Abreuvoir", "allée du Belvédère", "avenue des Sablons", "rue des Hêtres",
    "rue de la Belle-Rive", "quai de Rivebelle", "rue des Mariniers", "rue du Port",
    "impasse des Saules", "rue des Saules", "rue de Bellevue", "avenue du Stade",
    "rue Jean-Baptiste-Clément", "rue Berlioz", "rue Debussy", "sentier des Merisiers",
]


@dataclass(frozen=True)
class Street:
    """A street drawn as a straight segment between two WGS84 points."""

    name: str
    start: tuple[float, float]  # (lat, lon)
    end: tuple[float, float]  # (lat, lon)
    length_m: float

    def point_at(self, fraction: float, side_offset_m: float = 0.0) -> tuple[float, float]:
        """Return (lat, lon) at ``fraction`` of the way along, ``side_offset_m`` to the left."""
        lat = self.start[0] + (self.end[0] - self.start[0]) * fraction
        lon = self.start[1] + (self.end[1] - self.start[1]) * fraction
        if side_offset_m:
            # Unit normal in metres, then back to degrees.
            north = (self.end[0] - self.start[0]) * METRES_PER_DEGREE_LAT
            east = (self.end[1] - self.start[1]) * METRES_PER_DEGREE_LON
            lat += east / self.length_m * side_offset_m / METRES_PER_DEGREE_LAT
            lon -= north / self.length_m * side_offset_m / METRES_PER_DEGREE_LON
        return lat, lon

    def house_number(self, fraction: float) -> int:
        """Return the house number near ``fraction`` (about one number per 8 m of street)."""
        return max(1, int(fraction * self.length_m / 8) + 1)


def _segment_length_m(start: tuple[float, float], end: tuple[float, float]) -> float:
    north = (end[0] - start[0]) * METRES_PER_DEGREE_LAT
    east = (end[1] - start[1]) * METRES_PER_DEGREE_LON
    return (north * north + east * east) ** 0.5


def _build_streets() -> list[Street]:
    """Draw every street from a fixed seed: 150 m to 1.2 km long, inside the box."""
    rng = random.Random(STREET_SEED)
    min_lon, min_lat, max_lon, max_lat = CITY["bbox"]
    low_lat, high_lat = min_lat + EDGE_MARGIN, max_lat - EDGE_MARGIN
    low_lon, high_lon = min_lon + EDGE_MARGIN, max_lon - EDGE_MARGIN

    streets = []
    for name in STREET_NAMES:
        short = name.startswith(("place", "impasse", "sentier", "allée"))
        target_length_m = rng.uniform(120, 300) if short else rng.uniform(350, 1200)
        start = (rng.uniform(low_lat, high_lat), rng.uniform(low_lon, high_lon))

        # A random direction as a unit vector, drawn without trigonometry.
        while True:
            north, east = rng.uniform(-1, 1), rng.uniform(-1, 1)
            norm = (north * north + east * east) ** 0.5
            if 0.2 < norm <= 1:
                break
        end = (
            start[0] + north / norm * target_length_m / METRES_PER_DEGREE_LAT,
            start[1] + east / norm * target_length_m / METRES_PER_DEGREE_LON,
        )
        end = (min(max(end[0], low_lat), high_lat), min(max(end[1], low_lon), high_lon))

        length = _segment_length_m(start, end)
        if length < 80:
            # Clipping at a corner left a stub: run the street the other way instead.
            end = (2 * start[0] - end[0], 2 * start[1] - end[1])
            end = (min(max(end[0], low_lat), high_lat), min(max(end[1], low_lon), high_lon))
            length = _segment_length_m(start, end)
        streets.append(Street(name, start, end, max(length, 1.0)))
    return streets


STREETS: list[Street] = _build_streets()


def street_named(name: str) -> Street:
    """Return the street called ``name`` (exact spelling of ``STREET_NAMES``)."""
    for street in STREETS:
        if street.name == name:
            return street
    raise KeyError(f"No street named {name!r} in Rivebelle.")


def address(street: Street, fraction: float) -> str:
    """Return a postal address line such as ``"12 rue des Lilas"``."""
    return f"{street.house_number(fraction)} {street.name}"


def inside(lat: float, lon: float) -> bool:
    """Return True when (lat, lon) lies inside the city's bounding box."""
    min_lon, min_lat, max_lon, max_lat = CITY["bbox"]
    return min_lat <= lat <= max_lat and min_lon <= lon <= max_lon
