"""The local catalog: metadata of every sample dataset, as a French open-data portal shows it.

Entries with ``files`` describe the generated samples. Entries marked ``"example": true``
describe datasets of other publishers so that searching the catalog finds more than the
city's own data; their facts are plausible inventions, not statements about real
datasets, and their web addresses use the reserved ``.example`` domain.

Field conventions: ``licence`` is a portal licence id (``lov2`` Licence Ouverte 2.0,
``odc-odbl`` Open Database License, ``cc-by`` Creative Commons Attribution);
``update_frequency`` uses the EU frequency vocabulary in lower case; ``theme`` is an EU
data theme code (``ENVI``, ``EDUC``...).
"""

from __future__ import annotations

from .city import CITY

PORTAL_URL = "https://data.rivebelle.example"
PUBLISHER = "Ville de Rivebelle"

CATALOG_INFO = {
    "title": "Données ouvertes de la Ville de Rivebelle",
    "title_en": "City of Rivebelle open data",
    "description": "Catalogue local des jeux de données de l'atelier : données de la ville fictive "
                   "de Rivebelle et exemples d'autres producteurs.",
    "description_en": "Local catalog of the workshop datasets: data of the fictional city of "
                      "Rivebelle and examples from other publishers.",
    "publisher": PUBLISHER,
    "homepage": PORTAL_URL,
    "language": "fr",
}

# Fields every catalog entry has; local entries also have ``files`` and ``records``.
REQUIRED_FIELDS = (
    "id", "title", "description", "title_en", "description_en", "publisher", "licence",
    "update_frequency", "keywords", "theme", "spatial", "temporal", "modified", "formats",
    "records", "page_url",
)

CITY_SPATIAL = {"name": CITY["name"], "insee": CITY["insee"], "bbox": list(CITY["bbox"])}


def _local(dataset_id, title, title_en, description, description_en, licence, frequency,
           keywords, theme, temporal, modified, files, exercise=False) -> dict:
    entry = {
        "id": dataset_id,
        "title": title,
        "description": description,
        "title_en": title_en,
        "description_en": description_en,
        "publisher": PUBLISHER,
        "licence": licence,
        "update_frequency": frequency,
        "keywords": keywords,
        "theme": theme,
        "spatial": dict(CITY_SPATIAL),
        "temporal": temporal,
        "modified": modified,
        "formats": sorted({file["format"] for file in files}, key=[file["format"] for file in files].index),
        "records": None,
        "files": files,
        "page_url": f"{PORTAL_URL}/explore/dataset/{dataset_id}",
    }
    if exercise:
        entry["exercise"] = True
    return entry


LOCAL_DATASETS = [
    _local(
        "rivebelle-arbres", "Arbres d'alignement et des espaces verts", "Street and park trees",
        "Inventaire des arbres gérés par la ville : espèce, genre, hauteur, circonférence, "
        "année de plantation et position de chaque arbre. Export au format OpenDataSoft.",
        "Inventory of the trees the city manages: species, genus, height, circumference, "
        "planting year and position of each tree. OpenDataSoft export format.",
        "odc-odbl", "monthly", ["arbres", "patrimoine arboré", "espaces verts", "environnement"], "ENVI",
        {"start": "1900-01-01", "end": "2025-12-31"}, "2025-11-03",
        [{"path": "arbres.csv", "format": "CSV", "encoding": "utf-8-sig"}],
    ),
    _local(
        "rivebelle-lieux", "Lieux et équipements de la ville", "Places and public facilities",
        "Commerces, écoles, défibrillateurs, toilettes publiques, bureaux de vote, "
        "stationnements vélo, lieux culturels et sportifs, avec adresse et coordonnées.",
        "Shops, schools, defibrillators, public toilets, polling stations, bike parkings, "
        "culture and sport venues, with address and coordinates.",
        "lov2", "monthly", ["équipements", "commerces", "écoles", "défibrillateurs", "points d'intérêt"], "REGI",
        {"start": "2025-01-01", "end": "2025-12-31"}, "2025-01-15",
        [{"path": "lieux.xlsx", "format": "XLSX", "encoding": None},
         {"path": "lieux.citadel.json", "format": "JSON", "encoding": "utf-8"}],
    ),
    _local(
        "rivebelle-parkings", "Parkings publics", "Public car parks",
        "Parkings de la ville : capacité, places PMR, tarif horaire, hauteur maximale, type "
        "et gestionnaire. GeoJSON en Lambert-93 (EPSG:2154).",
        "The city's car parks: capacity, accessible spaces, hourly rate, maximum height, type "
        "and operator. GeoJSON in Lambert-93 (EPSG:2154).",
        "lov2", "annual", ["stationnement", "parkings", "mobilité", "PMR"], "TRAN",
        {"start": "2025-01-01", "end": "2025-12-31"}, "2025-03-10",
        [{"path": "parkings_lambert93.geojson", "format": "GeoJSON", "encoding": "utf-8"}],
    ),
    _local(
        "rivebelle-evenements", "Agenda culturel 2026", "Cultural events 2026",
        "Concerts, spectacles, expositions, ateliers et rencontres sportives de l'année 2026, "
        "avec lieu, dates, horaire et tarif. Export Excel (CSV point-virgule).",
        "Concerts, shows, exhibitions, workshops and sports events of 2026, with venue, dates, "
        "time and price. Excel export (semicolon CSV).",
        "lov2", "weekly", ["culture", "agenda", "événements", "loisirs"], "EDUC",
        {"start": "2026-01-01", "end": "2026-12-31"}, "2025-12-01",
        [{"path": "evenements.csv", "format": "CSV", "encoding": "cp1252"}],
    ),
    _local(
        "rivebelle-budget-2025", "Budget primitif 2025", "Primary budget 2025",
        "Budget primitif 2025 de la ville par section, sens, chapitre, nature et fonction "
        "(nomenclature comptable M57). Montants en euros.",
        "The city's 2025 primary budget by section, direction, chapter, nature and function "
        "(M57 accounting nomenclature). Amounts in euros.",
        "lov2", "annual", ["budget", "finances publiques", "comptabilité", "M57"], "GOVE",
        {"start": "2025-01-01", "end": "2025-12-31"}, "2025-04-02",
        [{"path": "budget_2025.csv", "format": "CSV", "encoding": "cp1252"}],
    ),
    _local(
        "rivebelle-exercice-lieux-a-nettoyer", "Exercice : lieux à nettoyer", "Exercise: places to clean",
        "Copie d'exercice des lieux, avec des défauts volontaires : doublons, adresses "
        "manquantes, coordonnées inversées et données personnelles à retirer.",
        "Exercise copy of the places, with deliberate flaws: duplicates, missing addresses, "
        "swapped coordinates and personal data to remove.",
        "lov2", "irregular", ["exercice", "nettoyage", "qualité des données", "données personnelles"], "REGI",
        {"start": "2025-01-01", "end": "2025-12-31"}, "2025-01-15",
        [{"path": "exercices/lieux_a_nettoyer.csv", "format": "CSV", "encoding": "cp1252"}],
        exercise=True,
    ),
    _local(
        "rivebelle-exercice-arbres-a-nettoyer", "Exercice : arbres à nettoyer", "Exercise: trees to clean",
        "Copie d'exercice des arbres, avec des défauts volontaires : hauteurs à 0, doublons, "
        "valeurs entourées d'espaces et positions manquantes.",
        "Exercise copy of the trees, with deliberate flaws: zero heights, duplicates, values "
        "padded with spaces and missing positions.",
        "odc-odbl", "irregular", ["exercice", "nettoyage", "arbres", "qualité des données"], "ENVI",
        {"start": "1900-01-01", "end": "2025-12-31"}, "2025-11-03",
        [{"path": "exercices/arbres_a_nettoyer.csv", "format": "CSV", "encoding": "utf-8-sig"}],
        exercise=True,
    ),
]


def _example(dataset_id, title, title_en, description, description_en, publisher, licence, frequency,
             keywords, theme, spatial, temporal, modified, formats, records, portal, host) -> dict:
    return {
        "id": dataset_id,
        "title": title,
        "description": description,
        "title_en": title_en,
        "description_en": description_en,
        "publisher": publisher,
        "licence": licence,
        "update_frequency": frequency,
        "keywords": keywords,
        "theme": theme,
        "spatial": spatial,
        "temporal": temporal,
        "modified": modified,
        "formats": formats,
        "records": records,
        "page_url": f"https://{host}/datasets/{dataset_id}",
        "source": {"portal": portal, "id": dataset_id},
        "example": True,
    }


FRANCE = {"name": "France", "insee": None, "bbox": [-5.2, 41.3, 9.6, 51.1]}
ILE_DE_FRANCE = {"name": "Île-de-France", "insee": "11", "bbox": [1.44, 48.12, 3.56, 49.24]}
HAUTS_DE_SEINE = {"name": "Hauts-de-Seine", "insee": "92", "bbox": [2.14, 48.73, 2.34, 48.95]}
PARIS = {"name": "Paris", "insee": "75056", "bbox": [2.224, 48.815, 2.470, 48.902]}

EXAMPLE_DATASETS = [
    _example("irve-bornes-recharge", "Bornes de recharge pour véhicules électriques (IRVE)",
             "Electric vehicle charging points (IRVE)",
             "Fichier consolidé des points de recharge publics, au schéma IRVE statique.",
             "Consolidated file of public charging points, in the static IRVE schema.",
             "Plateforme nationale des données ouvertes", "lov2", "daily",
             ["IRVE", "mobilité électrique", "bornes de recharge", "transport"], "TRAN", FRANCE,
             {"start": "2014-01-01", "end": "2026-11-30"}, "2026-11-30", ["CSV", "GeoJSON"], 152_400,
             "udata", "www.data.gouv.example"),
    _example("base-adresse-nationale-92", "Base Adresse Nationale - Hauts-de-Seine",
             "National Address Base - Hauts-de-Seine",
             "Adresses géolocalisées des communes des Hauts-de-Seine, un fichier par département.",
             "Geolocated addresses of the communes of Hauts-de-Seine, one file per département.",
             "Base Adresse Nationale", "lov2", "weekly",
             ["adresses", "BAN", "géocodage", "référentiel"], "REGI", HAUTS_DE_SEINE,
             {"start": "2020-01-01", "end": "2026-11-27"}, "2026-11-27", ["CSV"], 386_000,
             "udata", "www.data.gouv.example"),
    _example("insee-population-communes-2021", "Population municipale des communes 2021",
             "Municipal population of communes 2021",
             "Population municipale légale de chaque commune au 1er janvier 2021.",
             "Legal municipal population of each commune on 1 January 2021.",
             "Institut national de la statistique et des études économiques (INSEE)", "lov2", "annual",
             ["population", "recensement", "communes", "démographie"], "SOCI", FRANCE,
             {"start": "2021-01-01", "end": "2021-12-31"}, "2024-01-04", ["CSV", "XLSX"], 34_995,
             "udata", "www.data.gouv.example"),
    _example("paris-les-arbres", "Les arbres de Paris", "Trees of Paris",
             "Arbres d'alignement, des parcs et des cimetières gérés par la Ville de Paris.",
             "Street, park and cemetery trees managed by the City of Paris.",
             "Ville de Paris", "odc-odbl", "weekly",
             ["arbres", "patrimoine arboré", "espaces verts"], "ENVI", PARIS,
             {"start": "1700-01-01", "end": "2026-11-29"}, "2026-11-29", ["CSV", "GeoJSON", "JSON"], 208_000,
             "ods", "opendata.paris.example"),
    _example("amenagements-cyclables-idf", "Aménagements cyclables d'Île-de-France",
             "Cycle paths of Île-de-France",
             "Pistes et bandes cyclables, voies vertes et double-sens cyclables de la région.",
             "Cycle tracks and lanes, greenways and contraflow lanes of the region.",
             "Région Île-de-France", "odc-odbl", "quarterly",
             ["vélo", "pistes cyclables", "mobilité douce"], "TRAN", ILE_DE_FRANCE,
             {"start": "2019-01-01", "end": "2026-09-30"}, "2026-10-02", ["GeoJSON", "SHP"], 41_300,
             "ods", "data.iledefrance.example"),
    _example("etablissements-scolaires-92", "Établissements scolaires des Hauts-de-Seine",
             "Schools of Hauts-de-Seine",
             "Écoles, collèges et lycées publics et privés du département, avec adresse et effectifs.",
             "Public and private primary and secondary schools of the département, with address and pupils.",
             "Département des Hauts-de-Seine", "lov2", "annual",
             ["écoles", "collèges", "lycées", "éducation"], "EDUC", HAUTS_DE_SEINE,
             {"start": "2020-09-01", "end": "2021-07-06"}, "2021-09-15", ["CSV", "XLSX"], 1_060,
             "ods", "opendata.hauts-de-seine.example"),
    _example("defibrillateurs-geodae", "Défibrillateurs automatisés externes (base nationale)",
             "Automated external defibrillators (national base)",
             "Emplacements déclarés des défibrillateurs accessibles au public, avec horaires d'accès.",
             "Declared locations of publicly accessible defibrillators, with access hours.",
             "Ministère chargé de la santé", "lov2", "daily",
             ["défibrillateurs", "DAE", "santé", "secours"], "HEAL", FRANCE,
             {"start": "2020-01-01", "end": "2026-12-01"}, "2026-12-01", ["CSV", "JSON"], 98_700,
             "udata", "www.data.gouv.example"),
    _example("qualite-air-indice-atmo", "Indice de qualité de l'air (ATMO)", "Air quality index (ATMO)",
             "Indice ATMO quotidien par commune, de 1 (bon) à 6 (extrêmement mauvais).",
             "Daily ATMO index per commune, from 1 (good) to 6 (extremely poor).",
             "Association agréée de surveillance de la qualité de l'air", "cc-by", "daily",
             ["qualité de l'air", "pollution", "environnement", "santé"], "ENVI", ILE_DE_FRANCE,
             {"start": "2021-01-01", "end": "2026-12-03"}, "2026-12-03", ["CSV", "JSON"], 470_000,
             "ckan", "data.air-idf.example"),
    _example("horaires-transports-gtfs", "Horaires théoriques des transports en commun (GTFS)",
             "Scheduled public transport timetables (GTFS)",
             "Arrêts, lignes et horaires théoriques du réseau régional au format GTFS.",
             "Stops, routes and scheduled timetables of the regional network in GTFS.",
             "Autorité organisatrice des mobilités", "odc-odbl", "weekly",
             ["transport", "GTFS", "horaires", "bus", "train"], "TRAN", ILE_DE_FRANCE,
             {"start": "2026-11-01", "end": "2027-02-28"}, "2026-11-25", ["GTFS"], None,
             "udata", "www.data.gouv.example"),
    _example("marches-decouverts-paris", "Marchés découverts", "Open-air markets",
             "Marchés alimentaires de plein air : jours, horaires et nombre d'étals.",
             "Open-air food markets: days, opening hours and number of stalls.",
             "Ville de Paris", "odc-odbl", "irregular",
             ["marchés", "commerce", "alimentation"], "ECON", PARIS,
             {"start": "2018-01-01", "end": "2019-06-30"}, "2019-07-11", ["CSV", "GeoJSON"], 94,
             "ods", "opendata.paris.example"),
    _example("equipements-sportifs-res", "Recensement des équipements sportifs",
             "Census of sports facilities",
             "Équipements sportifs, espaces et sites de pratique, avec propriétaire et accessibilité.",
             "Sports facilities, spaces and practice sites, with owner and accessibility.",
             "Ministère chargé des sports", "lov2", "annual",
             ["sport", "équipements sportifs", "gymnases", "stades"], "EDUC", FRANCE,
             {"start": "2006-01-01", "end": "2025-12-31"}, "2025-06-18", ["CSV", "XLSX"], 330_000,
             "udata", "www.data.gouv.example"),
    _example("budget-primitif-ville-exemple", "Budget primitif 2024 d'une ville moyenne",
             "Primary budget 2024 of a mid-sized city",
             "Budget primitif par nature et par fonction, au format des balances comptables.",
             "Primary budget by nature and function, in the accounting balance format.",
             "Commune de Valmont-sur-Oise", "lov2", "annual",
             ["budget", "finances publiques", "comptabilité"], "GOVE",
             {"name": "Valmont-sur-Oise", "insee": None, "bbox": None},
             {"start": "2024-01-01", "end": "2024-12-31"}, "2024-04-20", ["CSV"], 1_180,
             "ckan", "opendata.valmont.example"),
]


def build_catalog(records: dict[str, int]) -> dict:
    """Return the whole catalog, with each local dataset's row count taken from ``records``."""
    datasets = []
    for entry in LOCAL_DATASETS:
        entry = dict(entry)
        entry["records"] = records[entry["id"]]
        datasets.append(entry)
    return {"catalog": CATALOG_INFO, "datasets": datasets + EXAMPLE_DATASETS}
