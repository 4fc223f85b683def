from tests.benchmarks import bench_desk_load


def test_desk_load_benchmark_runs_at_a_tiny_scale(capsys):
    bench_desk_load.run(scale=0.005)
    out = capsys.readouterr().out
    assert "scan → verdict shown" in out and "largest GUI-thread stall" in out and "floor" in out
