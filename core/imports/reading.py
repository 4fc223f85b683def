"""Read a CSV or XLSX file into a plain table of text cells, whatever the export tool did to it.

CSV: `;` or `,` (or tab), a leading `sep=;` line (Excel's hint), UTF-8 with or without BOM,
Windows-1252 (an export re-saved in Excel), quoted fields with line breaks.
XLSX: the first sheet; the header row is found (a title and blank rows often come first).
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from core.errors import ValidationError

MAX_BYTES = 50 * 1024 * 1024
# A header row has at least this many non-empty cells, most of them text.
_MIN_HEADER_CELLS = 2
_HEADER_SCAN_ROWS = 30


@dataclass(frozen=True, slots=True)
class RawTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # 1-based line (CSV record) or row (sheet) of each data row, for messages a person can act on.
    row_numbers: tuple[int, ...]
    kind: str  # "csv" or "xlsx"
    encoding: str | None = None
    separator: str | None = None
    header_row: int = 1


def read_table(data: bytes, filename: str = "") -> RawTable:
    if not data or not data.strip():
        raise ValidationError("import_empty_file", "the file is empty", filename=filename)
    if len(data) > MAX_BYTES:
        raise ValidationError("import_file_too_big", "the file is too big", filename=filename)
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(data, filename)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or b"\x00" in data[:4096] and not data.startswith(
            (b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError("import_not_table", "not a CSV or XLSX file", filename=filename)
    if data.startswith(b"%PDF") or data[:5].lower() in (b"<?xml", b"<html", b"<!doc"):
        raise ValidationError("import_not_table", "not a CSV or XLSX file", filename=filename)
    return _read_csv(data, filename)


def read_file(path: Path) -> RawTable:
    path = Path(path)
    if path.suffix.lower() not in (".csv", ".txt", ".xlsx", ".xlsm", ".tsv"):
        raise ValidationError("import_not_table", "not a CSV or XLSX file", filename=path.name)
    return read_table(path.read_bytes(), path.name)


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves 5 bytes undefined; latin-1 takes them rather than failing the whole file.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"


def _read_csv(data: bytes, filename: str) -> RawTable:
    text, encoding = decode(data)
    separator = None
    first_line, _, rest = text.partition("\n")
    skipped = 0
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) >= 5:
        separator = first_line.strip()[4]
        text = rest
        skipped = 1
    if separator is None:
        separator = _sniff_separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, quotechar='"')
    records: list[tuple[int, list[str]]] = []
    try:
        for record in reader:
            records.append((reader.line_num + skipped, record))
    except csv.Error as error:
        raise ValidationError("import_not_table", f"unreadable CSV: {error}", filename=filename) from error
    records = [(n, r) for n, r in records if any(cell.strip() for cell in r)]
    if not records:
        raise ValidationError("import_empty_file", "the file is empty", filename=filename)
    header_index = _find_header([r for _, r in records])
    header_line, headers = records[header_index]
    data_records = records[header_index + 1:]
    width = len(headers)
    rows = tuple(tuple(_pad(r, width)) for _, r in data_records)
    return RawTable(tuple(h.strip() for h in headers), rows, tuple(n for n, _ in data_records), "csv",
                    encoding, separator, header_line)


def _sniff_separator(text: str) -> str:
    # The header line decides: the candidate that splits it most (quotes aside) wins.
    head = text.split("\n", 1)[0]
    counts = {sep: head.count(sep) for sep in (";", ",", "\t", "|")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] > 0 else ";"


def _pad(record: list[str], width: int) -> list[str]:
    if len(record) < width:
        return record + [""] * (width - len(record))
    return record


def _find_header(records: list[list[str]]) -> int:
    """The first row of the first rows whose cells are mostly non-empty text: that's the header."""
    widest = max(sum(1 for c in r if c.strip()) for r in records[:_HEADER_SCAN_ROWS])
    for index, record in enumerate(records[:_HEADER_SCAN_ROWS]):
        filled = [c for c in record if c.strip()]
        if len(filled) >= max(_MIN_HEADER_CELLS, widest // 2) and all(not _looks_numeric(c) for c in filled):
            return index
    return 0


def _looks_numeric(text: str) -> bool:
    return text.strip().replace(",", "").replace(".", "").replace(" ", "").isdigit()


def _read_xlsx(data: bytes, filename: str) -> RawTable:
    import openpyxl  # imported here: reading CSV needs no spreadsheet library

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise ValidationError("import_not_table", "not a CSV or XLSX file", filename=filename) from error
    try:
        sheet = book.worksheets[0]
        numbered = [
            (number, [_cell_text(value) for value in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        book.close()
    numbered = [(n, r) for n, r in numbered if any(c.strip() for c in r)]
    if not numbered:
        raise ValidationError("import_empty_file", "the file is empty", filename=filename)
    header_index = _find_header([r for _, r in numbered])
    header_row, headers = numbered[header_index]
    # Trailing empty header cells are formatting leftovers, not columns.
    while headers and not headers[-1].strip():
        headers = headers[:-1]
    width = len(headers)
    body = numbered[header_index + 1:]
    rows = tuple(tuple(_pad(r, width)[:width]) for _, r in body)
    return RawTable(tuple(h.strip() for h in headers), rows, tuple(n for n, _ in body), "xlsx",
                    header_row=header_row)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if (value.hour or value.minute) else value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
