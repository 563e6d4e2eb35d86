"""The import's words in the user's language: field names, problems and notes of the report,
why a file cannot be read. The import dialog and the command line both use them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop.core.spreadsheet import SpreadsheetError
from desktop.services.household_import import Problem
from desktop.services.household_values import BookError
from desktop.services.households import Terms
from desktop.ui import book_errors
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "ImportTexts"

FIELD_LABELS = {
    "account_number": QT_TRANSLATE_NOOP("ImportTexts", "Personal account number"),
    "book_number": QT_TRANSLATE_NOOP("ImportTexts", "Book number"),
    "book_page": QT_TRANSLATE_NOOP("ImportTexts", "Book page"),
    "locality": QT_TRANSLATE_NOOP("ImportTexts", "Locality"),
    "street": QT_TRANSLATE_NOOP("ImportTexts", "Street"),
    "house": QT_TRANSLATE_NOOP("ImportTexts", "House"),
    "apartment": QT_TRANSLATE_NOOP("ImportTexts", "Apartment"),
    "phone": QT_TRANSLATE_NOOP("ImportTexts", "Phone"),
    "iin": QT_TRANSLATE_NOOP("ImportTexts", "IIN"),
    "surname": QT_TRANSLATE_NOOP("ImportTexts", "Surname"),
    "name": QT_TRANSLATE_NOOP("ImportTexts", "Name"),
    "patronymic": QT_TRANSLATE_NOOP("ImportTexts", "Patronymic"),
    "full_name": QT_TRANSLATE_NOOP("ImportTexts", "Full name (surname, name, patronymic)"),
    "birth_date": QT_TRANSLATE_NOOP("ImportTexts", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("ImportTexts", "Sex"),
    "relation": QT_TRANSLATE_NOOP("ImportTexts", "Relation to the head"),
    "registered_from": QT_TRANSLATE_NOOP("ImportTexts", "Registered since"),
    "livestock_as_of": QT_TRANSLATE_NOOP("ImportTexts", "Livestock counted on"),
    "address": QT_TRANSLATE_NOOP("ImportTexts", "Address (street and house)"),
    "opened_on": QT_TRANSLATE_NOOP("ImportTexts", "Opened in the book on"),
    "land_area": QT_TRANSLATE_NOOP("ImportTexts", "Land plot area, ha"),
    "land_kind": QT_TRANSLATE_NOOP("ImportTexts", "Kind of land"),
    "total:cattle": QT_TRANSLATE_NOOP("ImportTexts", "Cattle, total"),
    "total:sheep_goats": QT_TRANSLATE_NOOP("ImportTexts", "Sheep and goats, total"),
}

# Problems found only by the importer (the book's own errors are worded by book_errors).
PROBLEMS = {
    "invalid_date": QT_TRANSLATE_NOOP("ImportTexts", "“%1” is not a date: write it as dd.mm.yyyy."),
    "unknown_sex": QT_TRANSLATE_NOOP(
        "ImportTexts", "“%1” is not a sex: write м or ж (ер or әйел)."
    ),
    "unknown_relation": QT_TRANSLATE_NOOP(
        "ImportTexts", "“%1” is not a known relation to the head of household."
    ),
    "not_a_number": QT_TRANSLATE_NOOP("ImportTexts", "“%1” is not a whole number."),
    "duplicate_iin": QT_TRANSLATE_NOOP("ImportTexts", "The same IIN is already in row %1."),
    "conflicting_value": QT_TRANSLATE_NOOP(
        "ImportTexts", "Differs from row %1 of the same personal account."
    ),
    "household_invalid": QT_TRANSLATE_NOOP(
        "ImportTexts", "Not imported: this household has a problem in row %1."
    ),
    "not_mapped": QT_TRANSLATE_NOOP(
        "ImportTexts", "No column is chosen for the personal account number."
    ),
    "lookalikes_fixed": QT_TRANSLATE_NOOP(
        "ImportTexts", "Latin letters %1 changed to Cyrillic: “%2”."
    ),
    "iin_zero_restored": QT_TRANSLATE_NOOP("ImportTexts", "Leading zero restored: %1 → %2."),
    "relation_assumed": QT_TRANSLATE_NOOP(
        "ImportTexts", "Relation not given: recorded as another relative."
    ),
    "part_exceeds_total": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The parts (%2) are more than their total (%1): this row's head counts are not imported.",
    ),
    "total_exceeds_parts": QT_TRANSLATE_NOOP(
        "ImportTexts", "The total is %1 more than its parts: recorded as of no stated kind."
    ),
    "negative_count": QT_TRANSLATE_NOOP(
        "ImportTexts", "“%1” is a negative head count: this row's head counts are not imported."
    ),
    "fractional_count": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "“%1” is not a whole head count: this row's head counts are not imported.",
    ),
    "sex_from_name": QT_TRANSLATE_NOOP(
        "ImportTexts", "Sex not given: taken from the name as %1. Check it."
    ),
    "unpadded_account": QT_TRANSLATE_NOOP(
        "ImportTexts", "Account number “%1” read as %2, like the others in the file."
    ),
    "duplicate_account": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "This personal account is already used in row %1: the two households are not merged. "
        "Give one of them its own account number.",
    ),
    "unknown_account": QT_TRANSLATE_NOOP(
        "ImportTexts", "No household with personal account “%1” in the households' sheet."
    ),
    "unknown_land_kind": QT_TRANSLATE_NOOP("ImportTexts", "“%1” is not a known kind of land."),
    "no_people": QT_TRANSLATE_NOOP(
        "ImportTexts", "Personal account %1 has no person's row: nobody to register."
    ),
    "not_positive": QT_TRANSLATE_NOOP("ImportTexts", "“%1” is not an area more than zero."),
}

# What the import did, row by row, where nothing was refused.
NOTES = {
    "filled_down": QT_TRANSLATE_NOOP("ImportTexts", "Rows %1–%2 belong to personal account %3."),
    "totals": QT_TRANSLATE_NOOP("ImportTexts", "A totals row: skipped (its figures are compared)."),
    "note": QT_TRANSLATE_NOOP("ImportTexts", "A note: skipped."),
    "signature": QT_TRANSLATE_NOOP("ImportTexts", "A signature line: skipped."),
    "column_not_imported": QT_TRANSLATE_NOOP(
        "ImportTexts", "Column not imported (no field chosen for it): %1 cells."
    ),
}

FILE_ERRORS = {
    "not_found": QT_TRANSLATE_NOOP("ImportTexts", "The file does not exist."),
    "locked": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "Another program has the file open (Excel?). Close it there and try again.",
    ),
    "interrupted": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "Reading stopped half way: was the USB stick pulled out? Put it back and try again. "
        "Nothing was imported.",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "ImportTexts", "The file is too large to import (%1 MB; at most %2 MB)."
    ),
    "too_large_unpacked": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The workbook unpacks to far more than a household book holds: it is damaged or not a "
        "book. Save the book again from Excel, or as CSV.",
    ),
    "too_many_rows": QT_TRANSLATE_NOOP(
        "ImportTexts", "Sheet “%1” has more rows than the import takes (at most %2)."
    ),
    "too_many_cells": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "Sheet “%1” reaches too far (often one stray value far to the right or below the "
        "table). Delete the empty rows and columns after the table and try again.",
    ),
    "password_protected": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The workbook is protected by a password. Open it in Excel, remove the password "
        "(File > Info > Protect workbook) and save it, then import it.",
    ),
    "not_a_spreadsheet": QT_TRANSLATE_NOOP(
        "ImportTexts", "This is not a spreadsheet. Choose the .xlsx, .xls or .csv file of the book."
    ),
    "sheet_not_found": QT_TRANSLATE_NOOP("ImportTexts", "The workbook has no sheet “%1”."),
    "no_header": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "No row of column names was found in sheet “%1”. Add a row of headings above the table.",
    ),
    "unsupported_format": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "This kind of file cannot be read. Save it from Excel as .xlsx or as CSV and try again.",
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The file cannot be read: it is damaged or is not a spreadsheet (.xlsx or .csv).",
    ),
    "empty": QT_TRANSLATE_NOOP("ImportTexts", "The file has no rows with values."),
}

FILLED_DOWN_ONE = QT_TRANSLATE_NOOP("ImportTexts", "Row %1 belongs to personal account %3.")

SEXES = {
    "male": QT_TRANSLATE_NOOP("ImportTexts", "male"),
    "female": QT_TRANSLATE_NOOP("ImportTexts", "female"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_label(name: str, terms: Terms, language: str) -> str:
    """A field a column can be mapped to, as the mapping step shows it."""
    text = FIELD_LABELS.get(name)
    if text:
        return tr(text)
    term = next((t for t in terms.livestock if t.code == name), None)
    if term is None:
        return name
    label = term.name(language)
    return label[:1].upper() + label[1:]


def describe(problem: Problem, terms: Terms, language: str, fields: Sequence[str]) -> str:
    """A report line in the user's language: a problem, a warning or a note."""
    params = problem.params
    if problem.code == "filled_down":
        one = params.get("last") == problem.row
        return (
            tr(FILLED_DOWN_ONE if one else NOTES["filled_down"])
            .replace("%1", str(problem.row))
            .replace("%2", str(params.get("last", "")))
            .replace("%3", str(params.get("account", "")))
        )
    if problem.code in NOTES:
        return tr(NOTES[problem.code]).replace("%1", str(params.get("cells", "")))
    if problem.code == "sex_from_name":
        sex = SEXES.get(str(params.get("sex", "")), "")
        return tr(PROBLEMS["sex_from_name"]).replace("%1", tr(sex) if sex else "")
    if problem.code in PROBLEMS:
        first = params.get("value", params.get("row", params.get("row_first", "")))
        first = params.get("original", params.get("letters", params.get("total", first)))
        first = params.get("unspecified", first)
        second = params.get("fixed", params.get("iin", params.get("parts", "")))
        if problem.code == "unpadded_account":
            second = params.get("account", "")
        if problem.code == "no_people":
            first = params.get("account", "")
        return tr(PROBLEMS[problem.code]).replace("%1", str(first)).replace("%2", str(second))
    names = {name: field_label(name, terms, language) for name in fields}
    error = BookError(problem.field_name or "value", problem.code, **params)
    return book_errors.message(error, language, names)


def file_error(error: SpreadsheetError) -> str:
    """Why the file cannot be read, and what to do."""
    text = tr(FILE_ERRORS.get(error.code, FILE_ERRORS["unreadable"]))
    params = error.params
    if error.code == "too_large":
        mb = [round(int(str(params.get(k, 0))) / 1_000_000, 1) for k in ("size", "limit")]
        return text.replace("%1", str(mb[0])).replace("%2", str(mb[1]))
    if error.code == "too_many_rows":
        return text.replace("%1", str(params.get("sheet", ""))).replace(
            "%2", str(params.get("limit", ""))
        )
    return text.replace("%1", str(params.get("sheet", "")))
