"""Scan a table for personal data before it is published.

The GDPR (RGPD) applies to any information about an identifiable person, so a public
body anonymises such data before opening it, as the CNIL recommends. The scan looks for e-mail
addresses of persons, mobile phone numbers, columns of person names, free-text
comments, IBANs (checked with their mod-97 key) and French social-security numbers
(NIR, checked with their key). Every finding blocks publishing until the column is
removed or anonymised.

NOTE: this is a screening aid built on patterns and word lists, not a guarantee: a
name in an unusual spelling or a phone number written in words goes unnoticed.
"""

from __future__ import annotations

import re
import unicodedata
import warnings

import pandas as pd

from .report import BLOCKING, WARNING, Problem

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# French numbers: 0X XX XX XX XX or +33 X XX XX XX XX, with spaces, dots or dashes.
PHONE = re.compile(r"(?<![\d+])(?:\+33\s?\(?0?\)?\s?|0033\s?|0)([1-9])(?:[\s.-]?\d{2}){4}(?!\d)")
MOBILE_PREFIXES = ("6", "7")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}\b")
# A NIR is a standalone number: digits after a decimal point (``48.8249021345...``) are not one.
NIR = re.compile(r"(?<![\w.,])([12])\s?(\d{2})\s?(0[1-9]|1[0-2]|[2-9]\d)\s?(\d{2}|2[AB])\s?(\d{3})\s?(\d{3})\s?(\d{2})"
                 r"(?![\w]|[.,]\d)")
CIVILITY = re.compile(r"\b(?:M\.|Mme|Mlle|Mr|Mrs|Ms|Monsieur|Madame|Mademoiselle)\s+[A-ZÉÈ][a-zéèêëàâîïôöûüç-]+")

# Local parts of e-mail addresses that belong to a service, not to a person.
ROLE_MAILBOXES = {
    "accueil", "admin", "administration", "bibliotheque", "bonjour", "boutique", "commande", "commandes",
    "communication", "contact", "contacts", "culture", "direction", "dpo", "ecole", "hello", "info",
    "infos", "information", "informations", "mairie", "magasin", "mediatheque", "noreply", "no-reply",
    "piscine", "presse", "reservation", "reservations", "rgpd", "secretariat", "service", "services",
    "sport", "sports", "standard", "support", "webmaster",
}

# Words in a column name that say the column is about a person.
PERSON_COLUMN_HINTS = (
    "prenom", "firstname", "first_name", "lastname", "last_name", "surname", "nom de famille",
    "declarant", "demandeur", "particulier", "habitant", "usager", "proprietaire", "locataire",
    "signale par", "auteur", "agent", "responsable", "date de naissance", "naissance",
)

# Words in a column name that mark free text typed by staff or the public.
FREE_TEXT_HINTS = ("commentaire", "comment", "remarque", "observation", "note", "message", "precision")

# Frequent first names in France, lower case and without accents; a screening list, not a census.
FIRST_NAMES = set("""
adam adele adrien ahmed amine agathe agnes alain alexandre alexis alice aline amandine amelie anais andre
anne annie antoine arnaud arthur aurelie baptiste benjamin benoit bernard bertrand brigitte
bruno camille caroline catherine cecile celine chantal charles charlotte chloe christian
christine christophe claire claude clement colette corinne damien daniel danielle david
delphine denis didier dominique dylan eleonore elisa elise elodie eloise emilie emma emmanuel
enzo eric estelle ethan etienne eva fabien fatima fabrice fanny florence florian francis francois
francoise frederic gabriel gael gaelle genevieve georges gerard gilles guillaume guy helene
henri herve hugo ines irene isabelle jacqueline jacques jade jean jeanne jeremy jerome joel
jonathan josette joseph julie julien juliette justine karim karine kevin laetitia laura laurence
laurent lea leila leo leon leonie lina lisa louis louise luc lucas lucie lucien manon marc marcel
margaux marguerite marie marine marion martine mathieu mathilde matheo maxime mehdi melanie michel
michele mohamed monique morgane nadia nathalie nicolas nicole noah noemie nour oceane odile olivier omar pascal
pascale patrice patricia patrick paul pauline philippe pierre quentin rachid raphael regine remi
renee richard robert roger romain rose sabrina sacha sandrine sarah sebastien simon simone sofia sofiane
sophie stephane stephanie suzanne sylvain sylvie theo therese thierry thomas timothee valerie
vanessa victor vincent virginie xavier yann yasmine yves yvette yvonne zoe
""".split())

# Share of a column's non-empty values that must look like "First-name Last-name".
NAME_COLUMN_SHARE = 0.5


def plain(text) -> str:
    """Lower-case ``text`` and strip its accents, for comparing with the word lists."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(character for character in decomposed if not unicodedata.combining(character)).lower()


def _text_columns(df: pd.DataFrame) -> list:
    return [column for column in df.columns
            if not isinstance(df[column], pd.DataFrame)
            and (df[column].dtype == object or pd.api.types.is_string_dtype(df[column]))]


def _labels(series: pd.Series, mask: pd.Series) -> tuple:
    return tuple(label.item() if hasattr(label, "item") else label for label in series.index[mask.to_numpy()])


def _problem(key: str, column, rows: tuple, severity: str = BLOCKING, **values) -> Problem:
    values.setdefault("count", len(rows))
    return Problem("personal_data", severity, key, column=str(column), row=rows[0] if rows else None,
                   rows=rows, values=values)


def is_role_mailbox(address: str) -> bool:
    """True when an e-mail address is a service's mailbox such as ``contact@...``."""
    local = plain(address.split("@")[0])
    return local in ROLE_MAILBOXES or any(local.startswith(f"{role}.") or local.startswith(f"{role}-")
                                          for role in ROLE_MAILBOXES)


def is_personal_mailbox(address: str) -> bool:
    """True when the local part looks like a person: ``first.last``, ``first-last``, a first name."""
    local = plain(address.split("@")[0])
    if is_role_mailbox(address):
        return False
    parts = [part for part in re.split(r"[._-]", local) if part]
    return bool(parts) and (parts[0] in FIRST_NAMES or (len(parts) >= 2 and all(part.isalpha() for part in parts)))


def email_problems(values: pd.Series, column) -> list[Problem]:
    found = values.str.findall(EMAIL)
    has_email = found.str.len().fillna(0) > 0
    if not has_email.any():
        return []
    personal = found.apply(lambda addresses: any(is_personal_mailbox(address) for address in addresses)
                           if isinstance(addresses, list) else False)
    unknown = found.apply(lambda addresses: any(not is_role_mailbox(address) and not is_personal_mailbox(address)
                                                for address in addresses) if isinstance(addresses, list) else False)
    problems = []
    if personal.any():
        problems.append(_problem("quality.personal_email", column, _labels(values, personal)))
    if (unknown & ~personal).any():
        problems.append(_problem("quality.email_to_review", column, _labels(values, unknown & ~personal), WARNING))
    return problems


def _matching(values: pd.Series, pattern: re.Pattern, check) -> pd.Series:
    """Mark the values where ``check`` holds, calling it only on values the pattern finds.

    The vectorised ``str.contains`` pass skips most cells, and each distinct candidate
    value is checked once.
    """
    with warnings.catch_warnings():
        # pandas warns that the pattern has groups; only the match matters here.
        warnings.simplefilter("ignore", UserWarning)
        candidates = values.str.contains(pattern, na=False).astype(bool)
    mask = pd.Series(False, index=values.index)
    if candidates.any():
        distinct = {text: bool(check(text)) for text in values[candidates].unique()}
        mask[candidates] = values[candidates].map(distinct).astype(bool)
    return mask


def phone_problems(values: pd.Series, column) -> list[Problem]:
    def has_mobile(text) -> bool:
        return isinstance(text, str) and any(match.group(1) in MOBILE_PREFIXES for match in PHONE.finditer(text))

    mobile = _matching(values, PHONE, has_mobile)
    if mobile.any():
        return [_problem("quality.personal_phone", column, _labels(values, mobile))]
    return []


def iban_is_valid(text: str) -> bool:
    """Check an IBAN's length and its ISO 13616 mod-97 key."""
    compact = re.sub(r"\s", "", text).upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(character, 36)) for character in rearranged)
    return int(digits) % 97 == 1


def nir_is_valid(match: re.Match) -> bool:
    """Check a social-security number's key: 97 minus the 13-digit number modulo 97.

    Corsican département codes 2A and 2B count as 19 and 18 in the computation.
    """
    sex, year, month, department, commune, order, key = match.groups()
    department = {"2A": "19", "2B": "18"}.get(department, department)
    number = int(f"{sex}{year}{month}{department}{commune}{order}")
    return 97 - number % 97 == int(key)


def identifier_problems(values: pd.Series, column) -> list[Problem]:
    def has_iban(text) -> bool:
        return isinstance(text, str) and any(iban_is_valid(match.group(0)) for match in IBAN.finditer(text))

    def has_nir(text) -> bool:
        return isinstance(text, str) and any(nir_is_valid(match) for match in NIR.finditer(text))

    problems = []
    iban = _matching(values, IBAN, has_iban)
    if iban.any():
        problems.append(_problem("quality.personal_iban", column, _labels(values, iban)))
    nir = _matching(values, NIR, has_nir)
    if nir.any():
        problems.append(_problem("quality.personal_nir", column, _labels(values, nir)))
    return problems


def looks_like_person_name(text) -> bool:
    """True for values such as ``Marie Dupont`` or ``DUPONT Marie``: 2-3 words, one a first name."""
    if not isinstance(text, str):
        return False
    words = [word for word in re.split(r"[\s,]+", plain(text).strip()) if word]
    return 2 <= len(words) <= 3 and (words[0] in FIRST_NAMES or words[-1] in FIRST_NAMES)


def name_column_problems(values: pd.Series, column) -> list[Problem]:
    name = plain(column).replace("_", " ")
    present = values.dropna()
    present = present[present.str.strip() != ""]
    if present.empty:
        return []
    if any(hint.replace("_", " ") in name for hint in PERSON_COLUMN_HINTS):
        mask = values.notna() & (values.str.strip() != "")
        return [_problem("quality.person_column", column, _labels(values, mask))]
    distinct = {text: looks_like_person_name(text) for text in present.unique()}
    names = values.map(distinct).fillna(False).astype(bool)
    if names.sum() >= NAME_COLUMN_SHARE * len(present):
        return [_problem("quality.person_names", column, _labels(values, names))]
    return []


def free_text_problems(values: pd.Series, column) -> list[Problem]:
    name = plain(column)
    filled = values.notna() & (values.str.strip() != "")
    if any(re.search(rf"\b{hint}", name) for hint in FREE_TEXT_HINTS) and filled.any():
        return [_problem("quality.free_text", column, _labels(values, filled))]
    civility = values.str.contains(CIVILITY, na=False).astype(bool)
    if civility.any():
        return [_problem("quality.civility_in_text", column, _labels(values, civility))]
    return []


def check_personal_data(df: pd.DataFrame) -> list[Problem]:
    """Scan every text column; each finding names the column, the rows and what to do."""
    problems = []
    for column in _text_columns(df):
        text = df[column].astype("string")
        found = free_text_problems(text, column) + email_problems(text, column)
        found += phone_problems(text, column) + identifier_problems(text, column)
        # A column already caught by its content needs no second line for its name.
        if not any(problem.severity == BLOCKING for problem in found):
            found = name_column_problems(text, column) + found
        problems += found
    return problems
