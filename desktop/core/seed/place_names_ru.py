"""Established Russian forms of place names of Karaganda oblast, each with where it was read.

Keys are proper names as the seed prints them (initials followed by a space, hyphens without
spaces: see names_ru.normalize). A name missing here is transliterated (names_ru.py), and every
derived name is flagged for an administrator to check whatever its origin.

Each form was read in the public page cited (news sites, legal acts on adilet.zan.kz, copies of
Wikipedia articles), all newer than the 2008 seed: a name changed since is for the administrator
to correct. The transliteration alone gives the established form of many names (Теміртау ->
Темиртау; Қонырат -> Конырат, so named since 1997, formerly Коунрад:
http://wiki-org.ru/wiki/Конырат_(посёлок)); such names are listed only where a city or district
needs them.
"""

from __future__ import annotations

from dataclasses import dataclass

DECREE_2022 = "https://mgorod.kz/news/tokaev-podpisal-ukaz-o-sozdanii-tryox-oblastej"
SHET_CULTURE = "https://onmcdint.kz/kulturno-dosugovyj-czentr-shetskogo-rajona/"
ELECTIONS_2023 = (
    "https://vastane.kz/novosti-kazahstana/"
    "135457-dvuh-akimov-rajonov-i-goroda-budut-vybirat-v-karagandinskoj-oblasti.html"
)
ABAI_TOWN = "http://wiki-org.ru/wiki/Абай_(Абайский_район)"


@dataclass(frozen=True)
class KnownForm:
    russian: str
    source: str


# a place's own name, in the nominative: "город Балхаш", "посёлок Агадырь"
NAMES: dict[str, KnownForm] = {
    "Балқаш": KnownForm(
        "Балхаш",
        "https://informburodata.com/novosti/"
        "dva-dnya-bez-vody-akim-karagandinskoi-oblasti-porucil-proverit-rukovodstvo-balxas-su",
    ),
    "Жезқазған": KnownForm("Жезказган", DECREE_2022),
    "Қарағанды": KnownForm(
        "Караганда", "https://turist-putnik.ru/mesta/krasivye-mesta-v-karagande.html"
    ),
    "Қаражал": KnownForm("Каражал", DECREE_2022),
    "Приозерск": KnownForm("Приозерск", ELECTIONS_2023),
    "Саран": KnownForm(
        "Сарань",
        "https://ulysmedia.kz/analitika/63154-saran-gorod-kontrastov-ili-kak-flagman-"
        "industrializatsii-sokhnet-ot-zhazhdy-i-merznet-ot-kholoda",
    ),
    "Сәтбаев": KnownForm("Сатпаев", DECREE_2022),
    "Теміртау": KnownForm("Темиртау", "https://kazpravda.kz/n/chem-mozhet-gorditsya-temirtau/"),
    "Шахтинск": KnownForm("Шахтинск", "https://saryarqatv.kz/ru/news/26560"),
    "Абай": KnownForm("Абай", ABAI_TOWN),
    "Бұқар жырау": KnownForm("Бухар-Жырау", "https://adilet.zan.kz/rus/docs/G22KK00007M"),
    "Ғ. Мұстафин": KnownForm(  # read in a mirror of the article
        "Габидена Мустафина", "https://ru.wikipedia.org/wiki/Посёлок_Габидена_Мустафина"
    ),
    "Ақадыр": KnownForm("Агадырь", SHET_CULTURE),
    # a translation of the Russian Wikipedia article "Шубарколь (посёлок)"
    "Шұбаркөл": KnownForm("Шубарколь", "https://perceptiode.com/Шубарколь_(посёлок)"),
    "Дәрия": KnownForm("Дарья", "the seed itself: Appendix 2, row 195 prints 'Дарья селосы'"),
}

# a district's name, the adjective before "район": "Абайский район"
DISTRICT_ADJECTIVES: dict[str, KnownForm] = {
    "Абай": KnownForm("Абайский", ABAI_TOWN),
    "Ақтоғай": KnownForm(
        "Актогайский",
        "https://inkaraganda.kz/novosti/regiony/v-aktogajskom-rajone-startovali-vybory-akima/",
    ),
    "Бұқар жырау": KnownForm("Бухар-Жырауский", "https://adilet.zan.kz/rus/docs/G22KK00007M"),
    "Жаңаарқа": KnownForm("Жанааркинский", DECREE_2022),
    "Қарқаралы": KnownForm("Каркаралинский", "https://locman.kz/newsonly.php?ID=65387"),
    "Нұра": KnownForm("Нуринский", "https://inkaraganda.kz/novosti/regiony/v-dobre-i-mire"),
    "Осакаров": KnownForm("Осакаровский", ELECTIONS_2023),
    "Ұлытау": KnownForm("Улытауский", DECREE_2022),
    "Шет": KnownForm("Шетский", SHET_CULTURE),
}
