"""Car parks of Rivebelle as a QGIS GeoJSON export in Lambert-93 (EPSG:2154).

QGIS writes the legacy ``crs`` member and, for layers that were once multi-part,
``MultiPoint`` geometries holding a single point; three car parks keep that shape.
"""

from __future__ import annotations

import json
import random

from pyproj import Transformer

from .city import street_named

PARKINGS_SEED = 2025_0003
LAMBERT93_CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::2154"}}

# (name, street, type, operator). Types: souterrain (underground), surface, silo (multi-storey).
CAR_PARKS = [
    ("Parking de la Mairie", "place de la Mairie", "souterrain", "Ville de Rivebelle"),
    ("Parking du Marché", "place du Marché", "souterrain", "Rivebelle Stationnement (SPL)"),
    ("Parking de la Gare", "avenue de la Gare", "silo", "Parcs Rivebelle Gestion (concession)"),
    ("Parking Gare Nord", "avenue de la Gare", "surface", "Parcs Rivebelle Gestion (concession)"),
    ("Parking du Théâtre", "rue de la Belle-Rive", "souterrain", "Rivebelle Stationnement (SPL)"),
    ("Parking de la Piscine", "avenue des Sablons", "surface", "Ville de Rivebelle"),
    ("Parking du Stade", "avenue du Stade", "surface", "Ville de Rivebelle"),
    ("Parking des Coteaux", "boulevard des Coteaux", "silo", "Rivebelle Stationnement (SPL)"),
    ("Parking du Port", "rue du Port", "surface", "Ville de Rivebelle"),
    ("Parking du Quai", "quai de Rivebelle", "surface", "Ville de Rivebelle"),
    ("Parking République", "rue de la République", "souterrain", "Parcs Rivebelle Gestion (concession)"),
    ("Parking Victor-Hugo", "rue Victor-Hugo", "souterrain", "Rivebelle Stationnement (SPL)"),
    ("Parking du Cimetière", "rue de la Croix-Blanche", "surface", "Ville de Rivebelle"),
    ("Parking du Centre culturel", "rue Jean-Moulin", "surface", "Ville de Rivebelle"),
    ("Parking Leclerc", "avenue du Général-Leclerc", "silo", "Parcs Rivebelle Gestion (concession)"),
    ("Parking du Parc", "rue du Parc", "surface", "Ville de Rivebelle"),
    ("Parking de la Libération", "avenue de la Libération", "souterrain", "Rivebelle Stationnement (SPL)"),
    ("Parking Pasteur", "rue Pasteur", "surface", "Ville de Rivebelle"),
    ("Parking du Centre de santé", "rue Pasteur", "souterrain", "Ville de Rivebelle"),
    ("Parking du Gymnase", "avenue Jean-Jaurès", "surface", "Ville de Rivebelle"),
    ("Parking des Écoles", "rue des Écoles", "surface", "Ville de Rivebelle"),
    ("Parking de la Base nautique", "quai de Rivebelle", "surface", "Ville de Rivebelle"),
    ("Parking Gambetta", "rue Gambetta", "souterrain", "Parcs Rivebelle Gestion (concession)"),
    ("Parking du Lycée", "rue de la Belle-Rive", "surface", "Ville de Rivebelle"),
    ("Parking relais Meudon", "avenue de Meudon", "silo", "Île-de-France Mobilités"),
]

# Zero-based positions in CAR_PARKS written as a MultiPoint with one point.
MULTIPOINT_INDEXES = (2, 11, 19)


def _car_park_properties(rng: random.Random, name: str, address: str, kind: str, operator: str) -> dict:
    capacity = {"souterrain": rng.randint(180, 650), "silo": rng.randint(250, 800), "surface": rng.randint(25, 160)}[kind]
    free = operator == "Ville de Rivebelle" and kind == "surface" and rng.random() < 0.6
    return {
        "nom": name,
        "adresse": address,
        "capacite": capacity,
        # French rules require at least 2% of the spaces to be accessible (PMR).
        "places_pmr": max(1, -(-capacity * 2 // 100) + rng.randint(0, 3)),
        "tarif_horaire": 0.0 if free else rng.choice([1.2, 1.5, 1.8, 2.0, 2.2, 2.5, 3.0]),
        "hauteur_max_m": {"souterrain": 1.9, "silo": 2.1, "surface": None}[kind],
        "type": kind,
        "gestionnaire": operator,
    }


def generate_parkings() -> dict:
    """Return the car parks as a GeoJSON FeatureCollection in Lambert-93 metres.

    Coordinates are rounded to the centimetre, so that PROJ versions that differ in the
    last digits still write the same file.
    """
    rng = random.Random(PARKINGS_SEED)
    to_lambert93 = Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)

    features = []
    for index, (name, street_name, kind, operator) in enumerate(CAR_PARKS):
        street = street_named(street_name)
        fraction = rng.uniform(0.1, 0.9)
        lat, lon = street.point_at(fraction, side_offset_m=rng.choice((-20.0, 20.0)))
        x, y = to_lambert93.transform(lon, lat)
        point = [round(x, 2), round(y, 2)]
        geometry = ({"type": "MultiPoint", "coordinates": [point]} if index in MULTIPOINT_INDEXES
                    else {"type": "Point", "coordinates": point})

        address = f"{street.house_number(fraction)} {street.name}"
        properties = _car_park_properties(rng, name, address, kind, operator)
        features.append({"type": "Feature", "properties": properties, "geometry": geometry})

    return {
        "type": "FeatureCollection",
        "name": "parkings_lambert93",
        "crs": LAMBERT93_CRS,
        "features": features,
    }


def geojson_bytes(collection: dict) -> bytes:
    """Serialise as QGIS does: one feature per line, UTF-8, accents unescaped."""
    head = {key: value for key, value in collection.items() if key != "features"}
    lines = ["{"]
    for key, value in head.items():
        lines.append(f'"{key}": {json.dumps(value, ensure_ascii=False)},')
    lines.append('"features": [')
    features = [json.dumps(feature, ensure_ascii=False) for feature in collection["features"]]
    lines.append(",\n".join(features))
    lines.append("]")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")
