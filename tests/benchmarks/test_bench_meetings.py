"""The meetings benchmark keeps working (tiny scale; the figures themselves come from running the script)."""

from tests.benchmarks.bench_meetings import run


def test_bench_meetings_runs(capsys) -> None:  # type: ignore[no-untyped-def]
    run(scale=0.05)
    out = capsys.readouterr().out
    assert "re-plan a slot" in out and "schedules A4 with QR" in out
