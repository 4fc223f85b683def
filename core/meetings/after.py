"""After the Rencontres: which meetings were held (from presence, corrected by hand), their follow-up, and the
funder report's figures — structures ESS received by companies, meetings held, follow-ups, by commune and by the companies' sector."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from core import clock
from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound
from core.meetings.read import MeetingRow, overview, present_people
from core.models import Meeting, MeetingFollowUp, MeetingSide, MeetingStatus


def was_held(row: MeetingRow, present: set[uuid.UUID], now: datetime) -> bool:
    """Held: confirmed by hand, or planned with both people checked in once its slot has begun."""
    if row.status == MeetingStatus.HELD:
        return True
    return (row.status == MeetingStatus.PLANNED and row.starts_at <= now
            and row.first.person_id in present and row.second.person_id in present)


def set_follow_up(uow: UnitOfWork, meeting_ids: Iterable[uuid.UUID], follow_up: MeetingFollowUp) -> int:
    """The same follow-up as the atelier's offers: contact pris → rendez-vous → partenariat né (or sans suite)."""
    changed = 0
    for mid in meeting_ids:
        m = uow.session.get(Meeting, mid)
        if m is None:
            raise NotFound("meetings_meeting_not_found", "no such meeting")
        if m.follow_up != follow_up:  # the same choice again writes nothing
            m.follow_up = MeetingFollowUp(follow_up)
            changed += 1
    uow.session.flush()
    return changed


@dataclass(frozen=True)
class MeetingFigures:
    planned: int  # meetings planned (replacements included, freed ones not)
    held: int
    structures_received: int  # distinct ESS structures that met a company or funder
    companies: int  # distinct companies and funders that met at least one structure
    follow_ups: tuple[tuple[MeetingFollowUp, int], ...]
    by_commune: tuple[tuple[str, int, int], ...]  # (structure's commune, meetings held, structures received)
    # (company's sector code or None, meetings held, structures received, companies met), most meetings first
    by_sector: tuple[tuple[str | None, int, int, int], ...] = ()


def meeting_figures(session: Session, event_id: uuid.UUID, now: datetime | None = None) -> MeetingFigures | None:
    view = overview(session, event_id)
    if view is None:
        return None
    now = now or clock.now()
    present = present_people(session, event_id)
    planned = [m for m in view.meetings if m.status in (MeetingStatus.PLANNED, MeetingStatus.HELD)]
    held = [m for m in planned if was_held(m, present, now)]
    received: set[str] = set()
    companies: set[uuid.UUID] = set()
    per_commune: Counter[str] = Counter()
    structures_of: dict[str, set[str]] = {}
    per_sector: Counter[str | None] = Counter()
    sector_structures: dict[str | None, set[str]] = defaultdict(set)
    sector_companies: dict[str | None, set[uuid.UUID]] = defaultdict(set)
    for m in held:
        sides = {m.first.side, m.second.side}
        if MeetingSide.STRUCTURE not in sides or sides == {MeetingSide.STRUCTURE}:
            continue
        structure = m.first if m.first.side == MeetingSide.STRUCTURE else m.second
        company = m.second if structure is m.first else m.first
        key = structure.structure or structure.name
        received.add(key)
        companies.add(company.participant_id)
        commune = structure.commune or "(commune inconnue)"
        per_commune[commune] += 1
        structures_of.setdefault(commune, set()).add(key)
        per_sector[company.sector] += 1
        sector_structures[company.sector].add(key)
        sector_companies[company.sector].add(company.participant_id)
    follow: Counter[MeetingFollowUp] = Counter(m.follow_up for m in planned if m.follow_up != MeetingFollowUp.NONE)
    return MeetingFigures(len(planned), len(held), len(received), len(companies),
                          tuple((f, follow[f]) for f in MeetingFollowUp if follow[f]),
                          tuple(sorted(((c, n, len(structures_of[c])) for c, n in per_commune.items()),
                                       key=lambda t: (-t[1], t[0]))),
                          tuple(sorted(((code, n, len(sector_structures[code]), len(sector_companies[code]))
                                        for code, n in per_sector.items()),
                                       key=lambda t: (-t[1], t[0] or "~"))))
