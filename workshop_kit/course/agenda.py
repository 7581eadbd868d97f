"""The afternoon's agenda: slots from ``workshop.toml``, lessons' minutes from their headers.

The facilitator guides carry the agenda as a generated table between the markers
``<!-- agenda:start -->`` and ``<!-- agenda:end -->``. Regenerate them after changing the
agenda or a lesson header::

    python -m workshop_kit.course.agenda --write     # rewrite the tables in docs/
    python -m workshop_kit.course.agenda --check     # list the guides that are out of date
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from ..config import load_config
from ..files import write_text_atomic
from ..i18n import message
from ..paths import workshop_root

GUIDES = {"en": Path("docs/facilitator-guide.md"), "fr": Path("docs/guide-animateur.md")}
START_MARKER = "<!-- agenda:start -->"
END_MARKER = "<!-- agenda:end -->"
_BLOCK = re.compile(re.escape(START_MARKER) + r".*?" + re.escape(END_MARKER), re.DOTALL)


@dataclass
class Slot:
    """One block of the afternoon, with its clock times."""

    id: str
    minutes: int
    lessons: list[str]
    start: datetime
    end: datetime
    header_minutes: dict[str, int] = field(default_factory=dict)   # lesson id -> teaching + exercise


def lesson_headers(root: Path | None = None) -> dict[str, dict]:
    """Return the workshop header of every lesson and exercise source, by id."""
    from ..lessons.source import read_source

    root = Path(root) if root else workshop_root()
    return {str(source.header["id"]): source.header
            for source in (read_source(path) for path in sorted((root / "lessons").glob("*.py")))}


def build_agenda(config: dict | None = None, headers: dict[str, dict] | None = None) -> list[Slot]:
    """Lay the configured slots end to end from the start time and attach the lessons' minutes."""
    config = config or load_config()
    headers = lesson_headers() if headers is None else headers
    agenda = config["agenda"]
    clock = datetime.strptime(agenda["start"], "%H:%M")

    slots = []
    for entry in agenda["slots"]:
        minutes = int(entry["minutes"])
        lessons = [str(lesson) for lesson in entry.get("lessons", [])]
        slot = Slot(entry["id"], minutes, lessons, clock, clock + timedelta(minutes=minutes))
        for lesson in lessons:
            if lesson in headers:
                header = headers[lesson]
                slot.header_minutes[lesson] = int(header["teaching_minutes"]) + int(header["exercise_minutes"])
        slots.append(slot)
        clock = slot.end
    return slots


def agenda_markdown(slots: list[Slot], headers: dict[str, dict], language: str) -> str:
    """Render the agenda as a Markdown table in ``language``."""
    columns = [message(f"guide.agenda_{name}", language=language) for name in ("time", "block", "lessons", "minutes")]
    lines = ["| " + " | ".join(columns) + " |", "| --- | --- | --- | ---: |"]
    for slot in slots:
        titles = []
        for lesson in slot.lessons:
            title = headers.get(lesson, {}).get("title", {}).get(language)
            titles.append(f"{lesson} {title}" if title else lesson)
        times = f"{slot.start:%H:%M}–{slot.end:%H:%M}"
        block = message(f"guide.slot_{slot.id}", language=language)
        lines.append(f"| {times} | {block} | {', '.join(titles) or '—'} | {slot.minutes} |")
    return "\n".join(lines)


def _with_agenda(text: str, table: str) -> str:
    return _BLOCK.sub(lambda _match: f"{START_MARKER}\n{table}\n{END_MARKER}", text)


def stale_guides(root: Path | None = None) -> list[Path]:
    """Return the guides whose agenda table differs from the generated one (or lacks markers)."""
    root = Path(root) if root else workshop_root()
    headers = lesson_headers(root)
    slots = build_agenda(headers=headers)
    stale = []
    for language, relative in GUIDES.items():
        path = root / relative
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        if START_MARKER not in text or _with_agenda(text, agenda_markdown(slots, headers, language)) != text:
            stale.append(path)
    return stale


def write_guides(root: Path | None = None) -> list[Path]:
    """Rewrite the agenda table of each guide that is out of date and return their paths."""
    root = Path(root) if root else workshop_root()
    headers = lesson_headers(root)
    slots = build_agenda(headers=headers)
    written = []
    for language, relative in GUIDES.items():
        path = root / relative
        text = path.read_text(encoding="utf-8")
        updated = _with_agenda(text, agenda_markdown(slots, headers, language))
        if updated != text:
            write_text_atomic(path, updated)
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate or check the agenda tables of the facilitator guides.")
    parser.add_argument("--check", action="store_true", help="only list the guides that are out of date")
    parser.add_argument("--write", action="store_true", help="rewrite the agenda tables (the default)")
    arguments = parser.parse_args(argv)
    if arguments.check:
        stale = stale_guides()
        for path in stale:
            print(f"out of date: {path}")
        return 1 if stale else 0
    for path in write_guides():
        print(f"written: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
