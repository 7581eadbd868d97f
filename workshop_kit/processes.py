"""Helpers for the servers the kit starts as child processes (Voila, Datasette, JupyterLab)."""

from __future__ import annotations

import subprocess


def stop_process(process: subprocess.Popen, timeout: float = 10) -> int:
    """Terminate ``process``, kill it after ``timeout`` seconds, and return its exit code."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode
