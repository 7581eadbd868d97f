"""``workshop lab``: open JupyterLab on the welcome lesson in the chosen language."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from ..errors import WorkshopError
from ..i18n import get_language, message
from ..paths import notebooks_dir, workshop_root

FIRST_PORT = 8888


def free_port(start: int = FIRST_PORT, attempts: int = 100) -> int:
    """Return the first port from ``start`` on which 127.0.0.1 accepts a new server."""
    for port in range(start, start + attempts):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise WorkshopError("cli.no_free_port", start=start, end=start + attempts - 1)


def welcome_notebook(language: str):
    """Return the path of lesson 00 in ``language``."""
    candidates = sorted(notebooks_dir(language).glob("00_*.ipynb"))
    if not candidates:
        raise WorkshopError("core.file_not_found", path=notebooks_dir(language) / "00_*.ipynb")
    return candidates[0]


def register(subparsers) -> None:
    parser = subparsers.add_parser("lab", help=message("cli.lab_help"))
    parser.add_argument("--port", type=int, help=message("cli.lab_port_help"))
    parser.add_argument("--no-browser", action="store_true", help=message("cli.lab_no_browser_help"))
    parser.set_defaults(handler=run)


def lab_command(port: int, open_browser: bool, language: str) -> list[str]:
    """Return the command line that starts JupyterLab on the welcome lesson."""
    root = workshop_root()
    notebook = welcome_notebook(language).relative_to(root)
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        str(notebook),
        f"--ServerApp.root_dir={root}",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
    ]
    if not open_browser:
        command.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Containers and CI machines often run as root, which Jupyter refuses by default.
        command.append("--ServerApp.allow_root=True")
    return command


def run(arguments) -> int:
    language = get_language()
    port = arguments.port or free_port()
    command = lab_command(port, not arguments.no_browser, language)
    print(message("cli.lab_starting", port=port, notebook=welcome_notebook(language).name), flush=True)

    environment = dict(os.environ, WORKSHOP_LANG=language)
    # The kernel inherits WORKSHOP_LANG, so messages match the lesson's language.
    process = subprocess.Popen(command, cwd=workshop_root(), env=environment)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        return process.wait()
