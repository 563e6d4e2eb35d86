import json
from datetime import date
from pathlib import Path

import pytest

from desktop.core.demo_people import (
    KAZAKH_MALE,
    RUSSIAN_MALE,
    DemoFamily,
    DemoPeople,
    add_years,
    age_on,
    kazakh_patronymic,
    kazakh_surname,
    locality_names,
    russian_patronymic,
    snapshot_dates,
    surname_for,
)
from desktop.core.iin import validate_iin

TODAY = date(2026, 11, 25)
BOOK = json.loads(
    (Path(__file__).parents[2] / "resources" / "reference" / "household_book.json").read_text(
        encoding="utf-8"
    )
)
LIMITS = {t["code"]: t["plausible_max"] for t in BOOK["livestock"]}
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


@pytest.fixture(scope="module")
def families() -> list[DemoFamily]:
    return list(DemoPeople(7, TODAY, limits=LIMITS).families(600))


def test_name_forms() -> None:
    assert kazakh_patronymic("Серік", "male") == "Серікұлы"
    assert kazakh_patronymic("Серік", "female") == "Серікқызы"
    assert russian_patronymic("Иван", "male") == "Иванович"
    assert russian_patronymic("Иван", "female") == "Ивановна"
    assert russian_patronymic("Илья", "female") == "Ильинична"
    assert kazakh_surname("Серік") == "Серіков"
    assert kazakh_surname("Жұмабай") == "Жұмабаев"
    assert kazakh_surname("Мұса") == "Мұсин"
    assert kazakh_surname("Қуаныш") == "Қуанышев"
    assert surname_for("Серіков", "female") == "Серікова"
    assert surname_for("Ильин", "female") == "Ильина"
    assert surname_for("Вишневский", "female") == "Вишневская"
    assert surname_for("Ахметов", "male") == "Ахметов"


def test_patronymics_and_surnames_agree_with_sex(families: list[DemoFamily]) -> None:
    russian_fathers = {name for name, _, _ in RUSSIAN_MALE}
    for family in families:
        for person in family.people:
            kazakh = person.patronymic.endswith(("ұлы", "қызы"))
            if person.sex == "male":
                assert person.patronymic.endswith(("ұлы", "ович", "евич", "ич")), person
                assert not person.patronymic.endswith(("қызы", "вна", "ична")), person
                assert person.surname.endswith(("ов", "ев", "ёв", "ин", "ский")), person
            else:
                assert person.patronymic.endswith(("қызы", "овна", "евна", "ична")), person
                assert person.surname.endswith(("ова", "ева", "ёва", "ина", "ская")), person
            father = person.patronymic.removesuffix("ұлы").removesuffix("қызы")
            if kazakh:
                assert father in KAZAKH_MALE
            else:
                assert any(
                    russian_patronymic(f, person.sex) == person.patronymic for f in russian_fathers
                )


def test_children_take_the_patronymic_of_the_head_or_his_son(families: list[DemoFamily]) -> None:
    checked = 0
    for family in families:
        head = family.head
        if head.sex != "male":
            continue
        for person in family.people:
            if person.relation in ("son", "daughter"):
                expected = (
                    kazakh_patronymic(head.name, person.sex)
                    if head.patronymic.endswith("ұлы")
                    else russian_patronymic(head.name, person.sex)
                )
                assert person.patronymic == expected
                assert surname_for(head.surname, person.sex) == person.surname
                checked += 1
            if person.relation == "father":
                assert head.patronymic.startswith(person.name)
    assert checked > 100


def test_iins_are_valid_unique_and_agree_with_birth_date_and_sex(
    families: list[DemoFamily],
) -> None:
    seen: set[str] = set()
    for family in families:
        for person in family.people:
            info = validate_iin(person.iin, TODAY)
            assert info.birth_date == person.birth_date
            assert info.sex == person.sex
            assert person.iin not in seen
            seen.add(person.iin)


def test_taken_iins_are_not_given_again() -> None:
    first = [p.iin for f in DemoPeople(3, TODAY).families(50) for p in f.people]
    again = [p.iin for f in DemoPeople(3, TODAY, taken_iins=first).families(50) for p in f.people]
    assert not set(first) & set(again)


def test_ages_are_plausible(families: list[DemoFamily]) -> None:
    sizes = [len(f.people) for f in families]
    assert 3.0 <= sum(sizes) / len(sizes) <= 4.8
    for family in families:
        head = family.head
        assert head.relation == "head"
        assert [p.relation for p in family.people].count("head") == 1
        assert 25 <= age_on(head.birth_date, TODAY) <= 80
        assert family.opened_on >= add_years(head.birth_date, 18)
        for person in family.people:
            assert person.birth_date <= TODAY
            assert family.opened_on <= person.registered_from <= TODAY
            assert person.registered_from >= person.birth_date
            if person.relation == "spouse":
                assert abs(age_on(person.birth_date, TODAY) - age_on(head.birth_date, TODAY)) <= 10
            if person.relation in ("son", "daughter"):
                parent_age = age_on(head.birth_date, person.birth_date)
                assert 18 <= parent_age <= 45
            if person.relation in ("father", "mother"):
                assert age_on(person.birth_date, head.birth_date) >= 18


def test_names_use_kazakh_letters(families: list[DemoFamily]) -> None:
    text = "".join(p.full_name for f in families for p in f.people)
    assert KAZAKH_LETTERS & set(text) >= set("әғқңөұүі")


def test_plots_and_livestock_are_plausible(families: list[DemoFamily]) -> None:
    rounds = snapshot_dates(TODAY)
    assert rounds == [date(2025, 1, 1), date(2025, 7, 1), date(2026, 1, 1), date(2026, 7, 1)]
    with_livestock = [f for f in families if f.livestock]
    assert len(with_livestock) > len(families) / 2
    for family in families:
        for plot in family.plots:
            if plot.purpose == "house_plot":
                assert 0.05 <= float(plot.area_ha) <= 0.25
            assert plot.purpose in {p["code"] for p in BOOK["land_purpose"]}
        for snapshot in family.livestock:
            assert snapshot.as_of in rounds
            assert snapshot.as_of >= family.opened_on
            for code, count in snapshot.counts.items():
                assert 0 < count < LIMITS[code]
    # Lambs are born in spring: a flock is bigger on 1 July than on the 1 January before it.
    grew = sum(
        1
        for f in with_livestock
        for winter, summer in zip(f.livestock, f.livestock[1:], strict=False)
        if winter.as_of.month == 1
        and summer.as_of.month == 7
        and summer.counts.get("sheep", 0) > winter.counts.get("sheep", 0) > 0
    )
    assert grew > 20


def test_same_seed_same_families_other_seed_others() -> None:
    one = list(DemoPeople(5, TODAY).families(20))
    assert one == list(DemoPeople(5, TODAY).families(20))
    assert one != list(DemoPeople(6, TODAY).families(20))


def test_snapshot_dates_early_in_the_year() -> None:
    assert snapshot_dates(date(2026, 3, 1)) == [
        date(2024, 7, 1),
        date(2025, 1, 1),
        date(2025, 7, 1),
        date(2026, 1, 1),
    ]


def test_locality_names_from_the_office() -> None:
    assert locality_names(
        "Мәди ауылдық округі әкімінің аппараты",
        "Қарағанды облысы, Қарқаралы ауданы, Мәди ауылы, Әбіщев көш., 3",
    ) == ["Мәди ауылы"]
    assert locality_names(
        "Қырғыз селолық округі әкімінің аппараты",
        "Қарағанды облысы, Қарқаралы ауданы, Бүркітті ауылы, Тың көш., 8",
    ) == ["Бүркітті ауылы", "Қырғыз ауылы"]
    assert locality_names(
        "Гүлшат кенті әкімінің аппараты",
        "Қарағанды облысы, Балқаш қаласы, Гүлшат кенті, Ағыбай батыр көш., 23",
    ) == ["Гүлшат кенті"]
