"""``publish``: put a checked dataset on the local portal, as a new version each time."""

from .publish import Publication, default_portal, publish

__all__ = ["publish", "Publication", "default_portal"]
