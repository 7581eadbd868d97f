"""Excel workbooks (.xlsx with openpyxl, legacy .xls with xlrd).

City workbooks often start with a hidden or empty sheet, so the first sheet with data
is read (visible sheets first) and the others are listed in the report.
"""

from __future__ import annotations

import io
import warnings

import pandas as pd

from ..errors import WorkshopError
from . import columns as column_types
from .report import DetectionReport
from .sources import RawSource


def list_sheets(raw: RawSource, kind: str) -> list[tuple[str, bool, bool]]:
    """Return (name, visible, has_data) for each sheet, in workbook order."""
    if kind == "xlsx":
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(raw.data), read_only=True, data_only=True)
        try:
            sheets = []
            for sheet in workbook.worksheets:
                has_data = any(
                    value is not None and str(value).strip() != ""
                    for row in sheet.iter_rows(max_row=50, values_only=True) for value in row
                )
                sheets.append((sheet.title, sheet.sheet_state == "visible", has_data))
            return sheets
        finally:
            workbook.close()

    import xlrd

    workbook = xlrd.open_workbook(file_contents=raw.data, on_demand=True)
    sheets = []
    for index in range(workbook.nsheets):
        sheet = workbook.sheet_by_index(index)
        has_data = any(
            str(sheet.cell_value(row, column)).strip() for row in range(min(sheet.nrows, 50)) for column in range(sheet.ncols)
        )
        sheets.append((sheet.name, sheet.visibility == 0, has_data))
    return sheets


def choose_sheet(sheets: list[tuple[str, bool, bool]], requested, source: str) -> str:
    """Return the requested sheet (name or 0-based position), else the first visible sheet with data."""
    names = [name for name, _, _ in sheets]
    if requested is not None:
        if isinstance(requested, int) and 0 <= requested < len(names):
            return names[requested]
        if requested in names:
            return requested
        raise WorkshopError("reading.sheet_not_found", sheet=requested, path=source, sheets=", ".join(names))
    for want_visible in (True, False):
        for name, visible, has_data in sheets:
            if has_data and (visible or not want_visible):
                return name
    raise WorkshopError("reading.empty_file", path=source)


def read_excel_table(raw: RawSource, kind: str, report: DetectionReport, sheet=None) -> pd.DataFrame:
    """Read one sheet of a workbook, starting at its first non-empty row."""
    sheets = list_sheets(raw, kind)
    chosen = choose_sheet(sheets, sheet, raw.name)
    report.kind = "Excel"
    report.sheet = chosen
    report.sheets = [name for name, _, _ in sheets]
    if sheet is None and chosen != sheets[0][0]:
        first, visible, _ = sheets[0]
        key = "reading.repair_sheet_skipped_empty" if visible else "reading.repair_sheet_skipped_hidden"
        report.repair(key, skipped=first, sheet=chosen)

    engine = "openpyxl" if kind == "xlsx" else "xlrd"
    with warnings.catch_warnings():
        # NOTE: pandas 3 deprecates its xlrd engine in favour of calamine, which the kit
        # does not install yet; xlrd still reads .xls files correctly.
        warnings.filterwarnings("ignore", message="The xlrd engine is deprecated")
        grid = pd.read_excel(io.BytesIO(raw.data), sheet_name=chosen, header=None, engine=engine, dtype=object)
    grid = grid.dropna(how="all").dropna(axis=1, how="all")
    if grid.empty:
        raise WorkshopError("reading.empty_file", path=f"{raw.name} [{chosen}]")

    header_position = grid.index[0]
    report.header_row = int(header_position)
    names = column_types.clean_header(list(grid.loc[header_position]), report)
    frame = grid.loc[grid.index > header_position].copy()
    frame.columns = names
    frame = frame.reset_index(drop=True)
    return _type_cells(frame, report)


def _type_cells(frame: pd.DataFrame, report: DetectionReport) -> pd.DataFrame:
    """Give each column one type: numbers, dates, or text (codes keep their zeros)."""
    for column in frame.columns:
        values = frame[column].dropna()
        if values.empty:
            continue
        if all(isinstance(value, (int, float)) and not isinstance(value, bool) for value in values):
            numeric = pd.to_numeric(frame[column], errors="coerce")
            if column_types.numbers.is_identifier_name(column):
                integral = numeric.dropna().mod(1).eq(0).all()
                text = numeric.astype("Int64") if integral else numeric
                frame[column] = text.astype("str").where(numeric.notna())
            else:
                frame[column] = numeric
        elif all(isinstance(value, pd.Timestamp) or hasattr(value, "year") for value in values):
            frame[column] = pd.to_datetime(frame[column], errors="coerce")
        else:
            frame[column] = frame[column].map(lambda value: value if value is None or pd.isna(value) else str(value))
            frame[column] = frame[column].astype("str").where(frame[column].notna())
    return column_types.convert_text_columns(frame, report)
