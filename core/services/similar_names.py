"""Which pairs of names can be alike enough to compare: blocking by rare trigrams instead of every pair.

Comparing 2,000 structure names two by two is 1,999,000 SequenceMatcher calls (36 s). Two names whose ratio
(2·M / (la + lb), M the characters of their matching blocks) reaches SIMILAR share many trigrams: each matching block
of length L holds L - 2 trigrams of both names, and the blocks are separated by unmatched characters, so

    shared trigrams ≥ M - 2·(blocks) ≥ 5·M - 2·(la + lb) - 2 ≥ (2.5·SIMILAR - 2)·(la + lb) - 2.

With every name's trigrams ordered rarest first, two names that share at least t of them share one among the
first |trigrams| - t + 1 of each (the prefix filter): only names sharing a prefix trigram are candidates. Names too
short for the bound to say anything are compared with every name of a compatible length. The candidates are a
superset of the similar pairs: the caller still decides each one, so the answer is the one all pairs would give.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

SIMILAR = 0.88


def _grams(key: str) -> list[tuple[str, int]]:
    """The key's trigrams, each occurrence tagged (a multiset as a set)."""
    seen: Counter[str] = Counter()
    out = []
    for start in range(len(key) - 2):
        gram = key[start:start + 3]
        out.append((gram, seen[gram]))
        seen[gram] += 1
    return out


def _min_shared(length: int, similar: float) -> int:
    """Trigrams a name of this length shares at least with any name it is `similar` to (≤ 0: no bound)."""
    shortest_other = similar * length / (2 - similar)  # the length filter: 2·min / (la + lb) ≥ similar
    return math.ceil((2.5 * similar - 2) * (length + shortest_other) - 2 - 1e-9)


def _length_compatible(la: int, lb: int, similar: float) -> bool:
    return la + lb == 0 or 2 * min(la, lb) / (la + lb) >= similar - 1e-9


def candidate_pairs(keys: Sequence[str], sirets: Sequence[str | None] = (),
                    similar: float = SIMILAR) -> set[tuple[int, int]]:
    """Index pairs (i < j) that may be duplicates: same key, same SIRET, or possibly `similar` names."""
    pairs: set[tuple[int, int]] = set()
    for group in _groups(keys, empty_too=True).values():
        pairs.update((a, b) for n, a in enumerate(group) for b in group[n + 1:])
    for group in _groups(sirets, empty_too=False).values():
        pairs.update((a, b) for n, a in enumerate(group) for b in group[n + 1:])
    grams = [_grams(key) for key in keys]
    frequency: Counter[str] = Counter(gram for each in grams for gram, _n in each)
    index: dict[tuple[str, int], list[int]] = defaultdict(list)
    short: list[int] = []
    for i, each in enumerate(grams):
        need = _min_shared(len(keys[i]), similar)
        if need <= 0:
            short.append(i)
            continue
        ordered = sorted(each, key=lambda g: (frequency[g[0]], g))
        met: set[int] = set()
        for gram in ordered[:len(ordered) - need + 1]:
            met.update(index[gram])
            index[gram].append(i)
        mine = set(each)
        for j in met:  # the count filter: as many shared trigrams as this pair's lengths demand
            la, lb = len(keys[i]), len(keys[j])
            if _length_compatible(la, lb, similar) and \
                    len(mine.intersection(grams[j])) >= (2.5 * similar - 2) * (la + lb) - 2 - 1e-9:
                pairs.add((j, i))
    for i in short:  # no bound: every name of a compatible length
        for j in range(len(keys)):
            if j != i and _length_compatible(len(keys[i]), len(keys[j]), similar):
                pairs.add((min(i, j), max(i, j)))
    return pairs


def _groups(values: Sequence[str | None], *, empty_too: bool) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, value in enumerate(values):
        if value is not None and (value or empty_too):
            groups[value].append(i)
    return {k: g for k, g in groups.items() if len(g) > 1}
