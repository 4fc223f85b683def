"""The demo workspace: the network's own programme with generated (never real) people."""

from core.demo.build import DEMO_SETTING, build_demo_workspace, is_demo

__all__ = ["DEMO_SETTING", "build_demo_workspace", "is_demo"]
