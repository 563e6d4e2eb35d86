"""The fixed texts of printed documents, in Kazakh and Russian.

Documents speak the applicant's language, chosen per applicant and independent of the UI
language, so these are plain data and not Qt translations. Placeholders are `str.format` fields.
"""

from __future__ import annotations

from desktop.printing.complaint_texts import COMPLAINT_TEXTS
from desktop.printing.report_texts import REPORT_TEXTS

LANGUAGES = ("kk", "ru")

TEXTS: dict[str, dict[str, str]] = {
    "kk": {
        # shared
        "copy": "КӨШІРМЕ",
        "sample": "ҮЛГІ",
        "date_time": "{date}, сағ. {time}",
        "phone": "Телефон",
        "clerk": "Қызметкер",
        "date": "Күні",
        "signature": "Қолы",
        # queue ticket
        "ticket_title": "Кезек талоны",
        "ticket_purpose": "Мақсаты",
        "ticket_time": "Уақыты",
        "ticket_ahead": "Алдыңызда",
        "ticket_ahead_value": "{count} адам",
        "ticket_wait": "Шамамен күту уақыты",
        "ticket_wait_value": "{minutes} мин",
        "ticket_footer": "Кезек келу тәртібімен. Нөміріңіз шақырылғанын күтіңіз.",
        # talon (item 15)
        "talon_title": "Талон",
        "talon_subtitle": "құжаттардың қабылданғаны туралы",
        "talon_service": "Мемлекеттік қызмет",
        "talon_applicant": "Өтініш беруші",
        "talon_number": "Тіркеу нөмірі",
        "talon_accepted": "Қабылданған күні мен уақыты",
        "talon_clerk": "Құжаттарды қабылдаған қызметкер",
        "talon_ready": "Нәтиже дайын болатын күні мен уақыты",
        "talon_footer": "Нәтижені жеке өзіңіз аласыз, осы талонды ала келіңіз. Қызмет тегін.",
        # refusal notice (item 17)
        "refusal_title": "Құжаттарды қабылдаудан бас тарту туралы хабарлама",
        "refusal_after_title": "Мемлекеттік қызмет көрсетуден бас тарту туралы хабарлама",
        "refusal_to": "Кімге",
        "refusal_body": (
            "«{service}» мемлекеттік қызметін көрсету үшін қажетті құжаттардың толық топтамасы "
            "ұсынылмағандықтан, құжаттарды қабылдаудан бас тартылады."
        ),
        "refusal_missing": "Ұсынылмаған құжаттар:",
        "refusal_rule": (
            "Негіздеме: мемлекеттік қызмет стандартының 17-тармағы ({basis}): тұтынушы қажетті "
            "құжаттарды ұсынбаған жағдайда мемлекеттік қызметті көрсетуден бас тартылады."
        ),
        "refusal_again": "Жетіспейтін құжаттарды ұсынып, қайта жүгінуге болады.",
        "refusal_after_body": (
            "«{service}» мемлекеттік қызметін алуға берілген өтініш (тіркеу нөмірі {number}) "
            "қабылданған, бірақ қызмет көрсетуден бас тартылады."
        ),
        "refusal_reason": "Бас тарту себебі",
        "refusal_complaint": "Бұл шешімге аудан (қала) әкіміне шағымдануға болады.",
        "refusal_received": "Хабарламаны алдым",
        # application form (item 13)
        "form_to": "Кімге",
        "form_from": "Кімнен",
        "form_title": "ӨТІНІШ",
        "form_body": "«{service}» мемлекеттік қызметін көрсетуіңізді сұраймын.",
        "form_name": "Тегі, аты, әкесінің аты (заңды тұлғаның атауы)",
        "form_iin": "ЖСН (БСН)",
        "form_address": "Мекенжайы",
        "form_phone": "Телефоны",
        "form_documents": "Қоса беріліп отырған құжаттар:",
        "form_free": "Өтініш бланкісі мен толтыру үлгісі тегін беріледі (стандарттың 13-тармағы).",
        "form_sample_title": "Толтыру үлгісі",
        # certificates from the household book (issue 5)
        "cert_title_1": "Жеке қосалқы шаруашылығының бар екендігі туралы анықтама",
        "cert_title_2": "Мал басы туралы анықтама",
        "cert_number": "№ {number}",
        "cert_issued_on": "Берілген күні",
        "cert_applicant": "Өтініш беруші",
        "cert_iin": "ЖСН",
        "cert_bin": "БСН",
        "cert_organization": "Заңды тұлға",
        "cert_representative": "Өкілі",
        "cert_address": "Шаруашылықтың мекенжайы",
        "cert_account": "Дербес шот",
        "cert_book": "Шаруашылық кітабы",
        "cert_book_value": "№ {book}, {page}-бет",
        "cert_book_no_page": "№ {book}",
        "cert_statement_1": (
            "Шаруашылық кітабының деректері бойынша {date} жағдай бойынша жоғарыда көрсетілген "
            "мекенжайда жеке қосалқы шаруашылығының бар екендігі расталады."
        ),
        "cert_statement_2": (
            "Шаруашылық кітабының деректері бойынша {date} жағдай бойынша шаруашылықтағы мал "
            "басы төмендегідей."
        ),
        "cert_members": "Шаруашылық мүшелері",
        "cert_col_no": "№",
        "cert_col_name": "Тегі, аты, әкесінің аты",
        "cert_col_relation": "Туыстық қатынасы",
        "cert_col_birth": "Туған күні",
        "cert_plots": "Жер учаскелері",
        "cert_col_purpose": "Мақсаты",
        "cert_col_area": "Ауданы, га",
        "cert_livestock_1": "Мал және құс",
        "cert_livestock_2": "Мал басы",
        "cert_col_kind": "Мал түрі",
        "cert_col_count": "Басы",
        "cert_group_total": "{group}, барлығы",
        "cert_total": "Барлығы",
        "cert_demo": "ДЕМО",
        "cert_demo_note": "ДЕМО: оқу деректері, жарамды анықтама емес",
        "cert_none": "Жоқ",
        "cert_basis": "Негіздеме",
        "cert_stamp": "М.О.",
        "cert_verify": (
            "Анықтаманың түпнұсқалығын QR-код бойынша тексеруге болады. QR-кодтың мәтіні:"
        ),
        "cert_page": "Анықтама {number}, {page}-бет",
    },
    "ru": {
        "copy": "КОПИЯ",
        "sample": "ОБРАЗЕЦ",
        "date_time": "{date}, {time}",
        "phone": "Телефон",
        "clerk": "Сотрудник",
        "date": "Дата",
        "signature": "Подпись",
        "ticket_title": "Талон очереди",
        "ticket_purpose": "Цель визита",
        "ticket_time": "Время",
        "ticket_ahead": "Перед вами",
        "ticket_ahead_value": "{count} чел.",
        "ticket_wait": "Ожидание, примерно",
        "ticket_wait_value": "{minutes} мин",
        "ticket_footer": "Приём в порядке очереди. Ожидайте вызова вашего номера.",
        "talon_title": "Талон",
        "talon_subtitle": "о приёме документов",
        "talon_service": "Государственная услуга",
        "talon_applicant": "Заявитель",
        "talon_number": "Регистрационный номер",
        "talon_accepted": "Дата и время приёма",
        "talon_clerk": "Документы принял(а)",
        "talon_ready": "Дата и время готовности результата",
        "talon_footer": "Результат выдаётся лично, возьмите с собой этот талон. Услуга бесплатная.",
        "refusal_title": "Уведомление об отказе в приёме документов",
        "refusal_after_title": "Уведомление об отказе в оказании государственной услуги",
        "refusal_to": "Кому",
        "refusal_body": (
            "В приёме документов для оказания государственной услуги «{service}» отказано, "
            "так как представлен неполный пакет необходимых документов."
        ),
        "refusal_missing": "Не представлены документы:",
        "refusal_rule": (
            "Основание: пункт 17 стандарта государственной услуги ({basis}): при непредставлении "
            "потребителем необходимых документов в оказании государственной услуги отказывается."
        ),
        "refusal_again": "Вы можете обратиться повторно, представив недостающие документы.",
        "refusal_after_body": (
            "Заявление на государственную услугу «{service}» (регистрационный номер {number}) "
            "было принято, однако в оказании услуги отказано."
        ),
        "refusal_reason": "Причина отказа",
        "refusal_complaint": "Это решение можно обжаловать у акима района (города).",
        "refusal_received": "Уведомление получил(а)",
        "form_to": "Кому",
        "form_from": "От кого",
        "form_title": "ЗАЯВЛЕНИЕ",
        "form_body": "Прошу оказать мне государственную услугу «{service}».",
        "form_name": "Фамилия, имя, отчество (наименование юридического лица)",
        "form_iin": "ИИН (БИН)",
        "form_address": "Адрес",
        "form_phone": "Телефон",
        "form_documents": "Прилагаемые документы:",
        "form_free": (
            "Бланк заявления и образец заполнения выдаются бесплатно (пункт 13 стандарта)."
        ),
        "form_sample_title": "Образец заполнения",
        "cert_title_1": "Справка о наличии личного подсобного хозяйства",
        "cert_title_2": "Справка о поголовье скота",
        "cert_number": "№ {number}",
        "cert_issued_on": "Дата выдачи",
        "cert_applicant": "Заявитель",
        "cert_iin": "ИИН",
        "cert_bin": "БИН",
        "cert_organization": "Юридическое лицо",
        "cert_representative": "Представитель",
        "cert_address": "Адрес хозяйства",
        "cert_account": "Лицевой счёт",
        "cert_book": "Похозяйственная книга",
        "cert_book_value": "№ {book}, стр. {page}",
        "cert_book_no_page": "№ {book}",
        "cert_statement_1": (
            "По данным похозяйственной книги по состоянию на {date} по указанному адресу "
            "подтверждается наличие личного подсобного хозяйства."
        ),
        "cert_statement_2": (
            "По данным похозяйственной книги по состоянию на {date} поголовье скота в хозяйстве "
            "составляет:"
        ),
        "cert_members": "Члены хозяйства",
        "cert_col_no": "№",
        "cert_col_name": "Фамилия, имя, отчество",
        "cert_col_relation": "Родственное отношение",
        "cert_col_birth": "Дата рождения",
        "cert_plots": "Земельные участки",
        "cert_col_purpose": "Назначение",
        "cert_col_area": "Площадь, га",
        "cert_livestock_1": "Скот и птица",
        "cert_livestock_2": "Поголовье скота",
        "cert_col_kind": "Вид",
        "cert_col_count": "Голов",
        "cert_group_total": "{group}, всего",
        "cert_total": "Итого",
        "cert_demo": "ДЕМО",
        "cert_demo_note": "ДЕМО: учебные данные, не является действительной справкой",
        "cert_none": "Нет",
        "cert_basis": "Основание",
        "cert_stamp": "М.П.",
        "cert_verify": "Подлинность справки можно проверить по QR-коду. Текст QR-кода:",
        "cert_page": "Справка {number}, стр. {page}",
    },
}


# The indicator report's and the complaint papers' texts live beside them (report_texts.py,
# complaint_texts.py); one lookup serves all.
for _extra in (REPORT_TEXTS, COMPLAINT_TEXTS):
    for _language, _texts in _extra.items():
        TEXTS[_language].update(_texts)


def text(language: str, key: str, **values: object) -> str:
    """The text `key` in `language`, with `values` filled in."""
    if language not in TEXTS:
        raise ValueError(f"documents are printed in {', '.join(LANGUAGES)}, not {language!r}")
    return TEXTS[language][key].format(**values)
