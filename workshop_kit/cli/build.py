"""``workshop build``: regenerate lesson notebooks and exercises from ``lessons/``."""

from __future__ import annotations

from ..i18n import message
from ..lessons import build_all, stale_files


def register(subparsers) -> None:
    parser = subparsers.add_parser("build", help=message("cli.build_help"))
    parser.add_argument("--check", action="store_true", help=message("cli.build_check_help"))
    parser.set_defaults(handler=run)


def run(arguments) -> int:
    if arguments.check:
        stale = stale_files()
        for path in stale:
            print(message("cli.build_stale", path=path))
        if not stale:
            print(message("cli.build_up_to_date"))
        return 1 if stale else 0

    written = build_all()
    print(message("cli.build_written", count=len(written)))
    return 0
