import pytest

from desktop.core.textsearch import fold, matches_all_words, search_text, words


@pytest.mark.parametrize(
    ("upper", "lower"),
    [("ӘҒҚҢӨҰҮҺІ", "әғқңөұүһі"), ("ШАЛҚАРБАЕВ", "шалқарбаев"), ("Ёлкин", "елкин")],
)
def test_fold_handles_kazakh_letters_and_yo(upper: str, lower: str) -> None:
    assert fold(upper) == lower


def test_words_in_any_order_and_case() -> None:
    assert matches_all_words("Гүлшат кенті, Балқаш қаласы", "балқаш ГҮЛШ")
    assert matches_all_words("Ботақара кенті", "тақар")
    assert not matches_all_words("Ботақара кенті", "ботакара")  # қ is not к
    assert matches_all_words("anything", "")
    assert words("  Ақтас,  кенті ") == ["ақтас", "кенті"]


def test_search_text_joins_the_parts_it_has_folded() -> None:
    assert search_text("45-2026-0007", None, "ШАЛҚАРБАЕВА", "", "Ёлкина") == (
        "45-2026-0007 шалқарбаева елкина"
    )
