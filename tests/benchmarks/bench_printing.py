"""Printing speed: 1,000 badges with QR (target 5 s), an émargement of 500 names (2 s), 500 attestations (10 s).

Each beside its floor: a bare ReportLab script drawing the same text and the same QR modules, no layout work.
Data is generated in memory (Faker fr_FR): this measures rendering, not the database.
"""

from __future__ import annotations

import secrets
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime
from io import BytesIO
from zoneinfo import ZoneInfo

from faker import Faker
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from core.models import BadgeRole
from core.services.attendance import AttendedSession, CertificateData
from core.services.print_data import AttendanceSheet, BadgeData, SheetRow
from printing.badges import render_badges
from printing.certificates import render_certificates
from printing.common import Branding
from printing.emargement import render_emargement
from printing.fonts import REGULAR, register_fonts
from printing.qr import _operators, draw_qr, matrix
from printing.stocks import stock
from tests.benchmarks.common import Figure, report


class Timed(float):
    """Wall-clock milliseconds, with the process's CPU milliseconds beside (printed too: on a machine shared by
    several jobs the wall clock counts the others' work)."""

    cpu: float


def once_ms(fn: Callable[[], object]) -> Timed:
    cpu, start = time.process_time(), time.perf_counter()
    fn()
    timed = Timed((time.perf_counter() - start) * 1000)
    timed.cpu = (time.process_time() - cpu) * 1000
    return timed

PARIS = ZoneInfo("Europe/Paris")
TOKEN_LENGTH = 181


def _people(count: int) -> list[tuple[str, str, str]]:
    fake = Faker("fr_FR", seed=11)
    return [(fake.first_name(), fake.last_name(), fake.company()) for _ in range(count)]


def _floor(texts: list[list[str]], qr: list[str | None], per_page: int) -> bytes:
    """Bare ReportLab: the same strings and QR codes on pages, fixed positions, no fitting, no table."""
    register_fonts()
    out = BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=1)
    for index, lines in enumerate(texts):
        if index and index % per_page == 0:
            c.showPage()
        slot = index % per_page
        y = A4[1] - 20 * mm - slot * (A4[1] - 40 * mm) / per_page
        c.setFont(REGULAR, 10)
        for n, line in enumerate(lines):
            c.drawString(20 * mm, y - n * 12, line)
        if qr[index]:
            draw_qr(c, qr[index] or "", 150 * mm, y - 25 * mm, 25 * mm)
    c.showPage()
    c.save()
    return out.getvalue()


def run(scale: float = 1.0) -> None:
    n_badges, n_sheet, n_certs = max(2, int(1000 * scale)), max(2, int(500 * scale)), max(2, int(500 * scale))
    people = _people(max(n_badges, n_sheet, n_certs))
    # Real tokens: 181 characters, as the desks print them (a larger QR code than a short test token).
    tokens = [("ENV1." + secrets.token_urlsafe(132))[:TOKEN_LENGTH] for _ in range(n_badges)]
    badges = [BadgeData(uuid.uuid4(), f, ln, o, BadgeRole.PARTICIPANT, "Rencontres territoriales de l'ESS 2026",
                        f"T{i:05d}", tokens[i], 0, "13 novembre 2026") for i, (f, ln, o) in enumerate(people[:n_badges])]
    sheet = AttendanceSheet("Rencontres territoriales de l'ESS 2026", "Plénière d'ouverture", date(2026, 11, 13),
                            "09:00 – 17:00", "Espace Jacques Prévert, Aulnay-sous-Bois", "Service ESS",
                            ("Matin", "Après-midi"),
                            tuple(SheetRow(ln, f, o, i % 2 == 0) for i, (f, ln, o) in enumerate(people[:n_sheet])))
    sessions = (AttendedSession("Atelier commercial", datetime(2026, 11, 13, 9, 0, tzinfo=PARIS),
                                datetime(2026, 11, 13, 12, 0, tzinfo=PARIS), 180, "Espace Jacques Prévert (Salle A)"),
                AttendedSession("Coopérer entre structures", datetime(2026, 11, 13, 14, 0, tzinfo=PARIS),
                                datetime(2026, 11, 13, 15, 30, tzinfo=PARIS), 90, "Espace Jacques Prévert (Salle B)",
                                ("Financer son projet",)),
                AttendedSession("Financer son projet", datetime(2026, 11, 13, 14, 0, tzinfo=PARIS),
                                datetime(2026, 11, 13, 15, 30, tzinfo=PARIS), 90, "Espace Jacques Prévert (Salle C)",
                                ("Coopérer entre structures",)))
    certs = [CertificateData(uuid.uuid4(), f, ln, o, "Rencontres territoriales de l'ESS 2026",
                             "Espace Jacques Prévert, Aulnay-sous-Bois", sessions, 270, date(2026, 11, 13),
                             date(2026, 11, 13), f"ABCDE-{i:05d}") for i, (f, ln, o) in enumerate(people[:n_certs])]
    branding = Branding(organiser="Paris Terres d'Envol", signatory="Camille Martin", signatory_title="Directrice",
                        place="Aulnay-sous-Bois", funding_mention="Action cofinancée par la Région Île-de-France")
    register_fonts()
    matrix.cache_clear()  # QR encoding is part of the work measured
    _operators.cache_clear()
    ours_badges = once_ms(lambda: render_badges(badges, stock("a4-8")))
    matrix.cache_clear()
    _operators.cache_clear()
    floor_badges = once_ms(lambda: _floor([[b.first_name, b.last_name, b.organisation or ""] for b in badges],
                                          [b.token for b in badges], 8))
    ours_sheet = once_ms(lambda: render_emargement(sheet, show_checked_in=True, branding=branding))
    floor_sheet = once_ms(lambda: _floor([[r.last_name, r.first_name, r.organisation or ""] for r in sheet.rows],
                                         [None] * len(sheet.rows), 25))
    ours_certs = once_ms(lambda: render_certificates(certs, branding=branding))
    matrix.cache_clear()
    _operators.cache_clear()
    floor_certs = once_ms(lambda: _floor([[c.first_name, c.last_name, c.event_name, s.title] for c in certs
                                          for s in c.sessions[:1]],
                                         ["ENVOL-ATTESTATION:" + c.verification_code for c in certs], 1))
    figures = [(f"{n_badges} badges with QR, A4 8-up", ours_badges, floor_badges, 5000 * scale),
               (f"émargement of {n_sheet} names", ours_sheet, floor_sheet, 2000 * scale),
               (f"{n_certs} attestations with QR", ours_certs, floor_certs, 10000 * scale)]
    report(f"Printing (scale {scale}, {TOKEN_LENGTH}-character tokens), wall clock",
           [Figure(name, ours, floor, target, "total") for name, ours, floor, target in figures])
    report("Same, CPU time of this process (the wall clock counts other jobs on a shared machine)",
           [Figure(name, ours.cpu, floor.cpu, target, "cpu") for name, ours, floor, target in figures])


if __name__ == "__main__":
    run()
