"""The check-in decision, pure: what was scanned and what the workspace knows in, a verdict with a reason out."""

from core.checkin.decision import (
    CheckInTarget,
    IssuerFacts,
    PriorCheckIn,
    Reason,
    TicketFacts,
    Verdict,
    decide,
)
from core.checkin.reading import Reading, ReadingKind, Shape, read_scan, shape_of

__all__ = [
    "CheckInTarget", "IssuerFacts", "PriorCheckIn", "Reading", "ReadingKind", "Reason", "Shape", "TicketFacts",
    "Verdict", "decide", "read_scan", "shape_of",
]
