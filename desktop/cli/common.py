"""Helpers shared by the command modules: choosing an event by name or id."""

from __future__ import annotations

from core.db.workspace import Workspace
from core.errors import NotFound
from core.services.events import EventInfo, current_event, list_events, most_current, network_today


def find_event(workspace: Workspace, wanted: str | None) -> EventInfo:
    """The event named (part of its name, or its id), else the workspace's current event."""
    if wanted is None:
        event = current_event(workspace)
        if event is None:
            raise NotFound("no_event", "this workspace has no event yet")
        return event
    needle = wanted.casefold()
    events = list_events(workspace)
    matching = [e for e in events if str(e.id) == wanted or needle in e.name.casefold()]
    if not matching:
        raise NotFound("event_not_found", f"no event matches {wanted!r}")
    # "rencontres" names this year's edition and last year's: the one of today (or next, or latest) is meant.
    return most_current(matching, network_today(workspace))
