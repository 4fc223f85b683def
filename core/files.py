"""Saving a document the user asked for: whole or not at all.

A PDF or workbook is written beside its destination and moved over it in one step, so that whoever opens it (a
viewer, a print spooler, a test waiting for the file to appear) and a crash or a full disk in the middle never meet
half a file, and an earlier version is not lost to a failed save.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_whole(path: str | os.PathLike[str], data: bytes) -> Path:
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
