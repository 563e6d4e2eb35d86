"""Speed of the USB package: write ~100 MB of content into a folder (checked by reading it back),
open it and read it, against the same content only deflated and written, then read and inflated.

    .venv/bin/python -m benchmarks.package [--megabytes 100] [--work-dir DIR]

The content is JSON lines of changes to demo households (desktop.core.demo_people: Kazakh and
Russian names, IINs), about 4 MB made once and repeated until the size is reached (repeats lie
far beyond zlib's 32 kB window, so it compresses as real changes would), handed over line by
line as an exporter would. Timed, each as MB of content per second:

- write: write_package_file (compress, encrypt, sign, fsync, read back with a full decrypt
  check, rename, fsync the folder);
- open: open_package (the checking pass: layout, signature, decrypt, content hash);
- read: OpenedPackage.content, the second pass that hands the content over;
- bare: zlib at the same level writing the same lines to a file with fsync, and reading and
  inflating it, in the same run: what any format would have to do.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.core.clock import office_zone
from desktop.core.demo_people import DemoPeople
from desktop.core.sync import keys
from desktop.core.sync.header import Header, Origin
from desktop.core.sync.package import COMPRESSION_LEVEL, open_package
from desktop.core.sync.package_file import package_file_name, write_package_file

MB = 1_000_000
BLOCK_BYTES = 4 * MB


@dataclass(frozen=True)
class Figures:
    content_bytes: int
    package_bytes: int
    write_s: float
    open_s: float
    read_s: float
    bare_write_s: float
    bare_read_s: float

    def rate(self, seconds: float) -> float:
        return self.content_bytes / MB / seconds if seconds else float("inf")


def block_of_lines(size: int = BLOCK_BYTES, seed: int = 1) -> list[bytes]:
    """About `size` bytes of change lines, as an exporter would write them."""
    people = DemoPeople(seed, date(2026, 11, 24))
    lines: list[bytes] = []
    made = 0
    while made < size:
        family = people.family()
        record = {
            "change": len(lines) + 1,
            "table": "households",
            "street": family.street,
            "house": family.house,
            "members": [
                {"name": p.full_name, "iin": p.iin, "born": p.birth_date.isoformat()}
                for p in family.people
            ],
            "livestock": [dict(s.counts) for s in family.livestock],
        }
        line = json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
        lines.append(line)
        made += len(line)
    return lines


def content(lines: Sequence[bytes], total: int) -> Iterator[bytes]:
    """The block's lines over and over until `total` bytes were handed over."""
    if not any(lines):
        raise ValueError("no content to repeat")
    given = 0
    while given < total:
        for line in lines:
            yield line
            given += len(line)
            if given >= total:
                return


def _bare(lines: Sequence[bytes], total: int, path: Path) -> tuple[float, float]:
    started = time.perf_counter()
    compressor = zlib.compressobj(COMPRESSION_LEVEL)
    with open(path, "wb") as out:
        for line in content(lines, total):
            out.write(compressor.compress(line))
        out.write(compressor.flush())
        out.flush()
        os.fsync(out.fileno())
    written = time.perf_counter() - started
    started = time.perf_counter()
    inflater = zlib.decompressobj()
    with open(path, "rb") as file:
        while block := file.read(1024 * 1024):
            inflater.decompress(block)
    return written, time.perf_counter() - started


def measure(megabytes: float = 100, work_dir: Path | None = None) -> Figures:
    """Write, open and read a package of about `megabytes` MB of content in `work_dir` (a
    temporary folder by default); the files are removed afterwards."""
    if work_dir is None:
        with tempfile.TemporaryDirectory(prefix="auyl-package-bench-") as folder:
            return measure(megabytes, Path(folder))
    folder = work_dir
    folder.mkdir(parents=True, exist_ok=True)
    total = int(megabytes * MB)
    lines = block_of_lines(min(BLOCK_BYTES, total))
    village, district = keys.SyncKeys.new(), keys.SyncKeys.new()
    origin = Origin(52, uuid.uuid4(), 1, 400_000, datetime.now(office_zone()))
    path = folder / package_file_name(origin)

    started = time.perf_counter()
    write_package_file(
        path, origin, content(lines, total), village.signing, district.encryption.public_key()
    )
    write_s = time.perf_counter() - started

    def lookup(header: Header) -> Ed25519PublicKey:
        return village.signing.public_key()

    with open(path, "rb") as file:
        started = time.perf_counter()
        opened = open_package(file, lookup, district.encryption)
        open_s = time.perf_counter() - started
        started = time.perf_counter()
        received = sum(len(piece) for piece in opened.content())
        read_s = time.perf_counter() - started
    package_bytes = path.stat().st_size
    path.unlink()
    bare_path = folder / "bare.deflate"
    bare_write_s, bare_read_s = _bare(lines, total, bare_path)
    bare_path.unlink()
    return Figures(received, package_bytes, write_s, open_s, read_s, bare_write_s, bare_read_s)


def report(figures: Figures) -> str:
    f = figures
    lines = [
        f"content: {f.content_bytes / MB:.1f} MB; package: {f.package_bytes / MB:.1f} MB "
        f"({f.package_bytes / f.content_bytes:.0%} of the content)",
        f"write (with read-back check): {f.write_s:.2f} s, {f.rate(f.write_s):.1f} MB/s",
        f"open (checking pass):         {f.open_s:.2f} s, {f.rate(f.open_s):.1f} MB/s",
        f"read (content pass):          {f.read_s:.2f} s, {f.rate(f.read_s):.1f} MB/s",
        f"bare zlib write + fsync:      {f.bare_write_s:.2f} s, {f.rate(f.bare_write_s):.1f} MB/s",
        f"bare read + inflate:          {f.bare_read_s:.2f} s, {f.rate(f.bare_read_s):.1f} MB/s",
        f"package / bare: write {f.write_s / f.bare_write_s:.2f}x, "
        f"open + read {(f.open_s + f.read_s) / f.bare_read_s:.2f}x",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=100)
    parser.add_argument("--work-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    print(report(measure(args.megabytes, args.work_dir)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
