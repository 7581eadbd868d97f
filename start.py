#!/usr/bin/env python3
"""Set up the workshop environment if needed, then open JupyterLab or run the tests.

    python3 start.py                 # open JupyterLab on the welcome lesson
    python3 start.py --lang en       # the same, in English
    python3 start.py test            # run the whole test suite

Only the Python standard library is used here, so this file runs on a fresh machine with
Python 3.10 or newer. The environment is a virtual environment in ``.venv`` beside this
file (``WORKSHOP_VENV`` chooses another folder). It is created when missing and the kit is
reinstalled when ``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
MINIMUM_PYTHON = (3, 10)

MESSAGES = {
    "old_python": {
        "fr": "Python {found} est trop ancien : l'atelier demande Python 3.10 ou plus récent.",
        "en": "Python {found} is too old: the workshop needs Python 3.10 or newer.",
    },
    "creating": {
        "fr": "Création de l'environnement dans {path} (une seule fois)...",
        "en": "Creating the environment in {path} (once only)...",
    },
    "installing": {
        "fr": "Installation de l'atelier et de ses outils (quelques minutes la première fois)...",
        "en": "Installing the workshop and its tools (a few minutes the first time)...",
    },
    "install_failed": {
        "fr": "L'installation a échoué (code {code}). Vérifiez la connexion à PyPI puis relancez la même commande.",
        "en": "The installation failed (exit code {code}). Check the connection to PyPI, then run the same command again.",
    },
    "bad_language": {
        "fr": "Langue inconnue : {value}. Choisissez --lang fr ou --lang en.",
        "en": "Unknown language: {value}. Choose --lang fr or --lang en.",
    },
    "usage": {
        "fr": "Usage : python3 start.py [lab] [--lang fr|en] [--port N] [--no-browser] | python3 start.py test [options de pytest]",
        "en": "Usage: python3 start.py [lab] [--lang fr|en] [--port N] [--no-browser] | python3 start.py test [pytest options]",
    },
}


def language(arguments: list[str]) -> str:
    """Return the language of this script's own messages: --lang, WORKSHOP_LANG, then the locale."""
    if "--lang" in arguments:
        position = arguments.index("--lang")
        if position + 1 < len(arguments) and arguments[position + 1] in ("fr", "en"):
            return arguments[position + 1]
    for variable in ("WORKSHOP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").lower()
        if value.startswith("en"):
            return "en"
        if value.startswith("fr"):
            return "fr"
    return "fr"


def say(key: str, lang: str, **values) -> None:
    print(MESSAGES[key][lang].format(**values), flush=True)


def environment_folder() -> Path:
    return Path(os.environ.get("WORKSHOP_VENV", ROOT / ".venv")).resolve()


def executable(folder: Path, name: str) -> Path:
    """Return the path of a program inside the virtual environment, on any platform."""
    if os.name == "nt":
        return folder / "Scripts" / f"{name}.exe"
    return folder / "bin" / name


def install_stamp(extras: str) -> str:
    """Identify what is installed: the project file's content and the extras requested."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(extras.encode())
    return digest.hexdigest()


def ensure_environment(extras: str, lang: str) -> Path:
    """Create the virtual environment if missing and install the kit; return its folder."""
    folder = environment_folder()
    python = executable(folder, "python")
    if not python.exists():
        say("creating", lang, path=folder)
        venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(folder)

    stamp_file = folder / ".workshop-installed"
    wanted = install_stamp(extras)
    # A test install also serves the workshop, so either stamp satisfies a plain "lab".
    accepted = {wanted, install_stamp("test")} if extras == "" else {wanted}
    if stamp_file.exists() and stamp_file.read_text().strip() in accepted:
        return folder

    say("installing", lang)
    target = f".[{extras}]" if extras else "."
    commands = [
        [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
        [str(python), "-m", "pip", "install", "--quiet", "-e", target],
    ]
    for command in commands:
        result = subprocess.run(command, cwd=ROOT)
        if result.returncode != 0:
            say("install_failed", lang, code=result.returncode)
            sys.exit(result.returncode)
    stamp_file.write_text(wanted + "\n")
    return folder


def main(arguments: list[str]) -> int:
    lang = language(arguments)
    if sys.version_info < MINIMUM_PYTHON:
        say("old_python", lang, found=".".join(map(str, sys.version_info[:3])))
        return 1

    if "--lang" in arguments:
        position = arguments.index("--lang")
        if position + 1 >= len(arguments) or arguments[position + 1] not in ("fr", "en"):
            say("bad_language", lang, value=" ".join(arguments[position + 1 : position + 2]) or "?")
            return 2

    if arguments[:1] != ["test"] and ("-h" in arguments or "--help" in arguments):
        say("usage", lang)
        return 0

    if arguments[:1] == ["test"]:
        folder = ensure_environment("test", lang)
        command = [str(executable(folder, "python")), "-m", "pytest", *arguments[1:]]
        return subprocess.run(command, cwd=ROOT).returncode

    if arguments[:1] == ["lab"]:
        arguments = arguments[1:]
    folder = ensure_environment("", lang)

    # --lang is an option of `workshop` itself; the other options belong to `workshop lab`.
    lab_arguments = list(arguments)
    if "--lang" in lab_arguments:
        position = lab_arguments.index("--lang")
        del lab_arguments[position : position + 2]
    command = [str(executable(folder, "workshop")), "--lang", lang, "lab", *lab_arguments]
    try:
        return subprocess.run(command, cwd=ROOT).returncode
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
