"""The office's own list of decreed transfers, kept in the database and merged over the bundled
resources/calendar/transfers.json by `standard.working_calendar(db)`.

A decree moving days off (Labour Code art. 85) is published every year; an office should not wait
for a new release of the program to work the decreed Saturday. The administrator enters the decree
here (Settings > Working calendar: decreed transfers). The list lives in the settings table under
one key as a JSON list of {"date", "kind", "basis", "note"}, so it goes with the database's backups.
An entry of the office wins over a bundled entry on the same date. The district's return
package brings the district's list, whose entries win over the office's (`take_district_list`).

Problems raise TransferError with a machine code the UI words:
"basis_required", "unknown_kind", "not_a_day_off" (a working day must be a Saturday, Sunday or
public holiday), "not_a_weekday" (a day off must be a working weekday).
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy.orm import Session

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.calendar import (
    TRANSFER_KINDS,
    Transfer,
    TransferKind,
    kazakhstan_holidays,
    transfers_from_json,
)
from desktop.services.access import require
from desktop.services.settings import get_setting, set_setting

OFFICE_TRANSFERS = "calendar.office_transfers"
DISTRICT_TRANSFERS = "calendar.district_transfers"  # the district's list as last received


class TransferError(ValueError):
    """A transfer cannot be saved. `code` says why (the UI words it)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _read(raw: Any) -> list[Transfer]:
    if not isinstance(raw, list):
        return []
    return list(transfers_from_json({"transfers": raw}).entries)


def _as_json(entries: list[Transfer]) -> list[dict[str, str]]:
    return [
        {"date": t.day.isoformat(), "kind": t.kind, "basis": t.basis, "note": t.note}
        for t in sorted(entries, key=lambda t: t.day)
    ]


def office_transfers(db: Database) -> list[Transfer]:
    """The transfers the office entered, by date."""
    with db.read() as session:
        return _read(get_setting(session, OFFICE_TRANSFERS, []))


def check_transfer(day: date, kind: str, basis: str) -> None:
    """Raise TransferError unless the transfer makes sense on the calendar without transfers."""
    # Imported here: standard builds the working calendar from this module's list.
    from desktop.services.standard import rules_on

    if kind not in TRANSFER_KINDS:
        raise TransferError("unknown_kind")
    if not basis.strip():
        raise TransferError("basis_required")
    working_weekday = day.weekday() in rules_on(day).working_hours.weekdays
    if kind == "working_day" and working_weekday and day not in kazakhstan_holidays():
        raise TransferError("not_a_day_off")
    if kind == "day_off" and not working_weekday:
        raise TransferError("not_a_weekday")


def save_transfer(
    db: Database, day: date, kind: str, basis: str, actor: Actor, note: str = ""
) -> Transfer:
    """Add a transfer to the office's list; one already on `day` is replaced."""
    require(actor, "calendar.edit")
    check_transfer(day, kind, basis)
    entry = Transfer(day, cast(TransferKind, kind), basis.strip(), note.strip())
    with db.write(actor) as work:
        entries = [t for t in _read(get_setting(work, OFFICE_TRANSFERS, [])) if t.day != day]
        set_setting(work, OFFICE_TRANSFERS, _as_json([*entries, entry]))
    return entry


def remove_transfer(db: Database, day: date, actor: Actor) -> bool:
    """Take the office's transfer on `day` off the list; False when there was none."""
    require(actor, "calendar.edit")
    with db.write(actor) as work:
        entries = _read(get_setting(work, OFFICE_TRANSFERS, []))
        kept = [t for t in entries if t.day != day]
        if len(kept) == len(entries):
            return False
        set_setting(work, OFFICE_TRANSFERS, _as_json(kept))
    return True


# ---- the district's list, brought by its return package (services/sync_return.py) -----------


def district_list(session: Session) -> list[dict[str, str]]:
    """This installation's list as the district sends it to its offices."""
    return _as_json(_read(get_setting(session, OFFICE_TRANSFERS, [])))


def take_district_list(session: Session, raw: Any) -> list[date]:
    """Take the district's list into the office's (inside the caller's transaction); the days
    whose transfer changed, by date.

    The district's entry wins over the office's on the same day. A day the district sent
    before and has dropped since is dropped here too, unless the office changed it meanwhile
    (its own entry then). ValueError when `raw` is not a list of transfers.
    """
    if not isinstance(raw, list):
        raise ValueError("the district's transfers are a list")
    sent = {t.day: t for t in transfers_from_json({"transfers": raw}).entries}
    before = {t.day: t for t in _read(get_setting(session, DISTRICT_TRANSFERS, []))}
    mine = {t.day: t for t in _read(get_setting(session, OFFICE_TRANSFERS, []))}
    entries = {day: t for day, t in mine.items() if not (day in before and before[day] == t)}
    entries.update(sent)
    changed = sorted(day for day in set(mine) | set(entries) if mine.get(day) != entries.get(day))
    set_setting(session, OFFICE_TRANSFERS, _as_json(list(entries.values())))
    set_setting(session, DISTRICT_TRANSFERS, _as_json(list(sent.values())))
    return changed
