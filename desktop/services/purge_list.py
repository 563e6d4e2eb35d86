"""The purges of personal data, kept outside the database too, beside the number marks.

One small JSON file (keys/purges.json: person id -> when they were purged, no personal data)
that only ever grows. desktop/services/personal_data.py adds a person to it before the purge's
transaction commits, so no purge is committed without being listed; a restore of an older
backup (desktop/services/backups.py) applies every listed purge again in its own transaction,
so a restored database never shows a purged person's data. Written like the number marks:
read, merged and replaced atomically (fsynced) under an exclusive lock of a lock file beside it.
"""

from __future__ import annotations

import errno
import json
import uuid
from datetime import datetime
from pathlib import Path

from desktop.paths import data_dir
from desktop.services.keys import exclusive, read_json_object, write_private

PURGES_FILE = "purges.json"


class PurgeListError(OSError):
    """The list is damaged: no purge is done or restored until it is put right (an
    input/output error on the file, for the messages: desktop/ui/errors.py names the file)."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(errno.EIO, f"the purge list cannot be read: {problem}", str(path))


def purges_path() -> Path:
    return data_dir() / "keys" / PURGES_FILE


def read() -> dict[uuid.UUID, datetime]:
    """Person id -> when they were purged; empty when nobody was purged here."""
    path = purges_path()
    try:
        data = read_json_object(path)
    except ValueError as error:
        raise PurgeListError(path, str(error)) from error
    try:
        return {uuid.UUID(key): datetime.fromisoformat(value) for key, value in data.items()}
    except (TypeError, ValueError) as error:
        raise PurgeListError(path, str(error)) from error


def add(member_id: uuid.UUID, purged_at: datetime) -> None:
    """List `member_id` as purged at `purged_at` durably (a listed purge keeps its first time)."""
    path = purges_path()
    with exclusive(path.with_suffix(".lock")):
        purges = read()
        if member_id in purges:
            return
        purges[member_id] = purged_at
        text = json.dumps(
            {str(key): value.isoformat() for key, value in purges.items()}, indent=1, sort_keys=True
        )
        write_private(path, (text + "\n").encode("utf-8"))
