"""Every kind of event the program notes for the audit trail has its words in the log's view."""

from __future__ import annotations

import re
from pathlib import Path

import desktop
from desktop.ui import audit_texts

# work.note("kind", ...), note(db, actor, "kind", ...), and kinds passed as kind="..."
NOTED = re.compile(
    r'note\(\s*(?:[a-z_.]+,\s*[a-z_.]+,\s*)?"([a-z_]+\.[a-z_]+)"'
    r'|kind(?::\s*str)?\s*=\s*"([a-z_]+\.[a-z_]+)"'
)


def test_every_noted_kind_is_worded() -> None:
    root = Path(desktop.__file__).parent
    noted = {
        kind
        for path in root.rglob("*.py")
        for found in NOTED.findall(path.read_text(encoding="utf-8"))
        for kind in found
        if kind
    }
    assert {"session.login", "account.create", "sync.export"} <= noted  # the scan finds them
    assert noted - set(audit_texts.KINDS) == set()
