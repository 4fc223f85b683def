"""One device identity per workspace file, even when the file was copied.

Copying a workspace to a USB stick to set up a second desk is the obvious thing to do, and the copy carries the
first laptop's device id, ticket-signing key and clock. Two files writing under one identity could issue the same
clock twice (a tie that last-writer-wins cannot break the same way everywhere), so the copy must get its own.
It shows itself at the first sync: the hub (or a file) holds changes made under this device's id that this
workspace never made. Either file then takes a fresh identity; both keep everything they have.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Connection

from core.sync.apply import Change, is_snapshot, seen_change_ids
from core.sync.tables import read_setting

COMPACTED_KEY = "sync.compacted_own_hlc"  # core.sync.compact: the highest clock of its own changes it dropped


def changes_made_by_a_copy(connection: Connection, device_id: uuid.UUID, changes: Sequence[Change]) -> int:
    """How many of these incoming changes carry this device's id yet were never made here.

    Call it before applying them: once applied, they are known here too. Snapshots (core.sync.compact) and this
    device's own changes it dropped from its log once the hub held them are not a copy's.
    """
    dropped = read_setting(connection, COMPACTED_KEY) or ""
    mine = [c.change_id for c in changes if c.device_id == device_id and not is_snapshot(c) and c.hlc > dropped]
    if not mine:
        return 0
    return len(mine) - len(seen_change_ids(connection, mine))
