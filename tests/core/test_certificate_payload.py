"""The certificate payload: canonical content hash, signing, strict parsing, tampering."""

from __future__ import annotations

import string
from datetime import date

import pytest

from desktop.core import certificate as core

ALPHABET = string.ascii_letters + string.digits + "-_|"
CONTENT = {"number": "45-2026-C0001", "members": [{"full_name": "Серіков Асқар"}], "kind": 1}


@pytest.fixture(scope="module")
def key() -> core.Ed25519PrivateKey:
    return core.new_private_key()


def _payload(key: core.Ed25519PrivateKey) -> core.Payload:
    return core.make_payload(
        key, "45-2026-C0001", date(2026, 11, 24), 45, 1, core.content_hash(CONTENT)
    )


def _accepts(public: str, text: str) -> bool:
    try:
        payload = core.parse_payload(text)
    except core.PayloadError:
        return False
    return core.verify_signature(public, payload.signed_text, payload.signature)


def test_canonical_json_sorts_keys_without_spaces_in_utf8() -> None:
    assert core.canonical_json({"b": 1, "a": "ә"}) == '{"a":"ә","b":1}'.encode()
    assert core.content_hash({"b": 1, "a": "ә"}) == core.content_hash({"a": "ә", "b": 1})
    assert len(core.content_hash(CONTENT)) == 64


def test_round_trip(key: core.Ed25519PrivateKey) -> None:
    payload = _payload(key)
    text = payload.text
    assert text.isascii() and text.startswith("AUYL1|45-2026-C0001|2026-11-24|45|1|")
    assert core.parse_payload(text) == payload
    public = core.public_key_b64(key)
    assert payload.key_id == core.key_id(public) and len(payload.key_id) == 16
    assert core.verify_signature(public, payload.signed_text, payload.signature)
    other = core.public_key_b64(core.new_private_key())
    assert not core.verify_signature(other, payload.signed_text, payload.signature)
    pem = core.private_key_pem(key)
    assert core.public_key_b64(core.load_private_key(pem)) == public


def test_changing_any_single_character_fails(key: core.Ed25519PrivateKey) -> None:
    text = _payload(key).text
    public = core.public_key_b64(key)
    assert _accepts(public, text)
    for position, char in enumerate(text):
        for other in ALPHABET:
            if other == char:
                continue
            altered = text[:position] + other + text[position + 1 :]
            assert not _accepts(public, altered), (position, char, other)


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t.replace("AUYL1", "AUYL2"),
        lambda t: t + "|x",
        lambda t: t.rsplit("|", 1)[0],
        lambda t: t.replace("|1|", "|3|"),
        lambda t: t.replace("2026-11-24", "2026-02-30"),
        lambda t: t.replace("2026-11-24", "2025-11-24"),  # the number says 2026
        lambda t: t.replace("|45|", "|46|"),  # the number says office 45
        lambda t: t.replace("C0001", "0001"),
        lambda t: t + "A",
        lambda t: t.replace("AUYL1", "АUYL1"),  # Cyrillic А
        lambda t: "",
    ],
)
def test_parse_errors(key: core.Ed25519PrivateKey, change) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(core.PayloadError):
        core.parse_payload(change(_payload(key).text))


def test_a_payload_is_found_in_extracted_text_even_when_broken(
    key: core.Ed25519PrivateKey,
) -> None:
    text = _payload(key).text
    page = f"Анықтама\n{text[:100]}\n{text[100:]} Әкім\n"
    assert core.find_payload(page) == text
    assert core.find_payload("no payload here") is None
