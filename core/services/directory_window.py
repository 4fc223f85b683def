"""People and structures a window of rows at a time, sorted and filtered by SQLite.

At a network's scale (100,000 people over five years) a page that loaded every row, folded each for its filter and
sorted it in Python took tens of seconds and held the interpreter meanwhile. Here SQLite sorts and filters (in C,
without the interpreter's lock), and only the rows on screen become Python objects.

Sorting and filtering fold case and French accents in SQL (`folded`), so « Émilie » sorts with the E's and
« lefevre » finds « Lefèvre »; each filter word must appear somewhere in the row, as the desk's search expects.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, String, and_, cast, func, literal, literal_column, select, text

from core import validation as v
from core.db.workspace import Workspace
from core.models import CheckIn, CheckInKind, Organisation, Person, Registration, Status, Ticket
from core.services.people import OrganisationRow, PersonRow

# The accented letters French names and structures use most (SQLite's lower() folds ASCII only). Kept to 22:
# SQLite's parser refuses expressions nested much deeper (about 35 calls), and rarer letters (ñ, ğ, ễ) only sort
# a little apart, while the filter still finds them typed with their accent.
_FOLDS = [(a, "a") for a in "àâä"] + [("ç", "c")] + [(e, "e") for e in "éèêë"] + [(i, "i") for i in "îï"] + \
    [(o, "o") for o in "ôö"] + [(u, "u") for u in "ùûü"] + [("ÿ", "y"), ("œ", "oe"), ("æ", "ae")] + \
    [("É", "e"), ("È", "e"), ("À", "a"), ("Ç", "c")]


def folded_sql(column: str) -> str:
    """lower(column) without French accents, as SQL text with literal strings: the expression index of people's
    names (migration 0009, people sort index) is this very text, so that ORDER BY reads the index instead of folding 100,000 rows."""
    sql = f"lower({column})"
    for accented, plain in _FOLDS:
        sql = f"replace({sql}, '{accented}', '{plain}')"
    return sql


def folded(expression: Any) -> ColumnElement[str]:
    """lower(expression) without French accents, computed by SQLite (bound parameters: no index can serve it)."""
    result: ColumnElement[Any] = func.lower(func.coalesce(expression, ""))
    for accented, plain in _FOLDS:
        result = func.replace(result, accented, plain)
    return result


LAST_SORT: ColumnElement[str] = literal_column(folded_sql("people.last_name"))
FIRST_SORT: ColumnElement[str] = literal_column(folded_sql("people.first_name"))


def _fts_people(query: str) -> ColumnElement[bool]:
    """People whose name, structure or e-mail has words starting with each typed word (the desk's FTS5 index,
    accents and case folded): a keystroke never folds 100,000 rows."""
    from core.checkin.search_schema import TABLE
    from core.services.checkin_search import match_expression

    words = v.search_key(query).replace('"', " ").split()
    if not words:
        return literal(True)
    ids: Any = select(literal_column("person_id")).select_from(text(TABLE)).where(
        text(f"{TABLE} MATCH :people_match").bindparams(people_match=match_expression(words)))
    return Person.id.in_(ids)


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _matches(text: ColumnElement[str], query: str) -> ColumnElement[bool]:
    words = v.search_key(query).split()
    return and_(*[text.like(_like(word), escape="\\") for word in words]) if words else literal(True)


@dataclass(frozen=True, slots=True)
class Window:
    """`rows` are rows offset … offset+len(rows)-1 of the `total` rows matching the filter, in the asked order."""

    total: int
    offset: int
    rows: tuple[Any, ...]


PEOPLE_SORTS = ("last_name", "first_name", "organisation", "email", "registrations", "checked_in")
ORGANISATION_SORTS = ("name", "kind", "commune", "siret", "people")


def _registrations() -> Any:
    return (select(func.count()).where(Registration.person_id == Person.id, Registration.status != Status.CANCELLED)
            .correlate(Person).scalar_subquery())


def _members() -> Any:
    return select(func.count()).where(Person.organisation_id == Organisation.id).correlate(Organisation) \
        .scalar_subquery()


def _checked_in(event_id: uuid.UUID | None) -> Any:
    """1 when the person entered the event (an accepted entry that no undo cancels), as Participants shows it."""
    if event_id is None:
        return literal(False)
    undo = CheckIn.__table__.alias("undo")
    undone = select(undo.c.id).where(undo.c.undoes_id == CheckIn.id)
    return (select(func.count() > 0)
            .select_from(Registration)
            .join(Ticket, Ticket.registration_id == Registration.id)
            .join(CheckIn, CheckIn.ticket_id == Ticket.id)
            .where(Registration.person_id == Person.id, Registration.event_id == event_id,
                   CheckIn.session_id.is_(None), CheckIn.accepted.is_(True), CheckIn.kind != CheckInKind.UNDO,
                   ~undone.exists())
            .correlate(Person).scalar_subquery())


def people_window(workspace: Workspace, query: str, sort: str, descending: bool, offset: int,
                  limit: int, event_id: uuid.UUID | None = None) -> Window:
    org_name = select(Organisation.name).where(Organisation.id == Person.organisation_id).correlate(Person) \
        .scalar_subquery()
    keys: dict[str, Sequence[ColumnElement[Any]]] = {
        "last_name": [LAST_SORT, FIRST_SORT],  # the expression index
        "first_name": [FIRST_SORT, LAST_SORT],
        "organisation": [folded(org_name), LAST_SORT],
        "email": [func.coalesce(Person.email, ""), LAST_SORT],
        "registrations": [_registrations(), LAST_SORT],
        "checked_in": [_checked_in(event_id), LAST_SORT],
    }
    order = [key.desc() if descending else key for key in keys[sort]] + ([] if sort == "last_name" else [Person.id])
    where = _fts_people(query)
    with workspace.reading() as session:
        total = session.scalar(select(func.count()).select_from(Person).where(where)) or 0
        ids = list(session.scalars(select(Person.id).where(where).order_by(*order).offset(offset).limit(limit)))
        found = session.execute(
            select(Person.id, Person.first_name, Person.last_name, Person.email, Person.phone,
                   Person.organisation_id, Organisation.name, _registrations(), _checked_in(event_id))
            .outerjoin(Organisation, Person.organisation_id == Organisation.id).where(Person.id.in_(ids))).all()
    by_id = {row[0]: PersonRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], "", bool(row[8]))
             for row in found}
    return Window(total, offset, tuple(by_id[i] for i in ids if i in by_id))


def organisations_window(workspace: Workspace, query: str, sort: str, descending: bool, offset: int,
                         limit: int) -> Window:
    words = folded(Organisation.name + " " + func.coalesce(Organisation.commune, "") + " "
                   + func.coalesce(Organisation.siret, "") + " " + cast(Organisation.kind, String))
    keys: dict[str, Sequence[ColumnElement[Any]]] = {
        "name": [folded(Organisation.name)],
        "kind": [cast(Organisation.kind, String), folded(Organisation.name)],
        "commune": [folded(Organisation.commune), folded(Organisation.name)],
        "siret": [func.coalesce(Organisation.siret, ""), folded(Organisation.name)],
        "people": [_members(), folded(Organisation.name)],
    }
    order = [key.desc() if descending else key for key in keys[sort]] + [Organisation.id]
    where = _matches(words, query)
    with workspace.reading() as session:
        total = session.scalar(select(func.count()).select_from(Organisation).where(where)) or 0
        ids = list(session.scalars(select(Organisation.id).where(where).order_by(*order).offset(offset)
                                   .limit(limit)))
        by_id: dict[uuid.UUID, OrganisationRow] = {
            o.id: OrganisationRow(o.id, o.name, o.kind, o.siret, o.commune, o.is_member, n, "")
            for o, n in session.execute(select(Organisation, _members()).where(Organisation.id.in_(ids))).all()}
    return Window(total, offset, tuple(by_id[i] for i in ids if i in by_id))
