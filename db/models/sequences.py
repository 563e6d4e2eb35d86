"""Counters the database keeps for itself: its change counter and the number series.

Neither travels to the district: both are this database's own and are written only inside the
transaction that uses the value they hand out (db/change_counter.py, services/numbering.py).
"""

from __future__ import annotations

import uuid

from sqlalchemy import String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class ChangeCounter(Base):
    """The one row (id 1) of the database's change counter and identity.

    `database_id` is made at creation and made new when the database turns out to be a copy
    (another file, another machine, a restored backup), so two copies never hand out the same
    (database id, counter) pair. `home` names the file the id belongs to (machine, path, file
    identity); a database found elsewhere is a copy. `last_value` is the last stamp handed out.
    """

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    database_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    last_value: Mapped[int]
    home: Mapped[str] = mapped_column(default="")


class NumberSeries(Base):
    """The last number given in one series ("certificate:45:2026", "ticket:45:2026-11-25:A").

    The row is updated in the transaction that stores the numbered record, so a rolled-back
    transaction gives its number back and two writers never get the same one.
    """

    __tablename__ = "number_series"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    last_value: Mapped[int]
