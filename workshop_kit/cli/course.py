"""``workshop release | collect | autograde | feedback | progress``: the nbgrader course.

Every sub-command works on the course of the chosen language (``--lang``), in the folder
given by ``--course`` or the default of ``workshop_kit.course.course_root``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ..errors import WorkshopError
from ..i18n import get_language, message

# The course package imports pandas and nbgrader; each handler imports it when it runs,
# so `workshop --help` and the other sub-commands stay fast.


def _add_common(parser, exercises: bool = True) -> None:
    parser.add_argument("--course", metavar="PATH", help=message("course.course_help"))
    if exercises:
        parser.add_argument("exercises", nargs="*", metavar="EXERCISE", help=message("course.exercises_help"))


def register(subparsers) -> None:
    release = subparsers.add_parser("release", help=message("course.release_help"))
    _add_common(release)
    release.add_argument("--exchange", metavar="PATH", help=message("course.exchange_help"))
    release.add_argument("--timeout", type=int, metavar="SECONDS", help=message("course.timeout_help"))
    release.set_defaults(handler=run_release)

    collect = subparsers.add_parser("collect", help=message("course.collect_help"))
    _add_common(collect)
    collect.add_argument("--from", dest="from_folder", metavar="PATH", help=message("course.from_help"))
    collect.add_argument("--exchange", metavar="PATH", help=message("course.exchange_help"))
    collect.set_defaults(handler=run_collect)

    autograde = subparsers.add_parser("autograde", help=message("course.autograde_help"))
    _add_common(autograde)
    autograde.add_argument("--student", action="append", metavar="ID", help=message("course.student_help"))
    autograde.add_argument("--workers", type=int, metavar="N", help=message("course.workers_help"))
    autograde.add_argument("--timeout", type=int, metavar="SECONDS", help=message("course.timeout_help"))
    autograde.add_argument("--force", action="store_true", help=message("course.force_help"))
    autograde.set_defaults(handler=run_autograde)

    feedback = subparsers.add_parser("feedback", help=message("course.feedback_help"))
    _add_common(feedback)
    feedback.add_argument("--to", dest="to_folder", metavar="PATH", help=message("course.feedback_to_help"))
    feedback.add_argument("--exchange", action="store_true", help=message("course.feedback_exchange_help"))
    feedback.set_defaults(handler=run_feedback)

    progress = subparsers.add_parser("progress", help=message("course.progress_help"))
    _add_common(progress, exercises=False)
    progress.add_argument("--csv", metavar="FILE", help=message("course.csv_help"))
    progress.set_defaults(handler=run_progress)


def _root(arguments) -> Path:
    from ..course import course_root

    return course_root(get_language(), arguments.course)


def _released(root: Path, requested: list[str]) -> list[str]:
    """Return the requested exercises, or every released one, and reject unknown ids."""
    from ..course import released_assignments

    released = released_assignments(root)
    if not released:
        raise WorkshopError("course.not_released", course=root)
    unknown = [name for name in requested if name not in released]
    if unknown:
        raise WorkshopError("course.unknown_assignment", assignment=", ".join(unknown), known=", ".join(released))
    return requested or released


def run_release(arguments) -> int:
    from .. import course

    root = _root(arguments)
    chosen = course.release(root, get_language(), arguments.exercises or None,
                            exchange=arguments.exchange, timeout=arguments.timeout)
    print(message("course.released", course=root, assignments=", ".join(chosen), release=root / "release"))
    return 0


def run_collect(arguments) -> int:
    from .. import course

    root = _root(arguments)
    exercises = _released(root, arguments.exercises)
    if arguments.from_folder:
        report = course.collect_from_folder(root, Path(arguments.from_folder), exercises)
        for name in report.invalid_names:
            print(message("course.invalid_student_folder", name=name), file=sys.stderr)
        for student, exercise, handed_in, expected in report.renamed:
            print(message("course.notebook_renamed", student=student, exercise=exercise, handed_in=handed_in,
                          expected=expected))
        print(message("course.collected", collected=len(report.collected), unchanged=len(report.unchanged)))
        return 0
    if arguments.exchange:
        settings = course.load_settings(root, Exchange_root=str(Path(arguments.exchange).expanduser().resolve()))
        course.collect_from_exchange(settings, exercises)
        print(message("course.collected_exchange", exchange=settings["Exchange.root"], course=root))
        return 0
    raise WorkshopError("course.collect_source_missing")


def run_autograde(arguments) -> int:
    from .. import course
    from ..course.autograde import LOG_NAME, default_workers

    root = _root(arguments)
    exercises = _released(root, arguments.exercises)
    settings = course.load_settings(root, Execute_timeout=arguments.timeout)
    workers = arguments.workers or default_workers()

    started = time.perf_counter()
    results = course.autograde(root, settings, exercises, students=arguments.student,
                               workers=workers, force=arguments.force)
    for result in results:
        if not result.ok:
            print(message("course.grading_failed", student=result.student, assignment=result.assignment,
                          error=result.error), file=sys.stderr)
    print(message("course.graded", count=len(results), seconds=f"{time.perf_counter() - started:.1f}",
                  workers=workers, log=root / LOG_NAME))
    return 0 if all(result.ok for result in results) else 1


def run_feedback(arguments) -> int:
    from .. import course

    root = _root(arguments)
    exercises = _released(root, arguments.exercises)
    settings = course.load_settings(root)
    if arguments.exchange and "Exchange.root" not in settings:
        raise WorkshopError("course.collect_source_missing")
    written = course.generate_feedback(root, settings, exercises, exchange=arguments.exchange,
                                       to_folder=Path(arguments.to_folder) if arguments.to_folder else None)
    print(message("course.feedback_written", count=len(written), folder=root / "feedback"))
    return 0


def run_progress(arguments) -> int:
    from .. import course

    root = _root(arguments)
    records = course.course_records(root)
    if records.empty:
        print(message("course.progress_empty"))
        return 0

    labels = {status: message(f"course.status_{status}") for status in course.progress.STATUSES}
    statuses = course.status_table(records).replace(labels)
    statuses.index.name = None
    statuses.columns.name = None
    print(statuses.to_string())
    print()
    print(message("course.progress_completion"))
    table = course.completion(records)
    table["share_done"] = (100 * table["share_done"]).round().astype(int).astype(str) + " %"
    table.columns = [labels.get(name) or message(f"course.column_{name}") for name in table.columns]
    table.index.name = None
    print(table.to_string())
    print()
    stuck = course.stuck_learners(records)
    if stuck.empty:
        print(message("course.progress_nobody_stuck"))
    else:
        print(message("course.progress_stuck", names=", ".join(stuck["student"])))

    if arguments.csv:
        print(message("course.progress_csv", path=course.export_csv(records, Path(arguments.csv))))
    return 0
