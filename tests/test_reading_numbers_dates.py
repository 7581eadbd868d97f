"""open_dataset's number, identifier and date handling on French exports."""

from __future__ import annotations

import pandas as pd
import pytest

import workshop_kit as wk
from fixtures_reading import write_text


@pytest.fixture(autouse=True)
def in_english(english):
    """Run every test of this module with English messages."""


def open_text(tmp_path, text, encoding="utf-8"):
    return wk.open_dataset(write_text(tmp_path, "table.csv", text, encoding))


def test_units_removed(tmp_path):
    frame = open_text(tmp_path, "borne;puiss_max;taux\nA;22;10 %\nB;3,7kW;12,5%\nC;22 kW;0 %\nD;22.000;100 %\n")
    assert frame["puiss_max"].tolist() == [22.0, 3.7, 22.0, 22.0], f"powers read as {frame['puiss_max'].tolist()}"
    assert frame.loc[1, "taux"] == pytest.approx(12.5), f"percentage read as {frame.loc[1, 'taux']!r}"


def test_unreadable_cell_reported(tmp_path):
    rows = "".join(f"B{index};22\n" for index in range(120))
    frame = open_text(tmp_path, "borne;puiss_max\n" + rows + "Z;T2 - E/F\n")
    report = frame.attrs["workshop_report"]
    assert frame["puiss_max"].dtype == "float64", "the column should still be numbers"
    assert pd.isna(frame.loc[120, "puiss_max"]), "the unreadable cell should be missing"
    assert "1 unreadable value" in str(report), "the unreadable cell is not reported"


def test_space_thousands(tmp_path):
    frame = open_text(tmp_path, "poste;montant\nA;1 234 567,89\nB;12\u202f000\nC;250,5\n", "utf-8")
    assert frame["montant"].tolist() == [1234567.89, 12000.0, 250.5], f"amounts: {frame['montant'].tolist()}"


def test_insee_codes_stay_text(tmp_path):
    frame = open_text(tmp_path, "codgeo;libgeo;p21_pop\n01001;L'Abergement;800\n2A004;Ajaccio;73000\n75056;Paris;2100000\n")
    assert frame["codgeo"].tolist() == ["01001", "2A004", "75056"], f"codes: {frame['codgeo'].tolist()}"
    assert frame.loc[1, "p21_pop"] == 73000, "population should be a number"


def test_school_codes_and_postcodes(tmp_path):
    frame = open_text(tmp_path, "Numéro de l'école;cp;Nombre d'élèves\n0930149G;93140;334\n0930203R;01100;228\n")
    assert frame.loc[0, "Numéro de l'école"] == "0930149G", "school code changed"
    assert frame.loc[1, "cp"] == "01100", f"postcode read as {frame.loc[1, 'cp']!r}"
    assert frame.loc[1, "Nombre d'élèves"] == 228, "pupil count should be a number"


def test_leading_zero_column_without_code_name(tmp_path):
    frame = open_text(tmp_path, "IDEMPLACEMENT;arbre\n000202031;Platane\n000202016;Tilleul\n")
    assert frame.loc[0, "IDEMPLACEMENT"] == "000202031", "leading zeros lost"


@pytest.mark.parametrize(
    ("cells", "expected_format"),
    [
        (["03/04/2026", "13/04/2026", "28/02/2026"], "%d/%m/%Y"),
        (["03-04-2026", "13-04-2026", "28-02-2026"], "%d-%m-%Y"),
        (["2026/04/03", "2026/04/13", "2026/02/28"], "%Y/%m/%d"),
        (["2026-04-03", "2026-04-13", "2026-02-28"], "%Y-%m-%d"),
        (["03/04/2026 09:30", "13/04/2026 18:00", "28/02/2026 00:15"], "%d/%m/%Y %H:%M"),
    ],
)
def test_dates_day_first(tmp_path, cells, expected_format):
    text = "titre;date\n" + "".join(f"E{index};{cell}\n" for index, cell in enumerate(cells))
    frame = open_text(tmp_path, text)
    assert frame.loc[0, "date"].month == 4, f"{cells[0]} read with month {frame.loc[0, 'date'].month}, not April"
    assert frame.loc[0, "date"].day == 3, f"{cells[0]} read with day {frame.loc[0, 'date'].day}"
    assert frame.loc[2, "date"].month == 2, f"{cells[2]} misread"
    assert expected_format in str(frame.attrs["workshop_report"]), "the report does not give the format"


def test_two_digit_years(tmp_path):
    frame = open_text(tmp_path, "titre;date\nA;03/04/26\nB;13/12/99\n")
    assert frame.loc[0, "date"] == pd.Timestamp("2026-04-03"), f"03/04/26 read as {frame.loc[0, 'date']}"
    assert frame.loc[1, "date"] == pd.Timestamp("1999-12-13"), f"13/12/99 read as {frame.loc[1, 'date']}"
    assert "00 to 68 give 2000 to 2068" in str(frame.attrs["workshop_report"]), "the century rule is not stated"


def test_no_row_swaps_day_and_month(tmp_path):
    cells = [f"{day:02d}/{month:02d}/2026" for day in (1, 5, 12, 13, 28) for month in (1, 6, 11)]
    text = "titre;debut\n" + "".join(f"E{index};{cell}\n" for index, cell in enumerate(cells))
    frame = open_text(tmp_path, text)
    expected = [pd.Timestamp(2026, month, day) for day in (1, 5, 12, 13, 28) for month in (1, 6, 11)]
    assert frame["debut"].tolist() == expected, "some dates were read month-first"


def test_number_format_change_after_sample(tmp_path):
    rows = "".join(f"P{index};{index},5\n" for index in range(600))
    frame = open_text(tmp_path, "poste;montant\n" + rows + "Z;1 234,5\nY;inconnu\n")
    assert frame["montant"].dtype == "float64", f"montant read as {frame['montant'].dtype}"
    assert frame.loc[600, "montant"] == pytest.approx(1234.5), f"late amount read as {frame.loc[600, 'montant']!r}"
    assert "1 unreadable value" in str(frame.attrs["workshop_report"]), "the 'inconnu' cell is not reported"
