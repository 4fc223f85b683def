"""The one clock: every "now" and "today" of Envol comes from here, so that tests (and a demo) can set it.

"Now" is an aware UTC instant. "Today" is the network's day in its time zone (Europe/Paris unless the workspace
says otherwise), never the machine's UTC date: at 00:30 in Paris on 1 December it is already December.

The clock can be moved, not only frozen: `ENVOL_CLOCK=2027-03-28T01:30:00Z` (or `set_clock(instant)`) makes the
process start at that instant and run on from there at the real pace, so timers, clocks of sync and durations still
move forward. `freeze(instant)` stops it (tests of exact times). Durations (timers, benchmarks) keep reading
`time.monotonic()`/`perf_counter()` directly: they are not dates.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

NETWORK_TIMEZONE = "Europe/Paris"
CLOCK_ENV = "ENVOL_CLOCK"


class _Clock:
    """The machine's clock, optionally shifted by an offset or frozen at an instant."""

    def __init__(self) -> None:
        self.offset = timedelta(0)
        self.frozen: datetime | None = None

    def now(self) -> datetime:
        if self.frozen is not None:
            return self.frozen
        return datetime.fromtimestamp(time.time(), UTC) + self.offset


_clock = _Clock()


def parse_instant(text: str) -> datetime:
    """An ISO instant; a naive one is read as UTC ("2027-01-02 10:00" means 10:00 UTC)."""
    instant = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return instant.replace(tzinfo=UTC) if instant.tzinfo is None else instant.astimezone(UTC)


def now() -> datetime:
    """The current instant, aware, in UTC."""
    return _clock.now()


def now_ms() -> int:
    """The current instant in milliseconds since the epoch (for the sync's hybrid logical clock)."""
    return int(now().timestamp() * 1000)


def today(timezone: str = NETWORK_TIMEZONE) -> date:
    """Today's date where the network is (Europe/Paris by default), not in UTC."""
    return now().astimezone(ZoneInfo(timezone)).date()


def local_now(timezone: str = NETWORK_TIMEZONE) -> datetime:
    """The current instant as the network's clocks show it."""
    return now().astimezone(ZoneInfo(timezone))


def set_clock(instant: datetime | None) -> None:
    """Move the clock to `instant` from which it runs on; None puts it back on the machine's clock."""
    _clock.frozen = None
    if instant is None:
        _clock.offset = timedelta(0)
    else:
        if instant.tzinfo is None:
            raise ValueError("the clock is set with an aware instant")
        _clock.offset = instant - datetime.fromtimestamp(time.time(), UTC)


@contextmanager
def frozen(instant: datetime) -> Iterator[None]:
    """Stop the clock at `instant` for the duration of the block (tests)."""
    if instant.tzinfo is None:
        raise ValueError("the clock is frozen at an aware instant")
    before = _clock.frozen
    _clock.frozen = instant.astimezone(UTC)
    try:
        yield
    finally:
        _clock.frozen = before


@contextmanager
def preserved() -> Iterator[None]:
    """Put the clock back as it was after the block, however it was moved inside (tests that move it twice)."""
    offset, frozen_at = _clock.offset, _clock.frozen
    try:
        yield
    finally:
        _clock.offset, _clock.frozen = offset, frozen_at


def freeze(instant: datetime | None) -> None:
    """Stop the clock at `instant` (None lets it run again from where the offset puts it)."""
    _clock.frozen = None if instant is None else instant.astimezone(UTC)


def moved() -> bool:
    """Whether the clock has been moved away from the machine's (shown by the app, so nobody is misled)."""
    return _clock.frozen is not None or abs(_clock.offset) > timedelta(seconds=1)


def _from_environment() -> None:
    text = os.environ.get(CLOCK_ENV, "").strip()
    if text:
        set_clock(parse_instant(text))


_from_environment()
