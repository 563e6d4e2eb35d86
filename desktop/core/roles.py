"""The role matrix: which roles may do each action the services offer.

One table, data rather than code scattered over buttons. The services check it at the start of
every writing entry point (desktop.services.access.require); the UI only hides what a role may
not do. Where each rule comes from (issue 14, "Accounts and roles", and the standard's
division of work in an akim office):

- the counter's work (the queue, applications, certificates, complaints, the household book,
  the quality survey) is the clerk's and the akim's (the head of the office may stand in);
- a clerk cannot delete or purge: removing records (a plot, the demo households) and purging a
  person's data past the retention period are the akim's;
- only an administrator edits reference data, the accounts, the working calendar (transfers
  of working days) and the office's configuration and keys;
- only an administrator reads the audit trail (its view lists who did what);
- only a district operator imports sync packages (the district's exchange);
- only an administrator restores a backup: it replaces the whole database and undoes the work
  done since the backup was taken, so it is the district IT person's decision (at the district
  too: its operator takes packages in, its administrator keeps the database);
- the akim signs off reports (and sets the report's own figures: targets, internet share).

The program itself (desktop.core.actor.SYSTEM: migrations, reference loads, the first-run setup
before anyone can log in) keeps every right.
"""

from __future__ import annotations

from desktop.core.actor import Actor

CLERK = "clerk"
AKIM = "akim"
ADMINISTRATOR = "administrator"
DISTRICT_OPERATOR = "district_operator"
ROLES = (CLERK, AKIM, ADMINISTRATOR, DISTRICT_OPERATOR)

_COUNTER = frozenset({CLERK, AKIM})
_EVERYONE = frozenset(ROLES)

MATRIX: dict[str, frozenset[str]] = {
    # the counter
    "queue.serve": _COUNTER,  # issue tickets, call, serve, finish, redirect
    "application.handle": _COUNTER,  # accept, mark ready, issue, refuse
    "certificate.issue": _COUNTER,
    "complaint.handle": _COUNTER,  # register, extend, forward, answer, close
    "quality.record": _COUNTER,  # survey answers, corrections of an application
    "household.edit": _COUNTER,  # the book's entries, with history
    "household.import": _COUNTER,  # a household book from a spreadsheet
    "household.export": _COUNTER,  # the book to a spreadsheet (personal data leave the program)
    "demo.load": _COUNTER,
    # deleting (a clerk cannot delete or purge)
    "household.delete": frozenset({AKIM}),
    "person.purge": frozenset({AKIM}),  # a person past the retention period, to a tombstone
    # administration
    "reference.edit": frozenset({ADMINISTRATOR}),
    "calendar.edit": frozenset({ADMINISTRATOR}),
    "office.configure": frozenset({ADMINISTRATOR}),
    "keys.manage": frozenset({ADMINISTRATOR}),
    "accounts.manage": frozenset({ADMINISTRATOR}),
    "audit.read": frozenset({ADMINISTRATOR}),  # the administrator's view of the audit trail
    "backup.restore": frozenset({ADMINISTRATOR}),  # the database replaced by a backup
    # the district's exchange
    "sync.import": frozenset({DISTRICT_OPERATOR}),  # packages in, conflicts, return packages
    "sync.keys": frozenset({ADMINISTRATOR, DISTRICT_OPERATOR}),  # enrollment, revocation
    "sync.exchange": _EVERYONE,  # this office's package out, the district's answer in
    # reports
    "report.sign_off": frozenset({AKIM}),
    "report.inputs": frozenset({AKIM}),
    # one's own session: log out, lock the screen, change one's own password
    "session.own": _EVERYONE,
    # a document printed or saved from the preview, recorded in the audit trail
    "document.print": _EVERYONE,
    # this computer's own choices (which printer takes talons, the screen's language)
    "workstation.settings": _EVERYONE,
}


def allows(actor: Actor, action: str) -> bool:
    """Whether `actor` may do `action` (KeyError for an action not in the matrix)."""
    roles = MATRIX[action]
    return actor.is_system or actor.role in roles
