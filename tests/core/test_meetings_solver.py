"""The plan as a pure problem: random programmes never double-book anyone or any table, keep availability,
maximums and pinned meetings; on tiny cases the solver's objective equals a brute-force optimum."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import RuleViolation
from core.meetings.solver import GAIN_SCALE, Fixed, Problem, SolverSettings, Unplaced, Want, solve

FAST = SolverSettings(deterministic_seconds=2.0, wall_seconds=5.0, gap_limit=0.0)


@st.composite
def problems(draw: st.DrawFn) -> Problem:
    n_slots = draw(st.integers(1, 5))
    tables = [f"T{i}" for i in range(draw(st.integers(1, 4)))]
    people = [f"p{i}" for i in range(draw(st.integers(2, 8)))]
    pairs = draw(st.lists(st.tuples(st.sampled_from(people), st.sampled_from(people)).filter(lambda p: p[0] != p[1])
                          .map(lambda p: tuple(sorted(p))), unique=True, max_size=14))
    wants = [Want(f"w{i}", a, b, draw(st.integers(1, 5))) for i, (a, b) in enumerate(pairs)]
    available = {p: frozenset(draw(st.sets(st.integers(0, n_slots - 1)))) for p in people
                 if draw(st.booleans())}
    maximum = {p: draw(st.integers(0, 3)) for p in people if draw(st.booleans())}
    fixed, busy, used, count = [], set(), set(), Counter()
    for i, (a, b) in enumerate(draw(st.lists(st.tuples(st.sampled_from(people), st.sampled_from(people)),
                                             max_size=3))):
        s, t = draw(st.integers(0, n_slots - 1)), draw(st.sampled_from(tables))
        if a == b or (s, a) in busy or (s, b) in busy or (s, t) in used:
            continue
        if any(p in maximum and count[p] >= maximum[p] for p in (a, b)):
            continue
        fixed.append(Fixed(f"f{i}", a, b, s, t))
        busy |= {(s, a), (s, b)}
        used.add((s, t))
        count.update((a, b))
    adjacent = frozenset((s, s + 1) for s in range(n_slots - 1))
    return Problem(n_slots, tables, wants, fixed, available, maximum, {}, adjacent)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_a_plan_never_double_books_and_keeps_every_rule(problem: Problem) -> None:
    result = solve(problem, FAST)
    want = {w.key: w for w in problem.wants}
    person_slot, table_slot, count = set(), set(), Counter()
    for f in problem.fixed:
        person_slot |= {(f.slot, f.first), (f.slot, f.second)}
        table_slot.add((f.slot, f.table))
        count.update((f.first, f.second))
    for p in result.placed:
        w = want[p.key]
        for person in (w.first, w.second):
            assert (p.slot, person) not in person_slot, "a person in two places"
            person_slot.add((p.slot, person))
            assert p.slot in problem.available.get(person, range(problem.slots)), "placed when unavailable"
        assert (p.slot, p.table) not in table_slot, "two meetings at one table"
        assert p.table in problem.tables
        table_slot.add((p.slot, p.table))
        count.update((w.first, w.second))
    for person, n in count.items():
        assert n <= problem.max_meetings.get(person, n)
    assert {k for k, _r in result.unplaced} | {p.key for p in result.placed} == set(want)
    assert result.objective <= result.bound


def _brute_force(problem: Problem) -> int:
    """Best GAIN_SCALE × weight − gaps over every assignment of wants to slots (or none)."""
    best = 0
    choices = [[None, *range(problem.slots)] for _ in problem.wants]
    for combo in itertools.product(*choices):
        busy, per_slot, count, ok = set(), Counter(), Counter(), True
        for w, s in zip(problem.wants, combo, strict=True):
            if s is None:
                continue
            for p in (w.first, w.second):
                if (s, p) in busy or s not in problem.available.get(p, range(problem.slots)):
                    ok = False
                busy.add((s, p))
                count[p] += 1
            per_slot[s] += 1
        if not ok or any(n > len(problem.tables) for n in per_slot.values()):
            continue
        if any(count[p] > m for p, m in problem.max_meetings.items()):
            continue
        gaps = sum(1 for p in {x for w in problem.wants for x in (w.first, w.second)}
                   for s in range(1, problem.slots - 1)
                   if (s - 1, p) in busy and (s + 1, p) in busy and (s, p) not in busy
                   and (s - 1, s) in problem.adjacent and (s, s + 1) in problem.adjacent)
        value = GAIN_SCALE * sum(w.weight for w, s in zip(problem.wants, combo, strict=True) if s is not None) - gaps
        best = max(best, value)
    return best


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_the_objective_equals_the_brute_force_optimum_on_tiny_cases(data: st.DataObject) -> None:
    n_slots = data.draw(st.integers(1, 3))
    people = ["a", "b", "c", "d"]
    pairs = data.draw(st.lists(st.sampled_from(list(itertools.combinations(people, 2))), unique=True,
                               min_size=1, max_size=5))
    wants = [Want(i, a, b, data.draw(st.integers(1, 4))) for i, (a, b) in enumerate(pairs)]
    problem = Problem(n_slots, ["T1", "T2"][:data.draw(st.integers(1, 2))], wants,
                      available={p: frozenset(data.draw(st.sets(st.integers(0, n_slots - 1), min_size=1)))
                                 for p in people if data.draw(st.booleans())},
                      max_meetings={"a": data.draw(st.integers(0, 3))},
                      adjacent=frozenset((s, s + 1) for s in range(n_slots - 1)))
    result = solve(problem, FAST)
    assert result.optimal
    assert result.objective == _brute_force(problem)


def test_unplaced_requests_say_why() -> None:
    problem = Problem(2, ["T1"], [
        Want("never", "a", "b", 3),  # a only at 0, b only at 1
        Want("full", "c", "d", 1),  # d has a maximum of 0
        Want("first", "e", "f", 3), Want("second", "g", "h", 3), Want("third", "e", "g", 1),
    ], available={"a": frozenset({0}), "b": frozenset({1})}, max_meetings={"d": 0})
    result = solve(problem, FAST)
    reasons = dict(result.unplaced)
    assert reasons["never"] == Unplaced.NO_COMMON_SLOT
    assert reasons["full"] == Unplaced.PERSON_FULL
    assert reasons["third"] in (Unplaced.PARTNERS_BUSY, Unplaced.NO_TABLE)
    assert {p.key for p in result.placed} == {"first", "second"}


def test_pinned_meetings_are_kept_and_companies_keep_their_table() -> None:
    problem = Problem(3, ["T1", "T2"], [Want("x", "s1", "c1", 2), Want("y", "s2", "c1", 2)],
                      fixed=[Fixed("pin", "s3", "c2", 0, "T1")], home_table={"c1": "T2", "c2": "T1"})
    result = solve(problem, FAST)
    assert all(p.table == "T2" for p in result.placed)
    assert 0 not in {p.slot for p in result.placed if p.table == "T1"}


@pytest.mark.parametrize(("fixed", "code"), [
    ([Fixed("a", "p", "q", 0, "T1"), Fixed("b", "r", "s", 0, "T1")], "meetings_pinned_table_clash"),
    ([Fixed("a", "p", "q", 0, "T1"), Fixed("b", "p", "s", 0, "T2")], "meetings_pinned_person_clash"),
    ([Fixed("a", "p", "q", 0, "T9")], "meetings_pinned_unknown_table"),
])
def test_pinned_meetings_that_cannot_all_be_kept_say_which_rule_binds(fixed: list[Fixed], code: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        solve(Problem(2, ["T1", "T2"], [], fixed))
    assert caught.value.code == code


def test_a_plan_asked_with_no_tables_is_refused_clearly() -> None:
    with pytest.raises(RuleViolation) as caught:
        solve(Problem(2, [], [Want("x", "a", "b", 1)]))
    assert caught.value.code == "meetings_no_tables"


def test_the_same_problem_gives_the_same_plan() -> None:
    wants = [Want(i, f"s{i % 7}", f"c{i % 5}", 1 + i % 3) for i in range(30)]
    problem = Problem(4, ["T1", "T2", "T3"], wants)
    assert solve(problem).placed == solve(problem).placed
