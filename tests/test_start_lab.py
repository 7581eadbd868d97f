"""The README's first command starts JupyterLab, which responds on a local port."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from workshop_kit.processes import free_port

REPOSITORY = Path(__file__).resolve().parent.parent
STARTUP_TIMEOUT_SECONDS = 120


def wait_for_status(url: str, process: subprocess.Popen, timeout: float) -> int:
    """Poll ``url`` until it responds or ``process`` exits; return the HTTP status."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the lab command exited early with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    raise AssertionError(f"JupyterLab did not answer on {url} within {timeout} s")


@pytest.mark.slow
@pytest.mark.parametrize("language, notebook", [("en", "00_welcome.ipynb"), ("fr", "00_bienvenue.ipynb")])
def test_start_opens_jupyterlab(tmp_path, language, notebook):
    port = free_port(18888)
    token = "workshop-test-token"
    environment = dict(os.environ, JUPYTER_TOKEN=token, JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"))
    log = (tmp_path / "lab.log").open("w")
    process = subprocess.Popen(
        [sys.executable, str(REPOSITORY / "start.py"), "--lang", language, "--no-browser", "--port", str(port)],
        cwd=REPOSITORY,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        status = wait_for_status(f"http://127.0.0.1:{port}/lab?token={token}", process, STARTUP_TIMEOUT_SECONDS)
        assert status == 200, f"JupyterLab answered {status}"

        contents = f"http://127.0.0.1:{port}/api/contents/notebooks/{language}/{notebook}?token={token}&content=0"
        with urllib.request.urlopen(contents, timeout=10) as response:
            assert response.status == 200, f"the welcome notebook {notebook} is not served"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()

    output = (tmp_path / "lab.log").read_text()
    assert notebook in output, f"the start message does not name the welcome notebook:\n{output[-1500:]}"
