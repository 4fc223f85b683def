"""Synchronisation: the hub's address and password, test, sync now, by file, and what to review."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from core.errors import EnvolError
from core.sync.bundle import BundleReport, sync_with_bundle
from core.sync.credentials import save_password
from core.sync.hub import Hub, display_url
from core.sync.review import ReviewItem, mark_reviewed, open_reviews, resolve_conflict
from core.sync.service import HUB_URL_KEY
from desktop.context import AppContext
from desktop.messages import describe
from desktop.pages.sync.controller import SyncView, controller_for, last_sync_text
from desktop.pages.sync.reviews_model import ReviewsModel
from desktop.pages.sync.status import state_text


def _error_text(error: BaseException) -> str:
    # Only Envol's errors have a sentence; anything else (a driver's, a parser's English) is said in French, with
    # what to do, and its own words in brackets for whoever helps.
    if isinstance(error, EnvolError):
        return describe(error, QCoreApplication.translate)
    return QCoreApplication.translate(
        "sync", "La synchronisation a échoué : vérifiez l'adresse du serveur (postgresql://utilisateur@serveur/base) "
        "et le réseau, puis réessayez ; rien n'est perdu sur ce poste. (Détail : {0})").format(error)




class SyncPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.controller = controller_for(context)

        self.url_box = QLineEdit()
        self.url_box.setPlaceholderText("postgresql://envol@serveur.exemple.fr/envol?sslmode=require")
        self.url_box.setAccessibleName(self.tr("Adresse du serveur central"))
        self.password_box = QLineEdit()
        self.password_box.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_box.setPlaceholderText(self.tr("inchangé"))
        self.test_button = QPushButton(self.tr("&Tester la connexion"))
        self.save_button = QPushButton(self.tr("&Enregistrer"))
        self.sync_button = QPushButton(self.tr("&Synchroniser maintenant"))
        self.sync_button.setShortcut(QKeySequence("F5"))
        self.bundle_button = QPushButton(self.tr("Synchroniser par &fichier…"))
        self.auto_box = QCheckBox(self.tr("Synchroniser automatiquement quand le serveur est joignable"))
        self.auto_box.setChecked(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.state_label = QLabel()
        self.last_label = QLabel()
        self.waiting_label = QLabel()

        hub_box = QGroupBox(self.tr("Serveur central"))
        form = QFormLayout(hub_box)
        form.addRow(self.tr("Adresse :"), self.url_box)
        form.addRow(self.tr("Mot de passe :"), self.password_box)
        form.addRow(QLabel(self.tr("Le mot de passe est gardé hors de l'espace de travail (trousseau du système, "
                                   "ou fichier privé de votre configuration).")))
        buttons = QHBoxLayout()
        for button in (self.test_button, self.save_button, self.sync_button, self.bundle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.auto_box)

        state_box = QGroupBox(self.tr("État"))
        state_form = QFormLayout(state_box)
        state_form.addRow(self.tr("État :"), self.state_label)
        state_form.addRow(self.tr("Dernière synchronisation :"), self.last_label)
        state_form.addRow(self.tr("Changements en attente :"), self.waiting_label)

        self.model = ReviewsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_mine = QPushButton(self.tr("Garder &ma valeur"))
        self.keep_theirs = QPushButton(self.tr("Garder &leur valeur"))
        self.seen_button = QPushButton(self.tr("Marquer comme &vu"))
        review_box = QGroupBox(self.tr("À vérifier"))
        review_layout = QVBoxLayout(review_box)
        review_layout.addWidget(self.table)
        actions = QHBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.seen_button):
            actions.addWidget(button)
        actions.addStretch(1)
        review_layout.addLayout(actions)

        layout = QVBoxLayout(self)
        layout.addWidget(hub_box)
        layout.addWidget(state_box)
        layout.addWidget(self.message)
        layout.addWidget(review_box, 1)

        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save_settings)
        self.sync_button.clicked.connect(self.sync_now)
        self.bundle_button.clicked.connect(self.choose_bundle)
        self.auto_box.toggled.connect(lambda on: self.controller.timer.start() if on else self.controller.timer.stop())
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.seen_button.clicked.connect(lambda: self.resolve("reviewed"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.controller.changed.connect(self.show_view)
        context.data_changed.connect(lambda _summary: self.reload_reviews())
        self.show_view(self.controller.view)
        self._update_buttons()
        workspace = context.workspace
        context.tasks.database(lambda: workspace.setting(HUB_URL_KEY), self._url_loaded)
        self.reload_reviews()

    def _url_loaded(self, url: str | None) -> None:
        if url and not self.url_box.text():
            self.url_box.setText(url)

    def show_view(self, view: SyncView) -> None:
        self.state_label.setText(state_text(view))
        status = view.status
        self.last_label.setText(last_sync_text(status.last_sync_at) if status else "…")
        self.waiting_label.setText(str(status.waiting) if status else "…")
        self.sync_button.setEnabled(view.state != "syncing")
        if view.error is not None:
            self.message.setText(_error_text(view.error))
        elif view.state == "up_to_date" and view.last_report is not None:
            report = view.last_report
            self.message.setText(self.tr("Synchronisé : %n changement(s) envoyé(s)", "", report.pushed) + ", "
                                 + self.tr("%n reçu(s).", "", report.applied)
                                 + self._new_identity_text(report.new_identity)
                                 + self._restored_text(report.hub_restored))
        self.reload_reviews()

    def _no_address(self) -> bool:
        if self.url_box.text().strip():
            return False
        self.message.setText(self.tr(
            "Indiquez d'abord l'adresse du serveur central (par exemple postgresql://envol@serveur/envol), puis "
            "« Enregistrer ». Sans serveur, synchronisez par fichier (clé USB)."))
        return True

    def sync_now(self) -> None:
        """« Synchroniser maintenant »: with no server known, say what to do instead of doing nothing."""
        status = self.controller.view.status
        if not (status and status.hub_url) and self._no_address():
            return
        if not (status and status.hub_url):
            self.message.setText(self.tr("Enregistrez d'abord ce serveur (« Enregistrer ») : la synchronisation "
                                         "commencera aussitôt."))
            return
        self.message.setText(self.tr("Synchronisation en cours…"))
        self.controller.sync_now()

    def test_connection(self) -> None:
        if self._no_address():
            return
        url = self.url_box.text().strip()
        password = self.password_box.text()
        self.message.setText(self.tr("Connexion à {0}…").format(display_url(url)))

        def job(_progress: Any) -> str:
            from core.sync.credentials import load_password
            from core.sync.hub import hub_url

            hub_url(url)  # a malformed address is refused in words before the keyring is asked about it
            hub = Hub(url, password=password or load_password(url), connect_timeout=5)
            try:
                hub.open()
                return hub.url
            finally:
                hub.close()

        self.context.tasks.background(
            job, lambda shown: self.message.setText(self.tr("Connexion réussie : {0}").format(shown)),
            lambda error: self.message.setText(_error_text(error)))

    def save_settings(self) -> None:
        if self._no_address():
            return
        url = self.url_box.text().strip()
        password = self.password_box.text()
        workspace = self.context.workspace

        def job(_progress: Any) -> str:
            Hub(url).close()  # refuses a malformed address before anything is stored
            workspace.set_setting(HUB_URL_KEY, display_url(url))
            secret = password or make_url(url).password  # a password typed into the URL is moved out of it
            return save_password(url, str(secret)) if secret else ""

        def saved(where: str) -> None:
            self.password_box.clear()
            text = self.tr("Serveur enregistré.")
            if where:
                text += " " + (self.tr("Mot de passe gardé dans le trousseau du système.") if where == "keyring"
                               else self.tr("Mot de passe gardé dans {0} (lisible par vous seul).").format(where))
            self.message.setText(text)
            self.url_box.setText(display_url(url))
            self.controller.refresh()
            self.controller.sync_now(display_url(url))

        self.context.tasks.background(job, saved, lambda error: self.message.setText(_error_text(error)))

    def choose_bundle(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Fichier de synchronisation"), "", self.tr("Synchronisation Envol (*.envolsync)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.sync_with_file(Path(name))

    def sync_with_file(self, path: Path) -> None:
        workspace = self.context.workspace
        self.message.setText(self.tr("Synchronisation avec {0}…").format(path.name))

        def done(report: BundleReport) -> None:
            self.message.setText(self.tr("Fichier {0} : %n changement(s) reçu(s)", "", report.imported).format(path.name)
                                 + ", " + self.tr("%n ajouté(s) au fichier.", "", report.exported)
                                 + self._new_identity_text(report.new_identity))
            self.context.data_changed.emit(report)
            self.controller.refresh()

        self.context.tasks.background(lambda _p: sync_with_bundle(workspace, path), done,
                                      lambda error: self.message.setText(_error_text(error)))

    def _new_identity_text(self, renewed: bool) -> str:
        if not renewed:
            return ""
        return " " + self.tr("Ce fichier était la copie de celui d'un autre poste : il a pris sa propre identité de "
                             "poste (rien n'est perdu, les billets déjà émis restent valables).")

    def _restored_text(self, restored: bool) -> str:
        if not restored:
            return ""
        return " " + self.tr("Le serveur avait été restauré depuis une sauvegarde plus ancienne : ce poste lui a "
                             "renvoyé ce qui lui manquait.")

    def reload_reviews(self) -> None:
        workspace = self.context.workspace
        self.context.tasks.database(lambda: open_reviews(workspace), self._reviews_loaded)

    def _reviews_loaded(self, rows: list[ReviewItem]) -> None:
        self.model.set_rows(rows)
        self._update_buttons()

    def _selected(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self, *_: object) -> None:
        item = self._selected()
        conflict = item is not None and item.kind == "conflict"
        self.keep_mine.setEnabled(conflict)
        self.keep_theirs.setEnabled(conflict)
        self.seen_button.setEnabled(item is not None and not conflict)

    def resolve(self, choice: str) -> None:
        item = self._selected()
        if item is None:
            return
        workspace = self.context.workspace
        if choice == "reviewed":
            def fn() -> None:
                mark_reviewed(workspace, item.id)
        else:
            def fn() -> None:
                resolve_conflict(workspace, item.id, choice)
        self.context.tasks.database(fn, lambda _r: (self.context.data_changed.emit(item), self.reload_reviews(),
                                                    self.controller.refresh()),
                                    lambda error: self.message.setText(_error_text(error)))
