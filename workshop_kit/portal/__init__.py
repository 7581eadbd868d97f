"""The local open-data portal: Datasette serving what ``publish`` wrote."""

from .server import portal_command, start_portal, stop_portal

__all__ = ["start_portal", "stop_portal", "portal_command"]
