"""First run: no workspace yet. Three clear ways to start, then, for a new workspace, its first event.

1. « Créer l'espace de travail de mon réseau » — the network's name (it signs badges and attestations) and its
   time zone (the day a desk calls "today"); the window then opens the new-event form of the agenda.
2. « Découvrir avec la démo » — the demo workspace, which never touches a real one.
3. « Rejoindre un serveur central » — an empty workspace for a new desk, opened on the Synchronisation page.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import available_timezones

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.clock import NETWORK_TIMEZONE
from desktop import design
from desktop.choices import ValueCombo

ORGANISER_KEY = "print.organiser"  # the name printing signs documents with (desktop.pages.printing.page)
TIMEZONE_KEY = "network.timezone"


@dataclass(frozen=True)
class FirstRunChoice:
    kind: str  # "new", "demo" or "hub"
    network: str = ""
    timezone: str = NETWORK_TIMEZONE


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bienvenue dans Envol"))
        self.choice: FirstRunChoice | None = None
        self.pages = QStackedWidget()

        start = QWidget()
        layout = QVBoxLayout(start)
        title = QLabel(self.tr("Bienvenue dans Envol"))
        title.setProperty("role", "display")
        layout.addWidget(title)
        intro = QLabel(self.tr("Envol prépare vos événements, accueille les participants et imprime badges et "
                               "feuilles d'émargement, même sans réseau. Par quoi commencer ?"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.buttons: dict[str, QPushButton] = {}
        for key, icon, text in [
            ("new", "new", self.tr("Créer l'espace de travail de mon réseau\npuis son premier événement")),
            ("demo", "demo", self.tr("Découvrir avec la démo\nun réseau fictif, ses événements et ses inscrits")),
            ("hub", "hub", self.tr("Rejoindre un serveur central\nce poste devient un accueil de plus")),
        ]:
            button = QPushButton(design.icon(icon, design.PALETTE.accent), text)
            button.setProperty("role", "big")
            button.setIconSize(QSize(32, 32))
            button.setMinimumHeight(72)
            button.setAutoDefault(False)  # Return in the form below creates, it never picks one of these
            button.setAccessibleName(text.split("\n")[0])
            button.clicked.connect(lambda _=False, k=key: self._chosen(k))
            self.buttons[key] = button
            layout.addWidget(button)
        self.pages.addWidget(start)

        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        heading = QLabel(self.tr("Votre réseau"))
        heading.setProperty("role", "title")
        form_layout.addWidget(heading)
        form = QFormLayout()
        self.network = QLineEdit()
        self.network.setPlaceholderText(self.tr("ex. : Réseau ESS de mon territoire"))
        self.timezone = ValueCombo()
        zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
        self.timezone.set_choices((zone, zone) for zone in zones or [NETWORK_TIMEZONE])
        self.timezone.set_value(NETWORK_TIMEZONE)
        form.addRow(self.tr("&Nom du réseau :"), self.network)
        form.addRow(self.tr("&Fuseau horaire :"), self.timezone)
        form_layout.addLayout(form)
        note = QLabel(self.tr("Le nom signe les badges et les attestations ; le fuseau horaire dit quel jour est "
                              "« aujourd'hui » pour l'accueil. Ensuite : le premier événement."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        form_layout.addWidget(note)
        self.error = QLabel()
        self.error.setProperty("role", "muted")
        form_layout.addWidget(self.error)
        form_layout.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        create = box.button(QDialogButtonBox.StandardButton.Ok)
        create.setText(self.tr("Créer et continuer"))
        create.setDefault(True)
        box.accepted.connect(self._create)
        box.rejected.connect(lambda: self.pages.setCurrentIndex(0))
        form_layout.addWidget(box)
        self.pages.addWidget(form_page)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(*[design.SPACE["xl"]] * 4)
        outer.addWidget(self.pages)
        self.resize(620, 460)

    def _chosen(self, kind: str) -> None:
        if kind == "new":
            self.pages.setCurrentIndex(1)
            self.network.setFocus()
            return
        self.choice = FirstRunChoice(kind)
        self.accept()

    def _create(self) -> None:
        name = " ".join(self.network.text().split())
        if not name:
            self.error.setText(self.tr("Indiquez le nom du réseau."))
            self.network.setFocus()
            return
        self.choice = FirstRunChoice("new", name, str(self.timezone.value()))
        self.accept()
