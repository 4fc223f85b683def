"""Blocking by rare trigrams finds every pair that comparing all pairs would find (and the duplicates service
still names them), on names made to be alike: typos, insertions, deletions."""

from __future__ import annotations

import random
from difflib import SequenceMatcher
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.services.similar_names import SIMILAR, candidate_pairs


def _variants(seed: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = "abcdeilmnorst "
    bases = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 45))) for _ in range(6)]
    keys = []
    for _ in range(24):
        chars = list(rng.choice(bases))
        for _ in range(rng.randint(0, 4)):
            at = rng.randint(0, len(chars))
            move = rng.random()
            if move < 0.4:
                chars.insert(at, rng.choice(alphabet))
            elif chars:
                at = min(at, len(chars) - 1)
                if move < 0.7:
                    chars.pop(at)
                else:
                    chars[at] = rng.choice(alphabet)
        keys.append("".join(chars))
    return keys


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_every_similar_pair_is_a_candidate(seed: int) -> None:
    keys = _variants(seed)
    candidates = candidate_pairs(keys)
    for i, j in combinations(range(len(keys)), 2):
        if keys[i] == keys[j] or SequenceMatcher(None, keys[i], keys[j]).ratio() >= SIMILAR:
            assert (i, j) in candidates, (keys[i], keys[j])


def test_same_siret_and_same_key_are_candidates_and_unrelated_names_are_not() -> None:
    keys = ["jardins partages de sevran", "jardins partages de sevran", "regie de quartier drancy",
            "cooperative ecole du bourget", "zz"]
    sirets = [None, None, "73282932000074", "73282932000074", None]
    assert candidate_pairs(keys, sirets) == {(0, 1), (2, 3)}
