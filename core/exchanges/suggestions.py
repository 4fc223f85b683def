"""Who could answer a need: people in the room and the network's history, each with the reasons why.

No score: a suggestion is the list of its reasons (stable codes with their words), and suggestions are ranked by
those reasons, strongest kind first — what was offered before in the need's categories, standing offers, words
of earlier offers matching the need's (accents and one typo forgiven, as the desk's name search), the kind of
the structure — then presence in the room. The GUI turns each reason into a sentence.

The history (every offer ever made) is read once into an in-memory index, rebuilt when offers change.
"""

from __future__ import annotations

import enum
import heapq
import threading
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
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


@dataclass
class History:
    givers: dict[uuid.UUID, _Giver]
    people: dict[uuid.UUID, PersonInfo]
    by_category: dict[str, dict[uuid.UUID, tuple[int, OfferKind]]]  # code -> giver -> (answers, usual kind)
    standing_by_category: dict[str, set[uuid.UUID]]
    by_word: dict[str, set[uuid.UUID]]  # givers whose offers (answers or standing) hold the word
    spelling: SpellingIndex


def build_history(session: Session) -> History:
    givers: dict[uuid.UUID, _Giver] = {}
    people: dict[uuid.UUID, PersonInfo] = {}
    by_category: dict[str, set[uuid.UUID]] = defaultdict(set)
    standing_by_category: dict[str, set[uuid.UUID]] = defaultdict(set)
    by_word: dict[str, set[uuid.UUID]] = defaultdict(set)
    rows = session.execute(
        select(ExchangeOffer.giver_person_id, Person.first_name, Person.last_name, Person.organisation_id,
               Organisation.name, Organisation.kind, ExchangeOffer.need_id, ExchangeOffer.kind, ExchangeOffer.text,
               ExchangeOffer.categories)
        .join(Person, Person.id == ExchangeOffer.giver_person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)).all()
    for person_id, first, last, org_id, org_name, org_kind, need_id, kind, text, codes in rows:
        giver = givers.get(person_id)
        if giver is None:
            giver = givers[person_id] = _Giver()
            people[person_id] = (f"{first} {last}", org_id, org_name, org_kind)
        found = frozenset(stems(text))
        if need_id is None:
            giver.standing.append((frozenset(parse_codes(codes)), found, text))
            for code in parse_codes(codes):
                standing_by_category[code].add(person_id)
        else:
            for code in parse_codes(codes):
                giver.categories[code, kind] += 1
                by_category[code].add(person_id)
        giver.texts.append((found, text, kind))
        for word in found:
            by_word[word].add(person_id)
    per_category: dict[str, dict[uuid.UUID, tuple[int, OfferKind]]] = {}
    for code, ids in by_category.items():
        per_category[code] = {}
        for person_id in ids:
            counts = [(count, kind) for (c, kind), count in givers[person_id].categories.items() if c == code]
            per_category[code][person_id] = (sum(n for n, _kind in counts), max(counts, key=lambda ck: ck[0])[1])
    return History(givers, people, per_category, dict(standing_by_category), dict(by_word), SpellingIndex(by_word))


_cache_lock = threading.Lock()
_cache: dict[str, tuple[tuple[object, ...], History]] = {}


def history(session: Session) -> History:
    """The history index of this workspace, rebuilt when an offer was added, edited or removed since."""
    stamp = tuple(session.execute(select(func.count(ExchangeOffer.id), func.max(ExchangeOffer.updated_at))).one())
    database = str(session.get_bind().engine.url.database)
    with _cache_lock:
        cached = _cache.get(database)
        if cached is not None and cached[0] == stamp:
            return cached[1]
    built = build_history(session)
    with _cache_lock:
        _cache[database] = (stamp, built)
    return built


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


@dataclass
class _Candidate:
    categories: dict[str, tuple[int, OfferKind]] = field(default_factory=dict)  # code -> (offers, usual kind)
    standing: str | None = None
    similar: set[str] = field(default_factory=set)  # the need's words found in their offers


def suggest(session: Session, need_id: uuid.UUID, limit: int = 8) -> tuple[Suggestion, ...]:
    need = session.get(ExchangeNeed, need_id)
    if need is None:
        return ()
    past = history(session)
    names = labels(session)
    wanted = set(parse_codes(need.categories))
    need_words = stems(f"{need.title} {need.details or ''}")
    # A typo forgiven on longer words only: "local" and "locale", "dons" and "done" are different words.
    expanded = {w: {w, *(past.spelling.neighbours(w) if len(w) >= TYPO_FROM else ())} for w in need_words}
    room = _in_the_room(session, need.event_id)
    candidates: dict[uuid.UUID, _Candidate] = defaultdict(_Candidate)

    for code in wanted:
        for person_id, answered in past.by_category.get(code, {}).items():
            candidates[person_id].categories[code] = answered
    word_hits: dict[uuid.UUID, set[str]] = defaultdict(set)
    for word, alternatives in expanded.items():
        for alt in alternatives:
            for person_id in past.by_word.get(alt, ()):
                word_hits[person_id].add(word)
    standing_people = {p for code in wanted for p in past.standing_by_category.get(code, ())}
    for person_id in standing_people | set(word_hits):
        for codes, found_words, text in past.givers[person_id].standing:
            if codes & wanted or any(found_words & alts for alts in expanded.values()):
                candidates[person_id].standing = _short(text)
                break
    for person_id, hits in word_hits.items():
        if candidates[person_id].standing is None:
            candidates[person_id].similar = hits
    people = dict(past.people)
    missing = [p for p in room if p not in people]
    people.update(_people(session, set(missing)))
    for person_id in room:
        candidates.setdefault(person_id, _Candidate())

    def ranked(person_id: uuid.UUID) -> tuple[object, ...]:
        c = candidates[person_id]
        info = people.get(person_id)
        kind_hint = bool(info and info[3] and KIND_HINTS.get(info[3], frozenset()) & wanted)
        strengths = [0] * bool(c.categories) + [1] * bool(c.standing) + [2] * bool(c.similar) + [3] * kind_hint
        count = sum(n for n, _kind in c.categories.values())
        return (min(strengths, default=9), -len(strengths), person_id not in room, -count,
                info[0].casefold() if info else "")

    def eligible(person_id: uuid.UUID) -> bool:
        info = people.get(person_id)
        return person_id != need.person_id and info is not None and (
            info[1] is None or info[1] != need.organisation_id)

    # Ranked by the strongest reason first: once the people with reasons of the strongest kinds are enough to
    # fill the list, nobody weaker can enter it, and the rest are never ranked (thousands, on a large history).
    tiers = [[p for p, c in candidates.items() if c.categories], [p for p, c in candidates.items() if c.standing],
             [p for p, c in candidates.items() if c.similar], list(room)]
    keep: set[uuid.UUID] = set()
    for tier in tiers:
        keep.update(p for p in tier if eligible(p))
        if len(keep) >= limit:
            break
    out: list[Suggestion] = []
    for person_id in heapq.nsmallest(limit, keep, key=ranked):
        if ranked(person_id)[0] == 9:
            continue  # in the room, but nothing says they could help
        out.append(_explain(person_id, candidates[person_id], people[person_id], person_id in room, past, names,
                            expanded, wanted))
    out += _structures_by_kind(session, wanted, {s.organisation_id for s in out} | {need.organisation_id})
    out.sort(key=Suggestion.rank_key)
    return tuple(out[:limit])


def _explain(person_id: uuid.UUID, c: _Candidate, info: PersonInfo, in_room: bool, past: History,
             names: dict[str, str], expanded: dict[str, set[str]], wanted: set[str]) -> Suggestion:
    name, org_id, org_name, org_kind = info
    reasons = [Why(Reason.OFFERED_IN_CATEGORY, names.get(code, code), kind, count)
               for code, (count, kind) in sorted(c.categories.items())]
    if c.standing:
        reasons.append(Why(Reason.STANDING_OFFER, c.standing))
    if c.similar:
        texts = past.givers[person_id].texts
        _words, text_of, kind_of = max(texts, key=lambda t: len({w for w in c.similar if t[0] & expanded[w]}))
        reasons.append(Why(Reason.OFFERED_SIMILAR, _short(text_of), kind_of, len(c.similar)))
    if org_kind is not None and KIND_HINTS.get(org_kind, frozenset()) & wanted:
        reasons.append(Why(Reason.STRUCTURE_KIND, org_kind.value))
    if in_room:
        reasons.append(Why(Reason.IN_THE_ROOM, ""))
    return Suggestion(person_id, name, org_id, org_name, in_room, tuple(reasons))


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
