"""`python -m tests`: every check CI runs, in order — lint, types, layering, then the test suite.

Extra arguments go to pytest (e.g. `python -m tests -x tests/core`). With none, the suite runs at today's date,
then its date-sensitive part again at each instant of OTHER_DATES (the clock moved with `--clock`): the demo, the
desk, the documents and every rule that compares with "today" must hold on any day, not only on the day CI runs.
Each pass runs on every core (pytest-xdist), then the tests that print through the machine's queues, alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

CHECKS = [
    ("ruff", [str(BIN / "ruff"), "check", "core", "printing", "desktop", "tests"]),
    ("mypy (strict on core and printing)", [sys.executable, "-m", "mypy", "core", "printing"]),
    ("import-linter (core and printing never import Qt)", [str(BIN / "lint-imports")]),
]


# Instants that catch the classic traps: a day well after any date once written in the code, and a night of the
# daylight-saving change in Paris (01:30 UTC on 28 March 2027 is 03:30 CEST, just after the spring change).
OTHER_DATES = ["2027-01-02T10:00:00Z", "2027-03-28T01:30:00Z"]
# What depends on the date: the demo (anchored on today) and everything drawn from it, rules comparing with today.
# Run at today's date only: the sync protocol (its clocks are relative), and the tests that set their own clock or
# never read it (the demo built at fixed instants, the meetings solver, the import identity rules).
DATE_SENSITIVE = ["tests/core", "tests/printing", "tests/desktop",
                  *(f"--deselect=tests/core/{name}.py" for name in (
                      "test_sync_convergence", "test_demo", "test_meetings_solver", "test_import_identity"))]

# Tests run on every core of the machine (two on CI) with pytest-xdist: each has its own files, hub schema and clock.
# Those that print through the machine's print queues (marked `printers`) pause and empty them: they run after, alone.
WORKERS = ["-n", str(min(os.cpu_count() or 1, 4))]


def pytest(args: list[str], env: dict[str, str], only: str = "") -> bool:
    def run(*extra: str, marks: str) -> int:
        selection = " and ".join(filter(None, [only, marks]))
        return subprocess.run([sys.executable, "-m", "pytest", *args, *extra, "-m", selection], cwd=ROOT,
                              env=env).returncode

    together = run(*WORKERS, marks="not printers")
    alone = run(marks="printers")
    return together == 0 and alone in (0, 5)  # 5: nothing selected


def main(argv: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = []
    for name, command in CHECKS:
        print(f"\n=== {name}", flush=True)
        if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
            failed.append(name)
    print("\n=== pytest", flush=True)
    if argv:
        tests = subprocess.run([sys.executable, "-m", "pytest", *argv], cwd=ROOT, env=env).returncode
        return 1 if failed else tests
    if not pytest([], env):
        failed.append("pytest")
    for instant in OTHER_DATES:
        print(f"\n=== pytest, date-sensitive part, as if it were {instant}", flush=True)
        if not pytest(["-q", f"--clock={instant}", *DATE_SENSITIVE], env, only="not postgres"):
            failed.append(f"pytest at {instant}")
    if failed:
        print(f"\nFailed checks: {', '.join(failed)}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
