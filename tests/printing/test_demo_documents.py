"""Every document of the demo, as an organiser prints them for a funder: no text box over another, no "None",
every QR code read back by zxing-cpp at 150 dpi (241 badges, 146 attestations at the time of writing)."""

from __future__ import annotations

import pypdfium2
import zxingcpp

from core.services import attendance, organiser, print_data
from core.services.print_data import event_sessions, half_days
from printing.badges import render_badges
from printing.certificates import QR_PREFIX, render_certificates
from printing.common import Branding
from printing.emargement import render_emargement
from printing.stocks import stock
from tests.demo import demo_event, last_edition
from tests.printing.test_documents_funders import _boxes, _overlaps, _pages


def _qr(pdf: bytes) -> list[str]:
    found = []
    for page in pypdfium2.PdfDocument(pdf):
        bitmap = page.render(scale=150 / 72, grayscale=True).to_pil()
        found += [r.text for r in zxingcpp.read_barcodes(bitmap, formats=zxingcpp.BarcodeFormat.QRCode)]
    return found


def _clean(pdf: bytes) -> None:
    assert not any("None" in text for text in _pages(pdf))
    for number, page in enumerate(_boxes(pdf), start=1):
        assert not _overlaps(page), f"overlapping text on page {number}"


def test_the_demos_documents_are_clean_and_every_qr_decodes(demo_workspace) -> None:  # type: ignore[no-untyped-def]
    rencontres = demo_event(demo_workspace, "Rencontres")
    with demo_workspace.reading() as session:
        branding = Branding.of(organiser.identity(session))  # the demo has no identity: blanks to fill in
        # This year's edition may have no one in yet (the demo built at night): last year's has its check-ins.
        certs = attendance.certificates(session, rencontres.id) or \
            attendance.certificates(session, last_edition(demo_workspace).id)
        items = event_sessions(session, rencontres.id)
        sheets = [print_data.sheet_for_session(session, item.id) for item in items]
        sheets += [print_data.sheet_for_half_day(session, rencontres.id, day, afternoon)
                   for day, afternoon in half_days(items)]
        sheets += [print_data.sheet_for_day(session, rencontres.id, day) for day in {d for d, _ in half_days(items)}]
    with demo_workspace.unit_of_work() as uow:
        badges = print_data.badges(uow, rencontres.id)

    assert certs
    pdf = render_certificates(certs, branding=branding)
    _clean(pdf)
    assert sorted(_qr(pdf)) == sorted(QR_PREFIX + c.verification_code for c in certs)
    pdf = render_badges(badges, stock("a4-8"), branding=branding)
    _clean(pdf)
    assert sorted(_qr(pdf)) == sorted(b.token for b in badges if b.token)
    for sheet in sheets:
        _clean(render_emargement(sheet, branding=branding, show_checked_in=True))
