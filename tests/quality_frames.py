"""Small tables shared by the quality, export and publishing tests."""

from __future__ import annotations

import pandas as pd

GOOD_METADATA = {
    "id": "rivebelle-lieux-test",
    "title": "Lieux publics de Rivebelle",
    "title_en": "Public places in Rivebelle",
    "description": ("Liste des lieux publics de la ville de Rivebelle : mairie, médiathèque, pharmacie, "
                    "avec leur adresse, leur catégorie et leur position en WGS84."),
    "publisher": "Ville de Rivebelle",
    "licence": "lov2",
    "update_frequency": "annual",
    "keywords": ["lieux", "équipements publics"],
    "spatial": {"name": "Rivebelle", "insee": "92999", "bbox": [2.245, 48.815, 2.29, 48.835]},
    "temporal": {"start": "2026-01-01", "end": "2026-12-31"},
}


def clean_places() -> pd.DataFrame:
    """Three places following the shipped ``lieux`` schema, with nothing to fix."""
    return pd.DataFrame({
        "nom": ["Hôtel de ville", "Médiathèque Jules Verne", "Pharmacie du Centre"],
        "categorie": ["Culture", "Culture", "Commerce"],
        "description": ["Accueil du public", "Prêt de livres", "Pharmacie de garde le dimanche"],
        "adresse": ["1 place de la Mairie", "12 rue des Tilleuls", "3 avenue Foch"],
        "code_postal": ["92990", "92990", "92990"],
        "commune": ["Rivebelle", "Rivebelle", "Rivebelle"],
        "telephone": ["01 46 00 10 00", "01 46 00 10 20", "01 46 12 34 56"],
        "site_web": ["https://www.rivebelle.example", "https://www.rivebelle.example/mediatheque", ""],
        "courriel": ["contact@rivebelle.example", "mediatheque@rivebelle.example", "contact@pharmacie.example"],
        "horaires": ["Mo-Fr 08:30-17:30", "Tu-Sa 10:00-18:00", "Mo-Sa 09:00-19:30"],
        "latitude": [48.8245, 48.8241, 48.8203],
        "longitude": [2.2700, 2.2735, 2.2650],
    })


def messy_places() -> pd.DataFrame:
    """Places with one of each problem: duplicate, swap, gap, personal data, comments."""
    return pd.DataFrame({
        "Nom": ["Mairie", "Boulangerie Roux", "Boulangerie Roux", "École Jules Ferry", "Square Foch"],
        "Adresse": ["1 place de la Mairie", "5 rue Haute", "5 rue Haute", None, "2 avenue Foch"],
        "Courriel du déclarant": ["camille.martin@mail.example", "", "", "hugo.petit@mail.example", ""],
        "Commentaire": ["", "Signalé par Mme Durand", "Signalé par Mme Durand", "", "RAS"],
        "latitude": [48.8245, 48.8230, 48.8230, 2.2650, 48.8262],
        "longitude": [2.2700, 2.2600, 2.2600, 48.8203, 2.2588],
    })
