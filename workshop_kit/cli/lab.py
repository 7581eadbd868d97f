"""``workshop lab``: open JupyterLab on the welcome lesson in the chosen language."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

from ..errors import WorkshopError
from ..i18n import get_language, message
from ..paths import notebooks_dir, workshop_root
from ..processes import free_port, port_is_free



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
    if arguments.port and not port_is_free(arguments.port):
        raise WorkshopError("cli.port_busy", port=arguments.port)
    port = arguments.port or free_port()
    command = lab_command(port, not arguments.no_browser, language)

    # A token chosen here lets the start message give an address that opens without a login.
    token = os.environ.get("JUPYTER_TOKEN") or secrets.token_urlsafe(16)
    notebook = welcome_notebook(language).relative_to(workshop_root()).as_posix()
    url = f"http://127.0.0.1:{port}/lab/tree/{notebook}?token={token}"
    print(message("cli.lab_starting", url=url, notebook=Path(notebook).name), flush=True)

    # The kernel inherits WORKSHOP_LANG, so messages match the lesson's language.
    environment = dict(os.environ, WORKSHOP_LANG=language, JUPYTER_TOKEN=token)
    process = subprocess.Popen(command, cwd=workshop_root(), env=environment)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        return process.wait()
