"""Delimited text files: encoding, line endings, delimiter, header row, then pandas.

Every setting is decided on a sample from the start of the file. pandas' C parser then
reads the whole file once with those settings, so detection costs little on big files.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

import pandas as pd

from ..errors import WorkshopError
from . import columns as column_types
from .report import DetectionReport, format_rows
from .sources import RawSource

SAMPLE_BYTES = 256 * 1024
DELIMITERS = (";", ",", "\t", "|")
# Single-byte encodings of Western European text, in the order preferred on a tie.
WESTERN_ENCODINGS = ("cp1252", "latin_1", "cp850", "mac_roman")
ENCODING_NAMES = {
    "utf_8": "UTF-8",
    "utf_8_sig": "UTF-8 (BOM)",
    "utf_16": "UTF-16 (BOM)",
    "cp1252": "Windows-1252",
    "latin_1": "ISO-8859-1 (latin-1)",
    "iso8859_1": "ISO-8859-1 (latin-1)",
    "cp850": "CP850 (DOS)",
    "mac_roman": "Mac Roman",
}
NON_ASCII_LINE = re.compile(rb"[^\n]*[\x80-\xff][^\n]*")


# A decimal comma at the end of a number: "1 036 290,00", "3,5 kW".
DECIMAL_COMMA_END = re.compile(r"\d,\d{1,2}(\s*\D*)?\s*$")

def detect_encoding(data: bytes) -> str:
    """Return the Python codec name of ``data``: BOM first, then UTF-8, then charset-normalizer."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf_8_sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf_16"
    try:
        data.decode("utf-8")
        return "utf_8"
    except UnicodeDecodeError:
        pass

    # Only the lines holding non-ASCII bytes tell encodings apart; 64 KiB of them is plenty.
    sample = b"\n".join(NON_ASCII_LINE.findall(data[: 4 * SAMPLE_BYTES]))[:65536]
    import charset_normalizer

    best = charset_normalizer.from_bytes(sample, cp_isolation=list(WESTERN_ENCODINGS)).best()
    if best is None:
        best = charset_normalizer.from_bytes(sample).best()
    encoding = best.encoding if best is not None else "cp1252"
    # Latin-1 and Windows-1252 differ only in bytes 0x80-0x9F, so without them the file
    # is reported as the standard ISO-8859-1 it most likely is.
    if encoding == "cp1252" and not re.search(rb"[\x80-\x9f]", data):
        encoding = "latin_1"
    return encoding


def decode_sample(data: bytes, encoding: str) -> str:
    """Decode the first SAMPLE_BYTES, ignoring a character cut at the end."""
    return data[:SAMPLE_BYTES].decode(encoding, errors="ignore")


def detect_line_ending(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    counts = {"CRLF": crlf, "CR": cr, "LF": lf}
    return max(counts, key=counts.get) if any(counts.values()) else "LF"


def _records_per_delimiter(text: str, delimiter: str) -> list[int]:
    """Count ``delimiter`` outside quotes in each record of ``text`` (quoted newlines kept)."""
    counts = []
    in_quotes = False
    count = 0
    previous = ""
    for character in text:
        if character == '"':
            in_quotes = not in_quotes
        elif not in_quotes:
            if character == delimiter:
                count += 1
            elif character in "\r\n":
                if not (character == "\n" and previous == "\r"):
                    counts.append(count)
                count = 0
        previous = character
    return counts


def detect_delimiter(text: str) -> str:
    """Pick the delimiter that splits the sample's records into the most regular cell counts."""
    # The quote-aware scan is character by character, so it reads 200 lines at most.
    lines = text.splitlines(keepends=True)[:200]
    if len(lines) > 1:
        lines = lines[:-1]  # the last sample line may be cut in the middle
    head = "".join(lines)

    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        counts = [count for count in _records_per_delimiter(head, delimiter)]
        if not counts:
            continue
        mode, frequency = Counter(counts).most_common(1)[0]
        if mode == 0:
            continue
        score = (frequency / len(counts), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def sample_records(text: str, delimiter: str, limit: int = 500) -> list[list[str]]:
    """Split the sample into records with the csv module (quoted newlines kept)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records = []
    for record in reader:
        if record:
            records.append(record)
        if len(records) > limit:
            break
    if len(text) >= SAMPLE_BYTES - 4 and len(records) > 2:
        records = records[:-1]  # the last record of a cut sample may be incomplete
    return records


def has_header(records: list[list[str]]) -> bool:
    """Guess whether the first record is a header: a header cell is text above numbers."""
    if len(records) < 2:
        return True
    first, rest = records[0], records[1:200]
    votes = 0
    for position, cell in enumerate(first):
        below = [record[position] for record in rest if position < len(record) and record[position].strip()]
        if not below:
            continue
        numeric_below = sum(1 for value in below if _is_number(value)) == len(below)
        if _is_number(cell):
            votes -= 1
        elif numeric_below:
            votes += 1
    if votes:
        return votes > 0
    # No numeric evidence: a header has no empty and no repeated names.
    cells = [cell.strip() for cell in first]
    return all(cells) and len(set(cells)) == len(cells)


def _is_number(cell: str) -> bool:
    return bool(re.fullmatch(r"\s*[+-]?\d+([.,]\d+)?\s*", cell))


def read_text_table(raw: RawSource, report: DetectionReport, encoding: str | None = None,
                    sep: str | None = None, header: bool | None = None) -> pd.DataFrame:
    """Read a delimited text file into a DataFrame, filling ``report`` with what was found."""
    codec = _codec(encoding) if encoding else detect_encoding(raw.data)
    report.kind = "CSV"
    report.encoding = ENCODING_NAMES.get(codec, codec)
    text = decode_sample(raw.data, codec)
    report.line_ending = detect_line_ending(text)
    delimiter = sep or detect_delimiter(text)
    report.delimiter = delimiter

    records = sample_records(text, delimiter)
    if not records:
        raise WorkshopError("reading.empty_file", path=raw.name)
    if header is None:
        header = has_header(records)
    report.header_row = 0 if header else None

    width = len(records[0])
    if header:
        names = column_types.clean_header(records[0], report)
        body = records[1:]
    else:
        names = [f"column_{position}" for position in range(1, width + 1)]
        body = records

    plans = {}
    samples = {}
    for position, name in enumerate(names):
        values = [record[position] for record in body if position < len(record)]
        plans[name] = column_types.plan_column(values, name)
        samples[name] = values
    decimal = _file_decimal(plans)
    report.decimal = _reported_decimal(decimal, plans, samples)

    frame = _parse(raw, codec, delimiter, names, plans, decimal, header, report)
    for name, (kind, date_format) in plans.items():
        if kind == "date" and pd.api.types.is_datetime64_any_dtype(frame[name]):
            report.repair("reading.repair_dates", column=name, format=date_format)
            if "%y" in date_format:
                report.repair("reading.repair_two_digit_years", column=name)
        elif kind == "date" or kind == "decorated" or (kind == "comma" and decimal == "."):
            # Dates pandas could not parse with the sampled format arrive here as text.
            column_types.convert_column(frame, name, kind, date_format, report)
        elif kind in ("integer", "dot", "comma") and not pd.api.types.is_numeric_dtype(frame[name]):
            # A cell after the sample ("1 234,5", "inconnu") made pandas keep the column as text.
            column_types.convert_column(frame, name, "decorated", None, report)
        elif kind == "comma":
            report.repair("reading.repair_numbers", column=name)
    return frame


def _codec(encoding: str) -> str:
    import codecs

    try:
        return codecs.lookup(encoding).name.replace("-", "_")
    except LookupError:
        raise WorkshopError("reading.unknown_encoding", encoding=encoding) from None


def _file_decimal(plans: dict) -> str:
    """Use a decimal comma for the whole file only when no column writes numbers with a dot."""
    kinds = {kind for kind, _ in plans.values()}
    return "," if "comma" in kinds and "dot" not in kinds else "."


def _reported_decimal(decimal: str, plans: dict, samples: dict) -> str:
    """Return the decimal mark the learner should read in the report.

    Numbers such as "1 036 290,00" are "decorated" and converted after pandas' parse, so
    the parser's ``decimal`` stays "." for them. When no column writes plain dot numbers
    and a decorated column writes decimal commas, the file's decimal mark is the comma.
    """
    kinds = {kind for kind, _ in plans.values()}
    if decimal == "," or "dot" in kinds:
        return decimal
    for name, (kind, _) in plans.items():
        if kind == "decorated" and any(DECIMAL_COMMA_END.search(str(value)) for value in samples[name]):
            return ","
    return decimal


def _parse(raw: RawSource, codec: str, delimiter: str, names: list[str], plans: dict,
           decimal: str, header: bool, report: DetectionReport) -> pd.DataFrame:
    """Run pandas' C parser; on rows with too many cells, read with the csv module instead."""
    text_kinds = {"identifier", "text", "date", "decorated"}
    if decimal == ".":
        text_kinds.add("comma")
    dtype = {name: "str" for name, (kind, _) in plans.items() if kind in text_kinds}
    # pandas parses date columns faster than a second pass over the text would. Its
    # date_format is one format for all columns, so this applies when they share one.
    date_formats = {date_format for kind, date_format in plans.values() if kind == "date"}
    parse_dates = [name for name, (kind, _) in plans.items() if kind == "date"] if len(date_formats) == 1 else []
    try:
        return pd.read_csv(
            io.BytesIO(raw.data),
            sep=delimiter,
            encoding=codec,
            header=None,
            skiprows=1 if header else 0,
            names=names,
            dtype=dtype,
            decimal=decimal,
            skip_blank_lines=True,
            parse_dates=parse_dates or None,
            date_format=date_formats.pop() if parse_dates else None,
        )
    except pd.errors.ParserError:
        return _parse_ragged(raw, codec, delimiter, names, plans, header, report)
    except UnicodeDecodeError as error:
        raise WorkshopError("reading.decode_failed", path=raw.name, encoding=report.encoding,
                            position=error.start) from None


def _parse_ragged(raw: RawSource, codec: str, delimiter: str, names: list[str], plans: dict,
                  header: bool, report: DetectionReport) -> pd.DataFrame:
    """Read a file whose rows have too many cells: keep the first cells, report the lines."""
    text = raw.data.decode(codec, errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    width = len(names)
    for index, record in enumerate(reader):
        if not record or (header and index == 0):
            continue
        if len(record) > width:
            report.bad_lines.append(reader.line_num)
            record = record[:width]
        elif len(record) < width:
            record = record + [None] * (width - len(record))
        rows.append(record)
    report.warn("reading.warn_too_many_cells", count=len(report.bad_lines),
                lines=format_rows(report.bad_lines), width=width)

    frame = pd.DataFrame(rows, columns=names, dtype="str")
    frame = frame.replace("", None)
    for name, (kind, date_format) in plans.items():
        if kind in ("integer", "dot", "comma"):
            column_types.convert_column(frame, name, "decorated", None, report)
    return frame

