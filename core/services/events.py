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
TIMEZONE_KEY = "network.timezone"  # the network's time zone, where "today" is read (Europe/Paris when unset)


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
    return most_current(events, network_today(workspace))


def network_today(workspace: Workspace) -> date:
    """Today where the network is: the workspace's time zone (Europe/Paris unless set), not the machine's UTC date."""
    return clock.today(workspace.setting(TIMEZONE_KEY) or clock.NETWORK_TIMEZONE)


def most_current(events: list[EventInfo], today: date) -> EventInfo:
    """Today's event (the shortest one: a one-day forum inside a month-long programme is the desk's event), else the
    next to come, else the latest. `events` are in date order and not empty."""
    happening = [e for e in events if e.starts_on <= today <= e.ends_on]
    if happening:
        return min(happening, key=lambda e: e.ends_on - e.starts_on)
    upcoming = [e for e in events if e.ends_on >= today]
    return upcoming[0] if upcoming else events[-1]


def choose_event(workspace: Workspace, event_id: uuid.UUID) -> None:
    workspace.set_setting(CURRENT_EVENT_KEY, str(event_id))


CLOCK_DOUBT_DAYS = 365


@dataclass(frozen=True)
class ClockDoubt:
    """The machine's date is far from every event of the workspace: probably a wrong clock (a dead CMOS battery)."""

    today: date
    nearest: date  # the closest day of an event
    days: int  # how far from it, in days


def clock_doubt(events: list[EventInfo], today: date) -> ClockDoubt | None:
    """A doubt when today is more than a year before the first event or after the last one (None otherwise)."""
    if not events:
        return None
    first, last = min(e.starts_on for e in events), max(e.ends_on for e in events)
    nearest = first if today < first else last if today > last else today
    days = abs((today - nearest).days)
    return ClockDoubt(today, nearest, days) if days > CLOCK_DOUBT_DAYS else None


def workspace_clock_doubt(workspace: Workspace) -> ClockDoubt | None:
    return clock_doubt(list_events(workspace), network_today(workspace))
