"""The funder report (PLDESS): people and distinct structures by kind and by commune, new vs returning
structures, per event and per session; the business meetings held and their follow-up when the event has some.
Returning: the structure had someone registered at an earlier event."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from core.db.workspace import Workspace
from core.errors import NotFound
from core.exchanges.report import ExchangeFigures, exchange_figures, figures_sheets
from core.exports.writers import Cell, Sheet, to_xlsx
from core.meetings.after import MeetingFigures, meeting_figures
from core.models import (
    Event,
    EventSession,
    Organisation,
    OrganisationKind,
    Person,
    Registration,
    SessionChoice,
    Status,
)
from core.sectors import sector_label
from core.services.attendance import checked_in_registrations

NO_STRUCTURE = "(sans structure)"
KIND_LABELS = {  # the words of the report (the interface translates its own in desktop.labels)
    OrganisationKind.ASSOCIATION: "Association", OrganisationKind.SCOP: "SCOP", OrganisationKind.SCIC: "SCIC",
    OrganisationKind.SIAE: "SIAE", OrganisationKind.REGIE_DE_QUARTIER: "Régie de quartier",
    OrganisationKind.MUTUELLE: "Mutuelle", OrganisationKind.FONDATION: "Fondation",
    OrganisationKind.ENTREPRISE: "Entreprise", OrganisationKind.COLLECTIVITE: "Collectivité",
    OrganisationKind.PARTENAIRE: "Partenaire", OrganisationKind.AUTRE: "Autre",
}
NO_COMMUNE = "(commune inconnue)"


@dataclass(frozen=True, slots=True)
class Breakdown:
    label: str
    people: int
    structures: int


@dataclass(frozen=True, slots=True)
class SessionFigures:
    title: str
    starts_at: datetime
    capacity: int | None
    confirmed: int
    waiting: int
    structures: int
    attended: int


@dataclass(frozen=True, slots=True)
class FunderReport:
    event_name: str
    people: int
    structures: int
    attended: int
    new_structures: int
    returning_structures: int
    by_kind: tuple[Breakdown, ...]
    by_commune: tuple[Breakdown, ...]
    sessions: tuple[SessionFigures, ...]
    exchanges: ExchangeFigures | None = None  # the atelier d'échanges' figures, when the event had one
    meetings: MeetingFigures | None = None  # the Rencontres' business meetings (core.meetings.after)


def funder_report(workspace: Workspace, event_id: uuid.UUID) -> FunderReport:
    with workspace.reading() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise NotFound("event_not_found", "no such event")
        zone = ZoneInfo(event.timezone)
        rows = session.execute(
            select(Registration.id, Person.id, Organisation.id, Organisation.kind, Organisation.commune)
            .join(Person, Registration.person_id == Person.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Registration.event_id == event_id, Registration.status == Status.CONFIRMED)).all()
        earlier = set(session.scalars(
            select(Person.organisation_id).join(Registration, Registration.person_id == Person.id).join(Event)
            .where(Event.starts_on < event.starts_on, Registration.status != Status.CANCELLED,
                   Person.organisation_id.is_not(None))))
        present = checked_in_registrations(session, event_id)
        choices = session.execute(
            select(SessionChoice.session_id, SessionChoice.status, Person.organisation_id, SessionChoice.registration_id)
            .join(Registration, Registration.id == SessionChoice.registration_id)
            .join(Person, Registration.person_id == Person.id)
            .where(Registration.event_id == event_id)).all()
        sessions = session.scalars(select(EventSession).where(EventSession.event_id == event_id)
                                   .order_by(EventSession.starts_at)).all()
        attended = {s.id: checked_in_registrations(session, event_id, session_ids=[s.id]) for s in sessions}
        per_session = []
        for s in sessions:
            mine = [c for c in choices if c.session_id == s.id]
            confirmed = [c for c in mine if c.status == Status.CONFIRMED]
            per_session.append(SessionFigures(
                s.title, s.starts_at.astimezone(zone), s.capacity, len(confirmed),
                sum(1 for c in mine if c.status == Status.WAITING),
                len({c.organisation_id for c in confirmed if c.organisation_id}),
                len(attended[s.id])))
        event_name = event.name
        figures = exchange_figures(session, event_id)
        meetings = meeting_figures(session, event_id)
    orgs = {org_id for _, _, org_id, _, _ in rows if org_id}
    return FunderReport(
        event_name, len({p for _, p, _, _, _ in rows}), len(orgs), len(present),
        len(orgs - earlier), len(orgs & earlier),
        _breakdown(rows, lambda kind, _commune: KIND_LABELS.get(kind, kind.value) if kind else NO_STRUCTURE),
        _breakdown(rows, lambda _kind, commune: commune or NO_COMMUNE),
        tuple(per_session),
        figures if figures.total.needs else None,
        meetings,
    )


def _breakdown(rows: Sequence[Any], key: Callable[[Any, Any], str]) -> tuple[Breakdown, ...]:
    people: dict[str, set[uuid.UUID]] = defaultdict(set)
    structures: dict[str, set[uuid.UUID]] = defaultdict(set)
    for _reg, person_id, org_id, kind, commune in rows:
        label = key(kind, commune)
        people[label].add(person_id)
        if org_id:
            structures[label].add(org_id)
    return tuple(sorted((Breakdown(label, len(people[label]), len(structures[label])) for label in people),
                        key=lambda b: (-b.people, b.label)))


def report_sheets(report: FunderReport) -> list[Sheet]:
    summary = Sheet("Synthèse", ["Indicateur", "Valeur"], [
        ["Événement", report.event_name],
        ["Personnes inscrites (confirmées)", report.people],
        ["Personnes présentes", report.attended],
        ["Structures distinctes", report.structures],
        ["Structures nouvelles", report.new_structures],
        ["Structures déjà venues à un événement précédent", report.returning_structures],
    ])
    kinds = Sheet("Par type de structure", ["Type", "Personnes", "Structures"],
                  [[b.label, b.people, b.structures] for b in report.by_kind])
    communes = Sheet("Par commune", ["Commune", "Personnes", "Structures"],
                     [[b.label, b.people, b.structures] for b in report.by_commune])
    sessions = Sheet("Par session", ["Session", "Début", "Capacité", "Confirmés", "Liste d'attente",
                                     "Structures", "Présents"],
                     [[s.title, s.starts_at.replace(tzinfo=None), s.capacity, s.confirmed, s.waiting,
                       s.structures, s.attended] for s in report.sessions])
    sheets = [summary, kinds, communes, sessions]
    if report.exchanges is not None:
        sheets += [Sheet(title, headers, rows) for title, headers, rows in figures_sheets(report.exchanges)]  # type: ignore[arg-type]
    return [*sheets, *meeting_sheets(report.meetings)]


FOLLOW_UPS = {"contact_pris": "Contact pris", "rendez_vous": "Rendez-vous", "partenariat_ne": "Partenariat né",
              "sans_suite": "Sans suite", "none": "—"}


def meeting_sheets(figures: MeetingFigures | None) -> list[Sheet]:
    if figures is None:
        return []
    summary: list[list[Cell]] = [
        ["Rendez-vous planifiés", figures.planned],
        ["Rendez-vous tenus", figures.held],
        ["Structures ESS reçues par des entreprises", figures.structures_received],
        ["Entreprises et financeurs rencontrés", figures.companies],
    ]
    summary += [[f"Suite : {FOLLOW_UPS[f.value]}", n] for f, n in figures.follow_ups]
    return [Sheet("Rendez-vous d'affaires", ["Indicateur", "Valeur"], summary),
            Sheet("Rendez-vous par commune", ["Commune de la structure", "Rendez-vous tenus", "Structures reçues"],
                  [list(row) for row in figures.by_commune]),
            Sheet("Rendez-vous par secteur", ["Secteur de l'entreprise", "Rendez-vous tenus", "Structures reçues",
                                              "Entreprises"],
                  [[sector_label(code), held, structures, companies]
                   for code, held, structures, companies in figures.by_sector])]


def report_xlsx(report: FunderReport) -> bytes:
    return to_xlsx(report_sheets(report), charts=[(1, "Par type de structure"), (2, "Par commune")])
