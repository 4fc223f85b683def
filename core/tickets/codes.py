"""Short ticket codes a person reads out or types: "K7P-4QX".

The alphabet leaves out 0/O, 1/I/L so that nothing is misread over the noise of a queue.
31^6 = 887 million codes: collisions are rare and the service retries on one.
"""

from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
_CONFUSABLE = str.maketrans({"0": "O", "1": "I"})  # never issued, but people type them; see normalise_code


def new_code() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return f"{chars[:3]}-{chars[3:]}"


def normalise_code(text: str) -> str | None:
    """The stored form "K7P-4QX" of what someone typed ("k7p4qx", "K7P 4QX"), or None if it cannot be one."""
    chars = "".join(c for c in text.upper() if c.isalnum())
    if len(chars) != CODE_LENGTH or any(c not in ALPHABET for c in chars):
        return None
    return f"{chars[:3]}-{chars[3:]}"
