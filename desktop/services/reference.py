"""Reference data from resources/reference: loading, lookups, flagged values and corrections."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import (
    AkimOffice,
    Base,
    BookTerm,
    Department,
    District,
    DistrictAkimat,
    FieldCorrection,
    QualityIndicator,
    ReceptionSlot,
    ReferenceFile,
    Staff,
)
from desktop.core.actor import SYSTEM, Actor
from desktop.core.textsearch import matches_all_words
from desktop.paths import resource_path
from desktop.services.access import require
from desktop.services.settings import OFFICE_NUMBER, get_setting, set_setting

# reception schedules set here (at the district) or brought by the district's answer (at an
# office), {district code: [slot, ...]}: kept over a reload of the reference files
RECEPTION_SCHEDULES = "reference.reception_schedules"
SLOT_FIELDS = (
    "who",
    "deputy_no",
    "plural",
    "recurrence",
    "weekday",
    "nth",
    "time_from",
    "time_to",
    "source",
)

FILES = ("districts", "departments", "offices", "indicators", "district_akimats", "household_book")

# entity name used in flags and corrections -> (model, key attribute)
ENTITIES: dict[str, tuple[type[Base], str]] = {
    "district": (District, "code"),
    "department": (Department, "order"),
    "office": (AkimOffice, "number"),
    "district_akimat": (DistrictAkimat, "district"),
}


def reference_folder() -> Path:
    return resource_path("reference")


def _digest(folder: Path) -> dict[str, str]:
    return {
        name: hashlib.sha256((folder / f"{name}.json").read_bytes()).hexdigest() for name in FILES
    }


def load_reference(db: Database, actor: Actor, folder: Path | None = None) -> bool:
    """Load the reference files if they are new or changed; corrections are re-applied.

    Returns True when something was (re)loaded. All or nothing: one transaction. Unchanged
    files (every ordinary start) are found so in a read transaction: no write lock, no write.
    At start the program does it by itself (the system actor).
    """
    require(actor, "reference.edit")
    folder = folder or reference_folder()
    digests = _digest(folder)
    with db.read() as session:
        if _loaded_digests(session) == digests:
            return False
    with db.write(actor) as session:
        if _loaded_digests(session) == digests:  # another program loaded them meanwhile
            return False
        data = {name: json.loads((folder / f"{name}.json").read_text("utf-8")) for name in FILES}
        for model in (ReceptionSlot, DistrictAkimat, QualityIndicator, Department, BookTerm):
            session.execute(delete(model))
        for kind, terms in data["household_book"].items():
            session.add_all(
                BookTerm(**{**_pick(BookTerm, term), "kind": kind, "order": i})
                for i, term in enumerate(terms)
            )
        _merge_districts_and_offices(session, data["districts"], data["offices"])
        for item in data["departments"]:
            session.add(Department(**_pick(Department, item)))
        for item in data["indicators"]:
            fields = _pick(QualityIndicator, item)
            fields["norm"] = Decimal(str(item["norm"]))
            session.add(QualityIndicator(**fields))
        for item in data["district_akimats"]:
            akimat = DistrictAkimat(**_pick(DistrictAkimat, item))
            akimat.reception = [
                ReceptionSlot(position=i, **_pick(ReceptionSlot, slot))
                for i, slot in enumerate(item["reception"])
            ]
            session.add(akimat)
        session.flush()
        for correction in _current_corrections(session):
            _apply(session, correction)
        for district, slots in (get_setting(session, RECEPTION_SCHEDULES, {}) or {}).items():
            _put_reception(session, district, slots)
        session.execute(delete(ReferenceFile))
        session.add_all(ReferenceFile(name=n, sha256=h) for n, h in digests.items())
        session.note("reference.load", str(folder), files=digests)
    return True


def _loaded_digests(session: Session) -> dict[str, str]:
    return {row.name: row.sha256 for row in session.scalars(select(ReferenceFile))}


def _merge_districts_and_offices(
    session: Session, districts: list[dict[str, Any]], offices: list[dict[str, Any]]
) -> None:
    """Offices are referred to by settings (and later by records): update in place, never drop."""
    _update_or_add(session, District, "code", districts)
    session.flush()
    _update_or_add(session, AkimOffice, "number", offices)


def _update_or_add(
    session: Session, model: type[Base], key: str, items: list[dict[str, Any]]
) -> None:
    """Each item updates the row with its key, or becomes a new row (one SELECT in all)."""
    existing = {getattr(row, key): row for row in session.scalars(select(model))}
    for item in items:
        fields = _pick(model, item)
        row = existing.get(fields[key])
        if row is None:
            session.add(model(**fields))
        else:
            for name, value in fields.items():
                setattr(row, name, value)


def _pick(model: type[Base], item: dict[str, Any]) -> dict[str, Any]:
    columns = {c.key for c in model.__table__.columns} - {"id", "position"}
    return {k: v for k, v in item.items() if k in columns}


# ---- lookups ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DistrictRow:
    code: str
    kind: str
    name_kk: str
    name_ru: str

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" else self.name_kk


@dataclass(frozen=True)
class OfficeRow:
    number: int
    name: str
    kind: str
    district: str
    district_kk: str
    district_ru: str
    postal_code: str
    address: str
    phones: tuple[str, ...]
    fax: tuple[str, ...]
    flags: tuple[dict[str, Any], ...]
    name_ru: str = ""

    def name_in(self, language: str) -> str:
        """The office's name in `language`: the Russian form (derived) when there is one."""
        return self.name_ru if language == "ru" and self.name_ru else self.name

    def district_in(self, language: str) -> str:
        return self.district_ru if language == "ru" else self.district_kk

    @property
    def doubtful(self) -> bool:
        """Whether the standard's own text of this office looks wrong somewhere (the Russian
        forms made by rule are flagged too, but for checking, not as faults of the text)."""
        return any(f["reason"] != "derived_ru" for f in self.flags)


def districts(db: Database) -> list[DistrictRow]:
    with db.read() as session:
        rows = session.scalars(select(District).order_by(District.order))
        return [DistrictRow(r.code, r.kind, r.name_kk, r.name_ru) for r in rows]


def find_offices(db: Database, text: str = "", district: str | None = None) -> list[OfficeRow]:
    """Offices whose number, name, locality or district contain every typed word (any case).

    `district` is a district code (exact) or part of a city/district name in either language.
    Flags show the values still to check: a field an administrator has corrected is left out.
    """
    query = (
        select(
            AkimOffice.number,
            AkimOffice.name,
            AkimOffice.kind,
            AkimOffice.locality,
            AkimOffice.postal_code,
            AkimOffice.address,
            AkimOffice.phones,
            AkimOffice.fax,
            AkimOffice.flags,
            AkimOffice.name_ru.label("office_ru"),
            District.code,
            District.name_kk,
            District.name_ru,
        )
        .join(District)
        .order_by(AkimOffice.number)
    )
    with db.read() as session:
        corrected = {
            (c.record_key, c.field) for c in _current_corrections(session) if c.entity == "office"
        }
        rows = session.execute(query).all()
    result = []
    for row in rows:
        district_text = f"{row.code} {row.name_kk} {row.name_ru}"
        if district and district != row.code and not matches_all_words(district_text, district):
            continue
        haystack = f"{row.number} {row.name} {row.office_ru} {row.locality} {district_text}"
        if not matches_all_words(haystack, text):
            continue
        key = str(row.number)
        result.append(
            OfficeRow(
                row.number,
                row.name,
                row.kind,
                row.code,
                row.name_kk,
                row.name_ru,
                row.postal_code,
                row.address,
                tuple(row.phones),
                tuple(row.fax),
                tuple(
                    f
                    for f in row.flags
                    if f["field"] in AkimOffice.__mapper__.attrs
                    and (key, f["field"]) not in corrected
                ),
                row.office_ru,
            )
        )
    return result


# ---- flagged values and their corrections ----------------------------------------------------


@dataclass(frozen=True)
class FlaggedValue:
    entity: str
    record_key: str
    record_label: str
    field: str
    source_value: Any
    current_value: Any
    reason: str
    detail: str
    suggestion: Any
    corrected_by: str | None
    corrected_at: datetime | None

    @property
    def is_corrected(self) -> bool:
        return self.corrected_by is not None

    @property
    def is_correctable(self) -> bool:
        """Plain values can be corrected; a parsed structure (a schedule) is kept as printed."""
        model, _ = ENTITIES[self.entity]
        return self.field in model.__table__.columns


def _current_corrections(session: Session) -> list[FieldCorrection]:
    """The newest live correction of each (entity, record, field)."""
    rows = session.scalars(
        select(FieldCorrection)
        .where(FieldCorrection.deleted_at.is_(None))
        .order_by(FieldCorrection.created_at)
    )
    newest: dict[tuple[str, str, str], FieldCorrection] = {}
    for row in rows:
        newest[(row.entity, row.record_key, row.field)] = row
    return list(newest.values())


def _record(session: Session, entity: str, key: str) -> Any:
    model, key_attr = ENTITIES[entity]
    column = model.__table__.columns[key_attr]
    value: Any = int(key) if column.type.python_type is int else key
    return session.get(model, value)


def _apply(session: Session, correction: FieldCorrection) -> None:
    record = _record(session, correction.entity, correction.record_key)
    if record is not None:
        setattr(record, correction.field, correction.corrected_value)


def _held_flags(record: Base) -> list[dict[str, Any]]:
    """The record's flags on fields this database holds: the reference files may flag fields
    the schema does not have yet (the derived Russian names); those are not listed."""
    assert isinstance(record, Department | AkimOffice | DistrictAkimat | District)  # the ENTITIES
    fields = record.__mapper__.attrs
    return [flag for flag in record.flags if flag["field"] in fields]


def flagged_values(db: Database) -> list[FlaggedValue]:
    """Every flagged value in the reference data, with its correction if one was made: the
    values printed wrong in the standard, then the Russian names derived by rule."""
    with db.read() as session:
        corrections = {(c.entity, c.record_key, c.field): c for c in _current_corrections(session)}
        result = []
        for entity, (model, key_attr) in ENTITIES.items():
            for record in session.scalars(select(model)):
                key = str(getattr(record, key_attr))
                label = str(getattr(record, "name", None) or getattr(record, "name_kk", key))
                for flag in _held_flags(record):
                    correction = corrections.get((entity, key, flag["field"]))
                    result.append(
                        FlaggedValue(
                            entity,
                            key,
                            label,
                            flag["field"],
                            flag["value"],
                            getattr(record, flag["field"]),
                            flag["reason"],
                            flag["detail"],
                            flag.get("suggestion"),
                            correction.corrected_by if correction else None,
                            correction.created_at if correction else None,
                        )
                    )
        # What the standard's text got wrong first, the Russian forms made by rule after it.
        return sorted(result, key=lambda value: value.reason == "derived_ru")


def correct_value(
    db: Database,
    entity: str,
    record_key: str,
    field: str,
    value: Any,
    actor: Actor,
    reason: str = "",
) -> None:
    """Record an administrator's correction (who, when, old and new) and apply it."""
    require(actor, "reference.edit")
    if entity not in ENTITIES:
        raise ValueError(f"unknown entity {entity!r}")
    with db.write(actor) as session:
        record = _record(session, entity, record_key)
        if record is None or field not in record.__table__.columns:
            raise LookupError(f"no {entity} {record_key} with a field {field!r}")
        correction = FieldCorrection(
            origin_office=get_setting(session, OFFICE_NUMBER, 0),
            entity=entity,
            record_key=record_key,
            field=field,
            source_value=getattr(record, field),
            corrected_value=value,
            corrected_by=actor.name,
            corrected_by_id=actor.staff_id,
            reason=reason,
        )
        session.add(correction)
        setattr(record, field, value)


@dataclass(frozen=True)
class ReceptionRow:
    who: str
    deputy_no: int | None
    plural: bool
    recurrence: str
    weekday: int | None
    nth: tuple[int, ...]
    time_from: str | None
    time_to: str | None
    source: str


@dataclass(frozen=True)
class DistrictAkimatRow:
    district: str
    name: str
    address: str
    phones: tuple[str, ...]
    web: tuple[str, ...]
    email: tuple[str, ...]
    reception: tuple[ReceptionRow, ...]
    name_ru: str = ""

    def name_in(self, language: str) -> str:
        """The akimat's name in `language`: the Russian form (derived) when there is one."""
        return self.name_ru if language == "ru" and self.name_ru else self.name


def district_akimat(db: Database, district: str) -> DistrictAkimatRow | None:
    """The city/district akim's office that complaints from `district` go to."""
    with db.read() as session:
        row = session.get(DistrictAkimat, district)
        if row is None:
            return None
        return DistrictAkimatRow(
            row.district,
            row.name,
            f"{row.postal_code}, {row.address}".strip(", "),
            tuple(row.phones),
            tuple(row.web),
            tuple(row.email),
            tuple(
                ReceptionRow(
                    s.who,
                    s.deputy_no,
                    s.plural,
                    s.recurrence,
                    s.weekday,
                    tuple(s.nth),
                    s.time_from,
                    s.time_to,
                    s.source,
                )
                for s in row.reception
            ),
            row.name_ru,
        )


# ---- the district's corrections, brought by its return package (services/sync_return.py) -----


def district_corrections(session: Session, office: int) -> list[dict[str, Any]]:
    """The live corrections an office has not made itself, as the return package carries them
    (their ids kept, so a correction taken twice is taken once)."""
    rows = session.scalars(
        select(FieldCorrection).where(
            FieldCorrection.deleted_at.is_(None), FieldCorrection.origin_office != office
        )
    )
    return [
        {
            "id": str(row.id),
            "origin_office": row.origin_office,
            "created_at": row.created_at.isoformat(),
            "entity": row.entity,
            "record_key": row.record_key,
            "field": row.field,
            "source_value": row.source_value,
            "corrected_value": row.corrected_value,
            "corrected_by": row.corrected_by,
            "corrected_by_id": str(row.corrected_by_id),
            "reason": row.reason,
        }
        for row in rows
    ]


def _staff_here(session: Session, staff_id: uuid.UUID) -> uuid.UUID:
    """The district's staff are not in an office's database: their corrections are kept under
    the program's own record there (the name stays in corrected_by)."""
    return staff_id if session.get(Staff, staff_id) is not None else SYSTEM.staff_id


def take_corrections(session: Session, items: list[dict[str, Any]]) -> list[FlaggedKey]:
    """Take the district's corrections (inside the caller's transaction) and apply the newest
    of each field; the fields whose value changed. KeyError / ValueError on a malformed item."""
    changed: list[FlaggedKey] = []
    for item in items:
        if item["entity"] not in ENTITIES:
            raise ValueError(f"unknown entity {item['entity']!r}")
        correction_id = uuid.UUID(item["id"])
        if session.get(FieldCorrection, correction_id) is not None:
            continue
        session.add(
            FieldCorrection(
                id=correction_id,
                origin_office=int(item["origin_office"]),
                created_at=datetime.fromisoformat(item["created_at"]),
                entity=item["entity"],
                record_key=str(item["record_key"]),
                field=str(item["field"]),
                source_value=item["source_value"],
                corrected_value=item["corrected_value"],
                corrected_by=str(item["corrected_by"]),
                corrected_by_id=_staff_here(session, uuid.UUID(item["corrected_by_id"])),
                reason=str(item["reason"]),
            )
        )
    session.flush()
    for correction in _current_corrections(session):
        record = _record(session, correction.entity, correction.record_key)
        if record is None or getattr(record, correction.field) == correction.corrected_value:
            continue
        _apply(session, correction)
        changed.append(FlaggedKey(correction.entity, correction.record_key, correction.field))
    return changed


@dataclass(frozen=True)
class FlaggedKey:
    """A reference value: which record of which kind, which field."""

    entity: str
    record_key: str
    field: str


# ---- reception schedules: the district's travels in its answer (services/sync_return.py) -------


def _slot_json(slot: ReceptionSlot) -> dict[str, Any]:
    return {name: getattr(slot, name) for name in SLOT_FIELDS}


def _checked_slot(item: Any) -> dict[str, Any]:
    """A slot of a schedule as ReceptionSlot's fields; ValueError when it is not one."""
    if not isinstance(item, dict) or set(item) != set(SLOT_FIELDS):
        raise ValueError("a reception slot names exactly its fields")
    weekday, nth = item["weekday"], item["nth"]
    if weekday is not None and (not isinstance(weekday, int) or not 0 <= weekday <= 6):
        raise ValueError(f"not a weekday: {weekday!r}")
    if not isinstance(nth, list) or not all(isinstance(n, int) and -1 <= n <= 5 for n in nth):
        raise ValueError(f"not weeks of a month: {nth!r}")
    for name in ("time_from", "time_to"):
        value = item[name]
        if value is not None and not (
            isinstance(value, str) and len(value) == 5 and value[2] == ":"
        ):
            raise ValueError(f"not a time of day: {value!r}")
    if not all(isinstance(item[name], str) for name in ("who", "recurrence", "source")):
        raise ValueError("a slot's who, recurrence and source are texts")
    return {name: item[name] for name in SLOT_FIELDS}


def _put_reception(session: Session, district: str, slots: list[dict[str, Any]]) -> bool:
    """Replace the reception schedule of `district`'s akimat by `slots`; whether it changed
    (False too when this database has no such akimat)."""
    akimat = session.get(DistrictAkimat, district)
    if akimat is None or [_slot_json(s) for s in akimat.reception] == slots:
        return False
    akimat.reception = [ReceptionSlot(position=i, **slot) for i, slot in enumerate(slots)]
    session.flush()
    return True


def _keep_reception(session: Session, district: str, slots: list[dict[str, Any]]) -> bool:
    held = dict(get_setting(session, RECEPTION_SCHEDULES, {}) or {})
    held[district] = slots
    set_setting(session, RECEPTION_SCHEDULES, held)
    return _put_reception(session, district, slots)


def set_reception(db: Database, district: str, slots: list[dict[str, Any]], actor: Actor) -> bool:
    """Set the reception schedule of `district`'s akim office (the district's own, which its
    answers carry to its offices); kept over a reload of the reference files. Whether it
    changed; ValueError when a slot is not one, LookupError for an unknown district."""
    require(actor, "reference.edit")
    checked = [_checked_slot(slot) for slot in slots]
    with db.write(actor) as session:
        if session.get(DistrictAkimat, district) is None:
            raise LookupError(f"no district akimat {district!r}")
        return _keep_reception(session, district, checked)


def office_reception(session: Session, office: int) -> dict[str, Any] | None:
    """The reception schedule of the akim office of `office`'s city/district, as the answer
    carries it ({"district", "slots"}); None when this database does not know the office."""
    found = session.get(AkimOffice, office)
    akimat = None if found is None else session.get(DistrictAkimat, found.district)
    if akimat is None:
        return None
    return {"district": akimat.district, "slots": [_slot_json(s) for s in akimat.reception]}


def take_reception(session: Session, item: Any) -> str:
    """Take the district's reception schedule (inside the caller's transaction) over this
    office's; the district's code when it changed, else "". ValueError when malformed."""
    if not isinstance(item, dict) or not isinstance(item.get("district"), str):
        raise ValueError("a reception schedule names its district")
    if not isinstance(item.get("slots"), list):
        raise ValueError("a reception schedule is a list of slots")
    slots = [_checked_slot(slot) for slot in item["slots"]]
    return item["district"] if _keep_reception(session, item["district"], slots) else ""
