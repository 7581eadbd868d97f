"""Widgets for the lessons and the Voila demos. They collect choices and call the kit's functions."""

from .search import SearchWidget
