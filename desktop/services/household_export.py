"""The household book out to an .xlsx in the layout the import takes: an office can always take
its data out, and import it again into an empty database to get the same book.

One sheet, one row per registered member, the household's facts (account, book and page,
address, opening date, the latest head counts and their date) on the head's row only; a
household's land plots on its rows too, one plot per row (kind and area), rows added below
the members when it has more plots than people. Headings and words (relations, sex, land
kinds) in Kazakh or Russian, as the import reads them back. The open households with someone
registered on the day are written (demo households are not the office's data); rows are
written one at a time (openpyxl's write-only mode), households read a batch at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db.engine import Database
from db.models import Household, LandPlot, LivestockSnapshot
from desktop.core.actor import Actor
from desktop.services import households as book
from desktop.services.access import require
from desktop.services.settings import LANGUAGES

BATCH = 500
# column key -> (Kazakh heading, Russian heading); the import's header words find each
HEADINGS: dict[str, tuple[str, str]] = {
    "account_number": ("Дербес шот №", "Лицевой счёт"),
    "book_number": ("Кітап №", "Номер книги"),
    "book_page": ("Беті", "Страница"),
    "locality": ("Елді мекен", "Населённый пункт"),
    "street": ("Көше", "Улица"),
    "house": ("Үй", "Дом"),
    "apartment": ("Пәтер", "Квартира"),
    "phone": ("Телефон", "Телефон"),
    "opened_on": ("Ашылған күні", "Дата открытия"),
    "surname": ("Тегі", "Фамилия"),
    "name": ("Аты", "Имя"),
    "patronymic": ("Әкесінің аты", "Отчество"),
    "iin": ("ЖСН", "ИИН"),
    "birth_date": ("Туған күні", "Дата рождения"),
    "sex": ("Жынысы", "Пол"),
    "relation": ("Отбасы басшысына туыстығы", "Отношение к главе"),
    "registered_from": ("Тіркелген күні", "Дата регистрации"),
    "land_kind": ("Жер түрі", "Вид угодий"),
    "land_area": ("Жер учаскесі, га", "Площадь участка, га"),
    "livestock_as_of": ("Санақ күні", "Дата учета"),
}
HOUSEHOLD_COLUMNS = (
    "account_number",
    "book_number",
    "book_page",
    "locality",
    "street",
    "house",
    "apartment",
    "phone",
    "opened_on",
)
MEMBER_COLUMNS = (
    "surname",
    "name",
    "patronymic",
    "iin",
    "birth_date",
    "sex",
    "relation",
    "registered_from",
)
SEX_WORDS = {"kk": {"male": "ер", "female": "әйел"}, "ru": {"male": "м", "female": "ж"}}
TITLES = ("Шаруашылық кітабы", "Похозяйственная книга")


def export_book(
    db: Database,
    actor: Actor,
    path: str | Path,
    today: date,
    language: str = "kk",
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the office's open households as of `today` to `path` (.xlsx); their count.

    Text is written as text cells: a name typed as `=HYPERLINK(...)` never becomes a formula.
    The export is recorded in the audit trail, done by `actor`.
    """
    require(actor, "household.export")
    from openpyxl import Workbook

    from desktop.core.spreadsheet.writing import text_row

    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")

    terms = book.terms(db)
    ru = language == "ru"
    kinds = list(terms.livestock)
    relations = {t.code: t.name(language) for t in terms.relation}
    purposes = {t.code: t.name(language) for t in terms.land_purpose}
    keys = [*HOUSEHOLD_COLUMNS, *MEMBER_COLUMNS, "land_kind", "land_area", "livestock_as_of"]
    headers = [HEADINGS[k][int(ru)] for k in keys] + [_capital(t.name(language)) for t in kinds]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(TITLES[int(ru)])
    sheet.append([TITLES[int(ru)]])
    sheet.append([])
    sheet.append(headers)
    count = 0
    for household, plots, snapshot in _households(db, today, progress):
        members = [
            m
            for m in household.members
            if m.deleted_at is None
            and m.registered_from <= today
            and (m.registered_to is None or m.registered_to > today)
        ]
        if not members:
            continue
        members.sort(key=lambda m: (m.relation != "head", m.registered_from, m.surname, m.name))
        count += 1
        for index in range(max(len(members), len(plots))):
            row: dict[str, Any] = {}
            if index == 0:
                row.update({k: getattr(household, k) for k in HOUSEHOLD_COLUMNS})
                if snapshot is not None:
                    row["livestock_as_of"] = snapshot.as_of
                    row.update(snapshot.counts)
            if index < len(members):
                member = members[index]
                row.update({k: getattr(member, k) for k in MEMBER_COLUMNS})
                row["sex"] = SEX_WORDS[language].get(member.sex, "")
                row["relation"] = relations.get(member.relation, member.relation)
            if index < len(plots):
                plot = plots[index]
                row["land_kind"] = purposes.get(plot.purpose, plot.purpose)
                row["land_area"] = float(plot.area_ha)
            cells = [_cell(row.get(k)) for k in keys] + [_cell(row.get(t.code)) for t in kinds]
            sheet.append(text_row(sheet, cells))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    workbook.save(str(path))
    with db.write(actor) as work:
        work.note("book.export", str(path), households=count, language=language)
    return count


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cell(value: Any) -> Any:
    """Empty strings as empty cells; text, numbers and dates as they are."""
    return None if value in ("", None) else value


def _households(
    db: Database, today: date, progress: Callable[[int, int], None] | None
) -> Iterator[tuple[Household, list[LandPlot], LivestockSnapshot | None]]:
    """Open households in account order, with their plots held on `today` and their latest
    head counts up to it, a batch at a time in one read transaction."""
    with db.read() as session:
        ids = list(
            session.scalars(
                select(Household.id)
                .where(
                    Household.deleted_at.is_(None),
                    Household.is_demo.is_(False),
                    (Household.closed_on.is_(None)) | (Household.closed_on > today),
                )
                .order_by(Household.account_number)
            )
        )
        for first in range(0, len(ids), BATCH):
            if progress is not None:
                progress(first, len(ids))
            chunk = ids[first : first + BATCH]
            found = {
                h.id: h
                for h in session.scalars(
                    select(Household)
                    .where(Household.id.in_(chunk))
                    .options(selectinload(Household.members))
                )
            }
            plots: dict[Any, list[LandPlot]] = {}
            for plot in session.scalars(
                select(LandPlot)
                .where(
                    LandPlot.household_id.in_(chunk),
                    LandPlot.deleted_at.is_(None),
                    LandPlot.held_from <= today,
                    (LandPlot.held_to.is_(None)) | (LandPlot.held_to > today),
                )
                .order_by(LandPlot.created_at, LandPlot.id)
            ):
                plots.setdefault(plot.household_id, []).append(plot)
            latest: dict[Any, LivestockSnapshot] = {}
            for snapshot in session.scalars(
                select(LivestockSnapshot)
                .where(
                    LivestockSnapshot.household_id.in_(chunk),
                    LivestockSnapshot.deleted_at.is_(None),
                    LivestockSnapshot.as_of <= today,
                )
                .order_by(LivestockSnapshot.as_of)
            ):
                latest[snapshot.household_id] = snapshot
            for key in chunk:
                yield found[key], plots.get(key, []), latest.get(key)
            session.expunge_all()
        if progress is not None:
            progress(len(ids), len(ids))
