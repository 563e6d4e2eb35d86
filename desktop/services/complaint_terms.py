"""The administrator's values of the complaint terms that could not be confirmed from the act's
own text (resources/rules/services.json says which): the act's value is the default, a changed
value applies to complaints registered from then on (desktop.services.complaints.complaint_book
reads them; a registered complaint keeps its dates)."""

from __future__ import annotations

from dataclasses import dataclass

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.rules import OVERRIDABLE_TERMS
from desktop.services import settings
from desktop.services.access import require
from desktop.services.complaints import ComplaintError
from desktop.services.standard import rule_book


@dataclass(frozen=True)
class TermSetting:
    """A complaint term an administrator may set: the act's value and the one in use."""

    terms_id: str
    name: str  # one of desktop.core.rules.OVERRIDABLE_TERMS
    unit: str
    default: int
    value: int
    confirmed: bool  # read in the act's own text


def term_settings(db: Database) -> list[TermSetting]:
    """Every term of every complaint law that an administrator may set, with its value now."""
    with db.read() as session:
        overrides = settings.get_setting(session, settings.COMPLAINT_TERMS, {}) or {}
    found = []
    for terms in rule_book().complaint_terms:
        for name in OVERRIDABLE_TERMS:
            term = getattr(terms, name)
            if term is None:
                continue
            value = overrides.get(terms.id, {}).get(name, term.count)
            found.append(
                TermSetting(terms.id, name, term.unit, term.count, value, term.source.confirmed)
            )
    return found


def save_term_settings(db: Database, values: dict[tuple[str, str], int], actor: Actor) -> None:
    """Store the administrator's values ({(terms id, term name): count}); a value equal to
    the act's is not stored. Registered complaints keep the dates they were given."""
    require(actor, "reference.edit")
    defaults = {(t.terms_id, t.name): t.default for t in term_settings(db)}
    overrides: dict[str, dict[str, int]] = {}
    for key, count in values.items():
        if key not in defaults:
            raise ComplaintError("terms", "unknown_terms", terms=f"{key[0]}.{key[1]}")
        if count < 1:
            raise ComplaintError("terms", "term_too_short", terms=f"{key[0]}.{key[1]}")
        if count != defaults[key]:
            overrides.setdefault(key[0], {})[key[1]] = count
    rule_book().with_complaint_overrides(overrides)  # the book accepts them
    with db.write(actor) as work:
        settings.set_setting(work, settings.COMPLAINT_TERMS, overrides)
