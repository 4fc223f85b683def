"""Probable duplicates compared within blocks of a stored key (issue 17): what the organiser sees stays right when
people are added by any writer, renamed, erased or merged, and the review list reads a window at a time."""

from __future__ import annotations

import sqlite3
import uuid

from sqlalchemy import text

from core.services import directory, duplicate_blocks, rgpd
from core.services.duplicates import find_organisation_duplicates, find_person_duplicates, merge_people
from core.services.people import update_person


def names(pairs):
    return sorted((p.a_label.split(" <")[0], p.b_label.split(" <")[0], p.reason) for p in pairs)


def test_people_sharing_a_folded_name_or_an_email_are_paired_once(workspace):
    with workspace.unit_of_work() as uow:
        directory.create_person(uow, "Zoé", "Lefèvre")
        directory.create_person(uow, "zoe", "LEFEVRE", email="z@example.org")
        directory.create_person(uow, "Hugo", "Martin", email="contact@asso.org")
        directory.create_person(uow, "Léa", "Durand", email="contact@asso.org")
        directory.create_person(uow, "Hugo", "Martin", email="h@example.org")  # a name and no shared address
        directory.create_person(uow, "Paul", "Seul")
    assert names(find_person_duplicates(workspace)) == [
        ("Hugo Martin", "Hugo Martin", "same_name"), ("Hugo Martin", "Léa Durand", "same_email"),
        ("Zoé Lefèvre", "zoe LEFEVRE", "same_name")]
    assert duplicate_blocks.person_pair_count(workspace) == 3


def test_a_rename_an_erasure_and_a_merge_change_the_pairs(workspace):
    with workspace.unit_of_work() as uow:
        a = directory.create_person(uow, "Zoé", "Lefèvre").id
        b = directory.create_person(uow, "Zoe", "Lefevre").id
        c = directory.create_person(uow, "Zoé", "Lefèbvre").id
    assert len(find_person_duplicates(workspace)) == 1
    with workspace.unit_of_work() as uow:
        update_person(uow, c, first_name="Zoé", last_name="Lefevre", email=None, phone=None, organisation_id=None)
    assert {(p.a_id, p.b_id) for p in find_person_duplicates(workspace)} == {(a, b), (a, c), (b, c)}
    with workspace.unit_of_work() as uow:
        rgpd.erase_person(uow, c)
    with workspace.unit_of_work() as uow:
        merge_people(uow, a, b)
    assert find_person_duplicates(workspace) == []
    with workspace.reading() as session:  # the erased person's folded name is gone with her
        assert session.scalar(text("SELECT key FROM search_duplicate_keys WHERE record_id = :id"), {"id": c.hex}) == ""
    with workspace.unit_of_work() as uow:  # two people erased bear one name: they are no probable duplicates
        rgpd.erase_person(uow, directory.create_person(uow, "Jean", "Roux").id)
    assert find_person_duplicates(workspace) == []


def test_rows_written_outside_the_application_are_keyed_when_searched(workspace):
    with workspace.unit_of_work() as uow:
        directory.create_person(uow, "Inès", "Benali")
    assert find_person_duplicates(workspace) == []
    raw = sqlite3.connect(workspace.path)  # a sync pull or the sqlite3 shell: no Python hook runs
    raw.execute("INSERT INTO people (id, first_name, last_name, consent_communication, consent_photo, created_at, "
                "updated_at) VALUES (?, 'Ines', 'BENALI', 0, 0, '2030-01-01 00:00:00', '2030-01-01 00:00:00')",
                (uuid.uuid4().hex,))
    raw.commit()
    raw.close()
    assert names(find_person_duplicates(workspace)) == [("Inès Benali", "Ines BENALI", "same_name")]


def test_the_review_list_reads_a_window_in_a_stable_order(workspace):
    with workspace.unit_of_work() as uow:
        for n in range(5):
            for _ in range(3):
                directory.create_person(uow, f"Prénom{n}", "Dupont")
    every = find_person_duplicates(workspace)
    assert len(every) == 15 == duplicate_blocks.person_pair_count(workspace)
    windows = [p for offset in range(0, 15, 4) for p in find_person_duplicates(workspace, offset, 4)]
    assert windows == every


def test_a_renamed_structure_is_compared_again(workspace):
    with workspace.unit_of_work() as uow:
        a = directory.create_organisation(uow, "Régie de quartier de Sevran").id
        b = directory.create_organisation(uow, "Jardins partagés").id
    assert find_organisation_duplicates(workspace) == []
    with workspace.unit_of_work() as uow:
        uow.session.execute(text("UPDATE organisations SET name = 'Regie de quartier de Sevran ' WHERE id = :id"),
                            {"id": b.hex})
    assert [(p.a_id, p.b_id) for p in find_organisation_duplicates(workspace)] == [(a, b)]
