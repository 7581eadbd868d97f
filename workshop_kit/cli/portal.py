"""``workshop portal``: serve the published datasets with Datasette on 127.0.0.1."""

from __future__ import annotations

from ..i18n import message
from ..portal import start_portal, stop_portal


def register(subparsers) -> None:
    parser = subparsers.add_parser("portal", help=message("portal.help"))
    parser.add_argument("--portal", metavar="PATH", help=message("portal.path_help"))
    parser.add_argument("--port", type=int, metavar="N", help=message("portal.port_help"))
    parser.set_defaults(handler=run)


def run(arguments) -> int:
    process, url = start_portal(arguments.portal, arguments.port)
    print(message("portal.started", url=url), flush=True)
    try:
        return process.wait()
    except KeyboardInterrupt:
        stop_portal(process)
        print(message("portal.stopped"), flush=True)
        return 0
