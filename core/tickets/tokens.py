"""The ticket token: version, event id, ticket id, issuing device id and an Ed25519 signature over them.

No personal data: a token read by anyone says nothing about the person. Any desk verifies it offline
with the issuing device's public key (synced with the Device rows); nobody forges one without that
device's private key, which never leaves the device.

Text form: upper-case base32 without padding. QR codes store it in their compact alphanumeric mode,
and a keyboard-wedge scanner on an AZERTY layout garbles only the digits 2-7, which we repair.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass
from functools import lru_cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

TOKEN_VERSION = 1
_SIGNED_LENGTH = 1 + 16 * 3
_SIGNATURE_LENGTH = 64
RAW_LENGTH = _SIGNED_LENGTH + _SIGNATURE_LENGTH
TEXT_LENGTH = -(-RAW_LENGTH * 8 // 5)  # base32 characters without padding (181)


class TokenError(ValueError):
    """The text is not a token of a version we read (truncated, altered in its structure, random)."""


@dataclass(frozen=True, slots=True)
class DecodedToken:
    event_id: uuid.UUID
    ticket_id: uuid.UUID
    device_id: uuid.UUID
    signed: bytes  # the bytes the signature covers
    signature: bytes


def generate_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_to_text(key: Ed25519PrivateKey) -> str:
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    return base64.b64encode(raw).decode("ascii")


@lru_cache(maxsize=8)
def private_key_from_text(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text))


def public_key_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@lru_cache(maxsize=256)
def _public_key(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(raw)


def _signed_bytes(event_id: uuid.UUID, ticket_id: uuid.UUID, device_id: uuid.UUID) -> bytes:
    return bytes([TOKEN_VERSION]) + event_id.bytes + ticket_id.bytes + device_id.bytes


def sign_token(key: Ed25519PrivateKey, event_id: uuid.UUID, ticket_id: uuid.UUID, device_id: uuid.UUID) -> str:
    signed = _signed_bytes(event_id, ticket_id, device_id)
    return base64.b32encode(signed + key.sign(signed)).decode("ascii").rstrip("=")


def looks_like_token(text: str) -> bool:
    """Long enough to be meant as a token (as opposed to a short code or a form platform's barcode)."""
    return len(text) >= TEXT_LENGTH - 8


def decode_token(text: str) -> DecodedToken:
    """Parse the structure of a token (no signature check). Raises TokenError."""
    cleaned = "".join(text.split()).upper()
    if len(cleaned) != TEXT_LENGTH:
        raise TokenError(f"a token has {TEXT_LENGTH} characters, not {len(cleaned)}")
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except (binascii.Error, ValueError) as error:
        raise TokenError("not base32") from error
    if len(raw) != RAW_LENGTH or raw[0] != TOKEN_VERSION:
        raise TokenError("unknown token version")
    # The last character carries unused bits: a text differing only there decodes to the same bytes. One token,
    # one text: anything but the canonical spelling is refused, so a desk never accepts an altered scan.
    if base64.b32encode(raw).decode("ascii").rstrip("=") != cleaned:
        raise TokenError("not the canonical spelling of a token")
    signed, signature = raw[:_SIGNED_LENGTH], raw[_SIGNED_LENGTH:]
    return DecodedToken(
        event_id=uuid.UUID(bytes=signed[1:17]),
        ticket_id=uuid.UUID(bytes=signed[17:33]),
        device_id=uuid.UUID(bytes=signed[33:49]),
        signed=signed,
        signature=signature,
    )


def verify_token(token: DecodedToken, public_key: bytes | None) -> bool:
    """True only if the issuing device's key signed exactly these bytes."""
    if not public_key or len(public_key) != 32:
        return False
    try:
        _public_key(bytes(public_key)).verify(token.signature, token.signed)
    except (InvalidSignature, ValueError):
        return False
    return True
