"""`envol print …`: documents written, accidental reprint refused, bad input exits non-zero with a sentence."""

from __future__ import annotations

import io

from pypdf import PdfReader

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
