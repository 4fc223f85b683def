"""The desk lock: kept across a restart, its PIN never stored in clear, wrong PINs refused then slowed down."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from core.db.workspace import open_workspace
from core.errors import EnvolError
from core.models.base import utcnow
from core.services.desk_lock import LOCK_KEY, desk_lock, lock_desk, unlock_desk


def _refusal(workspace, pin, now) -> EnvolError:  # type: ignore[no-untyped-def]
    with pytest.raises(EnvolError) as refused:
        unlock_desk(workspace, pin, now)
    return refused.value


def test_lock_survives_reopening_and_keeps_only_a_salted_hash(tmp_path: Path) -> None:
    path = tmp_path / "desk.envol"
    with open_workspace(path, create=True) as workspace:
        assert not desk_lock(workspace).locked
        with pytest.raises(EnvolError) as short:
            lock_desk(workspace, "123")
        assert short.value.code == "pin_too_short"
        with pytest.raises(EnvolError):
            lock_desk(workspace, "12a4")
        assert not desk_lock(workspace).locked
        assert lock_desk(workspace, "2468").locked
        first = workspace.setting(LOCK_KEY)
        assert lock_desk(workspace, "1357").locked  # locking again keeps the first PIN
    with open_workspace(path) as workspace:  # Envol restarted
        assert desk_lock(workspace).locked
        assert first is not None and "2468" not in first
        assert _refusal(workspace, "1357", utcnow()).code == "pin_wrong"
        assert not unlock_desk(workspace, "2468").locked
        assert not desk_lock(workspace).locked and workspace.setting(LOCK_KEY) is None
        lock_desk(workspace, "2468")
        assert workspace.setting(LOCK_KEY) != first  # a new salt each time


def test_wrong_pins_are_slowed_down_even_across_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "desk.envol"
    now = utcnow()
    with open_workspace(path, create=True) as workspace:
        lock_desk(workspace, "2468")
        assert [_refusal(workspace, "0000", now).code for _ in range(2)] == ["pin_wrong", "pin_wrong"]
        third = _refusal(workspace, "0000", now)
        assert (third.code, third.details["seconds"]) == ("pin_wrong_wait", 5)
    with open_workspace(path) as workspace:
        # Even the right PIN is not checked during the wait: no guessing faster by restarting.
        early = _refusal(workspace, "2468", now + timedelta(seconds=2))
        assert (early.code, early.details["seconds"]) == ("pin_wait", 3)
        fourth = _refusal(workspace, "1111", now + timedelta(seconds=5))
        assert (fourth.code, fourth.details["seconds"]) == ("pin_wrong_wait", 10)  # each wrong PIN doubles the wait
        assert desk_lock(workspace).failures == 4
        assert not unlock_desk(workspace, "2468", now + timedelta(seconds=15)).locked
        lock_desk(workspace, "2468")
        assert desk_lock(workspace).failures == 0  # a new lock starts afresh
