"""Writing a package onto a stick: only a checked package ever carries a package's name, and
a pulled stick, a full one or a Cancel leaves nothing that looks like one."""

from __future__ import annotations

import errno
import io
import os
import random
import uuid
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.core.clock import office_zone
from desktop.core.sync import keys, package_file
from desktop.core.sync.header import Header, Origin, PackageError, read_header
from desktop.core.sync.package import open_package
from desktop.core.sync.package_file import package_file_name, write_package_file

ORIGIN = Origin(
    office=52,
    database_id=uuid.UUID("6f1c2a4e-93b0-4d2e-8a57-0c4f1e9d3b21"),
    first_change=1200,
    last_change=1340,
    created_at=datetime(2026, 11, 24, 15, 2, 11, tzinfo=office_zone()),
)
CHUNK = 1024


@pytest.fixture(scope="module")
def village() -> keys.SyncKeys:
    return keys.SyncKeys.new()


@pytest.fixture(scope="module")
def district() -> keys.SyncKeys:
    return keys.SyncKeys.new()


def _content() -> list[bytes]:
    """About 80 kB that compresses to about half: some 40 chunks."""
    rng = random.Random(1)
    return [f"change {n}: {rng.randbytes(200).hex()}\n".encode() for n in range(200)]


def _write(
    path: Path,
    village: keys.SyncKeys,
    district: keys.SyncKeys,
    content: Iterable[bytes] | None = None,
) -> Header:
    return write_package_file(
        path,
        ORIGIN,
        _content() if content is None else content,
        village.signing,
        district.encryption.public_key(),
        CHUNK,
    )


def _read(path: Path, village: keys.SyncKeys, district: keys.SyncKeys) -> bytes:
    def lookup(header: Header) -> Ed25519PublicKey:
        return village.signing.public_key()

    with open(path, "rb") as file:
        return b"".join(open_package(file, lookup, district.encryption).content())


class _Stick(io.FileIO):
    """A file on a stick that fails (ENOSPC: full; EIO: pulled out) after `room` bytes, or
    that silently stores one byte wrong (a stick that loses writes)."""

    def __init__(self, path: Path, room: int, code: int = errno.ENOSPC, garble: int = -1):
        super().__init__(path, "xb")
        self.room, self.code, self.garble, self.written = room, code, garble, 0

    def write(self, data) -> int:  # type: ignore[override]
        data = bytearray(data)
        position = self.tell()
        if 0 <= self.garble - position < len(data):
            data[self.garble - position] ^= 0x20
        if self.written + len(data) > self.room:
            super().write(data[: self.room - self.written])
            self.written = self.room
            raise OSError(self.code, os.strerror(self.code))
        self.written += len(data)
        return super().write(data)


def _use_stick(monkeypatch: pytest.MonkeyPatch, **stick: int) -> None:
    def create(path: Path) -> BinaryIO:
        return io.BufferedWriter(_Stick(path, **stick))

    monkeypatch.setattr(package_file, "_create", create)


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_written_package_is_named_checked_and_opens(
    tmp_path: Path, village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    path = tmp_path / package_file_name(ORIGIN)
    header = _write(path, village, district)
    assert path.name == "auyl-0052-6f1c2a4e-0000001200-0000001340.auylpkg"
    assert _left(tmp_path) == [path.name]
    with open(path, "rb") as file:
        assert read_header(file) == header
    assert _read(path, village, district) == b"".join(_content())


def test_the_temporary_name_never_looks_like_a_package(
    tmp_path: Path, village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    seen: list[str] = []

    def content() -> Iterator[bytes]:
        yield b"first"
        seen.extend(_left(tmp_path))
        yield b"second"

    _write(tmp_path / "x.auylpkg", village, district, content())
    assert len(seen) == 1 and seen[0].startswith("~auyl-writing-")
    assert seen[0].endswith(".partial") and ".auylpkg" not in seen[0]


@pytest.mark.parametrize("room", [0, 30, 500, 5000, 40_000])
@pytest.mark.parametrize("code,expected", [(errno.ENOSPC, "no_space"), (errno.EIO, "write_failed")])
def test_a_full_or_pulled_stick_leaves_nothing_behind(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    village: keys.SyncKeys,
    district: keys.SyncKeys,
    room: int,
    code: int,
    expected: str,
) -> None:
    _use_stick(monkeypatch, room=room, code=code)
    path = tmp_path / package_file_name(ORIGIN)
    with pytest.raises(PackageError) as failed:
        _write(path, village, district)
    assert failed.value.code == expected
    assert failed.value.params["path"] == str(path)
    assert _left(tmp_path) == []


def test_a_stick_that_loses_a_write_is_caught_by_the_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    _use_stick(monkeypatch, room=10**9, garble=3000)
    with pytest.raises(PackageError) as failed:
        _write(tmp_path / "p.auylpkg", village, district)
    assert (failed.value.code, failed.value.params["reason"]) == (
        "readback_failed",
        "bad_signature",
    )
    assert _left(tmp_path) == []


@pytest.mark.parametrize(
    "step,code,expected",
    [
        ("_create", errno.EROFS, "read_only"),  # a write-protected stick
        ("fsync", errno.EIO, "write_failed"),  # pulled out while finishing
        ("replace", errno.EIO, "write_failed"),
        ("_sync_folder", errno.EIO, "write_failed"),  # pulled out after the rename
    ],
)
def test_a_step_that_fails_on_the_stick_leaves_nothing_behind(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    village: keys.SyncKeys,
    district: keys.SyncKeys,
    step: str,
    code: int,
    expected: str,
) -> None:
    def failing(*args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(
        package_file.os if step in {"fsync", "replace"} else package_file, step, failing
    )
    with pytest.raises(PackageError) as failed:
        _write(tmp_path / "p.auylpkg", village, district)
    assert failed.value.code == expected
    assert _left(tmp_path) == []


def test_what_a_vanished_stick_keeps_is_a_partial_file_no_import_takes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    _use_stick(monkeypatch, room=3000, code=errno.EIO)

    def unreachable(self: Path, missing_ok: bool = False) -> None:
        raise OSError(errno.ENODEV, "No such device")

    monkeypatch.setattr(Path, "unlink", unreachable)
    with pytest.raises(PackageError):
        _write(tmp_path / "p.auylpkg", village, district)
    monkeypatch.undo()
    (left,) = tmp_path.iterdir()
    assert left.suffix == ".partial" and list(tmp_path.glob("*.auylpkg")) == []
    with open(left, "rb") as file, pytest.raises(PackageError) as refused:
        open_package(file, lambda h: village.signing.public_key(), district.encryption)
    assert refused.value.code == "truncated"


def test_cancel_leaves_nothing_and_a_failed_export_keeps_the_previous_package(
    tmp_path: Path, village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    path = tmp_path / "p.auylpkg"
    _write(path, village, district)
    before = path.read_bytes()

    class Cancelled(Exception):
        pass

    def cancelled() -> Iterator[bytes]:
        yield b"x" * 50_000
        raise Cancelled

    with pytest.raises(Cancelled):
        _write(path, village, district, cancelled())
    assert _left(tmp_path) == [path.name] and path.read_bytes() == before


def test_only_package_names_are_written(
    tmp_path: Path, village: keys.SyncKeys, district: keys.SyncKeys
) -> None:
    for name in ["p.json", "~auyl-writing-1.auylpkg", "p.partial"]:
        with pytest.raises(ValueError):
            _write(tmp_path / name, village, district)
    assert _left(tmp_path) == []
