"""This workspace's device identity: the id its changes and check-ins carry, and its ticket-signing key."""

from __future__ import annotations

import platform
import uuid

from sqlalchemy import delete

from core.db.workspace import DEVICE_KEY, FILE_KEY, Workspace
from core.models import Device, LocalSetting
from core.services.tickets import PRIVATE_KEY_SETTING


def take_new_identity(workspace: Workspace, *, file_key: str | None = None) -> uuid.UUID:
    """Become a new device (the file turned out to be a copy of another device's): nothing else changes.

    The old Device row stays, with its public key, so the tickets issued under it still verify everywhere;
    the next ticket issued here is signed with a new key, made on first use.
    """
    previous = workspace.device_id
    device = Device(id=uuid.uuid4(), name=platform.node() or "envol")
    # The new row's own insert is logged under the new id, like every change after it.
    workspace.device_id = device.id
    try:
        with workspace.unit_of_work(own_identity=False) as uow:
            uow.session.add(device)
            uow.session.merge(LocalSetting(key=DEVICE_KEY, value=str(device.id)))
            if file_key is not None:
                uow.session.merge(LocalSetting(key=FILE_KEY, value=file_key))
            uow.session.execute(delete(LocalSetting).where(LocalSetting.key == PRIVATE_KEY_SETTING))
    except BaseException:
        workspace.device_id = previous
        raise
    return device.id
