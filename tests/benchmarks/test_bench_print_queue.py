"""The CUPS printing benchmark keeps working (tiny scale; it says so and stops where CUPS is not set up)."""

from tests.benchmarks.bench_print_queue import run


def test_bench_print_queue_runs(capsys) -> None:  # type: ignore[no-untyped-def]
    run(scale=0.04)
    out = capsys.readouterr().out
    assert "badges A4 8-up" in out or "skipped" in out
