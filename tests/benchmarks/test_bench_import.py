"""The import benchmark keeps working (tiny scale; not timed here)."""

from tests.benchmarks.bench_import import run


def test_bench_import_runs(capsys):
    run(scale=0.002)
    out = capsys.readouterr().out
    assert "import 20 rows" in out and "peak RSS" in out
