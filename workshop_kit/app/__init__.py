"""Turn a table of places into an offline phone map app: ``build_app`` and its helpers."""

from .export import build_app
from .mapping import ROLES, suggest_mapping
from .preview import phone_instructions, show_app

__all__ = ["ROLES", "build_app", "phone_instructions", "show_app", "suggest_mapping"]
