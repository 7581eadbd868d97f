"""``workshop demo``: serve a notebook of ``demos/`` with Voila on 127.0.0.1, no code shown.

The demos are discovered from the folder: every ``demos/*.ipynb``. A notebook's title is
``metadata.workshop.title.<lang>`` when it has one, else its file name.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import webbrowser
from pathlib import Path

from ..errors import WorkshopError
from ..i18n import get_language, message
from ..paths import workshop_root
from ..processes import free_port, stop_process

HOST = "127.0.0.1"
FIRST_PORT = 8866
DEFAULT_DEMO = "app_builder"
START_TIMEOUT_SECONDS = 90


def demos_dir() -> Path:
    return workshop_root() / "demos"


def demo_title(notebook: Path, language: str) -> str:
    """Return the notebook's title in ``language`` from its metadata, or its file name."""
    try:
        metadata = json.loads(notebook.read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return notebook.stem
    titles = (metadata.get("workshop") or {}).get("title") or {}
    return titles.get(language) or titles.get("en") or notebook.stem


def available_demos(language: str | None = None) -> dict[str, str]:
    """Return demo name (file stem) -> title for every notebook in ``demos/``."""
    language = language or get_language()
    return {path.stem: demo_title(path, language) for path in sorted(demos_dir().glob("*.ipynb"))}


def demo_notebook(name: str) -> Path:
    """Return the path of demo ``name``; raise WorkshopError listing the demos when unknown."""
    path = demos_dir() / f"{Path(name).stem}.ipynb"
    if not path.is_file():
        raise WorkshopError("demo.unknown", name=name, demos=", ".join(available_demos()) or "-")
    return path


def voila_command(notebook: Path, port: int) -> list[str]:
    """Return the command line that serves ``notebook`` with Voila on 127.0.0.1:``port``."""
    return [
        sys.executable, "-m", "voila", str(notebook),
        f"--port={port}",
        f"--Voila.ip={HOST}",
        "--no-browser",
        "--strip_sources=True",
        "--theme=light",
    ]


def _responds(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def start_voila(notebook, port: int | None = None, language: str | None = None, environment: dict | None = None):
    """Start Voila on ``notebook`` and return ``(process, url)`` once the server responds.

    ``port`` defaults to the first free port from 8866. The kernel gets
    ``WORKSHOP_LANG=language`` and the extra ``environment`` variables. Voila's output
    goes to ``voila-<port>.log`` in the system's temporary folder. Stop it with
    ``stop_voila(process)``.
    """
    notebook = Path(notebook).resolve()
    if not notebook.is_file():
        raise WorkshopError("core.file_not_found", path=notebook)
    language = language or get_language()
    port = port or free_port(FIRST_PORT)
    url = f"http://{HOST}:{port}/"

    variables = dict(os.environ, WORKSHOP_LANG=language, **(environment or {}))
    log_path = Path(tempfile.gettempdir()) / f"voila-{port}.log"
    with log_path.open("ab") as log:
        process = subprocess.Popen(voila_command(notebook, port), cwd=notebook.parent, env=variables,
                                   stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise WorkshopError("demo.failed", code=process.returncode, log=log_path)
        # Voila renders the notebook (runs its kernel) only when the page is requested,
        # so probing a static file proves the server is up without starting a kernel.
        if _responds(url + "voila/static/voila.js") or _responds(url + "api"):
            return process, url
        time.sleep(0.3)
    stop_voila(process)
    raise WorkshopError("demo.timeout", seconds=START_TIMEOUT_SECONDS, log=log_path)


def stop_voila(process: subprocess.Popen, timeout: float = 10) -> int:
    """Stop a Voila process started by ``start_voila`` and return its exit code."""
    return stop_process(process, timeout)


def register(subparsers) -> None:
    parser = subparsers.add_parser("demo", help=message("demo.help"))
    parser.add_argument("name", nargs="?", default=DEFAULT_DEMO, help=message("demo.name_help"))
    parser.add_argument("--port", type=int, metavar="N", help=message("demo.port_help"))
    parser.add_argument("--no-browser", action="store_true", help=message("demo.no_browser_help"))
    parser.add_argument("--list", action="store_true", help=message("demo.list_help"))
    parser.set_defaults(handler=run)


def print_demos() -> None:
    print(message("demo.available"))
    for name, title in available_demos().items():
        print(f"  {name:<20} {title}")


def run(arguments) -> int:
    if arguments.list:
        print_demos()
        return 0

    notebook = demo_notebook(arguments.name)
    language = get_language()
    process, url = start_voila(notebook, arguments.port, language)
    print(message("demo.started", title=demo_title(notebook, language), url=url), flush=True)
    print_demos()
    if not arguments.no_browser:
        webbrowser.open(url)
    try:
        return process.wait()
    except KeyboardInterrupt:
        stop_voila(process)
        print(message("demo.stopped"), flush=True)
        return 0
