"""Who is who at import: the rules of core.imports.identity as a table of cases, and a split file gives the
same people as the whole file, in any order."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from core.db.workspace import Workspace, open_workspace
from core.demo import build_demo_workspace
from core.imports import Field, apply_import, guess_mapping, read_table
from core.imports.identity import better_name, names_compatible
from core.models import Organisation, Person, PersonHistory, Registration, RegistrationAnswer
from core.services.duplicates import find_duplicates, find_import_merges
from core.services.events import list_events

HEADER = "Billet;Prénom;Nom;Email;Téléphone;Structure;Prénom acheteur"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("identity") / "events.envol"
    build_demo_workspace(path, people=0).close()
    return path


def fresh(template: Path, folder: Path, name: str = "ws.envol") -> Workspace:
    path = folder / name
    shutil.copy(template, path)
    return open_workspace(path)


def run_import(ws: Workspace, lines: list[str], name: str = "f.csv"):
    table = read_table((HEADER + "\r\n" + "\r\n".join(lines)).encode("utf-8"), name)
    mapping = guess_mapping(table.headers).with_field(0, Field.REFERENCE)
    event = next(e.id for e in list_events(ws) if "Rencontres" in e.name)
    with ws.unit_of_work() as uow:
        return apply_import(uow, table, mapping, event, name)


def people(ws: Workspace) -> list[tuple[str, str, str | None]]:
    with ws.reading() as s:
        return sorted(map(tuple, s.execute(select(Person.first_name, Person.last_name, Person.email)).all()),
                      key=str)


def reviews(ws: Workspace) -> int:
    """What the people page lists for a person to look at: look-alike pairs and automatic merges."""
    return len([p for p in find_duplicates(ws) if p.kind == "person"]) + len(find_import_merges(ws))


CASES = [
    # (why, row a, row b, people, review entries)
    ("same ticket, other e-mail", "T1;Jean;Dupont;a@x.org;;;", "T1;Jean;Dupont;b@x.org;;;", 1, 0),
    ("same e-mail, same name", ";Jean;Dupont;a@x.org;;;", ";Jean;Dupont;a@x.org;;;", 1, 0),
    ("same e-mail, accents and case", ";Francois;DUPONT;a@x.org;;;", ";François;Dupont;a@x.org;;;", 1, 0),
    ("same e-mail, hyphen", ";Jean-Noël;Dupont;a@x.org;;;", ";Jean Noel;Dupont;a@x.org;;;", 1, 0),
    ("same e-mail, one typo", ";Jean;Dupont;a@x.org;;;", ";Jean;Dupond;a@x.org;;;", 1, 1),
    ("same e-mail, initial", ";J.;Dupont;a@x.org;;;", ";Jean;Dupont;a@x.org;;;", 1, 1),
    ("same e-mail, names swapped", ";Jean;Dupont;a@x.org;;;", ";Dupont;Jean;a@x.org;;;", 1, 1),
    ("shared e-mail, two people", ";Alice;Martin;contact@asso.org;;;Alice", ";Bob;Durand;contact@asso.org;;;Bob",
     2, 1),
    ("same name and structure, other e-mail", ";Jean;Dupont;a@x.org;;La Ruche;", ";Jean;Dupont;b@x.org;;La Ruche;",
     1, 1),
    ("same name and structure, other phone", ";Jean;Dupont;a@x.org;0601020304;La Ruche;",
     ";Jean;Dupont;b@x.org;0708091011;La Ruche;", 2, 1),
    ("same name and structure, other ticket", "T1;Jean;Dupont;a@x.org;;La Ruche;", "T2;Jean;Dupont;b@x.org;;La Ruche;",
     2, 1),
    ("same name, no structure, other e-mail", ";Marie;Martin;a@x.org;;;", ";Marie;Martin;b@x.org;;;", 2, 1),
    ("same name and structure, one without e-mail", ";Jean;Dupont;a@x.org;;La Ruche;", ";Jean;Dupont;;;La Ruche;",
     1, 0),
    ("nothing in common", ";Jean;Dupont;a@x.org;;;", ";Paul;Durand;b@x.org;;;", 2, 0),
]


@pytest.mark.parametrize("why,a,b,expected_people,expected_reviews", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("files", ["one file", "two files"])
def test_identity_rules(template, tmp_path, why, a, b, expected_people, expected_reviews, files):
    with fresh(template, tmp_path) as ws:
        if files == "one file":
            summary = run_import(ws, [a, b])
            merges = len(summary.merges)
        else:
            merges = len(run_import(ws, [a], "a.csv").merges) + len(run_import(ws, [b], "b.csv").merges)
        assert len(people(ws)) == expected_people, why
        assert reviews(ws) == expected_reviews, why
        # The import summary names every automatic merge it made; the review list shows them afterwards.
        assert merges == len(find_import_merges(ws)), why


def test_shared_email_keeps_each_persons_answers(template, tmp_path):
    """The buyer's first name of Bob's row is Bob's answer, not Alice's."""
    with fresh(template, tmp_path) as ws:
        summary = run_import(ws, [";Alice;Martin;contact@asso.org;;Asso;Alice", ";Bob;Durand;contact@asso.org;;Asso;Bob"])
        assert summary.new_people == 2 and summary.merges == ()
        with ws.reading() as s:
            answers = s.execute(select(Person.first_name, RegistrationAnswer.answer)
                                .join(Registration, Registration.person_id == Person.id)
                                .join(RegistrationAnswer, RegistrationAnswer.registration_id == Registration.id)
                                .where(RegistrationAnswer.question == "Prénom acheteur")).all()
        assert sorted(map(tuple, answers)) == [("Alice", "Alice"), ("Bob", "Bob")]
        pairs = [p for p in find_duplicates(ws) if p.kind == "person"]
        assert [p.reason for p in pairs] == ["same_email"]


def test_the_better_spelling_wins_and_is_recorded(template, tmp_path):
    with fresh(template, tmp_path) as ws:
        run_import(ws, [";Francois;NOEL;f@x.org;;;"], "old.csv")
        assert people(ws) == [("Francois", "Noel", "f@x.org")]
        summary = run_import(ws, [";François;Noël;f@x.org;;;"], "new.csv")
        assert summary.renamed == 1
        assert people(ws) == [("François", "Noël", "f@x.org")]
        run_import(ws, [";FRANCOIS;NOEL;f@x.org;;;"], "older.csv")  # never back to the poorer spelling
        assert people(ws) == [("François", "Noël", "f@x.org")]
        with ws.reading() as s:
            history = s.scalars(select(PersonHistory.detail).where(PersonHistory.action == "renamed")).all()
        assert history == ["Francois Noel → François Noël (import new.csv)"]


def test_name_rules_directly():
    assert names_compatible("Jean", "Dupont", "jean", "DUPONT")
    assert names_compatible("", "Dupont", "Jean", "Dupont")
    assert not names_compatible("Alice", "Martin", "Bob", "Durand")
    assert not names_compatible("Li", "Wu", "Le", "Wu")  # short names: one letter apart is another name
    assert better_name("Francois", "François") and not better_name("François", "Francois")
    assert better_name("J.", "Jean") and not better_name("Jean", "J.")
    assert not better_name("Dupont", "Dupond")  # a typo is never "better": the first spelling stays


# --- splitting a file changes nobody

POOL = [
    # (first-name spellings, last name spellings, e-mail, structure): one person each, except the last two
    # share an address (two people), and the two Jean Martin of La Ruche (other e-mails: one person).
    (("Francois", "François", "FRANCOIS"), ("Lefevre", "Lefèvre", "LEFEVRE"), "fl@x.org", "Coop A"),
    (("Zoe", "Zoé"), ("Noel", "Noël"), "zn@x.org", ""),
    (("Jean",), ("Martin",), "jm1@x.org", "La Ruche"),
    (("Jean",), ("Martin",), "jm2@x.org", "La Ruche"),
    (("Celine", "Céline"), ("Durand",), "contact@asso.org", "Asso"),
    (("Bob",), ("Petit",), "contact@asso.org", "Asso"),
    (("Ines", "Inès"), ("Garcia",), "", "Régie"),
]

def _row(choice: tuple[int, int, int]) -> str:
    person, first, last = choice
    firsts, lasts, email, structure = POOL[person]
    return f";{firsts[first % len(firsts)]};{lasts[last % len(lasts)]};{email};;{structure};"


row_strategy = st.tuples(st.integers(0, len(POOL) - 1), st.integers(0, 2), st.integers(0, 2)).map(_row)


def directory(ws: Workspace) -> list[tuple[str, str, str | None]]:
    with ws.reading() as s:
        return sorted(map(tuple, s.execute(select(Person.first_name, Person.last_name, Organisation.name)
                                .outerjoin(Organisation, Person.organisation_id == Organisation.id)).all()),
                      key=str)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(row_strategy, min_size=1, max_size=12), cut=st.integers(0, 12))
def test_a_split_file_gives_the_same_people_in_any_order(template, tmp_path_factory, rows, cut):
    folder = tmp_path_factory.mktemp("split")
    first, second = rows[:cut], rows[cut:]
    results = []
    for name, parts in (("whole", [rows]), ("ab", [first, second]), ("ba", [second, first])):
        with fresh(template, folder, f"{name}.envol") as ws:
            for number, part in enumerate(parts):
                if part:
                    run_import(ws, part, f"{name}{number}.csv")
            results.append(directory(ws))
    assert results[0] == results[1] == results[2]


def test_an_automatic_merge_says_both_spellings_file_and_line(template, tmp_path):
    with fresh(template, tmp_path) as ws:
        run_import(ws, [";Jean;Dupont;a@x.org;;;"], "first.csv")
        summary = run_import(ws, [";Paul;Petit;p@x.org;;;", ";Jean;Dupond;a@x.org;;;"], "second.csv")
        assert summary.merges == ("Jean Dupond <a@x.org> ≈ Jean Dupont <a@x.org> (import second.csv, ligne 3)",)
        [merge] = find_import_merges(ws)
        assert (merge.label, merge.detail) == ("Jean Dupont <a@x.org>", summary.merges[0])
