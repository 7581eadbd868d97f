"""Points of interest of Rivebelle, as the spreadsheet a city keeps of its places.

Each place is a dict with the spreadsheet's French column names (``PLACE_COLUMNS``).
Shops are invented from trade names and surnames; public buildings (schools, culture,
sport) are fixed lists, because the events dataset refers to the same venues.
Contacts are fictional: ``.example`` domains and 01 46 xx xx xx numbers.
"""

from __future__ import annotations

import random

from .city import CITY, STREETS, Street, street_named
from .people import LAST_NAMES, ascii_slug, service_phone

PLACES_SEED = 2025_0002

PLACE_COLUMNS = [
    "Nom", "Catégorie", "Description", "Adresse", "Code postal", "Ville", "Téléphone",
    "Site web", "Courriel", "Horaires", "Latitude", "Longitude",
]

CITY_EMAIL = "contact@rivebelle.example"
CITY_WEBSITE = "https://www.rivebelle.example"

# Trade -> (description, opening hours). Shop names are "<trade> <surname or place>".
TRADES = {
    "Boulangerie": ("Boulangerie-pâtisserie artisanale, pain au levain.", "du mardi au dimanche, 7h-20h"),
    "Boucherie": ("Boucherie-charcuterie, volailles fermières.", "du mardi au samedi, 8h30-13h et 16h-19h30"),
    "Pharmacie": ("Pharmacie, parapharmacie et orthopédie.", "du lundi au samedi, 9h-20h"),
    "Fleuriste": ("Fleurs coupées, plantes et compositions pour événements.", "du mardi au dimanche, 9h-19h30"),
    "Librairie": ("Librairie générale, rayon jeunesse et bandes dessinées.", "du mardi au samedi, 10h-19h"),
    "Épicerie": ("Épicerie fine et produits régionaux.", "du lundi au samedi, 9h-21h"),
    "Café": ("Café-brasserie, terrasse en été.", "tous les jours, 7h-23h"),
    "Restaurant": ("Restaurant de cuisine française, menu du jour le midi.", "du lundi au samedi, 12h-14h30 et 19h-22h30"),
    "Salon de coiffure": ("Coiffure femmes, hommes et enfants, sur rendez-vous.", "du mardi au samedi, 9h-19h"),
    "Opticien": ("Lunettes de vue et de soleil, examen de la vue.", "du mardi au samedi, 9h30-19h"),
    "Primeur": ("Fruits et légumes de saison, producteurs d'Île-de-France.", "du mardi au dimanche, 8h-20h"),
    "Fromagerie": ("Fromages affinés, crèmerie.", "du mardi au samedi, 9h-13h et 15h30-19h30"),
    "Caviste": ("Vins, bières artisanales et spiritueux.", "du mardi au samedi, 10h-20h"),
    "Pressing": ("Nettoyage à sec, blanchisserie, retouches.", "du lundi au samedi, 8h-19h"),
    "Quincaillerie": ("Quincaillerie, bricolage, double de clés.", "du mardi au samedi, 9h-12h30 et 14h-19h"),
    "Bureau de tabac": ("Tabac, presse, jeux et timbres.", "du lundi au samedi, 7h-20h"),
    "Supérette": ("Alimentation générale, ouvert tard.", "tous les jours, 8h-22h"),
    "Cordonnerie": ("Cordonnerie, reproduction de clés, gravure.", "du mardi au samedi, 9h-19h"),
    "Poissonnerie": ("Poissons et fruits de mer, arrivages quotidiens.", "du mardi au dimanche, 8h-13h"),
    "Pâtisserie": ("Pâtisseries, chocolats et glaces maison.", "du mercredi au dimanche, 8h-19h30"),
}
SHOP_SUFFIXES = ["du Marché", "de la Gare", "des Coteaux", "du Parc", "de la Mairie", "de la Belle-Rive", "du Port"]

# (category, name, street, description, opening hours). Street names must exist in city.py.
PUBLIC_PLACES = [
    ("École", "École maternelle Les Tilleuls", "allée des Tilleuls", "École maternelle publique, 6 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École maternelle Les Lilas", "rue des Lilas", "École maternelle publique, 5 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École maternelle Pasteur", "rue Pasteur", "École maternelle publique, 7 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École maternelle La Fontaine", "rue de la Fontaine", "École maternelle publique, 4 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École maternelle Les Bleuets", "rue des Bleuets", "École maternelle publique, 5 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École maternelle George-Sand", "rue George-Sand", "École maternelle publique, 6 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École maternelle du Parc", "rue du Parc", "École maternelle publique, 4 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École maternelle des Vignes", "rue des Vignes", "École maternelle publique, 5 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École élémentaire Jules-Ferry", "rue Jules-Ferry", "École élémentaire publique, 12 classes, restauration scolaire.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École élémentaire Paul-Bert", "rue Paul-Bert", "École élémentaire publique, 10 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École élémentaire Condorcet", "rue Condorcet", "École élémentaire publique, 11 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École élémentaire Victor-Hugo", "rue Victor-Hugo", "École élémentaire publique, 14 classes, classe ULIS.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École élémentaire Anatole-France", "rue Anatole-France", "École élémentaire publique, 9 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École élémentaire Louise-Michel", "rue Louise-Michel", "École élémentaire publique, 10 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École élémentaire du Coteau", "rue du Coteau", "École élémentaire publique, 8 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École élémentaire Olympe-de-Gouges", "rue Olympe-de-Gouges", "École élémentaire publique, 12 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École élémentaire des Prés", "rue des Prés", "École élémentaire publique, 7 classes.", "lundi, mardi, jeudi, vendredi, 8h30-16h30"),
    ("École", "École élémentaire Saint-Roch", "rue Saint-Roch", "École élémentaire privée sous contrat.", "lundi, mardi, jeudi, vendredi, 8h20-16h45"),
    ("École", "Collège Marie-Curie", "rue Marie-Curie", "Collège public, 650 élèves.", "du lundi au vendredi, 8h-17h30"),
    ("École", "Collège Émile-Zola", "rue Émile-Zola", "Collège public, 520 élèves, section sportive.", "du lundi au vendredi, 8h-17h30"),
    ("École", "Collège Jean-Moulin", "rue Jean-Moulin", "Collège public, 480 élèves.", "du lundi au vendredi, 8h-17h30"),
    ("École", "Lycée de la Belle-Rive", "rue de la Belle-Rive", "Lycée général et technologique.", "du lundi au vendredi, 8h-18h"),
    ("École", "Lycée professionnel Marcelin-Berthelot", "rue Marcelin-Berthelot", "Lycée professionnel, métiers de l'électricité et du bâtiment.", "du lundi au vendredi, 8h-18h"),
    ("École", "École de musique associative", "rue Berlioz", "Cours de musique pour enfants et adultes.", "du lundi au samedi, 10h-20h"),
    ("Culture", "Médiathèque Louise-Michel", "rue Louise-Michel", "Médiathèque : livres, musique, films, jeux vidéo et espace numérique.", "mardi, jeudi, vendredi 13h-19h ; mercredi et samedi 10h-18h"),
    ("Culture", "Théâtre de la Belle-Rive", "rue de la Belle-Rive", "Théâtre municipal de 420 places, saison de septembre à juin.", "billetterie du mardi au samedi, 14h-19h"),
    ("Culture", "Cinéma Le Rivebelle", "avenue de la Gare", "Cinéma d'art et d'essai, deux salles.", "tous les jours, 13h30-23h"),
    ("Culture", "Conservatoire Claude-Debussy", "rue Debussy", "Conservatoire à rayonnement communal : musique, danse, théâtre.", "du lundi au samedi, 9h-21h"),
    ("Culture", "Musée de la Batellerie", "quai de Rivebelle", "Histoire des mariniers et des bateaux de la Seine.", "du mercredi au dimanche, 14h-18h"),
    ("Culture", "Centre culturel Jean-Moulin", "rue Jean-Moulin", "Ateliers, expositions et salle de spectacle de 200 places.", "du lundi au samedi, 9h-22h"),
    ("Culture", "Salle des fêtes", "place de la Mairie", "Salle municipale de 300 places pour bals, lotos et repas.", "selon les manifestations"),
    ("Culture", "Galerie municipale du Coteau", "rue du Coteau", "Expositions d'art contemporain, entrée libre.", "du mercredi au dimanche, 14h-19h"),
    ("Culture", "Maison des associations", "rue de la Paix", "Accueil des associations, salles de réunion.", "du lundi au vendredi, 9h-12h et 14h-18h"),
    ("Culture", "Ludothèque La Toupie", "rue des Écoles", "Jeux de société sur place et en prêt.", "mercredi et samedi, 10h-18h"),
    ("Culture", "Archives municipales", "rue de l'Église", "Consultation des registres et des plans anciens, sur rendez-vous.", "mardi et jeudi, 9h-12h et 14h-17h"),
    ("Culture", "Kiosque à musique", "allée du Belvédère", "Kiosque du parc, concerts gratuits l'été.", "selon la programmation"),
    ("Sport", "Stade municipal Pierre-Brossolette", "avenue Pierre-Brossolette", "Terrain de football synthétique, piste d'athlétisme.", "tous les jours, 8h-22h"),
    ("Sport", "Piscine des Sablons", "avenue des Sablons", "Bassin de 25 m et bassin d'apprentissage.", "du lundi au dimanche, horaires selon la période"),
    ("Sport", "Gymnase Jean-Jaurès", "avenue Jean-Jaurès", "Gymnase : basket, handball, volley.", "du lundi au samedi, 8h-22h"),
    ("Sport", "Gymnase Gambetta", "rue Gambetta", "Salle omnisports et mur d'escalade.", "du lundi au samedi, 8h-22h"),
    ("Sport", "Tennis club municipal", "avenue du Stade", "Six courts dont deux couverts.", "tous les jours, 8h-21h"),
    ("Sport", "Dojo municipal", "rue des Tanneurs", "Judo, karaté, aïkido.", "du lundi au samedi, 9h-21h30"),
    ("Sport", "Skatepark du Port", "rue du Port", "Skatepark en accès libre.", "tous les jours, 9h-21h"),
    ("Sport", "City stade des Coquelicots", "rue des Coquelicots", "Terrain multisports en accès libre.", "tous les jours, 8h-22h"),
    ("Sport", "Boulodrome de la Forge", "rue de la Forge", "Terrains de pétanque éclairés.", "tous les jours, 9h-21h"),
    ("Sport", "Base nautique", "quai de Rivebelle", "Aviron et canoë-kayak sur la Seine.", "du mercredi au dimanche, 9h-18h"),
    ("Sport", "Parcours de santé du Coteau", "rue du Coteau", "Parcours sportif de 1,8 km avec agrès.", "accès libre"),
    ("Sport", "Salle de danse Molière", "rue Molière", "Salle municipale de danse et de gymnastique douce.", "du lundi au samedi, 9h-22h"),
]

# Buildings where a defibrillator or a polling station may be, besides schools.
CIVIC_BUILDINGS = [
    ("Hôtel de ville", "place de la Mairie"), ("Mairie annexe des Coteaux", "boulevard des Coteaux"),
    ("Centre municipal de santé", "rue Pasteur"), ("Résidence pour personnes âgées Les Glycines", "rue des Glycines"),
    ("Gare de Rivebelle", "avenue de la Gare"), ("Centre technique municipal", "rue des Tanneurs"),
    ("Police municipale", "rue de Verdun"), ("Cimetière communal", "rue de la Croix-Blanche"),
    ("Marché couvert", "place du Marché"), ("Crèche Les Petits Mariniers", "rue des Mariniers"),
]


def _position(rng: random.Random, street: Street) -> tuple[str, float, float]:
    """Return (address, lat, lon) of a building on ``street``, set back 12 m from its axis."""
    fraction = rng.uniform(0.05, 0.95)
    side = rng.choice((1, -1))
    lat, lon = street.point_at(fraction, side_offset_m=12.0 * side)
    number = 2 * (street.house_number(fraction) // 2) + (1 if side == 1 else 2)
    return f"{number} {street.name}", round(lat, 6), round(lon, 6)


def _place(name, category, description, address, lat, lon, phone="", website="", email="", hours="") -> dict:
    return {
        "Nom": name, "Catégorie": category, "Description": description, "Adresse": address,
        "Code postal": CITY["postcode"], "Ville": CITY["name"], "Téléphone": phone,
        "Site web": website, "Courriel": email, "Horaires": hours, "Latitude": lat, "Longitude": lon,
    }


def _public_places(rng: random.Random) -> list[dict]:
    places = []
    for category, name, street_name, description, hours in PUBLIC_PLACES:
        address, lat, lon = _position(rng, street_named(street_name))
        website = f"{CITY_WEBSITE}/{ascii_slug(name)}" if rng.random() < 0.7 else ""
        email = CITY_EMAIL if rng.random() < 0.5 else ""
        places.append(_place(name, category, description, address, lat, lon,
                             service_phone(rng), website, email, hours))
    return places


def _shops(rng: random.Random, count: int) -> list[dict]:
    shops = []
    used_names = set()
    while len(shops) < count:
        trade = rng.choice(list(TRADES))
        suffix = rng.choice(LAST_NAMES) if rng.random() < 0.6 else rng.choice(SHOP_SUFFIXES)
        name = f"{trade} {suffix}"
        if name in used_names:
            continue
        used_names.add(name)

        description, hours = TRADES[trade]
        address, lat, lon = _position(rng, rng.choice(STREETS))
        domain = f"{ascii_slug(name)}.example"
        phone = service_phone(rng) if rng.random() < 0.7 else ""
        website = f"https://www.{domain}" if rng.random() < 0.35 else ""
        email = f"contact@{domain}" if rng.random() < 0.4 else ""
        shops.append(_place(name, "Commerce", description, address, lat, lon, phone, website, email, hours))
    return shops


def _defibrillators(rng: random.Random, public: list[dict], shops: list[dict]) -> list[dict]:
    """Place a defibrillator at public buildings and in a few pharmacies and shops."""
    hosts = [(building, street_named(street)) for building, street in CIVIC_BUILDINGS]
    sites = []
    for building, street in hosts:
        address, lat, lon = _position(rng, street)
        sites.append((building, address, lat, lon))
    for place in public:
        if place["Catégorie"] in ("Sport", "Culture") or rng.random() < 0.5:
            sites.append((place["Nom"], place["Adresse"], place["Latitude"], place["Longitude"]))
    for shop in rng.sample(shops, 12):
        sites.append((shop["Nom"], shop["Adresse"], shop["Latitude"], shop["Longitude"]))

    defibrillators = []
    for host, address, lat, lon in sites:
        outdoor = rng.random() < 0.4
        description = ("Défibrillateur automatisé externe (DAE), en façade, accessible 24 h/24."
                       if outdoor else
                       "Défibrillateur automatisé externe (DAE), à l'accueil, aux heures d'ouverture.")
        # A few metres from the building's own point, where the cabinet hangs.
        lat, lon = round(lat + rng.uniform(-3e-5, 3e-5), 6), round(lon + rng.uniform(-4e-5, 4e-5), 6)
        defibrillators.append(_place(f"Défibrillateur - {host}", "Défibrillateur", description, address,
                                     lat, lon, hours="24 h/24" if outdoor else ""))
    return defibrillators


def _polling_stations(rng: random.Random, public: list[dict]) -> list[dict]:
    """Number polling stations 1 to N in schools, the town hall and public halls."""
    hosts = [place for place in public if place["Catégorie"] == "École" and "privée" not in place["Description"]]
    hosts += [place for place in public if place["Nom"] in ("Salle des fêtes", "Maison des associations", "Gymnase Gambetta")]
    stations = []
    number = 0
    for host in hosts:
        for _ in range(2 if rng.random() < 0.25 else 1):
            number += 1
            stations.append(_place(f"Bureau de vote n° {number} - {host['Nom']}", "Bureau de vote",
                                   "Bureau de vote, ouvert les jours de scrutin.", host["Adresse"],
                                   host["Latitude"], host["Longitude"], hours="jours de scrutin, 8h-20h"))
    return stations


def _toilets(rng: random.Random, count: int) -> list[dict]:
    toilets = []
    for street in rng.sample(STREETS, count):
        address, lat, lon = _position(rng, street)
        accessible = rng.random() < 0.7
        description = "Sanisette gratuite" + (", accessible aux personnes en fauteuil roulant." if accessible else ".")
        hours = rng.choice(["24 h/24", "6h-22h", "6h-22h", "8h-20h"])
        toilets.append(_place(f"Toilettes publiques - {street.name}", "Toilettes publiques",
                              description, address, lat, lon, hours=hours))
    return toilets


def _bike_parkings(rng: random.Random, count: int) -> list[dict]:
    parkings = []
    for _ in range(count):
        street = rng.choice(STREETS)
        address, lat, lon = _position(rng, street)
        spaces = rng.choice([4, 6, 6, 8, 8, 10, 12, 20])
        kind = rng.choice(["arceaux", "arceaux", "arceaux", "abri sécurisé", "râteliers"])
        parkings.append(_place(f"Stationnement vélo - {address}", "Stationnement vélo",
                               f"{spaces} places, {kind}.", address, lat, lon,
                               hours="24 h/24"))
    return parkings


def generate_places() -> list[dict]:
    """Return every point of interest as a dict keyed by ``PLACE_COLUMNS``."""
    rng = random.Random(PLACES_SEED)
    public = _public_places(rng)
    shops = _shops(rng, 230)
    places = (
        shops
        + [place for place in public if place["Catégorie"] == "École"]
        + _defibrillators(rng, public, shops)
        + _toilets(rng, 22)
        + _polling_stations(rng, public)
        + _bike_parkings(rng, 130)
        + [place for place in public if place["Catégorie"] in ("Culture", "Sport")]
    )
    return places
