"""Tickets: signed opaque tokens (QR codes), short human codes and the repair of garbled scanner input.

Pure functions, no database: the services in core/services/tickets.py and core/services/checkin.py
store and look up what these functions make and read.
"""

from core.tickets.codes import new_code, normalise_code
from core.tickets.keyboard import input_candidates, repair_azerty
from core.tickets.tokens import (
    TOKEN_VERSION,
    DecodedToken,
    TokenError,
    decode_token,
    generate_private_key,
    private_key_from_text,
    private_key_to_text,
    public_key_bytes,
    sign_token,
    verify_token,
)

__all__ = [
    "TOKEN_VERSION", "DecodedToken", "TokenError", "decode_token", "generate_private_key", "input_candidates",
    "new_code", "normalise_code", "private_key_from_text", "private_key_to_text", "public_key_bytes",
    "repair_azerty", "sign_token", "verify_token",
]
