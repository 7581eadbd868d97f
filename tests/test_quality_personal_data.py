"""check_dataset: the personal-data scan blocks what must not be published."""

from __future__ import annotations

import pandas as pd
import pytest

import workshop_kit as wk
from quality_frames import clean_places, messy_places
from workshop_kit.quality.personal_data import iban_is_valid, is_personal_mailbox, is_role_mailbox


@pytest.fixture(autouse=True)
def english():
    wk.set_language("en")
    yield
    wk.set_language("fr")


def blocking_by_column(frame: pd.DataFrame) -> dict:
    report = wk.check_dataset(frame)
    return {(problem.column, problem.key) for problem in report.blocking if problem.check == "personal_data"}


def test_person_emails_block_and_name_column():
    found = blocking_by_column(messy_places())
    assert ("Courriel du déclarant", "quality.person_column") in found or \
        ("Courriel du déclarant", "quality.personal_email") in found, f"got {found}"


def test_person_email_column_without_hint_blocks():
    frame = pd.DataFrame({"contact": ["lea.moreau@mail.example", "contact@rivebelle.example"]})
    assert ("contact", "quality.personal_email") in blocking_by_column(frame)


def test_service_mailboxes_do_not_block():
    assert blocking_by_column(clean_places()) == set(), "contact@ and mediatheque@ addresses are services"


def test_role_and_personal_mailboxes_told_apart():
    assert is_role_mailbox("accueil@rivebelle.example"), "accueil@ is a service mailbox"
    assert is_personal_mailbox("jerome.garnier12@courriel.example"), "first.last12@ is a person"
    assert not is_personal_mailbox("contact@boulangerie-roux.example"), "contact@ is not a person"


def test_free_text_comments_block():
    assert ("Commentaire", "quality.free_text") in blocking_by_column(messy_places())


def test_civility_in_other_text_blocks():
    frame = pd.DataFrame({"Description": ["Salle rénovée", "Clés chez Monsieur Garnier"]})
    assert ("Description", "quality.civility_in_text") in blocking_by_column(frame)


@pytest.mark.parametrize("number", ["06 12 34 56 78", "07.12.34.56.78", "+33 6 12 34 56 78"])
def test_mobile_numbers_block(number):
    frame = pd.DataFrame({"Téléphone": ["01 46 00 10 00", number]})
    assert ("Téléphone", "quality.personal_phone") in blocking_by_column(frame), number


def test_switchboard_numbers_do_not_block():
    frame = pd.DataFrame({"Téléphone": ["01 46 00 10 00", "01 46 12 34 56", "09 70 00 00 00"]})
    assert blocking_by_column(frame) == set(), "landline switchboards are public contacts"


def test_name_column_found_from_values():
    frame = pd.DataFrame({"Gardien": ["Camille Martin", "Hugo Petit", "Sophie Bernard"]})
    assert ("Gardien", "quality.person_names") in blocking_by_column(frame)


def test_place_names_with_first_names_allowed():
    frame = pd.DataFrame({"Nom": ["École Jules Ferry", "Collège Victor Hugo", "Gymnase Pierre de Coubertin"]})
    assert blocking_by_column(frame) == set(), "place names honouring a person are not personal data"


def test_valid_iban_blocks():
    # The ISO 13616 example IBAN, whose mod-97 key is valid.
    frame = pd.DataFrame({"RIB": ["FR76 3000 6000 0112 3456 7890 189"]})
    assert ("RIB", "quality.personal_iban") in blocking_by_column(frame)


def test_iban_key_checked():
    assert iban_is_valid("FR7630006000011234567890189"), "the example IBAN has a valid key"
    assert not iban_is_valid("FR7630006000011234567890188"), "changing the last digit breaks the key"


def test_valid_nir_blocks():
    # 1 85 05 78 006 084 with key 97 - (1850578006084 mod 97) = 91.
    frame = pd.DataFrame({"Numéro": ["1 85 05 78 006 084 91"]})
    assert ("Numéro", "quality.personal_nir") in blocking_by_column(frame)


def test_nir_with_wrong_key_ignored():
    frame = pd.DataFrame({"Numéro": ["1 85 05 78 006 084 92"]})
    assert blocking_by_column(frame) == set(), "a 15-digit number with a wrong key is not a NIR"


def test_decimal_coordinates_not_nir():
    frame = pd.DataFrame({"geo_point_2d": ["48.8249021345678, 2.185057800608491", "48.82, 2.27"]})
    assert blocking_by_column(frame) == set(), "the decimals of a coordinate are not a NIR"


def test_corsican_nir_key_checked():
    # Corsica 2A counts as 19: 1 90 01 2A 004 017 -> 97 - (1900119004017 mod 97).
    key = 97 - 1900119004017 % 97
    frame = pd.DataFrame({"Numéro": [f"1 90 01 2A 004 017 {key:02d}"]})
    assert ("Numéro", "quality.personal_nir") in blocking_by_column(frame)


def test_publish_blocked_until_column_dropped(tmp_path):
    from quality_frames import GOOD_METADATA

    frame = messy_places()
    with pytest.raises(wk.WorkshopError) as error:
        wk.publish(frame, GOOD_METADATA, portal=tmp_path)
    assert "Courriel du déclarant" in str(error.value), f"the rejection must name the column: {error.value}"
    assert not (tmp_path / "datasets").exists(), "a rejected publication must write nothing"
