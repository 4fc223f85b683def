"""Wall-clock times in an event's zone, stored as UTC instants.

A session is typed and shown in the event's zone (Europe/Paris); it is stored as an instant. Moving a session
"to the next day" keeps its wall-clock time, which is not the same as adding 24 hours across the late-October
change (25 October 2026): 10:00 on the 24th is 08:00 UTC, 10:00 on the 26th is 09:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core.errors import ValidationError

DEFAULT_TIMEZONE = "Europe/Paris"


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError("unknown_timezone", f"unknown time zone {name!r}", value=name) from error


def parse_hhmm(hhmm: str) -> time:
    try:
        hours, minutes = (int(part) for part in hhmm.strip().split(":"))
        return time(hours, minutes)
    except ValueError as error:
        raise ValidationError("malformed_time", f"not a time: {hhmm!r}", value=hhmm) from error


def at_wall_clock(day: date, clock: time, timezone: str = DEFAULT_TIMEZONE) -> datetime:
    """The instant at which clocks in `timezone` show `clock` on `day`.

    A time skipped by the spring change (02:30 on the last Sunday of March) is refused; a time that happens
    twice in October (02:30 on the last Sunday of October) is the first one, still summer time.
    """
    naive = datetime.combine(day, clock)
    instant = naive.replace(tzinfo=zone(timezone), fold=0)
    if instant.astimezone(UTC).astimezone(zone(timezone)).replace(tzinfo=None) != naive:
        raise ValidationError("nonexistent_local_time", f"{naive:%Y-%m-%d %H:%M} does not exist in {timezone}",
                              value=f"{naive:%d/%m/%Y %H:%M}")
    return instant.astimezone(UTC)


def local(instant: datetime, timezone: str = DEFAULT_TIMEZONE) -> datetime:
    """The instant as clocks in the event's zone show it."""
    return instant.astimezone(zone(timezone))


def local_day(instant: datetime, timezone: str = DEFAULT_TIMEZONE) -> date:
    return local(instant, timezone).date()


def shift_days(instant: datetime, days: int, timezone: str = DEFAULT_TIMEZONE) -> datetime:
    """Same wall-clock time, `days` later (or earlier): DST-correct, unlike instant + timedelta(days)."""
    wall = local(instant, timezone)
    return at_wall_clock(wall.date() + timedelta(days=days), wall.time().replace(tzinfo=None), timezone)


def minutes_since_midnight(instant: datetime, timezone: str = DEFAULT_TIMEZONE) -> int:
    wall = local(instant, timezone)
    return wall.hour * 60 + wall.minute


def event_window(starts_on: date, ends_on: date, timezone: str = DEFAULT_TIMEZONE) -> tuple[datetime, datetime]:
    """The instants the event's days begin and end (from midnight of the first day to midnight after the last)."""
    return (at_wall_clock(starts_on, time(0, 0), timezone),
            at_wall_clock(ends_on + timedelta(days=1), time(0, 0), timezone))
