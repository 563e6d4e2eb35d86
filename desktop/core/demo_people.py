"""Synthetic but realistic households for demonstration and benchmarks (no real people).

Kazakh and Russian families of a village: names in the right gender forms (Kazakh patronymics
Серікұлы / Серікқызы from the father's given name, surnames -ов/-ова, -ев/-ева, -ин/-ина;
Russian Иванович / Ивановна), plausible ages (children born when their parents were 18-45),
sometimes a grandparent or a son's wife and children, valid synthetic IINs (make_iin), land
plots, and livestock counted on 1 January and 1 July of the last two years with lambs, calves
and foals in summer. Everything comes from one random.Random(seed): the same seed and the same
`today` give the same families.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from desktop.core.iin import Sex, make_iin

# ---- names -------------------------------------------------------------------------------------


def _names(text: str, separator: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(separator))


KAZAKH_MALE = _names(
    "Серік Ахмет Жұмабай Нұрлан Болат Ерлан Қайрат Асқар Дәулет Ержан Бауыржан Мұрат "
    "Талғат Марат Бекзат Айдос Ғалым Қанат Өмірзақ Сәкен Төлеген Әбіш Есен Оспан Қасым "
    "Сейіт Мұхтар Темірлан Нұржан Ілияс Мұса Иса Әли Тілеу Құдайберген Бейбіт Жандос "
    "Әділет Нұрсұлтан Елдос Арман Дархан Рүстем Жанболат Серғали Қуаныш Тұрсын Сағындық "
    "Шаһмардан Ерболат Мейрам Дулат Ғабит Әлібек Аян Бекбай Кенже Нұрғиса Әлихан Ерасыл "
    "Алдияр Ақжол Нұрислам Санжар Ұлан Үсен Көпжасар Ыбырай"
)
KAZAKH_FEMALE = _names(
    "Айгүл Гүлнар Динара Жанар Әсел Айжан Сәуле Ақмарал Мөлдір Аружан Іңкәр Гүлмира "
    "Назгүл Салтанат Балжан Раушан Күләш Мәдина Айым Нұргүл Шынар Жұлдыз Ботагөз Ұлжан "
    "Әйгерім Томирис Ақбота Қарлығаш Перизат Меруерт Толқын Бибігүл Зәуре Күлпаш Зейнеп "
    "Үміт Гүлсім Ақерке Дана Інжу Аяулым Сұлушаш"
)
# Kazakh surnames that are not simply a given name with -ов/-ев/-ин.
KAZAKH_SURNAMES = _names(
    "Сүлейменов Жақыпов Тоқтаров Бекмұхамбетов Смағұлов Омаров Жұмағұлов Қожахметов "
    "Мұқанов Әбенов Ыбыраев Құнанбаев Шәкенов Бөкейханов Сарсенбаев Әміров Нұрғалиев "
    "Тұрғанбаев Қалиев Мамыров Оразбаев"
)

# Russian male names with the patronymic they give to a son and to a daughter.
RUSSIAN_MALE: tuple[tuple[str, str, str], ...] = (
    ("Иван", "Иванович", "Ивановна"),
    ("Сергей", "Сергеевич", "Сергеевна"),
    ("Николай", "Николаевич", "Николаевна"),
    ("Александр", "Александрович", "Александровна"),
    ("Владимир", "Владимирович", "Владимировна"),
    ("Виктор", "Викторович", "Викторовна"),
    ("Андрей", "Андреевич", "Андреевна"),
    ("Алексей", "Алексеевич", "Алексеевна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"),
    ("Юрий", "Юрьевич", "Юрьевна"),
    ("Михаил", "Михайлович", "Михайловна"),
    ("Пётр", "Петрович", "Петровна"),
    ("Павел", "Павлович", "Павловна"),
    ("Геннадий", "Геннадьевич", "Геннадьевна"),
    ("Василий", "Васильевич", "Васильевна"),
    ("Анатолий", "Анатольевич", "Анатольевна"),
    ("Евгений", "Евгеньевич", "Евгеньевна"),
    ("Олег", "Олегович", "Олеговна"),
    ("Игорь", "Игоревич", "Игоревна"),
    ("Илья", "Ильич", "Ильинична"),
    ("Никита", "Никитич", "Никитична"),
    ("Фёдор", "Фёдорович", "Фёдоровна"),
    ("Константин", "Константинович", "Константиновна"),
    ("Максим", "Максимович", "Максимовна"),
    ("Артём", "Артёмович", "Артёмовна"),
)
RUSSIAN_FEMALE = _names(
    "Ольга Татьяна Наталья Елена Светлана Ирина Людмила Галина Валентина Надежда Марина "
    "Анна Екатерина Юлия Мария Вера Любовь Оксана Дарья Ксения Полина Алёна"
)
RUSSIAN_SURNAMES = _names(
    "Иванов Петров Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Волков "
    "Фёдоров Михайлов Беляев Тарасов Белов Комаров Орлов Киселёв Макаров Зайцев "
    "Соловьёв Васильев Павлов Семёнов Голубев Богданов Ильин Никитин Сорокин Фомин "
    "Кузьмин Лапин Вишневский Жуковский"
)

STREETS = _names(
    "Абай көшесі|Бейбітшілік көшесі|Орталық көшесі|Достық көшесі|Жастар көшесі|"
    "Тәуелсіздік көшесі|Құрманғазы көшесі|Жамбыл көшесі|Мектеп көшесі|Бірлік көшесі|"
    "Ыбырай Алтынсарин көшесі|Сәкен Сейфуллин көшесі|Садовая көшесі|Степная көшесі|"
    "Школьная көшесі|Набережная көшесі",
    "|",
)

_HISSING = ("ш", "ж", "ч", "щ", "ц")
MOBILE_CODES = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")


def kazakh_surname(given_name: str) -> str:
    """The masculine surname made from a man's given name: Серік -> Серіков, Мұса -> Мұсин."""
    if given_name.endswith("й"):
        return given_name[:-1] + "ев"  # Жұмабай -> Жұмабаев
    if given_name.endswith(("а", "е")):
        return given_name[:-1] + "ин"  # Мұса -> Мұсин, Кенже -> Кенжин
    if given_name.endswith(("и", *_HISSING)):
        return given_name + "ев"  # Әли -> Әлиев, Қуаныш -> Қуанышев
    return given_name + "ов"


def surname_for(masculine: str, sex: Sex) -> str:
    """The surname in the person's gender: Серіков / Серікова, Ильин / Ильина, -ский / -ская."""
    if sex == "male":
        return masculine
    if masculine.endswith("ский"):
        return masculine[:-4] + "ская"
    return masculine + "а"


def kazakh_patronymic(father: str, sex: Sex) -> str:
    """Серік -> Серікұлы (a son), Серікқызы (a daughter)."""
    return father + ("ұлы" if sex == "male" else "қызы")


def russian_patronymic(father: str, sex: Sex) -> str:
    for name, son, daughter in RUSSIAN_MALE:
        if name == father:
            return son if sex == "male" else daughter
    raise ValueError(f"no patronymic known for {father!r}")


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def snapshot_dates(today: date, count: int = 4) -> list[date]:
    """The last `count` livestock rounds (1 January and 1 July) on or before today, oldest
    first: four are the last two years."""
    dates: list[date] = []
    year = today.year
    while len(dates) < count:
        dates.extend(d for d in (date(year, 7, 1), date(year, 1, 1)) if d <= today)
        year -= 1
    return sorted(dates[:count])


_LOCALITY = re.compile(r"([^,]+?)\s+(ауылы|селосы|кенті)\b")
_OFFICE_NAME = re.compile(r"^(.+?)\s+(ауылдық|ауылық|селолық)\s+округі")
_SETTLEMENT_NAME = re.compile(r"^(.+?\s+(?:ауылы|селосы|кенті))")


def locality_names(office_name: str, office_address: str) -> list[str]:
    """Village names for an akim office: the village of its address first, then the village
    the rural okrug is named after when that is another one.

    "Мәди ауылдық округі әкімінің аппараты", "..., Мәди ауылы, Әбіщев көш., 3" -> ["Мәди ауылы"].
    """
    names: list[str] = []
    found = _LOCALITY.search(office_address)
    if found:
        names.append(f"{found.group(1).strip()} {found.group(2)}")
    okrug = _OFFICE_NAME.match(office_name)
    settlement = _SETTLEMENT_NAME.match(office_name)
    if okrug:
        own = f"{okrug.group(1).strip()} ауылы"
        if not any(n.split()[0] == own.split()[0] for n in names):
            names.append(own)
    elif settlement and not names:
        names.append(settlement.group(1))
    return names or [office_name]


# ---- what comes out ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoPerson:
    surname: str
    name: str
    patronymic: str
    sex: Sex
    birth_date: date
    iin: str
    relation: str  # a relation code of the household book: head, spouse, son, ...
    registered_from: date

    @property
    def full_name(self) -> str:
        return f"{self.surname} {self.name} {self.patronymic}"


@dataclass(frozen=True)
class DemoPlot:
    purpose: str  # a land purpose code: house_plot, garden, hayfield, pasture, arable
    area_ha: Decimal
    state_act_number: str
    cadastral_number: str


@dataclass(frozen=True)
class DemoSnapshot:
    as_of: date
    counts: Mapping[str, int]  # livestock group code -> head count (no zeros)


@dataclass(frozen=True)
class DemoFamily:
    people: tuple[DemoPerson, ...]  # the head first
    opened_on: date
    street: str
    house: str
    apartment: str
    phone: str
    plots: tuple[DemoPlot, ...]
    livestock: tuple[DemoSnapshot, ...]  # oldest first; empty when the family keeps none

    @property
    def head(self) -> DemoPerson:
        return self.people[0]


# ---- the generator -----------------------------------------------------------------------------


@dataclass
class _Draft:
    """A person before the IIN and registration date are known."""

    surname_m: str  # masculine form of the surname
    name: str
    father: str  # the father's given name, source of the patronymic
    sex: Sex
    birth_date: date
    relation: str
    joined: date | None = None  # when an adult joined the household (a son's wife)


class DemoPeople:
    """Families one after another from a seed.

    `taken_iins` are numbers already in use (never given again); `limits` are the plausible
    maxima per livestock group (counts stay below them); `cadastral_prefix` starts every
    cadastral number (oblast and district); `rounds` is how many livestock counts (twice a
    year) a family that keeps livestock has.
    """

    def __init__(
        self,
        seed: int,
        today: date,
        taken_iins: Iterable[str] = (),
        limits: Mapping[str, int] | None = None,
        streets: Sequence[str] = STREETS,
        cadastral_prefix: str = "09-139",
        rounds: int = 4,
    ) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.taken = set(taken_iins)
        self.limits = dict(limits or {})
        self.streets = tuple(streets)
        self.cadastral_prefix = cadastral_prefix
        self.rounds = snapshot_dates(today, rounds)

    def families(self, count: int) -> Iterator[DemoFamily]:
        for _ in range(count):
            yield self.family()

    # ---- one family

    def family(self) -> DemoFamily:
        rng = self.rng
        kazakh = rng.random() < 0.72
        drafts = self._members(kazakh)
        head = drafts[0]
        earliest = max(add_years(head.birth_date, 18), date(1992, 1, 1))
        latest = self.rounds[0]
        opened_on = self._day_between(earliest, max(earliest, latest))
        people = tuple(self._person(d, kazakh, opened_on) for d in drafts)
        keeps_livestock = rng.random() < (0.8 if kazakh else 0.7)
        livestock = self._livestock(kazakh) if keeps_livestock else ()
        house = str(rng.randrange(1, 140))
        roll = rng.random()
        if roll < 0.08:
            house += rng.choice("АБ")
        elif roll < 0.12:
            house += "/2"
        return DemoFamily(
            people=people,
            opened_on=opened_on,
            street=rng.choice(self.streets),
            house=house,
            apartment=str(rng.randrange(1, 9)) if rng.random() < 0.03 else "",
            phone=self._phone() if rng.random() < 0.7 else "",
            plots=self._plots(livestock),
            livestock=livestock,
        )

    def _members(self, kazakh: bool) -> list[_Draft]:
        rng = self.rng
        today = self.today
        head_sex: Sex = "male" if rng.random() < 0.78 else "female"
        head_age = min(80, max(25, int(rng.triangular(25, 80, 45))))
        head_birth = self._born(head_age)
        head_father = self._male_name(kazakh)
        if head_sex == "male":
            head_surname = self._surname(kazakh, head_father)
        else:  # a widow or a single mother keeps her married name
            head_surname = self._surname(kazakh, self._male_name(kazakh))
        head = _Draft(
            head_surname, self._given(kazakh, head_sex), head_father, head_sex, head_birth, "head"
        )
        drafts = [head]

        # Spouse: only a man heads a household with a wife here; she is a few years younger.
        mother_birth: date | None = None
        father_name = head.name if head_sex == "male" else self._male_name(kazakh)
        father_birth: date | None = head_birth if head_sex == "male" else None
        if head_sex == "female":
            mother_birth = head_birth
        elif rng.random() < (0.85 if head_age < 65 else 0.6):
            wife_age = max(20, head_age - int(rng.triangular(-2, 9, 3)))
            wife_birth = self._born(wife_age)
            own_name = rng.random() < (0.3 if kazakh else 0.1)
            wife_surname = (
                self._surname(kazakh, self._male_name(kazakh)) if own_name else (head_surname)
            )
            drafts.append(
                _Draft(
                    wife_surname,
                    self._given(kazakh, "female"),
                    self._male_name(kazakh),
                    "female",
                    wife_birth,
                    "spouse",
                )
            )
            mother_birth = wife_birth
        else:  # a widower: the children's mother is no longer in the household
            mother_birth = self._born(max(20, head_age - rng.randrange(0, 6)))

        # Children, born when both parents were 18-45.
        weights = (5, 10, 22, 28, 18, 11, 6) if kazakh else (12, 28, 38, 16, 6, 0, 0)
        count = rng.choices(range(7), weights)[0]
        births = sorted(
            b
            for b in (self._child_birth(mother_birth, father_birth) for _ in range(count))
            if b is not None
        )
        children: list[tuple[date, Sex]] = [
            (b, "male" if rng.random() < 0.51 else "female") for b in births
        ]
        sons = [b for b, s in children if s == "male"]
        youngest_son = sons[-1] if sons else None
        for birth, sex in children:
            age = age_on(birth, today)
            stays = (
                age < 18
                or (
                    birth == youngest_son and age <= 45 and rng.random() < (0.75 if kazakh else 0.3)
                )
                or (age < 25 and rng.random() < 0.6)
            )
            if not stays:
                continue
            surname = head_surname
            drafts.append(
                _Draft(
                    surname,
                    self._given(kazakh, sex),
                    father_name,
                    sex,
                    birth,
                    "son" if sex == "male" else "daughter",
                )
            )
            if sex == "male" and age >= 24 and rng.random() < 0.75:
                drafts.extend(self._sons_family(kazakh, drafts[-1]))

        # A parent of a younger head sometimes lives with the family.
        if head_age <= 55 and rng.random() < 0.12:
            parent_age = min(92, head_age + rng.randrange(20, 41))
            if rng.random() < 0.7:
                surname = head_surname if head_sex == "male" else self._surname(kazakh, head_father)
                drafts.append(
                    _Draft(
                        surname,
                        self._given(kazakh, "female"),
                        self._male_name(kazakh),
                        "female",
                        self._born(parent_age),
                        "mother",
                    )
                )
            else:
                surname = head_surname if head_sex == "male" else self._surname(kazakh, head_father)
                drafts.append(
                    _Draft(
                        surname,
                        head_father,
                        self._male_name(kazakh),
                        "male",
                        self._born(parent_age),
                        "father",
                    )
                )
        return drafts

    def _sons_family(self, kazakh: bool, son: _Draft) -> list[_Draft]:
        """The wife of a grown-up son living with his parents, and their children."""
        rng = self.rng
        son_age = age_on(son.birth_date, self.today)
        wife_birth = self._born(max(20, son_age - rng.randrange(-1, 6)))
        joined = min(self.today, add_years(wife_birth, rng.randrange(19, 24)))
        own_name = rng.random() < (0.3 if kazakh else 0.1)
        surname = self._surname(kazakh, self._male_name(kazakh)) if own_name else son.surname_m
        family = [
            _Draft(
                surname,
                self._given(kazakh, "female"),
                self._male_name(kazakh),
                "female",
                wife_birth,
                "daughter_in_law",
                joined,
            )
        ]
        for _ in range(rng.choices(range(5), (20, 30, 30, 15, 5))[0]):
            birth = self._child_birth(wife_birth, son.birth_date)
            if birth is not None:
                sex: Sex = "male" if rng.random() < 0.51 else "female"
                family.append(
                    _Draft(
                        son.surname_m, self._given(kazakh, sex), son.name, sex, birth, "grandchild"
                    )
                )
                family[0].joined = min(joined, birth)  # she came before the children
        return family

    def _person(self, draft: _Draft, kazakh: bool, opened_on: date) -> DemoPerson:
        patronymic = (
            kazakh_patronymic(draft.father, draft.sex)
            if kazakh
            else russian_patronymic(draft.father, draft.sex)
        )
        registered = max(opened_on, draft.birth_date, draft.joined or opened_on)
        return DemoPerson(
            surname=surname_for(draft.surname_m, draft.sex),
            name=draft.name,
            patronymic=patronymic,
            sex=draft.sex,
            birth_date=draft.birth_date,
            iin=self._iin(draft.birth_date, draft.sex),
            relation=draft.relation,
            registered_from=registered,
        )

    # ---- names, dates, numbers

    def _male_name(self, kazakh: bool) -> str:
        return self.rng.choice(KAZAKH_MALE) if kazakh else self.rng.choice(RUSSIAN_MALE)[0]

    def _given(self, kazakh: bool, sex: Sex) -> str:
        if sex == "male":
            return self._male_name(kazakh)
        return self.rng.choice(KAZAKH_FEMALE if kazakh else RUSSIAN_FEMALE)

    def _surname(self, kazakh: bool, father: str) -> str:
        """Masculine surname: a Kazakh one often from the (grand)father's name."""
        rng = self.rng
        if not kazakh:
            return rng.choice(RUSSIAN_SURNAMES)
        if rng.random() < 0.3:
            return rng.choice(KAZAKH_SURNAMES)
        return kazakh_surname(father if rng.random() < 0.3 else rng.choice(KAZAKH_MALE))

    def _day_between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randrange((last - first).days + 1))

    def _born(self, age: int) -> date:
        """A birth date of someone `age` years old today."""
        latest = add_years(self.today, -age)
        earliest = add_years(self.today, -age - 1) + timedelta(days=1)
        return self._day_between(earliest, latest)

    def _child_birth(self, mother: date | None, father: date | None) -> date | None:
        """A birth date when both parents were 18-45 (None when no such day is past)."""
        first = max(add_years(p, 18) for p in (mother, father) if p is not None)
        last = min(add_years(p, 45) for p in (mother, father) if p is not None)
        last = min(last, self.today)
        if last < first:
            return None
        return self._day_between(first, last)

    def _iin(self, birth: date, sex: Sex) -> str:
        while True:
            try:
                iin = make_iin(birth, sex, self.rng.randrange(10_000))
            except ValueError:  # the serials after this one are never issued
                continue
            if iin not in self.taken:
                self.taken.add(iin)
                return iin

    def _phone(self) -> str:
        rng = self.rng
        digits = f"{rng.randrange(10_000_000):07d}"
        return f"+7 {rng.choice(MOBILE_CODES)} {digits[:3]} {digits[3:5]} {digits[5:]}"

    # ---- land and livestock

    def _plots(self, livestock: tuple[DemoSnapshot, ...]) -> tuple[DemoPlot, ...]:
        rng = self.rng
        kept = set(livestock[-1].counts) if livestock else set()
        plots: list[DemoPlot] = []

        def plot(purpose: str, low: float, high: float, places: int) -> None:
            area = Decimal(f"{rng.uniform(low, high):.{places}f}")
            act = f"{rng.randrange(10**6, 10**7)}" if rng.random() < 0.85 else ""
            cadastral = (
                f"{self.cadastral_prefix}-{rng.randrange(1, 60):03d}-{rng.randrange(1, 999):03d}"
                if act
                else ""
            )
            plots.append(DemoPlot(purpose, area, act, cadastral))

        if rng.random() < 0.97:
            plot("house_plot", 0.05, 0.25, 2)
        if rng.random() < 0.35:
            plot("garden", 0.02, 0.15, 2)
        if kept & {"cattle_cows", "horses", "sheep"} and rng.random() < 0.3:
            plot("hayfield", 1, 10, 1)
        if kept & {"sheep", "horses", "camels"} and rng.random() < 0.12:
            plot("pasture", 5, 50, 1)
        if rng.random() < 0.04:
            plot("arable", 2, 20, 1)
        return tuple(plots)

    def _herd(self, kazakh: bool) -> dict[str, int]:
        """Winter head counts (after the autumn sales and the соғым slaughter)."""
        rng = self.rng

        def some(chance: float, low: int, high: int) -> int:
            if rng.random() >= chance:
                return 0
            return int(low + (high - low + 1) * rng.random() ** 2)  # few big herds

        if kazakh:
            herd = {
                "cattle_cows": some(0.7, 1, 8),
                "sheep": some(0.7, 5, 60),
                "goats": some(0.4, 2, 20),
                "horses": some(0.35, 1, 15),
                "camels": some(0.04, 1, 5),
                "poultry": some(0.5, 5, 40),
                "bee_colonies": some(0.02, 2, 10),
            }
        else:
            herd = {
                "cattle_cows": some(0.6, 1, 5),
                "pigs": some(0.4, 1, 8),
                "poultry": some(0.65, 10, 60),
                "sheep": some(0.2, 3, 20),
                "goats": some(0.2, 1, 8),
                "rabbits": some(0.15, 5, 30),
                "bee_colonies": some(0.08, 2, 20),
                "horses": some(0.08, 1, 3),
            }
        cows = herd["cattle_cows"]
        if cows:
            herd["cattle_heifers"] = some(0.4, 1, max(1, cows // 2))
            herd["cattle_bulls"] = some(0.15, 1, 1)
        if not any(herd.values()):
            herd["poultry"] = rng.randrange(5, 30)
        return {code: n for code, n in herd.items() if n}

    def _livestock(self, kazakh: bool) -> tuple[DemoSnapshot, ...]:
        rng = self.rng
        herd = self._herd(kazakh)
        snapshots: list[DemoSnapshot] = []
        for as_of in self.rounds:
            if as_of.month == 1:
                if snapshots:  # a year on: the herd grew or shrank a little
                    herd = {
                        code: round(n * rng.uniform(0.85, 1.2))
                        for code, n in herd.items()
                        if rng.random() > 0.03  # sold off entirely
                    }
                counts = dict(herd)
                if herd.get("cattle_cows"):  # last year's calves not yet sold
                    counts["cattle_young"] = round(herd["cattle_cows"] * rng.uniform(0.2, 0.6))
            else:
                counts = self._summer(herd)
            snapshots.append(DemoSnapshot(as_of, self._capped(counts)))
        return tuple(s for s in snapshots if s.counts)

    def _summer(self, herd: Mapping[str, int]) -> dict[str, int]:
        """1 July: the spring's lambs, kids, calves and foals are there; chicks and piglets too."""
        rng = self.rng
        young = {
            "sheep": rng.uniform(0.5, 0.9),  # lambs per head of the flock
            "goats": rng.uniform(0.5, 1.0),
            "horses": rng.uniform(0.2, 0.45),
            "camels": rng.uniform(0.0, 0.3),
            "poultry": rng.uniform(0.3, 1.2),
            "pigs": rng.uniform(0.5, 1.8),
            "rabbits": rng.uniform(0.8, 2.0),
            "bee_colonies": rng.uniform(0.0, 0.35),  # swarms
        }
        counts = {code: n + round(n * young.get(code, 0.0)) for code, n in herd.items()}
        if herd.get("cattle_cows"):
            counts["cattle_young"] = round(herd["cattle_cows"] * rng.uniform(0.6, 1.0))
        return counts

    def _capped(self, counts: Mapping[str, int]) -> dict[str, int]:
        capped = {}
        for code, n in counts.items():
            limit = self.limits.get(code)
            if limit is not None:
                n = min(n, limit - 1)
            if n > 0:
                capped[code] = n
        return capped
