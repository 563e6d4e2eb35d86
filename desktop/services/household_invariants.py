"""What the household book must never hold, checked for the household writer.

- An account number belongs to one live household of the office (a tombstoned one frees it).
- An IIN belongs to one registered member among the open households.
- A household has one head, and its head stays one until another member becomes head.

BookInvariants lives in one unit of work beside the HouseholdWriter that owns it. It learns the
book as it is asked (a query per key), or for a batch all at once (`load_book`, `prefetch`), and
keeps what it learnt current as the writer writes (`take`, `release`), so each household of a
batch is checked against the ones before it. The rule of each check is written once, here:
every path that writes the book (the clerk's edits, bulk loads, imports) goes through it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Household, Member
from desktop.services.household_values import BookError

CHUNK = 500  # keys per IN (...) query


@dataclass
class Claims:
    """The people a household is about to take in, before they are written: IINs and head."""

    household_id: uuid.UUID
    account: str
    is_new: bool = False  # a household not in the book yet (it has no head but a claimed one)
    iins: dict[str, uuid.UUID] = field(default_factory=dict)
    head: uuid.UUID | None = None


@dataclass(frozen=True)
class _Owner:
    """The registered member of an open household an IIN belongs to."""

    member_id: uuid.UUID
    household_id: uuid.UUID
    account: str


def _registered() -> Any:
    return (
        select(Member.iin, Member.id, Member.household_id, Household.account_number)
        .join(Household)
        .where(
            Member.iin.is_not(None),
            Member.registered_to.is_(None),
            Member.deleted_at.is_(None),
            Household.closed_on.is_(None),
            Household.deleted_at.is_(None),
        )
    )


class BookInvariants:
    def __init__(self, session: Session, office: int) -> None:
        self.session = session
        self.office = office
        self._accounts: dict[str, uuid.UUID | None] = {}  # account -> live household
        self._owners: dict[str, _Owner | None] = {}  # IIN -> registered member
        self._heads: dict[uuid.UUID, uuid.UUID | None] = {}  # household -> its head
        self._whole_book = False  # True: the dictionaries above hold the whole book

    # ---- what is known of the book --------------------------------------------------------------

    def load_book(self) -> None:
        """Read every live account, registered IIN and head of the office at once (an import)."""
        accounts = select(Household.account_number, Household.id).where(
            Household.origin_office == self.office, Household.deleted_at.is_(None)
        )
        self._accounts = {account: key for account, key in self.session.execute(accounts)}
        self._owners = {
            iin: _Owner(member_id, household_id, account)
            for iin, member_id, household_id, account in self.session.execute(_registered())
        }
        heads = select(Member.household_id, Member.id).where(
            Member.relation == "head", Member.registered_to.is_(None), Member.deleted_at.is_(None)
        )
        self._heads = {household_id: key for household_id, key in self.session.execute(heads)}
        self._whole_book = True

    def prefetch(self, accounts: Iterable[str], iins: Iterable[str]) -> None:
        """Learn who holds these accounts and IINs, a chunk of keys per query (a batch)."""
        if self._whole_book:
            return
        wanted = sorted({a for a in accounts if a not in self._accounts})
        for first in range(0, len(wanted), CHUNK):
            chunk = wanted[first : first + CHUNK]
            self._accounts.update(dict.fromkeys(chunk))
            holders = select(Household.account_number, Household.id).where(
                Household.origin_office == self.office,
                Household.account_number.in_(chunk),
                Household.deleted_at.is_(None),
            )
            for account, key in self.session.execute(holders):
                self._accounts[account] = key
        numbers = sorted({i for i in iins if i and i not in self._owners})
        for first in range(0, len(numbers), CHUNK):
            chunk = numbers[first : first + CHUNK]
            self._owners.update(dict.fromkeys(chunk))
            owners = _registered().where(Member.iin.in_(chunk))
            for iin, member_id, household_id, account in self.session.execute(owners):
                self._owners[iin] = _Owner(member_id, household_id, account)

    def _holder(self, account: str) -> uuid.UUID | None:
        if account not in self._accounts:
            self.prefetch([account], [])
        return self._accounts.get(account)

    def _owner(self, iin: str) -> _Owner | None:
        if iin not in self._owners:
            self.prefetch([], [iin])
        return self._owners.get(iin)

    def know_heads(self, heads: dict[uuid.UUID, uuid.UUID | None]) -> None:
        """The heads of households the caller has read already (an import's batch): they are
        not asked for again, one query each."""
        for household_id, head in heads.items():
            self._heads.setdefault(household_id, head)

    def head_of(self, household_id: uuid.UUID) -> uuid.UUID | None:
        """The registered head of the household (None for one not written yet)."""
        if household_id not in self._heads and not self._whole_book:
            self._heads[household_id] = self.session.scalar(
                select(Member.id).where(
                    Member.household_id == household_id,
                    Member.relation == "head",
                    Member.registered_to.is_(None),
                    Member.deleted_at.is_(None),
                )
            )
        return self._heads.get(household_id)

    # ---- the checks -----------------------------------------------------------------------------

    def check_account(self, account: str, household_id: uuid.UUID | None) -> None:
        """An account number belongs to one live household of the office."""
        holder = self._holder(account)
        if holder is not None and holder != household_id:
            raise BookError("account_number", "account_taken", account=account)

    def check_person(
        self,
        claims: Claims,
        member_id: uuid.UUID,
        iin: str | None,
        relation: str | None,
        was_head: bool = False,
    ) -> None:
        """May this member (with this IIN, in this `relation` when not None) be registered in
        the household? On success the claim is added to `claims`."""
        if was_head and relation not in (None, "head"):
            raise BookError("relation", "head_must_stay")
        if iin:
            if claims.iins.get(iin, member_id) != member_id:
                raise BookError("iin", "iin_in_same_household", account=claims.account)
            owner = self._owner(iin)
            if owner is not None and owner.member_id != member_id:
                where = "same" if owner.household_id == claims.household_id else "other"
                raise BookError("iin", f"iin_in_{where}_household", account=owner.account)
        if relation == "head":
            head = claims.head or (None if claims.is_new else self.head_of(claims.household_id))
            if head is not None and head != member_id:
                raise BookError("relation", "second_head")
            claims.head = member_id
        if iin:
            claims.iins[iin] = member_id

    # ---- keeping up with the writer -------------------------------------------------------------

    def take(self, claims: Claims) -> None:
        """The household holds its account, and the claimed people are registered in it."""
        for iin, member_id in claims.iins.items():
            self._owners[iin] = _Owner(member_id, claims.household_id, claims.account)
        if claims.head is not None:
            self._heads[claims.household_id] = claims.head
        self._accounts[claims.account] = claims.household_id

    def release(self, iin: str | None, member_id: uuid.UUID) -> None:
        """The member no longer holds the IIN (they left, changed it, or the household closed)."""
        owner = self._owners.get(iin or "")
        if iin and (owner is None or owner.member_id == member_id):
            self._owners[iin] = None

    def renumber(self, household_id: uuid.UUID, old: str, new: str) -> None:
        """The household's account number changed from `old` to `new`."""
        self._accounts[old] = None
        self._accounts[new] = household_id

    def unhead(self, household_id: uuid.UUID) -> None:
        """The household's head became a relative (another member is about to be head)."""
        self._heads[household_id] = None

    def forget(self) -> None:
        """Households were tombstoned in bulk: learn the book again from the database."""
        self._accounts, self._owners, self._heads = {}, {}, {}
        self._whole_book = False
