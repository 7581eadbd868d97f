"""Cultural events of Rivebelle in 2026, as an Excel-France CSV export.

Excel in a French locale saves "CSV (séparateur : point-virgule)" in Windows-1252 with
CRLF line ends, decimal commas and day-first dates. Start dates fall on days 1 to 31,
so a reader that swaps day and month fails on the days above 12.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from .places import generate_places
from .writers import french_number

EVENTS_SEED = 2026_0001
EVENTS_YEAR = 2026
EVENT_COUNT = 150

EVENT_COLUMNS = [
    "Titre", "Catégorie", "Lieu", "Adresse", "Date de début", "Date de fin", "Horaire",
    "Tarif (€)", "Latitude", "Longitude", "Description",
]

# Category -> (venues, titles, descriptions, (min, max) length in days, price choices in euros).
CATEGORIES = {
    "Concert": (
        ["Théâtre de la Belle-Rive", "Conservatoire Claude-Debussy", "Kiosque à musique", "Salle des fêtes", "Centre culturel Jean-Moulin"],
        ["Concert du chœur de Rivebelle", "Jazz au kiosque", "Récital de piano", "Orchestre d’harmonie : concert de saison",
         "Musiques du monde", "Soirée chanson française", "Concert des élèves du conservatoire", "Quatuor à cordes"],
        ["Un programme varié, de Bach à Piazzolla.", "Venez écouter les musiciens de la ville, petits et grands.",
         "Buvette sur place ; les bénéfices vont à l’association des parents d’élèves."],
        (1, 1), [0, 0, 5, 8, 12.5, 15],
    ),
    "Théâtre": (
        ["Théâtre de la Belle-Rive", "Centre culturel Jean-Moulin", "Salle des fêtes"],
        ["« Le Malade imaginaire »", "Impro’ du jeudi", "« Les Fourberies de Scapin »", "Théâtre d’objets : la valise",
         "Cabaret d’été", "Lecture théâtralisée : « Cyrano »"],
        ["Par la troupe amateur de la Belle-Rive.", "Une pièce drôle et tendre, dès 10 ans.",
         "Réservation conseillée, placement libre."],
        (1, 3), [0, 8, 10, 12.5, 18, 22],
    ),
    "Exposition": (
        ["Galerie municipale du Coteau", "Médiathèque Louise-Michel", "Musée de la Batellerie", "Archives municipales"],
        ["Les bords de Seine en peinture", "Rivebelle d’hier et d’aujourd’hui", "Œuvres des élèves du conservatoire",
         "Carnets de voyage", "Photographies : les arbres de nos rues", "Les mariniers et leurs bateaux"],
        ["Vernissage le premier jour à 18h30.", "Entrée libre aux heures d’ouverture.",
         "Visites guidées le samedi à 15h, sur réservation."],
        (14, 60), [0, 0, 0, 3, 4.5],
    ),
    "Cinéma": (
        ["Cinéma Le Rivebelle", "Médiathèque Louise-Michel"],
        ["Ciné-club : le cinéma muet", "Ciné-goûter", "Nuit du court métrage", "Avant-première surprise",
         "Cycle documentaire : la Seine"],
        ["Projection suivie d’un échange avec l’équipe.", "Goûter offert après la séance.",
         "Séance en version originale sous-titrée."],
        (1, 1), [0, 4, 5.5, 6.5, 7.8],
    ),
    "Conférence": (
        ["Médiathèque Louise-Michel", "Archives municipales", "Maison des associations", "Centre culturel Jean-Moulin"],
        ["Conférence : l’histoire des mariniers", "Les arbres de nos rues", "Café-philo", "La Seine, un fleuve à protéger",
         "Données ouvertes : que publie la ville ?"],
        ["Entrée libre dans la limite des places disponibles.", "Conférence suivie d’un débat.",
         "Animée par une historienne de l’association Rivebelle Patrimoine."],
        (1, 1), [0, 0, 0, 3],
    ),
    "Atelier": (
        ["Médiathèque Louise-Michel", "Maison des associations", "Ludothèque La Toupie", "Centre culturel Jean-Moulin"],
        ["Atelier numérique : créer sa carte en ligne", "Atelier pâtisserie : les choux", "Réparer son vélo",
         "Atelier d’écriture", "Fabrication de nichoirs", "Initiation à l’œnologie", "Tricot-thé"],
        ["Sur inscription, matériel fourni.", "Dès 8 ans, accompagné d’un adulte.",
         "Pensez à apporter votre ordinateur portable."],
        (1, 1), [0, 0, 5, 10, 15, 25],
    ),
    "Jeune public": (
        ["Médiathèque Louise-Michel", "Ludothèque La Toupie", "Théâtre de la Belle-Rive", "Conservatoire Claude-Debussy"],
        ["Heure du conte", "Spectacle de marionnettes", "Éveil musical", "Après-midi jeux de société", "Ciné-mômes"],
        ["Pour les 3-6 ans.", "Pour toute la famille, dès 4 ans.", "Durée : 45 minutes."],
        (1, 1), [0, 0, 4, 6],
    ),
    "Sport": (
        ["Stade municipal Pierre-Brossolette", "Piscine des Sablons", "Gymnase Jean-Jaurès", "Base nautique", "Tennis club municipal"],
        ["Course des Coteaux (10 km)", "Tournoi de tennis de printemps", "Fête du sport", "Nage en famille",
         "Initiation à l’aviron", "Match de handball : Rivebelle reçoit"],
        ["Inscriptions sur place à partir de 8h.", "Ouvert à tous, certificat médical non exigé.",
         "Buvette et restauration sur place."],
        (1, 2), [0, 0, 5, 8, 12],
    ),
}

# Yearly events on fixed dates: (title, category, venue, start, end, hours, price, description).
FIXED_EVENTS = [
    ("Fête de la musique", "Concert", "Kiosque à musique", date(2026, 6, 21), date(2026, 6, 21), "18h-minuit", 0,
     "Scènes ouvertes dans toute la ville : chorales, rock, musiques du monde."),
    ("Bal du 14 Juillet", "Concert", "Salle des fêtes", date(2026, 7, 14), date(2026, 7, 14), "21h", 0,
     "Bal populaire puis feu d’artifice sur les quais à 23h."),
    ("Forum des associations", "Conférence", "Maison des associations", date(2026, 9, 5), date(2026, 9, 5), "10h-18h", 0,
     "Plus de 80 associations présentent leurs activités ; inscriptions sur place."),
    ("Journées européennes du patrimoine", "Exposition", "Archives municipales", date(2026, 9, 19), date(2026, 9, 20),
     "10h-18h", 0, "Visites guidées de l’hôtel de ville et des archives, ouverture exceptionnelle des réserves."),
    ("Marché de Noël", "Atelier", "Salle des fêtes", date(2026, 12, 11), date(2026, 12, 20), "10h-19h", 0,
     "Artisans, vin chaud et ateliers de décoration pour les enfants."),
    ("Galette des rois des aînés", "Concert", "Salle des fêtes", date(2026, 1, 10), date(2026, 1, 10), "14h30", 0,
     "Après-midi dansant offert aux Rivebellois de plus de 65 ans, sur inscription."),
]

HOURS = ["10h-12h", "14h-17h", "14h30", "15h", "16h", "18h30", "19h", "20h", "20h30", "20h45"]


def _price(value: float) -> str:
    return "0" if value == 0 else french_number(value, 2)


def generate_events() -> list[dict]:
    """Return the events of 2026 sorted by start date, keyed by ``EVENT_COLUMNS``."""
    rng = random.Random(EVENTS_SEED)
    venues = {place["Nom"]: place for place in generate_places()}
    first_day, last_day = date(EVENTS_YEAR, 1, 1), date(EVENTS_YEAR, 12, 31)

    drafts = list(FIXED_EVENTS)
    categories = list(CATEGORIES)
    while len(drafts) < EVENT_COUNT:
        category = rng.choice(categories)
        venue_names, titles, descriptions, (min_days, max_days), prices = CATEGORIES[category]
        start = first_day + timedelta(days=rng.randint(0, 364))
        end = min(start + timedelta(days=rng.randint(min_days, max_days) - 1), last_day)
        hours = "aux heures d’ouverture" if category == "Exposition" else rng.choice(HOURS)
        drafts.append((rng.choice(titles), category, rng.choice(venue_names), start, end, hours,
                       rng.choice(prices), rng.choice(descriptions)))

    drafts.sort(key=lambda draft: (draft[3], draft[0]))
    events = []
    for title, category, venue_name, start, end, hours, price, description in drafts:
        venue = venues[venue_name]
        if price:
            description = f"{description} Tarif réduit : {_price(price / 2)} €."
        events.append({
            "Titre": title,
            "Catégorie": category,
            "Lieu": venue_name,
            "Adresse": f"{venue['Adresse']}, {venue['Code postal']} {venue['Ville']}",
            "Date de début": start.strftime("%d/%m/%Y"),
            "Date de fin": end.strftime("%d/%m/%Y"),
            "Horaire": hours,
            "Tarif (€)": _price(price),
            "Latitude": french_number(venue["Latitude"], 4),
            "Longitude": french_number(venue["Longitude"], 4),
            "Description": description,
        })
    return events
