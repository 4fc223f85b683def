"""Fill a workspace fast for benchmarks: bulk inserts of generated people, structures and registrations.

Services are the only way the application writes; benchmarks only need volume, so they insert rows directly.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime

from faker import Faker
from sqlalchemy import insert

from core.db.workspace import Workspace
from core.models import Event, EventKind, Organisation, OrganisationKind, Person, Registration, Source, Status


def fill_registrations(workspace: Workspace, count: int, *, seed: int = 7) -> uuid.UUID:
    """One event with `count` registrations of distinct generated people; returns the event id."""
    fake = Faker("fr_FR", seed=seed)
    rng = random.Random(seed)
    now = datetime.now(UTC)
    event_id = uuid.uuid4()
    orgs = [
        {"id": uuid.uuid4(), "name": f"{fake.company()} {n}", "kind": rng.choice(list(OrganisationKind)),
         "commune": fake.city(), "is_member": rng.random() < 0.5, "created_at": now, "updated_at": now}
        for n in range(max(1, count // 50))
    ]
    first, last = [fake.first_name() for _ in range(500)], [fake.last_name() for _ in range(500)]
    people, regs = [], []
    for n in range(count):
        person_id = uuid.uuid4()
        f, l_ = rng.choice(first), rng.choice(last)
        people.append({"id": person_id, "first_name": f, "last_name": l_, "email": f"p{n}@exemple.fr",
                       "organisation_id": rng.choice(orgs)["id"], "consent_communication": False,
                       "consent_photo": False, "created_at": now, "updated_at": now})
        regs.append({"id": uuid.uuid4(), "person_id": person_id, "event_id": event_id,
                     "status": rng.choice([Status.CONFIRMED] * 8 + [Status.WAITING, Status.CANCELLED]),
                     "source": Source.IMPORT, "requested_at": now, "created_at": now, "updated_at": now})
    with workspace.unit_of_work() as uow:
        uow.session.execute(insert(Event), [{
            "id": event_id, "name": f"Rencontres ({count} inscriptions)", "kind": EventKind.RENCONTRES,
            "starts_on": date(2026, 11, 13), "ends_on": date(2026, 11, 13), "timezone": "Europe/Paris",
            "created_at": now, "updated_at": now}])
        uow.session.execute(insert(Organisation), orgs)
        uow.session.execute(insert(Person), people)
        uow.session.execute(insert(Registration), regs)
    return event_id
