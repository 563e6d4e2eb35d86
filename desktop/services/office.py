"""Which akim office this installation serves and who works at its counter."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from db.engine import Database
from db.models import AkimOffice, District, Staff
from desktop.core.actor import Actor
from desktop.services import keys, settings
from desktop.services.access import require


class SetupError(ValueError):
    """The office/clerk data cannot be saved; `field` names what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class ClerkData:
    surname: str
    name: str
    patronymic: str
    position: str
    phone: str

    def validated(self) -> ClerkData:
        cleaned = ClerkData(
            *(
                value.strip()
                for value in (self.surname, self.name, self.patronymic, self.position, self.phone)
            )
        )
        for field in ("surname", "name", "position"):
            if not getattr(cleaned, field):
                raise SetupError(field, f"{field} is required")
        digits = sum(ch.isdigit() for ch in cleaned.phone)
        if cleaned.phone and digits < 5:
            raise SetupError("phone", "phone must have at least five digits")
        return cleaned


@dataclass(frozen=True)
class Clerk:
    id: uuid.UUID
    surname: str
    name: str
    patronymic: str
    position: str
    phone: str
    full_name: str
    short_name: str


@dataclass(frozen=True)
class Office:
    number: int
    name: str
    kind: str
    district_code: str
    district_kk: str
    district_ru: str
    postal_code: str
    address: str
    phones: tuple[str, ...]
    # The Russian forms (derived by rule from the Kazakh ones; an administrator checks them).
    name_ru: str = ""
    full_name_ru: str = ""
    akim_position_ru: str = ""

    def name_in(self, language: str) -> str:
        """The office's name for a screen or a paper in `language` ('kk' or 'ru')."""
        return self.name_ru if language == "ru" and self.name_ru else self.name

    def district_in(self, language: str) -> str:
        return self.district_ru if language == "ru" else self.district_kk


@dataclass(frozen=True)
class Workplace:
    """The configured office and clerk; None until the first-run setup is done."""

    office: Office
    clerk: Clerk


def _clerk(row: Staff) -> Clerk:
    return Clerk(
        row.id,
        row.surname,
        row.name,
        row.patronymic,
        row.position,
        row.phone,
        row.full_name,
        row.short_name,
    )


def office_by_number(db: Database, number: int) -> Office | None:
    with db.read() as session:
        row = session.get(AkimOffice, number)
        if row is None:
            return None
        district = session.get(District, row.district)
        assert district is not None
        return Office(
            row.number,
            row.name,
            row.kind,
            row.district,
            district.name_kk,
            district.name_ru,
            row.postal_code,
            row.address,
            tuple(row.phones),
            row.name_ru,
            row.full_name_ru,
            row.akim_position_ru,
        )


def workplace(db: Database) -> Workplace | None:
    with db.read() as session:
        number = settings.get_setting(session, settings.OFFICE_NUMBER)
        clerk_id = settings.get_setting(session, settings.CLERK_ID)
        clerk = session.get(Staff, uuid.UUID(clerk_id)) if clerk_id else None
        if number is None or clerk is None or clerk.is_deleted:
            return None
        clerk_data = _clerk(clerk)
    office = office_by_number(db, number)
    return None if office is None else Workplace(office, clerk_data)


def current_actor(db: Database) -> Actor | None:
    """The configured clerk as the actor of what the program does at their hands; None before
    the first-run setup (work the program does by itself then uses desktop.core.actor.SYSTEM)."""
    place = workplace(db)
    return None if place is None else Actor(place.clerk.id, place.clerk.short_name)


def configure(
    db: Database, office_number: int, clerk: ClerkData, actor: Actor, now: datetime
) -> Workplace:
    """Save the office and the clerk in one transaction (first run, or Settings later), and
    make sure the office has its signing key (valid from `now`).

    `actor` is who does it: the system actor at the first run, the clerk later. A changed
    clerk is stored as the same staff record (history keeps its versions, and every history
    line keeps the name it was written under); nothing is saved unless every value is valid.
    """
    require(actor, "office.configure")
    data = clerk.validated()
    with db.write(actor) as session:
        if session.get(AkimOffice, office_number) is None:
            raise SetupError("office", f"there is no akim office number {office_number}")
        settings.set_setting(session, settings.OFFICE_NUMBER, office_number)
        clerk_id = settings.get_setting(session, settings.CLERK_ID)
        row = session.get(Staff, uuid.UUID(clerk_id)) if clerk_id else None
        if row is None:
            row = Staff(origin_office=office_number)
            session.add(row)
        for field in ("surname", "name", "patronymic", "position", "phone"):
            setattr(row, field, getattr(data, field))
        session.flush()
        settings.set_setting(session, settings.CLERK_ID, str(row.id))
    result = workplace(db)
    assert result is not None
    keys.ensure_office_key(db, office_number, actor, now)
    return result
