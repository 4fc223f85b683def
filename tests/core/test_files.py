"""A saved document is whole or absent: a failed save keeps the earlier file and leaves no fragment behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.files import write_whole


def test_a_save_replaces_the_file_in_one_step(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    target = folder / "badges.pdf"
    target.write_bytes(b"earlier version")
    write_whole(target, b"%PDF-1.4 new")
    assert target.read_bytes() == b"%PDF-1.4 new"
    assert [p.name for p in folder.iterdir()] == ["badges.pdf"]


def test_a_failed_save_keeps_the_earlier_file_and_no_fragment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    target = folder / "emargement.pdf"
    target.write_bytes(b"earlier version")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        write_whole(target, b"%PDF-1.4 " + b"x" * 100_000)
    assert target.read_bytes() == b"earlier version"
    assert [p.name for p in folder.iterdir()] == ["emargement.pdf"]
