"""Start and stop Datasette on 127.0.0.1 for a portal folder.

Datasette serves ``portal.db`` with the table titles, licences and sources of
``metadata.json``: a page per table with facets and full-text search, and every table
and query as JSON and CSV. The datasette-cluster-map plugin, when installed, draws the
tables that have ``latitude`` and ``longitude`` columns on a map.
"""

from __future__ import annotations

import atexit
import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from ..errors import WorkshopError
from ..publishing import default_portal
from ..publishing.database import DATABASE_FILE, DATASETTE_METADATA_FILE
from ..processes import free_port, stop_process

HOST = "127.0.0.1"
# First port tried when none is given: Datasette's own default.
DATASETTE_PORT = 8001
LOG_FILE = "datasette.log"
START_TIMEOUT_SECONDS = 60


def portal_command(path: Path, port: int) -> list[str]:
    """Return the Datasette command line that serves the portal at ``path``."""
    command = [sys.executable, "-m", "datasette", "serve", str(path / DATABASE_FILE),
               "--host", HOST, "--port", str(port)]
    if (path / DATASETTE_METADATA_FILE).is_file():
        command += ["--metadata", str(path / DATASETTE_METADATA_FILE)]
    return command


def _responds(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "-/versions.json", timeout=2) as response:
            json.load(response)
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def start_portal(path=None, port: int | None = None):
    """Start Datasette on the portal at ``path`` and return ``(process, url)`` once it responds.

    ``path`` defaults to the portal ``publish`` writes to; ``port`` defaults to a free
    one. Datasette's output goes to ``datasette.log`` in the portal folder. Stop the
    server with ``stop_portal(process)``.
    """
    path = Path(path).expanduser() if path is not None else default_portal()
    if not (path / DATABASE_FILE).is_file():
        raise WorkshopError("portal.empty", folder=path)
    port = port or free_port(DATASETTE_PORT)
    url = f"http://{HOST}:{port}/"

    log = (path / LOG_FILE).open("ab")
    try:
        process = subprocess.Popen(portal_command(path, port), stdout=log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
    finally:
        log.close()

    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise WorkshopError("portal.failed", code=process.returncode, log=path / LOG_FILE)
        if _responds(url):
            # A notebook kernel that exits must not leave the server running.
            atexit.register(stop_portal, process)
            return process, url
        time.sleep(0.2)
    stop_portal(process)
    raise WorkshopError("portal.timeout", seconds=START_TIMEOUT_SECONDS, log=path / LOG_FILE)


def stop_portal(process: subprocess.Popen, timeout: float = 10) -> int:
    """Stop a Datasette process started by ``start_portal`` and return its exit code."""
    return stop_process(process, timeout)
