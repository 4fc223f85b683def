"""The meetings on paper: every schedule's QR code decodes (zxing-cpp, from a 300 dpi rendering) to that person's
ticket, with its short code printed under it; signs, grid, company lists and labels say what the plan says."""

from __future__ import annotations

import io

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from sqlalchemy import select

from core import clock
from core.meetings import plan, replan
from core.meetings.read import overview, schedule_of
from core.models import Registration, Ticket
from core.typography import plain
from printing.meetings import hhmm, render_document, render_replacement_labels
from tests.core.meetings_helpers import at, build_small, check_in_all_but


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _qr_per_page(pdf: bytes, dpi: int) -> list[list[str]]:
    document = pypdfium2.PdfDocument(pdf)
    out = []
    for page in document:
        bitmap = page.render(scale=dpi / 72).to_pil()
        out.append([r.text for r in zxingcpp.read_barcodes(bitmap, formats=zxingcpp.BarcodeFormat.QRCode)])
    document.close()
    return out


@pytest.fixture
def planned(workspace):
    small = build_small(workspace)
    with clock.frozen(at("08:00")), workspace.unit_of_work() as uow:
        plan.compute_plan(uow, small.event_id)
    return small


@pytest.mark.parametrize(("key", "dpi"), [("schedules-a4", 200), ("schedules-a6", 300)])
def test_each_schedule_scans_to_its_persons_ticket_and_lists_their_meetings(workspace, planned, key, dpi):
    pdf = render_document(workspace, planned.event_id, key)
    with workspace.reading() as session:
        view = overview(session, planned.event_id)
        ticket = {person: (code, token) for person, code, token in session.execute(
            select(Registration.person_id, Ticket.code, Ticket.token).join(Ticket))}
    people = [w for w in view.people if schedule_of(view.meetings, w.participant_id)]
    texts, codes = _pages(pdf), _qr_per_page(pdf, dpi)
    assert len(texts) == len(people)
    for who, text, found in zip(people, texts, codes, strict=True):
        short, token = ticket[who.person_id]
        assert found == [token or short]
        assert who.name in text and short in text
        for meeting, other in schedule_of(view.meetings, who.participant_id):
            assert f"Table {meeting.table_number}" in text and plain(hhmm(meeting.starts_at)) in plain(text)
            assert (other.structure or other.name) in text


def test_signs_grid_and_company_lists_follow_the_plan(workspace, planned):
    with workspace.reading() as session:
        view = overview(session, planned.event_id)
    signs = _pages(render_document(workspace, planned.event_id, "signs"))
    assert [t.split() for t in signs] == [["Table", str(n), *t.split()[2:]] for n, t in zip(view.tables, signs,
                                                                                               strict=True)]
    grid = "\n".join(_pages(render_document(workspace, planned.event_id, "grid")))
    assert all(f"T{n}" in grid for n in view.tables)
    companies = _pages(render_document(workspace, planned.event_id, "companies"))
    assert len(companies) == len(planned.companies)


def test_a_replacement_prints_on_a_label(workspace, planned):
    check_in_all_but(workspace, planned, {planned.companies[0]})
    with clock.frozen(at("10:00")), workspace.unit_of_work() as uow:
        report = replan.replan_slot(uow, planned.event_id, replan.current_slot(uow, planned.event_id))
    assert report.replacements, "a structure whose company did not come meets someone free"
    labels = _pages(render_replacement_labels(report.replacements))
    assert len(labels) == len(report.replacements)
    for text, r in zip(labels, report.replacements, strict=True):
        assert f"Table {r.table_number}" in text and r.new.name in text
