"""Personal data of the household book: the retention period, who is past it, and purging.

The rules (legal bases, the default retention period, their sources) are data in core
(desktop/core/personal_data.py); an administrator may set another retention period, kept as
a setting. A person's data are kept for that many years after their registration in the book
ended (they left the household, or the household closed); `past_retention` lists the people
whose period is over, `purge_person` leaves of one of them a tombstone with no personal data,
through the household book's one writer (desktop/services/household_writer.py), and lists them
outside the database as well (desktop/services/purge_list.py), so that `reapply_purges` purges
them again in a database restored from an older backup. Purging is the akim's action (the role
matrix, desktop/core/roles.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database, UnitOfWork
from db.models import Household, Member
from desktop.core.actor import Actor
from desktop.core.localtime import naive_local
from desktop.core.personal_data import PersonalDataRules, rules_on
from desktop.services import purge_list
from desktop.services.access import require
from desktop.services.household_values import BookError
from desktop.services.household_writer import HouseholdWriter, writing
from desktop.services.settings import get_setting, set_setting

RETENTION_YEARS = "personal_data_retention_years"  # an administrator's period, or absent


def _rules(session: Session, today: date) -> PersonalDataRules:
    rules = rules_on(today)
    years = get_setting(session, RETENTION_YEARS)
    return rules if years is None else rules.with_retention(int(years))


def rules(db: Database, today: date) -> PersonalDataRules:
    """The personal data rules in force on `today`, with the administrator's retention period."""
    with db.read() as session:
        return _rules(session, today)


def default_retention_years(today: date) -> int:
    """The act's retention period (what an administrator's setting replaces)."""
    return rules_on(today).retention_years


def set_retention_years(db: Database, years: int | None, actor: Actor) -> None:
    """Set the retention period in years (None: back to the act's default)."""
    require(actor, "office.configure")
    if years is not None and years < 1:
        raise BookError("retention_years", "not_positive")
    with db.write(actor) as work:
        set_setting(work, RETENTION_YEARS, years)


@dataclass(frozen=True)
class PastRetention:
    """A person whose data are kept past the retention period."""

    member_id: uuid.UUID
    household_id: uuid.UUID
    account_number: str
    full_name: str
    ended_on: date  # the registration in the book ended (left, or the household closed)
    keep_until: date


def _ended_on(registered_to: date | None, closed_on: date | None) -> date | None:
    ends = [d for d in (registered_to, closed_on) if d is not None]
    return min(ends) if ends else None


def past_retention(db: Database, today: date) -> list[PastRetention]:
    """The people whose registration ended more than the retention period ago, oldest first."""
    with db.read() as session:
        rules = _rules(session, today)
        ended = func.coalesce(Member.registered_to, Household.closed_on)
        rows = session.execute(
            select(
                Member.id,
                Member.household_id,
                Household.account_number,
                Member.surname,
                Member.name,
                Member.patronymic,
                Member.registered_to,
                Household.closed_on,
            )
            .join(Household, Member.household_id == Household.id)
            .where(
                Member.deleted_at.is_(None),
                Household.deleted_at.is_(None),
                ended.is_not(None),
                ended <= today,
            )
        ).all()
    found = []
    for row in rows:
        ended_on = _ended_on(row.registered_to, row.closed_on)
        if ended_on is None:
            continue
        keep_until = rules.keep_until(ended_on)
        if keep_until < today:
            name = " ".join(p for p in (row.surname, row.name, row.patronymic) if p)
            found.append(
                PastRetention(
                    row.id, row.household_id, row.account_number, name, ended_on, keep_until
                )
            )
    return sorted(found, key=lambda p: (p.ended_on, p.account_number, p.full_name))


def purge_person(
    db: Database, member_id: uuid.UUID, reason: str, actor: Actor, now: datetime, today: date
) -> None:
    """Purge a person past the retention period: their record becomes a tombstone with no
    personal data, which travels by sync (household_writer.HouseholdWriter.purge_member).

    A person still registered, or within the period, is refused (BookError on "member":
    "still_registered", "within_retention" with `keep_until`)."""
    require(actor, "person.purge")
    with writing(db, actor, today) as writer:
        member = writer.session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise BookError("member", "not_found")
        ended_on = _ended_on(member.registered_to, member.household.closed_on)
        if ended_on is None:
            raise BookError("member", "still_registered")
        keep_until = _rules(writer.session, today).keep_until(ended_on)
        if keep_until >= today:
            raise BookError("member", "within_retention", keep_until=keep_until)
        writer.purge_member(member_id, now, reason)
        # listed outside the database before the purge commits: a restore of an older backup
        # applies it again (reapply_purges)
        purge_list.add(member_id, now)


def reapply_purges(work: UnitOfWork, now: datetime, today: date) -> int:
    """Purge again, in `work` (a restore's transaction), every person of the purge list whose
    data this database still holds (an older copy of the book); how many were purged. Each
    is noted for the audit trail with the time of the purge it repeats."""
    purges = purge_list.read()
    if not purges:
        return 0
    again = [
        (member_id, purged_at)
        for member_id, purged_at in sorted(purges.items(), key=lambda item: item[1])
        if (member := work.get(Member, member_id)) is not None and member.deleted_at is None
    ]
    if not again:
        return 0
    writer = HouseholdWriter(work, work.actor, today)
    for member_id, purged_at in again:
        when = naive_local(purged_at).strftime("%Y-%m-%d %H:%M")
        writer.purge_member(member_id, now, when, decided=True)
        work.note("person.purge_again", str(member_id), purged_at=purged_at.isoformat())
    writer.finish()
    return len(again)
