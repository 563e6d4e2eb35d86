"""The indicator report as PDF and as workbook, in both languages, read back and compared with
the data it was made from (the specimen's demo quarter, and an empty period)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from pypdf import PdfReader

from desktop.core.application_stats import summarize_applications
from desktop.core.clock import office_zone
from desktop.core.formatting import format_number
from desktop.core.indicators import (
    CODES,
    AdminSetting,
    Count,
    IndicatorInputs,
    SurveyAnswers,
    compute_indicators,
)
from desktop.core.periods import Period
from desktop.core.queue_rules import load_purposes
from desktop.core.queue_stats import summarize_queue
from desktop.core.report_signoff import SignOffMark
from desktop.paths import resource_path
from desktop.printing import charts
from desktop.printing.indicators_report import IndicatorsReportData, render_indicators_report
from desktop.printing.indicators_sample import demo_report, standards
from desktop.printing.indicators_workbook import render_indicators_workbook
from desktop.printing.layout import date_time
from desktop.printing.report_format import basis_text, minutes, period_text, tenths
from desktop.printing.report_texts import REPORT_TEXTS
from desktop.printing.texts import TEXTS, text
from desktop.services.standard import rule_book, working_calendar
from tests.printing.test_documents import dark_pixels

LANGUAGES = ("kk", "ru")
SHEETS = (
    "sheet_report", "sheet_indicators", "sheet_trends", "sheet_days", "sheet_hours",
    "sheet_waits", "sheet_histogram", "sheet_clerks", "sheet_applications", "sheet_refusals",
)  # fmt: skip


@cache
def demo(language: str) -> IndicatorsReportData:
    return demo_report(language, rule_book(), working_calendar())


@cache
def demo_pdf(language: str) -> bytes:
    return render_indicators_report(demo(language), language)


def empty(language: str) -> IndicatorsReportData:
    """A week in which nothing happened: no tickets, no applications, no answers, no setting."""
    week = Period.between(date(2026, 8, 3), date(2026, 8, 7))
    survey = SurveyAnswers(0, 0)
    nothing = IndicatorInputs(
        Count(0, 0), Count(0, 0), survey, Count(0, 0), survey, Count(0, 0), AdminSetting(None),
        Count(0, 0), Count(0, 0), survey, survey, survey,
    )  # fmt: skip
    return replace(
        demo(language),
        period=week,
        indicators=compute_indicators(standards(), nothing),
        queue=summarize_queue(
            [], week, load_purposes(resource_path("queue", "purposes.json")), rule_book(),
            working_calendar(),
        ),
        applications=summarize_applications([], week, datetime(2026, 8, 10, tzinfo=office_zone())),
        trends=(),
    )  # fmt: skip


def pdf_text(pdf: bytes) -> str:
    """The text of every page, whitespace (line breaks, U+202F, no-break spaces) made one space."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def flat(value: str) -> str:
    return " ".join(value.split())


# ---- the PDF -------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_carries_office_period_and_every_indicator(language: str) -> None:
    data = demo(language)
    found = pdf_text(demo_pdf(language))
    assert flat(data.office_name) in found
    assert flat(text(language, "report_title")) in found
    assert flat(period_text(data.period, language)) in found
    for value in data.indicators:
        standard = value.standard
        assert flat(standard.text(language)) in found, standard.code
        assert flat(basis_text(value, language)) in found, standard.code
        if value.value is None:
            shown = text(language, "report_no_data")
        elif value.status == "worse":
            shown = f"▼ {tenths(value.value, language)}"
        else:
            shown = tenths(value.value, language)
        assert flat(shown) in found, (standard.code, shown)
    assert "▼ 98,8" in found  # 1.1 in the demo quarter: 803 of 813 ready in time
    worse = sum(v.status == "worse" for v in data.indicators)
    assert worse >= 3  # the demo quarter has values worse than the norm...
    assert found.count("▼") == worse + 1  # ...each marked, and the mark explained once


@pytest.mark.parametrize(("language", "words"), [
    ("kk", ["Әкім:", "Есепті дайындаған:", "Қолы:", "Кезек", "Өтініштер", "1-бет"]),
    ("ru", ["Аким:", "Отчёт подготовил(а):", "Подпись:", "Очередь", "Заявления", "стр. 1"]),
])  # fmt: skip
def test_the_report_carries_tables_charts_and_signatures(language: str, words: list[str]) -> None:
    data = demo(language)
    found = pdf_text(demo_pdf(language))
    for word in words:
        assert word in found
    assert data.akim in found and data.preparer in found
    for name in (*data.service_names.values(), *data.purpose_names.values()):
        assert flat(name) in found, name
    for load in data.queue.clerks:
        assert load.clerk in found
    for code, _ in data.applications.refusals_by_document:
        assert flat(data.document_names[code]) in found
    total = data.applications.total
    assert format_number(total.handed_in, language) in found
    assert f"{total.ready_in_time.part} / {total.ready_in_time.whole}" in found
    all_waits = data.queue.all_waits
    assert tenths(minutes(all_waits.p90), language) in found
    # The charts' labels are text in the PDF, in the report's language.
    for key in ("chart_hours", "chart_hour_axis", "chart_waits", "chart_wait_axis"):
        assert flat(text(language, key)) in found, key
    for limit in data.queue.limits:
        assert flat(text(language, "chart_limit", minutes=limit)) in found
    for trend in data.trends:
        assert flat(text(language, "chart_trend", code=trend.standard.code)) in found


SIGNED_AT = datetime(2026, 10, 6, 15, 30, tzinfo=office_zone())


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_report_not_signed_off_is_marked_a_draft_on_every_page(language: str) -> None:
    pdf = render_indicators_report(
        replace(demo(language), sign_off=SignOffMark("unsigned")), language
    )
    found = pdf_text(pdf)
    assert flat(text(language, "report_draft")) in found
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) > 1
    assert all(f"{text(language, 'report_draft_short')} · " in page for page in pages)
    assert "15:30" not in found


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_signed_off_report_names_the_akim_and_the_moment(language: str) -> None:
    signed = SignOffMark("signed", "Әкімов Ә. Ә.", SIGNED_AT)
    found = pdf_text(render_indicators_report(replace(demo(language), sign_off=signed), language))
    moment = date_time(SIGNED_AT.replace(tzinfo=None), language)
    assert flat(text(language, "report_signed", akim="Әкімов Ә. Ә.", moment=moment)) in found
    assert "15:30" in moment
    assert text(language, "report_draft_short") not in found
    assert flat(text(language, "report_signed_changed", codes="", moment="")[:20]) not in found
    changed = replace(signed, state="changed", differing=("1.2", "3.1"))
    found = pdf_text(render_indicators_report(replace(demo(language), sign_off=changed), language))
    made = date_time(datetime(2026, 10, 5, 9, 30), language)
    assert flat(text(language, "report_signed_changed", codes="1.2, 3.1", moment=made)) in found
    # the district's reports (no sign-off here): neither mark
    found = pdf_text(render_indicators_report(replace(demo(language), sign_off=None), language))
    assert "Әкімов" not in found and text(language, "report_draft_short") not in found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_workbook_says_whether_the_report_is_signed_off(language: str) -> None:
    def report_sheet(mark: SignOffMark | None) -> dict[object, object]:
        data = replace(demo(language), sign_off=mark)
        book = load_workbook(io.BytesIO(render_indicators_workbook(data, language)))
        return dict(rows(book[text(language, "sheet_report")]))  # type: ignore[arg-type]

    draft = report_sheet(SignOffMark("unsigned"))
    assert draft[text(language, "xlsx_sign_off")] == text(language, "report_draft")
    changed = report_sheet(SignOffMark("changed", "Әкімов Ә. Ә.", SIGNED_AT, ("2.2",)))
    assert changed[text(language, "xlsx_sign_off")] == text(language, "xlsx_signed_changed")
    assert changed[text(language, "xlsx_signed_by")] == "Әкімов Ә. Ә."
    assert changed[text(language, "xlsx_signed_at")] == datetime(2026, 10, 6, 15, 30)
    assert changed[text(language, "xlsx_differing")] == "2.2"
    assert text(language, "xlsx_sign_off") not in report_sheet(None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_empty_period_says_no_data_and_draws_no_charts(language: str) -> None:
    data = empty(language)
    found = pdf_text(render_indicators_report(data, language))
    assert found.count(text(language, "report_no_data")) >= 12
    assert found.count("▼") == 1  # only in the legend
    assert text(language, "report_nothing") in found
    assert text(language, "chart_hours") not in found
    width = 400.0
    assert charts.hour_chart(data.queue, language, width) is None
    assert charts.wait_chart(data.queue, language, width) is None


def test_computed_figures_have_one_decimal_in_the_languages_way() -> None:
    assert tenths(Decimal(3), "kk") == "3,0" and tenths(Decimal("1234.5"), "ru") == "1\xa0234,5"
    assert tenths(None, "ru") == "—"


def test_a_trend_without_data_draws_nothing() -> None:
    trend = demo("kk").trends[0]
    blank = replace(
        trend, points=tuple(replace(p, value=replace(p.value, value=None)) for p in trend.points)
    )
    assert charts.trend_chart(blank, "kk", 400.0) is None
    assert charts.trend_chart(trend, "kk", 400.0) is not None


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None,
    reason="pdftoppm (Debian poppler-utils) is not installed: pages cannot be rendered",
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_of_the_report_is_a4_and_inked(language: str, tmp_path: Path) -> None:
    path = tmp_path / f"report_{language}.pdf"
    path.write_bytes(demo_pdf(language))
    reader = PdfReader(path)
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(path), str(tmp_path / "page")],
        check=True,
        capture_output=True,
    )
    for png in sorted(tmp_path.glob("page*.png")):
        dark, total = dark_pixels(png)
        assert 500 < dark < total * 0.3, png.name


# ---- the workbook --------------------------------------------------------------------------------


def rows(sheet: Worksheet) -> list[tuple[object, ...]]:
    return list(sheet.iter_rows(min_row=2, values_only=True))


def number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_workbook_reads_back_as_the_data(language: str) -> None:
    data = demo(language)
    book = load_workbook(io.BytesIO(render_indicators_workbook(data, language)))
    assert book.sheetnames == [text(language, key) for key in SHEETS]
    indicators = book[text(language, "sheet_indicators")]
    assert indicators["C1"].value == text(language, "report_col_indicator")
    assert [
        (code, norm, value, status, part, whole, records)
        for code, _, _, norm, _, value, status, part, whole, records, _ in rows(indicators)
    ] == [
        (
            v.code, float(v.standard.norm), number(v.value),
            text(language, f"report_status_{v.status}"), v.part, v.whole, v.records,
        )
        for v in data.indicators
    ]  # fmt: skip
    days = book[text(language, "sheet_days")]
    assert [(day.date(), n) for day, n in rows(days)] == list(data.queue.by_day)  # type: ignore[union-attr]
    assert days["A2"].is_date and days["A2"].number_format == "dd.mm.yyyy"
    waits = {row[0]: row for row in rows(book[text(language, "sheet_waits")])}
    for summary in (*data.queue.waits, data.queue.all_waits):
        row = waits[summary.purpose or None]  # all purposes: no code
        assert row[2:6] == (summary.visitors, summary.waits, number(minutes(summary.median)),
                            number(minutes(summary.p90)))  # fmt: skip
    applications = rows(book[text(language, "sheet_applications")])
    total = data.applications.total
    assert applications[-1][0] == text(language, "report_all_services")
    assert applications[-1][1:] == (
        total.handed_in, total.accepted, total.refused, total.issued, total.ready_in_time.part,
        total.ready_in_time.whole, total.late,
    )  # fmt: skip
    refusals = rows(book[text(language, "sheet_refusals")])
    assert [(code, n) for code, _, n in refusals] == list(data.applications.refusals_by_document)
    trends = rows(book[text(language, "sheet_trends")])
    assert [(code, month.date(), value) for code, month, value, _ in trends] == [  # type: ignore[union-attr]
        (t.standard.code, p.month_start, number(p.value.value))
        for t in data.trends
        for p in t.points
    ]
    report = dict(rows(book[text(language, "sheet_report")]))  # type: ignore[arg-type]
    assert report[text(language, "xlsx_first")] == datetime(2026, 7, 1)
    assert report[text(language, "xlsx_made")] == datetime(2026, 10, 5, 9, 30)
    assert report[text(language, "xlsx_office")] == data.office_name


def test_numbers_are_numbers_in_every_sheet() -> None:
    book = load_workbook(io.BytesIO(render_indicators_workbook(demo("ru"), "ru")))
    numbers = 0
    for sheet in book:
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value not in CODES:  # codes are labels
                    assert not re.fullmatch(r"[\d\s,.]+", cell.value), cell
                numbers += isinstance(cell.value, int | float)
    assert numbers > 300


def test_text_that_looks_like_a_formula_stays_text() -> None:
    data = replace(
        demo("kk"),
        office_name='=HYPERLINK("http://example.invalid","Ашу")',
        preparer="+7 701 000 00 00",
        akim="@akim\x07",
        purpose_names={**demo("kk").purpose_names, "collect": "-Алу"},
    )
    book = load_workbook(io.BytesIO(render_indicators_workbook(data, "kk")))
    cells = {
        cell.value: cell
        for sheet in book
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    }
    for value in (data.office_name, data.preparer, "@akim", "-Алу"):
        assert value in cells, value
        assert cells[value].data_type == "s" and cells[value].quotePrefix
    assert "@akim\x07" not in cells  # the bell character cannot live in a workbook
    assert not any(cell.data_type == "f" for cell in cells.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_empty_period_makes_a_workbook_with_no_data(language: str) -> None:
    book = load_workbook(io.BytesIO(render_indicators_workbook(empty(language), language)))
    values = rows(book[text(language, "sheet_indicators")])
    assert {row[5] for row in values} == {None}
    assert {row[6] for row in values} == {text(language, "report_status_no_data")}
    assert rows(book[text(language, "sheet_days")]) == []


# ---- the texts -----------------------------------------------------------------------------------


def test_report_texts_exist_in_both_languages_and_replace_no_document_text() -> None:
    assert REPORT_TEXTS["kk"].keys() == REPORT_TEXTS["ru"].keys()
    prefixes = ("report_", "chart_", "sheet_", "xlsx_")
    assert all(key.startswith(prefixes) for key in REPORT_TEXTS["kk"])
    for language in LANGUAGES:
        for key, value in REPORT_TEXTS[language].items():
            assert TEXTS[language][key] == value
            fields = {part.split("}")[0] for part in value.split("{")[1:]}
            other = REPORT_TEXTS["ru" if language == "kk" else "kk"][key]
            assert fields == {part.split("}")[0] for part in other.split("{")[1:]}, key
    document_keys = {k for k in TEXTS["kk"] if k not in REPORT_TEXTS["kk"]}
    assert not any(key.startswith(prefixes) for key in document_keys)
    assert all(len(text(language, key)) <= 31 for key in SHEETS for language in LANGUAGES)
