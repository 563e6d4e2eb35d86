"""Writing a package onto a USB stick, or any folder, so that only a checked package ever
carries a package's name.

1. The package is written under a temporary name in the target folder
   (`~auyl-writing-<random>.partial`: never `*.auylpkg`), flushed and fsync'ed.
2. It is read back as the recipient would read it, but with the content key the writer still
   holds: the header, the layout, the signature, every chunk decrypted and the content hash.
   Where the system allows (posix_fadvise), the file's cached pages are dropped first, so the
   bytes come from the stick itself: a stick that loses writes, or a fake one that reports
   more space than it has, fails here.
3. Only then is it renamed to its package name (atomically, replacing a file of that name),
   and the folder fsync'ed (where the system can open a folder: not on Windows).

Any failure (a stick pulled out: OSError; a full stick: ENOSPC; a write-protected one: EROFS;
Cancel raised from the content) removes the temporary file where it still can and raises;
what a failure cannot remove is a `.partial` file, which no import takes for a package.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from desktop.core.sync.header import DEFAULT_CHUNK_SIZE, Header, Origin, PackageError
from desktop.core.sync.package import WrittenPackage, write_package

PACKAGE_SUFFIX = ".auylpkg"
PARTIAL_PREFIX = "~auyl-writing-"
PARTIAL_SUFFIX = ".partial"
_NO_SPACE = {errno.ENOSPC, errno.EDQUOT}


def package_file_name(origin: Origin) -> str:
    """'auyl-0052-68b0daa8-0000001200-0000001340.auylpkg': office, database, change range."""
    return (
        f"auyl-{origin.office:04d}-{origin.database_id.hex[:8]}"
        f"-{origin.first_change:010d}-{origin.last_change:010d}{PACKAGE_SUFFIX}"
    )


def _create(path: Path) -> BinaryIO:
    return open(path, "xb")


def _remove(path: Path) -> None:
    # When the stick is gone this fails: what is left is a .partial file, never a package.
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _read_back(path: Path, written: WrittenPackage) -> None:
    with open(path, "rb") as file:
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(file.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        written.verify(file)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable; systems that cannot open a folder (Windows) do it themselves."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(handle)
    except OSError as error:
        if error.errno != errno.EINVAL:  # a file system without directory fsync
            raise
    finally:
        os.close(handle)


def _code(error: OSError) -> str:
    if error.errno in _NO_SPACE:
        return "no_space"
    if error.errno == errno.EROFS:
        return "read_only"
    return "write_failed"


def write_package_file(
    path: Path,
    origin: Origin,
    chunks: Iterable[bytes],
    sender_signing_key: Ed25519PrivateKey,
    recipient_public_key: X25519PublicKey,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Header:
    """Write, check and name the package at `path` (a name ending in .auylpkg) as the module's
    text says; its header once it is there. PackageError no_space, read_only or write_failed
    (with `path` and `error`), or readback_failed (with `reason`, the reading code)."""
    if path.suffix != PACKAGE_SUFFIX or path.name.startswith(PARTIAL_PREFIX):
        raise ValueError(f"a package file's name ends in {PACKAGE_SUFFIX}")
    folder = path.parent
    temporary = folder / f"{PARTIAL_PREFIX}{secrets.token_hex(8)}{PARTIAL_SUFFIX}"
    renamed = False
    try:
        with _create(temporary) as out:
            written = write_package(
                out, origin, chunks, sender_signing_key, recipient_public_key, chunk_size
            )
            out.flush()
            os.fsync(out.fileno())
        _read_back(temporary, written)
        os.replace(temporary, path)
        renamed = True
        _sync_folder(folder)
    except PackageError as error:
        _remove(temporary)
        raise PackageError("readback_failed", reason=error.code, path=str(path)) from None
    except OSError as error:
        _remove(temporary)
        if renamed:  # checked, but not known to be on the stick: say so, and leave nothing
            _remove(path)
        detail = error.strerror or str(error)
        raise PackageError(_code(error), path=str(path), error=detail) from None
    except BaseException:
        _remove(temporary)
        raise
    return written.header
