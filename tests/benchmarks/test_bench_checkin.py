"""The check-in benchmark keeps working (tiny scale; the figures come from running the script)."""

from tests.benchmarks.bench_checkin import run


def test_bench_checkin_runs(capsys):
    run(scale=0.002)
    assert "scan -> verdict" in capsys.readouterr().out
