"""Many new households in one transaction (demo data, benchmarks): same checks, bulk inserts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import (
    ChangeRecord,
    Household,
    LandPlot,
    LivestockSnapshot,
    Member,
    utc_now,
)
from desktop.services import household_search
from desktop.services.households import (
    BookError,
    HouseholdData,
    Livestock,
    MemberData,
    PlotData,
    _clean_household,
    _clean_plot,
    _json,
    _office,
    check_counts,
    clean_member,
)

# ---- many new households at once (demo data, benchmarks) ---------------------------------------


@dataclass(frozen=True)
class NewHousehold:
    """A whole new household for create_households: exactly one member is the head."""

    data: HouseholdData
    members: tuple[MemberData, ...]
    plots: tuple[PlotData, ...] = ()
    livestock: tuple[Livestock, ...] = ()  # one snapshot per date


def create_households(
    db: Database,
    households: list[NewHousehold],
    by: str,
    is_demo: bool = False,
    allow_implausible: bool = False,
) -> list[uuid.UUID]:
    """Many new households with members, plots and livestock, in one transaction.

    The checks and history lines are those of create_household, add_member, add_plot and
    save_livestock, but made per batch (a few queries for the whole list) and written with
    one INSERT per table, so thousands of households take about a second. Nothing is written
    when one household fails; its BookError then carries `household=<account number>`.
    """
    from sqlalchemy import insert

    today = date.today()
    now = utc_now()
    rows: dict[Any, list[dict[str, Any]]] = {
        Household: [],
        Member: [],
        LandPlot: [],
        LivestockSnapshot: [],
        ChangeRecord: [],
    }
    index: list[tuple[uuid.UUID, Any, list[tuple[str, str, str, str | None]]]] = []
    with db.write() as session:
        office = _office(session)
        cleaned = [_clean_new_household(item, today) for item in households]
        _check_new_numbers(session, office, cleaned)
        _check_new_livestock(session, households, allow_implausible)
        synced = {"origin_office": office, "row_version": 1, "created_at": now, "updated_at": now}

        def history(
            household_id: uuid.UUID,
            entity: str,
            record_id: uuid.UUID,
            name: str,
            new: Any,
            reason: str = "",
        ) -> None:
            rows[ChangeRecord].append(
                {
                    "id": uuid.uuid4(),
                    "household_id": household_id,
                    "entity": entity,
                    "record_id": record_id,
                    "field": name,
                    "old_value": None,
                    "new_value": _json(new),
                    "changed_by": by,
                    "reason": reason,
                    **synced,
                }
            )

        ids = []
        for item, (values, members, plots) in zip(households, cleaned, strict=True):
            household_id = uuid.uuid4()
            ids.append(household_id)
            rows[Household].append({"id": household_id, "is_demo": is_demo, **values, **synced})
            history(household_id, "household", household_id, "created", values["account_number"])
            for member in members:
                member_id = uuid.uuid4()
                rows[Member].append(
                    {"id": member_id, "household_id": household_id, **member, **synced}
                )
                history(
                    household_id,
                    "member",
                    member_id,
                    "added",
                    f"{member['surname']} {member['name']}",
                )
            for plot in plots:
                plot_id = uuid.uuid4()
                rows[LandPlot].append(
                    {"id": plot_id, "household_id": household_id, **plot, **synced}
                )
                history(
                    household_id, "plot", plot_id, "added", f"{plot['purpose']} {plot['area_ha']}"
                )
            for snapshot in item.livestock:
                if snapshot.as_of < values["opened_on"]:
                    raise BookError("as_of", "before_opening", household=values["account_number"])
                counts = {code: n for code, n in snapshot.counts.items() if n}
                snapshot_id = uuid.uuid4()
                rows[LivestockSnapshot].append(
                    {
                        "id": snapshot_id,
                        "household_id": household_id,
                        "as_of": snapshot.as_of,
                        "counts": counts,
                        "animal_ids": snapshot.animal_ids.strip(),
                        "note": snapshot.note.strip(),
                        **synced,
                    }
                )
                history(
                    household_id,
                    "livestock",
                    snapshot_id,
                    "counts",
                    counts,
                    snapshot.as_of.isoformat(),
                )
            index.append(
                (
                    household_id,
                    HouseholdData(**values),
                    [(m["surname"], m["name"], m["patronymic"], m["iin"]) for m in members],
                )
            )
        for model, table_rows in rows.items():
            if table_rows:
                session.execute(insert(model.__table__), table_rows)
        household_search.index_new(session, index)
    return ids


def _clean_new_household(
    item: NewHousehold, today: date
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    account = item.data.account_number
    try:
        values = _clean_household(item.data)
        members = [clean_member(m, today) for m in item.members]
        if sum(m["relation"] == "head" for m in members) != 1:
            raise BookError("relation", "head_required")
        iins = [m["iin"] for m in members if m["iin"]]
        if len(iins) != len(set(iins)):
            raise BookError("iin", "iin_in_same_household", account=account)
        dates = [s.as_of for s in item.livestock]
        if len(dates) != len(set(dates)):
            raise BookError("as_of", "duplicate")
        return values, members, [_clean_plot(p) for p in item.plots]
    except BookError as error:
        raise BookError(error.field, error.code, **error.params, household=account) from error


def _check_new_numbers(
    session: Session,
    office: int,
    cleaned: list[tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]],
) -> None:
    """Account numbers and IINs not yet in the book (open households) nor twice in the list."""
    accounts: dict[str, str] = {}
    iins: dict[str, str] = {}
    for values, members, _ in cleaned:
        account = values["account_number"]
        if account in accounts:
            raise BookError("account_number", "account_taken", account=account, household=account)
        accounts[account] = account
        for member in members:
            if member["iin"] in iins:
                raise BookError(
                    "iin", "iin_in_other_household", account=iins[member["iin"]], household=account
                )
            if member["iin"]:
                iins[member["iin"]] = account
    for first in range(0, len(accounts), 500):
        chunk = list(accounts)[first : first + 500]
        taken = session.scalar(
            select(Household.account_number).where(
                Household.origin_office == office,
                Household.account_number.in_(chunk),
                Household.deleted_at.is_(None),
            )
        )
        if taken is not None:
            raise BookError("account_number", "account_taken", account=taken, household=taken)
    numbers = list(iins)
    for first in range(0, len(numbers), 500):
        found = session.execute(
            select(Member.iin, Household.account_number)
            .join(Household)
            .where(
                Member.iin.in_(numbers[first : first + 500]),
                Member.registered_to.is_(None),
                Member.deleted_at.is_(None),
                Household.closed_on.is_(None),
            )
            .limit(1)
        ).first()
        if found is not None:
            iin, account = found
            raise BookError("iin", "iin_in_other_household", account=account, household=iins[iin])


def _check_new_livestock(
    session: Session, households: list[NewHousehold], allow_implausible: bool
) -> None:
    """check_counts for every snapshot, with one query for the whole list: the largest and the
    smallest count of each group are checked; when that fails, the household at fault is found."""
    highest: dict[str, Any] = {}
    lowest: dict[str, Any] = {}
    for item in households:
        for snapshot in item.livestock:
            for code, count in snapshot.counts.items():
                if not isinstance(count, int) or isinstance(count, bool):
                    raise BookError(code, "not_a_number", household=item.data.account_number)
                highest[code] = max(highest.get(code, count), count)
                lowest[code] = min(lowest.get(code, count), count)
    try:
        check_counts(session, highest, allow_implausible)
        check_counts(session, lowest, allow_implausible)
    except BookError:
        for item in households:
            for snapshot in item.livestock:
                try:
                    check_counts(session, dict(snapshot.counts), allow_implausible)
                except BookError as error:
                    raise BookError(
                        error.field, error.code, **error.params, household=item.data.account_number
                    ) from error
        raise
