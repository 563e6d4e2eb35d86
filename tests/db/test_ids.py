"""Record ids: random, and made one after another they sort together (version 7 UUIDs)."""

from __future__ import annotations

import time
import uuid

from db.models import new_id


def test_new_ids_are_version_7_unique_and_later_ones_sort_after() -> None:
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    assert {i.version for i in ids} == {7} and {i.variant for i in ids} == {uuid.RFC_4122}
    time.sleep(0.002)  # the next millisecond
    assert new_id() > max(ids)
