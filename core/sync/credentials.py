"""Hub passwords live outside the workspace file: in the system keyring when there is one, else in a file
readable only by the user (0600) in the user's configuration directory.

A workspace copied to a USB stick therefore never carries the hub's password.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_path
from sqlalchemy.engine import make_url

SERVICE = "envol-sync"


def _account(url: str) -> str:
    parsed = make_url(url)
    return f"{parsed.username or ''}@{parsed.host or ''}:{parsed.port or 5432}/{parsed.database or ''}"


def credentials_file() -> Path:
    return user_config_path("Envol", appauthor=False) / "hub-credentials.json"


def _keyring() -> object | None:
    if os.environ.get("ENVOL_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            return None
        return backend
    except Exception:  # noqa: BLE001 - no usable keyring is a normal situation on a kiosk
        return None


def where_stored() -> str:
    """'keyring' or the path of the 0600 file, for the Synchronisation page to say where the password is."""
    return "keyring" if _keyring() is not None else str(credentials_file())


def save_password(url: str, password: str) -> str:
    backend = _keyring()
    if backend is not None:
        try:
            backend.set_password(SERVICE, _account(url), password)  # type: ignore[attr-defined]
            return "keyring"
        except Exception:  # noqa: BLE001 - a locked keyring falls back to the private file
            pass
    path = credentials_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    stored = _read_file()
    stored[_account(url)] = password
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(stored, handle)
    os.chmod(path, 0o600)
    return str(path)


def load_password(url: str) -> str | None:
    backend = _keyring()
    if backend is not None:
        try:
            found = backend.get_password(SERVICE, _account(url))  # type: ignore[attr-defined]
            if found is not None:
                return str(found)
        except Exception:  # noqa: BLE001
            pass
    return _read_file().get(_account(url))


def _read_file() -> dict[str, str]:
    try:
        data = json.loads(credentials_file().read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data.items()}
    except (OSError, ValueError):
        return {}
