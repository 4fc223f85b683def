"""Tables to bytes: CSV that Excel and LibreOffice open with accents intact, and XLSX.

A cell starting with = + - @ (or a tab/CR) would be run as a formula by a spreadsheet (CSV injection):
such text gets a leading apostrophe, which spreadsheets show as plain text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | date | datetime | None


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Cell]]


def safe_text(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def _cell(value: Cell) -> Any:
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)  # XLSX has no time zones; callers give local times
    return value


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")  # French spreadsheets read a decimal comma
    return safe_text(str(value))


def to_csv(sheet: Sheet) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([safe_text(h) for h in sheet.headers])
    for row in sheet.rows:
        writer.writerow([_csv_cell(v) for v in row])
    # The BOM tells Excel the file is UTF-8; without it accents come out as Ã©.
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(sheets: Sequence[Sheet], charts: Sequence[tuple[int, str]] = ()) -> bytes:
    """charts: (sheet index, title) — a bar chart of the sheet's numeric columns against its first column."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        ws = book.create_sheet(_sheet_title(sheet.title))
        ws.append([safe_text(h) for h in sheet.headers])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in sheet.rows:
            ws.append([_cell(v) for v in row])
            for cell, value in zip(ws[ws.max_row], row, strict=False):
                if isinstance(value, datetime):  # shown as French spreadsheets write them
                    cell.number_format = "DD/MM/YYYY HH:MM"
                elif isinstance(value, date):
                    cell.number_format = "DD/MM/YYYY"
        for column, header in enumerate(sheet.headers, start=1):
            width = max([len(str(header))] + [len(str(r[column - 1] or "")) for r in sheet.rows[:200]])
            ws.column_dimensions[ws.cell(1, column).column_letter].width = min(60, width + 2)
        ws.freeze_panes = "A2"
    for index, title in charts:
        ws = book.worksheets[index]
        if ws.max_row < 2 or ws.max_column < 2:
            continue
        chart = BarChart()
        chart.title = title
        data = Reference(ws, min_col=2, max_col=min(ws.max_column, 3), min_row=1, max_row=ws.max_row)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=ws.max_row))
        ws.add_chart(chart, f"{ws.cell(1, ws.max_column + 2).column_letter}2")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet_title(title: str) -> str:
    for char in "[]:*?/\\":
        title = title.replace(char, " ")
    return title[:31]
