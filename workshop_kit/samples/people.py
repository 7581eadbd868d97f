"""Invented people and contacts for the sample data.

No real person appears in the samples. Names are drawn from the lists below. Private
persons get e-mail addresses under the reserved ``.example`` top-level domain and
phone numbers in the 01 99 00 xx xx range, which French numbering sets aside for fiction.
Public services and businesses use ``.example`` domains and 01 46 xx xx xx numbers.

NOTE: 01 46 is an ordinary Hauts-de-Seine prefix, so a generated business number may
match a real line. Only invented shops and services carry these numbers.
"""

from __future__ import annotations

import random
import unicodedata

FIRST_NAMES = [
    "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Emma", "Claire",
    "Nathalie", "Sophie", "Isabelle", "Hélène", "Aurélie", "Élodie", "Margaux",
    "Lucas", "Hugo", "Thomas", "Nicolas", "Julien", "Antoine", "Mathieu", "Karim",
    "Mehdi", "Olivier", "Pierre", "François", "Jérôme", "Sébastien", "Yann", "Rémi",
]

LAST_NAMES = [
    "Martin", "Bernard", "Durand", "Petit", "Leroy", "Moreau", "Lefèvre", "Garnier",
    "Faure", "Rousseau", "Blanc", "Guérin", "Mercier", "Bonnet", "Chevalier", "Lambert",
    "Fontaine", "Renaud", "Perrin", "Morel", "Girard", "André", "Meunier", "Benali",
    "Nguyen", "Da Silva", "Lopez", "Haddad", "Marchand", "Roux", "Vidal", "Caron",
]

PRIVATE_MAIL_DOMAINS = ["mail.example", "courriel.example", "boite.example"]


def person_name(rng: random.Random) -> tuple[str, str]:
    """Return an invented (first name, last name)."""
    return rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)


def ascii_slug(text: str, separator: str = "-") -> str:
    """Return ``text`` lower-cased, without accents, words joined by ``separator``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = "".join(character if character.isalnum() else " " for character in plain.lower()).split()
    return separator.join(words)


def person_email(rng: random.Random, first: str, last: str) -> str:
    """Return a private e-mail address for an invented person, under a ``.example`` domain."""
    local = f"{ascii_slug(first, '')}.{ascii_slug(last, '')}"
    if rng.random() < 0.3:
        local += str(rng.randint(1, 99))
    return f"{local}@{rng.choice(PRIVATE_MAIL_DOMAINS)}"


def person_phone(rng: random.Random) -> str:
    """Return a fictional private phone number: 01 99 00 xx xx."""
    return f"01 99 00 {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"


def service_phone(rng: random.Random) -> str:
    """Return a fictional public or business phone number: 01 46 xx xx xx."""
    return f"01 46 {rng.randint(0, 99):02d} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"
