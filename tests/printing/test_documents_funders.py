"""Documents a funder accepts: attested time is the union of what was attended, the émargement carries the
organiser's logos, mention and certification, and on every document nothing overlaps, nothing is cut mid-word,
nothing says "None"; every QR code still decodes at 150 dpi."""

from __future__ import annotations

import io
import itertools
import re
import secrets
from datetime import datetime, timedelta
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from core.models import CheckIn, CheckInKind, EventKind, Ticket
from core.services import agenda, attendance, directory, organiser, print_data, registrations
from core.services.attendance import union_minutes
from core.typography import plain
from printing.badges import render_badges, render_calibration
from printing.certificates import QR_PREFIX, render_certificates
from printing.common import Branding
from printing.emargement import render_emargement
from printing.stocks import STOCKS, stock
from printing.textfit import hyphen_parts
from tests.printing.scenario import DAY, build

# ---------------------------------------------------------------- helpers


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _boxes(pdf: bytes) -> list[list[tuple[float, float, float, float]]]:
    """Each page's text boxes (one per run of text on a line), as pdfium sees them: left, bottom, right, top."""
    out = []
    for page in pypdfium2.PdfDocument(pdf):
        text = page.get_textpage()
        boxes = [text.get_rect(i) for i in range(text.count_rects())]
        out.append([b for b in boxes if b[2] - b[0] > 0.5 and b[3] - b[1] > 0.5])
    return out


def _overlaps(boxes: list[tuple[float, float, float, float]], tolerance: float = 0.6) -> list[tuple[object, ...]]:
    """Pairs of boxes that share more than a sliver. A line's box runs from its accents to its descenders, which
    reach into the leading of the lines around it: 15 % of its height at each end is not counted."""
    found = []
    boxes = [(b[0], b[1] + 0.15 * (b[3] - b[1]), b[2], b[3] - 0.15 * (b[3] - b[1])) for b in boxes]
    for a, b in itertools.combinations(boxes, 2):
        width = min(a[2], b[2]) - max(a[0], b[0])
        height = min(a[3], b[3]) - max(a[1], b[1])
        if width > tolerance and height > tolerance:
            found.append((a, b))
    return found


def _qr_150(pdf: bytes) -> list[str]:
    found = []
    for page in pypdfium2.PdfDocument(pdf):
        bitmap = page.render(scale=150 / 72).to_pil()
        found += [r.text for r in zxingcpp.read_barcodes(bitmap, formats=zxingcpp.BarcodeFormat.QRCode)]
    return found


def _image(tmp_path: Path, name: str, size: tuple[int, int], colour: str) -> Path:
    path = tmp_path / name
    Image.new("RGB", size, colour).save(path)
    return path


def _token() -> str:
    """A real ticket token: 181 characters, as the desks print them."""
    return ("ENV1." + secrets.token_urlsafe(132))[:181]


# ---------------------------------------------------------------- 1. attested time


def test_union_of_intervals_counts_simultaneous_time_once_and_adds_back_to_back() -> None:
    t = datetime(2026, 11, 13, 14, 0)
    hour, half = timedelta(hours=1), timedelta(minutes=30)
    assert union_minutes([(t, t + hour + half), (t, t + hour + half)]) == 90  # two parallel workshops
    assert union_minutes([(t, t + hour), (t + hour, t + 2 * hour)]) == 120  # back to back
    assert union_minutes([(t, t + 2 * hour), (t + half, t + hour)]) == 120  # one inside the other
    assert union_minutes([(t, t + hour), (t + half, t + 2 * hour), (t + 3 * hour, t + 4 * hour)]) == 180
    assert union_minutes([]) == 0


def _parallel_scenario(workspace):  # type: ignore[no-untyped-def]
    """One person confirmed to two parallel workshops (14:00-15:30) then a back-to-back one (15:30-16:30),
    scanned into each."""
    with workspace.unit_of_work() as uow:
        venue = agenda.create_venue(uow, "Espace Jacques Prévert", commune="Aulnay-sous-Bois")
        event = agenda.create_event(uow, "Rencontres territoriales de l'ESS", EventKind.RENCONTRES, DAY, DAY)
        made = [agenda.create_session(uow, event, title, agenda.local_time(DAY, a), agenda.local_time(DAY, b),
                                      venue_id=venue).id
                for title, a, b in [("Atelier A : financer", "14:00", "15:30"),
                                    ("Atelier B : coopérer", "14:00", "15:30"),
                                    ("Atelier C : recruter", "15:30", "16:30")]]
        person = directory.create_person(uow, "Éloïse", "N'Diaye-Lefèvre")
        reg = registrations.register(uow, person.id, event, made).registration.id
        ticket = Ticket(registration_id=reg, code="T0001", token=_token())
        uow.session.add(ticket)
        uow.session.flush()
        for session_id, at in zip(made, ["14:05", "14:10", "15:35"], strict=True):
            uow.session.add(CheckIn(ticket_id=ticket.id, event_id=event, session_id=session_id,
                                    kind=CheckInKind.SESSION, verdict="valid", accepted=True,
                                    scanned_at=agenda.local_time(DAY, at), nonce=secrets.token_hex(8)))
    return event, reg


def test_parallel_workshops_count_once_on_the_attestation_and_in_its_verification(workspace, tmp_path,
                                                                                  capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop.cli import main

    event, _ = _parallel_scenario(workspace)
    with workspace.reading() as session:
        (cert,) = attendance.certificates(session, event)
    assert cert.total_minutes == 150  # 14:00-16:30, not 90 + 90 + 60
    a, b, c = cert.sessions
    assert a.overlaps == ("Atelier B : coopérer",) and b.overlaps == ("Atelier A : financer",) and not c.overlaps
    page = plain(_pages(render_certificates([cert]))[0])
    assert "Durée totale de présence : 2 h 30 (deux heures trente minutes)" in page
    assert "en même temps que « Atelier B : coopérer »" in page.replace("\n", " ")
    assert "ne sont comptées qu'une fois" in page
    path = str(workspace.path)
    workspace.close()
    assert main(["print", "verify", path, QR_PREFIX + cert.verification_code]) == 0
    out = plain(capsys.readouterr().out)
    assert "Durée totale : 2 h 30 (deux heures trente minutes)" in out
    assert "en même temps que « Atelier A : financer » (durée comptée une fois)" in out


# ---------------------------------------------------------------- 2, 3, 9. the émargement


def test_emargement_with_png_and_jpeg_images_carries_the_organisers_certification(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    scenario = build(workspace)
    logo = _image(tmp_path, "logo.png", (400, 160), "#1f5f8b")
    funder = _image(tmp_path, "funder.jpg", (300, 150), "#c00000")
    signature = _image(tmp_path, "signature.png", (500, 180), "#000080")
    branding = Branding(
        organiser="Paris Terres d'Envol", signatory="Camille Martin", signatory_title="Directrice de l'ESS",
        place="Aulnay-sous-Bois", logo=organiser.read_image(logo), signature_image=organiser.read_image(signature),
        funder_logos=(organiser.read_image(funder),), funding_mention="Action cofinancée par la Région",
        action_title="Programme local de l'ESS 2026")
    with workspace.reading() as session:
        sheet = print_data.sheet_for_session(session, scenario.morning)
    for walk_ins in range(0, 40, 3):  # wherever the page breaks, the block keeps rows with it
        pdf = render_emargement(sheet, branding=branding, walk_in_rows=walk_ins)
        pages = [plain(p) for p in _pages(pdf)]
        last = pages[-1]
        assert "Certifié exact par l'organisme : Paris Terres d'Envol" in last
        assert "Camille Martin, Directrice de l'ESS" in last and "Fait à Aulnay-sous-Bois" in last
        assert re.search(r"^\d+$", last, re.MULTILINE), f"the block is alone on its page ({walk_ins} rows)"
        assert "France Active" not in last.split("Certifié exact")[1]  # a facilitator never certifies
    first = pages[0]
    assert "Intitulé de l'action : Programme local de l'ESS 2026" in first
    assert "Action cofinancée par la Région" in first
    images = sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)
    assert images == 3  # the organiser's logo, the funder's, the signature


def test_whole_day_sheet_has_morning_and_afternoon_columns_and_writes_the_place_once(workspace) -> None:  # type: ignore[no-untyped-def]
    scenario = build(workspace)
    with workspace.reading() as session:
        sheet = print_data.sheet_for_day(session, scenario.event_id, DAY)
    assert sheet.columns == ("Matin", "Après-midi")
    assert sheet.venue == "Espace Jacques Prévert, Aulnay-sous-Bois"
    text = plain("\n".join(_pages(render_emargement(sheet))))
    assert text.count("Espace Jacques Prévert") == 1
    assert re.search(r"Nombre de signatures : Matin : ………\s+Après-midi : ………", text)


# ---------------------------------------------------------------- bad input, missing identity


def test_unreadable_or_huge_images_are_refused_with_a_message(tmp_path) -> None:
    from core.errors import ValidationError

    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    huge = tmp_path / "huge.png"
    huge.write_bytes(b"0" * (organiser.MAX_IMAGE_BYTES + 1))
    wide = _image(tmp_path, "wide.png", (organiser.MAX_IMAGE_PIXELS + 1, 10), "white")
    for path, code in [(broken, "image_unreadable"), (huge, "image_too_large"), (wide, "image_too_large"),
                       (tmp_path / "absent.png", "image_unreadable")]:
        with pytest.raises(ValidationError) as error:
            organiser.read_image(path)
        assert error.value.code == code


def test_cli_refuses_a_bad_image_and_bad_half_days_and_checks_each_code(workspace, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop.cli import main

    build(workspace)
    path = str(workspace.path)
    workspace.close()
    out = str(tmp_path / "out.pdf")
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not an image")
    assert main(["print", "emargement", path, "--session", "commercial", "--logo", str(broken), "-o", out]) == 2
    assert "Image illisible" in capsys.readouterr().err
    french_day, iso = DAY.strftime("%d/%m/%Y"), DAY.isoformat()
    for good in [f"{french_day}:matin", f"{french_day}:après-midi", f"{iso}:Apres-midi", f"{french_day}:matinée"]:
        assert main(["print", "emargement", path, "--half-day", good, "-o", out]) == 0, good
    for bad in [DAY.isoformat(), f"{DAY.isoformat()}:soir", "32/13/2026:matin", "demain:matin"]:
        capsys.readouterr()
        assert main(["print", "emargement", path, "--half-day", bad, "-o", out]) == 2, bad
        assert "illisible" in capsys.readouterr().err
    assert main(["print", "emargement", path, "--day", DAY.strftime("%d/%m/%Y"), "-o", out]) == 0
    assert "Après-midi" in PdfReader(out).pages[0].extract_text()

    certs = tmp_path / "att.pdf"
    assert main(["print", "attestations", path, "-o", str(certs)]) == 0
    codes = [t.removeprefix(QR_PREFIX) for t in _qr_150(certs.read_bytes())[:2]]
    capsys.readouterr()
    assert main(["print", "verify", path, codes[0], "ABCDE-FGH23", codes[1]]) == 1
    answer = capsys.readouterr().out
    assert answer.count("Attestation authentique") == 2 and answer.count("Aucune attestation") == 1
    assert all(f"— {code}" in answer for code in codes)
    assert main(["print", "verify", path, codes[0][:5].lower(), codes[0][6:].lower(), codes[1]]) == 0
    assert capsys.readouterr().out.count("Attestation authentique") == 2


def test_ics_of_one_session_says_one_session(workspace, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop.cli import main

    build(workspace)
    path = str(workspace.path)
    workspace.close()
    assert main(["agenda", "export", path, "--session", "commercial", "--format", "ics",
                 "-o", str(tmp_path / "s.ics")]) == 0
    assert "1 session de" in capsys.readouterr().err
    assert (tmp_path / "s.ics").read_text().count("BEGIN:VEVENT") == 1


def test_missing_identity_says_what_to_fill_in_never_none(workspace) -> None:  # type: ignore[no-untyped-def]
    scenario = build(workspace)
    with workspace.reading() as session:
        certs = attendance.certificates(session, scenario.event_id)
        sheet = print_data.sheet_for_session(session, scenario.afternoon)
        branding = Branding.of(organiser.identity(session))
    attestation = plain(_pages(render_certificates(certs[:1], branding=branding))[0])
    emargement = plain("\n".join(_pages(render_emargement(sheet, branding=branding))))
    for text in (attestation, emargement):
        assert "None" not in text
        assert "(nom de l'organisme)" in text
    assert "(nom du ou de la signataire)" in attestation
    assert "(nom et fonction du ou de la signataire)" in emargement


# ---------------------------------------------------------------- 8. the identity is workspace data


def test_identity_is_saved_once_synced_and_an_untouched_save_changes_nothing(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from core.models import SyncChange
    from core.sync.tables import replicated_tables

    assert {"organiser_identity", "funder_logos"} <= set(replicated_tables())
    logo = organiser.read_image(_image(tmp_path, "logo.png", (200, 80), "navy"))
    wanted = organiser.Identity(name="Paris Terres d'Envol", place="Aulnay-sous-Bois", signatory_name="Camille",
                                signatory_role="Directrice", logo=logo, funder_logos=(logo, logo))
    with workspace.unit_of_work() as uow:
        saved = organiser.save_identity(uow, wanted)
    assert saved == wanted and not saved.missing
    with workspace.reading() as session:
        before = session.scalar(select(func.count()).select_from(SyncChange))
    with workspace.unit_of_work() as uow:
        organiser.save_identity(uow, saved)
    with workspace.reading() as session:
        assert session.scalar(select(func.count()).select_from(SyncChange)) == before
        branding = Branding.of(organiser.identity(session), organiser="Autre organisme", place=None)
    assert branding.organiser == "Autre organisme" and branding.place == "Aulnay-sous-Bois"  # options override


# ---------------------------------------------------------------- layout: no overlap, no cut, QR at 150 dpi


def _badges(workspace, count: int = 12):  # type: ignore[no-untyped-def]
    scenario = build(workspace)
    with workspace.unit_of_work() as uow:
        badges = print_data.badges(uow, scenario.event_id)
    long = type(badges[0])(badges[0].registration_id, "Marie-Antoinette Éloïse", "de La Tour d'Auvergne-Lauraguais",
                           "Régie de quartier de Tremblay-en-France et des communes du Grand Roissy",
                           badges[0].role, badges[0].event_name, "X95-A4A", _token(), 0, badges[0].event_dates)
    real = [type(b)(b.registration_id, b.first_name, b.last_name, b.organisation, b.role, b.event_name,
                    b.ticket_code, _token(), 0, b.event_dates) for b in badges[1:count]]
    return [long, *real]


@pytest.mark.parametrize("key", sorted(STOCKS))
def test_badges_text_never_overlaps_words_never_cut_and_qr_decodes_at_150_dpi(workspace, key) -> None:  # type: ignore[no-untyped-def]
    badges = _badges(workspace)
    pdf = render_badges(badges, stock(key))
    for page in _boxes(pdf):
        assert not _overlaps(page), key
    assert sorted(_qr_150(pdf)) == sorted(b.token for b in badges if b.token)
    vocabulary = set()
    for b in badges:
        for text in (b.first_name, b.last_name.upper(), b.organisation or "", b.event_name, b.event_dates,
                     b.ticket_code or "", "PARTICIPANT·E ENTREPRISE PARTENAIRE ORGANISATION INTERVENANT·E BÉNÉVOLE"):
            words = re.split(r"[\s—]+", plain(text))
            for word in words:  # a compound word may break after any of its hyphens
                parts = hyphen_parts(word)
                vocabulary |= {"".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}
    words = set(re.split(r"[\s—]+", plain("\n".join(_pages(pdf))))) - {""}
    assert words <= vocabulary, f"cut words on {key}: {words - vocabulary}"


def test_event_name_and_date_are_readable_on_badges(workspace) -> None:  # type: ignore[no-untyped-def]
    badges = _badges(workspace, 2)
    for key in STOCKS:
        page = plain(_pages(render_badges(badges, stock(key)))[0])
        assert "Rencontres territoriales de l'ESS 2026" in page.replace("\n", " "), key
        assert f"{DAY.day} novembre {DAY.year}" in page, key


def test_a6_keeps_five_millimetres_from_the_sheet_edges(workspace) -> None:  # type: ignore[no-untyped-def]
    pdf = render_badges(_badges(workspace, 4), stock("a6-4"))
    page = pypdfium2.PdfDocument(pdf)[0]
    bitmap = page.render(scale=150 / 72).to_pil().convert("L")
    margin = round(4.9 / 25.4 * 150)
    width, height = bitmap.size
    for y in range(height):
        for x in list(range(margin)) + list(range(width - margin, width)):
            assert bitmap.getpixel((x, y)) > 200 or _is_cut_mark(x, y, width, height), (x, y)


def _is_cut_mark(x: int, y: int, width: int, height: int) -> bool:
    """The thin cut marks at the labels' corners (5 mm long) are meant to reach the edges."""
    near = 5.5 / 25.4 * 150
    return any(abs(x - cx) < near and abs(y - cy) < near
               for cx in (0, width / 2, width) for cy in (0, height / 2, height))


def test_attestations_and_emargement_boxes_never_overlap_and_qr_decodes(workspace) -> None:  # type: ignore[no-untyped-def]
    event, _ = _parallel_scenario(workspace)
    branding = Branding(organiser="Paris Terres d'Envol", signatory="Camille Martin",
                        signatory_title="Directrice du développement économique local", place="Aulnay-sous-Bois",
                        funding_mention="Action cofinancée par la Région Île-de-France et le Fonds social européen",
                        address="1 rue Paul Cézanne\n93600 Aulnay-sous-Bois")
    with workspace.reading() as session:
        certs = attendance.certificates(session, event)
        sheet = print_data.sheet_for_day(session, event, DAY)
    pdf = render_certificates(certs, branding=branding)
    for page in _boxes(pdf):
        assert not _overlaps(page)
    assert _qr_150(pdf) == [QR_PREFIX + certs[0].verification_code]
    for page in _boxes(render_emargement(sheet, branding=branding, walk_in_rows=30)):
        assert not _overlaps(page)


def test_calibration_text_stays_inside_a_label_with_decimal_commas() -> None:
    for key, st in STOCKS.items():
        pdf = render_calibration(st, offset_x=1.5)
        text = plain(_pages(pdf)[0])
        assert "+1,5 mm" in text and "1.5" not in text, key
        instruction = "traits" if st.cut_marks else "planche"
        assert ("règle" if st.cut_marks else "planche d'étiquettes") in text.replace("\n", " "), (key, instruction)
        ox, oy = st.label_origin(0)
        label = (ox * 72 / 25.4, (st.page_height - oy - st.label_height) * 72 / 25.4,
                 (ox + st.label_width) * 72 / 25.4, (st.page_height - oy) * 72 / 25.4)
        for box in _boxes(pdf)[0]:
            if box[3] - box[1] > 6.5:  # the instructions (rulers and label numbers are smaller)
                assert label[0] < box[0] and box[2] < label[2] and label[1] < box[1] and box[3] < label[3], key


# ---------------------------------------------------------------- 13. wording rules


def test_french_typography_in_documents(workspace) -> None:  # type: ignore[no-untyped-def]
    scenario = build(workspace)
    with workspace.reading() as session:
        certs = attendance.certificates(session, scenario.event_id)
        sheet = print_data.sheet_for_session(session, scenario.morning)
    branding = Branding(organiser="Paris Terres d'Envol", signatory="Camille Martin", place="Aulnay-sous-Bois")
    for pdf in (render_certificates(certs[:2], branding=branding), render_emargement(sheet, branding=branding)):
        text = "\n".join(_pages(pdf))
        assert "None" not in text
        # ReportLab writes U+00A0 as a space once the lines are made: what shows is that no line breaks there.
        assert not re.search(r"\S[:;!?](\s|$)", text.replace("https:", "")), "a colon glued to its word"
        assert not re.search(r"^\s*[:;!?»]", text, re.MULTILINE), "a line starts with a colon or a »"
        assert not re.search(r"«\s*$", text, re.MULTILINE), "a line ends with a «"
        assert "'" not in text and "’" in text
        assert not re.search(r"\d{1,2}:\d\d", text), "times are written 9 h 30"
        assert "(e)" not in text
    day = plain(_pages(render_certificates(certs[:1], branding=branding))[0])
    assert f"le {['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'][DAY.weekday()]} " \
           f"{DAY.day} novembre {DAY.year} à l'Espace Jacques Prévert" in day.replace("\n", " ")
    assert "9 h – 12 h" in day


def test_pdf_metadata_names_the_organiser(workspace) -> None:  # type: ignore[no-untyped-def]
    scenario = build(workspace)
    with workspace.reading() as session:
        certs = attendance.certificates(session, scenario.event_id)
        sheet = print_data.sheet_for_session(session, scenario.morning)
    branding = Branding(organiser="Paris Terres d'Envol")
    for pdf in (render_certificates(certs, branding=branding), render_emargement(sheet, branding=branding)):
        meta = PdfReader(io.BytesIO(pdf)).metadata
        assert meta is not None and meta.author == "Paris Terres d'Envol" and meta.title

