"""Enrollment documents: made, read, verified; fingerprints stable and tied to the keys."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.core.clock import office_zone
from desktop.core.sync import keys
from desktop.core.sync.enrollment import (
    EnrollmentError,
    fingerprint,
    make_enrollment,
    read_enrollment,
)

NAME = "Ақсу ауылдық округі әкімінің аппараты"
WHEN = datetime(2026, 11, 24, 15, 2, 11, tzinfo=office_zone())


def _fixed_keys(seed: int) -> keys.SyncKeys:
    return keys.SyncKeys(
        Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32),
        X25519PrivateKey.from_private_bytes(bytes([seed + 1]) * 32),
    )


def _document(own: keys.SyncKeys, number: int = 52, role: str = "office") -> bytes:
    return make_enrollment(role, number, NAME, own, WHEN)


def test_a_document_reads_back_with_its_keys() -> None:
    own = keys.SyncKeys.new()
    enrollment = read_enrollment(_document(own))
    assert (enrollment.role, enrollment.number, enrollment.name) == ("office", 52, NAME)
    assert enrollment.created_at == WHEN
    assert enrollment.signing_key_id == keys.key_id(own.signing.public_key())
    assert enrollment.encryption_key_id == keys.key_id(own.encryption.public_key())
    message = b"signed by the office"
    enrollment.signing_public_key().verify(own.signing.sign(message), message)
    assert NAME in _document(own).decode("utf-8")  # a person can read the file


def test_the_fingerprint_is_pinned_and_grouped_for_reading_aloud() -> None:
    enrollment = read_enrollment(_document(_fixed_keys(1)))
    assert re.fullmatch(r"\d{4}( \d{4}){5}", enrollment.fingerprint)
    # The same keys give the same digits in every version of the program.
    assert enrollment.fingerprint == "9157 0118 3756 5921 7019 4218"
    later = read_enrollment(make_enrollment("office", 52, "Басқа атау", _fixed_keys(1), WHEN))
    assert later.fingerprint == enrollment.fingerprint  # name and date are not in it


def test_any_change_of_key_or_identity_changes_the_fingerprint() -> None:
    base = read_enrollment(_document(_fixed_keys(1)))
    new_signing = keys.SyncKeys(_fixed_keys(7).signing, _fixed_keys(1).encryption)
    new_encryption = keys.SyncKeys(_fixed_keys(1).signing, _fixed_keys(7).encryption)
    others = [
        read_enrollment(_document(new_signing)),
        read_enrollment(_document(new_encryption)),
        read_enrollment(_document(_fixed_keys(1), number=53)),
        read_enrollment(_document(_fixed_keys(1), role="district")),
    ]
    prints = {base.fingerprint, *(other.fingerprint for other in others)}
    assert len(prints) == 5


def test_a_fingerprint_typed_as_heard_is_matched() -> None:
    enrollment = read_enrollment(_document(_fixed_keys(1)))
    spoken = enrollment.fingerprint
    assert enrollment.matches(spoken)
    assert enrollment.matches(spoken.replace(" ", "-"))
    assert enrollment.matches(spoken.replace(" ", "") + "\n")
    wrong_digit = ("1" if spoken[0] != "1" else "2") + spoken[1:]
    assert not enrollment.matches(wrong_digit)
    assert not enrollment.matches(spoken[:-1])


@pytest.mark.parametrize(
    "field,value",
    [
        ("name", "Басқа округ"),
        ("number", 53),
        ("role", "district"),
        ("created_at", "2026-11-25T15:02:11+05:00"),
        ("encryption_key", keys.public_b64(X25519PrivateKey.generate().public_key())),
        ("signing_key", keys.public_b64(Ed25519PrivateKey.generate().public_key())),
    ],
)
def test_a_document_changed_by_hand_is_refused(field: str, value: object) -> None:
    fields = json.loads(_document(keys.SyncKeys.new()))
    fields[field] = value
    with pytest.raises(EnrollmentError) as refused:
        read_enrollment(json.dumps(fields).encode())
    assert refused.value.code == "bad_signature"


def test_a_document_signed_again_by_someone_else_reads_but_its_fingerprint_differs() -> None:
    genuine = read_enrollment(_document(_fixed_keys(1)))
    impostor = read_enrollment(_document(_fixed_keys(9)))  # same office number and name
    assert (impostor.role, impostor.number, impostor.name) == ("office", 52, NAME)
    assert not impostor.matches(genuine.fingerprint)


def _changed(**changes: object) -> bytes:
    fields = json.loads(_document(keys.SyncKeys.new()))
    fields.update(changes)
    return json.dumps({k: v for k, v in fields.items() if v is not None}).encode()


@pytest.mark.parametrize(
    "data,code",
    [
        (b"", "not_enrollment"),
        (b"AUYL-DESK-PACKAGE 1\n", "not_enrollment"),
        (b"[1, 2]", "not_enrollment"),
        (b"\xff\xfe{}", "not_enrollment"),
        (b" " * 20_000, "not_enrollment"),
        (_changed(format="something-else"), "not_enrollment"),
        (_changed(version=2), "unsupported_version"),
        (_changed(extra="field"), "malformed"),
        (_changed(name=None), "malformed"),
        (_changed(number="52"), "malformed"),
        (_changed(number=True), "malformed"),
        (_changed(role="clerk"), "malformed"),
        (_changed(name="   "), "malformed"),
        (_changed(signing_key="not base64!"), "malformed"),
        (_changed(encryption_key="AAAA"), "malformed"),
        (_changed(signature="%%%"), "malformed"),
        (_changed(created_at="24.11.2026"), "malformed"),
        (_changed(created_at="2026-11-24T15:02:11"), "malformed"),
    ],
)
def test_other_files_and_malformed_documents_are_told_apart(data: bytes, code: str) -> None:
    with pytest.raises(EnrollmentError) as refused:
        read_enrollment(data)
    assert refused.value.code == code


def test_fingerprint_of_the_own_keys_equals_the_documents() -> None:
    own = _fixed_keys(1)
    signing, encryption = (
        keys.public_b64(own.signing.public_key()),
        keys.public_b64(own.encryption.public_key()),
    )
    assert (
        fingerprint("office", 52, signing, encryption)
        == read_enrollment(_document(own)).fingerprint
    )


def test_make_refuses_what_it_cannot_sign() -> None:
    own = keys.SyncKeys.new()
    for role, number, name, when in [
        ("clerk", 52, NAME, WHEN),
        ("office", -1, NAME, WHEN),
        ("office", 52, " ", WHEN),
        ("office", 52, NAME, datetime(2026, 11, 24)),
    ]:
        with pytest.raises(ValueError):
            make_enrollment(role, number, name, own, when)
