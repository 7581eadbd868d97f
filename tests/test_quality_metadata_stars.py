"""check_dataset: metadata completeness and the 5-star rating."""

from __future__ import annotations

import pytest

import workshop_kit as wk
from quality_frames import GOOD_METADATA, clean_places


@pytest.fixture(autouse=True)
def english():
    wk.set_language("en")
    yield
    wk.set_language("fr")


def metadata_keys(metadata) -> dict:
    report = wk.check_dataset(clean_places(), metadata=metadata)
    return {problem.key: problem.severity for problem in report.problems if problem.check == "metadata"}


def test_complete_metadata_has_no_problem():
    assert metadata_keys(GOOD_METADATA) == {}


@pytest.mark.parametrize("title", ["", "Données", "export.xlsx", "Lieux"])
def test_vague_title_blocks(title):
    found = metadata_keys(dict(GOOD_METADATA, title=title))
    assert found.get("quality.metadata_vague_title") == "blocking" or \
        found.get("quality.metadata_missing_title") == "blocking", f"{title!r}: {found}"


@pytest.mark.parametrize("licence", ["", "cc-by-nc", "CC0", None])
def test_licence_outside_list_blocks(licence):
    found = metadata_keys(dict(GOOD_METADATA, licence=licence))
    assert found.get("quality.metadata_bad_licence") == "blocking", f"{licence!r}: {found}"


def test_odbl_accepted():
    assert "quality.metadata_bad_licence" not in metadata_keys(dict(GOOD_METADATA, licence="odc-odbl"))


def test_short_description_blocks():
    assert metadata_keys(dict(GOOD_METADATA, description="Des lieux."))["quality.metadata_short_description"] \
        == "blocking"


def test_missing_publisher_blocks():
    assert metadata_keys(dict(GOOD_METADATA, publisher=" "))["quality.metadata_missing_publisher"] == "blocking"


@pytest.mark.parametrize("field,key", [
    ("update_frequency", "quality.metadata_bad_frequency"),
    ("temporal", "quality.metadata_missing_temporal"),
    ("spatial", "quality.metadata_missing_spatial"),
    ("keywords", "quality.metadata_few_keywords"),
])
def test_findability_fields_warn(field, key):
    metadata = {name: value for name, value in GOOD_METADATA.items() if name != field}
    assert metadata_keys(metadata).get(key) == "warning", f"without {field}: {metadata_keys(metadata)}"


def test_french_frequency_word_accepted():
    assert metadata_keys(dict(GOOD_METADATA, update_frequency="mensuelle")) == {}


def test_no_licence_no_star():
    assert wk.check_dataset(clean_places()).stars.stars == 0


def test_open_licence_csv_gives_three_stars():
    rating = wk.check_dataset(clean_places(), metadata=GOOD_METADATA).stars
    assert rating.stars == 3, str(rating)
    assert "'id'" in rating.next_step, f"the next step should ask for an id column: {rating.next_step}"


def test_identifier_gives_fourth_star():
    frame = clean_places()
    frame.insert(0, "id", ["L1", "L2", "L3"])
    assert wk.check_dataset(frame, metadata=GOOD_METADATA).stars.stars == 4


def test_duplicate_identifier_gives_no_fourth_star():
    frame = clean_places()
    frame.insert(0, "id", ["L1", "L1", "L3"])
    assert wk.check_dataset(frame, metadata=GOOD_METADATA).stars.stars == 3


def test_insee_code_gives_fifth_star():
    frame = clean_places()
    frame.insert(0, "id", ["L1", "L2", "L3"])
    frame["code_insee"] = "92999"
    rating = wk.check_dataset(frame, metadata=GOOD_METADATA).stars
    assert rating.stars == 5, str(rating)
    assert len(rating.reasons) == 5, "each star needs its reason"
