"""The back of the badge lists the person's business meetings: on paper cut along marks, a mirrored back page after
each page of badges (long-edge duplex, and the queue is asked for it); on labels, the schedule takes the next label."""

from __future__ import annotations

import dataclasses
import io
import subprocess

import pypdfium2
import pytest
from pypdf import PdfReader

from core.meetings import plan
from core.services import print_data
from core.typography import plain
from printing import system
from printing.badges import render_badges
from printing.meetings import hhmm
from printing.stocks import stock
from tests.core.meetings_helpers import at, build_small


def _pages(pdf: bytes) -> list[str]:
    return [plain(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def badges(workspace):
    small = build_small(workspace, companies=3, structures=5, tables=3, asks=2)
    with workspace.unit_of_work() as uow:
        plan.compute_plan(uow, small.event_id, now=at("08:00"))
    with workspace.unit_of_work() as uow:
        return print_data.badges(uow, small.event_id)


def test_the_badges_data_carry_each_persons_meetings_in_time_order(badges) -> None:
    with_meetings = [b for b in badges if b.meetings]
    assert len(with_meetings) == len(badges) == 8  # everyone of this small programme has a meeting
    for b in with_meetings:
        times = [m.starts_at for m in b.meetings]
        assert times == sorted(times) and len(set(times)) == len(times)  # never two at once


def test_on_paper_each_page_of_badges_is_followed_by_its_backs_mirrored(badges) -> None:
    shown = [badges[0], dataclasses.replace(badges[1], meetings=()), *badges[2:5]]  # 5 badges, 4 per A4
    pdf = render_badges(shown, stock("a6-4"))
    pages = _pages(pdf)
    assert len(pages) == 4  # front, back, front, back
    assert b"/Duplex /DuplexFlipLongEdge" in pdf
    first = shown[0]
    for m in first.meetings:
        assert f"{plain(hhmm(m.starts_at))} · Table {m.table_number}\n{m.with_structure or m.with_name}" in pages[1]
    assert f"{first.first_name} {first.last_name}\n{len(first.meetings)} rendez-vous d'affaires" in pages[1]
    assert f"{shown[1].first_name} {shown[1].last_name}" not in pages[1]  # no meetings: a blank back
    assert f"{shown[4].first_name} {shown[4].last_name}\n" in pages[3]
    # Long-edge duplex: the back of the top-left badge is at the top right of the back page.
    page = pypdfium2.PdfDocument(pdf)[1]
    text = page.get_textpage()
    left, _bottom, _right, top = text.get_charbox(0)
    width, height = page.get_size()
    assert left > width / 2 and top > height / 2


def test_on_labels_the_schedule_takes_the_next_label(badges) -> None:
    shown = [badges[0], dataclasses.replace(badges[1], meetings=())]
    pages = _pages(render_badges(shown, stock("roll-62")))  # one label per page
    assert len(pages) == 3
    assert f"{len(shown[0].meetings)} rendez-vous" in pages[1] and "Table" in pages[1]
    assert shown[1].last_name.upper() in pages[2]
    sheet = _pages(render_badges(shown, stock("a4-8")))
    assert len(sheet) == 1 and "rendez-vous" in sheet[0]
    assert b"Duplex" not in render_badges(shown, stock("a4-8"))


def test_the_queue_is_asked_for_both_sides_only_for_a_two_sided_document(badges, monkeypatch) -> None:
    seen: list[list[str]] = []

    def run(args, data=None):  # type: ignore[no-untyped-def]
        seen.append(args)
        return subprocess.CompletedProcess(args, 0, b"request id is envol-pdf-7 (1 file(s))\n", b"")

    monkeypatch.setattr(system, "_run", run)
    cups = system.CupsPrintSystem()
    cups.submit(render_badges(badges[:4], stock("a6-4")), "envol-pdf", "Badges")
    cups.submit(render_badges([dataclasses.replace(b, meetings=()) for b in badges[:4]], stock("a6-4")),
                "envol-pdf", "Badges")
    assert "sides=two-sided-long-edge" in seen[0] and "sides=two-sided-long-edge" not in seen[1]
