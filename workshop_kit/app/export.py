"""``build_app``: write a table of places as an offline phone map app and its Citadel JSON.

The app is one folder holding a self-contained ``index.html`` (Leaflet, the app code and
the data are inlined, so it opens from ``file://`` with no network) and the dataset as
``<folder name>.citadel.json``.
"""

from __future__ import annotations

import html
import re
import shutil
import tempfile
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from ..errors import WorkshopError
from ..formats.citadel import CATEGORY_SEPARATOR, to_citadel, write_citadel
from ..i18n import LANGUAGES, get_language, load_catalog, message
from ..paths import workshop_home
from .data import build_payload, category_names, load_places, to_script_json
from .mapping import check_mapping, normalise_name, suggest_mapping

ASSETS = Path(__file__).with_name("assets")
# Written into every exported folder, so ``overwrite=True`` only ever replaces an app.
APP_MARKER = ".workshop-app"
DEFAULT_PRIMARY = "#1b6ca8"
# Category colours, largest category first: six colours of the colour-blind-safe
# Okabe-Ito palette, then other distinct colours.
PALETTE = (
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9", "#8c6d31",
    "#6b4c9a", "#e15759", "#4e9a06", "#b07aa1", "#9c755f", "#17becf", "#bcbd22",
)
_HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
LABEL_PREFIX = "app.ui."


def build_app(
    data,
    output=None,
    title: str | None = None,
    mapping: dict | None = None,
    language: str | None = None,
    colors=None,
    metadata: dict | None = None,
    *,
    tiles: dict | None = None,
    overwrite: bool = False,
) -> Path:
    """Write a phone map app for ``data`` and return the folder it is in.

    ``data`` is a DataFrame with latitude/longitude columns (Latitude, lat, lon, lng
    are recognised) or the path of a Citadel JSON file. ``output`` is the folder to
    write (default ``apps/<title>`` in the learners' folder, see ``workshop_home``). When
    it already exists,
    the app goes to ``<output>-2``, ``<output>-3``... so an earlier app is never lost;
    ``overwrite=True`` replaces it instead, and only when it is an app this function
    wrote. ``mapping`` maps roles (see ``ROLES``) to columns; ``suggest_mapping`` fills
    it when absent. ``colors`` is a primary colour ``"#rrggbb"`` or a dict with
    ``primary`` and ``categories`` (category name to colour). ``metadata`` gives the
    information page and the Citadel dataset members: ``licence``, ``licence_url``,
    ``source``, ``source_url``, ``author``, ``date``, ``description``, ``id``.
    ``tiles`` (``{"url": ..., "attribution": ...}``) adds a tile background, which only
    shows when the phone has network.
    """
    language = _check_language(language)
    table, file_metadata = load_places(data)
    mapping = check_mapping(table, mapping if mapping is not None else suggest_mapping(table))
    title = str(title or file_metadata.get("id") or message("app.default_title", language=language))
    info = _dataset_info(file_metadata, metadata or {}, len(table))
    table = _sorted_by_title(table, mapping["title"])

    target = _target_folder(output, title, overwrite)
    document = _app_document(table, mapping, title, language, colors, info, tiles, app_id=target.name)
    citadel = to_citadel(table, {role: column for role, column in mapping.items() if column}, _citadel_metadata(info, language))
    return _write_folder(target, document, citadel, overwrite)


def _check_language(language: str | None) -> str:
    code = str(language or get_language()).strip().lower()[:2]
    if code not in LANGUAGES:
        raise WorkshopError("core.unknown_language", language=language)
    return code


def _sorted_by_title(table: pd.DataFrame, column: str) -> pd.DataFrame:
    """Sort places by title, ignoring case and accents, so the list reads alphabetically."""
    keys = table[column].map(lambda value: normalise_name(value) if isinstance(value, str) else "")
    return table.assign(_sort_key=keys).sort_values("_sort_key", kind="stable").drop(columns="_sort_key").reset_index(drop=True)


def _dataset_info(file_metadata: dict, metadata: dict, count: int) -> dict:
    """Merge the Citadel file's dataset members and the caller's ``metadata`` (which wins)."""
    licence = file_metadata.get("license") or {}
    link = file_metadata.get("link") or {}
    author = file_metadata.get("author") or {}
    info = {
        "id": file_metadata.get("id") or "",
        "licence": licence.get("term") or "",
        "licence_url": licence.get("href") or "",
        "source": "",
        "source_url": link.get("href") or "",
        "author": author.get("value") or "",
        "date": _readable_date(file_metadata.get("updated") or ""),
        "description": "",
        "update_frequency": file_metadata.get("updatefrequency") or "",
    }
    for key, value in metadata.items():
        if value not in (None, ""):
            info[key] = str(value)
    info["built"] = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    info["records"] = count
    return info


def _readable_date(value: str) -> str:
    """Turn Citadel's ``20121030T09:38:21+00:00`` into ``2012-10-30``; leave other text as it is."""
    match = re.match(r"^(\d{4})(\d{2})(\d{2})T", value)
    return f"{match[1]}-{match[2]}-{match[3]}" if match else value


def _citadel_metadata(info: dict, language: str) -> dict:
    return {
        "id": info["id"] or "places",
        "lang": "fr-FR" if language == "fr" else "en-GB",
        "author": info["author"],
        "licence": info["licence"],
        "licence_url": info["licence_url"],
        "link": info["source_url"],
        "update_frequency": info["update_frequency"],
    }


def _colors(colors, categories: list[str]) -> dict:
    """Return ``{"primary": ..., "categories": {name: colour}}``, checking every colour."""
    primary, chosen = DEFAULT_PRIMARY, {}
    if isinstance(colors, str):
        primary = colors
    elif isinstance(colors, dict):
        primary = colors.get("primary") or DEFAULT_PRIMARY
        chosen = dict(colors.get("categories") or {})
    elif colors is not None:
        raise WorkshopError("app.bad_color", color=colors)

    for color in [primary, *chosen.values()]:
        if not isinstance(color, str) or not _HEX_COLOR.match(color):
            raise WorkshopError("app.bad_color", color=color)

    by_category = {}
    for position, name in enumerate(categories):
        by_category[name] = chosen.get(name) or PALETTE[position % len(PALETTE)]
    return {"primary": primary, "categories": by_category}


def app_labels(language: str) -> dict[str, str]:
    """Return the app's interface texts in ``language``, from the ``app.ui.*`` catalog keys."""
    return {
        key[len(LABEL_PREFIX):]: texts[language]
        for key, texts in load_catalog().items()
        if key.startswith(LABEL_PREFIX)
    }


def _app_document(table, mapping, title, language, colors, info, tiles, app_id: str) -> str:
    """Return the text of ``index.html``: template, Leaflet, app code and data inlined."""
    categories = category_names(table, mapping, CATEGORY_SEPARATOR)
    if tiles is not None and not str((tiles or {}).get("url", "")).startswith(("https://", "http://")):
        raise WorkshopError("app.bad_tiles", tiles=tiles)

    config = {
        "id": app_id,
        "title": title,
        "lang": language,
        "labels": app_labels(language),
        "colors": _colors(colors, categories),
        "categories": categories,
        "category_separator": CATEGORY_SEPARATOR,
        "info": info,
        "tiles": tiles,
        "places": build_payload(table, mapping),
    }
    replacements = {
        "{{LANG}}": language,
        "{{PRIMARY}}": config["colors"]["primary"],
        "{{TITLE}}": html.escape(title),
        "{{LEAFLET_CSS}}": (ASSETS / "leaflet" / "leaflet.css").read_text(encoding="utf-8"),
        "{{APP_CSS}}": (ASSETS / "app.css").read_text(encoding="utf-8"),
        "{{DATA}}": to_script_json(config),
        "{{LEAFLET_JS}}": (ASSETS / "leaflet" / "leaflet.js").read_text(encoding="utf-8"),
        "{{APP_JS}}": (ASSETS / "app.js").read_text(encoding="utf-8"),
    }
    # One pass over the template's own placeholders, so a data value that happens to
    # contain "{{DATA}}" is never expanded.
    template = (ASSETS / "template.html").read_text(encoding="utf-8")
    parts = re.split(r"(\{\{[A-Z_]+\}\})", template)
    return "".join(replacements.get(part, part) for part in parts)


def slugify(text: str) -> str:
    """Return a folder name made of lower-case letters, digits and hyphens."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(character for character in text if not unicodedata.combining(character))
    slug = re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()
    return slug[:60] or "app"


def _is_app_folder(path: Path) -> bool:
    return path.is_dir() and (path / APP_MARKER).is_file()


def _target_folder(output, title: str, overwrite: bool) -> Path:
    """Choose the folder to write: ``output``, or the first free ``output-N`` unless overwriting."""
    folder = Path(output).expanduser() if output else workshop_home() / "apps" / slugify(title)
    folder = folder.absolute()
    if not folder.exists() or (folder.is_dir() and not any(folder.iterdir())):
        return folder
    if overwrite:
        if not _is_app_folder(folder):
            raise WorkshopError("app.not_an_app_folder", path=folder)
        return folder

    number = 2
    while True:
        candidate = folder.with_name(f"{folder.name}-{number}")
        if not candidate.exists():
            return candidate
        number += 1


def _write_folder(target: Path, document: str, citadel: dict, overwrite: bool) -> Path:
    """Write the app into a temporary sibling folder, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        (staging / "index.html").write_text(document, encoding="utf-8")
        write_citadel(citadel, staging / f"{target.name}.citadel.json")
        (staging / APP_MARKER).write_text("workshop_kit build_app\n", encoding="utf-8")
        staging.chmod(0o755)

        if target.exists() and (overwrite or not any(target.iterdir())):
            # The old app moves aside first, so a failure here leaves it intact.
            retired = target.with_name(f".{target.name}-replaced")
            shutil.rmtree(retired, ignore_errors=True)
            target.rename(retired)
            staging.rename(target)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target
