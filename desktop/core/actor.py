"""Who does a thing: the acting staff member, as every writing service records it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

# The staff record of the program itself, created by migration 0005 with this fixed id in every
# database (the migration repeats the literal: migrations never import code that may change).
SYSTEM_STAFF_ID = uuid.UUID("00000000-0000-4000-8000-000000000001")


@dataclass(frozen=True)
class Actor:
    """A staff member acting in the program.

    `staff_id` is the staff record's id (stored as a foreign key beside every change); `name`
    is the name as printed on paper and shown in history ("Ахметова Г. С."), kept beside the
    key so history and reprints read the same after the staff record changes. `role` is the
    role of the account they logged in with (desktop.core.roles): what the services let them do.
    """

    staff_id: uuid.UUID
    name: str
    role: str = "clerk"  # the least a person at the counter may do (desktop.core.roles.CLERK)

    @property
    def is_system(self) -> bool:
        return self.staff_id == SYSTEM_STAFF_ID


# Work the program does by itself: loading reference data at start, the first-run setup before
# a clerk exists, schema upgrades. Never shown as a clerk.
# It keeps every right (desktop.core.roles.allows).
SYSTEM = Actor(SYSTEM_STAFF_ID, "Auyl Desk", "system")
