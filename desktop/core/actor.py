"""Who does a thing: the acting staff member, as every writing service records it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """A staff member acting in the program.

    `staff_id` is the staff record's id (stored as a foreign key beside every change); `name`
    is the name as printed on paper and shown in history ("Ахметова Г. С."), kept beside the
    key so history and reprints read the same after the staff record changes.
    """

    staff_id: uuid.UUID
    name: str
