"""open_dataset on delimited text: delimiters, encodings, line endings, headers."""

from __future__ import annotations

import pytest

import workshop_kit as wk
from fixtures_reading import report_of, PLACES, places_text, write_bytes, write_text


@pytest.fixture(autouse=True)
def in_english(english):
    """Run every test of this module with English messages."""


@pytest.mark.parametrize(
    ("delimiter", "decimal"),
    [(";", ","), (",", "."), ("\t", "."), ("|", ".")],
    ids=["semicolon", "comma", "tab", "pipe"],
)
def test_delimiter_detected(tmp_path, delimiter, decimal):
    path = write_text(tmp_path, "lieux.csv", places_text(delimiter=delimiter, decimal=decimal))
    frame = wk.open_dataset(path)
    assert report_of(frame).delimiter == delimiter, f"delimiter detected as {report_of(frame).delimiter!r}"
    assert list(frame.columns[:3]) == ["nom", "ville", "code_postal"], f"columns: {list(frame.columns)}"
    assert frame.loc[1, "latitude"] == pytest.approx(48.9021), "row 1 latitude misread"


@pytest.mark.parametrize(
    ("encoding", "expected_name", "ascii_quotes"),
    [
        ("utf-8", "UTF-8", False),
        ("utf-8-sig", "UTF-8 (BOM)", False),
        ("utf-16", "UTF-16 (BOM)", False),
        ("cp1252", "Windows-1252", False),
        ("latin-1", "ISO-8859-1 (latin-1)", True),
        ("cp850", "CP850 (DOS)", True),
        ("mac_roman", "Mac Roman", True),
    ],
)
def test_encoding_detected(tmp_path, encoding, expected_name, ascii_quotes):
    text = places_text(ascii_quotes=ascii_quotes)
    path = write_text(tmp_path, "lieux.csv", text, encoding)
    frame = wk.open_dataset(path)
    expected_row_2 = "Crèche Les Pâquerettes" if ascii_quotes else PLACES[2][0]
    assert report_of(frame).encoding == expected_name, f"{encoding} file reported as {report_of(frame).encoding}"
    assert frame.loc[2, "nom"] == expected_row_2, f"accented name in row 2 read as {frame.loc[2, 'nom']!r}"
    assert frame.loc[3, "ville"] == "Besançon", f"row 3 city read as {frame.loc[3, 'ville']!r}"
    assert list(frame.columns[:1]) == ["nom"], f"first column name is {frame.columns[0]!r} (a BOM left in it?)"


def test_cp1252_curly_apostrophe(tmp_path):
    path = write_text(tmp_path, "lieux.csv", places_text(), "cp1252")
    frame = wk.open_dataset(path)
    assert frame.loc[1, "nom"] == "Café de l’Église", f"row 1 read as {frame.loc[1, 'nom']!r}"


@pytest.mark.parametrize(("newline", "name"), [("\n", "LF"), ("\r\n", "CRLF"), ("\r", "CR")])
def test_line_endings(tmp_path, newline, name):
    path = write_text(tmp_path, "lieux.csv", places_text(newline=newline), "cp1252")
    frame = wk.open_dataset(path)
    assert report_of(frame).line_ending == name, f"line endings reported as {report_of(frame).line_ending}"
    assert len(frame) == 4, f"{len(frame)} rows read instead of 4"
    assert frame.loc[3, "longitude"] == pytest.approx(2.34), "last row longitude misread"


def test_quoted_cell_with_newline(tmp_path):
    text = 'nom;telephone;latitude;longitude\r\n"Épicerie";"01 99 00 00 01\r\n01 99 00 00 02";48,90;2,48\r\nBoulangerie;;48,91;2,47\r\n'
    frame = wk.open_dataset(write_text(tmp_path, "commerces.csv", text, "cp1252"))
    assert len(frame) == 2, f"{len(frame)} rows: the quoted newline split a record"
    assert frame.loc[0, "telephone"] == "01 99 00 00 01\r\n01 99 00 00 02", "multi-line cell changed"
    assert frame.loc[1, "nom"] == "Boulangerie", "second record misread"


def test_padded_header_and_nbsp_amounts(tmp_path):
    text = "Nature;Fonction; BP ;Libellé\n616;020; 1\u00a0063\u00a0850,00    ;Administration\n758;; -      ;\n6042;21; 37\u00a0000,50 ;École\n"
    frame = wk.open_dataset(write_text(tmp_path, "budget.csv", text, "latin-1"))
    assert "BP" in frame.columns, f"padded header not cleaned: {list(frame.columns)}"
    assert frame.loc[0, "BP"] == pytest.approx(1063850.0), f"amount read as {frame.loc[0, 'BP']!r}"
    assert frame.loc[2, "BP"] == pytest.approx(37000.5), f"amount read as {frame.loc[2, 'BP']!r}"
    assert frame["BP"].isna().sum() == 1, "the accounting dash should be the one missing amount"
    assert frame.loc[0, "Fonction"] == "020", f"code lost its leading zero: {frame.loc[0, 'Fonction']!r}"
    assert frame.loc[2, "Nature"] == "6042", f"code read as {frame.loc[2, 'Nature']!r}"


def test_no_header_detected(tmp_path):
    path = write_text(tmp_path, "sans_entete.csv", places_text(header=False), "utf-8")
    frame = wk.open_dataset(path)
    assert report_of(frame).header_row is None, "a file without header row was read as having one"
    assert len(frame) == 4, f"{len(frame)} rows instead of 4: the first data row was used as header"
    assert frame.loc[0, "column_1"] == PLACES[0][0], f"first cell read as {frame.loc[0, 'column_1']!r}"
    assert "no header row" in str(report_of(frame)), "the report does not say that there is no header row"


def test_header_option_overrides(tmp_path):
    path = write_text(tmp_path, "lieux.csv", places_text(), "utf-8")
    frame = wk.open_dataset(path, header=False)
    assert len(frame) == 5, "header=False should read the header line as data"


def test_sep_and_encoding_options(tmp_path):
    path = write_text(tmp_path, "lieux.txt", places_text(delimiter="|", decimal="."), "cp1252")
    frame = wk.open_dataset(path, sep="|", encoding="cp1252")
    assert frame.loc[2, "nom"] == PLACES[2][0], "explicit sep/encoding misread row 2"


def test_too_many_cells_reported(tmp_path):
    text = "nom;ville;puissance\nBorne A;Bondy;22\nBorne B;Issy;T2;E/F\nBorne C;Paris;7,4 kW\n"
    frame = wk.open_dataset(write_text(tmp_path, "irve.csv", text))
    report = report_of(frame)
    assert len(frame) == 3, f"{len(frame)} rows: the long row should be kept, cut to the header's width"
    assert report.bad_lines == [3], f"bad lines reported as {report.bad_lines}"
    assert "line(s) 3" in str(report), "the report does not name line 3"
    assert frame.loc[1, "ville"] == "Issy", "the long row's first cells changed"


def test_tsv_with_crlf_and_bom(tmp_path):
    data = b"\xef\xbb\xbf" + places_text(delimiter="\t", decimal=".", newline="\r\n").encode("utf-8")
    frame = wk.open_dataset(write_bytes(tmp_path, "lieux.tsv", data))
    assert frame.columns[0] == "nom", f"BOM left in first header: {frame.columns[0]!r}"
    assert report_of(frame).delimiter == "\t", "tab delimiter not detected"
