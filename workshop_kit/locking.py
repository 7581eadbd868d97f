"""An exclusive lock on a file, shared by processes on one machine."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


@contextmanager
def file_lock(path: Path):
    """Hold an exclusive lock on ``path`` while the block runs (POSIX only).

    The lock file is created when missing and left in place afterwards.
    """
    if fcntl is None:
        # TODO: no lock on Windows. Two processes may then repeat a download or race on
        # a portal's catalog; atomic renames still keep each written file whole.
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
