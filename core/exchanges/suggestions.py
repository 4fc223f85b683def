"""Who could answer a need: people in the room and the network's history, each with the reasons why.

No score: a suggestion is the list of its reasons (stable codes with their words), and suggestions are ranked by
those reasons, strongest kind first — what was offered before in the need's categories, standing offers, words
of earlier offers matching the need's (accents and one typo forgiven, as the desk's name search), the kind of
the structure — then presence in the room. The GUI turns each reason into a sentence.

The history (every offer ever made) is read once into in-memory inverted indexes, then brought up to date with the
offers added, edited or removed since.
"""

from __future__ import annotations

import enum
import heapq
import threading
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from core.categories import labels, parse_codes
from core.checkin.spelling import SpellingIndex, words
from core.models import (
    ExchangeNeed,
    ExchangeOffer,
    OfferKind,
    Organisation,
    OrganisationKind,
    Person,
    Registration,
    Status,
)

# What a kind of structure usually knows about (the network's own reading; a reason, never a verdict).
KIND_HINTS: dict[OrganisationKind, frozenset[str]] = {
    OrganisationKind.MUTUELLE: frozenset({"sante_travail", "financement", "rh"}),
    OrganisationKind.SIAE: frozenset({"rh", "achats", "formation", "mobilite"}),
    OrganisationKind.REGIE_DE_QUARTIER: frozenset({"locaux", "rh", "achats"}),
    OrganisationKind.SCOP: frozenset({"gouvernance", "juridique", "commercial"}),
    OrganisationKind.SCIC: frozenset({"gouvernance", "juridique", "financement"}),
    OrganisationKind.FONDATION: frozenset({"mecenat", "financement"}),
    OrganisationKind.PARTENAIRE: frozenset({"financement", "juridique", "gouvernance"}),
    OrganisationKind.COLLECTIVITE: frozenset({"locaux", "financement", "mobilite"}),
    OrganisationKind.ENTREPRISE: frozenset({"mecenat", "achats", "commercial"}),
}

_STOP = frozenset(["avec", "pour", "dans", "des", "les", "une", "un", "sur", "par", "pas", "plus", "notre", "nos", "vos", "votre", "leur", "leurs", "qui", "que", "quoi", "dont", "ses", "son", "sa", "aux", "du", "de", "la", "le", "et", "ou", "en", "est", "sont", "etre", "avoir", "nous", "vous", "ils", "elles", "cette", "ces", "tout", "tous", "toute", "toutes", "faire", "trouver", "besoin", "recherche", "cherche", "cherchons", "chercher", "aide", "aider"])
MIN_WORD = 4
TYPO_FROM = 6


class Reason(enum.StrEnum):
    OFFERED_IN_CATEGORY = "offered_in_category"  # a déjà proposé un contact en santé au travail
    STANDING_OFFER = "standing_offer"  # propose : « … »
    OFFERED_SIMILAR = "offered_similar"  # a déjà proposé « … » (mots communs)
    STRUCTURE_KIND = "structure_kind"  # structure de type mutuelle
    IN_THE_ROOM = "in_the_room"  # présent·e à cet atelier


_STRENGTH = [Reason.OFFERED_IN_CATEGORY, Reason.STANDING_OFFER, Reason.OFFERED_SIMILAR, Reason.STRUCTURE_KIND]


@dataclass(frozen=True, slots=True)
class Why:
    reason: Reason
    detail: str  # the category's label, the offer's words, the structure's kind
    kind: OfferKind | None = None
    count: int = 1


@dataclass(frozen=True, slots=True)
class Suggestion:
    person_id: uuid.UUID | None  # None: a structure of the network, no one of it known to have offered
    name: str
    organisation_id: uuid.UUID | None
    structure: str | None
    in_the_room: bool
    reasons: tuple[Why, ...]

    def rank_key(self) -> tuple[object, ...]:
        strongest = min((_STRENGTH.index(w.reason) for w in self.reasons if w.reason in _STRENGTH), default=9)
        kinds = len({w.reason for w in self.reasons if w.reason in _STRENGTH})
        count = sum(w.count for w in self.reasons if w.reason == Reason.OFFERED_IN_CATEGORY)
        return (strongest, -kinds, not self.in_the_room, -count, self.name.casefold())


def stems(text: str) -> set[str]:
    """The meaningful words of a text, folded (case, accents), a plural's s or x dropped."""
    out = set()
    for word in words(text):
        if len(word) < MIN_WORD or word in _STOP or word.isdigit():
            continue
        out.add(word[:-1] if len(word) > MIN_WORD and word[-1] in "sx" else word)
    return out


PersonInfo = tuple[str, uuid.UUID | None, str | None, OrganisationKind | None]  # name, structure id, name, kind


@dataclass
class _Giver:
    categories: Counter[tuple[str, OfferKind]] = field(default_factory=Counter)
    standing: list[tuple[frozenset[str], frozenset[str], str]] = field(default_factory=list)  # codes, stems, text
    texts: list[tuple[frozenset[str], str, OfferKind]] = field(default_factory=list)


_HISTORY_ROW = (ExchangeOffer.id, ExchangeOffer.updated_at, ExchangeOffer.giver_person_id, Person.first_name,
                Person.last_name, Person.organisation_id, Organisation.name, Organisation.kind, ExchangeOffer.need_id,
                ExchangeOffer.kind, ExchangeOffer.text, ExchangeOffer.categories)


class History:
    """Every offer ever made, as inverted indexes over the givers (numbered 0, 1, …: sets of small ints are what
    the matching intersects, thousands at a time). Built once, then brought up to date offer by offer: an offer
    added is taken in; one edited or removed has its giver's entries taken out and put back from what they have
    now."""

    def __init__(self) -> None:
        self.lock = threading.RLock()  # held while matching or catching up (two workers may suggest at once)
        self.ids: list[uuid.UUID] = []
        self.index: dict[uuid.UUID, int] = {}
        self.people: list[PersonInfo] = []
        self.folded: list[str] = []  # names folded, for the order among equals
        self.givers: list[_Giver] = []
        self.by_category: dict[str, dict[int, tuple[int, OfferKind]]] = defaultdict(dict)  # -> (answers, usual kind)
        self.standing_by_category: dict[str, set[int]] = defaultdict(set)
        self.with_standing: set[int] = set()
        self.by_word: dict[str, set[int]] = defaultdict(set)  # givers whose offers (answers or standing) hold it
        self.by_hint: dict[str, set[int]] = defaultdict(set)  # category -> givers whose structure's kind knows it
        self.by_structure: dict[uuid.UUID, set[int]] = defaultdict(set)
        self.spelling = SpellingIndex(())
        self.offers: dict[uuid.UUID, int] = {}  # offer id -> its giver
        self.rows_of: list[dict[uuid.UUID, tuple[object, ...]]] = []  # each giver's offers, as read
        self.stamp: tuple[object, ...] = ()
        self.newest: datetime | None = None

    def add(self, row: Any) -> None:
        offer_id, updated, person_id, first, last, org_id, org_name, org_kind = row[:8]
        i = self.index.get(person_id)
        if i is None:
            i = self.index[person_id] = len(self.ids)
            self.ids.append(person_id)
            name = f"{first} {last}"
            self.people.append((name, org_id, org_name, org_kind))
            self.folded.append(name.casefold())
            self.givers.append(_Giver())
            self.rows_of.append({})
            if org_id is not None:
                self.by_structure[org_id].add(i)
            for code in KIND_HINTS.get(org_kind, ()) if org_kind else ():
                self.by_hint[code].add(i)
        self._take(i, row)
        self.rows_of[i][offer_id] = tuple(row)
        self.offers[offer_id] = i
        if self.newest is None or updated > self.newest:
            self.newest = updated

    def _take(self, i: int, row: Any) -> None:
        """One offer of giver i into the indexes."""
        need_id, kind, text, codes = row[8:12]
        giver = self.givers[i]
        found = frozenset(stems(text))
        parsed = parse_codes(codes)
        if need_id is None:
            giver.standing.append((frozenset(parsed), found, text))
            self.with_standing.add(i)
            for code in parsed:
                self.standing_by_category[code].add(i)
        else:
            for code in parsed:
                giver.categories[code, kind] += 1
                counts = [(count, k) for (c, k), count in giver.categories.items() if c == code]
                self.by_category[code][i] = (sum(n for n, _k in counts), max(counts, key=lambda ck: ck[0])[1])
        giver.texts.append((found, text, kind))
        for word in found:
            if word not in self.by_word:
                self.spelling.add(word)
            self.by_word[word].add(i)

    def _retake(self, i: int) -> None:
        """Giver i out of the indexes, then back in from the offers they have now (one edited or removed)."""
        giver = self.givers[i]
        for found, _text, _kind in giver.texts:
            for word in found:
                self.by_word[word].discard(i)
        for codes, _found, _text in giver.standing:
            for code in codes:
                self.standing_by_category[code].discard(i)
        self.with_standing.discard(i)
        for code, _kind in giver.categories:
            self.by_category[code].pop(i, None)
        self.givers[i] = _Giver()
        for row in self.rows_of[i].values():
            self._take(i, row)

    def catch_up(self, session: Session, stamp: tuple[object, ...]) -> bool:
        """Take in the offers written, edited or removed since; False when the index must be rebuilt instead (an
        offer moved to another giver). A follow-up step moved changes nothing here."""
        if self.newest is None:
            return False
        rows = session.execute(_history_query().where(ExchangeOffer.updated_at >= self.newest)).all()
        fresh = [row for row in rows if row[0] not in self.offers]
        touched: set[int] = set()
        for row in rows:
            i = self.offers.get(row[0])
            if i is None or _signature(self.rows_of[i][row[0]]) == _signature(row):
                continue
            if self.ids[i] != row[2]:
                return False
            self.rows_of[i][row[0]] = tuple(row)
            touched.add(i)
        if len(self.offers) + len(fresh) != stamp[0]:
            present = set(session.scalars(select(ExchangeOffer.id)))
            for offer_id in [o for o in self.offers if o not in present]:
                i = self.offers.pop(offer_id)
                del self.rows_of[i][offer_id]
                touched.add(i)
            if len(self.offers) + len(fresh) != stamp[0]:
                return False
        for i in touched:
            self._retake(i)
        for row in fresh:
            self.add(row)
        self.newest = max(self.newest, *(row[1] for row in rows)) if rows else self.newest
        self.stamp = stamp
        return True


def _signature(row: Any) -> tuple[object, ...]:
    return (row[2], row[8], row[9], row[10], row[11])  # giver, need, kind, text, categories: not the follow-up


def _history_query() -> Select[Any]:
    return (select(*_HISTORY_ROW).join(Person, Person.id == ExchangeOffer.giver_person_id)  # type: ignore[return-value]
            .outerjoin(Organisation, Organisation.id == Person.organisation_id))


def _stamp(session: Session) -> tuple[object, ...]:
    return tuple(session.execute(select(func.count(ExchangeOffer.id), func.max(ExchangeOffer.updated_at))).one())


def build_history(session: Session) -> History:
    built = History()
    built.stamp = _stamp(session)
    for row in session.execute(_history_query()):
        built.add(row)
    return built


_cache_lock = threading.Lock()
_cache: dict[str, History] = {}


def history(session: Session) -> History:
    """The history index of this workspace, brought up to date with the offers added, edited or removed since."""
    stamp = _stamp(session)
    database = str(session.get_bind().engine.url.database)
    with _cache_lock:
        cached = _cache.get(database)
    if cached is not None:
        with cached.lock:
            if cached.stamp == stamp or cached.catch_up(session, stamp):
                return cached
    built = build_history(session)
    with _cache_lock:
        _cache[database] = built
    return built


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _union(sets: Iterable[Iterable[int]]) -> set[int]:
    return set().union(*sets)


def suggest(session: Session, need_id: uuid.UUID, limit: int = 8) -> tuple[Suggestion, ...]:
    need = session.get(ExchangeNeed, need_id)
    if need is None:
        return ()
    past = history(session)
    names = labels(session)
    room = _in_the_room(session, need.event_id)
    with past.lock:
        found = _match(past, need, room, limit)
        people = dict(_people(session, {p for p in room if p not in past.index}))
        out = [_explain(past, i, found, names) for i in found.chosen]
    wanted = found.wanted
    for person_id, info in people.items():  # in the room, never heard in the history: their structure's kind only
        if person_id != need.person_id and (info[1] is None or info[1] != need.organisation_id) and \
                info[3] is not None and KIND_HINTS.get(info[3], frozenset()) & wanted:
            out.append(Suggestion(person_id, info[0], info[1], info[2], True,
                                  (Why(Reason.STRUCTURE_KIND, info[3].value), Why(Reason.IN_THE_ROOM, ""))))
    out += _structures_by_kind(session, wanted, {s.organisation_id for s in out} | {need.organisation_id})
    out.sort(key=Suggestion.rank_key)
    return tuple(out[:limit])


@dataclass
class _Found:
    wanted: set[str]
    expanded: dict[str, set[str]]  # the need's words -> themselves and their neighbours one typo away
    hits: dict[str, set[int]]  # the need's words -> givers whose offers hold them
    standing: dict[int, str]  # giver -> their standing offer that matches
    similar: set[int]
    hinted: set[int]
    room: set[int]
    chosen: list[int]


def _match(past: History, need: ExchangeNeed, room: set[uuid.UUID], limit: int) -> _Found:
    """The givers to suggest, in rank order: each kind of reason is a set, and the ranking walks the groups they
    make (strongest reason first, then most kinds of reasons), ranking within a group only what fills the list."""
    wanted = set(parse_codes(need.categories))
    # A typo forgiven on longer words only: "local" and "locale", "dons" and "done" are different words.
    expanded = {w: {w, *(past.spelling.neighbours(w) if len(w) >= TYPO_FROM else ())}
                for w in stems(f"{need.title} {need.details or ''}")}
    hits = {w: _union(past.by_word.get(alt, ()) for alt in alts) for w, alts in expanded.items()}
    answered = _union(past.by_category.get(code, {}).keys() for code in wanted)
    worded = _union(hits.values())
    standing: dict[int, str] = {}
    for i in _union(past.standing_by_category.get(code, ()) for code in wanted) | (worded & past.with_standing):
        for codes, found_words, text in past.givers[i].standing:
            if codes & wanted or any(found_words & alts for alts in expanded.values()):
                standing[i] = _short(text)
                break
    offered = set(standing)
    similar = worded - offered
    hinted = _union(past.by_hint.get(code, ()) for code in wanted)
    in_room = {past.index[p] for p in room if p in past.index}
    excluded = set(past.by_structure.get(need.organisation_id, ())) if need.organisation_id else set()
    if need.person_id in past.index:
        excluded.add(past.index[need.person_id])

    def count(i: int) -> int:
        return sum(past.by_category[code][i][0] for code in wanted if i in past.by_category.get(code, {}))

    def key(i: int) -> tuple[object, ...]:
        return (i not in in_room, -count(i), past.folded[i])

    chosen: list[int] = []
    tiers = [(answered, [offered | similar, hinted]), (offered - answered, [hinted]),
             (similar - answered, [hinted]), (hinted - answered - offered - similar, [])]
    for base, flags in tiers:
        base = base - excluded
        all_flags = base.intersection(*flags) if flags else set()
        some = _union(base & f for f in flags) - all_flags
        for group in (all_flags, some, base - all_flags - some):
            wanting = limit - len(chosen)
            if wanting <= 0:
                break
            chosen += sorted(group, key=key) if len(group) <= wanting else heapq.nsmallest(wanting, group, key=key)
    return _Found(wanted, expanded, hits, standing, similar, hinted, in_room, chosen)


def _explain(past: History, i: int, found: _Found, names: dict[str, str]) -> Suggestion:
    name, org_id, org_name, org_kind = past.people[i]
    reasons = [Why(Reason.OFFERED_IN_CATEGORY, names.get(code, code), kind, count)
               for code in sorted(found.wanted) if (answer := past.by_category.get(code, {}).get(i))
               for count, kind in [answer]]
    if i in found.standing:
        reasons.append(Why(Reason.STANDING_OFFER, found.standing[i]))
    if i in found.similar:
        words_hit = {w for w, givers in found.hits.items() if i in givers}
        _words, text_of, kind_of = max(past.givers[i].texts,
                                       key=lambda t: len({w for w in words_hit if t[0] & found.expanded[w]}))
        reasons.append(Why(Reason.OFFERED_SIMILAR, _short(text_of), kind_of, len(words_hit)))
    if i in found.hinted and org_kind is not None:
        reasons.append(Why(Reason.STRUCTURE_KIND, org_kind.value))
    if i in found.room:
        reasons.append(Why(Reason.IN_THE_ROOM, ""))
    return Suggestion(past.ids[i], name, org_id, org_name, i in found.room, tuple(reasons))


def _in_the_room(session: Session, event_id: uuid.UUID) -> set[uuid.UUID]:
    """Who is at this atelier: registered to its event, or already heard at it."""
    room = set(session.scalars(select(Registration.person_id).where(Registration.event_id == event_id,
                                                                    Registration.status == Status.CONFIRMED)))
    room |= set(session.scalars(select(ExchangeNeed.person_id).where(ExchangeNeed.event_id == event_id)))
    room |= set(session.scalars(select(ExchangeOffer.giver_person_id).where(ExchangeOffer.event_id == event_id)))
    return room


def _people(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, tuple[str, uuid.UUID | None, str | None,
                                                                             OrganisationKind | None]]:
    out: dict[uuid.UUID, tuple[str, uuid.UUID | None, str | None, OrganisationKind | None]] = {}
    listed = list(ids)
    for start in range(0, len(listed), 900):
        for pid, first, last, org_id, org_name, kind in session.execute(
                select(Person.id, Person.first_name, Person.last_name, Person.organisation_id, Organisation.name,
                       Organisation.kind).outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Person.id.in_(listed[start:start + 900]))):
            out[pid] = (f"{first} {last}", org_id, org_name, kind)
    return out


def _structures_by_kind(session: Session, wanted: set[str], already: set[uuid.UUID | None],
                        limit: int = 3) -> list[Suggestion]:
    kinds = [kind for kind, hints in KIND_HINTS.items() if hints & wanted]
    if not kinds:
        return []
    rows = session.execute(select(Organisation.id, Organisation.name, Organisation.kind)
                           .where(Organisation.kind.in_(kinds)).order_by(Organisation.is_member.desc(),
                                                                         Organisation.name).limit(limit + 20)).all()
    return [Suggestion(None, name, org_id, name, False, (Why(Reason.STRUCTURE_KIND, kind.value),))
            for org_id, name, kind in rows if org_id not in already][:limit]
