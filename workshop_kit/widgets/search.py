"""A dataset search widget: a text box, facets, a results table and the code to open a dataset.

The widget contains no search logic: every search is a ``find_datasets`` call, and the
facet counts, licence names, freshness labels and code line come from
``workshop_kit.finding``. In a notebook::

    from workshop_kit.widgets import SearchWidget
    SearchWidget().show()
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd

from ..errors import WorkshopError
from ..finding import facet_counts, find_datasets, freshness_label, frequency_name, licence_name, open_code
from ..finding.portals import known_portals
from ..i18n import message

# Facet filter name -> results column whose values it offers.
FACETS = {"publisher": "publisher", "licence": "licence_id", "format": "formats", "theme": "theme"}
FACET_SOURCE_LIMIT = 100
ALL = ""


class SearchWidget:
    """The search box, facets and results of ``find_datasets`` as ipywidgets.

    ``portal`` is where the first search goes: ``"local"`` (the default) or the name of a
    known portal, which the portal menu lists. ``catalog`` is another local catalog file.
    """

    def __init__(self, portal: str = "local", catalog=None, limit: int = 20):
        self.catalog = catalog
        self.limit = limit
        self.results = pd.DataFrame()

        self.query = widgets.Text(
            placeholder=message("finding.widget.query_placeholder"),
            description=message("finding.widget.query_label"),
            continuous_update=False,
        )
        self.portal = widgets.Dropdown(
            options=[(message("finding.widget.portal_local"), "local")] + [(name, name) for name in known_portals()],
            value=portal,
            description=message("finding.widget.portal_label"),
        )
        self.search_button = widgets.Button(description=message("finding.widget.search_button"), icon="search")
        self.facets = {
            name: widgets.Dropdown(options=[(message("finding.widget.facet_all"), ALL)], value=ALL,
                                   description=message(f"finding.widget.facet_{name}"))
            for name in FACETS
        }
        self.status = widgets.HTML()
        self.table = widgets.HTML()
        self.choice = widgets.Dropdown(options=[], description=message("finding.widget.choice_label"))
        self.use_button = widgets.Button(description=message("finding.widget.use_button"), button_style="primary")
        self.code = widgets.HTML()

        self.search_button.on_click(lambda _: self.search())
        self.query.observe(lambda _: self.search(), names="value")
        self.portal.observe(lambda _: self.search(), names="value")
        for dropdown in self.facets.values():
            dropdown.observe(self._on_facet, names="value")
        self.use_button.on_click(lambda _: self.use_selected())

        self._updating_facets = False
        self.box = widgets.VBox(
            [
                widgets.HBox([self.query, self.search_button]),
                self.portal,
                widgets.HBox(list(self.facets.values()), layout=widgets.Layout(flex_flow="row wrap")),
                self.status,
                self.table,
                widgets.HBox([self.choice, self.use_button]),
                self.code,
            ],
            layout=widgets.Layout(width="100%"),
        )
        self.box.add_class("workshop-search")
        self.search()

    # -- actions ----------------------------------------------------------------------

    def filters(self) -> dict:
        """Return the facet values chosen, as ``find_datasets`` filters."""
        return {name: dropdown.value for name, dropdown in self.facets.items() if dropdown.value != ALL}

    def search(self) -> pd.DataFrame:
        """Run the search for the text and facets shown, then refresh facets and table."""
        options = {"catalog": self.catalog} if self.portal.value == "local" else {}
        try:
            everything = find_datasets(self.query.value, self.portal.value, limit=FACET_SOURCE_LIMIT, **options)
            self._refresh_facets(everything)
            self.results = find_datasets(
                self.query.value, self.portal.value, limit=self.limit, **self.filters(), **options
            )
        except WorkshopError as error:
            self.results = pd.DataFrame()
            self.status.value = f'<div class="workshop-error" style="color:#b02a37">{html.escape(str(error))}</div>'
            self._show_table()
            return self.results

        total = self.results.attrs.get("total_count", len(self.results))
        self.status.value = html.escape(message("finding.widget.count", shown=len(self.results), total=total))
        self._show_table()
        return self.results

    def use_selected(self) -> str:
        """Show, and return, the line of code that opens the chosen dataset."""
        if self.choice.value is None:
            self.code.value = html.escape(message("finding.widget.nothing_chosen"))
            return ""
        row = self.results.iloc[self.choice.value]
        line = open_code(row["dataset_id"], row["portal"], self.results.attrs.get("api"))
        self.code.value = (
            f"<p>{html.escape(message('finding.widget.code_intro'))}</p>"
            f'<pre class="workshop-code" style="background:#f4f4f4;padding:6px">{html.escape(line)}</pre>'
        )
        return line

    def show(self):
        """Display the widget in the notebook and return it."""
        from IPython.display import display

        display(self.box)
        return self

    def _ipython_display_(self):
        from IPython.display import display

        display(self.box)

    # -- refreshing -------------------------------------------------------------------

    def _on_facet(self, change) -> None:
        if not self._updating_facets:
            self.search()

    def _refresh_facets(self, table: pd.DataFrame) -> None:
        """Offer, in each facet, the values of the unfiltered results with their counts."""
        self._updating_facets = True
        try:
            for name, dropdown in self.facets.items():
                counts = facet_counts(table, FACETS[name]) if not table.empty else []
                options = [(message("finding.widget.facet_all"), ALL)]
                for value, count in counts:
                    label = licence_name(value, original=value) if name == "licence" else value
                    options.append((f"{label} ({count})", value))
                current = dropdown.value
                dropdown.options = options
                dropdown.value = current if current in [value for _, value in options] else ALL
        finally:
            self._updating_facets = False

    def _show_table(self) -> None:
        """Render the results as an HTML table, licence and freshness included."""
        rows = self.results
        self.choice.options = [(str(title), position) for position, title in enumerate(rows.get("title", []))]
        self.choice.value = 0 if len(rows) else None
        if rows.empty:
            self.table.value = f"<p>{html.escape(message('finding.widget.no_results'))}</p>"
            return

        headers = ["title", "publisher", "licence", "freshness", "frequency", "formats", "records"]
        head = "".join(f"<th>{html.escape(message(f'finding.widget.column_{name}'))}</th>" for name in headers)
        body = []
        for _, row in rows.iterrows():
            link = f'<a href="{html.escape(row["page_url"])}" target="_blank">{html.escape(row["title"])}</a>'
            records = "" if pd.isna(row["records"]) else f"{int(row['records']):,}".replace(",", "\u202f")
            cells = [
                link,
                html.escape(row["publisher"]),
                f'<span class="licence licence-{html.escape(row["licence_id"])}">{html.escape(row["licence_name"])}</span>',
                html.escape(freshness_label(row["modified"], row["update_frequency"])),
                html.escape(frequency_name(row["update_frequency"])),
                html.escape(", ".join(row["formats"])),
                records,
            ]
            body.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
        self.table.value = (
            '<table class="workshop-results" style="border-collapse:collapse;width:100%">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        )
