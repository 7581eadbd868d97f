"""The afternoon's agenda: workshop.toml, the lesson headers and the facilitator guides agree."""

from __future__ import annotations

from datetime import timedelta

import pytest

from workshop_kit.config import load_config
from workshop_kit.course.agenda import build_agenda, lesson_headers, stale_guides
from workshop_kit.i18n import LANGUAGES, load_catalog

# The blocks of the afternoon, in the order the workshop teaches them.
EXPECTED_ORDER = ["welcome", "find", "open_clean", "break", "formats_publish", "build_app", "show_and_tell"]

CONFIG = load_config()
HEADERS = lesson_headers()
SLOTS = build_agenda(CONFIG, HEADERS)
LESSONS = {lesson_id: header for lesson_id, header in HEADERS.items() if header["kind"] == "lesson"}
EXERCISES = {lesson_id: header for lesson_id, header in HEADERS.items() if header["kind"] == "exercise"}


def test_agenda_block_order():
    assert [slot.id for slot in SLOTS] == EXPECTED_ORDER


def test_agenda_fits_four_hours():
    total = sum(slot.minutes for slot in SLOTS)
    limit = CONFIG["agenda"]["length_minutes"]
    assert total <= limit == 240, f"the agenda lasts {total} minutes, break included; it must fit in 240"


def test_agenda_ends_on_time():
    end = SLOTS[-1].end
    assert end - SLOTS[0].start <= timedelta(hours=4), f"the afternoon ends at {end:%H:%M}"


def test_agenda_break_length():
    minutes = next(slot.minutes for slot in SLOTS if slot.id == "break")
    assert 10 <= minutes <= 20, f"the break lasts {minutes} minutes"


def test_every_lesson_scheduled_once():
    scheduled = [lesson for slot in SLOTS for lesson in slot.lessons]
    assert sorted(scheduled) == sorted(set(scheduled)), f"a lesson is scheduled twice: {scheduled}"
    unscheduled = sorted(set(LESSONS) - set(scheduled))
    assert not unscheduled, f"lessons missing from [agenda] in workshop.toml: {unscheduled}"


@pytest.mark.parametrize("slot", [slot for slot in SLOTS if slot.lessons], ids=lambda slot: slot.id)
def test_scheduled_lessons_exist(slot):
    missing = [lesson for lesson in slot.lessons if lesson not in LESSONS]
    assert not missing, f"slot {slot.id} schedules lessons with no source in lessons/: {missing}"


@pytest.mark.parametrize("slot", [slot for slot in SLOTS if slot.lessons], ids=lambda slot: slot.id)
def test_lessons_fit_their_slot(slot):
    needed = sum(slot.header_minutes.values())
    assert needed <= slot.minutes, (
        f"slot {slot.id} lasts {slot.minutes} min but its lessons' headers need {needed} min "
        f"({slot.header_minutes}); shorten the lessons or change [agenda] in workshop.toml")


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_exercise_within_lesson_time(exercise_id):
    lesson_id = exercise_id.removeprefix("ex")
    assert lesson_id in LESSONS, f"exercise {exercise_id} has no lesson {lesson_id}"
    exercise_minutes = int(EXERCISES[exercise_id]["exercise_minutes"])
    lesson_minutes = int(LESSONS[lesson_id]["exercise_minutes"])
    assert exercise_minutes <= lesson_minutes, (
        f"{exercise_id} needs {exercise_minutes} min but lesson {lesson_id} plans {lesson_minutes} exercise min; "
        "a lesson's exercise_minutes include its graded exercise, so raise them or shorten the exercise")


@pytest.mark.parametrize("slot_id", EXPECTED_ORDER)
def test_slot_titles_in_both_languages(slot_id):
    texts = load_catalog().get(f"guide.slot_{slot_id}", {})
    assert set(texts) == set(LANGUAGES), f"guide.slot_{slot_id} needs fr and en texts in messages/guide.yml"


def test_guides_show_current_agenda():
    stale = stale_guides()
    assert not stale, (f"agenda tables out of date in {[str(path) for path in stale]}; "
                       "run .venv/bin/python -m workshop_kit.course.agenda --write")
