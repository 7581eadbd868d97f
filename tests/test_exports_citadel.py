"""Citadel JSON written by publish: valid against both schemas, readable back without loss."""

from __future__ import annotations

import json

import jsonschema
import pytest

import workshop_kit as wk
from quality_frames import GOOD_METADATA, clean_places
from workshop_kit.formats.citadel import citadel_to_frame, validate_citadel


@pytest.fixture(scope="module")
def citadel_document(tmp_path_factory):
    portal = tmp_path_factory.mktemp("portal")
    publication = wk.publish(clean_places(), GOOD_METADATA, portal=portal)
    return json.loads(publication.files["citadel"].read_text(encoding="utf-8"))


def test_valid_against_project_schema(citadel_document):
    assert validate_citadel(citadel_document) == []


def test_valid_against_converter_schema(citadel_document, realworld):
    schema = json.loads((realworld / "citadel" / "citadel_general_schema.json").read_text(encoding="utf-8"))
    errors = [error.message for error in jsonschema.Draft4Validator(schema).iter_errors(citadel_document)]
    assert errors == [], errors


def test_attributes_marked_for_templates(citadel_document):
    attributes = citadel_document["dataset"]["poi"][0]["attribute"]
    identifiers = {attribute["tplIdentifier"] for attribute in attributes}
    assert {"#Citadel_telephone", "#Citadel_website", "#Citadel_email"} <= identifiers, identifiers


def test_read_back_without_loss(citadel_document):
    frame = citadel_to_frame(citadel_document)
    original = clean_places()
    assert list(frame["title"]) == list(original["nom"]), "titles changed"
    assert list(frame["category"]) == list(original["categorie"]), "categories changed"
    assert list(frame["address"]) == list(original["adresse"]), "addresses changed"
    assert list(frame["postal_code"]) == list(original["code_postal"]), "postal codes changed"
    assert frame["latitude"].round(7).tolist() == original["latitude"].tolist(), "latitudes changed"
    assert frame["longitude"].round(7).tolist() == original["longitude"].tolist(), "longitudes changed"


def test_licence_and_author(citadel_document):
    dataset = citadel_document["dataset"]
    assert dataset["license"]["href"] == "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
    assert dataset["author"]["value"] == "Ville de Rivebelle"


def test_open_dataset_reads_published_file(tmp_path):
    publication = wk.publish(clean_places(), GOOD_METADATA, portal=tmp_path)
    frame = wk.open_dataset(publication.files["citadel"])
    original = clean_places()
    assert list(frame["title"]) == list(original["nom"]), "titles changed"
    assert list(frame["category"]) == list(original["categorie"]), "categories changed"
    assert list(frame["address"]) == list(original["adresse"]), "addresses changed"
    assert frame["latitude"].round(7).tolist() == original["latitude"].tolist(), "latitudes changed"
    assert frame["longitude"].round(7).tolist() == original["longitude"].tolist(), "longitudes changed"
