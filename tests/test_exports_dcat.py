"""DCAT-AP JSON-LD: parsed by rdflib and checked for the required properties."""

from __future__ import annotations

import rdflib

from quality_frames import GOOD_METADATA
from workshop_kit.exports.dcat import catalog_document, dataset_document, dataset_node, validate_dcat

DISTRIBUTIONS = [
    {"url": "https://data.rivebelle.example/lieux/v1/lieux.csv", "format": "CSV", "title": "CSV"},
    {"url": "https://data.rivebelle.example/lieux/v1/lieux.geojson", "format": "GeoJSON", "title": "GeoJSON"},
]
DATASET_URI = "https://data.rivebelle.example/lieux"
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")


def graph_of(document) -> rdflib.Graph:
    import json

    return rdflib.Graph().parse(data=json.dumps(document), format="json-ld")


def test_dataset_document_is_valid():
    assert validate_dcat(dataset_document(GOOD_METADATA, DATASET_URI, DISTRIBUTIONS)) == []


def test_licence_uri_is_etalab():
    graph = graph_of(dataset_document(GOOD_METADATA, DATASET_URI, DISTRIBUTIONS))
    licences = {str(value) for value in graph.objects(None, DCT.license)}
    assert licences == {"https://www.etalab.gouv.fr/licence-ouverte-open-licence/"}, licences


def test_odbl_licence_uri():
    document = dataset_document(dict(GOOD_METADATA, licence="odc-odbl"), DATASET_URI, DISTRIBUTIONS)
    licences = {str(value) for value in graph_of(document).objects(None, DCT.license)}
    assert licences == {"https://opendatacommons.org/licenses/odbl/1-0/"}, licences


def test_each_distribution_has_download_and_media_type():
    graph = graph_of(dataset_document(GOOD_METADATA, DATASET_URI, DISTRIBUTIONS))
    distributions = list(graph.subjects(rdflib.RDF.type, DCAT.Distribution))
    assert len(distributions) == 2, distributions
    media = {str(graph.value(item, DCAT.mediaType)) for item in distributions}
    assert media == {"https://www.iana.org/assignments/media-types/text/csv",
                     "https://www.iana.org/assignments/media-types/application/geo+json"}, media


def test_titles_in_two_languages():
    graph = graph_of(dataset_document(GOOD_METADATA, DATASET_URI, DISTRIBUTIONS))
    languages = {value.language for value in graph.objects(rdflib.URIRef(DATASET_URI), DCT.title)}
    assert languages == {"fr", "en"}, languages


def test_frequency_uses_eu_vocabulary():
    graph = graph_of(dataset_document(GOOD_METADATA, DATASET_URI, DISTRIBUTIONS))
    frequency = graph.value(rdflib.URIRef(DATASET_URI), DCT.accrualPeriodicity)
    assert str(frequency) == "http://publications.europa.eu/resource/authority/frequency/ANNUAL", frequency


def test_catalog_is_valid():
    node = dataset_node(GOOD_METADATA, DATASET_URI, DISTRIBUTIONS)
    catalog = catalog_document({"title": "Portail", "description": "Données de la ville", "publisher": "Ville"},
                               "https://data.rivebelle.example/", [node])
    assert validate_dcat(catalog) == []


def test_missing_description_reported():
    document = dataset_document(dict(GOOD_METADATA, description=""), DATASET_URI, DISTRIBUTIONS)
    errors = validate_dcat(document)
    assert any("dct:description" in error for error in errors), errors
