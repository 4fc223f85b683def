from tests.benchmarks import bench_agenda


def test_agenda_benchmark_runs_at_a_tiny_scale(capsys, qapp):
    bench_agenda.run(scale=0.02)
    out = capsys.readouterr().out
    assert "timetable grid painted" in out and "floor" in out
