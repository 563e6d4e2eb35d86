"""The district takes in the villages' packages: checked, reported, then applied at once.

Each package is opened completely before anything is written (signature, sender's key in
force, every chunk decrypted, content hash: desktop/core/sync/package.py), its content read
against this program's tables, and only then applied, all the packages of one call in one
transaction. A dry run does the same work and rolls it back, so its report is what applying
would do.

Order. A package continues a base: the office's database and counter the district had
acknowledged when it was written (services/sync_export.py). It applies once the district has
that database's changes up to its base; before that it is **held** (its checked content kept)
and the gap reported ("office 52: changes 1200-1340 missing"); it is applied as soon as a
later call closes the gap. A package whose changes the district already has is `superseded`;
one received before, by its content hash, is a `duplicate`; neither changes anything.

Records. Every record is taken as of its version: the generation of the database that stamped
it (a restored database, with a new id, is one generation after the database it continues)
and its stamp. An older or equal version than the one held changes nothing, so packages give
the same records in any order. A record the district changed since it last took the office's
version (its own stamp moved) and that now arrives changed differently is a **conflict**: the
district's version stays, the office's is kept beside it (SyncConflict) for a person to choose.
"""

from __future__ import annotations

import gc
import uuid
import zlib
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any, cast

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from db.bulk import insert_columns, insert_rows, update_rows
from db.change_counter import allocate, stamp_rows
from db.engine import Database
from db.models import SyncConflict, SyncPackage, SyncRecord, SyncSource
from desktop.core.actor import Actor
from desktop.core.localtime import aware
from desktop.core.sync.header import Header, Origin, PackageError
from desktop.core.sync.package import open_package
from desktop.services import report_signoffs, reports, sync_keys, sync_search
from desktop.services.access import require
from desktop.services.sync_rows import (
    CONTENT_FORMAT,
    CONTENT_VERSION,
    Columns,
    RowError,
    columns_of,
    content_hasher,
    decode_columns,
    lines_of,
    read_columns,
    record_json,
    rows_of,
    tables,
)

Progress = Callable[[int, int], None]
_RECORDS = cast(Table, SyncRecord.__table__)
_IN_BATCH = 500
_SEARCHED = ("households", "members")  # the tables the search index is made of
APPLIED, HELD, DUPLICATE, SUPERSEDED, REJECTED = (
    "applied",
    "held",
    "duplicate",
    "superseded",
    "rejected",
)


@dataclass
class Counts:
    new: int = 0
    unchanged: int = 0
    changed: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class Gap:
    office: int
    database_id: uuid.UUID
    first_missing: int
    last_missing: int


@dataclass
class PackageReport:
    """What became of one package: its status, and per table what its records did."""

    name: str
    status: str
    office: int = 0
    database_id: uuid.UUID | None = None
    first_change: int = 0
    last_change: int = 0
    tables: dict[str, Counts] = field(default_factory=dict)
    gap: Gap | None = None
    error: str = ""  # the PackageError / RowError code of a rejected package
    released: bool = False  # held before, applied in this call as its gap closed


@dataclass
class ImportReport:
    packages: list[PackageReport]
    dry_run: bool

    def by_office(self) -> dict[int, dict[str, Counts]]:
        """The counts of the applied packages, per office and table."""
        result: dict[int, dict[str, Counts]] = defaultdict(dict)
        for item in self.packages:
            for name, counts in item.tables.items():
                total = result[item.office].setdefault(name, Counts())
                total.new += counts.new
                total.unchanged += counts.unchanged
                total.changed += counts.changed
                total.conflicts += counts.conflicts
        return dict(result)


@dataclass(frozen=True)
class Content:
    """A checked package's content, read against this program's tables."""

    header: Header
    manifest: dict[str, Any]
    # table -> column -> values, tables parents first (UUIDs as their text in a village's
    # changes): a whole book is read, checked and inserted column by column
    columns: dict[str, dict[str, list[Any]]]
    raw: bytes

    @cached_property
    def rows(self) -> dict[str, list[dict[str, Any]]]:
        """table -> rows, as dicts (made when first asked for)."""
        return {name: rows_of(columns) for name, columns in self.columns.items()}

    def count(self, table: str) -> int:
        return len(self.columns[table]["id"])

    @property
    def base_database_id(self) -> uuid.UUID | None:
        value = self.manifest.get("base_database_id")
        return None if value is None else uuid.UUID(value)

    @property
    def base_change(self) -> int:
        return int(self.manifest["base_change"])

    @property
    def audit_mark(self) -> dict[str, Any]:
        """The sender's latest audit entry (number, chain hash) as SyncPackage columns; none
        from a package written before the audit trail carried it."""
        mark = self.manifest.get("audit")
        if (
            isinstance(mark, list)
            and len(mark) == 2
            and isinstance(mark[0], int)
            and isinstance(mark[1], str)
            and len(mark[1]) == 64
        ):
            return {"audit_entry": mark[0], "audit_hash": mark[1]}
        return {"audit_entry": None, "audit_hash": None}


class ContentError(Exception):
    """Checked content that does not fit: bad_manifest, unknown_table, bad_layout, bad_rows,
    foreign_rows (records of another office); `detail` says where."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code} {detail}".rstrip())
        self.code = code
        self.detail = detail


def open_checked(path: Path, lookup: Any, private: X25519PrivateKey) -> tuple[Header, bytes]:
    """The header and whole content of a package that passed every check; PackageError."""
    header, raw = _open_unless_known(path, lookup, private, frozenset())
    assert raw is not None
    return header, raw


def _open_unless_known(
    path: Path, lookup: Any, private: X25519PrivateKey, known: Container[str]
) -> tuple[Header, bytes | None]:
    """open_checked, but without the content (None) of a package whose content hash (checked
    in the first pass) is `known`: a package taken in before is not decrypted a second time."""
    try:
        with open(path, "rb") as file:
            opened = open_package(file, lookup, private)
            if opened.header.content_hash in known:
                return opened.header, None
            return opened.header, b"".join(opened.content())
    except OSError as error:
        raise PackageError("read_failed", error=str(error)) from None


def parse_content(header: Header, raw: bytes, kind: str, uuid_as_text: bool = False) -> Content:
    """The manifest and rows of checked content; ContentError when it does not fit the header
    or this program's tables (a package made by another program, or another version). The
    rows' UUIDs as their canonical text with `uuid_as_text` (sync_rows.read_columns)."""
    try:
        items = lines_of(raw)
        manifest = items[0] if items else None
        if (
            not isinstance(manifest, dict)
            or manifest.get("format") != CONTENT_FORMAT
            or manifest.get("version") != CONTENT_VERSION
            or manifest.get("kind") != kind
            or manifest.get("office") != header.origin.office
            or manifest.get("database_id") != str(header.origin.database_id)
        ):
            raise ContentError("bad_manifest")
        known = tables()
        rows: dict[str, dict[str, list[Any]]] = {}
        columns: Columns = []
        current: list[Any] | None = None  # the current table's rows as they came
        name = ""
        end = object()
        for item in [*items[1:], end]:
            if isinstance(item, dict) or item is end:
                if current is not None:  # a table's rows read at once, column by column
                    rows[name] = decode_columns(columns, current)
                if item is end:
                    break
                assert isinstance(item, dict)
                table = known.get(str(item.get("table")))
                if table is None or table.name in rows or table.name == name:
                    raise ContentError("unknown_table")
                columns = read_columns(table, list(item.get("columns") or []), uuid_as_text)
                name, current = table.name, []
            elif current is None:
                raise ContentError("bad_layout")
            else:
                current.append(item)
    except RowError as error:
        raise ContentError("bad_rows", error.detail) from None
    except (KeyError, TypeError, ValueError):
        raise ContentError("bad_manifest") from None
    ordered = {name: rows[name] for name in known if name in rows}
    return Content(header, manifest, ordered, raw)


def _check_changes(content: Content) -> None:
    """A village may send only its own records, stamped within the package's range."""
    origin = content.header.origin
    for columns in content.columns.values():
        stamps = columns["change_seq"]
        if set(columns["origin_office"]) - {origin.office} or (
            stamps and not 0 < min(stamps) <= max(stamps) <= origin.last_change
        ):
            raise ContentError("foreign_rows")
    if sum(map(content.count, content.columns)) != content.manifest.get("rows"):
        raise ContentError("bad_manifest")
    if "indicator_inputs" in content.manifest:
        try:
            reports.check_office_inputs(content.manifest["indicator_inputs"])
        except (TypeError, ValueError):
            raise ContentError("bad_manifest", "indicator_inputs") from None
    _check_sign_offs(content)


def _check_sign_offs(content: Content) -> None:
    """The akim's sign-offs a package carries (none from a program before they travelled)."""
    if "sign_offs" in content.manifest:
        try:
            report_signoffs.check_travelling(content.manifest["sign_offs"])
        except (KeyError, TypeError, ValueError):
            raise ContentError("bad_manifest", "sign_offs") from None


def read_change_package(
    db: Database, path: Path, actor: Actor, now: datetime, known: Container[str] = frozenset()
) -> tuple[Header, bytes | None]:
    """A village's package, opened (every check passed) and its content read, unless its
    content hash is `known` (None: a package taken in before); PackageError."""
    require(actor, "sync.import")
    me = sync_keys.side(db)
    if me.role != "district":
        raise sync_keys.SyncKeyError("wrong_role", role=me.role)
    private = sync_keys.own_keys(db, actor, now).encryption
    return _open_unless_known(path, sync_keys.sender_lookup(db, "office"), private, known)


class _DryRun(Exception):
    pass


class _Applier:
    """The work of one call, inside its transaction."""

    def __init__(self, work: Session, now: datetime) -> None:
        self.work = work
        self.now = aware(now)
        self.fresh: list[dict[str, Any]] = []  # SyncRecord rows of the table being applied
        self.households: set[str] = set()  # ids (text) whose search rows the applied rows change
        self.taken = sync_search.Taken()  # households that came new: indexed from the package

    # -- order ---------------------------------------------------------------------------------

    def source(self, database_id: uuid.UUID | None) -> SyncSource | None:
        return None if database_id is None else self.work.get(SyncSource, database_id)

    def gap(self, content: Content) -> Gap | None:
        """What must arrive before this package applies; None when it can apply now."""
        base_id = content.base_database_id
        if base_id is None:
            return None
        base = self.source(base_id)
        through = 0 if base is None else base.applied_through
        if base is not None and through >= content.base_change:
            return None
        return Gap(content.header.origin.office, base_id, through + 1, content.base_change)

    def superseded(self, content: Content) -> bool:
        origin = content.header.origin
        known = self.source(origin.database_id)
        return known is not None and known.applied_through >= origin.last_change

    def generation(self, content: Content) -> int:
        origin = content.header.origin
        known = self.source(origin.database_id)
        if known is not None:
            return known.generation
        base = self.source(content.base_database_id)
        return 1 if base is None else base.generation + 1

    # -- one package ---------------------------------------------------------------------------

    def take(self, name: str, content: Content, known: SyncPackage | None) -> PackageReport:
        origin = content.header.origin
        report = PackageReport(
            name,
            APPLIED,
            origin.office,
            origin.database_id,
            origin.first_change,
            origin.last_change,
        )
        if known is not None and known.status != HELD:
            report.status = DUPLICATE
            return report
        claimed = self.source(origin.database_id)
        if claimed is not None and claimed.office != origin.office:
            report.status, report.error = REJECTED, "foreign_database"
            return report
        gap = self.gap(content)
        if gap is not None:
            report.status, report.gap = HELD, gap
            if known is None:
                self.work.add(self._package(name, content, HELD, zlib.compress(content.raw, 3)))
            return report
        if self.superseded(content):
            report.status = SUPERSEDED
        else:
            report.tables = self.apply(content)
        if known is None:
            self.work.add(self._package(name, content, report.status, None))
        else:
            known.status, known.held_content = report.status, None
        self.work.flush()
        return report

    def _package(self, name: str, content: Content, status: str, held: bytes | None) -> SyncPackage:
        origin = content.header.origin
        return SyncPackage(
            file_name=name,
            direction="in",
            kind="changes",
            office=origin.office,
            database_id=origin.database_id,
            first_change=origin.first_change,
            last_change=origin.last_change,
            base_database_id=content.base_database_id,
            base_change=content.base_change,
            full=bool(content.manifest.get("full")),
            content_hash=content.header.content_hash,
            status=status,
            rows=int(content.manifest["rows"]),
            at=self.now,
            held_content=held,
            **content.audit_mark,
        )

    def apply(self, content: Content) -> dict[str, Counts]:
        origin = content.header.origin
        generation = self.generation(content)
        source = self.source(origin.database_id)
        if source is None:
            source = SyncSource(
                database_id=origin.database_id,
                office=origin.office,
                generation=generation,
                applied_through=0,
                last_package_at=self.now,
            )
            self.work.add(source)
            self.work.flush()
        generations = {
            str(s.database_id): s.generation for s in self.work.scalars(select(SyncSource))
        }
        counts = {}
        for name, columns in content.columns.items():
            counts[name] = self._apply_table(
                tables()[name], columns, origin.office, generation, generations
            )
        self._take_indicator_inputs(content, generation)
        self._take_sign_offs(content, generation)
        source.applied_through = max(source.applied_through, origin.last_change)
        source.last_package_at = self.now
        touched = sync_search.households_of(content.columns)
        self.taken.drop(touched)  # changed again: read back
        if all(counts[name].new == content.count(name) for name in _SEARCHED if name in counts):
            self.taken.add(content.columns)  # every household and member came new, as it is here
            touched -= self.taken.households.keys()
        self.households.update(touched)
        return counts

    def _take_indicator_inputs(self, content: Content, generation: int) -> None:
        """The office's report settings (3.3, targets) its package carries, if the latest."""
        inputs = content.manifest.get("indicator_inputs")
        if inputs is not None:  # none from a program before they travelled
            origin = content.header.origin
            reports.take_office_inputs(
                self.work, origin.office, inputs, (generation, origin.last_change)
            )

    def _take_sign_offs(self, content: Content, generation: int) -> None:
        """The akim's sign-offs of the office's reports its package carries, those not held."""
        items = content.manifest.get("sign_offs")
        if items:  # none from a program before they travelled
            report_signoffs.take_office_sign_offs(
                self.work, content.header.origin.office, items, generation, self.now
            )

    def _apply_table(
        self,
        table: Table,
        columns: dict[str, list[Any]],
        office: int,
        generation: int,
        generations: dict[str, int],
    ) -> Counts:
        """Take in one table's rows, given column by column (their UUIDs as text:
        parse_content)."""
        counts = Counts()
        name = str(table.name)  # plain text for the driver (a quoted_name is adapted per value)
        # None of the office's records here yet (its first package, a whole book): every row is
        # new, with nothing to look up (rows are never deleted, and ids are the office's own).
        first = self.work.scalar(select(table.c.id).where(table.c.origin_office == office).limit(1))
        if first is None:
            counts.new = len(columns["id"])
            self._insert_new(table, columns, office, generation, generations)
            return counts
        rows = rows_of(columns)
        content_hash = content_hasher(name, columns_of(table))
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        taken: list[tuple[dict[str, Any], tuple[int, int], SyncRecord | None]] = []
        for start in range(0, len(rows), _IN_BATCH):
            batch = rows[start : start + _IN_BATCH]
            ids = [uuid.UUID(r["id"]) for r in batch]
            records = {
                str(r.record_id): r
                for r in self.work.scalars(
                    select(SyncRecord).where(
                        SyncRecord.table_name == name, SyncRecord.record_id.in_(ids)
                    )
                )
            }
            here = {
                str(r.id): dict(r._mapping)
                for r in self.work.execute(select(table).where(table.c.id.in_(ids)))
            }
            for row in batch:
                version = (generations.get(row["change_db"], generation), row["change_seq"])
                record = records.get(row["id"])
                if record is not None and version <= (record.generation, record.source_seq):
                    counts.unchanged += 1
                    continue
                current = here.get(row["id"])
                if current is None:  # inserted as it came, with this database's stamps
                    counts.new += 1
                    inserts.append(row)
                    taken.append((row, version, record))
                    continue
                if content_hash(row) == content_hash(current):
                    counts.unchanged += 1
                    self._remember(name, row, version, record, current["change_seq"], office)
                    continue
                if record is None or current["change_seq"] != record.local_seq:  # changed here
                    counts.conflicts += 1
                    self._conflict(name, office, row, current)
                    self._remember(
                        name, row, version, record, current["change_seq"], office, keep_local=True
                    )
                    continue
                counts.changed += 1
                update = _without_stamps(row)
                del update["row_version"]
                updates.append(update)
                taken.append((row, version, record))
        self._write(table, inserts, updates)
        stamped = {r["id"]: r["change_seq"] for r in inserts + updates}
        for row, version, record in taken:
            self._remember(name, row, version, record, stamped[row["id"]], office)
        insert_rows(self.work, _RECORDS, self.fresh)
        self.fresh = []
        return counts

    def _write(
        self, table: Table, inserts: list[dict[str, Any]], updates: list[dict[str, Any]]
    ) -> None:
        """Insert new rows as they came and update changed ones, with this database's stamps
        (set on the rows: `change_seq`)."""
        if inserts:
            database_id = stamp_rows(self.work, inserts)
            insert_rows(self.work, table, inserts, {"change_db": database_id, "row_version": 1})
        if updates:
            database_id = stamp_rows(self.work, updates)
            update_rows(
                self.work,
                table,
                updates,
                {"change_db": database_id},
                {"row_version": table.c.row_version + 1},
            )

    def _insert_new(
        self,
        table: Table,
        columns: dict[str, list[Any]],
        office: int,
        generation: int,
        generations: dict[str, int],
    ) -> None:
        """Insert records none of which is here yet as they came, with this database's stamps,
        and remember their versions: column by column, with no Python object per row."""
        count = len(columns["id"])
        sent = columns["change_db"]
        if set(sent) <= generations.keys():
            generation_of = list(map(generations.__getitem__, sent))
        else:
            generation_of = [generations.get(db, generation) for db in sent]
        database_id, first = allocate(self.work, count)
        stamps = range(first, first + count)
        insert_columns(
            self.work,
            table,
            columns | {"change_seq": stamps},
            {"change_db": database_id, "row_version": 1},
        )
        insert_columns(
            self.work,
            _RECORDS,
            {
                "record_id": columns["id"],
                "generation": generation_of,
                "source_seq": columns["change_seq"],
                "local_seq": stamps,
            },
            {"table_name": str(table.name), "office": office},
        )

    def _remember(
        self,
        table: str,
        row: dict[str, Any],
        version: tuple[int, int],  # (generation, the record's stamp where it was written)
        record: SyncRecord | None,
        local_seq: int,
        office: int,
        keep_local: bool = False,
    ) -> None:
        generation, source_seq = version
        if record is None:  # many at a time: inserted in bulk at the end of the table
            self.fresh.append(
                {
                    "table_name": table,
                    "record_id": row["id"],
                    "office": office,
                    "generation": generation,
                    "source_seq": source_seq,
                    "local_seq": local_seq,
                }
            )
            return
        if not keep_local:
            record.local_seq = local_seq
        record.generation = generation
        record.source_seq = source_seq

    def _conflict(
        self, table: str, office: int, row: dict[str, Any], current: dict[str, Any]
    ) -> None:
        record_id = uuid.UUID(row["id"])
        open_one = self.work.scalar(
            select(SyncConflict).where(
                SyncConflict.table_name == table,
                SyncConflict.record_id == record_id,
                SyncConflict.resolved_at.is_(None),
            )
        )
        if open_one is None:
            open_one = SyncConflict(
                table_name=table, record_id=record_id, office=office, detected_at=self.now
            )
            self.work.add(open_one)
        open_one.incoming = record_json(row)
        open_one.local = record_json(current)

    # -- held packages -------------------------------------------------------------------------

    def release_held(
        self, office: int, open_held: Callable[[SyncPackage], Content]
    ) -> list[PackageReport]:
        """Apply the office's held packages whose gap has closed, until none is left."""
        released: list[PackageReport] = []
        progress = True
        while progress:
            progress = False
            held = self.work.scalars(
                select(SyncPackage)
                .where(
                    SyncPackage.direction == "in",
                    SyncPackage.office == office,
                    SyncPackage.status == HELD,
                )
                .order_by(SyncPackage.last_change, SyncPackage.id)
            ).all()
            for package in held:
                content = open_held(package)
                if self.gap(content) is None:
                    report = self.take(package.file_name or f"#{package.id}", content, package)
                    report.released = True
                    released.append(report)
                    progress = True
        return released


def _without_stamps(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in ("change_seq", "change_db")}


def _held_content(package: SyncPackage) -> Content:
    """A held package's content as it was kept (its signature and keys were checked when it
    arrived)."""
    assert package.held_content is not None
    origin = Origin(
        package.office, package.database_id, package.first_change, package.last_change, package.at
    )
    header = Header(origin, "", "", b"", 0, package.content_hash)
    return parse_content(header, zlib.decompress(package.held_content), "changes", True)


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector paused: a whole book read and applied makes millions of rows
    and values that live until the end, and each collection would walk them all again (a
    fifth of an import's time). Reference counting still frees what is dropped; cycles left
    are collected once the collector runs again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@_cycle_collection_paused()
def import_packages(
    db: Database,
    paths: Iterable[Path],
    actor: Actor,
    now: datetime,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Check every package, then apply those that can be applied, in one transaction (rolled
    back for a dry run); a package that fails its checks is reported `rejected` and changes
    nothing. SyncKeyError when this installation is not the district's."""
    require(actor, "sync.import")
    paths = list(paths)
    report = progress or (lambda _done, _total: None)
    checked: list[tuple[str, Content]] = []
    results: list[PackageReport] = []
    with db.read() as session:  # packages taken in before: known by their content hash
        taken = set(
            session.scalars(
                select(SyncPackage.content_hash).where(
                    SyncPackage.direction == "in", SyncPackage.status != HELD
                )
            )
        )
    for done, path in enumerate(paths):
        report(done, len(paths) + 1)
        try:
            header, raw = read_change_package(db, path, actor, now, taken)
            if raw is None:  # checked, but its content not read again: a duplicate
                origin = header.origin
                results.append(
                    PackageReport(
                        path.name,
                        DUPLICATE,
                        origin.office,
                        origin.database_id,
                        origin.first_change,
                        origin.last_change,
                    )
                )
                continue
            content = parse_content(header, raw, "changes", uuid_as_text=True)
            _check_changes(content)
            checked.append((path.name, content))
        except PackageError as error:
            results.append(PackageReport(path.name, REJECTED, error=error.code))
        except ContentError as error:
            results.append(PackageReport(path.name, REJECTED, error=str(error)))
    report(len(paths), len(paths) + 1)
    try:
        with db.write(actor) as work:
            applier = _Applier(work, now)
            for name, content in checked:
                known = work.scalar(
                    select(SyncPackage).where(
                        SyncPackage.direction == "in",
                        SyncPackage.content_hash == content.header.content_hash,
                    )
                )
                item = applier.take(name, content, known)
                results.append(item)
                if item.status == APPLIED:
                    results.extend(applier.release_held(item.office, _held_content))
            if any(r.status in (APPLIED, HELD) for r in results):  # refused or repeated: no trace
                work.note("sync.import", ", ".join(r.name for r in results), dry_run=dry_run)
            if dry_run:
                raise _DryRun
            sync_search.refresh(work, applier.households)
            applier.taken.index(work)
    except _DryRun:
        pass
    report(len(paths) + 1, len(paths) + 1)
    return ImportReport(results, dry_run)


def audit_mark(db: Database, office: int) -> tuple[int, str] | None:
    """The latest audit entry (number, chain hash) an office's applied packages carried: an
    entry that office's audit log must still hold (`auyl-desk audit verify --expect N:HASH`)."""
    with db.read() as session:
        row = session.execute(
            select(SyncPackage.audit_entry, SyncPackage.audit_hash)
            .where(
                SyncPackage.direction == "in",
                SyncPackage.office == office,
                SyncPackage.status == APPLIED,
                SyncPackage.audit_entry.is_not(None),
            )
            .order_by(SyncPackage.audit_entry.desc())
            .limit(1)
        ).first()
    if row is None or row.audit_entry is None or row.audit_hash is None:
        return None
    return row.audit_entry, row.audit_hash


@dataclass(frozen=True)
class Conflict:
    """An open conflict: both versions of the record, in their JSON form."""

    id: int
    table_name: str
    record_id: uuid.UUID
    office: int
    incoming: dict[str, Any]  # the office's version
    local: dict[str, Any]  # the district's version


def open_conflicts(db: Database) -> list[Conflict]:
    with db.read() as session:
        rows = session.scalars(
            select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.id)
        )
        return [
            Conflict(r.id, r.table_name, r.record_id, r.office, r.incoming, r.local) for r in rows
        ]


@dataclass(frozen=True)
class SourceState:
    office: int
    database_id: uuid.UUID
    applied_through: int
    last_package_at: datetime


def sources(db: Database) -> list[SourceState]:
    """Every office database the district takes packages from, with how far it has them."""
    with db.read() as session:
        rows = session.scalars(
            select(SyncSource).order_by(SyncSource.office, SyncSource.generation)
        )
        return [
            SourceState(r.office, r.database_id, r.applied_through, r.last_package_at) for r in rows
        ]


@dataclass(frozen=True)
class OfficeTotals:
    """The district's consolidated view of one office (office 0: the whole district)."""

    office: int
    households: int
    applications: int
    complaints: int


def office_totals(db: Database) -> list[OfficeTotals]:
    """Live households, applications and complaints per office the district holds, and the
    district's total last (office 0)."""
    counted: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with db.read() as session:
        offices = set(session.scalars(select(SyncSource.office)))
        for name in ("households", "applications", "complaints"):
            table = tables()[name]
            query = (
                select(table.c.origin_office, func.count())
                .where(table.c.deleted_at.is_(None), table.c.origin_office.in_(offices))
                .group_by(table.c.origin_office)
            )
            for office, count in session.execute(query):
                counted[office][name] = count
    rows = [
        OfficeTotals(
            o, counted[o]["households"], counted[o]["applications"], counted[o]["complaints"]
        )
        for o in sorted(offices)
    ]
    total = OfficeTotals(
        0,
        sum(r.households for r in rows),
        sum(r.applications for r in rows),
        sum(r.complaints for r in rows),
    )
    return [*rows, total]
