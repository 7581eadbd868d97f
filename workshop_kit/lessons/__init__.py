"""Build the French and English notebooks of every lesson and exercise from one source."""

from .build import build_all, stale_files

__all__ = ["build_all", "stale_files"]
