"""A sync package: content compressed, encrypted to the recipient and signed by the sender.

Format version 1. After the two header lines (header.py) come records, then the signature:

    'C' + sealed chunk      every chunk but the last   (1 + chunk_size + 16 bytes)
    'F' + sealed chunk      the last chunk             (1 + chunk_size + 16 bytes)
    'S' + signature         64 bytes, then the end of the file

Content: the caller's bytes, deflated (zlib), cut into chunks of `chunk_size` bytes. The last
chunk, always shorter, is padded (0x80 then zeros, as ISO/IEC 7816-4) to `chunk_size`, so every
record has the same size: a changed byte never moves where the file ends, so a cut-off file
(`truncated`) is told apart from a tampered one, and the file's size tells the content's only to
the nearest chunk.

Encryption: the writer makes a one-time X25519 key pair (its public half is the header's
`ephemeral_key`); the content key is HKDF-SHA256 (no salt, info "auyl-desk package 1" ||
ephemeral public key || recipient public key) of the X25519 shared secret. Chunk i is sealed
with ChaCha20-Poly1305 under that key, nonce = i as 12 bytes big-endian, associated data =
SHA-256(envelope) || i as 8 bytes big-endian || 1 for the last chunk, else 0. The envelope is
the two header lines with the content hash unset (64 zeros; the writer fills it in at the end),
so a chunk moved, repeated, dropped or taken from another package does not open, nor does a
package cut after a whole chunk, nor one whose header was re-signed by another sender.

Signature: Ed25519 by the sender over "auyl-desk package 1 signature\\n" || SHA-256(the two
header lines as written) || SHA-256(every byte from the first record up to and including 'S'):
every byte of the file but its own 64.

Opening reads the file twice. open_package checks the header, asks the caller for the sender's
key, then reads everything once: the layout, the signature and, when the package is for this
recipient, every chunk decrypted, decompressed and hashed against the header's content hash,
keeping none of it. Nothing reaches the caller unless all of that passed. OpenedPackage.content
then reads again and yields the content; should the file change in between (a stick pulled and
put back), it raises PackageError('changed') partway, so the caller applies the content as one
transaction and discards it on any error. The codes come in this order of precedence:
not_a_package, unsupported_version, truncated or corrupt (header); unknown_sender; truncated
(body); corrupt (layout); bad_signature; wrong_recipient; corrupt (content).
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.core.sync import keys
from desktop.core.sync.header import (
    DEFAULT_CHUNK_SIZE,
    MAX_CHUNK_SIZE,
    MIN_CHUNK_SIZE,
    UNSET_HASH,
    Header,
    Origin,
    PackageError,
    read_prefix,
    read_up_to,
)

MORE = b"C"
LAST = b"F"
SIGNED = b"S"
TAG_SIZE = 16
SIGNATURE_SIZE = 64
# Level 3: on change lines about 3 times the speed of the default 6 for a package about a fifth
# larger (benchmarks/package.py); readers do not depend on it.
COMPRESSION_LEVEL = 3
_KDF_INFO = b"auyl-desk package 1"
_SIGNATURE_CONTEXT = b"auyl-desk package 1 signature\n"
_OUTPUT_LIMIT = 1024 * 1024  # decompressed bytes handed out at a time

# The sender's public key for a header: the key with header.sender_key_id registered to
# header.origin.office, or None (unknown, another office's). A lookup that knows the key is
# revoked raises PackageError("revoked_sender").
SenderKeyLookup = Callable[[Header], Ed25519PublicKey | None]


def _content_key(
    private: X25519PrivateKey, public: X25519PublicKey, ephemeral: bytes, recipient: bytes
) -> bytes:
    try:
        shared = private.exchange(public)
    except ValueError:  # a low-order point: only a broken or hostile writer makes one
        raise PackageError("corrupt", part="ephemeral_key") from None
    kdf = HKDF(hashes.SHA256(), length=32, salt=None, info=_KDF_INFO + ephemeral + recipient)
    return kdf.derive(shared)


def _pad(data: bytes | bytearray, size: int) -> bytes:
    return bytes(data) + b"\x80" + bytes(size - len(data) - 1)


def _unpad(data: bytes) -> bytes:
    end = len(data.rstrip(b"\0"))
    if end == 0 or data[end - 1] != 0x80:
        raise PackageError("corrupt", part="padding")
    return data[: end - 1]


def _signed_message(prefix: bytes, body_digest: bytes) -> bytes:
    return _SIGNATURE_CONTEXT + hashlib.sha256(prefix).digest() + body_digest


class _Chunks:
    """ChaCha20-Poly1305 under the content key, each chunk bound to its place and header."""

    def __init__(self, key: bytes, header: Header) -> None:
        self._aead = ChaCha20Poly1305(key)
        self._bound = hashlib.sha256(header.envelope()).digest()

    def _associated(self, index: int, last: bool) -> bytes:
        return self._bound + index.to_bytes(8, "big") + (b"\x01" if last else b"\x00")

    def seal(self, index: int, last: bool, plain: bytes | bytearray) -> bytes:
        return self._aead.encrypt(index.to_bytes(12, "big"), plain, self._associated(index, last))

    def open(self, index: int, last: bool, sealed: bytes) -> bytes:
        try:
            nonce = index.to_bytes(12, "big")
            return self._aead.decrypt(nonce, sealed, self._associated(index, last))
        except InvalidTag:
            raise PackageError("corrupt", part="chunk", index=index) from None


class _Decoder:
    """Sealed chunks in, content out: decrypt, unpad the last, inflate, hash."""

    def __init__(self, key: bytes, header: Header) -> None:
        self._chunks = _Chunks(key, header)
        self._expected = header.content_hash
        self._inflater = zlib.decompressobj()
        self._hash = hashlib.sha256()

    def chunk(self, index: int, last: bool, sealed: bytes) -> Iterator[bytes]:
        plain = self._chunks.open(index, last, sealed)
        if last:
            plain = _unpad(plain)
        try:
            yield from self._inflate(plain)
            if last:
                rest = self._inflater.flush()
                if rest:
                    self._hash.update(rest)
                    yield rest
        except zlib.error:
            raise PackageError("corrupt", part="content") from None
        if self._inflater.unused_data or (last and not self._inflater.eof):
            raise PackageError("corrupt", part="content")
        if last and self._hash.hexdigest() != self._expected:
            raise PackageError("corrupt", part="content_hash")

    def _inflate(self, data: bytes) -> Iterator[bytes]:
        while True:
            out = self._inflater.decompress(data, _OUTPUT_LIMIT)
            if out:
                self._hash.update(out)
                yield out
            data = self._inflater.unconsumed_tail
            if self._inflater.eof or (not data and len(out) < _OUTPUT_LIMIT):
                return


def _read_exactly(file: BinaryIO, size: int) -> bytes:
    data = read_up_to(file, size)
    if len(data) < size:
        raise PackageError("truncated")
    return data


def _records(file: BinaryIO, chunk_size: int) -> Iterator[tuple[int, bool, bytes]]:
    """(index, last, sealed chunk) of each record, up to and including the last."""
    size = chunk_size + TAG_SIZE
    index = 0
    while True:
        tag = _read_exactly(file, 1)
        if tag not in (MORE, LAST):
            raise PackageError("corrupt", part="layout", index=index)
        yield index, tag == LAST, _read_exactly(file, size)
        if tag == LAST:
            return
        index += 1


def _signature(file: BinaryIO) -> bytes:
    """The trailer after the last record: 'S', the signature, and the end of the file."""
    if _read_exactly(file, 1) != SIGNED:
        raise PackageError("corrupt", part="layout")
    signature = _read_exactly(file, SIGNATURE_SIZE)
    if file.read(1):
        raise PackageError("corrupt", part="layout")
    return signature


def _check(
    file: BinaryIO,
    header: Header,
    prefix: bytes,
    sender_key: Ed25519PublicKey,
    content_key: bytes | None,
) -> bytes:
    """The first pass (see the module's text): the content key once everything passed."""
    body = hashlib.sha256()
    decoder = None if content_key is None else _Decoder(content_key, header)
    problem: PackageError | None = None
    for index, last, sealed in _records(file, header.chunk_size):
        body.update(LAST if last else MORE)
        body.update(sealed)
        if decoder is not None and problem is None:
            try:
                for _ in decoder.chunk(index, last, sealed):
                    pass
            except PackageError as error:  # judged after the signature
                problem = error
    signature = _signature(file)
    body.update(SIGNED)
    try:
        sender_key.verify(signature, _signed_message(prefix, body.digest()))
    except InvalidSignature:
        raise PackageError("bad_signature", key_id=header.sender_key_id) from None
    if content_key is None:
        raise PackageError("wrong_recipient", key_id=header.recipient_key_id)
    if problem is not None:
        raise problem
    return content_key


# ---- writing -----------------------------------------------------------------------------------


class WrittenPackage:
    """What write_package wrote: its header, its size, and how to check a copy read back."""

    def __init__(
        self, header: Header, size: int, content_key: bytes, sender_key: Ed25519PublicKey
    ) -> None:
        self.header = header
        self.size = size
        self._content_key = content_key
        self._sender_key = sender_key

    def verify(self, file: BinaryIO) -> None:
        """Read a copy back as the recipient would (the header, the layout, the signature,
        every chunk decrypted and the content hash); PackageError when anything differs."""
        try:
            header, prefix = read_prefix(file)
            if header != self.header:
                raise PackageError("corrupt", part="header")
            _check(file, header, prefix, self._sender_key, self._content_key)
        except OSError as error:
            raise PackageError("read_failed", error=str(error)) from None


def write_package(
    out: BinaryIO,
    origin: Origin,
    chunks: Iterable[bytes],
    sender_signing_key: Ed25519PrivateKey,
    recipient_public_key: X25519PublicKey,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> WrittenPackage:
    """Write a package of the content in `chunks` to `out`, a seekable binary file, from its
    current position. Holds a few chunks in memory whatever the content's size. An exception
    from `chunks` (Cancel) propagates and leaves a partial file: the caller removes it."""
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE or chunk_size & (chunk_size - 1):
        raise ValueError("chunk_size must be a power of two from 256 bytes to 1 MiB")
    if not out.seekable():
        raise ValueError("a package is written to a seekable file")
    start = out.tell()
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = ephemeral.public_key().public_bytes_raw()
    recipient_raw = recipient_public_key.public_bytes_raw()
    key = _content_key(ephemeral, recipient_public_key, ephemeral_raw, recipient_raw)
    sender_public = sender_signing_key.public_key()
    header = Header(
        origin=origin,
        sender_key_id=keys.key_id(sender_public),
        recipient_key_id=keys.key_id(recipient_public_key),
        ephemeral_key=ephemeral_raw,
        chunk_size=chunk_size,
        content_hash=UNSET_HASH,
    )
    out.write(header.envelope())
    sealer = _Chunks(key, header)
    body = hashlib.sha256()
    content = hashlib.sha256()
    compressor = zlib.compressobj(COMPRESSION_LEVEL)
    pending = bytearray()
    index = 0

    def emit(tag: bytes, plain: bytes | bytearray) -> None:
        nonlocal index
        sealed = sealer.seal(index, tag == LAST, plain)
        body.update(tag)
        body.update(sealed)
        out.write(tag)
        out.write(sealed)
        index += 1

    for piece in chunks:
        content.update(piece)
        pending += compressor.compress(piece)
        while len(pending) >= chunk_size:
            emit(MORE, pending[:chunk_size])
            del pending[:chunk_size]
    pending += compressor.flush()
    while len(pending) >= chunk_size:
        emit(MORE, pending[:chunk_size])
        del pending[:chunk_size]
    emit(LAST, _pad(pending, chunk_size))
    out.write(SIGNED)
    body.update(SIGNED)

    header = replace(header, content_hash=content.hexdigest())
    prefix = header.prefix()
    end = out.tell()
    out.seek(start)
    out.write(prefix)  # the same length as the envelope: only the hash's digits differ
    out.seek(end)
    out.write(sender_signing_key.sign(_signed_message(prefix, body.digest())))
    return WrittenPackage(header, end + SIGNATURE_SIZE - start, key, sender_public)


# ---- opening -----------------------------------------------------------------------------------


class OpenedPackage:
    """A package whose signature, layout and content were checked: its header, and its content
    read again on demand (see the module's text for the second pass)."""

    def __init__(self, header: Header, file: BinaryIO, body_start: int, content_key: bytes):
        self.header = header
        self._file = file
        self._body_start = body_start
        self._content_key = content_key

    def content(self) -> Iterator[bytes]:
        """The content, in pieces of at most 1 MiB; PackageError('changed') should the file no
        longer be the one checked."""
        decoder = _Decoder(self._content_key, self.header)
        try:
            self._file.seek(self._body_start)
            for index, last, sealed in _records(self._file, self.header.chunk_size):
                yield from decoder.chunk(index, last, sealed)
        except PackageError as error:
            raise PackageError("changed", reason=error.code) from None
        except OSError as error:
            raise PackageError("read_failed", error=str(error)) from None


def open_package(
    file: BinaryIO,
    sender_key_lookup: SenderKeyLookup,
    recipient_private_key: X25519PrivateKey,
) -> OpenedPackage:
    """Check a package completely (the first pass) and return it; PackageError otherwise.

    `file` is a seekable binary file positioned at the package's start; keep it open while
    reading the content.
    """
    try:
        header, prefix = read_prefix(file)
        sender_key = sender_key_lookup(header)
        if sender_key is None:
            office, key_id = header.origin.office, header.sender_key_id
            raise PackageError("unknown_sender", office=office, key_id=key_id)
        recipient = recipient_private_key.public_key()
        content_key = None
        if header.recipient_key_id == keys.key_id(recipient):
            ephemeral = X25519PublicKey.from_public_bytes(header.ephemeral_key)
            content_key = _content_key(
                recipient_private_key, ephemeral, header.ephemeral_key, recipient.public_bytes_raw()
            )
        body_start = file.tell()
        checked_key = _check(file, header, prefix, sender_key, content_key)
    except OSError as error:
        raise PackageError("read_failed", error=str(error)) from None
    return OpenedPackage(header, file, body_start, checked_key)
