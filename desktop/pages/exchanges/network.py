"""The picture of the network: who helped whom, drawn with Qt from the layout core computes (spring layout), exported
as PNG or PDF. Structures are discs sized by their exchanges; offers are lines coloured by kind; new links (two
structures that had never exchanged) are drawn thick with a golden halo; a cooperation born, solid and dark."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPageSize, QPainter, QPainterPath, QPdfWriter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.exchanges.graph import Network, lay_out, network
from core.models import OfferKind
from desktop.context import AppContext
from desktop.pages.exchanges import texts

SPAN = 900.0  # scene units from the centre to the edge of the layout
COLOURS = {OfferKind.CONTACT: "#1f77b4", OfferKind.OUTIL: "#2ca02c", OfferKind.CONSEIL: "#9467bd",
           OfferKind.MISE_EN_RELATION: "#d62728", OfferKind.APPUI: "#ff7f0e", OfferKind.RESSOURCE: "#8c564b"}
NEW_LINK = "#f2b705"


def draw(scene: QGraphicsScene, net: Network) -> None:
    """Draw a laid-out network into the scene (cleared first)."""
    scene.clear()
    scene.setBackgroundBrush(QBrush(QColor("#ffffff")))
    where = {n.id: QPointF(n.x * SPAN, -n.y * SPAN) for n in net.nodes}
    # One path per pen (halos first, under every line): a handful of items to build and paint, not one per offer.
    paths: dict[tuple[str, int], QPainterPath] = {}
    for edge in net.edges:
        a, b = where.get(edge.giver), where.get(edge.receiver)
        if a is None or b is None:
            continue
        pens = [(COLOURS[edge.kind], 9 if edge.cooperation else 4)]
        if edge.new_link:
            pens.insert(0, (NEW_LINK, 16))
        for pen in pens:
            path = paths.setdefault(pen, QPainterPath())
            path.moveTo(a)
            path.lineTo(b)
    for (colour, width), path in sorted(paths.items(), key=lambda item: item[0][0] != NEW_LINK):
        line = QColor(colour)
        if colour == NEW_LINK:
            line.setAlpha(120)
        pen = QPen(line, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap if colour == NEW_LINK else Qt.PenCapStyle.SquareCap)
        scene.addPath(path, pen)
    font = QFont()
    font.setPointSize(20)
    for node in net.nodes:
        radius = 12 + 9 * math.sqrt(node.exchanges)
        centre = where[node.id]
        scene.addEllipse(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius, QPen(QColor("#222222"), 1.5),
                         QBrush(QColor("#cfe3f7")))
        label = scene.addSimpleText(node.name if len(node.name) <= 32 else node.name[:31] + "…", font)
        label.setPos(centre.x() - label.boundingRect().width() / 2, centre.y() + radius + 2)
    _legend(scene, net)


def _legend(scene: QGraphicsScene, net: Network) -> None:
    font = QFont()
    font.setPointSize(22)
    x, y = -SPAN - 80, -SPAN - 200
    for kind, colour in COLOURS.items():
        scene.addLine(x, y + 18, x + 50, y + 18, QPen(QColor(colour), 6))
        scene.addSimpleText(texts.kind(kind), font).setPos(x + 60, y)
        x += 330
    x = -SPAN - 80
    glow = QColor(NEW_LINK)
    glow.setAlpha(120)
    scene.addLine(x, y + 78, x + 50, y + 78, QPen(glow, 16))
    scene.addSimpleText(NetworkWindow.tr("nouveau lien ({0})").format(net.new_links), font).setPos(x + 60, y + 60)
    scene.addLine(x + 500, y + 78, x + 550, y + 78, QPen(QColor("#555555"), 9))
    scene.addSimpleText(NetworkWindow.tr("trait épais : coopération née"), font).setPos(x + 560, y + 60)


def export_png(scene: QGraphicsScene, path: Path, width: int = 2400) -> None:
    rect = scene.itemsBoundingRect().marginsAdded(QMarginsF(40, 40, 40, 40))
    height = max(1, int(width * rect.height() / max(rect.width(), 1)))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, width, height), rect)
    painter.end()
    image.save(str(path), "PNG")


def export_pdf(scene: QGraphicsScene, path: Path) -> None:
    rect = scene.itemsBoundingRect().marginsAdded(QMarginsF(40, 40, 40, 40))
    writer = QPdfWriter(str(path))
    writer.setTitle("Réseau des échanges")
    writer.setCreator("Envol")
    writer.setPageSize(QPageSize(QSizeF(297, 210), QPageSize.Unit.Millimeter))
    writer.setResolution(150)
    painter = QPainter(writer)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    page = QRectF(0, 0, writer.width(), writer.height())
    scene.render(painter, page, rect)
    painter.end()


class NetworkWindow(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.context = context
        self.setWindowTitle(self.tr("Envol — réseau des échanges"))
        self.resize(1100, 800)
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.all_events = QCheckBox(self.tr("Tous les ateliers (sinon : l'événement courant)"))
        self.all_events.toggled.connect(lambda _on: self.reload())
        self.summary = QLabel()
        self.loads = 0
        self.net = Network((), ())
        png = QPushButton(self.tr("Exporter en &PNG…"))
        png.clicked.connect(lambda: self._export("png"))
        pdf = QPushButton(self.tr("Exporter en P&DF…"))
        pdf.clicked.connect(lambda: self._export("pdf"))
        top = QHBoxLayout()
        top.addWidget(self.all_events)
        top.addWidget(self.summary, 1)
        top.addWidget(png)
        top.addWidget(pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        context.data_changed.connect(lambda _summary: self.reload())
        self.reload()

    def reload(self) -> None:
        event = None if self.all_events.isChecked() else self.context.current_event
        workspace = self.context.workspace
        event_id = event.id if event else None
        self.loads += 1

        def read() -> Network:
            with workspace.reading() as session:
                net = network(session, event_id)
            return lay_out(net)

        def done(net: Network) -> None:
            self.loads -= 1
            self.show_network(net)

        self.context.tasks.database(read, done, lambda _e: setattr(self, "loads", self.loads - 1))

    def show_network(self, net: Network) -> None:
        self.net = net
        draw(self.scene, net)
        self.view.fitInView(self.scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
        cooperations = sum(1 for e in net.edges if e.cooperation)
        self.summary.setText(self.tr("{0} structures, {1} échanges, {2} nouveaux liens, {3} coopérations nées")
                             .format(len(net.nodes), len(net.edges), net.new_links, cooperations))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.view.fitInView(self.scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _export(self, kind: str) -> None:
        title = self.tr("Exporter le réseau")
        path, _ = QFileDialog.getSaveFileName(self, title, f"reseau-echanges.{kind}", f"{kind.upper()} (*.{kind})")
        if not path:
            return
        (export_png if kind == "png" else export_pdf)(self.scene, Path(path))
        self.summary.setText(self.tr("Enregistré : {0}").format(path))
