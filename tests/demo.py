"""Finding things in the demo, which is anchored on the day it is built (never on a date written in a test)."""

from __future__ import annotations

from core.db.workspace import Workspace
from core.services.events import EventInfo, list_events


def demo_event(workspace: Workspace, part: str) -> EventInfo:
    """This edition's event whose name holds `part` ("Rencontres", "Mois"): the demo also has last year's Rencontres."""
    return max((e for e in list_events(workspace) if part in e.name), key=lambda e: e.starts_on)


def last_edition(workspace: Workspace) -> EventInfo:
    """Last year's Rencontres territoriales: past, with check-ins, beyond a year's retention."""
    return min((e for e in list_events(workspace) if "Rencontres" in e.name), key=lambda e: e.starts_on)
