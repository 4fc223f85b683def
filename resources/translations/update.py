"""Refresh the catalogues from the French source strings, then compile them.

    python resources/translations/update.py

envol_en.ts holds the English interface. envol_fr.ts holds only the texts with plural forms (%n): French is the
source language, but a source text can carry only one form (« %n personne(s) »), so Qt takes the singular and the
plural from there (`lupdate -pluralonly`, as Qt's documentation advises).

lupdate keeps existing translations and marks new strings unfinished; translate them in the .ts files
(Qt Linguist: `pyside6-linguist`), run this again, and commit the .ts and .qm files.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CATALOGUES = {"en": ("en_GB", []), "fr": ("fr_FR", ["-pluralonly"])}


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    bin_dir = Path(sys.executable).parent
    for language, (target, options) in CATALOGUES.items():
        ts = HERE / f"envol_{language}.ts"
        subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-source-language", "fr_FR",
                        "-target-language", target, *options, "-no-obsolete", "-ts", str(ts.relative_to(ROOT))],
                       cwd=ROOT, check=True)
        subprocess.run([str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(HERE / f"envol_{language}.qm")],
                       check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
