"""Write sample files so that two runs of the generator give the same bytes."""

from __future__ import annotations

import csv
import io
import re
import zipfile

# Every entry of a generated .xlsx gets this zip timestamp instead of the current time.
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)

_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def french_number(value: float, decimals: int) -> str:
    """Write a number as French Excel displays it: decimal comma, no thousands separator."""
    return f"{value:.{decimals}f}".replace(".", ",")


def csv_bytes(header: list[str], rows: list[list], encoding: str, delimiter: str = ";") -> bytes:
    """Return a CSV table as bytes: CRLF line ends, minimal quoting, as spreadsheets export.

    ``encoding`` is a Python codec name; ``"utf-8-sig"`` writes the UTF-8 byte order mark.
    Encoding is strict, so a character the codec cannot hold raises ``UnicodeEncodeError``.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(["" if value is None else value for value in row] for row in rows)
    return buffer.getvalue().encode(encoding)


def stable_xlsx_bytes(workbook, fixed_date: str) -> bytes:
    """Save an openpyxl workbook and return bytes that do not depend on the clock.

    openpyxl stamps ``docProps/core.xml`` with the save time and every zip entry with the
    current time. Both are replaced: the core dates by ``fixed_date`` (W3CDTF, such as
    ``"2025-01-15T09:00:00Z"``) and the entry times by ``FIXED_ZIP_TIME``. Entries are
    stored uncompressed, because deflate output can differ between zlib builds and
    the regeneration test compares bytes on any machine.
    """
    raw = io.BytesIO()
    workbook.save(raw)

    stable = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source, \
            zipfile.ZipFile(stable, "w", compression=zipfile.ZIP_STORED) as target:
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                data = _CORE_DATE.sub(rb"\g<1>" + fixed_date.encode("ascii") + rb"\g<3>", data)
            info = zipfile.ZipInfo(entry.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o600 << 16
            target.writestr(info, data)
    return stable.getvalue()
