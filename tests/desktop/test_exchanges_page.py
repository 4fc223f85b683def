"""The atelier from the keyboard: the facilitator picks who speaks by typing, notes the need and the offers with
Enter, undoes with Ctrl+Z; the wall, another window, shows each entry as it is noted, never a contact detail, and
follows what a sync brings from the note-taker's desk."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from core.exchanges import capture
from core.exchanges.board import board
from core.models import Person
from core.services.events import list_events
from core.sync.bundle import sync_with_bundle
from desktop.pages.exchanges.page import ExchangesPage
from desktop.pages.exchanges.wall import WallWindow


def _type(qtbot, widget, text: str) -> None:
    """Typed a key at a time, at a person's pace; QTest.keyClicks only knows ASCII, so é, è, ç go as key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char, delay=15)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def atelier(context):
    event = next(e for e in list_events(context.workspace) if "interconnaissance" in e.name and
                 e.starts_on == max(x.starts_on for x in list_events(context.workspace)
                                    if "interconnaissance" in x.name))
    context.set_event(event)
    return event


@pytest.fixture
def page(qtbot, context, atelier):
    widget = ExchangesPage(context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.busy == 0 and bool(widget.needs), timeout=20000)
    return widget


@pytest.fixture
def wall(qtbot, context, atelier):
    window = WallWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loads == 0 and bool(window.needs), timeout=20000)
    return window


def _people(context, count: int) -> list[Person]:
    """People of the demo who are not at the atelier yet (so the test's entries are theirs alone)."""
    with context.workspace.reading() as session:
        from sqlalchemy import select

        from core.models import ExchangeNeed, ExchangeOffer
        busy = set(session.scalars(select(ExchangeNeed.person_id))) | set(
            session.scalars(select(ExchangeOffer.giver_person_id)))
        from core.models import Organisation
        # The demo's generated structures are sometimes named after a person ("SCIC Allard"): a name that is also
        # in a structure's name would find someone of that structure too, so the test avoids those.
        in_structures = " ".join(session.scalars(select(Organisation.name))).casefold()
        people = [SimpleNamespace(id=p.id, first_name=p.first_name, last_name=p.last_name, email=p.email)
                  for p in session.scalars(select(Person).order_by(Person.last_name)) if p.id not in busy]
        return [p for p in people if len(p.last_name) >= 5 and p.last_name.isascii()
                and p.last_name.casefold() not in in_structures][:count]


def _pick(qtbot, page, person: Person) -> None:
    page.who.setFocus()
    _type(qtbot, page.who, person.last_name[:5].lower() + " " + person.first_name[:3])
    qtbot.waitUntil(lambda: page.matches.count() > 0 and not page._timer.isActive() and page.busy == 0,
                    timeout=20000)
    qtbot.keyClick(page.who, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.person is not None, timeout=20000)
    assert page.person.id == person.id
    assert page.focusWidget() is page.text


def _wall_text(wall) -> str:
    return "\n".join(line for card in wall.card_texts() for line in card)


def test_a_need_and_its_offers_from_the_keyboard_reach_the_wall(qtbot, context, page, wall) -> None:
    asker, giver, other = _people(context, 3)
    before = len(wall.needs)
    _pick(qtbot, page, asker)
    _type(qtbot, page.text, "Trouver un local partagé à Sevran")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(wall.needs) == before + 1, timeout=20000)
    assert "Trouver un local partagé à Sevran" in _wall_text(wall)
    assert page.mode == "offer" and page.focusWidget() is page.who  # ready for the first answer

    _pick(qtbot, page, giver)
    _type(qtbot, page.text, "Écrire à jean.dupont@exemple.fr, notre salle est libre")
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)  # to the kind of offer
    qtbot.keyClick(page.kind_box, Qt.Key.Key_Down)
    page.text.setFocus()
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "notre salle est libre" in _wall_text(wall), timeout=20000)
    assert "jean.dupont@exemple.fr" not in _wall_text(wall)  # the wall never shows a contact
    assert giver.email is None or giver.email not in _wall_text(wall)

    _pick(qtbot, page, other)
    _type(qtbot, page.text, "Un box chez le bailleur")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Un box chez le bailleur" in _wall_text(wall), timeout=20000)
    qtbot.keyClick(page.who, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the last offer
    qtbot.waitUntil(lambda: "Un box chez le bailleur" not in _wall_text(wall), timeout=20000)
    assert "notre salle est libre" in _wall_text(wall)
    assert page.message.text() == "Offre retirée."


def test_empty_and_repeated_entries_are_refused_with_a_message(qtbot, context, page) -> None:
    (asker,) = _people(context, 1)
    _pick(qtbot, page, asker)
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.busy == 0 and "Rien n'a été saisi" in page.message.text(), timeout=20000)
    _type(qtbot, page.text, "Un mécène")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.text() == "Besoin noté.", timeout=20000)
    page.new_need()
    _pick(qtbot, page, asker)
    _type(qtbot, page.text, "un MECENE")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "déjà noté" in page.message.text(), timeout=20000)


def test_the_wall_follows_a_sync_from_the_note_takers_desk(qtbot, context, atelier, wall, tmp_path: Path) -> None:
    from core.db.workspace import open_workspace
    from tests.core.sync_helpers import blank_template

    stick = tmp_path / "stick.envolsync"
    sync_with_bundle(context.workspace, stick)
    template = blank_template(tmp_path / "tpl") if (tmp_path / "tpl").mkdir() is None else None
    notes = open_workspace(template.rename(tmp_path / "notes.envol"))
    try:
        sync_with_bundle(notes, stick)
        (giver,) = _people(context, 1)
        with notes.reading() as session:
            need = board(session, atelier.id)[0]
        with notes.unit_of_work() as uow:
            capture.make_offer(uow, need.id, giver.id, "Offre notée sur le poste de la prise de notes")
        sync_with_bundle(notes, stick)
        report = sync_with_bundle(context.workspace, stick)
        context.data_changed.emit(report)  # as the sync page does after a sync
        qtbot.waitUntil(lambda: "Offre notée sur le poste de la prise de notes" in _wall_text(wall), timeout=20000)
    finally:
        notes.close()


def test_what_i_can_bring_is_a_standing_offer_found_by_the_suggestions(qtbot, context, page) -> None:
    from sqlalchemy import select

    from core.models import ExchangeOffer

    (giver,) = _people(context, 1)
    qtbot.keyClick(page.who, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert page.mode == "standing"
    _pick(qtbot, page, giver)
    _type(qtbot, page.text, "Prêt de notre camion le samedi")
    page.categories.item(next(i for i in range(page.categories.count())
                              if page.categories.item(i).data(Qt.ItemDataRole.UserRole) == "mobilite")) \
        .setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.text() == "Offre notée.", timeout=20000)
    with context.workspace.reading() as session:
        offer = session.scalars(select(ExchangeOffer).where(ExchangeOffer.giver_person_id == giver.id)).one()
        assert (offer.need_id, offer.categories, offer.text) == (None, "mobilite", "Prêt de notre camion le samedi")
    assert page.mode == "standing"  # the next person can say what they bring too


def test_an_offer_corrected_then_a_need_removed_and_brought_back_with_ctrl_z(qtbot, context, page, wall) -> None:
    asker, giver = _people(context, 2)
    _pick(qtbot, page, asker)
    _type(qtbot, page.text, "Un local pour stocker")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.text() == "Besoin noté.", timeout=20000)
    _pick(qtbot, page, giver)
    _type(qtbot, page.text, "Notre gargae est libre")  # a typo, seen later
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Notre gargae est libre" in _wall_text(wall), timeout=20000)

    need_item = next(page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())
                     if page.tree.topLevelItem(i).text(0) == "Un local pour stocker")
    page.tree.setCurrentItem(need_item.child(0))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_F2)
    dialog = page.correct_dialog
    assert dialog.text.text() == "Notre gargae est libre"
    dialog.text.setText("Notre garage est libre le samedi")
    dialog.consent.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: "Notre garage est libre le samedi" in _wall_text(wall), timeout=20000)
    assert "gargae" not in _wall_text(wall) and page.message.text() == "Offre corrigée."

    need_item = next(page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())
                     if page.tree.topLevelItem(i).text(0) == "Un local pour stocker")
    page.tree.setCurrentItem(need_item)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "Un local pour stocker" not in _wall_text(wall), timeout=20000)
    assert "Ctrl+Z" in page.message.text()
    page.who.setFocus()
    qtbot.keyClick(page.who, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Un local pour stocker" in _wall_text(wall)
                    and "Notre garage est libre le samedi" in _wall_text(wall), timeout=20000)
    assert page.message.text() == "Besoin rétabli, avec ses offres."


def test_categories_edited_from_the_page(qtbot, context, page) -> None:
    from desktop.pages.exchanges import actions

    actions.open_categories(page)
    dialog = page.categories_dialog
    qtbot.waitUntil(lambda: dialog.busy == 0 and dialog.list.count() > 10, timeout=20000)
    dialog.label.setText("Économie circulaire")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: any(page.categories.item(i).text() == "Économie circulaire"
                                for i in range(page.categories.count())), timeout=20000)
    dialog.label.setText("Économie circulaire")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "existe déjà" in dialog.message.text(), timeout=20000)

    row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).text() == "Mobilité")
    dialog.list.setCurrentRow(row)
    dialog.label.setText("Mobilité et transports")
    dialog.rename_button.click()
    qtbot.waitUntil(lambda: any(page.categories.item(i).text() == "Mobilité et transports"
                                for i in range(page.categories.count())), timeout=20000)
    qtbot.waitUntil(lambda: dialog.busy == 0 and dialog.current() is not None
                    and dialog.current().code == "mobilite", timeout=20000)
    dialog.retire_button.click()
    qtbot.waitUntil(lambda: all(page.categories.item(i).text() != "Mobilité et transports"
                                for i in range(page.categories.count())), timeout=20000)
    qtbot.waitUntil(lambda: dialog.busy == 0 and "(retirée)" in dialog.list.currentItem().text(), timeout=20000)
    assert dialog.retire_button.text() == "&Rétablir"
