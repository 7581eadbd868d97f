"""Widgets for the lessons and the Voila demos. They collect choices and call the kit's functions."""

from .app_builder import AppBuilder
from .search import SearchWidget

__all__ = ["AppBuilder", "SearchWidget"]
