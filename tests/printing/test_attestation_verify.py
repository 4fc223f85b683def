"""Verifying attestations from what is really printed: the QR read back from the PDF finds the real attestation,
however the code is typed; an edited PDF shows a different answer; a made-up or foreign code is refused."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pypdfium2
import pytest
import zxingcpp

from core.db.workspace import open_workspace
from core.models import PrintedDocument, PrintRecord
from core.services import attendance, registrations
from core.services.attestation_check import Verdict, code_candidates, verify_attestation
from core.typography import plain
from desktop.attestation_words import describe_check
from printing.certificates import QR_PREFIX, render_certificates
from printing.jobs import PrintRequest, gather, log_printed
from tests.printing.scenario import build

# What a keyboard-wedge scanner types on an AZERTY layout when it sends QWERTY key positions.
_AZERTY = str.maketrans({**dict(zip("1234567890", '&é"\'(-è_çà', strict=True)), "-": ")", ":": "M",
                         "A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": "?"})


def _qr_texts(pdf: bytes) -> list[str]:
    found = []
    for page in pypdfium2.PdfDocument(pdf):
        bitmap = page.render(scale=300 / 72).to_pil()
        found += [r.text for r in zxingcpp.read_barcodes(bitmap, formats=zxingcpp.BarcodeFormat.QRCode)]
    return found


@pytest.fixture
def scenario(workspace):  # type: ignore[no-untyped-def]
    return build(workspace)


def _check(workspace, text: str):  # type: ignore[no-untyped-def]
    with workspace.reading() as session:
        return verify_attestation(session, text)


def test_every_printed_qr_finds_its_real_attestation(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    with workspace.reading() as session:
        certs = attendance.certificates(session, scenario.event_id)
    scanned = _qr_texts(render_certificates(certs))
    assert len(scanned) == len(scenario.checked_in) and all(t.startswith(QR_PREFIX) for t in scanned)
    found = [_check(workspace, text) for text in scanned]
    assert all(c.verdict == Verdict.VALID for c in found)
    assert {(c.first_name, c.last_name) for c in found} == {scenario.names[r] for r in scenario.checked_in}
    for check in found:
        assert check.event_name == "Rencontres territoriales de l'ESS 2026" and check.session_title is None
        assert check.certificate is not None and check.certificate.total_minutes == 270
        assert [s.title for s in check.certificate.sessions] == ["Atelier commercial", "Coopérer entre structures"]
        assert check.issued == ()  # rendered here, never logged as printed
    lines = [plain(line) for line in describe_check(found[0])]
    assert lines[0].startswith("Attestation authentique")
    assert "Durée totale : 4 h 30 (quatre heures trente minutes)" in lines
    assert "Émission non enregistrée dans le journal des impressions." in lines


def test_the_code_is_found_however_it_is_typed_or_scanned(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    with workspace.reading() as session:
        cert = attendance.certificates(session, scenario.event_id)[0]
    code = cert.verification_code
    typed = [code, code.lower(), code.replace("-", ""), f"  {code[:5]} {code[6:]} ", QR_PREFIX + code,
             f"Code de vérification : {code}", (QR_PREFIX + code).translate(_AZERTY),
             code.replace("O", "0").replace("I", "1").replace("B", "8")]
    for text in typed:
        check = _check(workspace, text)
        assert check.verdict == Verdict.VALID, text
        assert check.certificate == cert and check.code == code


def test_code_readings_without_a_workspace() -> None:
    assert code_candidates("envol-attestation:abcde-fgh23")[0] == "ABCDE-FGH23"
    assert code_candidates("ENVOL)QTTESTQTIONMQBCDE)FGHé\"")[0] == "ABCDE-FGH23"  # AZERTY scan
    assert code_candidates("AB0DE FGH18")[0] == "ABODE-FGHIB"  # 0, 1, 8 typed for O, I, B
    assert code_candidates("ABCD FGH2") == [] and code_candidates("") == [] and code_candidates("x" * 500) == []


def test_an_edited_pdf_shows_the_real_attestation(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    with workspace.reading() as session:
        real = attendance.certificates(session, scenario.event_id)[0]
    forged = replace(real, first_name="Fanny", last_name="Faussaire", total_minutes=600)
    (scanned,) = _qr_texts(render_certificates([forged]))  # the forger kept the real code and QR
    check = _check(workspace, scanned)
    assert check.verdict == Verdict.VALID
    assert (check.first_name, check.last_name) == (real.first_name, real.last_name) != ("Fanny", "Faussaire")
    assert check.certificate is not None and check.certificate.total_minutes == 270


def test_made_up_foreign_and_undone_codes_are_refused(workspace, scenario, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with workspace.reading() as session:
        real = attendance.certificates(session, scenario.event_id)[0].verification_code
    # B is not one of the letters an AZERTY scanner swaps (A/Q, Z/W, M): no reading leads back to the real code.
    one_letter_changed = real[:-1] + ("B" if real[-1] != "B" else "C")
    for made_up in ("ABCDE-FGH23", one_letter_changed, QR_PREFIX + "ZZZZZ-ZZZZZ"):
        check = _check(workspace, made_up)
        assert check.verdict == Verdict.UNKNOWN and not check.found
        assert describe_check(check)[0].startswith("Aucune attestation de cet espace de travail n'a ce code")

    with open_workspace(tmp_path / "other.envol", create=True) as other:  # the same event, another workspace
        other_scenario = build(other)
        with other.reading() as session:
            foreign = attendance.certificates(session, other_scenario.event_id)[0].verification_code
    assert _check(workspace, foreign).verdict == Verdict.UNKNOWN

    # Checked in by mistake, then undone: the code of that registration proves nothing.
    (undone,) = scenario.undone
    check = _check(workspace, attendance.verification_code(undone, scenario.event_id))
    assert check.verdict == Verdict.NO_PRESENCE and check.certificate is None
    assert (check.first_name, check.last_name) == scenario.names[undone]
    assert _check(workspace, "pas un code").verdict == Verdict.UNREADABLE


def test_an_attestation_for_one_session_verifies_as_that_session(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    with workspace.reading() as session:
        certs = attendance.certificates(session, scenario.event_id, session_id=scenario.afternoon)
        whole = {c.registration_id: c.verification_code for c in attendance.certificates(session, scenario.event_id)}
    scanned = _qr_texts(render_certificates(certs))
    checks = [_check(workspace, text) for text in scanned]
    assert len(checks) == len(certs) and all(c.verdict == Verdict.VALID for c in checks)
    for check in checks:
        assert check.session_title == "Coopérer entre structures"
        assert check.certificate is not None and check.certificate.total_minutes == 90
        assert check.code not in whole.values()
    assert "Attestation pour la session : Coopérer entre structures" in describe_check(checks[0])


def test_codes_already_printed_for_a_whole_event_keep_their_value() -> None:
    registration = uuid.UUID("6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b")
    event = uuid.UUID("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
    assert attendance.verification_code(registration, event) == "NN6JO-R53VB"  # computed before this change
    assert attendance.verification_code(registration, event, uuid.uuid4()) != "NN6JO-R53VB"


def test_issued_attestations_are_logged_and_the_check_says_when(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    gathered = gather(workspace, PrintRequest("attestations", scenario.event_id))
    first = log_printed(workspace, gathered)
    again = log_printed(workspace, gathered)  # issued again (sent by e-mail): no reason asked
    assert first is not None and again is not None
    assert (first.printed, again.reprinted) == (len(scenario.checked_in), len(scenario.checked_in))
    with workspace.reading() as session:
        logged = {(r.registration_id, r.verification_code) for r in session.query(PrintRecord)
                  if r.document == PrintedDocument.ATTESTATION}
    assert logged == {(c.registration_id, c.verification_code) for c in gathered.certificates}
    check = _check(workspace, gathered.certificates[0].verification_code)
    assert len(check.issued) == 2 and check.issued[0].tzinfo is not None
    assert any(line.startswith("Émise le ") and " ; " in line for line in describe_check(check))


def test_a_logged_attestation_whose_session_choice_was_cancelled_is_no_longer_valid(workspace, scenario) -> None:  # type: ignore[no-untyped-def]
    gathered = gather(workspace, PrintRequest("attestations", scenario.event_id, session_id=scenario.morning))
    log_printed(workspace, gathered)
    cert = gathered.certificates[0]  # present at the entrance and registered to the morning: attested
    assert _check(workspace, cert.verification_code).verdict == Verdict.VALID
    with workspace.unit_of_work() as uow:
        registrations.cancel_choice(uow, cert.registration_id, scenario.morning)
    check = _check(workspace, cert.verification_code)
    assert check.verdict == Verdict.NO_PRESENCE and len(check.issued) == 1
    assert (check.first_name, check.last_name) == (cert.first_name, cert.last_name)
