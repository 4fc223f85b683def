"""The demo workspace: the network's own programme with generated (never real) people, anchored on today."""

from __future__ import annotations

from typing import Any

from core.demo.stamp import DEMO_SETTING, is_demo, is_stale

__all__ = ["DEMO_SETTING", "build_demo_workspace", "is_demo", "is_stale"]


def __getattr__(name: str) -> Any:
    # The builder imports Faker (half a second): only when a demo is really built.
    if name == "build_demo_workspace":
        from core.demo.build import build_demo_workspace

        return build_demo_workspace
    raise AttributeError(name)
