"""The categories of needs, offers and business-meeting profiles: one vocabulary shared by the atelier d'échanges
and the Rencontres' meetings, so that a need stated at one can be matched with an offer made at the other.

These are the defaults a workspace starts with; codes are stable (stored and synced), labels are French.
The workspace's own vocabulary (labels edited, categories added or archived) is a synced table seeded from
them: read it with vocabulary(session) / labels(session).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DEFAULT_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("commercial", "Commercial"),
    ("communication", "Communication"),
    ("financement", "Financement"),
    ("rh", "Recrutement / RH"),
    ("juridique", "Juridique"),
    ("locaux", "Locaux et matériel"),
    ("numerique", "Numérique"),
    ("mecenat", "Mécénat et partenariats"),
    ("achats", "Achats responsables"),
    ("sante_travail", "Santé au travail"),
    ("mobilite", "Mobilité"),
    ("gouvernance", "Gouvernance et coopération"),
    ("formation", "Formation"),
)


def default_label(code: str) -> str:
    """The French label of a default category (the code itself for one the workspace added)."""
    return dict(DEFAULT_CATEGORIES).get(code, code)


# --- the workspace's vocabulary: a synced table seeded from the defaults -------------------------------------------
# The functions below read and edit it; the codes above never change. A workspace where nothing was written yet
# reads the defaults; the first edit (or the first exchange written) seeds them as rows, with ids derived from the
# codes, so that two devices seeding offline write the same rows.

_NAMESPACE = uuid.UUID("3f0c2b1e-8a51-4d7b-9c55-0e4f7f1a2c18")
_CODE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    code: str
    label: str
    archived: bool = False


def default_id(code: str) -> uuid.UUID:
    """The row id of a category, derived from its code: the same on every device (a default seeded offline on two
    laptops, or one category added on both, is one row once synced)."""
    return uuid.uuid5(_NAMESPACE, code)


def vocabulary(session: Session, *, with_archived: bool = False) -> tuple[CategoryInfo, ...]:
    """The categories in their order: the workspace's rows over the defaults."""
    from sqlalchemy import select

    from core.models import Category

    rows = {c.code: c for c in session.scalars(select(Category))}
    out: list[tuple[int, CategoryInfo]] = []
    for position, (code, label) in enumerate(DEFAULT_CATEGORIES):
        row = rows.pop(code, None)
        out.append((row.position if row else position, CategoryInfo(code, row.label if row else label,
                                                                    row.archived if row else False)))
    out += [(row.position, CategoryInfo(row.code, row.label, row.archived)) for row in rows.values()]
    out.sort(key=lambda item: item[0])
    return tuple(info for _position, info in out if with_archived or not info.archived)


def labels(session: Session) -> dict[str, str]:
    """code -> label for every category, archived ones too (old needs keep theirs)."""
    return {c.code: c.label for c in vocabulary(session, with_archived=True)}


def ensure_seeded(session: Session) -> None:
    """Write the default categories as rows (logged, so they sync) if this workspace has none of them yet."""
    from sqlalchemy import select

    from core.models import Category

    have = set(session.scalars(select(Category.code)))
    for position, (code, label) in enumerate(DEFAULT_CATEGORIES):
        if code not in have and session.get(Category, default_id(code)) is None:
            session.add(Category(id=default_id(code), code=code, label=label, position=position))
    session.flush()


def save_category(session: Session, code: str, label: str, *, archived: bool = False) -> CategoryInfo:
    """Add a category or rename / archive one. Codes are lower-case ASCII words and never change."""
    from sqlalchemy import func, select

    from core.errors import ValidationError
    from core.models import Category
    from core.validation import required_name

    if not _CODE.match(code):
        raise ValidationError("bad_category_code", f"not a category code: {code!r}", value=code)
    text = required_name(label, "label")[:100]
    ensure_seeded(session)
    row = session.scalar(select(Category).where(Category.code == code))
    if row is None:
        position = (session.scalar(select(func.max(Category.position))) or 0) + 1
        row = session.get(Category, default_id(code)) or Category(id=default_id(code), code=code, label=text,
                                                                   position=position)
        session.add(row)
    else:
        if row.label != text:
            row.label = text
        if row.archived != archived:
            row.archived = archived
    session.flush()
    return CategoryInfo(row.code, row.label, row.archived)


def add_category(session: Session, label: str) -> CategoryInfo:
    """A new category from its label alone (the screen's « Ajouter »): its code is the label's words, folded.
    A category of the same words already there (retired or not) is refused: rename or bring back that one."""
    from core.checkin.spelling import words
    from core.errors import RuleViolation
    from core.validation import required_name

    text = required_name(label, "label")[:100]
    code = re.sub(r"[^a-z0-9_]", "", "_".join(words(text)))[:40].strip("_")
    if not code or not code[0].isalpha():
        code = f"c_{code}"[:40]
    if len(code) < 2:
        code += "_x"
    for known in vocabulary(session, with_archived=True):
        if known.code == code or "_".join(words(known.label)) == "_".join(words(text)):
            raise RuleViolation("category_exists", f"category {known.code} exists", label=known.label)
    return save_category(session, code, text)


def parse_codes(value: str | None) -> tuple[str, ...]:
    """The codes stored in a need or offer (space-separated), in order, without repeats."""
    return tuple(dict.fromkeys((value or "").split()))


def join_codes(codes: tuple[str, ...] | list[str]) -> str:
    return " ".join(dict.fromkeys(c for c in codes if c))
