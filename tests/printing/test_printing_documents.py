"""The printed documents read back: right people, pages, totals, accents, and every QR code really decodes."""

from __future__ import annotations

import io
import zipfile

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from core.errors import ValidationError
from core.services import attendance, print_data
from core.typography import plain
from printing.badges import render_badges, render_calibration
from printing.certificates import QR_PREFIX, render_certificates, render_certificates_zip
from printing.common import Branding, Feedback, RenderCancelled
from printing.emargement import render_emargement
from printing.stocks import STOCKS, Stock, stock
from tests.printing.scenario import ACCENTED, build


def _text(pdf: bytes) -> list[str]:
    """Each page's text, with ordinary spaces and apostrophes (the documents use French typography)."""
    return [plain(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _decode_all(pdf: bytes) -> list[str]:
    found = []
    document = pypdfium2.PdfDocument(pdf)
    for page in document:
        bitmap = page.render(scale=300 / 72).to_pil()
        found += [r.text for r in zxingcpp.read_barcodes(bitmap, formats=zxingcpp.BarcodeFormat.QRCode)]
    return found


@pytest.fixture
def scenario(workspace):  # type: ignore[no-untyped-def]
    return build(workspace)


@pytest.mark.parametrize("key", ["a4-8", "a4-10", "roll-62", "a6-4"])
def test_every_qr_on_a_badge_sheet_decodes_to_its_ticket(workspace, scenario, key) -> None:  # type: ignore[no-untyped-def]
    with workspace.unit_of_work() as uow:
        badges = print_data.badges(uow, scenario.event_id)
    pdf = render_badges(badges, stock(key))
    decoded = _decode_all(pdf)
    assert sorted(decoded) == sorted(scenario.tokens.values())
    pages = -(-len(badges) // STOCKS[key].per_page)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == pages


def test_badges_show_accented_names_sorted_with_role_bands(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    with workspace.unit_of_work() as uow:
        badges = print_data.badges(uow, scenario.event_id)
    text = "\n".join(_text(render_badges(badges, stock("a4-8"))))
    for first, last in ACCENTED:
        assert first in text and last.upper() in text
    assert "ENTREPRISE PARTENAIRE" in text and "PARTICIPANT·E" in text
    keys = [b.last_name.casefold() for b in badges]
    assert keys.index("n'diaye-lefèvre") < keys.index("nguyễn") < keys.index("öztürk")


def test_a_120_character_name_and_a_missing_logo_still_give_a_readable_badge(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    with workspace.unit_of_work() as uow:
        badge = print_data.badges(uow, scenario.event_id)[0]
    long = type(badge)(badge.registration_id, "Marie-" + "Antoinette" * 4, "Delacroix-" * 12,
                       "Structure " * 15, badge.role, badge.event_name, badge.ticket_code, badge.token, 0)
    assert len(long.last_name) == 120
    pdf = render_badges([long], stock("a4-8"), branding=Branding(logo="/nowhere/logo.png"))
    assert _decode_all(pdf) == [badge.token]  # the long text never runs over the QR code
    assert "DELACROIX" in _text(pdf)[0]


def test_bad_stock_offset_and_empty_list_are_clear_errors() -> None:
    too_wide = Stock("x", "trop large", 210, 297, 120, 50, columns=2)
    with pytest.raises(ValidationError) as error:
        render_calibration(too_wide)
    assert error.value.code == "stock_does_not_fit"
    with pytest.raises(ValidationError) as error:
        stock("a3-99")
    assert error.value.code == "unknown_stock"
    with pytest.raises(ValidationError) as error:
        render_badges([], stock("a4-8"))
    assert error.value.code == "nothing_to_print"
    with pytest.raises(ValidationError) as error:
        render_calibration(stock("a4-8"), offset_x=40)
    assert error.value.code == "offset_too_large"


def test_calibration_page_outlines_each_label_with_the_offset() -> None:
    text = _text(render_calibration(stock("a4-10"), offset_x=1.5, offset_y=-2))[0]
    assert "+1,5 mm" in text and "-2,0 mm" in text and "10" in text


def test_emargement_lists_registrants_with_blank_rows_and_page_numbers(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    with workspace.reading() as session:
        sheet = print_data.sheet_for_session(session, scenario.morning)
    pdf = render_emargement(sheet, walk_in_rows=60, show_checked_in=True,
                            branding=Branding(funder_logos=("/missing/funder.png",)))
    pages = _text(pdf)
    assert len(pages) >= 2
    assert all(f"page {n} / {len(pages)}" in page for n, page in enumerate(pages, start=1))
    whole = "\n".join(pages)
    for first, last in ACCENTED:
        assert first in whole and last.upper() in whole
    assert "Certifié exact" in whole and "France Active Métropole" in whole
    assert f"{len(scenario.tokens)} dont {len(scenario.checked_in)} accueillis" in whole
    assert f"\n{len(scenario.tokens) + 60}" in whole or f"{len(scenario.tokens) + 60}\n" in whole


def test_emargement_of_an_empty_session_is_a_blank_sheet(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    with workspace.reading() as session:
        sheet = print_data.sheet_for_session(session, scenario.empty)
    assert sheet.rows == ()
    text = _text(render_emargement(sheet))[0]
    assert "Inscrits : 0" in text and "page 1 / 1" in text


def test_half_day_sheet_groups_the_morning(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    with workspace.reading() as session:
        sheet = print_data.sheet_for_half_day(session, scenario.event_id, scenario_day(), afternoon=False)
        with pytest.raises(ValidationError):
            print_data.sheet_for_half_day(session, scenario.event_id, scenario_day().replace(day=14), False)
    assert sheet.columns == ("Matin",) and len(sheet.rows) == len(scenario.tokens)


def scenario_day():  # type: ignore[no-untyped-def]
    from tests.printing.scenario import DAY

    return DAY


def test_certificates_only_for_the_checked_in_with_totals(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    with workspace.reading() as session:
        certs = attendance.certificates(session, scenario.event_id)
    assert {c.registration_id for c in certs} == scenario.checked_in
    assert not scenario.undone & {c.registration_id for c in certs}
    pdf = render_certificates(certs, branding=Branding(signatory="Camille Martin", place="Aulnay-sous-Bois",
                                                       signature_image="/missing/signature.png"))
    pages = _text(pdf)
    assert len(pages) == len(scenario.checked_in)
    assert all("ATTESTATION DE PRÉSENCE" in p and "Durée totale de présence : 4 h 30" in p for p in pages)
    assert any("Éloïse N'Diaye-Lefèvre" in p for p in pages)
    decoded = _decode_all(pdf)
    assert sorted(decoded) == sorted(QR_PREFIX + c.verification_code for c in certs)


def test_certificates_for_one_session_and_as_a_zip(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    with workspace.reading() as session:
        certs = attendance.certificates(session, scenario.event_id, session_id=scenario.afternoon)
        assert attendance.certificates(session, scenario.event_id, session_id=scenario.empty) == []
    assert all(len(c.sessions) == 1 and c.total_minutes == 90 for c in certs)
    archive = zipfile.ZipFile(io.BytesIO(render_certificates_zip(certs)))
    names = archive.namelist()
    assert len(names) == len(certs) and "attestation-ndiaye-lefevre-eloise.pdf" in names
    assert "Éloïse" in _text(archive.read("attestation-ndiaye-lefevre-eloise.pdf"))[0]
    with pytest.raises(ValidationError) as error:
        render_certificates([])
    assert error.value.code == "no_one_checked_in"


def test_rendering_can_be_cancelled(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    with workspace.unit_of_work() as uow:
        badges = print_data.badges(uow, scenario.event_id)
    seen: list[tuple[int, int]] = []
    with pytest.raises(RenderCancelled):
        render_badges(badges, stock("a4-8"), feedback=Feedback(seen.append and (lambda d, t: seen.append((d, t))),
                                                                lambda: len(seen) >= 1))
