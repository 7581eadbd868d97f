"""DCAT-AP metadata in JSON-LD for a dataset, its distributions and the portal's catalog.

DCAT-AP is the European profile of W3C DCAT that national portals (data.gouv.fr, the
European data portal) harvest. The context is written inline, so a JSON-LD processor
never has to fetch it. Formats, media types and update frequencies use the EU
Publications Office authority tables and the IANA media type registry.
"""

from __future__ import annotations

import json
from pathlib import Path

from .licences import licence_info

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "locn": "http://www.w3.org/ns/locn#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

FILE_TYPE_AUTHORITY = "http://publications.europa.eu/resource/authority/file-type/"
FREQUENCY_AUTHORITY = "http://publications.europa.eu/resource/authority/frequency/"
MEDIA_TYPE_REGISTRY = "https://www.iana.org/assignments/media-types/"

# Format name -> (EU file-type code, IANA media type).
FORMATS = {
    "CSV": ("CSV", "text/csv"),
    "GeoJSON": ("GEOJSON", "application/geo+json"),
    "JSON": ("JSON", "application/json"),
    "JSON-LD": ("JSON_LD", "application/ld+json"),
}

# Update frequency words (English and French) -> EU frequency code.
FREQUENCIES = {
    "continuous": "UPDATE_CONT", "continue": "UPDATE_CONT",
    "daily": "DAILY", "quotidienne": "DAILY",
    "weekly": "WEEKLY", "hebdomadaire": "WEEKLY",
    "monthly": "MONTHLY", "mensuelle": "MONTHLY",
    "quarterly": "QUARTERLY", "trimestrielle": "QUARTERLY",
    "semiannual": "ANNUAL_2", "semestrielle": "ANNUAL_2",
    "annual": "ANNUAL", "annuelle": "ANNUAL",
    "irregular": "IRREG", "irrégulière": "IRREG",
    "never": "NEVER", "jamais": "NEVER",
}

REQUIRED_DATASET_PROPERTIES = ("dct:title", "dct:description", "dct:publisher", "dcat:distribution")
REQUIRED_DISTRIBUTION_PROPERTIES = ("dcat:accessURL", "dcat:downloadURL", "dct:format", "dcat:mediaType",
                                    "dct:license")
REQUIRED_CATALOG_PROPERTIES = ("dct:title", "dct:description", "dct:publisher", "dcat:dataset")


def frequency_code(word) -> str | None:
    """Return the EU frequency code for an update frequency word, or None when unknown."""
    return FREQUENCIES.get(str(word or "").strip().lower())


def _texts(metadata: dict, key: str) -> list[dict]:
    """Return a property in French (``key``) and English (``key_en``) as tagged literals."""
    values = []
    if metadata.get(key):
        values.append({"@value": str(metadata[key]), "@language": "fr"})
    if metadata.get(f"{key}_en"):
        values.append({"@value": str(metadata[f"{key}_en"]), "@language": "en"})
    return values


def _date(value) -> dict:
    text = str(value)
    return {"@value": text, "@type": "xsd:dateTime" if "T" in text else "xsd:date"}


def publisher_node(name: str) -> dict:
    return {"@type": "foaf:Agent", "foaf:name": str(name)}


def distribution_node(url: str, format_name: str, title: str, licence_url: str) -> dict:
    """Describe one downloadable file of a dataset."""
    file_type, media_type = FORMATS[format_name]
    return {
        "@id": f"{url}#distribution",
        "@type": "dcat:Distribution",
        "dct:title": title,
        "dcat:accessURL": {"@id": url},
        "dcat:downloadURL": {"@id": url},
        "dct:format": {"@id": FILE_TYPE_AUTHORITY + file_type},
        "dcat:mediaType": {"@id": MEDIA_TYPE_REGISTRY + media_type},
        "dct:license": {"@id": licence_url},
    }


def dataset_node(metadata: dict, dataset_uri: str, distributions: list[dict]) -> dict:
    """Describe a dataset for DCAT-AP.

    ``metadata`` uses the kit's keys (``title``, ``description``, ``publisher``,
    ``licence``, ``update_frequency``, ``keywords``, ``spatial``, ``temporal``,
    ``issued``, ``modified``, ``version``, ``title_en``, ``description_en``).
    ``distributions`` are ``{"url", "format", "title"}`` dicts, ``format`` a key of
    ``FORMATS``.
    """
    licence = licence_info(metadata.get("licence"))
    licence_url = licence["url"] if licence else str(metadata.get("licence") or "")
    node = {
        "@id": dataset_uri,
        "@type": "dcat:Dataset",
        "dct:identifier": str(metadata["id"]),
        "dct:title": _texts(metadata, "title"),
        "dct:description": _texts(metadata, "description"),
        "dct:publisher": publisher_node(metadata.get("publisher") or ""),
        "dct:license": {"@id": licence_url},
        "dcat:distribution": [
            distribution_node(item["url"], item["format"], item["title"], licence_url) for item in distributions
        ],
    }
    if metadata.get("keywords"):
        node["dcat:keyword"] = [{"@value": str(word), "@language": "fr"} for word in metadata["keywords"]]
    code = frequency_code(metadata.get("update_frequency"))
    if code:
        node["dct:accrualPeriodicity"] = {"@id": FREQUENCY_AUTHORITY + code}
    spatial = metadata.get("spatial")
    if spatial:
        node["dct:spatial"] = _location(spatial)
    temporal = metadata.get("temporal") or {}
    if temporal.get("start") or temporal.get("end"):
        period = {"@type": "dct:PeriodOfTime"}
        if temporal.get("start"):
            period["dcat:startDate"] = _date(temporal["start"])
        if temporal.get("end"):
            period["dcat:endDate"] = _date(temporal["end"])
        node["dct:temporal"] = period
    for key, property_name in (("issued", "dct:issued"), ("modified", "dct:modified")):
        if metadata.get(key):
            node[property_name] = _date(metadata[key])
    if metadata.get("version"):
        node["owl:versionInfo"] = str(metadata["version"])
    if metadata.get("page_url"):
        node["dcat:landingPage"] = {"@id": str(metadata["page_url"])}
    return node


def _location(spatial) -> dict:
    """Describe the area covered: its name and, when known, its bounding box as WKT."""
    if isinstance(spatial, str):
        return {"@type": "dct:Location", "skos:prefLabel": spatial}
    location = {"@type": "dct:Location", "skos:prefLabel": str(spatial.get("name") or "")}
    box = spatial.get("bbox")
    if box and len(box) == 4:
        west, south, east, north = (float(value) for value in box)
        polygon = f"POLYGON(({west} {south}, {east} {south}, {east} {north}, {west} {north}, {west} {south}))"
        location["dcat:bbox"] = {"@value": polygon,
                                 "@type": "http://www.opengis.net/ont/geosparql#wktLiteral"}
    return location


def dataset_document(metadata: dict, dataset_uri: str, distributions: list[dict]) -> dict:
    """Return a standalone JSON-LD document for one dataset."""
    return {"@context": CONTEXT, **dataset_node(metadata, dataset_uri, distributions)}


def catalog_document(catalog: dict, catalog_uri: str, datasets: list[dict]) -> dict:
    """Return the JSON-LD catalog of a portal: its title, publisher and every dataset node."""
    return {
        "@context": CONTEXT,
        "@id": catalog_uri,
        "@type": "dcat:Catalog",
        "dct:title": _texts(catalog, "title"),
        "dct:description": _texts(catalog, "description"),
        "dct:publisher": publisher_node(catalog.get("publisher") or ""),
        "dcat:dataset": datasets,
    }


def validate_dcat(document) -> list[str]:
    """Parse a JSON-LD document with rdflib and list the missing DCAT-AP properties.

    Checks the catalog, every dataset and every distribution for the properties in the
    ``REQUIRED_*`` tuples; a document that is not valid JSON-LD gives one error.
    """
    import rdflib
    from rdflib.namespace import RDF

    if isinstance(document, (str, Path)):
        document = json.loads(Path(document).read_text(encoding="utf-8"))
    graph = rdflib.Graph()
    try:
        graph.parse(data=json.dumps(document), format="json-ld")
    except Exception as error:  # noqa: BLE001 - any parser failure means invalid JSON-LD
        return [f"not valid JSON-LD: {error}"]

    namespaces = {prefix: rdflib.Namespace(uri) for prefix, uri in CONTEXT.items()}

    def expand(name: str) -> rdflib.URIRef:
        prefix, local = name.split(":")
        return namespaces[prefix][local]

    errors = []
    for class_name, required in (("dcat:Catalog", REQUIRED_CATALOG_PROPERTIES),
                                 ("dcat:Dataset", REQUIRED_DATASET_PROPERTIES),
                                 ("dcat:Distribution", REQUIRED_DISTRIBUTION_PROPERTIES)):
        for subject in graph.subjects(RDF.type, expand(class_name)):
            for property_name in required:
                values = list(graph.objects(subject, expand(property_name)))
                if not values or all(str(value).strip() == "" for value in values):
                    errors.append(f"{class_name} {subject}: missing {property_name}")
    if not any(graph.subjects(RDF.type, expand("dcat:Dataset"))):
        errors.append("no dcat:Dataset in the document")
    return errors
