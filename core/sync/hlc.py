"""Hybrid logical clock: orders changes across devices whose wall clocks may be wrong by hours.

A clock reads "<ms>.<counter>.<device>.<change>", fixed width, so that plain string order is the one total
order every device uses: HLC, then device id, then change id (its first 8 hex digits). Two devices never produce
the same clock (the device id breaks ties), and neither do two copies of one file that have not yet taken their
own identity (the change id does): last-writer-wins picks the same value everywhere.
Clocks written before the change id was added ("<ms>.<counter>.<device>") sort before any longer one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from core import clock

HLC_KEY = "sync.hlc"


def encode(wall_ms: int, counter: int, device: uuid.UUID, change: uuid.UUID | None = None) -> str:
    # 64 characters at most (the hub's column): 15 + 1 + 6 + 1 + 32 + 1 + 8.
    stamp = f"{wall_ms:015d}.{counter:06d}.{device.hex}"
    return stamp if change is None else f"{stamp}.{change.hex[:8]}"


def decode(clock: str) -> tuple[int, int]:
    wall, counter = clock.split(".")[:2]
    return int(wall), int(counter)


def _now_ms() -> int:
    return clock.now_ms()


@dataclass
class Clock:
    """The device's clock state: the largest (wall, counter) seen or issued."""

    device: uuid.UUID
    wall_ms: int = 0
    counter: int = 0
    now: Callable[[], int] = _now_ms

    @classmethod
    def parse(cls, device: uuid.UUID, state: str | None) -> Clock:
        if not state:
            return cls(device)
        wall, counter = state.split(".")
        return cls(device, int(wall), int(counter))

    def state(self) -> str:
        return f"{self.wall_ms}.{self.counter}"

    def tick(self, change: uuid.UUID | None = None) -> str:
        """A clock for a change made here (its id breaks the last ties), after everything issued or received."""
        physical = self.now()
        if physical > self.wall_ms:
            self.wall_ms, self.counter = physical, 0
        else:
            self.counter += 1
        return encode(self.wall_ms, self.counter, self.device, change)

    def receive(self, clock: str) -> None:
        """Move past a remote clock, so that the next local change is ordered after what we have seen."""
        wall, counter = decode(clock)
        if (wall, counter) > (self.wall_ms, self.counter):
            self.wall_ms, self.counter = wall, counter
