"""Hybrid logical clock: orders changes across devices whose wall clocks may be wrong by hours.

A clock reads "<ms>.<counter>.<device>", fixed width, so that plain string order is clock order
and two devices never produce the same clock (the device id breaks ties).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from core import clock

HLC_KEY = "sync.hlc"


def encode(wall_ms: int, counter: int, device: uuid.UUID) -> str:
    return f"{wall_ms:015d}.{counter:06d}.{device.hex}"


def decode(clock: str) -> tuple[int, int]:
    wall, counter, _device = clock.split(".")
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

    def tick(self) -> str:
        """A clock for a change made here, after everything issued or received so far."""
        physical = self.now()
        if physical > self.wall_ms:
            self.wall_ms, self.counter = physical, 0
        else:
            self.counter += 1
        return encode(self.wall_ms, self.counter, self.device)

    def receive(self, clock: str) -> None:
        """Move past a remote clock, so that the next local change is ordered after what we have seen."""
        wall, counter = decode(clock)
        if (wall, counter) > (self.wall_ms, self.counter):
            self.wall_ms, self.counter = wall, counter
