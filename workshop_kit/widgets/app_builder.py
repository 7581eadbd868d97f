"""The app builder: pick places, map columns to roles, preview the map, create the app.

The widget collects choices and calls plain functions: ``load_places`` and
``suggest_mapping`` to read the data and guess the roles, ``preview_html`` for the live
folium preview, and ``build_app`` for the export. In a notebook::

    from workshop_kit.widgets.app_builder import AppBuilder
    AppBuilder(my_table).show()
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets
import pandas as pd
from IPython.display import display

from ..app import ROLES, build_app, suggest_mapping
from ..app.data import load_places
from ..app.export import DEFAULT_PRIMARY, slugify
from ..app.preview import PREVIEW_LIMIT, phone_instructions, preview_html
from ..errors import WorkshopError
from ..i18n import get_language, message
from ..paths import workshop_home

OWN_TABLE = "__own__"
# Dropdown value for "no column": ipywidgets shows a None value as an empty selection.
NO_COLUMN = ""
# Sample files with places, in the order the menu lists them.
PLACE_SAMPLES = ("lieux.xlsx", "lieux.citadel.json", "evenements.csv", "parkings_lambert93.geojson", "arbres.csv")


def sample_choices(language: str | None = None) -> list[tuple[str, str]]:
    """Return (label, file name) for each sample file with places, titled from the local catalog."""
    from ..samples import load_catalog

    language = language or get_language()
    titles = {}
    for dataset in load_catalog():
        for file in dataset.get("files") or []:
            title = dataset.get("title_en") if language == "en" else dataset.get("title")
            titles[Path(file["path"]).name] = (title or dataset["id"], dataset)
    choices = []
    for name in PLACE_SAMPLES:
        if name in titles:
            choices.append((message("app_builder.sample_option", title=titles[name][0], file=name), name))
    return choices


def sample_metadata(file_name: str, language: str | None = None) -> dict:
    """Return build_app metadata (licence, source, publisher, date) for a sample file."""
    from ..finding import licence_name
    from ..samples import load_catalog

    for dataset in load_catalog():
        if any(Path(file["path"]).name == file_name for file in dataset.get("files") or []):
            return {
                "id": dataset["id"],
                "licence": licence_name(dataset.get("licence", ""), language),
                "source": dataset.get("publisher", ""),
                "source_url": dataset.get("page_url", ""),
                "author": dataset.get("publisher", ""),
                "date": dataset.get("modified", ""),
                "description": dataset.get("description_en" if language == "en" else "description", ""),
            }
    return {}


def load_sample(file_name: str):
    """Return (build_app input, table with positions, metadata) for a sample file.

    A Citadel JSON file is passed to build_app as a path, so its own dataset members
    reach the app; other files are read with ``open_dataset``.
    """
    from ..samples import sample_path

    path = sample_path(file_name)
    if path.name.endswith(".citadel.json"):
        table, _ = load_places(path)
        return path, table, {}
    from ..reading import open_dataset

    frame = open_dataset(path, show_report=False)
    table, _ = load_places(frame)
    return frame, table, sample_metadata(file_name, get_language())


def apps_folder() -> Path:
    """Return where created apps go: ``apps/`` in the learners' folder (see ``workshop_home``)."""
    return workshop_home() / "apps"


class AppBuilder:
    """Choose a dataset, map its columns, preview the map and create the phone app.

    ``data`` is the learner's own table (with latitude/longitude); without it the first
    sample file is selected. ``output`` is the folder apps are written in (see
    ``apps_folder``). ``preview_limit`` caps the places drawn in the folium preview.
    """

    def __init__(self, data: pd.DataFrame | None = None, output=None, preview_limit: int = PREVIEW_LIMIT):
        self.own_data = data
        self.output = Path(output) if output else apps_folder()
        self.preview_limit = preview_limit
        self.source = None
        self.table = pd.DataFrame()
        self.metadata: dict = {}
        self.last_app: Path | None = None
        self._quiet = False

        label_style = {"description_width": "110px"}
        options = sample_choices()
        if data is not None:
            options = [(message("app_builder.own_table"), OWN_TABLE)] + options
        self.dataset = widgets.Dropdown(options=options, description=message("app_builder.dataset_label"),
                                        style={"description_width": "110px"}, layout=widgets.Layout(width="100%", max_width="640px"))
        self.roles = {
            role: widgets.Dropdown(options=[], description=message(f"app_builder.role.{role}"), style=label_style)
            for role in ROLES
        }
        self.name = widgets.Text(description=message("app_builder.name_label"), value=message("app.default_title"),
                                 style=label_style)
        self.color = widgets.ColorPicker(description=message("app_builder.color_label"), value=DEFAULT_PRIMARY,
                                         style=label_style)
        self.preview_status = widgets.HTML()
        # The map goes in an HTML widget shown inside the Output widget. NOTE: with Voila
        # 0.5.13 a page never finished rendering when an Output widget captured a 600 kB
        # output (300 kB worked), while an HTML widget value of 600 kB syncs normally.
        self.preview_frame = widgets.HTML()
        self.preview = widgets.Output(layout=widgets.Layout(min_height="420px"))
        with self.preview:
            display(self.preview_frame)
        self.create_button = widgets.Button(description=message("app_builder.create_button"), button_style="primary",
                                            icon="mobile")
        self.result = widgets.HTML()

        self.dataset.observe(lambda change: self.load(change["new"]), names="value")
        for dropdown in self.roles.values():
            dropdown.observe(lambda change: self.redraw(), names="value")
        self.color.observe(lambda change: self.redraw(), names="value")
        self.create_button.on_click(lambda button: self.create())

        role_grid = widgets.GridBox(list(self.roles.values()),
                                    layout=widgets.Layout(grid_template_columns="repeat(auto-fill, minmax(300px, 1fr))"))
        self.box = widgets.VBox([
            widgets.HTML(f"<h3>{html.escape(message('app_builder.heading'))}</h3>"),
            self.dataset,
            widgets.HTML(f"<b>{html.escape(message('app_builder.roles_heading'))}</b>"),
            role_grid,
            widgets.HBox([self.name, self.color]),
            widgets.HTML(f"<b>{html.escape(message('app_builder.preview_heading'))}</b>"),
            self.preview_status,
            self.preview,
            self.create_button,
            self.result,
        ], layout=widgets.Layout(max_width="980px"))
        self.box.add_class("workshop-app-builder")

        if self.dataset.value is not None:
            self.load(self.dataset.value)

    # ---- Steps ----------------------------------------------------------------------------

    def load(self, choice: str) -> None:
        """Read the chosen dataset, pre-select the suggested columns and redraw the preview."""
        self.result.value = ""
        self.preview_status.value = html.escape(message("app_builder.loading", name=choice))
        try:
            if choice == OWN_TABLE:
                self.source = self.own_data
                self.table, self.metadata = load_places(self.own_data)
            else:
                self.source, self.table, self.metadata = load_sample(choice)
        except WorkshopError as error:
            self._show_error(error)
            return

        suggestion = suggest_mapping(self.table)
        columns = [column for column in self.table.columns if column not in ("latitude", "longitude")]
        self._quiet = True
        try:
            for role, dropdown in self.roles.items():
                dropdown.options = [(message("app_builder.no_column"), NO_COLUMN)] + [(str(column), column) for column in columns]
                dropdown.value = suggestion.get(role) or NO_COLUMN
            if choice != OWN_TABLE:
                self.name.value = Path(choice).name.split(".")[0].replace("_", " ").capitalize()
        finally:
            self._quiet = False
        self.redraw()

    def mapping(self) -> dict:
        """Return the roles and columns chosen in the dropdowns."""
        return {role: dropdown.value for role, dropdown in self.roles.items() if dropdown.value not in (None, NO_COLUMN)}

    def colors(self) -> dict:
        return {"primary": self.color.value}

    def redraw(self) -> None:
        """Draw the folium preview of the current choices in the Output widget."""
        if self._quiet or self.table.empty:
            return
        element, shown = preview_html(self.table, self.mapping(), self.colors(), self.preview_limit)
        if shown < len(self.table):
            status = message("app_builder.preview_sampled", shown=shown, count=len(self.table))
        else:
            status = message("app_builder.preview_count", count=len(self.table))
        self.preview_status.value = html.escape(status)
        self.preview_frame.value = element

    def create(self) -> Path | None:
        """Call build_app with the current choices and show where the app is."""
        self.result.value = html.escape(message("app_builder.creating"))
        title = self.name.value.strip() or message("app.default_title")
        try:
            folder = build_app(
                self.source,
                output=self.output / slugify(title),
                title=title,
                mapping=self.mapping(),
                colors=self.colors(),
                metadata=self.metadata,
            )
        except WorkshopError as error:
            self._show_error(error)
            return None

        self.last_app = folder
        index = folder / "index.html"
        citadel = folder / f"{folder.name}.citadel.json"
        parts = [f"<p class='workshop-app-created'>✅ {html.escape(message('app_builder.created', index=index, citadel=citadel))}</p>"]
        link = _relative_link(index)
        if link:
            parts.append(f"<p><a href='{html.escape(link)}' target='_blank'>{html.escape(message('app_builder.open_link'))}</a></p>")
        parts.append(f"<p>{html.escape(phone_instructions(folder))}</p>")
        self.result.value = "".join(parts)
        return folder

    def _show_error(self, error: WorkshopError) -> None:
        self.result.value = (
            f"<div style='border-left:4px solid #c0392b;background:#fdecea;padding:6px 10px'>"
            f"{html.escape(str(error))}</div>"
        )

    def show(self):
        """Display the widget (in a notebook or in Voila)."""
        display(self.box)
        return self

    def _ipython_display_(self):
        self.show()


def _relative_link(path: Path) -> str | None:
    """Return ``path`` relative to the current folder for a notebook link, or None when outside it.

    JupyterLab serves a notebook's relative links through its file server (``/files/``).
    """
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return None
