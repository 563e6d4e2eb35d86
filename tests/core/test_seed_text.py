"""Helpers of the seed extractor on small synthetic strings: text, names, numbers, flags."""

from __future__ import annotations

from desktop.core.seed.contacts import is_contact_line, parse_address_block
from desktop.core.seed.flags import address_flags, missing_flags, spelling_flags, suggest_address
from desktop.core.seed.indicators import parse_norm
from desktop.core.seed.model import Department
from desktop.core.seed.names import parse_official_name
from desktop.core.seed.offices import office_kind
from desktop.core.seed.text import despace, join_lines, paragraphs, quoted_blocks, seed_lines


def test_despace_undoes_letter_spacing_word_by_word() -> None:
    assert despace('" Ш е т  а у д а н ы н ы ң') == '"Шет ауданының'
    assert despace("2 0 0 8  ж ы л ғ ы") == "2008 жылғы"


def test_despace_leaves_ordinary_text_alone() -> None:
    for line in ("5 тел/факс (71031) 3424170", "І. Жансүгіров көш., 87", "әр айдың 2, 4"):
        assert despace(line) == line


def test_join_lines_glues_hyphens_brackets_and_punctuation() -> None:
    assert join_lines(["әр айдың 2, 4 ", "-ші бейсенбісі, сағ. 16.00-", "дан 18.00 дейін"]) == (
        "әр айдың 2, 4-ші бейсенбісі, сағ. 16.00-дан 18.00 дейін"
    )
    assert join_lines(["Жезқазған қ.", ", Алаш алаңы", "тел/", "факс (", "71032)"]) == (
        "Жезқазған қ., Алаш алаңы тел/факс (71032)"
    )
    assert join_lines(["Ағыбай", "", "батыр  көш."]) == "Ағыбай батыр көш."


def test_paragraphs_and_quoted_blocks() -> None:
    groups = paragraphs(seed_lines('title\n\n"A"\nb\n\n\nc\n\n"D"\n  \ne\n'))
    assert [[line.text for line in group] for group in groups] == [
        ["title"],
        ['"A"', "b"],
        ["c"],
        ['"D"'],
        ["e"],
    ]
    blocks = quoted_blocks(groups)
    assert [[group[0].text for group in block] for block in blocks] == [['"A"', "c"], ['"D"', "e"]]


def test_official_name_with_quotes_split_over_lines() -> None:
    name = parse_official_name('"Малшыбай селосы әкімінің аппараты\n" мемлекеттік мекемесі', "x")
    assert name.name == "Малшыбай селосы әкімінің аппараты"
    assert name.full_name == '"Малшыбай селосы әкімінің аппараты" мемлекеттік мекемесі'
    assert name.flags == []


def test_official_name_without_closing_quote_is_kept_and_flagged() -> None:
    name = parse_official_name('"Қарсақпай кенті әкімі аппараты\nмемлекеттік мекемесі', "full_name")
    assert name.name == "Қарсақпай кенті әкімі аппараты"
    assert name.full_name == '"Қарсақпай кенті әкімі аппараты мемлекеттік мекемесі'
    [flag] = name.flags
    assert (flag.field, flag.reason) == ("full_name", "broken_quotes")
    assert flag.suggestion == '"Қарсақпай кенті әкімі аппараты" мемлекеттік мекемесі'


def test_office_kind_and_locality() -> None:
    assert office_kind("Жартас селолық округі әкімінің аппараты") == ("rural_okrug", "Жартас")
    assert office_kind("Доскей ауылдық округі әкімінің аппараты") == ("rural_okrug", "Доскей")
    assert office_kind("Қарағайлы кент әкімінің аппараты") == ("settlement", "Қарағайлы")
    assert office_kind("Ғ. Мұстафин кенті әкімінің аппараты") == ("settlement", "Ғ. Мұстафин")
    assert office_kind("Кеңгір селосы әкімінің аппараты") == ("village", "Кеңгір")


def test_address_block_numbers_share_the_area_code() -> None:
    block = parse_address_block(
        "100300, Қарағанды облысы, Қонырат кенті,\nЗайцев көш., 20/1 тел. (71036) 64416, 64417, "
        "факс 64418"
    )
    assert block.postal_code == "100300"
    assert block.address == "Қарағанды облысы, Қонырат кенті, Зайцев көш., 20/1"
    assert block.phones == ["(71036) 64416", "(71036) 64417"]
    assert block.fax == ["(71036) 64418"]
    assert block.flags == []


def test_address_block_tel_fax_goes_to_both_lists() -> None:
    block = parse_address_block("101000, x, Тельман селосы тел\n/факс (72148) 26541")
    assert block.address == "x, Тельман селосы"
    assert block.phones == block.fax == ["(72148) 26541"]


def test_address_block_flags_numbers_split_over_lines() -> None:
    block = parse_address_block("101301, x, 111 тел. (71063) 3\n-65-14 факс (\n71036) 4-41-62")
    assert block.phones == ["(71063) 3-65-14"]
    assert block.fax == ["(71036) 4-41-62"]
    assert [(f.field, f.value, f.reason) for f in block.flags] == [
        ("phones", "(71063) 3-65-14", "split_number"),
        ("fax", "(71036) 4-41-62", "split_number"),
    ]


def test_address_block_break_between_area_code_and_number_is_harmless() -> None:
    block = parse_address_block("100008, x, 16 тел. (7212) \n42-64-39")
    assert block.phones == ["(7212) 42-64-39"]
    assert block.flags == []


def test_address_block_flags_a_split_postal_code() -> None:
    block = parse_address_block("100\n300, x тел. (71036) 53953")
    assert block.postal_code == "100300"
    assert [(f.field, f.reason) for f in block.flags] == [("postal_code", "split_number")]


def test_contact_lines() -> None:
    assert is_contact_line("www.satpaev.kz")
    assert is_contact_line("selhoz-temirtau @ mail.ru")
    assert not is_contact_line("Орынбасары: апта сайын")


def _reasons(field: str, value: str) -> list[str]:
    return [flag.reason for flag in address_flags(field, value)]


def test_address_flags_by_reason() -> None:
    assert _reasons("web", "www.selxoz.balhkash.кz.") == [
        "cyrillic_in_latin",
        "trailing_punctuation",
    ]
    assert _reasons("email", "аgro_balhkash@mail.ru") == ["cyrillic_in_latin"]
    assert _reasons("email", "u1utau-akimat@mai1.ru") == ["digit_for_letter"]
    assert _reasons("email", "selhoz-temirtau @ mail.ru") == ["space_in_email"]
    assert _reasons("web", "www:shahtinsk.kz") == ["malformed_web"]
    assert _reasons("email", "selxoz36@yandex.ru") == []
    assert _reasons("email", "akimat07@mail.ru") == []


def test_suggested_addresses() -> None:
    assert suggest_address("www.selxoz.balhkash.кz.") == "www.selxoz.balhkash.kz"
    assert suggest_address("u1utau-akimat@mai1.ru") == "ulutau-akimat@mail.ru"
    assert suggest_address("selhoz-temirtau @ mail.ru") == "selhoz-temirtau@mail.ru"
    assert suggest_address("www:shahtinsk.kz") == "www.shahtinsk.kz"
    assert suggest_address("www.osak_акимат.kz") is None  # a Cyrillic word, not look-alikes


def test_spelling_and_missing_flags() -> None:
    [flag] = spelling_flags("name", "Приозерск қаласы әкімнің аппараты")
    assert flag.suggestion == "Приозерск қаласы әкімінің аппараты"
    assert spelling_flags("name", "Саран қаласы әкімінің аппараты") == []
    department = Department(1, "karaganda", "n", "100008", "a", ["1"], [], [], [], "s")
    [missing] = missing_flags(department, ("phones", "email"))
    assert (missing.field, missing.value, missing.reason) == ("email", [], "missing_value")


def test_norms_use_a_decimal_comma() -> None:
    assert parse_norm("100") == 100
    assert parse_norm("0,5") == 0.5
