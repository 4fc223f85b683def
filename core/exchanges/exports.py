"""The atelier as a workbook: needs, offers (the giver's contact only when they agreed), the figures."""

from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from core import clock
from core.exchanges.board import board
from core.exchanges.report import exchange_figures, figures_sheets
from core.exports.writers import Sheet, to_xlsx

KINDS = {"contact": "Contact", "outil": "Outil", "conseil": "Conseil", "mise_en_relation": "Mise en relation",
         "appui": "Appui", "ressource": "Ressource"}
STEPS = {"proposee": "Proposée", "contact_pris": "Contact pris", "rendez_vous": "Rendez-vous",
         "cooperation_nee": "Coopération née", "sans_suite": "Sans suite"}


def exchange_sheets(session: Session, event_id: uuid.UUID) -> list[Sheet]:
    zone = ZoneInfo(clock.NETWORK_TIMEZONE)
    needs = board(session, event_id, with_contacts=True)
    need_rows = [[n.title, n.details, n.person_name, n.structure, ", ".join(n.category_labels), len(n.offers),
                  n.stated_at.astimezone(zone).replace(tzinfo=None)] for n in needs]
    offer_rows = []
    for n in needs:
        for o in n.offers:
            offer_rows.append([n.title, n.person_name, n.structure, KINDS[o.kind.value], o.text, o.giver_name,
                               o.giver_structure, "oui" if o.consent_contact else "non",
                               o.contact.email if o.contact else None, o.contact.phone if o.contact else None,
                               STEPS[o.status.value], o.status_on, o.status_note])
    sheets = [
        Sheet("Besoins", ["Besoin", "Précisions", "Personne", "Structure", "Catégories", "Offres", "Exprimé le"],
              need_rows),
        Sheet("Offres", ["Besoin", "Pour", "Structure", "Type", "Offre", "Proposée par", "Structure (offre)",
                         "Accord pour transmettre", "E-mail", "Téléphone", "Suivi", "Depuis le", "Note"], offer_rows),
    ]
    sheets += [Sheet(title, headers, rows) for title, headers, rows in  # type: ignore[arg-type]
               figures_sheets(exchange_figures(session, event_id))]
    return sheets


def exchanges_xlsx(session: Session, event_id: uuid.UUID) -> bytes:
    return to_xlsx(exchange_sheets(session, event_id))
