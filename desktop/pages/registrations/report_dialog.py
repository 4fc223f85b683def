"""The funder report in the app: key figures and a bar chart of people and structures by kind (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from core.exports.report import FunderReport, funder_report
from desktop import labels
from desktop.context import AppContext
from desktop.pages.registrations import actions


class ReportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: FunderReport | None = None
        self.setWindowTitle(self.tr("Bilan pour les financeurs"))
        self.resize(820, 600)
        self.figures = QLabel(self.tr("Calcul…"))
        self.figures.setWordWrap(True)
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
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        people, structures = QBarSet(self.tr("Personnes")), QBarSet(self.tr("Structures"))
        categories = []
        for row in report.by_kind:
            people.append(row.people)
            structures.append(row.structures)
            try:
                from core.models import OrganisationKind

                categories.append(labels.organisation_kind(OrganisationKind(row.label)))
            except ValueError:
                categories.append(self.tr("Sans structure"))
        series = QBarSeries()
        series.append(people)
        series.append(structures)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories)
        y = QValueAxis()
        y.setRange(0, max([r.people for r in report.by_kind] + [1]))
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
