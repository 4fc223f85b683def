"""The funder report in the app: key figures and a bar chart of people and structures by kind (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from core.exports.report import KIND_LABELS, FunderReport, funder_report
from core.meetings.after import MeetingFigures
from desktop import labels
from desktop.context import AppContext
from desktop.pages.meetings.models import FOLLOW_UPS
from desktop.pages.registrations import actions


def meetings_text(figures: MeetingFigures) -> str:
    """The business meetings' figures, as the XLSX's sheets give them: totals, follow-ups, by sector and commune."""
    translate = QCoreApplication.translate
    lines = [QCoreApplication.translate(
        "ReportDialog", "Rendez-vous d'affaires : {0} planifiés, {1} tenus ; {2} structures ESS reçues par {3} "
                        "entreprises et financeurs.").format(
        figures.planned, figures.held, figures.structures_received, figures.companies)]
    if figures.follow_ups:
        follow_ups = ", ".join(f"{n} {translate('meetings', FOLLOW_UPS[f.value])}" for f, n in figures.follow_ups)
        lines.append(QCoreApplication.translate("ReportDialog", "Suites : {0}.").format(follow_ups))
    if figures.by_sector:
        unknown = QCoreApplication.translate("ReportDialog", "secteur non renseigné")
        sectors = " ; ".join(QCoreApplication.translate("ReportDialog", "{0} : {1} rendez-vous, {2} structures")
                             .format(labels.sector(code) or unknown, held, structures)
                             for code, held, structures, _companies in figures.by_sector)
        lines.append(QCoreApplication.translate("ReportDialog", "Par secteur de l'entreprise : {0}.").format(sectors))
    if figures.by_commune:
        communes = " ; ".join(QCoreApplication.translate("ReportDialog", "{0} : {1}").format(commune, held)
                              for commune, held, _structures in figures.by_commune)
        lines.append(QCoreApplication.translate("ReportDialog", "Par commune de la structure : {0}.").format(communes))
    return "\n".join(lines)


class ReportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: FunderReport | None = None
        self.setWindowTitle(self.tr("Bilan pour les financeurs"))
        self.resize(820, 600)
        self.figures = QLabel(self.tr("Calcul…"))
        self.figures.setWordWrap(True)
        self.meetings = QLabel()  # the Rencontres' business meetings, when the event had some
        self.meetings.setWordWrap(True)
        self.meetings.hide()
        self.chart = QChart()
        self.chart.setTitle(self.tr("Personnes et structures par type"))
        view = QChartView(self.chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = buttons.addButton(self.tr("&Exporter en XLSX…"), QDialogButtonBox.ButtonRole.ActionRole)
        export.clicked.connect(lambda: actions.export_event(context, self, "report"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addWidget(self.meetings)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        event, workspace = context.current_event, context.workspace
        if event is not None:
            context.tasks.database(lambda: funder_report(workspace, event.id), self.show_report)

    def show_report(self, report: FunderReport) -> None:
        self.report = report
        self.figures.setText(self.tr("{event} : {people}, {attended} ; {structures} dont {new} et {returning}.").format(
            event=report.event_name,
            people=self.tr("%n personne(s) inscrite(s)", "", report.people),
            attended=self.tr("%n présente(s)", "", report.attended),
            structures=self.tr("%n structure(s) distincte(s)", "", report.structures),
            new=self.tr("%n nouvelle(s)", "", report.new_structures),
            returning=self.tr("%n déjà venue(s)", "", report.returning_structures)))
        if report.exchanges is not None:  # the atelier d'échanges
            total = report.exchanges.total
            self.figures.setText(self.figures.text() + "\n" + self.tr(
                "Échanges : {0} besoins exprimés, {1} % avec au moins une offre, {2} contacts transmis, "
                "{3} coopérations nées, {4} nouveaux liens entre structures.").format(
                total.needs, round(100 * total.answered_share), total.contacts, total.cooperations, total.new_links))
        self.meetings.setVisible(report.meetings is not None)
        if report.meetings is not None:
            self.meetings.setText(meetings_text(report.meetings))
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        people, structures = QBarSet(self.tr("Personnes")), QBarSet(self.tr("Structures"))
        categories = []
        kind_of = {label: kind for kind, label in KIND_LABELS.items()}  # the report names kinds in French
        for row in reversed(report.by_kind):  # Qt lays the first category at the bottom: the largest on top
            people.append(row.people)
            structures.append(row.structures)
            kind = kind_of.get(row.label)
            categories.append(labels.organisation_kind(kind) if kind else self.tr("Sans structure"))
        # Bars lying down: the kinds' names read whole on the left (« Régie de quartier », « Collectivité »), where
        # standing bars cut them to « Associa… » under a narrow column.
        series = QHorizontalBarSeries()
        series.append(people)
        series.append(structures)
        self.chart.addSeries(series)
        kinds = QBarCategoryAxis()
        kinds.append(categories)
        counts = QValueAxis()
        counts.setRange(0, max([r.people for r in report.by_kind] + [1]))
        counts.setLabelFormat("%d")  # people are counted whole
        counts.applyNiceNumbers()
        self.chart.addAxis(kinds, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(kinds)
        series.attachAxis(counts)
