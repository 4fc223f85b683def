"""Read the events of a workspace, and remember which one this device is working on."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from core import clock
from core.db.workspace import Workspace
from core.models import Event, EventKind

CURRENT_EVENT_KEY = "current_event_id"


@dataclass(frozen=True, slots=True)
class EventInfo:
    id: uuid.UUID
    name: str
    kind: EventKind
    starts_on: date
    ends_on: date
    timezone: str
    capacity: int | None


def event_info(event: Event) -> EventInfo:
    return EventInfo(event.id, event.name, event.kind, event.starts_on, event.ends_on, event.timezone, event.capacity)


def list_events(workspace: Workspace) -> list[EventInfo]:
    with workspace.reading() as session:
        return [event_info(e) for e in session.scalars(select(Event).order_by(Event.starts_on, Event.name))]


def current_event(workspace: Workspace) -> EventInfo | None:
    """The event chosen on this device, else the next one to come (else the latest)."""
    events = list_events(workspace)
    if not events:
        return None
    chosen = workspace.setting(CURRENT_EVENT_KEY)
    for event in events:
        if str(event.id) == chosen:
            return event
    today = clock.today()
    upcoming = [e for e in events if e.ends_on >= today]
    return upcoming[0] if upcoming else events[-1]


def choose_event(workspace: Workspace, event_id: uuid.UUID) -> None:
    workspace.set_setting(CURRENT_EVENT_KEY, str(event_id))
