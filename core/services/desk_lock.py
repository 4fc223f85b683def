"""The check-in desk's lock: a volunteer walking away locks the desk with a PIN; the lock survives a restart.

The PIN is kept as a salted scrypt hash in the workspace's local settings (never synchronised: each desk has its
own lock). Wrong PINs are counted there too, so that after a few of them each new attempt must wait longer, and
closing Envol does not reset the count.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from core.db.workspace import Workspace
from core.errors import RuleViolation, ValidationError
from core.models import LocalSetting
from core.models.base import utcnow

LOCK_KEY = "desk_lock"
MIN_PIN_DIGITS = 4
FREE_ATTEMPTS = 3  # wrong PINs allowed before attempts are slowed down
FIRST_DELAY = timedelta(seconds=5)  # then doubled at each wrong PIN...
LONGEST_DELAY = timedelta(minutes=5)  # ...up to this
# scrypt's cost: about 16 MiB and a few tens of milliseconds per attempt, which is nothing for a person typing
# and a lot for someone trying every 4-digit PIN against a copied workspace file.
SCRYPT: dict[str, int] = {"n": 2**14, "r": 8, "p": 1}


@dataclass(frozen=True, slots=True)
class DeskLock:
    locked: bool
    failures: int = 0  # wrong PINs in a row
    retry_at: datetime | None = None  # no attempt is checked before this moment

    def wait_seconds(self, now: datetime) -> int:
        """Whole seconds before the next attempt is checked (0: now)."""
        if self.retry_at is None or now >= self.retry_at:
            return 0
        return math.ceil((self.retry_at - now).total_seconds())


@dataclass(frozen=True, slots=True)
class _Stored:
    salt: str
    digest: str
    failures: int = 0
    retry_at: str | None = None
    cost: tuple[int, int, int] = (SCRYPT["n"], SCRYPT["r"], SCRYPT["p"])  # as hashed, should SCRYPT change

    def matches(self, pin: str) -> bool:
        n, r, p = self.cost
        digest = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(self.salt), n=n, r=r, p=p, dklen=32).hex()
        return hmac.compare_digest(digest, self.digest)

    @property
    def state(self) -> DeskLock:
        return DeskLock(True, self.failures, datetime.fromisoformat(self.retry_at) if self.retry_at else None)

    def to_json(self) -> str:
        n, r, p = self.cost
        return json.dumps({"scheme": "scrypt", "n": n, "r": r, "p": p, "salt": self.salt, "digest": self.digest,
                           "failures": self.failures, "retry_at": self.retry_at})

    @staticmethod
    def from_json(text: str) -> _Stored:
        data = json.loads(text)
        return _Stored(str(data["salt"]), str(data["digest"]), int(data.get("failures", 0)), data.get("retry_at"),
                       (int(data["n"]), int(data["r"]), int(data["p"])))


def check_pin_format(pin: str) -> None:
    if len(pin) < MIN_PIN_DIGITS or not pin.isdigit():
        raise ValidationError("pin_too_short", "a desk PIN has at least 4 digits", minimum=MIN_PIN_DIGITS)


def delay_after(failures: int) -> timedelta:
    """How long a desk waits after this many wrong PINs in a row before it checks another one."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    doubled: timedelta = FIRST_DELAY * 2 ** min(failures - FREE_ATTEMPTS, 16)
    return min(doubled, LONGEST_DELAY)


def _read(text: str | None) -> _Stored | None:
    """The stored lock; an unreadable value (written by hand?) counts as no lock rather than a desk that can
    never be opened again, which would shut the whole window."""
    if not text:
        return None
    try:
        return _Stored.from_json(text)
    except (ValueError, KeyError, TypeError):
        return None


def desk_lock(workspace: Workspace) -> DeskLock:
    stored = _read(workspace.setting(LOCK_KEY))
    return stored.state if stored is not None else DeskLock(False)


def lock_desk(workspace: Workspace, pin: str) -> DeskLock:
    """Lock with this PIN (at least 4 digits). Locking a locked desk keeps its PIN."""
    check_pin_format(pin)
    with workspace.unit_of_work() as uow:
        row = uow.session.get(LocalSetting, LOCK_KEY)
        stored = _read(row.value if row is not None else None)
        if stored is not None:
            return stored.state
        salt = secrets.token_bytes(16)
        digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT["n"], r=SCRYPT["r"], p=SCRYPT["p"], dklen=32)
        stored = _Stored(salt.hex(), digest.hex())
        uow.session.merge(LocalSetting(key=LOCK_KEY, value=stored.to_json()))
        return stored.state


def unlock_desk(workspace: Workspace, pin: str, now: datetime | None = None) -> DeskLock:
    """Unlock with the PIN, or raise: "pin_wrong", "pin_wrong_wait" (wrong, and the next attempt waits) or
    "pin_wait" (tried too soon after wrong PINs; the PIN was not even checked). The count of wrong PINs is saved
    before the refusal is raised."""
    now = now or utcnow()
    with workspace.unit_of_work() as uow:
        row = uow.session.get(LocalSetting, LOCK_KEY)
        stored = _read(row.value if row is not None else None)
        if row is None or stored is None:
            if row is not None:
                uow.session.delete(row)
            return DeskLock(False)
        wait = stored.state.wait_seconds(now)
        if wait:
            refusal = RuleViolation("pin_wait", "wrong PINs: the desk waits before the next attempt", seconds=wait)
        elif stored.matches(pin):
            uow.session.delete(row)
            return DeskLock(False)
        else:
            failures = stored.failures + 1
            delay = delay_after(failures)
            row.value = replace(stored, failures=failures,
                                retry_at=(now + delay).isoformat() if delay else None).to_json()
            seconds = math.ceil(delay.total_seconds())
            refusal = RuleViolation("pin_wrong_wait" if seconds else "pin_wrong", "wrong desk PIN",
                                    seconds=seconds, failures=failures)
    raise refusal
