"""Exports a funder reads: French dates in spreadsheets, structure kinds in words, never codes."""

from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl

from core.exports.report import KIND_LABELS, funder_report, report_xlsx
from core.exports.writers import Sheet, to_xlsx
from core.models import OrganisationKind
from tests.demo import demo_event


def test_xlsx_dates_read_as_french_dates() -> None:
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx([Sheet("Dates", ["Quand", "Jour"], [
        [datetime(2026, 11, 13, 14, 30), date(2026, 11, 13)]])])))
    when, day = book.active["A2"], book.active["B2"]
    assert when.number_format == "DD/MM/YYYY HH:MM" and day.number_format == "DD/MM/YYYY"
    assert when.value == datetime(2026, 11, 13, 14, 30)


def test_funder_report_names_kinds_in_words(demo_workspace) -> None:  # type: ignore[no-untyped-def]
    event = demo_event(demo_workspace, "Rencontres")
    report = funder_report(demo_workspace, event.id)
    labels = {b.label for b in report.by_kind}
    assert "Collectivité" in labels and not labels & {k.value for k in OrganisationKind}
    assert set(KIND_LABELS) == set(OrganisationKind)
    book = openpyxl.load_workbook(io.BytesIO(report_xlsx(report)))
    kinds = [row[0] for row in book["Par type de structure"].iter_rows(min_row=2, values_only=True)]
    assert "collectivite" not in kinds and "Collectivité" in kinds
    started = book["Par session"]["B2"]
    assert started.number_format == "DD/MM/YYYY HH:MM"
