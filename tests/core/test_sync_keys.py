"""The sync key pairs: stored as PEM, named by key id, read back from base64."""

from __future__ import annotations

import pytest

from desktop.core import certificate
from desktop.core.sync import keys


def test_both_private_keys_are_stored_and_read_back_as_pem() -> None:
    own = keys.SyncKeys.new()
    signing = certificate.load_private_key(certificate.private_key_pem(own.signing))
    encryption = keys.load_encryption_key(certificate.private_key_pem(own.encryption))
    assert keys.key_id(signing.public_key()) == keys.key_id(own.signing.public_key())
    assert keys.key_id(encryption.public_key()) == keys.key_id(own.encryption.public_key())
    with pytest.raises(ValueError):
        keys.load_encryption_key(certificate.private_key_pem(own.signing))


def test_key_ids_are_those_of_the_certificates() -> None:
    own = keys.SyncKeys.new()
    assert keys.key_id(own.signing.public_key()) == certificate.key_id(
        certificate.public_key_b64(own.signing)
    )
    assert keys.key_id(own.signing.public_key()) != keys.key_id(own.encryption.public_key())
    assert len(keys.key_id(own.encryption.public_key())) == 16


def test_public_keys_read_from_base64() -> None:
    own = keys.SyncKeys.new()
    text = keys.public_b64(own.encryption.public_key())
    assert keys.public_b64(keys.encryption_public_key(text)) == text
    signing_text = keys.public_b64(own.signing.public_key())
    assert keys.public_b64(keys.signing_public_key(signing_text)) == signing_text
    for bad in ["", "not base64!", "AAAA"]:
        with pytest.raises(ValueError):
            keys.signing_public_key(bad)
        with pytest.raises(ValueError):
            keys.encryption_public_key(bad)
