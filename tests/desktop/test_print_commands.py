"""`envol print …`: documents written, accidental reprint refused, bad input exits non-zero with a sentence."""

from __future__ import annotations

import io

from pypdf import PdfReader

from core.typography import plain
from desktop.cli import main
from tests.printing.scenario import build


def test_print_commands(workspace, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    scenario = build(workspace)
    path = str(workspace.path)
    workspace.close()
    out = tmp_path / "badges.pdf"
    assert main(["print", "badges", path, "--stock", "a4-8", "-o", str(out)]) == 0
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == 2
    assert main(["print", "badges", path, "-o", str(out)]) == 2
    assert "badges déjà imprimés : indiquez la raison" in capsys.readouterr().err
    assert main(["print", "badges", path, "-o", str(out), "--reprint-reason", "bourrage"]) == 0
    sheet = tmp_path / "em.pdf"
    assert main(["print", "emargement", path, "--session", "commercial", "--checked-in", "-o", str(sheet)]) == 0
    assert "Atelier commercial" in PdfReader(sheet).pages[0].extract_text()
    certs = tmp_path / "att.zip"
    assert main(["print", "attestations", path, "--zip", "-o", str(certs)]) == 0
    assert certs.stat().st_size > 0
    assert main(["print", "attestations", path, "--session", "sans inscrit", "-o", str(certs)]) == 2
    assert "Personne n'a été accueilli" in capsys.readouterr().err
    assert main(["print", "calibration", path, "--offset-x", "40", "-o", str(tmp_path / "c.pdf")]) == 2
    assert len(scenario.tokens) == 12


def test_print_verify_and_badge_role(workspace, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2
    import zxingcpp

    scenario = build(workspace)
    path = str(workspace.path)
    workspace.close()
    certs = tmp_path / "att.pdf"
    assert main(["print", "attestations", path, "-o", str(certs)]) == 0
    page = pypdfium2.PdfDocument(certs.read_bytes())[0].render(scale=300 / 72).to_pil()
    (scanned,) = [r.text for r in zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)]
    capsys.readouterr()
    assert main(["print", "verify", path, scanned]) == 0
    out = plain(capsys.readouterr().out)
    name = plain(PdfReader(io.BytesIO(certs.read_bytes())).pages[0].extract_text())
    assert out.startswith("Attestation authentique") and "Durée totale : 4 h 30 (quatre heures trente minutes)" in out and "Émise le " in out
    person = next(line for line in out.splitlines() if line.startswith("Personne : "))
    assert person.removeprefix("Personne : ") in name
    code = scanned.split(":")[1]
    assert main(["print", "verify", path, code[:5].lower(), code[6:].lower()]) == 0  # typed in two words
    assert main(["print", "verify", path, "ABCDE-FGH23"]) == 1
    assert "Aucune attestation de cet espace de travail n'a ce code" in capsys.readouterr().out

    registration = next(r for r in scenario.tokens if r not in scenario.checked_in)
    assert main(["print", "badge-role", path, str(registration), "benevole"]) == 0
    assert "« BÉNÉVOLE » (choisi)" in capsys.readouterr().out
    badges = tmp_path / "badges.pdf"
    assert main(["print", "badges", path, "-o", str(badges)]) == 0
    assert "BÉNÉVOLE" in "".join(p.extract_text() for p in PdfReader(badges).pages)
    assert main(["print", "badge-role", path, str(registration), "auto"]) == 0
    assert "(deviné d'après la fiche)" in capsys.readouterr().out
    assert main(["print", "badge-role", path, "personne@exemple.fr"]) == 2
    assert "Inscription introuvable" in capsys.readouterr().err
