"""Helpers for the servers the kit starts as child processes (Voila, Datasette, JupyterLab)."""

from __future__ import annotations

import socket
import subprocess

from .errors import WorkshopError


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


def port_is_free(port: int) -> bool:
    """Return True when a new server can listen on ``port`` of 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port(start: int = 8888, attempts: int = 100) -> int:
    """Return the first port from ``start`` on which 127.0.0.1 accepts a new server."""
    for port in range(start, start + attempts):
        if port_is_free(port):
            return port
    raise WorkshopError("cli.no_free_port", start=start, end=start + attempts - 1)
