"""The ``workshop`` command: one sub-command per module in this package.

Each sub-command module defines ``register(subparsers)``, which adds its parser and sets
``handler`` (a function taking the parsed arguments and returning an exit code) with
``parser.set_defaults(handler=...)``. To add a sub-command, write its module and add its
name to ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from ..errors import WorkshopError
from ..i18n import message, set_language

# Sub-command modules of this package, in the order `workshop --help` lists them.
COMMAND_MODULES = [
    "lab",
    "demo",
    "build",
    "portal",
    "doctor",
    "course",
]


# argparse's own texts (usage line, section titles, errors) -> catalog keys.
ARGPARSE_TEXTS = {
    "usage: ": "cli.argparse_usage",
    "positional arguments": "cli.argparse_positionals",
    "options": "cli.argparse_options",
    "show this help message and exit": "cli.argparse_help",
    "%(prog)s: error: %(message)s\n": "cli.argparse_error",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse_invalid_choice",
    "the following arguments are required: %s": "cli.argparse_required",
    "unrecognized arguments: %s": "cli.argparse_unrecognized",
    "expected one argument": "cli.argparse_expected_one",
    "invalid %(type)s value: %(value)r": "cli.argparse_invalid_value",
    "argument %(argument_name)s: %(message)s": "cli.argparse_argument",
}


def _translate_argparse(text: str) -> str:
    key = ARGPARSE_TEXTS.get(text)
    return message(key) if key else text


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every registered sub-command."""
    # argparse looks up its texts through its module-level gettext function on each use.
    argparse._ = _translate_argparse
    parser = argparse.ArgumentParser(prog="workshop", description=message("cli.description"))
    parser.add_argument("--lang", choices=["fr", "en"], help=message("cli.lang_help"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``workshop`` command and return its exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)

    # The language must be set before the parser is built, because help texts use it.
    if "--lang" in argv:
        position = argv.index("--lang")
        if position + 1 < len(argv) and argv[position + 1] in ("fr", "en"):
            set_language(argv[position + 1])

    parser = build_parser()
    arguments = parser.parse_args(argv)
    if arguments.lang:
        set_language(arguments.lang)
    if not getattr(arguments, "handler", None):
        parser.print_help()
        return 2

    try:
        return int(arguments.handler(arguments) or 0)
    except WorkshopError as error:
        print(message("cli.error_line", title=message("core.error_title"), error=error), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
