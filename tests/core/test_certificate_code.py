"""The version 2 certificate code: the signed content round-trips; any change is caught."""

from __future__ import annotations

import string
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
import segno

from desktop.core import certificate as v1
from desktop.core import certificate_code as code2

ALPHABET = string.ascii_uppercase + string.digits + " :$%*+-./"  # the QR alphanumeric set


@pytest.fixture(scope="module")
def key() -> v1.Ed25519PrivateKey:
    return v1.new_private_key()


def _content(key: v1.Ed25519PrivateKey, **changes: object) -> code2.SignedContent:
    content = code2.SignedContent(
        office=45,
        kind=1,
        sequence=7,
        issued_on=date(2026, 11, 24),
        as_of=date(2026, 6, 1),
        language="kk",
        demo=False,
        legal_entity=False,
        national_number="050517300421",
        holder="Серіков Асқар Бекұлы",
        account_number="0101",
        members=4,
        land_ha=Decimal("0.1500"),
        livestock=(("cattle_cows", 3), ("sheep", 10), ("poultry", 1200)),
        key_id=v1.key_id(v1.public_key_b64(key)),
    )
    return replace(content, **changes)


def test_round_trip_in_the_qr_alphanumeric_set(key: v1.Ed25519PrivateKey) -> None:
    content = _content(key)
    made = code2.make_code(key, content)
    text = made.text
    assert text.startswith("AUYL2:") and set(text) <= set(ALPHABET)
    parsed = code2.parse_code(text)
    assert parsed.content == content and parsed.content.number == "45-2026-C0007"
    assert code2.signature_matches(v1.public_key_b64(key), parsed)
    assert not code2.signature_matches(v1.public_key_b64(v1.new_private_key()), parsed)
    assert segno.make_qr(text, error="m", boost_error=False).mode == "alphanumeric"
    assert len(text) < 260  # a version 10 symbol at level M holds 311 alphanumeric characters


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": 2, "language": "ru", "members": 0, "land_ha": Decimal(0)},
        {"demo": True},
        {"legal_entity": True, "holder": "«Жұлдыз» ЖШС", "national_number": "150340000123"},
        {"holder": "Müller Ёлка"},  # outside KZ-1048: written in UTF-8
        {"livestock": ()},
        {"members": 300},
    ],
)
def test_every_kind_of_content_reads_back(
    key: v1.Ed25519PrivateKey, changes: dict[str, object]
) -> None:
    content = _content(key, **changes)
    parsed = code2.parse_code(code2.make_code(key, content).text).content
    expected = replace(content, members=min(content.members, 255))
    assert parsed == expected


def test_every_single_character_change_fails(key: v1.Ed25519PrivateKey) -> None:
    public = v1.public_key_b64(key)
    text = code2.make_code(key, _content(key)).text
    for index in range(len(text)):
        for other in ALPHABET:
            if other == text[index]:
                continue
            altered = text[:index] + other + text[index + 1 :]
            try:
                parsed = code2.parse_code(altered)
            except code2.CodeError:
                continue
            assert not code2.signature_matches(public, parsed), (index, other)
    for altered in (text[:-1], text + "A", text[:10] + text[11:]):
        with pytest.raises(code2.CodeError):
            code2.parse_code(altered)


def test_the_key_id_must_be_the_signing_keys(key: v1.Ed25519PrivateKey) -> None:
    with pytest.raises(ValueError):
        code2.make_code(key, _content(key, key_id="0" * 16))


def test_found_in_extracted_text_across_line_breaks(key: v1.Ed25519PrivateKey) -> None:
    text = code2.make_code(key, _content(key)).text
    printed = f"Анықтама\n{text[:120]}\n{text[120:]}\n45-2026-C0007 анықтама, 1-бет"
    assert code2.find_code(printed) == text
    assert code2.find_code("AUYL2:ABC") is None


def test_dates_from_1950_to_2129(key: v1.Ed25519PrivateKey) -> None:
    for day in (date(1950, 1, 1), date(1998, 3, 1), date(2129, 6, 5)):
        content = _content(key, as_of=day, issued_on=day)
        assert code2.parse_code(code2.make_code(key, content).text).content == content
    with pytest.raises(ValueError):
        code2.make_code(key, _content(key, as_of=date(1949, 12, 31)))
