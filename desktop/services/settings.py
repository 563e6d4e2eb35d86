"""Local settings of this installation, kept in the database beside the data they describe."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db import change_counter
from db.engine import Database
from db.models import AppSetting
from desktop.core.actor import Actor
from desktop.services.access import require

OFFICE_NUMBER = "office_number"
CLERK_ID = "clerk_id"
UI_LANGUAGE = "ui_language"
AKIM_NAME = "akim_name"  # printed under certificates, with the signature line
AKIM_POSITION = "akim_position"
AKIM_POSITION_RU = "akim_position_ru"  # on Russian certificates
# Complaints: the administrator's values of complaint terms the act's text did not confirm
# ({terms id: {term name: count}}, RuleBook.with_complaint_overrides), and the talon's paper.
COMPLAINT_TERMS = "complaint_terms"
COMPLAINT_TALON_PAGE = "complaint_talon_page"
# The fingerprint (desktop.core.certificate.key_fingerprint) of this office's signing key, saved
# when the key is made: a key file replaced by another key no longer matches it.
OFFICE_KEY_FINGERPRINT = "office_key_fingerprint"
DISPLAY_HIGHLIGHT = "display_highlight_seconds"  # a called number stands out this long
DEFAULT_HIGHLIGHT_SECONDS = 30
MAX_HIGHLIGHT_SECONDS = 600
# The screen locks after this many minutes without a key or the mouse (0: never).
IDLE_LOCK_MINUTES = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_IDLE_LOCK_MINUTES = 240
# The stamp (db/change_counter.py) of the latest change of what an office's package carries in
# its manifest rather than as records (its report's 3.3 and targets, the akim's sign-offs).
MANIFEST_CHANGED = "sync.manifest_changed"
DEFAULT_LANGUAGE = "kk"
LANGUAGES = ("kk", "ru")


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(AppSetting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value


def count_manifest_change(session: Session) -> None:
    """Note, in the writing transaction, that something the package's manifest carries changed:
    the next export writes a package even when no record changed (services/sync_export.py)."""
    set_setting(session, MANIFEST_CHANGED, change_counter.count_change(session))


def manifest_changed(session: Session) -> int:
    """The stamp of the latest change count_manifest_change noted (0: none)."""
    return int(get_setting(session, MANIFEST_CHANGED, 0) or 0)


def ui_language(session: Session) -> str:
    language = get_setting(session, UI_LANGUAGE, DEFAULT_LANGUAGE)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def load_ui_language(db: Database) -> str:
    with db.read() as session:
        return ui_language(session)


def save_ui_language(db: Database, language: str, actor: Actor) -> None:
    require(actor, "workstation.settings")
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    with db.write(actor) as work:
        set_setting(work, UI_LANGUAGE, language)


def _printer_key(kind: str) -> str:
    return f"printer.{kind}"


def printer_for(db: Database, kind: str) -> str | None:
    """The printer last chosen for a document kind ("talon", "refusal", ...), or None."""
    with db.read() as session:
        name = get_setting(session, _printer_key(kind))
    return name if isinstance(name, str) and name else None


def remember_printer(db: Database, kind: str, name: str, actor: Actor) -> None:
    """Print documents of `kind` on `name` from now on (talons to the receipt printer...)."""
    require(actor, "workstation.settings")
    with db.write(actor) as work:
        set_setting(work, _printer_key(kind), name)


def akim(db: Database) -> tuple[str, str, str]:
    """The akim's name, position in Kazakh and position in Russian, as printed on
    certificates ("" when not set)."""
    with db.read() as session:
        values = [
            get_setting(session, key, "") for key in (AKIM_NAME, AKIM_POSITION, AKIM_POSITION_RU)
        ]
    name, position, position_ru = (value if isinstance(value, str) else "" for value in values)
    return name, position, position_ru


def save_akim(db: Database, name: str, position: str, actor: Actor, position_ru: str = "") -> None:
    require(actor, "office.configure")
    with db.write(actor) as work:
        set_setting(work, AKIM_NAME, name.strip())
        set_setting(work, AKIM_POSITION, position.strip())
        set_setting(work, AKIM_POSITION_RU, position_ru.strip())


def display_highlight_seconds(db: Database) -> int:
    """How long the waiting-room display highlights a number just called, in seconds."""
    with db.read() as session:
        value = get_setting(session, DISPLAY_HIGHLIGHT, DEFAULT_HIGHLIGHT_SECONDS)
    return (
        value
        if isinstance(value, int) and 0 <= value <= MAX_HIGHLIGHT_SECONDS
        else (DEFAULT_HIGHLIGHT_SECONDS)
    )


def save_display_highlight_seconds(db: Database, seconds: int, actor: Actor) -> None:
    require(actor, "office.configure")
    if not 0 <= seconds <= MAX_HIGHLIGHT_SECONDS:
        raise ValueError(f"highlight time {seconds} s is outside 0..{MAX_HIGHLIGHT_SECONDS}")
    with db.write(actor) as work:
        set_setting(work, DISPLAY_HIGHLIGHT, seconds)


def idle_lock_minutes(db: Database) -> int:
    """Minutes without a key or the mouse before the screen locks (0: never)."""
    with db.read() as session:
        value = get_setting(session, IDLE_LOCK_MINUTES, DEFAULT_IDLE_LOCK_MINUTES)
    return value if isinstance(value, int) else DEFAULT_IDLE_LOCK_MINUTES


def save_idle_lock_minutes(db: Database, minutes: int, actor: Actor) -> None:
    require(actor, "office.configure")
    if not 0 <= minutes <= MAX_IDLE_LOCK_MINUTES:
        raise ValueError(f"idle lock {minutes} min is outside 0..{MAX_IDLE_LOCK_MINUTES}")
    with db.write(actor) as work:
        set_setting(work, IDLE_LOCK_MINUTES, minutes)
