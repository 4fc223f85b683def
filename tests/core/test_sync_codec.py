"""The change log's JSON: the fast encoder writes exactly what json.dumps writes of to_json's values."""

import enum
import json
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from core.models import OrganisationKind, Status
from core.sync import codec


class Level(enum.IntEnum):
    LOW = 1


def reference(values):
    return json.dumps({k: codec.to_json(v) for k, v in values.items()}, ensure_ascii=False, separators=(",", ":"))


def test_dumps_is_json_dumps_of_to_json():
    values = {
        "id": uuid.UUID("0b0a5e1c-8c79-4e0d-9b52-5f3f3d9f2a10"),
        "name": 'Éloïse "Çağla" Nguyễn\n\ttab\\ \u2028 \x00',
        "none": None, "yes": True, "no": False, "count": 12, "big": 2**70, "ratio": 0.1, "nan": float("nan"),
        "naive": datetime(2026, 11, 3, 10, 5), "naive_micro": datetime(2026, 11, 3, 10, 5, 0, 120),
        "aware": datetime(2026, 11, 3, 10, 5, tzinfo=timezone(timedelta(hours=1))),
        "utc": datetime(2026, 3, 29, 1, 30, tzinfo=UTC), "day": date(2026, 11, 3),
        "status": Status.WAITING, "kind": OrganisationKind.SCOP, "level": Level.LOW,
        "amount": Decimal("12.50"), "blob": b"\x00\xff", "list": [1, "a", None],
    }
    assert codec.dumps(values) == reference(values)
    assert json.loads(codec.dumps(values))["name"] == values["name"]
    assert codec.dumps({}) == "{}"


def test_change_ids_are_random_version_4_uuids():
    from core.sync.changelog import _uuid4s

    ids = _uuid4s(5000)
    assert len(set(ids)) == 5000
    assert {(i.version, i.variant) for i in ids} == {(4, uuid.RFC_4122)}
