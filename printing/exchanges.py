"""The atelier d'échanges on paper: each participant's fiche d'échanges (my needs, the offers I received — with
the giver's contact when they agreed —, the offers I made) and the relevé of the atelier (every need and offer,
never a contact detail)."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from core.exchanges.board import NeedView, OfferView, PersonExchanges
from core.models import FollowUp, OfferKind
from core.typography import fill
from printing.common import Branding, Feedback, french_date, numbered_canvas
from printing.fonts import BOLD, ITALIC, REGULAR, register_fonts

KINDS = {OfferKind.CONTACT: "Contact", OfferKind.OUTIL: "Outil", OfferKind.CONSEIL: "Conseil",
         OfferKind.MISE_EN_RELATION: "Mise en relation", OfferKind.APPUI: "Appui", OfferKind.RESSOURCE: "Ressource"}
STEPS = {FollowUp.PROPOSEE: "proposée", FollowUp.CONTACT_PRIS: "contact pris", FollowUp.RENDEZ_VOUS: "rendez-vous",
         FollowUp.COOPERATION_NEE: "coopération née", FollowUp.SANS_SUITE: "sans suite"}
WIDTH = A4[0] - 30 * mm


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19, spaceAfter=2 * mm),
        "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=4 * mm, spaceAfter=1.5 * mm,
                             textColor=colors.HexColor("#1F4E79")),
        "need": ParagraphStyle("need", fontName=BOLD, fontSize=10, leading=13),
        "text": ParagraphStyle("text", fontName=REGULAR, fontSize=9.5, leading=12.5),
        "small": ParagraphStyle("small", fontName=ITALIC, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")),
    }


def _doc(out: BytesIO, title: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                             bottomMargin=16 * mm, title=title, creator="Envol")


def _offer_line(offer: OfferView, styles: dict[str, ParagraphStyle], *, with_contact: bool) -> list[object]:
    who = escape(offer.giver_name + (f" ({offer.giver_structure})" if offer.giver_structure else ""))
    lines: list[object] = [Paragraph(f"<b>{KINDS[offer.kind]}</b> — {escape(offer.text)}", styles["text"]),
                           Paragraph(fill("de {0} · suivi : {1}", who, STEPS[offer.status]), styles["small"])]
    if with_contact:
        if offer.contact is not None:
            parts = [p for p in (offer.contact.email, offer.contact.phone) if p]
            lines.append(Paragraph("Coordonnées : " + escape(" · ".join(parts)), styles["text"]))
        else:
            lines.append(Paragraph("Coordonnées non transmises (sans accord de la personne) : "
                                   "l'équipe de l'atelier fait le lien.", styles["small"]))
    return lines


def _boxed(flowables: list[object]) -> Table:
    table = Table([[flowables]], colWidths=[WIDTH])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#9DB3C8")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def _fiche_story(fiche: PersonExchanges, styles: dict[str, ParagraphStyle], branding: Branding) -> list[object]:
    head = escape(fiche.name + (f" — {fiche.structure}" if fiche.structure else ""))
    story: list[object] = [
        Paragraph("Fiche d'échanges", styles["title"]),
        Paragraph(head, styles["need"]),
        Paragraph(f"{escape(fiche.event_name)}, {french_date(fiche.event_day, weekday=True)} · "
                  f"{escape(branding.organiser)}", styles["small"]),
        Paragraph("Mes besoins et les offres reçues", styles["h2"]),
    ]
    if not fiche.needs:
        story.append(Paragraph("Aucun besoin exprimé.", styles["small"]))
    for need in fiche.needs:
        box: list[object] = [Paragraph(escape(need.title), styles["need"])]
        if need.details:
            box.append(Paragraph(escape(need.details), styles["text"]))
        if need.category_labels:
            box.append(Paragraph("Catégories : " + escape(", ".join(need.category_labels)), styles["small"]))
        if not need.offers:
            box.append(Paragraph("Pas encore d'offre : l'équipe vous recontacte.", styles["small"]))
        for offer in need.offers:
            box += [Spacer(1, 1.5 * mm), *_offer_line(offer, styles, with_contact=True)]
        story += [_boxed(box), Spacer(1, 2 * mm)]
    story.append(Paragraph("Les offres que j'ai faites", styles["h2"]))
    if not fiche.offers_made:
        story.append(Paragraph("Aucune offre.", styles["small"]))
    for offer, need_title, receiver in fiche.offers_made:
        story.append(_boxed([Paragraph(f"<b>{KINDS[offer.kind]}</b> — {escape(offer.text)}", styles["text"]),
                             Paragraph(fill("pour « {0} » de {1}", escape(need_title or ""), escape(receiver or "")),
                                       styles["small"])]))
        story.append(Spacer(1, 1.5 * mm))
    if fiche.standing_offers:
        story.append(Paragraph("Ce que je peux apporter", styles["h2"]))
        for offer in fiche.standing_offers:
            story.append(Paragraph(f"<b>{KINDS[offer.kind]}</b> — {escape(offer.text)}", styles["text"]))
    return story


def render_fiches(fiches: Sequence[PersonExchanges], *, branding: Branding = Branding(),  # noqa: B008
                  feedback: Feedback = Feedback()) -> bytes:  # noqa: B008
    """One fiche per participant, each starting on its own page."""
    register_fonts()
    styles = _styles()
    out = BytesIO()
    doc = _doc(out, "Fiches d'échanges" if len(fiches) != 1 else f"Fiche d'échanges – {fiches[0].name}")
    story: list[object] = []
    for number, fiche in enumerate(fiches, start=1):
        if story:
            story.append(PageBreak())
        story += _fiche_story(fiche, styles, branding)
        feedback.step(number, len(fiches))
    if not story:
        story.append(Paragraph("Personne n'a encore participé à cet atelier.", styles["text"]))
    footer = fiches[0].event_name if fiches else "Atelier d'échanges"
    doc.build(story, canvasmaker=numbered_canvas(f"Fiches d'échanges – {footer}"[:110]))
    return out.getvalue()


def render_releve(event_name: str, needs: Sequence[NeedView], *, branding: Branding = Branding()) -> bytes:  # noqa: B008
    """Every need of the atelier with the offers it received; no contact details."""
    register_fonts()
    styles = _styles()
    out = BytesIO()
    doc = _doc(out, f"Relevé de l'atelier – {event_name}")
    offers = sum(len(n.offers) for n in needs)
    answered = sum(1 for n in needs if n.offers)
    story: list[object] = [
        Paragraph("Relevé de l'atelier d'échanges", styles["title"]),
        Paragraph(escape(event_name) + f" · {escape(branding.organiser)}", styles["need"]),
        Paragraph(f"{len(needs)} besoins exprimés, {answered} avec au moins une offre, {offers} offres.",
                  styles["text"]),
        Spacer(1, 3 * mm),
    ]
    for number, need in enumerate(needs, start=1):
        who = escape(need.person_name + (f" — {need.structure}" if need.structure else ""))
        box: list[object] = [Paragraph(f"{number}. {escape(need.title)}", styles["need"]),
                             Paragraph(who + (" · " + escape(", ".join(need.category_labels))
                                              if need.category_labels else ""), styles["small"])]
        if need.details:
            box.append(Paragraph(escape(need.details), styles["text"]))
        for offer in need.offers:
            box += [Spacer(1, 1 * mm), *_offer_line(offer, styles, with_contact=False)]
        story += [KeepTogether([_boxed(box)]), Spacer(1, 2 * mm)]
    doc.build(story, canvasmaker=numbered_canvas(f"Relevé – {event_name}"[:110]))
    return out.getvalue()
