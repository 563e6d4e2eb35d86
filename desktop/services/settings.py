"""Local settings of this installation, kept in the database beside the data they describe."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db.engine import Database
from db.models import AppSetting

OFFICE_NUMBER = "office_number"
CLERK_ID = "clerk_id"
UI_LANGUAGE = "ui_language"
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


def ui_language(session: Session) -> str:
    language = get_setting(session, UI_LANGUAGE, DEFAULT_LANGUAGE)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def load_ui_language(db: Database) -> str:
    with db.read() as session:
        return ui_language(session)


def save_ui_language(db: Database, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    with db.write() as session:
        set_setting(session, UI_LANGUAGE, language)
