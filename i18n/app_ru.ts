<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Reference data: values to check</source>
        <translation>Справочные данные: значения для проверки</translation>
    </message>
    <message>
        <source>These values were copied from the standard exactly as printed and look wrong (yellow). Check them against the original and correct them; each correction is recorded with your name and the time (green).</source>
        <translation>Эти значения перенесены из стандарта в точности как напечатаны и выглядят ошибочными (жёлтые). Сверьте их с оригиналом и исправьте; каждое исправление записывается с вашим именем и временем (зелёные).</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>As in the standard</source>
        <translation>Как в стандарте</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Текущее значение</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>Кем исправлено</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Сначала выберите строку.</translation>
    </message>
    <message>
        <source>This schedule is kept exactly as printed in the standard and cannot be edited here.</source>
        <translation>Этот график хранится в точности как напечатан в стандарте и здесь не редактируется.</translation>
    </message>
    <message>
        <source>Separate several values with &apos;;&apos;.</source>
        <translation>Несколько значений разделяйте знаком &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Correct a value</source>
        <translation>Исправление значения</translation>
    </message>
    <message>
        <source>%1 — %2:</source>
        <translation>%1 — %2:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Auyl Desk</source>
        <translation>Auyl Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Office and clerk…</source>
        <translation>&amp;Акимат и специалист…</translation>
    </message>
    <message>
        <source>&amp;Reference data to check…</source>
        <translation>&amp;Справочные данные для проверки…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Auyl Desk</source>
        <translation>&amp;О программе Auyl Desk</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <source>Office: %1 (No %2)</source>
        <translation>Акимат: %1 (№ %2)</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Специалист: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>About Auyl Desk</source>
        <translation>О программе Auyl Desk</translation>
    </message>
    <message>
        <source>Auyl Desk: the household book, queue, applications and certificates of a village akim office, under the Karaganda oblast service standards.</source>
        <translation>Auyl Desk: похозяйственная книга, очередь, заявления и справки аппарата акима села по стандартам государственных услуг Карагандинской области.</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>%1 No %2, %3</source>
        <translation>%1 № %2, %3</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Телефоны: %1</translation>
    </message>
    <message>
        <source>Service standard in force</source>
        <translation>Действующий стандарт услуги</translation>
    </message>
    <message>
        <source>Open %1–%2 on working days, lunch %3. Result within %4 hours. Free of charge.</source>
        <translation>По рабочим дням %1–%2, обед %3. Результат в течение %4 часов. Бесплатно.</translation>
    </message>
    <message>
        <source>Longest wait in the queue: %1 min to hand in, %2 min to collect.</source>
        <translation>Наибольшее ожидание в очереди: сдача документов %1 мин, получение результата %2 мин.</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>физическое лицо</translation>
    </message>
    <message>
        <source>legal entity</source>
        <translation>юридическое лицо</translation>
    </message>
    <message>
        <source>Complaints are addressed to</source>
        <translation>Жалобы направляются</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Аким</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Заместители</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Заместитель</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>еженедельно, %1</translation>
    </message>
    <message>
        <source>%1 %2 of each month</source>
        <translation>%1-й %2 каждого месяца</translation>
    </message>
    <message>
        <source>once a month</source>
        <translation>раз в месяц</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Auyl Desk: office and clerk</source>
        <translation>Auyl Desk: акимат и специалист</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Which akim office is this?</source>
        <translation>Какой это аппарат акима?</translation>
    </message>
    <message>
        <source>&amp;City or district:</source>
        <translation>&amp;Город или район:</translation>
    </message>
    <message>
        <source>&amp;Find office:</source>
        <translation>&amp;Найти акимат:</translation>
    </message>
    <message>
        <source>Type part of the name, e.g. Ботақара; Down arrow moves to the list</source>
        <translation>Введите часть названия, например Ботақара; стрелка вниз — к списку</translation>
    </message>
    <message>
        <source>All cities and districts</source>
        <translation>Все города и районы</translation>
    </message>
    <message>
        <source>Who works at the counter?</source>
        <translation>Кто ведёт приём?</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>e.g. chief specialist</source>
        <translation>например, главный специалист</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Some details of this office look wrong in the standard&apos;s text; an administrator can check them in Settings.</source>
        <translation>Некоторые сведения об этом акимате в тексте стандарта выглядят ошибочными; администратор может проверить их в Настройках.</translation>
    </message>
    <message>
        <source>No office matches. Check the spelling or choose another district.</source>
        <translation>Подходящего акимата нет. Проверьте написание или выберите другой район.</translation>
    </message>
    <message>
        <source>%1, %2. Phones: %3</source>
        <translation>%1, %2. Телефоны: %3</translation>
    </message>
    <message>
        <source>Choose your akim office from the list.</source>
        <translation>Выберите свой акимат из списка.</translation>
    </message>
    <message>
        <source>Enter the clerk&apos;s surname.</source>
        <translation>Введите фамилию специалиста.</translation>
    </message>
    <message>
        <source>Enter the clerk&apos;s name.</source>
        <translation>Введите имя специалиста.</translation>
    </message>
    <message>
        <source>Enter the clerk&apos;s position.</source>
        <translation>Введите должность специалиста.</translation>
    </message>
    <message>
        <source>The phone number needs at least five digits.</source>
        <translation>В номере телефона должно быть не меньше пяти цифр.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Auyl Desk cannot open its database</source>
        <translation>Auyl Desk не может открыть базу данных</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. Nothing has been changed in it.

If the disk is full, free some space. If the file is damaged, restore the latest copy from the backups folder beside it, or start Auyl Desk with another file (--db).

Details: %2</source>
        <translation>Не удаётся открыть базу данных %1. В ней ничего не изменено.

Если диск заполнен, освободите место. Если файл повреждён, восстановите последнюю копию из папки backups рядом с ним или запустите Auyl Desk с другим файлом (--db).

Подробности: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>database: a SQLite file path or a SQLAlchemy URL (default: the user&apos;s data folder)</source>
        <translation>база данных: путь к файлу SQLite или URL SQLAlchemy (по умолчанию: папка данных пользователя)</translation>
    </message>
    <message>
        <source>Auyl Desk: household book, queue, applications and certificates of a village akim office.</source>
        <translation>Auyl Desk: похозяйственная книга, очередь, заявления и справки аппарата акима села.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <source>start the program (the default)</source>
        <translation>запустить программу (по умолчанию)</translation>
    </message>
    <message>
        <source>list the akim offices of the reference data</source>
        <translation>список акиматов из справочных данных</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>only offices of a city or district whose name contains TEXT</source>
        <translation>только акиматы города или района, в названии которого есть ТЕКСТ</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>вывести JSON вместо таблицы</translation>
    </message>
    <message>
        <source>check the database file and that its schema is current (exit status 0 if so)</source>
        <translation>проверить файл базы данных и актуальность его схемы (код выхода 0, если всё в порядке)</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n акимат</numerusform>
            <numerusform>%n акимата</numerusform>
            <numerusform>%n акиматов</numerusform>
        </translation>
    </message>
    <message>
        <source>database file</source>
        <translation>файл базы данных</translation>
    </message>
    <message>
        <source>integrity (quick_check)</source>
        <translation>целостность (quick_check)</translation>
    </message>
    <message>
        <source>broken references (foreign_key_check)</source>
        <translation>нарушенные ссылки (foreign_key_check)</translation>
    </message>
    <message>
        <source>schema revision (found / current)</source>
        <translation>версия схемы (найдена / актуальная)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ОШИБКА</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>settlement</source>
        <translation>посёлок</translation>
    </message>
    <message>
        <source>village</source>
        <translation>село</translation>
    </message>
    <message>
        <source>rural okrug</source>
        <translation>сельский округ</translation>
    </message>
    <message>
        <source>Cyrillic letters inside a Latin address</source>
        <translation>кириллические буквы внутри латинского адреса</translation>
    </message>
    <message>
        <source>a digit where a letter belongs</source>
        <translation>цифра вместо буквы</translation>
    </message>
    <message>
        <source>spaces inside an e-mail address</source>
        <translation>пробелы внутри адреса электронной почты</translation>
    </message>
    <message>
        <source>punctuation at the end</source>
        <translation>знак препинания в конце</translation>
    </message>
    <message>
        <source>malformed web address</source>
        <translation>неверно записанный веб-адрес</translation>
    </message>
    <message>
        <source>number split over lines in the source</source>
        <translation>номер в источнике разбит на строки</translation>
    </message>
    <message>
        <source>broken quotation marks</source>
        <translation>нарушены кавычки</translation>
    </message>
    <message>
        <source>owner of the value is uncertain</source>
        <translation>неясно, кому принадлежит значение</translation>
    </message>
    <message>
        <source>value missing in the source</source>
        <translation>в источнике нет значения</translation>
    </message>
    <message>
        <source>schedule could not be read</source>
        <translation>не удалось прочитать график</translation>
    </message>
    <message>
        <source>unusual spelling</source>
        <translation>необычное написание</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>полное название</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>почтовый индекс</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <source>web site</source>
        <translation>веб-сайт</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>reception schedule</source>
        <translation>график приёма</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>воскресенье</translation>
    </message>
</context>
</TS>
