"""The fixed texts of the complaint papers (talon, protocol, notices), in Kazakh and Russian.

Merged into desktop.printing.texts.TEXTS, so `text(language, key)` finds them like every other
document text. The papers speak the complainant's language, chosen per complaint.
"""

from __future__ import annotations

COMPLAINT_TEXTS: dict[str, dict[str, str]] = {
    "kk": {
        "ct_talon_title": "Шағымның қабылданғаны туралы талон",
        "ct_protocol_title": "Ауызша шағым хаттамасы",
        "ct_extension_title": "Шағымды қарау мерзімін ұзарту туралы хабарлама",
        "ct_forwarding_title": "Шағымды басқа органға жіберу туралы хабарлама",
        "ct_body": "Мемлекеттік органның атауы",
        "ct_number": "Тіркеу нөмірі",
        "ct_accepted": "Қабылданған күні мен уақыты",
        "ct_registered": "Тіркелген күні (демалыс күні түскен шағым келесі жұмыс күні тіркеледі)",
        "ct_clerk": "Шағымды қабылдаған қызметкер",
        "ct_phones": "Телефондар",
        "ct_due": "Жауап берілетін соңғы күн",
        "ct_complainant": "Шағым беруші",
        "ct_iin": "ЖСН (БСН)",
        "ct_contacts": "Байланыс деректері",
        "ct_subject": "Шағым кімнің әрекетіне (әрекетсіздігіне)",
        "ct_text": "Шағымның мазмұны",
        "ct_attachments": "Қоса берілген құжаттар",
        "ct_none": "жоқ",
        "ct_channel": "Шағым беру тәсілі",
        "ct_channel_oral": "ауызша, қабылдауда",
        "ct_channel_written": "жазбаша",
        "ct_channel_post": "пошта арқылы",
        "ct_channel_electronic": "электрондық",
        "ct_law": "Қарау мерзімі: {count} {unit} ({law}).",
        "ct_unit_calendar_days": "күнтізбелік күн",
        "ct_unit_working_days": "жұмыс күні",
        "ct_unit_months": "ай",
        "ct_protocol_intro": (
            "Шағым беруші ауызша айтқан шағым оның сөзімен төменде жазылды. Хаттаманы оқып, "
            "дұрыс жазылғанын қолыңызбен растаңыз."
        ),
        "ct_protocol_read": "Хаттама менің сөзімнен дұрыс жазылды, оқыдым",
        "ct_complainant_sign": "Шағым беруші",
        "ct_extension_body": (
            "{date} тіркелген № {number} шағымыңызды қарау мерзімі қосымша зерделеу қажет "
            "болуына байланысты ұзартылды."
        ),
        "ct_extension_reason": "Ұзарту себебі",
        "ct_previous_due": "Бұрынғы мерзім",
        "ct_new_due": "Жаңа мерзім (жауап берілетін соңғы күн)",
        "ct_extension_decided": "Шешім қабылданған күн",
        "ct_forwarding_body": (
            "{date} тіркелген № {number} шағымыңыздағы мәселе біздің құзыретімізге жатпайды, "
            "сондықтан шағым құзыретті органға қарауға жіберілді."
        ),
        "ct_forwarded_to": "Шағым жіберілген орган",
        "ct_forwarded_on": "Жіберілген күні",
        "ct_addressee": "Шағымды қарайтын жоғары тұрған орган",
        "ct_addressee_note": (
            "Аудан (қала) әкіміне шағымды жазбаша, пошта немесе электрондық түрде жіберуге, "
            "не әкімнің немесе оның орынбасарларының жеке қабылдауына баруға болады."
        ),
        "ct_web_email": "Сайт, электрондық пошта",
        "ct_receptions": "Жеке қабылдаудың жақын күндері",
        "ct_akim": "Әкім",
        "ct_deputy": "Орынбасар",
        "ct_deputy_no": "{no}-орынбасар",
        "ct_deputies": "Орынбасарлар",
        "ct_time_range": "сағ. {start}–{end}",
        "ct_time_from": "сағ. {start}-ден бастап",
        "ct_skipped": "{date}: қабылдау жоқ ({why})",
        "ct_skipped_public_holiday": "мереке күні",
        "ct_skipped_decreed_day_off": "Үкімет жариялаған демалыс күні",
        "ct_skipped_weekend": "демалыс күні",
        "ct_problem": "күндерін есептеу мүмкін емес, кесте: {source}",
        "ct_footer": "Талонды жауап алғанша сақтаңыз. Шағым тегін қаралады.",
    },
    "ru": {
        "ct_talon_title": "Талон о принятии жалобы",
        "ct_protocol_title": "Протокол устной жалобы",
        "ct_extension_title": "Уведомление о продлении срока рассмотрения жалобы",
        "ct_forwarding_title": "Уведомление о направлении жалобы в другой орган",
        "ct_body": "Наименование государственного органа",
        "ct_number": "Регистрационный номер",
        "ct_accepted": "Дата и время принятия",
        "ct_registered": (
            "Дата регистрации (жалоба, поступившая в выходной день, регистрируется "
            "в следующий рабочий день)"
        ),
        "ct_clerk": "Жалобу принял(а)",
        "ct_phones": "Телефоны",
        "ct_due": "Срок ответа (последний день)",
        "ct_complainant": "Заявитель",
        "ct_iin": "ИИН (БИН)",
        "ct_contacts": "Контактные данные",
        "ct_subject": "На действия (бездействие) кого подана жалоба",
        "ct_text": "Содержание жалобы",
        "ct_attachments": "Приложенные документы",
        "ct_none": "нет",
        "ct_channel": "Способ подачи",
        "ct_channel_oral": "устно, на приёме",
        "ct_channel_written": "письменно",
        "ct_channel_post": "по почте",
        "ct_channel_electronic": "в электронной форме",
        "ct_law": "Срок рассмотрения: {count} {unit} ({law}).",
        "ct_unit_calendar_days": "календарных дней",
        "ct_unit_working_days": "рабочих дней",
        "ct_unit_months": "мес.",
        "ct_protocol_intro": (
            "Устная жалоба записана ниже со слов заявителя. Прочитайте протокол и подтвердите "
            "подписью, что записано верно."
        ),
        "ct_protocol_read": "С моих слов записано верно, мною прочитано",
        "ct_complainant_sign": "Заявитель",
        "ct_extension_body": (
            "Срок рассмотрения вашей жалобы № {number}, зарегистрированной {date}, продлён "
            "в связи с необходимостью дополнительного изучения."
        ),
        "ct_extension_reason": "Причина продления",
        "ct_previous_due": "Прежний срок",
        "ct_new_due": "Новый срок (последний день ответа)",
        "ct_extension_decided": "Дата решения",
        "ct_forwarding_body": (
            "Вопрос вашей жалобы № {number}, зарегистрированной {date}, не относится к нашей "
            "компетенции, поэтому жалоба направлена на рассмотрение в компетентный орган."
        ),
        "ct_forwarded_to": "Жалоба направлена в",
        "ct_forwarded_on": "Дата направления",
        "ct_addressee": "Вышестоящий орган, рассматривающий жалобы",
        "ct_addressee_note": (
            "Жалобу акиму района (города) можно подать письменно, по почте или в электронной "
            "форме либо прийти на личный приём акима или его заместителей."
        ),
        "ct_web_email": "Сайт, электронная почта",
        "ct_receptions": "Ближайшие дни личного приёма",
        "ct_akim": "Аким",
        "ct_deputy": "Заместитель",
        "ct_deputy_no": "Заместитель {no}",
        "ct_deputies": "Заместители",
        "ct_time_range": "{start}–{end}",
        "ct_time_from": "с {start}",
        "ct_skipped": "{date}: приёма нет ({why})",
        "ct_skipped_public_holiday": "праздничный день",
        "ct_skipped_decreed_day_off": "выходной день по постановлению Правительства",
        "ct_skipped_weekend": "выходной день",
        "ct_problem": "дни не вычислить, график: {source}",
        "ct_footer": "Сохраните талон до получения ответа. Жалоба рассматривается бесплатно.",
    },
}
