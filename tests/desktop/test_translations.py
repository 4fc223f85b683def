"""The English catalogue: complete, placeholders intact, and actually used by the main window."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.context import AppContext

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TS = TRANSLATIONS / "envol_en.ts"
QM = TRANSLATIONS / "envol_en.qm"

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
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


def test_catalogue_is_complete() -> None:
    messages = _messages()
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


def test_translations_keep_placeholders_and_accelerators() -> None:
    problems = []
    for context, message in _messages():
        source = message.findtext("source") or ""
        if not context:  # misread call, see test_every_string_keeps_its_context; its text is the comment
            source = message.findtext("comment") or source
        for form in _forms(message):
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
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
