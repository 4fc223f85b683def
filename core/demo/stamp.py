"""What marks a workspace as the demo, and the day it was built for (read at start-up: no Faker here)."""

from __future__ import annotations

from core import clock
from core.db.workspace import Workspace

DEMO_SETTING = "is_demo"
DEMO_DAY_SETTING = "demo.day"  # the day the demo was built for: its Rencontres take place that day


def is_demo(workspace: Workspace) -> bool:
    return workspace.setting(DEMO_SETTING) == "1"


def is_stale(workspace: Workspace) -> bool:
    """A demo built on another day: its Rencontres are no longer today's, so `envol --demo` builds it again."""
    return is_demo(workspace) and workspace.setting(DEMO_DAY_SETTING) != clock.today().isoformat()
