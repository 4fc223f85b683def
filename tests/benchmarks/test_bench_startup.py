from tests.benchmarks import bench_startup


def test_startup_benchmark_runs_at_a_tiny_scale(capsys):
    bench_startup.run(scale=0.01)
    out = capsys.readouterr().out
    assert "home page painted" in out and "participants painted" in out and "floor" in out
