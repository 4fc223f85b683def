"""The preview: what an import would do, row by row, and every problem found — nothing is written.

At apply time the preview is written as is when the workspace has not changed since (same fingerprint);
otherwise the planning runs again inside the unit of work, so that what is written is what the data then
says (someone may have edited a person between the preview and the click).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import validation as v
from core.errors import EnvolError, ValidationError
from core.imports.identity import (
    AUTOMATIC_MERGES,
    SEPARATED,
    Decision,
    Identity,
    Incoming,
    Known,
    better_name,
)
from core.imports.mapping import ColumnMapping, Field, is_additional
from core.imports.matching import DirectoryIndex, fingerprint, load_index
from core.imports.reading import RawTable
from core.imports.values import (
    MAX_CELL,
    commune_of_postcode,
    is_cancelled,
    looks_like_formula,
    organisation_key,
    parse_amount,
    parse_datetime,
    parse_kind,
    split_sessions,
)
from core.models import Event, EventSession, OrganisationKind
from core.validation import search_key

# Called with (rows done, rows in all) every few thousand rows; raising ImportCancelled stops the work
# (a preview is dropped, an apply rolls back: nothing is half-written).
Progress = Callable[[int, int], None]


class ImportCancelled(EnvolError):
    def __init__(self) -> None:
        super().__init__("import_cancelled", "the import was cancelled")


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int  # line of the file (CSV record or sheet row), 0 for the whole file
    column: str | None
    code: str  # stable: missing_column, malformed_email, cell_too_long, formula_cell, empty_name, ...
    blocking: bool  # True: the row is refused; False: imported, with a warning
    value: str = ""


@dataclass(frozen=True, slots=True)
class NewOrganisation:
    id: uuid.UUID
    name: str
    kind: OrganisationKind
    commune: str | None
    siret: str | None
    website: str | None = None


@dataclass(frozen=True, slots=True)
class PlannedRow:
    line: int
    person_id: uuid.UUID
    new_person: bool
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    organisation_id: uuid.UUID | None
    organisation_kind: OrganisationKind | None
    commune: str | None
    accessibility: str | None
    reference: str | None
    registered_at: datetime | None
    session_ids: tuple[uuid.UUID, ...]
    answers: tuple[tuple[str, str], ...]
    cancelled: bool
    new_registration: bool
    renamed_from: str | None = None  # a known person's former spelling, when this file brings a better one
    website: str | None = None  # the structure's


@dataclass(frozen=True, slots=True)
class IdentityNote:
    """A row that became a known person without certainty, or a new person beside a look-alike."""

    line: int
    person_id: uuid.UUID
    label: str  # the row's name and e-mail
    reason: Identity
    look_alike: uuid.UUID | None
    look_alike_label: str

    @property
    def merged(self) -> bool:
        return self.reason in AUTOMATIC_MERGES


@dataclass(frozen=True)
class ImportPreview:
    filename: str
    event_id: uuid.UUID
    mapping: ColumnMapping
    total_rows: int
    rows: tuple[PlannedRow, ...]
    organisations: tuple[NewOrganisation, ...]
    problems: tuple[RowProblem, ...]
    refused_lines: frozenset[int] = field(default_factory=frozenset)
    fingerprint: tuple[object, ...] = ()  # the workspace as the plan saw it (matching.fingerprint)
    identities: tuple[IdentityNote, ...] = ()  # automatic merges and look-alikes kept apart, for review

    @property
    def merges(self) -> tuple[IdentityNote, ...]:
        return tuple(n for n in self.identities if n.merged)

    @property
    def can_apply(self) -> bool:
        return not any(p.line == 0 and p.blocking for p in self.problems) and bool(self.rows)

    @property
    def new_people(self) -> int:
        return len({r.person_id for r in self.rows if r.new_person})

    @property
    def matched_people(self) -> int:
        return len({r.person_id for r in self.rows if not r.new_person})

    @property
    def new_registrations(self) -> int:
        return sum(1 for r in self.rows if r.new_registration and not r.cancelled)

    @property
    def known_registrations(self) -> int:
        return sum(1 for r in self.rows if not r.new_registration)


def plan_import(session: Session, table: RawTable, mapping: ColumnMapping, event_id: uuid.UUID,
                filename: str = "", progress: Progress | None = None) -> ImportPreview:
    if session.get(Event, event_id) is None:
        raise ValidationError("event_not_found", "no such event")
    problems: list[RowProblem] = [RowProblem(0, f.value, "missing_column", True) for f in mapping.missing()]
    if len(mapping.headers) != len(table.headers):
        problems.append(RowProblem(0, None, "mapping_mismatch", True))
    if problems:
        return ImportPreview(filename, event_id, mapping, table.total_rows, (), (), tuple(problems))
    problems += [RowProblem(b.line, None, b.code, True, b.excerpt) for b in table.broken]
    seen = fingerprint(session, event_id)
    index = load_index(session, event_id)
    sessions = _session_titles(session, event_id)
    planner = _Planner(index, sessions, mapping, problems)
    for number, (line, cells) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
        planner.plan_row(line, cells)
        if progress is not None and number % 2000 == 0:
            progress(number, len(table.rows))  # may raise ImportCancelled
    if progress is not None:
        progress(len(table.rows), len(table.rows))
    refused = frozenset(p.line for p in problems if p.blocking and p.line)
    return ImportPreview(filename, event_id, mapping, table.total_rows, tuple(planner.rows),
                         tuple(planner.organisations), tuple(sorted(problems, key=_refusals_first)), refused, seen,
                         tuple(planner.identities))


def _refusals_first(problem: RowProblem) -> tuple[bool, int]:
    """Refused rows first, then warnings, each in file order: the organiser sees first what will not be imported."""
    return not problem.blocking, problem.line


def _session_titles(session: Session, event_id: uuid.UUID) -> list[tuple[str, uuid.UUID]]:
    rows = session.execute(select(EventSession.title, EventSession.id).where(EventSession.event_id == event_id))
    return [(search_key(title), sid) for title, sid in rows]


class _Planner:
    def __init__(self, index: DirectoryIndex, sessions: list[tuple[str, uuid.UUID]], mapping: ColumnMapping,
                 problems: list[RowProblem]) -> None:
        self.index = index
        self.sessions = sessions
        self.mapping = mapping
        self.problems = problems
        self.rows: list[PlannedRow] = []
        self.organisations: list[NewOrganisation] = []
        self.seen_people: dict[uuid.UUID, int] = {}  # person -> position in rows (one registration each)
        self.identities: list[IdentityNote] = []
        self.columns = {f: mapping.column_of(f) for f in Field}

    def plan_row(self, line: int, cells: tuple[str, ...]) -> None:
        before = len(self.problems)
        for column, cell in enumerate(cells[: len(self.mapping.headers)]):
            if self.mapping.fields[column] is Field.IGNORE:
                continue
            header = self.mapping.headers[column]
            if len(cell) > MAX_CELL:
                self._problem(line, header, "cell_too_long", True, cell[:40])
            elif looks_like_formula(cell.strip()):
                self._problem(line, header, "formula_cell", True, cell[:60])
        if len(self.problems) > before:
            return
        get = self._getter(cells)
        try:
            first = v.required_name(get(Field.FIRST_NAME), "first_name")
            last = v.required_name(get(Field.LAST_NAME), "last_name")
        except ValidationError as error:
            missing = Field.FIRST_NAME if error.details.get("field") == "first_name" else Field.LAST_NAME
            self._problem(line, self._header(missing), error.code, True)
            return
        first, last = _tidy_name(first), _tidy_name(last)
        try:
            email = v.optional_email(get(Field.EMAIL))
        except ValidationError:
            self._problem(line, self._header(Field.EMAIL), "malformed_email", True, get(Field.EMAIL).strip())
            return
        siret = self._siret(line, get(Field.SIRET))
        commune = v.clean_text(get(Field.COMMUNE))[:100] or commune_of_postcode(get(Field.POSTCODE)) or ""
        website = v.clean_text(get(Field.WEBSITE))[:200] or None
        org_id = self._organisation(get(Field.ORGANISATION), get(Field.ORGANISATION_KIND), commune, siret, website)
        reference = v.clean_text(get(Field.REFERENCE))[:100] or None
        phone = v.clean_text(get(Field.PHONE))[:40] or None
        decision = self.index.identify(Incoming(first, last, email, phone, org_id, reference))
        person_id = decision.person_id
        new_person = person_id is None
        renamed: str | None = None
        # Noted with both spellings as they stand, before a better spelling of the name replaces one.
        person_id = person_id or uuid.uuid4()
        self._note_identity(line, decision, person_id, _label(first, last, email))
        if new_person:
            self.index.add_person(Known(person_id, first, last, email, phone, org_id, reference))
        else:
            first, last, renamed = self._better_name(person_id, first, last)
            known_person = self.index.people[person_id]
            if email and not known_person.email or phone and not known_person.phone:
                self.index.update_person(person_id, email=known_person.email or email,
                                         phone=known_person.phone or phone)
        session_ids = self._sessions(line, get(Field.SESSIONS))
        answers = self._answers(cells)
        registered_at = self._date(line, get(Field.REGISTERED_AT))
        cancelled = is_cancelled(get(Field.STATUS))
        if person_id in self.seen_people:
            # A second ticket for the same person and event: one registration, the sessions add up.
            position = self.seen_people[person_id]
            earlier = self.rows[position]
            if not decision.automatic_merge:  # an automatic merge has its own warning
                self._problem(line, None, "same_person_twice", False, f"{first} {last} (ligne {earlier.line})")
            merged = tuple(dict.fromkeys(earlier.session_ids + session_ids))
            self.rows[position] = _replace(
                earlier, session_ids=merged, answers=earlier.answers + answers, first_name=first, last_name=last,
                renamed_from=None if earlier.new_person else earlier.renamed_from or renamed, email=earlier.email or email,
                phone=earlier.phone or phone, reference=earlier.reference or reference)
            return
        known = self.index.registrations.get(person_id)
        row = PlannedRow(
            line, person_id, new_person, first, last, email, phone, org_id,
            parse_kind(get(Field.ORGANISATION_KIND)), commune or None,
            v.clean_text(get(Field.ACCESSIBILITY)) or None, reference, registered_at, session_ids, answers,
            cancelled, known is None, renamed, website if org_id is not None else None,
        )
        self.seen_people[person_id] = len(self.rows)
        self.rows.append(row)

    # --- helpers
    def _better_name(self, person_id: uuid.UUID, first: str, last: str) -> tuple[str, str, str | None]:
        """The best spelling of a known person's name ("Francois" -> "François", never back), and the former one."""
        known = self.index.people[person_id]
        best_first = first if better_name(known.first_name, first) else known.first_name
        best_last = last if better_name(known.last_name, last) else known.last_name
        if (best_first, best_last) == (known.first_name, known.last_name):
            return known.first_name, known.last_name, None
        self.index.update_person(person_id, first_name=best_first, last_name=best_last)
        return best_first, best_last, f"{known.first_name} {known.last_name}"

    def _note_identity(self, line: int, decision: Decision, person_id: uuid.UUID, incoming: str) -> None:
        if decision.reason not in AUTOMATIC_MERGES and decision.reason not in SEPARATED:
            return
        other = self.index.people.get(decision.look_alike) if decision.look_alike else None
        other_label = _label(other.first_name, other.last_name, other.email) if other else ""
        note = IdentityNote(line, person_id, incoming, decision.reason, decision.look_alike,
                            other_label)
        self.identities.append(note)
        self._problem(line, None, decision.reason.value, False, other_label)

    def _getter(self, cells: tuple[str, ...]) -> Callable[[Field], str]:
        def get(f: Field) -> str:
            column = self.columns[f]
            return cells[column] if column is not None and column < len(cells) else ""
        return get

    def _header(self, f: Field) -> str | None:
        column = self.columns[f]
        return self.mapping.headers[column] if column is not None else None

    def _problem(self, line: int, column: str | None, code: str, blocking: bool, value: str = "") -> None:
        self.problems.append(RowProblem(line, column, code, blocking, value))

    def _siret(self, line: int, text: str) -> str | None:
        try:
            return v.optional_siret(text)
        except ValidationError as error:
            self._problem(line, self._header(Field.SIRET), error.code, False, text.strip())
            return None

    def _organisation(self, name: str, kind_text: str, commune: str, siret: str | None,
                      website: str | None) -> uuid.UUID | None:
        name = v.clean_text(name)[: v.MAX_NAME_LENGTH]
        if not name:
            return None
        found = self.index.find_organisation(name, siret)
        if found is not None:
            return found
        org = NewOrganisation(uuid.uuid4(), name, parse_kind(kind_text) or OrganisationKind.AUTRE,
                              v.clean_text(commune)[:100] or None, siret, website)
        self.organisations.append(org)
        self.index.add_organisation(org.id, name, siret)
        return org.id

    def _sessions(self, line: int, text: str) -> tuple[uuid.UUID, ...]:
        found: list[uuid.UUID] = []
        for wanted in split_sessions(text):
            key = search_key(wanted)
            exact = [sid for title, sid in self.sessions if title == key]
            prefix = exact or [sid for title, sid in self.sessions if title.startswith(key) or key in title]
            if len(prefix) == 1:
                found.append(prefix[0])
            else:
                self._problem(line, self._header(Field.SESSIONS), "unknown_session" if not prefix
                              else "ambiguous_session", False, wanted)
        return tuple(dict.fromkeys(found))

    def _date(self, line: int, text: str) -> datetime | None:
        if not text.strip():
            return None
        parsed = parse_datetime(text)
        if parsed is None:
            self._problem(line, self._header(Field.REGISTERED_AT), "bad_date", False, text.strip())
        return parsed

    def _answers(self, cells: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
        answers: list[tuple[str, str]] = []
        for column, header in enumerate(self.mapping.headers):
            f = self.mapping.fields[column]
            text = v.clean_text(cells[column]) if column < len(cells) else ""
            if not text:
                continue
            if f is Field.AMOUNT:
                amount = parse_amount(text)
                answers.append((header[:200], f"{amount:.2f}" if amount is not None else text))
            elif f in (Field.ANSWER, Field.BUYER_FIRST_NAME, Field.BUYER_LAST_NAME, Field.BUYER_EMAIL, Field.POSTCODE) \
                    or is_additional(header):
                answers.append((header[:200], text))
        return tuple(answers)


def _label(first: str, last: str, email: str | None) -> str:
    return f"{first} {last}" + (f" <{email}>" if email else "")


def _tidy_name(text: str) -> str:
    # "COLAS" from one platform and "Colas" from another are the same person; keep a readable case.
    return text.title() if text.isupper() and len(text) > 1 else text


def _replace(row: PlannedRow, **changes: object) -> PlannedRow:
    from dataclasses import replace

    return replace(row, **changes)  # type: ignore[arg-type]


def organisation_match_key(name: str) -> str:
    return organisation_key(name)
