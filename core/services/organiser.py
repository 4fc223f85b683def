"""The organiser's identity, read and edited as workspace data (it syncs), and the images people give for it.

An image (logo, signature, a funder's logo) is checked when it is given, never when a document is drawn:
an unreadable or huge file is refused with a reason code, so that no document silently lacks it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, fields
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db.unit_of_work import UnitOfWork
from core.errors import ValidationError
from core.models import IDENTITY_ID, FunderLogo, OrganiserIdentity

MAX_IMAGE_BYTES = 4 * 1024 * 1024  # a logo or a scanned signature is far smaller
MAX_IMAGE_PIXELS = 6000  # per side
MAX_FUNDER_LOGOS = 6
TEXT_LIMITS = {"name": 200, "place": 100, "signatory_name": 200, "signatory_role": 200, "address": 600,
               "funding_mention": 600, "action_title": 400}


@dataclass(frozen=True, slots=True)
class Identity:
    """Who issues the documents; empty texts and None images are what is still to fill in."""

    name: str = ""
    address: str = ""
    place: str = ""
    signatory_name: str = ""
    signatory_role: str = ""
    funding_mention: str = ""
    action_title: str = ""
    logo: bytes | None = None
    signature: bytes | None = None
    funder_logos: tuple[bytes, ...] = ()

    @property
    def missing(self) -> tuple[str, ...]:
        """What the documents need and the identity lacks (field names), for a hint in the interface."""
        wanted = ("name", "place", "signatory_name", "signatory_role")
        return tuple(name for name in wanted if not getattr(self, name).strip())


def check_image(data: bytes, what: str = "image") -> bytes:
    """The image's bytes when a document can print it; else ValidationError image_too_large / image_unreadable."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError("image_too_large", f"{what} is larger than {MAX_IMAGE_BYTES // 1024 // 1024} MB",
                              what=what, limit=MAX_IMAGE_BYTES // 1024 // 1024)
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as picture:
            width, height = picture.size
            if picture.format not in ("PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP"):
                raise ValidationError("image_unreadable", f"{what}: unsupported format", what=what)
            if max(width, height) > MAX_IMAGE_PIXELS:
                raise ValidationError("image_too_large", f"{what} is {width}×{height} pixels", what=what,
                                      limit=MAX_IMAGE_BYTES // 1024 // 1024)
            picture.load()  # decodes it all: a truncated file fails here, not in the PDF
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise ValidationError("image_unreadable", f"{what} cannot be read: {error}", what=what) from error
    return data


def read_image(path: str | Path, what: str = "image") -> bytes:
    """The checked bytes of the image file at path (image_unreadable when it cannot be opened)."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_IMAGE_BYTES:
            raise ValidationError("image_too_large", f"{file} is too large", what=str(file),
                                  limit=MAX_IMAGE_BYTES // 1024 // 1024)
        data = file.read_bytes()
    except OSError as error:
        raise ValidationError("image_unreadable", f"{file} cannot be read: {error}", what=str(file)) from error
    return check_image(data, str(file))


def identity(session: Session) -> Identity:
    """The workspace's organiser identity (empty when nobody filled it in yet)."""
    row = session.get(OrganiserIdentity, IDENTITY_ID)
    logos = tuple(session.scalars(select(FunderLogo.image).order_by(FunderLogo.position, FunderLogo.created_at)))
    if row is None:
        return Identity(funder_logos=logos)
    return Identity(row.name, row.address, row.place, row.signatory_name, row.signatory_role, row.funding_mention,
                    row.action_title, row.logo, row.signature, logos)


def save_identity(uow: UnitOfWork, wanted: Identity) -> Identity:
    """Write what changed (field by field: an untouched form changes nothing and records no sync change)."""
    for name, limit in TEXT_LIMITS.items():
        if len(getattr(wanted, name)) > limit:
            raise ValidationError("name_too_long", f"{name} is too long", field=name)
    for picture in (wanted.logo, wanted.signature, *wanted.funder_logos):
        if picture is not None:
            check_image(picture)
    if len(wanted.funder_logos) > MAX_FUNDER_LOGOS:
        raise ValidationError("too_many_logos", "too many funders' logos", limit=MAX_FUNDER_LOGOS)
    session = uow.session
    row = session.get(OrganiserIdentity, IDENTITY_ID)
    texts = {f.name: getattr(wanted, f.name).strip() for f in fields(Identity)
             if f.name in TEXT_LIMITS}
    images = {"logo": wanted.logo, "signature": wanted.signature}
    if row is None:
        if any(texts.values()) or any(v is not None for v in images.values()):
            session.add(OrganiserIdentity(id=IDENTITY_ID, **texts, **images))
    else:
        for name, value in {**texts, **images}.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
    current = list(session.scalars(select(FunderLogo).order_by(FunderLogo.position, FunderLogo.created_at)))
    if [f.image for f in current] != list(wanted.funder_logos):
        for old in current:
            session.delete(old)
        for position, picture in enumerate(wanted.funder_logos):
            session.add(FunderLogo(image=picture, position=position))
    session.flush()
    return identity(session)
