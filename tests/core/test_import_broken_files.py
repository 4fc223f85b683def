"""A broken file is refused or its damage is shown, by line — never swallowed in silence; the command line
says so with its exit code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.demo import build_demo_workspace
from core.errors import ValidationError
from core.imports import read_file, read_table
from desktop.cli import main
from desktop.import_words import describe_problem
from tests.core.test_import_identity import HEADER

SAMPLES = Path("/work/shared/samples")
if not (SAMPLES / "helloasso-rencontres-2026.csv").exists():
    SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
HELLOASSO = SAMPLES / "helloasso-rencontres-2026.csv"


def _helloasso_with_open_quote(line: int) -> bytes:
    """The HelloAsso sample where the structure of the row on `line` opens a quote and never closes it."""
    lines = HELLOASSO.read_text(encoding="utf-8-sig").split("\n")
    cells = lines[line - 1].split(";")
    cells[12] = '"' + cells[12]
    lines[line - 1] = ";".join(cells)
    return ("\ufeff" + "\n".join(lines)).encode("utf-8")


@pytest.mark.parametrize("line", [3, 39], ids=["early", "late"])
def test_an_unterminated_quote_refuses_its_line_and_keeps_every_other_row(line):
    whole = read_table(HELLOASSO.read_bytes(), "ha.csv")
    broken = read_table(_helloasso_with_open_quote(line), "ha.csv")
    assert [(b.line, b.code) for b in broken.broken] == [(line, "unterminated_quote")]
    assert broken.total_rows == len(whole.rows) == 40
    # Every other row is read as it is in the sound file, with its own line number.
    kept = dict(zip(broken.row_numbers, broken.rows, strict=True))
    assert kept == {n: r for n, r in zip(whole.row_numbers, whole.rows, strict=True) if n != line}
    assert all("\n" not in cell for row in broken.rows for cell in row)


def test_the_preview_names_the_broken_line(tmp_path):
    from core.db.workspace import open_workspace
    from core.imports import guess_mapping, plan_import
    from core.services.events import list_events

    build_demo_workspace(tmp_path / "w.envol", people=0).close()
    table = read_table(_helloasso_with_open_quote(39), "ha.csv")
    with open_workspace(tmp_path / "w.envol") as ws, ws.reading() as s:
        event = next(e.id for e in list_events(ws) if "Rencontres" in e.name)
        preview = plan_import(s, table, guess_mapping(table.headers), event, "ha.csv")
    assert preview.total_rows == 40 and sorted(preview.refused_lines) == [39] and len(preview.rows) == 39
    problem = next(p for p in preview.problems if p.line == 39)
    assert describe_problem(problem).startswith("ligne 39 : guillemet ouvert jamais refermé")


def test_a_legitimate_multiline_note_is_not_taken_for_a_broken_quote():
    table = read_table(f'{HEADER}\r\n;Ana;Ok;a@x.org;;"Asso\r\nsur deux lignes";Ana\r\n;Bob;Ok;b@x.org;;;\r\n'
                       .encode(), "f.csv")
    assert table.broken == () and len(table.rows) == 2


def test_a_nul_byte_refuses_its_row_only():
    table = read_table(f"{HEADER}\r\n;Ana;Ok;a@x.org;;;\r\n;Bob;Ba\x00d;b@x.org;;;\r\n".encode(), "f.csv")
    assert [(b.line, b.code) for b in table.broken] == [(3, "nul_byte")]
    assert [r[1] for r in table.rows] == ["Ana"]


def test_utf16_without_bom_is_read():
    text = f"{HEADER}\r\n;Éloïse;Nguyễn;e@x.org;;;\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        table = read_table(text.encode(encoding), "f.csv")
        assert table.encoding == encoding and table.rows[0][1:3] == ("Éloïse", "Nguyễn")


def test_a_200000_character_cell_is_one_refused_row_not_an_unreadable_file(tmp_path):
    data = f"{HEADER}\r\n;Ana;Ok;a@x.org;;{'x' * 200_000};\r\n;Bob;Ok;b@x.org;;;\r\n".encode()
    table = read_table(data, "f.csv")
    assert len(table.rows) == 2  # the row with the long cell is refused by the preview, with its column


def test_missing_file_and_folder():
    with pytest.raises(ValidationError) as missing:
        read_file(Path("/nonexistent/inscriptions.csv"))
    assert missing.value.code == "import_file_missing"
    with pytest.raises(ValidationError) as folder:
        read_file(Path("/tmp"))
    assert folder.value.code == "import_is_folder"


@pytest.fixture
def workspace(tmp_path_factory):
    template = tmp_path_factory.getbasetemp() / "broken-template.envol"
    if not template.exists():
        build_demo_workspace(template, people=0).close()
    path = tmp_path_factory.mktemp("cli") / "w.envol"
    shutil.copy(template, path)
    return path


def test_command_line_exit_codes(workspace, tmp_path, capsys):
    broken = tmp_path / "broken.csv"
    broken.write_bytes(_helloasso_with_open_quote(3))
    assert main(["import", str(workspace), str(broken), "--event", "Rencontres"]) == 3
    err = capsys.readouterr().err
    assert "ligne 3 : guillemet ouvert jamais refermé" in err and "import partiel" in err
    assert main(["import", str(workspace), str(HELLOASSO), "--event", "Rencontres"]) == 0
    capsys.readouterr()
    assert main(["import", str(workspace), str(tmp_path / "absent.csv")]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [f"envol : Fichier introuvable : {tmp_path / 'absent.csv'}."]
    assert main(["import", str(workspace), str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "est un dossier" in err[0]
