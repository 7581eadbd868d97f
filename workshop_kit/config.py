"""The workshop's one configuration file, ``workshop.toml`` at the workshop root.

It names the city (name, INSEE code, area), its open-data portal, the datasets the lessons
use and the agenda of the afternoon. ``WORKSHOP_CONFIG`` points to another file, so one
copy of the kit can serve several cities. Lessons read it through ``load_config``,
``city``, ``dataset_path`` and ``portal_folder``.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from .errors import WorkshopError
from .paths import sample_data_dir, workshop_root

CONFIG_VARIABLE = "WORKSHOP_CONFIG"
CONFIG_NAME = "workshop.toml"
REQUIRED_SECTIONS = ("city", "portal", "datasets", "agenda")


def config_path() -> Path:
    """Return the configuration file in use: ``WORKSHOP_CONFIG`` or ``workshop.toml`` at the root."""
    if os.environ.get(CONFIG_VARIABLE):
        return Path(os.environ[CONFIG_VARIABLE]).expanduser()
    return workshop_root() / CONFIG_NAME


def load_config(path: str | Path | None = None) -> dict:
    """Read and check the configuration file, raising a WorkshopError that names what is wrong."""
    path = Path(path) if path else config_path()
    if not path.is_file():
        raise WorkshopError("config.not_found", path=path)

    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise WorkshopError("config.invalid_toml", path=path, error=error) from error

    for section in REQUIRED_SECTIONS:
        if not isinstance(config.get(section), dict):
            raise WorkshopError("config.missing_section", path=path, section=section)
    for key in ("name", "bbox"):
        if key not in config["city"]:
            raise WorkshopError("config.missing_key", path=path, key=f"city.{key}")
    if len(config["city"]["bbox"]) != 4:
        raise WorkshopError("config.invalid_bbox", path=path, value=config["city"]["bbox"])
    if not config["agenda"].get("slots"):
        raise WorkshopError("config.missing_key", path=path, key="agenda.slots")
    return config


def city(config: dict | None = None) -> dict:
    """Return the city block: ``name``, ``insee``, ``postcode`` and ``bbox`` (lon/lat box)."""
    return dict((config or load_config())["city"])


def dataset_path(role: str, config: dict | None = None) -> Path:
    """Return the file the lessons use for ``role`` (``places``, ``trees``, ``budget``...).

    Relative names are looked up in ``sample_data/``.
    """
    datasets = (config or load_config())["datasets"]
    if role not in datasets:
        raise WorkshopError("config.unknown_dataset_role", role=role, roles=", ".join(sorted(datasets)))
    path = Path(datasets[role]).expanduser()
    return path if path.is_absolute() else sample_data_dir() / path


def portal_folder() -> Path:
    """Return the local portal folder, the one ``publish`` writes to and ``workshop portal`` serves.

    It is ``WORKSHOP_PORTAL`` when set, else ``.workshop/portal`` in the workshop folder.
    """
    from .publishing.publish import default_portal

    return default_portal()
