"""The plan as a pure problem: accepted requests → (slot, table), solved by OR-Tools CP-SAT.

Tables are interchangeable for the solver (one boolean per request and slot: "these two meet in this slot"); a
slot holds at most as many meetings as it has free tables, and the tables are given out afterwards, each company
keeping its own table when it can. This keeps the model small (1,500 requests × 12 slots = 18,000 booleans) and
the bound tight.

Aims, in lexicographic-ish weights: the requests' weights (priority, mutual interest) first, each person's idle
gaps (a free slot between two meetings of one session) second. The solver runs with a fixed seed, a fixed number
of workers and a deterministic time limit, so the same input gives the same plan on every machine; a wall-clock
limit stays as a safety net.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.errors import RuleViolation

GAIN_SCALE = 10  # a request's weight counts this many idle gaps


class Unplaced(enum.StrEnum):
    NO_COMMON_SLOT = "no_common_slot"  # the two are never available at the same time
    PERSON_FULL = "person_full"  # one of them reached their maximum of meetings
    PARTNERS_BUSY = "partners_busy"  # at every common slot one of them already meets someone else
    NO_TABLE = "no_table"  # both free at some slot, but every table is taken then
    NOT_CHOSEN = "not_chosen"  # placeable, left out by the solver within its time limit


@dataclass(frozen=True, slots=True)
class Want:
    """An accepted request (or two mutual ones) to place."""

    key: Hashable
    first: Hashable
    second: Hashable
    weight: int


@dataclass(frozen=True, slots=True)
class Fixed:
    """A meeting kept where it is: pinned by an organiser, started, or in a slot already past."""

    key: Hashable
    first: Hashable
    second: Hashable
    slot: int
    table: Hashable


@dataclass(frozen=True)
class Problem:
    slots: int  # slots are 0 … slots-1 in time order
    tables: Sequence[Hashable]  # in the order they are given out
    wants: Sequence[Want]
    fixed: Sequence[Fixed] = ()
    available: Mapping[Hashable, frozenset[int]] = field(default_factory=dict)  # absent: every slot
    max_meetings: Mapping[Hashable, int] = field(default_factory=dict)  # absent: no maximum
    home_table: Mapping[Hashable, Hashable] = field(default_factory=dict)  # a company's own table
    # (s, s+1) with no break between them: an idle slot between two such neighbours is a gap.
    adjacent: frozenset[tuple[int, int]] = frozenset()


@dataclass(frozen=True, slots=True)
class Placement:
    key: Hashable
    slot: int
    table: Hashable


@dataclass(frozen=True)
class PlanResult:
    placed: tuple[Placement, ...]
    unplaced: tuple[tuple[Hashable, Unplaced], ...]
    objective: int  # GAIN_SCALE × placed weight − idle gaps
    bound: int  # the solver's proof: no plan does better than this
    optimal: bool
    placed_weight: int
    gaps: int

    @property
    def gap(self) -> float:
        """How far from the best possible, as a fraction of the bound (0.0: proven optimal)."""
        return 0.0 if self.bound <= 0 else max(0.0, (self.bound - self.objective) / self.bound)


@dataclass(frozen=True, slots=True)
class SolverSettings:
    seed: int = 2026
    workers: int = 1  # with a deterministic limit, a fixed number of workers gives the same plan every time
    deterministic_seconds: float = 5.0  # the solver's own work units: the same on every machine
    wall_seconds: float = 8.0  # safety net only (a loaded machine reaches it before the deterministic limit)
    gap_limit: float = 0.01  # stop once proven within 1 % of the best possible


DEFAULT_SETTINGS = SolverSettings()


def check_fixed(problem: Problem) -> None:
    """Pinned meetings that cannot all be kept: which constraint binds, in words an organiser can act on."""
    if not problem.tables and (problem.wants or problem.fixed):
        raise RuleViolation("meetings_no_tables", "the programme has no tables: add tables before planning")
    tables = set(problem.tables)
    at: dict[tuple[int, Hashable], Fixed] = {}
    busy: dict[tuple[int, Hashable], Fixed] = {}
    count: dict[Hashable, int] = defaultdict(int)
    for f in problem.fixed:
        if f.table not in tables:
            raise RuleViolation("meetings_pinned_unknown_table", "a pinned meeting is at a table not in the programme",
                                meeting=str(f.key))
        if (f.slot, f.table) in at:
            raise RuleViolation("meetings_pinned_table_clash", "two pinned meetings at the same table and slot",
                                meeting=str(f.key), other=str(at[f.slot, f.table].key))
        at[f.slot, f.table] = f
        for person in (f.first, f.second):
            if (f.slot, person) in busy:
                raise RuleViolation("meetings_pinned_person_clash", "a person has two pinned meetings in one slot",
                                    meeting=str(f.key), other=str(busy[f.slot, person].key), person=str(person))
            busy[f.slot, person] = f
            count[person] += 1
    for person, n in count.items():
        limit = problem.max_meetings.get(person)
        if limit is not None and n > limit:
            raise RuleViolation("meetings_pinned_over_max", "a person has more pinned meetings than their maximum",
                                person=str(person), pinned=n, maximum=limit)


def solve(problem: Problem, settings: SolverSettings | None = None) -> PlanResult:
    settings = settings or DEFAULT_SETTINGS
    from ortools.sat.python import cp_model  # here: the solver is loaded only when a plan is computed

    check_fixed(problem)
    all_slots = frozenset(range(problem.slots))
    fixed_busy = {(f.slot, p) for f in problem.fixed for p in (f.first, f.second)}
    fixed_tables: dict[int, int] = defaultdict(int)
    fixed_count: dict[Hashable, int] = defaultdict(int)
    for f in problem.fixed:
        fixed_tables[f.slot] += 1
        fixed_count[f.first] += 1
        fixed_count[f.second] += 1
    free_tables = {s: len(problem.tables) - fixed_tables[s] for s in all_slots}

    def available(person: Hashable) -> frozenset[int]:
        return problem.available.get(person, all_slots) & all_slots

    greedy = _greedy(problem, fixed_busy, fixed_count, free_tables, available)
    model = cp_model.CpModel()
    x: dict[tuple[int, int], Any] = {}
    by_person_slot: dict[tuple[Hashable, int], list[Any]] = defaultdict(list)
    by_person: dict[Hashable, list[Any]] = defaultdict(list)
    by_slot: dict[int, list[Any]] = defaultdict(list)
    gain = []
    for i, want in enumerate(problem.wants):
        common = available(want.first) & available(want.second)
        chosen = []
        for s in sorted(common):
            if (s, want.first) in fixed_busy or (s, want.second) in fixed_busy or free_tables[s] <= 0:
                continue
            var = model.new_bool_var(f"x{i}_{s}")
            x[i, s] = var
            chosen.append(var)
            by_slot[s].append(var)
            for person in (want.first, want.second):
                by_person_slot[person, s].append(var)
                by_person[person].append(var)
            gain.append(GAIN_SCALE * want.weight * var)
        if len(chosen) > 1:
            model.add_at_most_one(chosen)
    for vars_ in by_person_slot.values():
        if len(vars_) > 1:
            model.add_at_most_one(vars_)
    for s, vars_ in by_slot.items():
        if len(vars_) > free_tables[s]:
            model.add(sum(vars_) <= free_tables[s])
    for person, vars_ in by_person.items():
        limit = problem.max_meetings.get(person)
        if limit is not None and len(vars_) > limit - fixed_count[person]:
            model.add(sum(vars_) <= max(0, limit - fixed_count[person]))
    holes = _gap_terms(model, problem, by_person_slot, fixed_busy)
    model.maximize(sum(gain) - sum(h for h, _p, _s in holes))
    for (i, s), var in x.items():  # a greedy plan to start from: the solver improves it
        model.add_hint(var, greedy.get(i) == s)
    _hint_gaps(model, holes, greedy, problem)

    solver = cp_model.CpSolver()
    solver.parameters.random_seed = settings.seed
    solver.parameters.num_workers = settings.workers
    solver.parameters.interleave_search = settings.workers > 1  # several workers, one deterministic schedule
    solver.parameters.relative_gap_limit = settings.gap_limit  # close enough: stop
    solver.parameters.symmetry_level = 0  # tables are not variables: nothing symmetric worth the presolve time
    solver.parameters.cp_model_probing_level = 0
    solver.parameters.max_presolve_iterations = 1
    solver.parameters.max_deterministic_time = settings.deterministic_seconds
    solver.parameters.max_time_in_seconds = settings.wall_seconds
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):  # the model has no hard constraint a plan of nothing breaks
        raise RuleViolation("meetings_solver_failed", f"the solver found no plan ({solver.status_name(status)})")

    chosen_slot = {i: s for (i, s), var in x.items() if solver.boolean_value(var)}
    placed = _give_tables(problem, chosen_slot)
    unplaced = _reasons(problem, chosen_slot, fixed_busy, fixed_count, free_tables, available)
    weight = sum(problem.wants[i].weight for i in chosen_slot)
    gaps = sum(1 for h, _p, _s in holes if solver.boolean_value(h))
    return PlanResult(placed=placed, unplaced=unplaced, objective=round(solver.objective_value),
                      bound=round(solver.best_objective_bound),
                      optimal=round(solver.objective_value) >= round(solver.best_objective_bound),
                      placed_weight=weight, gaps=gaps)


def _greedy(problem: Problem, fixed_busy: set[tuple[int, Hashable]], fixed_count: Mapping[Hashable, int],
            free_tables: Mapping[int, int], available: Any) -> dict[int, int]:
    """Heaviest requests first, each in the first slot where both are free and a table is left."""
    busy = set(fixed_busy)
    count: dict[Hashable, int] = defaultdict(int, fixed_count)
    used: dict[int, int] = defaultdict(int)
    out: dict[int, int] = {}
    order = sorted(range(len(problem.wants)), key=lambda i: -problem.wants[i].weight)
    for i in order:
        want = problem.wants[i]
        if any(problem.max_meetings.get(p) is not None and count[p] >= problem.max_meetings[p]
               for p in (want.first, want.second)):
            continue
        for s in sorted(available(want.first) & available(want.second)):
            if (s, want.first) in busy or (s, want.second) in busy or used[s] >= free_tables[s]:
                continue
            out[i] = s
            busy.update({(s, want.first), (s, want.second)})
            count[want.first] += 1
            count[want.second] += 1
            used[s] += 1
            break
    return out


def _hint_gaps(model: Any, holes: list[tuple[Any, Hashable, int]], greedy: Mapping[int, int],
               problem: Problem) -> None:
    busy = {(s, p) for i, s in greedy.items() for p in (problem.wants[i].first, problem.wants[i].second)}
    busy |= {(f.slot, p) for f in problem.fixed for p in (f.first, f.second)}
    for var, person, s in holes:
        model.add_hint(var, (s - 1, person) in busy and (s + 1, person) in busy and (s, person) not in busy)


def _gap_terms(model: Any, problem: Problem, by_person_slot: Mapping[tuple[Hashable, int], list[Any]],
               fixed_busy: set[tuple[int, Hashable]]) -> list[tuple[Any, Hashable, int]]:
    """One boolean per person and slot that is idle between two busy neighbours of the same session."""
    holes = []
    people = {p for p, _s in by_person_slot}
    for person in sorted(people, key=str):
        def busy(s: int, person: Hashable = person) -> Any:
            if (s, person) in fixed_busy:
                return 1
            vars_ = by_person_slot.get((person, s), [])
            return sum(vars_) if vars_ else 0
        for s in range(1, problem.slots - 1):
            if (s - 1, s) not in problem.adjacent or (s, s + 1) not in problem.adjacent:
                continue
            before, here, after = busy(s - 1), busy(s), busy(s + 1)
            if isinstance(before, int) and before == 0 or isinstance(after, int) and after == 0:
                continue
            if isinstance(here, int) and here == 1:
                continue
            hole = model.new_bool_var(f"gap_{person}_{s}")
            model.add(hole >= before + after - here - 1)
            holes.append((hole, person, s))
    return holes


def _give_tables(problem: Problem, chosen_slot: Mapping[int, int]) -> tuple[Placement, ...]:
    """Tables for the chosen meetings: a company keeps its own table when free, the others take the first free."""
    taken: dict[int, set[Hashable]] = defaultdict(set)
    for f in problem.fixed:
        taken[f.slot].add(f.table)
    by_slot: dict[int, list[int]] = defaultdict(list)
    for i, s in sorted(chosen_slot.items()):
        by_slot[s].append(i)
    out: list[Placement] = []
    for s, wants in sorted(by_slot.items()):
        later = []
        for i in wants:
            want = problem.wants[i]
            home = problem.home_table.get(want.first, problem.home_table.get(want.second))
            if home is not None and home not in taken[s]:
                taken[s].add(home)
                out.append(Placement(want.key, s, home))
            else:
                later.append(i)
        free = iter([t for t in problem.tables if t not in taken[s]])
        for i in later:
            table = next(free)
            taken[s].add(table)
            out.append(Placement(problem.wants[i].key, s, table))
    return tuple(out)


def _reasons(problem: Problem, chosen_slot: Mapping[int, int], fixed_busy: set[tuple[int, Hashable]],
             fixed_count: Mapping[Hashable, int], free_tables: Mapping[int, int],
             available: Any) -> tuple[tuple[Hashable, Unplaced], ...]:
    busy = set(fixed_busy)
    count: dict[Hashable, int] = defaultdict(int, fixed_count)
    used: dict[int, int] = defaultdict(int)
    for i, s in chosen_slot.items():
        want = problem.wants[i]
        busy.update({(s, want.first), (s, want.second)})
        count[want.first] += 1
        count[want.second] += 1
        used[s] += 1
    out = []
    for i, want in enumerate(problem.wants):
        if i in chosen_slot:
            continue
        common = available(want.first) & available(want.second)
        full = any(problem.max_meetings.get(p) is not None and count[p] >= problem.max_meetings[p]
                   for p in (want.first, want.second))
        both_free = [s for s in common if (s, want.first) not in busy and (s, want.second) not in busy]
        if not common:
            reason = Unplaced.NO_COMMON_SLOT
        elif full:
            reason = Unplaced.PERSON_FULL
        elif not both_free:
            reason = Unplaced.PARTNERS_BUSY
        elif all(used[s] >= free_tables[s] for s in both_free):
            reason = Unplaced.NO_TABLE
        else:
            reason = Unplaced.NOT_CHOSEN
        out.append((want.key, reason))
    return tuple(out)
