"""No cyclic garbage collection while a page of changes is read and applied.

A page of 20,000 changes makes a few hundred thousand objects (changes, UUIDs, row clocks) that stay alive until
the page is written and are then all freed by reference counting. While they are alive, Python's collector
promotes them to its oldest generation and walks every live object again each time that generation has grown
by a quarter: a few full collections per page, a sixth of a whole pull. These objects form no cycles, so the
collector is paused for the page; it runs normally between pages (and collects whatever cycles others made).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    # Process-wide, as the collector is. If another thread paused it too, whichever ends first turns it back on
    # (its pause ends early, nothing worse); a collector that was off stays off.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
