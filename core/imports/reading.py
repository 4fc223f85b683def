"""Read a CSV or XLSX file into a plain table of text cells, whatever the export tool did to it.

CSV: `;` or `,` (or tab), a leading `sep=;` line (Excel's hint), UTF-8 with or without BOM,
Windows-1252 (an export re-saved in Excel), quoted fields with line breaks.
XLSX: the first sheet; the header row is found (a title and blank rows often come first).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from core.errors import ValidationError

MAX_BYTES = 50 * 1024 * 1024
# A header row has at least this many non-empty cells, most of them text.
_MIN_HEADER_CELLS = 2
_HEADER_SCAN_ROWS = 30
# The csv module refuses fields over 128 KiB with an error for the whole file; a long cell is one row's
# problem (cell_too_long, said with its line and column), so let the reader take it.
csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))


@dataclass(frozen=True, slots=True)
class Broken:
    line: int
    code: str  # unterminated_quote, nul_byte, unreadable_line
    excerpt: str


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
    broken: tuple[Broken, ...] = ()  # lines that could not be read as rows: refused, and said so

    @property
    def total_rows(self) -> int:
        return len(self.rows) + len(self.broken)


def read_table(data: bytes, filename: str = "") -> RawTable:
    if not data or not data.strip():
        raise ValidationError("import_empty_file", "the file is empty", filename=filename)
    if len(data) > MAX_BYTES:
        raise ValidationError("import_file_too_big", "the file is too big", filename=filename)
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(data, filename)
    if data.startswith((b"%PDF", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")) \
            or data[:5].lower() in (b"<?xml", b"<html", b"<!doc"):
        raise ValidationError("import_not_table", "not a CSV or XLSX file", filename=filename)
    head = data[:4096]
    if b"\x00" in head and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and _utf16_order(head) is None \
            and head.count(b"\x00") > len(head) // 20:
        # Many NUL bytes and not UTF-16: a binary file. A stray NUL or two inside a field only refuses its row.
        raise ValidationError("import_not_table", "not a CSV or XLSX file", filename=filename)
    return _read_csv(data, filename)


def read_file(path: Path) -> RawTable:
    path = Path(path)
    if path.is_dir():
        raise ValidationError("import_is_folder", "a folder, not a file", filename=str(path))
    if not path.exists():
        raise ValidationError("import_file_missing", "no such file", filename=str(path))
    if path.suffix.lower() not in (".csv", ".txt", ".xlsx", ".xlsm", ".tsv"):
        raise ValidationError("import_not_table", "not a CSV or XLSX file", filename=path.name)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError("import_file_too_big", "the file is too big", filename=path.name)
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError("import_file_unreadable", str(error), filename=str(path)) from error
    return read_table(data, path.name)


def _utf16_order(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the bytes look like UTF-16 text written without its BOM, else None."""
    pairs = len(head) // 2
    if pairs < 4:
        return None
    odd_nul = sum(1 for i in range(1, 2 * pairs, 2) if head[i] == 0)
    even_nul = sum(1 for i in range(0, 2 * pairs, 2) if head[i] == 0)
    if odd_nul >= pairs * 0.6 and even_nul <= pairs * 0.05:
        return "utf-16-le"
    if even_nul >= pairs * 0.6 and odd_nul <= pairs * 0.05:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """UTF-8 (BOM or not), UTF-16 with or without BOM, else Windows-1252 (an export re-saved in Excel).

    UTF-8 is checked a megabyte at a time: the file is never held twice over as one decoded text.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    order = _utf16_order(data[:4096])
    if order is not None:
        return order
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for at in range(0, len(data), _CHUNK):
            decoder.decode(data[at:at + _CHUNK])
        decoder.decode(b"", final=True)
        return "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves 5 bytes undefined; latin-1 takes them rather than failing the whole file.
        return "latin-1" if any(byte in data for byte in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")) \
            else "cp1252"


def decode(data: bytes) -> tuple[str, str]:
    """The whole text and its encoding (see detect_encoding)."""
    encoding = detect_encoding(data)
    return data.decode(encoding, errors="replace" if encoding.startswith("utf-16-") else "strict"), encoding


_CHUNK = 1 << 20


def _read_csv(data: bytes, filename: str) -> RawTable:
    """Streamed: lines are decoded as the csv module asks for them and each row is kept as soon as it is read."""
    encoding = detect_encoding(data)
    lines: Iterator[str] = iter(io.TextIOWrapper(
        io.BytesIO(data), encoding=encoding, errors="replace" if encoding.startswith("utf-16-") else "strict",
        newline=""))  # newline="": \r\n, \r and \n end lines, kept as they are, as the csv module wants
    first_line = next(lines, "")
    skipped = 0
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) >= 5:
        separator = first_line.strip()[4]
        skipped = 1
    else:
        separator = _sniff_separator(first_line)
        lines = itertools.chain([first_line], lines)
    head: list[tuple[int, list[str]]] = []  # the first records: the header is among them
    found: tuple[int, list[str]] | None = None
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    broken: list[Broken] = []
    width = 0
    for line, record, problem, text in _records(lines, skipped, separator):
        if problem is not None:
            broken.append(Broken(line, problem, _excerpt(text)))
            continue
        if not any(cell.strip() for cell in record):
            continue
        if found is None:
            head.append((line, record))
            if len(head) < _HEADER_SCAN_ROWS:
                continue
            found, width = _header_of(head, rows, numbers)
            continue
        rows.append(tuple(_pad(record, width)))
        numbers.append(line)
    if found is None:
        if not head:
            raise ValidationError("import_empty_file", "the file is empty", filename=filename)
        found, width = _header_of(head, rows, numbers)
    header_line, headers = found
    return RawTable(tuple(h.strip() for h in headers), tuple(rows), tuple(numbers), "csv",
                    encoding, separator, header_line, tuple(b for b in broken if b.line > header_line))


def _header_of(head: list[tuple[int, list[str]]], rows: list[tuple[str, ...]],
               numbers: list[int]) -> tuple[tuple[int, list[str]], int]:
    """The header among the first records; the records after it become the first rows."""
    index = _find_header([r for _, r in head])
    width = len(head[index][1])
    for line, record in head[index + 1:]:
        rows.append(tuple(_pad(record, width)))
        numbers.append(line)
    return head[index], width


class _Taken:
    """The lines handed to the csv module, kept until its record is known (to read them again if it is broken)."""

    def __init__(self, lines: Iterator[str]) -> None:
        self.lines = lines
        self.taken: list[str] = []

    def __iter__(self) -> _Taken:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.taken.append(line)
        return line

    def take(self) -> list[str]:
        taken, self.taken = self.taken, []
        return taken


def _records(lines: Iterator[str], first: int, separator: str) -> Iterator[tuple[int, list[str], str | None, str]]:
    """(1-based line, cells, problem, the record's first line) for each record (lines numbered from first + 1).

    A quote opened and never closed makes the csv module swallow the following lines into one field, and
    rows vanish in silence. A record spanning several lines whose multi-line field holds whole rows (lines
    with separators) is such a case: its first line is refused ("unterminated_quote") and the lines it
    swallowed are read again on their own, so that every other row is kept.
    """
    source = _Taken(lines)
    reader = csv.reader(source, delimiter=separator, quotechar='"')
    start = first + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error:  # a malformed record: refuse its first line, read on from the next
            taken = source.take()
            yield start, [], "unreadable_line", taken[0] if taken else ""
            yield from _records(itertools.chain(taken[1:], source.lines), start, separator)
            return
        taken = source.take()
        if len(taken) > 1 and _swallowed(record, separator):
            yield start, record, "unterminated_quote", taken[0]
            yield from _records(iter(taken[1:]), start, separator)
        elif any("\x00" in cell for cell in record):
            yield start, record, "nul_byte", taken[0]
        else:
            yield start, record, None, ""
        start += len(taken)


def _swallowed(record: list[str], separator: str) -> bool:
    for cell in record:
        if "\n" not in cell and "\r" not in cell:
            continue
        inner = cell.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if any(part.count(separator) >= max(1, (len(record) - 1) // 2) for part in inner[1:]):
            return True
    return False


def _excerpt(line: str) -> str:
    line = line.rstrip("\r\n").replace("\x00", "\u2400")
    return line[:60] + ("…" if len(line) > 60 else "")


def _sniff_separator(head: str) -> str:
    # The first line decides: the candidate that splits it most (quotes aside) wins.
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
