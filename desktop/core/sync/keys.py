"""The key pairs of the exchange: Ed25519 to sign packages, X25519 to receive them.

Each side (a village office, the district) holds both private keys; the public halves travel
in an enrollment file. The signing key is the office key of the certificates
(desktop.core.certificate makes it, and writes either private key as PEM with
private_key_pem); this module adds the encryption key and the ids of both. A key id is the
first 16 hex digits of the SHA-256 of the raw 32-byte public key, for either kind of key.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from desktop.core import certificate

PublicKey = Ed25519PublicKey | X25519PublicKey


@dataclass(frozen=True)
class SyncKeys:
    """The private keys of one side: `signing` signs what it sends, `encryption` opens what
    is sent to it."""

    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @classmethod
    def new(cls) -> SyncKeys:
        return cls(certificate.new_private_key(), X25519PrivateKey.generate())


def load_encryption_key(pem: bytes) -> X25519PrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, X25519PrivateKey):
        raise ValueError("not an X25519 private key")
    return key


def public_b64(key: PublicKey) -> str:
    """Base64 (standard, padded) of the 32 raw bytes, as enrollment files and OfficeKey rows
    carry public keys."""
    return base64.b64encode(key.public_bytes_raw()).decode("ascii")


def key_id(key: PublicKey) -> str:
    return certificate.key_id(public_b64(key))


def signing_public_key(text: str) -> Ed25519PublicKey:
    """The public key in base64 text; ValueError when it is not 32 bytes of base64."""
    return Ed25519PublicKey.from_public_bytes(certificate.public_key_raw(text))


def encryption_public_key(text: str) -> X25519PublicKey:
    """The public key in base64 text; ValueError when it is not 32 bytes of base64."""
    return X25519PublicKey.from_public_bytes(certificate.public_key_raw(text))
