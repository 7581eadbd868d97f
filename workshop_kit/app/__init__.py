"""Turn a table of places into an offline phone map app: ``build_app`` and its helpers."""

from .export import build_app
from .mapping import ROLES, suggest_mapping

__all__ = ["ROLES", "build_app", "suggest_mapping"]
