"""The printing benchmark keeps working (tiny scale; the figures themselves come from running the script)."""

from tests.benchmarks.bench_printing import run


def test_bench_printing_runs(capsys) -> None:  # type: ignore[no-untyped-def]
    run(scale=0.01)
    assert "badges with QR" in capsys.readouterr().out
