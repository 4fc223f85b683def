"""This workspace's device identity: the id its changes and check-ins carry, and its ticket-signing key."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select

from core import validation as v
from core.db.unit_of_work import UnitOfWork
from core.db.workspace import DEVICE_KEY, FILE_KEY, Workspace, default_device_name
from core.errors import NotFound
from core.models import Device, LocalSetting
from core.services.tickets import PRIVATE_KEY_SETTING

MAX_DEVICE_NAME = 60


def device_name(workspace: Workspace) -> str:
    """This device's human name (« Accueil 1 »), as the desks show it: « déjà enregistré(e) au poste « … » »."""
    with workspace.reading() as session:
        return session.scalar(select(Device.name).where(Device.id == workspace.device_id)) or ""


def rename_device(uow: UnitOfWork, device_id: uuid.UUID, name: str) -> str:
    """Give this device the name people know it by; synced like any row, so every desk says it the same way."""
    device = uow.session.get(Device, device_id)
    if device is None:
        raise NotFound("device_not_found", "no such device")
    cleaned = v.required_name(name, "name")[:MAX_DEVICE_NAME]
    if device.name != cleaned:
        device.name = cleaned
        uow.session.flush()
    return cleaned


def take_new_identity(workspace: Workspace, *, file_key: str | None = None) -> uuid.UUID:
    """Become a new device (the file turned out to be a copy of another device's): nothing else changes.

    The old Device row stays, with its public key, so the tickets issued under it still verify everywhere;
    the next ticket issued here is signed with a new key, made on first use.
    """
    previous = workspace.device_id
    with workspace.reading() as session:
        name = default_device_name(session)
    device = Device(id=uuid.uuid4(), name=name)
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
