"""The package format: round trips, and every damaged, cut, reordered or misdirected package
refused with the right code before any content reaches the caller."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import tracemalloc
import uuid
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.core.clock import office_zone
from desktop.core.demo_people import DemoPeople
from desktop.core.sync import header as header_module
from desktop.core.sync import keys, package
from desktop.core.sync.header import MAGIC, Header, Origin, PackageError, read_header
from desktop.core.sync.package import open_package, write_package

OFFICE = 52
SMALL_CHUNK = 256
ORIGIN = Origin(
    office=OFFICE,
    database_id=uuid.UUID("6f1c2a4e-93b0-4d2e-8a57-0c4f1e9d3b21"),
    first_change=1200,
    last_change=1340,
    created_at=datetime(2026, 11, 24, 15, 2, 11, tzinfo=office_zone()),
)


@pytest.fixture(scope="module")
def village() -> keys.SyncKeys:
    return keys.SyncKeys.new()


@pytest.fixture(scope="module")
def district() -> keys.SyncKeys:
    return keys.SyncKeys.new()


def _lookup(village: keys.SyncKeys) -> package.SenderKeyLookup:
    """The district's view: the village's key, registered to office 52 only."""
    key_id = keys.key_id(village.signing.public_key())

    def lookup(header: Header) -> Ed25519PublicKey | None:
        if (header.origin.office, header.sender_key_id) == (OFFICE, key_id):
            return village.signing.public_key()
        return None

    return lookup


def _write(
    village: keys.SyncKeys,
    district: keys.SyncKeys,
    content: Iterable[bytes],
    chunk_size: int = SMALL_CHUNK,
    origin: Origin = ORIGIN,
) -> bytes:
    out = io.BytesIO()
    write_package(
        out, origin, content, village.signing, district.encryption.public_key(), chunk_size
    )
    return out.getvalue()


def _open(
    data: bytes,
    village: keys.SyncKeys,
    district: keys.SyncKeys,
    lookup: package.SenderKeyLookup | None = None,
) -> tuple[str, bytes]:
    """('ok' or the error code, whatever content the caller received); the sender's key is
    the village's (office 52) unless another `lookup` is given."""
    received = bytearray()
    try:
        lookup = lookup or _lookup(village)
        opened = open_package(io.BytesIO(data), lookup, district.encryption)
        for piece in opened.content():
            received += piece
    except PackageError as error:
        return error.code, bytes(received)
    return "ok", bytes(received)


def _lines(count: int, seed: int = 7) -> list[bytes]:
    """JSON lines of changes to demo households: Kazakh and Russian names, IINs."""
    people = DemoPeople(seed, date(2026, 11, 24))
    lines = []
    for number, family in enumerate(people.families(count), start=1):
        record = {
            "change": 1200 + number,
            "table": "households",
            "members": [{"name": p.full_name, "iin": p.iin} for p in family.people],
            "street": family.street,
        }
        lines.append(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
    return lines


def _layout(data: bytes) -> tuple[int, int]:
    """Where the records start, and the size of one record."""
    header = read_header(io.BytesIO(data))
    start = data.index(b"\n", len(MAGIC)) + 1
    start = data.index(b"\n", start) + 1
    return start, 1 + header.chunk_size + package.TAG_SIZE


def _resign(data: bytes, village: keys.SyncKeys) -> bytes:
    """The same bytes signed again by the village: what a broken or hostile sender could do."""
    start, _ = _layout(data)
    body = data[start : -package.SIGNATURE_SIZE]
    message = package._signed_message(data[:start], hashlib.sha256(body).digest())
    return data[: -package.SIGNATURE_SIZE] + village.signing.sign(message)


# ---- round trips -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [[], [b""], [b"one line\n"], [b"x" * 100_000], [os.urandom(5000) for _ in range(9)]],
    ids=["nothing", "empty piece", "one line", "compressible", "multi-chunk random"],
)
def test_round_trip(village: keys.SyncKeys, district: keys.SyncKeys, content: list[bytes]) -> None:
    data = _write(village, district, content)
    assert _open(data, village, district) == ("ok", b"".join(content))


def test_round_trip_of_many_lines_with_the_default_chunk_size(
    village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    lines = [*_lines(400), os.urandom(200_000)]
    data = _write(village, district, lines, chunk_size=header_module.DEFAULT_CHUNK_SIZE)
    assert (len(data) - _layout(data)[0]) // _layout(data)[1] >= 3  # several chunks
    code, received = _open(data, village, district)
    assert code == "ok" and received == b"".join(lines)


def test_round_trip_when_the_compressed_content_fills_its_last_chunk_exactly(
    village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    rng = random.Random(3)
    block = rng.randbytes(4000)
    size = next(n for n in range(1000, 4000) if len(zlib.compress(block[:n], 6)) % SMALL_CHUNK == 0)
    content = block[:size]
    assert _open(_write(village, district, [content]), village, district) == ("ok", content)


def test_the_header_is_readable_without_keys_and_says_what_was_written(
    village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    content = b"".join(_lines(5))
    out = io.BytesIO()
    written = write_package(
        out, ORIGIN, [content], village.signing, district.encryption.public_key(), SMALL_CHUNK
    )
    header = read_header(io.BytesIO(out.getvalue()))
    assert header == written.header
    assert header.origin == ORIGIN
    assert header.sender_key_id == keys.key_id(village.signing.public_key())
    assert header.recipient_key_id == keys.key_id(district.encryption.public_key())
    assert header.content_hash == hashlib.sha256(content).hexdigest()
    assert written.size == len(out.getvalue())
    first_lines = out.getvalue().split(b"\n")[:2]
    assert first_lines[0] == b"AUYL-DESK-PACKAGE 1"
    fields = json.loads(first_lines[1])
    assert fields["office"] == 52 and fields["first_change"] == 1200
    assert fields["created_at"] == "2026-11-24T15:02:11+05:00"


def test_content_is_read_in_bounded_memory(
    village: keys.SyncKeys, district: keys.SyncKeys, tmp_path: Path
) -> None:
    pieces, size = 300, 64 * 1024  # about 20 MB that does not compress

    def content() -> Iterator[bytes]:
        for _ in range(pieces):
            yield os.urandom(size)

    path = tmp_path / "big.auylpkg"
    tracemalloc.start()
    try:
        with open(path, "wb") as out:
            write_package(out, ORIGIN, content(), village.signing, district.encryption.public_key())
        written_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        with open(path, "rb") as file:
            opened = open_package(file, _lookup(village), district.encryption)
            total = sum(len(piece) for piece in opened.content())
        read_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert total == pieces * size
    assert written_peak < 2_000_000 and read_peak < 4_000_000  # a few chunks, never 20 MB


# ---- nothing personal on the stick ---------------------------------------------------------------


def _inflated(data: bytes) -> bytes:
    """What the chunks would say if they were only compressed, not encrypted."""
    _, records, _ = _records(data)
    stream = b"".join(record[1 : -package.TAG_SIZE] for record in records)
    try:
        return zlib.decompressobj().decompress(stream)
    except zlib.error:
        return b""


def test_the_package_holds_none_of_the_names_and_iins_of_its_content(
    village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    lines = _lines(60)
    content = b"".join(lines)
    needles = set()
    for line in lines:
        for member in json.loads(line)["members"]:
            needles.add(member["iin"].encode("ascii"))
            needles.update(part.encode("utf-8") for part in member["name"].split())
    needles = {n for n in needles if len(n) >= 6}  # six bytes: three Cyrillic letters
    assert len(needles) > 100
    assert all(needle in content for needle in needles)  # the search finds them in the content
    data = _write(village, district, lines, chunk_size=header_module.DEFAULT_CHUNK_SIZE)
    readable = data + _inflated(data)
    assert [n.decode() for n in needles if n in readable] == []


# ---- cut off ------------------------------------------------------------------------------------


def _truncations(length: int, start: int, record: int, sample: int | None) -> list[int]:
    if sample is None:
        return list(range(length))
    cuts = set(range(start + 2)) | {length - n for n in range(1, 70)}
    for boundary in range(start, length, record):
        cuts |= {boundary - 1, boundary, boundary + 1}
    cuts |= set(random.Random(5).sample(range(length), sample))
    return sorted(c for c in cuts if 0 <= c < length)


@pytest.mark.parametrize("chunk_size,sample", [(SMALL_CHUNK, None), (1024, 300)])
def test_every_truncation_is_refused_as_truncated(
    village: keys.SyncKeys, district: keys.SyncKeys, chunk_size: int, sample: int | None
) -> None:
    content = b"".join(_lines(3 if sample is None else 40)) + os.urandom(
        100 if sample is None else 9000
    )
    data = _write(village, district, [content], chunk_size)
    start, record = _layout(data)
    assert _open(data, village, district) == ("ok", content)
    for cut in _truncations(len(data), start, record, sample):
        assert _open(data[:cut], village, district) == ("truncated", b""), cut


# ---- flipped bytes ------------------------------------------------------------------------------


def _expected_code(data: bytes, flipped: bytes, position: int, start: int, record: int) -> str:
    """The code a package with one changed byte must be refused with (see package.py)."""
    version_line = len(MAGIC) + 2
    if position < version_line:
        version_digit = position == len(MAGIC) and flipped[position : position + 1].isdigit()
        return "unsupported_version" if version_digit else "not_a_package"
    if position < start:
        try:
            changed = read_header(io.BytesIO(flipped))
        except PackageError as error:
            assert error.code == "corrupt", position
            return "corrupt"
        original = read_header(io.BytesIO(data))
        sender = (changed.origin.office, changed.sender_key_id)
        same_sender = sender == (original.origin.office, original.sender_key_id)
        return "bad_signature" if same_sender else "unknown_sender"
    from_signature_tag = len(data) - package.SIGNATURE_SIZE - 1
    if position == from_signature_tag or (
        position < from_signature_tag and (position - start) % record == 0
    ):
        return "corrupt"  # a record's tag: the layout no longer holds
    return "bad_signature"


def _positions(data: bytes, start: int, record: int, sample: int | None) -> list[int]:
    if sample is None:
        return list(range(len(data)))
    tags = set(range(start, len(data) - package.SIGNATURE_SIZE, record))
    tail = set(range(len(data) - package.SIGNATURE_SIZE - 1, len(data)))
    chosen = set(random.Random(11).sample(range(start, len(data)), sample))
    return sorted(set(range(start)) | tags | tail | chosen)


@pytest.mark.parametrize("chunk_size,sample", [(SMALL_CHUNK, None), (1024, 400)])
def test_every_flipped_byte_is_refused_with_its_code_and_no_content(
    village: keys.SyncKeys, district: keys.SyncKeys, chunk_size: int, sample: int | None
) -> None:
    content = b"".join(_lines(2 if sample is None else 40))
    data = _write(village, district, [content], chunk_size)
    start, record = _layout(data)
    seen = set()
    for position in _positions(data, start, record, sample):
        for mask in (0x01, 0x80):
            flipped = bytearray(data)
            flipped[position] ^= mask
            expected = _expected_code(data, bytes(flipped), position, start, record)
            assert _open(bytes(flipped), village, district) == (expected, b""), (position, mask)
            seen.add(expected)
    assert seen >= {"not_a_package", "unsupported_version", "corrupt", "bad_signature"}


# ---- chunks moved, repeated, swapped; wrong keys ----------------------------------------------


def _records(data: bytes) -> tuple[bytes, list[bytes], bytes]:
    start, record = _layout(data)
    end = len(data) - package.SIGNATURE_SIZE - 1
    return data[:start], [data[i : i + record] for i in range(start, end, record)], data[end:]


def _multi_chunk(village: keys.SyncKeys, district: keys.SyncKeys, seed: int) -> bytes:
    content = random.Random(seed).randbytes(5 * SMALL_CHUNK)
    data = _write(village, district, [content])
    assert len(_records(data)[1]) == 6
    return data


def _edited(data: bytes, edit: str) -> bytes:
    prefix, records, trailer = _records(data)
    body = [record[1:] for record in records]  # tags stay where they are: C C C C C F
    tags = [record[:1] for record in records]
    if edit == "swap":
        body[1], body[2] = body[2], body[1]
    elif edit == "repeat":
        body[2] = body[1]
    elif edit == "last moved":
        body[4], body[5] = body[5], body[4]
    elif edit == "cut after a whole chunk":
        tags, body = tags[:5], body[:5]
        tags[4] = package.LAST
    return prefix + b"".join(t + b for t, b in zip(tags, body, strict=True)) + trailer


@pytest.mark.parametrize("edit", ["swap", "repeat", "last moved", "cut after a whole chunk"])
def test_chunks_moved_repeated_or_dropped_are_refused_even_when_signed_again(
    village: keys.SyncKeys, district: keys.SyncKeys, edit: str
) -> None:
    data = _edited(_multi_chunk(village, district, 1), edit)
    assert _open(data, village, district) == ("bad_signature", b"")
    assert _open(_resign(data, village), village, district) == ("corrupt", b"")


def test_a_chunk_from_another_package_is_refused_even_when_signed_again(
    village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    first, second = _multi_chunk(village, district, 1), _multi_chunk(village, district, 2)
    prefix, records, trailer = _records(first)
    records[2] = _records(second)[1][2]
    assert _open(_resign(prefix + b"".join(records) + trailer, village), village, district) == (
        "corrupt",
        b"",
    )


def test_another_office_signing_a_captured_package_as_its_own_cannot_open_it(
    village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    data = _write(village, district, [b"".join(_lines(3))])
    intruder = keys.SyncKeys.new()
    header = read_header(io.BytesIO(data))
    start, _ = _layout(data)
    forged = Header(
        Origin(53, ORIGIN.database_id, 1200, 1340, ORIGIN.created_at),
        keys.key_id(intruder.signing.public_key()),
        header.recipient_key_id,
        header.ephemeral_key,
        header.chunk_size,
        header.content_hash,
    )
    stolen = _resign(forged.prefix() + data[start:], intruder)

    def lookup(h: Header) -> Ed25519PublicKey | None:
        return intruder.signing.public_key() if h.origin.office == 53 else None

    assert _open(stolen, intruder, district, lookup) == ("corrupt", b"")


def test_a_package_for_another_recipient_is_refused(
    village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    data = _write(village, district, [b"for the district"])
    other = keys.SyncKeys.new()
    assert _open(data, village, other) == ("wrong_recipient", b"")


def test_unknown_and_revoked_senders_are_refused(
    village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    data = _write(village, district, [b"changes"])
    stranger = keys.SyncKeys.new()
    assert _open(data, stranger, district) == ("unknown_sender", b"")
    other_office = Origin(53, ORIGIN.database_id, 1, 2, ORIGIN.created_at)
    claimed = _write(village, district, [b"changes"], origin=other_office)
    assert _open(claimed, village, district) == ("unknown_sender", b"")  # not office 53's key

    def revoked(header: Header) -> Ed25519PublicKey | None:
        raise PackageError("revoked_sender", key_id=header.sender_key_id)

    assert _open(data, village, district, revoked) == ("revoked_sender", b"")


def test_a_file_changed_between_check_and_reading_stops_the_reading(
    village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    data = _multi_chunk(village, district, 1)
    file = io.BytesIO(data)
    opened = open_package(file, _lookup(village), district.encryption)
    file.seek(_layout(data)[0] + 3 * _layout(data)[1] + 10)
    file.write(b"\x00")
    with pytest.raises(PackageError) as stopped:
        for _ in opened.content():
            pass
    assert stopped.value.code == "changed"


@pytest.mark.parametrize(
    "data,code",
    [
        (b"", "truncated"),
        (b"AUYL-DESK-PACK", "truncated"),
        (b"%PDF-1.7\n", "not_a_package"),
        (b'{"format": "auyl-desk-enrollment"}', "not_a_package"),
        (b"AUYL-DESK-PACKAGE 2\n{}\n", "unsupported_version"),
        (b"AUYL-DESK-PACKAGE 12345\n", "not_a_package"),
        (b"AUYL-DESK-PACKAGE 1\n{}\n", "corrupt"),
        (b"AUYL-DESK-PACKAGE 1\n{" + b"1" * 3000, "corrupt"),
    ],
)
def test_other_files_are_told_apart(data: bytes, code: str) -> None:
    with pytest.raises(PackageError) as refused:
        read_header(io.BytesIO(data))
    assert refused.value.code == code


def test_write_refuses_what_it_cannot_do(village: keys.SyncKeys, district: keys.SyncKeys) -> None:
    with pytest.raises(ValueError):
        _write(village, district, [b"x"], chunk_size=1000)
    with pytest.raises(ValueError):
        Origin(52, ORIGIN.database_id, 10, 9, ORIGIN.created_at)
    with pytest.raises(ValueError):
        Origin(52, ORIGIN.database_id, 1, 9, datetime(2026, 11, 24))


def test_a_sealed_chunk_opens_only_at_its_place_and_under_its_header() -> None:
    key = os.urandom(32)
    header = read_header(io.BytesIO(_write(keys.SyncKeys.new(), keys.SyncKeys.new(), [b"x"])))
    chunks = package._Chunks(key, header)
    sealed = chunks.seal(3, False, b"segment")
    assert chunks.open(3, False, sealed) == b"segment"
    other_header = package._Chunks(key, replace(header, chunk_size=512))
    for opener, index, last in [(chunks, 3, True), (chunks, 4, False), (other_header, 3, False)]:
        with pytest.raises(PackageError) as refused:
            opener.open(index, last, sealed)
        assert refused.value.code == "corrupt"
