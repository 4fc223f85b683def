"""The sync benchmark keeps working (tiny scale; the figures come from running it as a script)."""

import pytest

from tests.benchmarks.bench_sync import run


@pytest.mark.postgres
def test_bench_sync_runs(postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(scale=0.001)
    assert "sync with nothing to do" in capsys.readouterr().out
