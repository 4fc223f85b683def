"""The catalogues: complete, placeholders intact, every translated text reaching them, and actually used.

envol_en.ts is the English interface; envol_fr.ts holds only French plural forms (French is the source language).
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from tests.demo import demo_event

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "envol_en.ts"
QM = TRANSLATIONS / "envol_en.qm"
FRENCH_TS = TRANSLATIONS / "envol_fr.ts"

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d")


def _placeholders(text: str) -> list[str]:
    """The count may be written %Ln in a translation: Qt puts the number there grouped as the language wants."""
    return sorted(found.replace("%Ln", "%n") for found in PLACEHOLDER.findall(text))


def _messages(ts: Path = TS) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


def _label(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


@pytest.mark.parametrize("ts", [TS, FRENCH_TS], ids=["en", "fr"])
def test_catalogue_is_complete(ts: Path) -> None:
    messages = _messages(ts)
    assert messages
    problems = []
    for context, message in messages:
        translation = message.find("translation")
        forms = _forms(message)
        if translation is None or translation.get("type") is not None:
            state = translation.get("type") if translation is not None else "missing"
            problems.append(f"{_label(context, message)} is {state}")
        elif not forms or any(not form.strip() for form in forms):
            problems.append(f"{_label(context, message)} has an empty translation")
        elif message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"{_label(context, message)} needs singular and plural forms, has {len(forms)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", [TS, FRENCH_TS], ids=["en", "fr"])
def test_translations_keep_placeholders_and_accelerators(ts: Path) -> None:
    problems = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        if not context:  # misread call, see test_every_string_keeps_its_context; its text is the comment
            source = message.findtext("comment") or source
        for form in _forms(message):
            if _placeholders(form) != _placeholders(source):
                problems.append(f"{_label(context, message)} -> {form!r}: placeholders differ")
            if _accelerators(form) != _accelerators(source):
                problems.append(f"{_label(context, message)} -> {form!r}: accelerators differ")
    assert not problems, "\n".join(problems)


def test_every_string_keeps_its_context() -> None:
    """`tr = QCoreApplication.translate; tr("ctx", "text")` looks to lupdate like a free tr("source", "comment"):
    the text lands in an unnamed context and the English one is never found at run time.
    Call QCoreApplication.translate("ctx", "text") (or self.tr) directly instead of through an alias."""
    lost = [f"{loc.get('filename')}:{loc.get('line')}: {message.findtext('comment')!r}"
            for context, message in _messages() if not context for loc in message.iter("location")]
    assert not lost, "strings lupdate cannot attach to their context:\n" + "\n".join(lost)


def _english(context: str, source: str) -> str:
    for name, message in _messages():
        if name == context and message.findtext("source") == source:
            return _forms(message)[0]
    raise KeyError((context, source))


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_english_page_titles(english: QTranslator, qtbot: QtBot, context: AppContext) -> None:
    from desktop.main_window import MainWindow
    from desktop.pages import page_specs

    assert QCoreApplication.translate("pages", "Accueil") == "Check-in desk"
    assert QCoreApplication.translate("pages", "Impressions") == "Printing"
    assert QCoreApplication.translate("pages", "Synchronisation") == "Sync"

    window = MainWindow(context)
    qtbot.addWidget(window)
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == [_english("pages", spec.title) for spec in page_specs()]
    assert "Check-in desk" in titles
    assert "Accueil" not in titles


# --- every translated text reaches the catalogue, in the context Qt looks it up in --------------------------------

def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _TranslatedTexts(ast.NodeVisitor):
    """The literal texts a module hands to Qt's translation, with the context Qt will look them up in, and the
    calls lupdate cannot read (it only understands literal contexts, `self.tr`/`Class.tr`, and plural forms
    through `tr(text, "", n)`)."""

    def __init__(self, where: str, classes: set[str]) -> None:
        self.where, self.classes = where, classes
        self.enclosing: list[str] = []
        self.found: list[tuple[str, str, str, bool]] = []  # (where, context, source, has plural forms)
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.enclosing.append(node.name)
        self.generic_visit(node)
        self.enclosing.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func, args = node.func, node.args
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        where = f"{self.where}:{node.lineno}: {ast.unparse(node)[:90]}"
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and _literal(args[1]) is not None:
            context, source = _literal(args[0]), _literal(args[1])
            if context is None:
                self.problems.append(f"{where}: the context must be a literal for lupdate")
            elif len(args) > 3 or node.keywords:
                self.problems.append(f"{where}: lupdate reads no plural forms or keywords from translate(); "
                                     "use Class.tr(text, '', n)")
            else:
                self.found.append((where, context, str(source), False))
        elif name in ("tr", "_tr") and args and _literal(args[0]) is not None:
            receiver = func.value if isinstance(func, ast.Attribute) else None
            if isinstance(receiver, ast.Name) and receiver.id == "self" and self.enclosing:
                context = self.enclosing[-1]
            elif isinstance(receiver, ast.Name) and receiver.id in self.classes:
                context = receiver.id
            else:
                self.problems.append(f"{where}: lupdate cannot tell this text's context (a helper named like tr); "
                                     "call QCoreApplication.translate('context', text) or a class's tr")
                return
            if node.keywords:
                self.problems.append(f"{where}: lupdate stops reading at keyword arguments")
            self.found.append((where, context, str(_literal(args[0])), len(args) >= 3))


def test_every_translated_text_is_in_the_catalogue_in_its_runtime_context() -> None:
    paths = sorted((ROOT / "desktop").rglob("*.py"))
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    classes = {node.name for tree in trees.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    catalogue = {(context, message.findtext("source")): message.get("numerus") == "yes"
                 for context, message in _messages()}
    problems, seen = [], 0
    for path, tree in trees.items():
        visitor = _TranslatedTexts(str(path.relative_to(ROOT)), classes)
        visitor.visit(tree)
        problems += visitor.problems
        for where, context, source, numerus in visitor.found:
            seen += 1
            if (context, source) not in catalogue:
                problems.append(f"{where}: ({context!r}, {source!r}) is not in envol_en.ts "
                                "(lupdate could not read it, or update.py was not run)")
            elif catalogue[(context, source)] != numerus:
                problems.append(f"{where}: plural forms differ between the code and the catalogue")
    assert seen > 500
    assert not problems, "\n".join(problems)


def test_stock_names_follow_printing() -> None:
    from desktop.labels import STOCK_NAMES
    from printing.stocks import STOCKS

    assert {key: stock.name for key, stock in STOCKS.items()} == STOCK_NAMES


def test_sector_names_follow_core() -> None:
    from core.sectors import SECTORS
    from desktop.labels import SECTORS as MARKED

    assert MARKED == SECTORS


def test_french_forms_of_the_command_line_match_the_catalogue() -> None:
    from desktop.messages import COUNTED, FRENCH_FORMS, MESSAGES

    catalogue = {message.findtext("source"): [form.replace("%Ln", "%n") for form in _forms(message)]  # same words
                 for context, message in _messages(FRENCH_TS) if context == "messages"}
    assert set(FRENCH_FORMS) == set(COUNTED)
    assert {code: list(forms) for code, forms in FRENCH_FORMS.items()} == \
        {code: catalogue.get(MESSAGES[code]) for code in FRENCH_FORMS}


def test_french_plural_forms(qtbot: QtBot) -> None:
    from desktop.messages import message_text
    from desktop.pages.participants.page import ParticipantsPage

    say = ParticipantsPage.tr
    assert say("%n inscription(s)", "", 0) == "0 inscription"
    assert say("%n inscription(s)", "", 1) == "1 inscription"
    assert say("%n inscription(s)", "", 241) == "241 inscriptions"
    for translate in (QCoreApplication.translate, None):  # the window, the command line
        assert message_text("room_in_use", {"count": 1}, translate) == \
            "1 session a lieu dans cette salle : déplacez-la d'abord."
        assert message_text("room_in_use", {"count": 3}, translate) == \
            "3 sessions ont lieu dans cette salle : déplacez-les d'abord."


# --- the interface in English, as a user sees it -------------------------------------------------------------------


class _Recorder(QTranslator):
    """English from envol_en.qm; notes every text asked for that the catalogue does not have."""

    def __init__(self) -> None:
        super().__init__()
        self.english = QTranslator()
        assert self.english.load(str(QM))
        self.missing: set[tuple[str, str]] = set()
        self._asked: list[tuple[str, str]] = []  # consecutive misses of one text

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if context.startswith("Q"):  # Qt's own widgets
            return None
        if self._asked and self._asked[-1][1] != source:
            self._asked = []
        found = self.english.translate(context, source, disambiguation, n)
        if found:
            # PySide's self.tr() asks the object's class, then its bases: the base that answers settles it.
            if _is_class(context):
                self.missing -= {asked for asked in self._asked if _is_class(asked[0])}
            self._asked = []
            return found
        self.missing.add((context, source))
        self._asked.append((context, source))
        return None


def _is_class(context: str) -> bool:
    return context[:1].isupper() or context.startswith("_")  # explicit contexts are lower case words


def _headers(model: object) -> list[str]:
    from PySide6.QtCore import QAbstractItemModel, Qt

    assert isinstance(model, QAbstractItemModel)
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


@pytest.fixture
def recorder(qapp: QApplication) -> Iterator[_Recorder]:
    recorder = _Recorder()
    assert qapp.installTranslator(recorder)
    yield recorder
    qapp.removeTranslator(recorder)


def test_english_pages_show_english_and_ask_only_for_catalogued_texts(
        recorder: _Recorder, qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    from core.imports import Field
    from desktop.main_window import MainWindow
    from desktop.pages.desk.walk_in import WalkInDialog
    from desktop.pages.registrations.import_dialog import ImportDialog

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
    pages = window.pages
    qtbot.waitUntil(lambda: pages["personnes"].model.rowCount() > 0 and pages["structures"].model.rowCount() > 0,
                    timeout=20000)
    assert _headers(pages["personnes"].model) == ["Surname", "First name", "Organisation", "Email", "Registrations",
                                                  "Checked in"]
    assert _headers(pages["structures"].model) == ["Name", "Type", "Town", "SIRET", "People"]
    desk = pages["accueil"]
    assert _headers(desk.search_model) == ["Name", "Organisation", "Email", "Code", "Status"]
    assert _headers(desk.recent_model) == ["Time", "Result", "Name", "Organisation", "Session"]
    assert desk.verdict.title.text() == "Ready to scan"
    stocks = pages["impressions"].stock
    assert "Plain A4 paper, 8 badges 90 × 60 mm with cut marks" in [stocks.itemText(i) for i in range(stocks.count())]

    # The Mois de l'ESS lasts several days: the timetable has a column per day, the list a title per day.
    context.set_event(demo_event(context.workspace, "Mois"))
    agenda = pages["agenda"]
    qtbot.waitUntil(lambda: agenda.data is not None and "Mois" in agenda.data.event.name, timeout=20000)
    titles = [column.title for column in agenda.grid.columns]
    assert titles and all(title[:3] in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun") for title in titles)
    days = [agenda.list_model.index(row, 0).data() for row in agenda.list_model.day_rows()]
    english = r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} (January|February|March|April|May|June|July|August|" \
              r"September|October|November|December) \d{4}"
    assert days and all(re.fullmatch(english, day) for day in days), days
    assert _headers(agenda.conflict_model) == ["Conflict"]

    sheet = tmp_path / "inscrits.csv"
    sheet.write_text("Prénom;Nom;E-mail\nÉloïse;Martin;eloise@example.org\n", encoding="utf-8")
    dialog = ImportDialog(context, window, path=sheet)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() == 3 and dialog.apply_button.isEnabled(), timeout=20000)
    combo = dialog.combo(0)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[:2] == ["— ignore —", "Form answer"] and "First name *" in labels and "Buyer's email" in labels
    assert dialog.summary_label.text().startswith("1 row: 0 rejected; 1 new person")
    combo.setCurrentIndex(combo.index_of(Field.IGNORE))
    qtbot.waitUntil(lambda: dialog.problems.count() >= 1, timeout=20000)
    assert dialog.problems.item(0).text() == \
        "Rejected — file: Required column missing: First name. Say which column contains it."
    walk_in = WalkInDialog(context, window)
    qtbot.addWidget(walk_in)
    walk_in.structure.setEditText("Tiers-lieu des Essarts")
    assert walk_in.structure_hint.text() == "New organisation: ‘Tiers-lieu des Essarts’ will be created with the person."
    context.tasks.wait_idle()
    missing = sorted(recorder.missing)
    assert not missing, "texts missing from envol_en.ts:\n" + "\n".join(map(str, missing))


def test_command_line_plural_helper() -> None:
    from desktop.plural import plural

    assert [plural(n, "%n personne inscrite", "%n personnes inscrites") for n in (0, 1, 2, 12)] == [
        "0 personne inscrite", "1 personne inscrite", "2 personnes inscrites", "12 personnes inscrites"]
