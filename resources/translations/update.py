"""Refresh the English catalogue from the French source strings, then compile it.

    python resources/translations/update.py

lupdate keeps existing translations and marks new strings unfinished; translate them in
envol_en.ts (Qt Linguist: `pyside6-linguist`), run this again, and commit both .ts and .qm.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    ts = HERE / "envol_en.ts"
    bin_dir = Path(sys.executable).parent
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-source-language", "fr_FR",
                    "-target-language", "en_GB", "-no-obsolete", "-ts", str(ts.relative_to(ROOT))],
                   cwd=ROOT, check=True)
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(HERE / "envol_en.qm")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
