"""The registrations benchmark keeps working (tiny scale; not timed here)."""

from tests.benchmarks.bench_registrations import run


def test_bench_registrations_runs(capsys):
    run(scale=0.005)
    assert "import" in capsys.readouterr().out
