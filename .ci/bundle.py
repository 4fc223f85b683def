"""Build Envol's bundle for laptops without Python (PyInstaller, one folder), then try the frozen program.

    .venv/bin/pip install -e ".[bundle]" && .venv/bin/python .ci/bundle.py          # build dist/envol/
    .venv/bin/python .ci/bundle.py --check        # build, then run the frozen envol as a user would

The check runs the frozen executable with no Python on PATH and a clean environment: --version (the package's
version), demo FILE, info FILE, print badges to a PDF whose QR codes decode (zxing-cpp), the meetings' plan
(OR-Tools), and the window on the demo offscreen for a few seconds without error. It prints the folder's size, what takes the most, and start times.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "resources" / "bundle" / "envol.spec"
DIST = ROOT / "dist"
BUILD = ROOT / "build" / "bundle"


def build() -> Path:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(BUILD), str(SPEC)], cwd=ROOT, check=True)
    folder = DIST / "envol"
    print(f"built {folder} in {time.perf_counter() - started:.0f} s")
    return folder


def size_report(folder: Path) -> int:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]  # a symlinked library once
    total = sum(p.stat().st_size for p in files)
    biggest = sorted(((p.stat().st_size, p.relative_to(folder)) for p in files), reverse=True)[:8]
    print(f"bundle size: {total / 1e6:.0f} MB (target < 400 MB); largest files:")
    for size, path in biggest:
        print(f"  {size / 1e6:6.1f} MB  {path}")
    return total


def clean_env(home: Path) -> dict[str, str]:
    """No Python anywhere the program could find one: an empty PATH of our own, a fresh home, no PYTHON* variable."""
    empty_bin = home / "bin"
    empty_bin.mkdir(parents=True, exist_ok=True)
    return {"PATH": str(empty_bin), "HOME": str(home), "ENVOL_DATA_DIR": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
            **({"ENVOL_CLOCK": os.environ["ENVOL_CLOCK"]} if "ENVOL_CLOCK" in os.environ else {})}


def run(exe: Path, env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise SystemExit(f"frozen `envol {' '.join(args)}` failed ({result.returncode}):\n{result.stderr}")
    return result


def check(folder: Path) -> None:
    exe = folder / ("envol.exe" if sys.platform == "win32" else "envol")
    from core import __version__

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = clean_env(home)
        started = time.perf_counter()
        version = run(exe, env, "--version").stdout.strip()
        print(f"--version: {version!r} in {time.perf_counter() - started:.2f} s")
        assert version == f"envol {__version__}", (version, __version__)
        demo = home / "demo.envol"
        run(exe, env, "demo", str(demo))
        print(run(exe, env, "info", str(demo)).stdout.strip().splitlines()[0])
        badges = home / "badges.pdf"
        run(exe, env, "print", "badges", str(demo), "--event", "rencontres", "-o", str(badges))
        decoded = decode_qr_codes(badges)
        print(f"badges: {badges.stat().st_size // 1024} KB, {decoded} QR codes decoded")
        assert decoded > 0
        # The meetings' plan: OR-Tools' solver libraries with the numpy and pandas it imports, frozen.
        print(run(exe, env, "rendez-vous", "plan", str(demo)).stdout.strip().splitlines()[0])
        window(exe, env, demo)
        nothing_written_beside(folder)


def decode_qr_codes(pdf: Path) -> int:
    import pypdfium2
    import zxingcpp

    count = 0
    document = pypdfium2.PdfDocument(str(pdf))
    for page in document:
        image = page.render(scale=150 / 72).to_pil()
        count += len([r for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode])
    return count


def start_times(exe: Path, env: dict[str, str], workspace: Path, label: str) -> None:
    """Process start to the first window painted on the demo, offscreen: three starts, the best first."""
    starts = []
    for _ in range(3):
        started = time.time()  # wall clock: compared with the instant the child prints
        probe = run(exe, {**env, "ENVOL_STARTUP_PROBE": "quit"}, str(workspace), timeout=120).stdout
        painted = float(next(line.split()[1] for line in probe.splitlines() if line.startswith("envol-painted")))
        starts.append(painted - started)
    print(f"start to window painted ({label}): best {min(starts):.2f} s of {', '.join(f'{s:.2f}' for s in starts)}")


def window(exe: Path, env: dict[str, str], workspace: Path) -> None:
    """The window on the demo for a few seconds, with nothing on stderr but Qt's notices; start times beside the
    source install's."""
    start_times(exe, env, workspace, "frozen")
    source = Path(sys.executable).parent / "envol"
    if source.exists():
        start_times(source, {**env, "PATH": os.environ.get("PATH", "")}, workspace, "source install, same demo")
    started = time.perf_counter()
    process = subprocess.Popen([str(exe), str(workspace)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        process.wait(timeout=8)
        raise SystemExit(f"the frozen window stopped by itself ({process.returncode}):\n{process.stderr.read()}")
    except subprocess.TimeoutExpired:
        process.terminate()
        _out, err = process.communicate(timeout=20)
    problems = [line for line in err.splitlines() if "Traceback" in line or "Error" in line]
    if problems:
        raise SystemExit("the frozen window wrote errors:\n" + err)
    print(f"window: ran {time.perf_counter() - started:.0f} s on the demo without error")


def nothing_written_beside(folder: Path) -> None:
    stray = [p for p in folder.iterdir() if p.suffix in (".envol", ".log", ".ini", ".pdf")]
    assert not stray, f"the bundle wrote next to itself: {stray}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="after building, run the frozen program")
    args = parser.parse_args()
    if shutil.which("pyinstaller") is None and not (Path(sys.executable).parent / "pyinstaller").exists():
        print('PyInstaller is missing: pip install -e ".[bundle]"', file=sys.stderr)
        return 2
    folder = build()
    size_report(folder)
    if args.check:
        check(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
