"""`python -m tests`: every check CI runs, in order — lint, types, layering, then the test suite.

Extra arguments go to pytest (e.g. `python -m tests -x tests/core`).
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


def main(argv: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = []
    for name, command in CHECKS:
        print(f"\n=== {name}", flush=True)
        if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
            failed.append(name)
    print("\n=== pytest", flush=True)
    tests = subprocess.run([sys.executable, "-m", "pytest", *argv], cwd=ROOT, env=env).returncode
    if failed:
        print(f"\nFailed checks: {', '.join(failed)}", flush=True)
        return 1
    return tests


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
