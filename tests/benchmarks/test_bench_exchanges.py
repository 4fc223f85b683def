from tests.benchmarks import bench_exchanges


def test_exchanges_benchmark_runs_at_a_tiny_scale(capsys, qapp):
    bench_exchanges.run(scale=0.02)
    out = capsys.readouterr().out
    assert "shown on the wall" in out and "floor" in out and "network laid out" in out
