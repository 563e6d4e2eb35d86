<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountForm</name>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
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
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>Enter the surname.</source>
        <translation>Введите фамилию.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Введите имя.</translation>
    </message>
    <message>
        <source>Enter the position.</source>
        <translation>Введите должность.</translation>
    </message>
</context>
<context>
    <name>AccountTexts</name>
    <message>
        <source>Wrong login or password, or the account is locked for a while. Try again; if it keeps failing, ask the administrator.</source>
        <translation>Неверный логин или пароль, либо учётная запись на время заблокирована. Попробуйте ещё раз; если не получается, обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Enter a login name.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>A login name is one word (no spaces) of up to %1 characters.</source>
        <translation>Логин — одно слово (без пробелов) длиной до %1 символов.</translation>
    </message>
    <message>
        <source>This login name is taken: choose another one.</source>
        <translation>Этот логин занят: выберите другой.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>This password is too long.</source>
        <translation>Этот пароль слишком длинный.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Пароли не совпадают: введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Выберите роль.</translation>
    </message>
    <message>
        <source>This person has an account already.</source>
        <translation>У этого человека уже есть учётная запись.</translation>
    </message>
    <message>
        <source>You cannot disable the account you are logged in with.</source>
        <translation>Нельзя отключить учётную запись, под которой вы вошли.</translation>
    </message>
    <message>
        <source>This account is gone: close the window and open it again.</source>
        <translation>Этой учётной записи больше нет: закройте окно и откройте его снова.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Новая учётная запись…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Role…</source>
        <translation>&amp;Роль…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>locked until %1 (failed logins)</source>
        <translation>заблокирована до %1 (неудачные входы)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Роль: %1</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <source>Applicant &amp;kind:</source>
        <translation>&amp;Заявитель:</translation>
    </message>
    <message>
        <source>&amp;IIN / BIN:</source>
        <translation>&amp;ИИН / БИН:</translation>
    </message>
    <message>
        <source>Household book:</source>
        <translation>Похозяйственная книга:</translation>
    </message>
    <message>
        <source>Le&amp;gal entity:</source>
        <translation>&amp;Юридическое лицо:</translation>
    </message>
    <message>
        <source>S&amp;urname:</source>
        <translation>Ф&amp;амилия:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>Тел&amp;ефон:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ад&amp;рес:</translation>
    </message>
    <message>
        <source>Language of &amp;documents:</source>
        <translation>Язык &amp;документов:</translation>
    </message>
    <message>
        <source>Documents handed in</source>
        <translation>Представленные документы</translation>
    </message>
    <message>
        <source>Name of the legal entity</source>
        <translation>Наименование юридического лица</translation>
    </message>
    <message>
        <source>The talon and the refusal notice are printed in the applicant&apos;s language</source>
        <translation>Талон и уведомление об отказе печатаются на языке заявителя</translation>
    </message>
    <message>
        <source>an individual</source>
        <translation>физическое лицо</translation>
    </message>
    <message>
        <source>a legal entity</source>
        <translation>юридическое лицо</translation>
    </message>
    <message>
        <source>%1 of 12 digits</source>
        <translation>%1 из 12 цифр</translation>
    </message>
    <message>
        <source>IIN is valid: born %1</source>
        <translation>ИИН верен: дата рождения %1</translation>
    </message>
    <message>
        <source>BIN is valid</source>
        <translation>БИН верен</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найден</translation>
    </message>
    <message>
        <source>personal account %1, %2</source>
        <translation>лицевой счёт %1, %2</translation>
    </message>
</context>
<context>
    <name>ApplicationCorrectionDialog</name>
    <message>
        <source>Record a correction</source>
        <translation>Записать исправление</translation>
    </message>
    <message>
        <source>Application corrected after acceptance</source>
        <translation>Заявление исправлено после приёма</translation>
    </message>
    <message>
        <source>Certificate reissued</source>
        <translation>Справка выдана повторно</translation>
    </message>
    <message>
        <source>Certificate cancelled</source>
        <translation>Справка аннулирована</translation>
    </message>
    <message>
        <source>A clerk&apos;s error</source>
        <translation>Ошибка сотрудника</translation>
    </message>
    <message>
        <source>The applicant&apos;s request or new facts</source>
        <translation>Просьба услугополучателя или новые обстоятельства</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Почему:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Подробнее:</translation>
    </message>
</context>
<context>
    <name>ApplicationErrors</name>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>name of the legal entity</source>
        <translation>наименование юридического лица</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>причину</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>выдано</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Заполните: %1.</translation>
    </message>
    <message>
        <source>Service %1 is not in the standard in force.</source>
        <translation>Услуги %1 нет в действующем стандарте.</translation>
    </message>
    <message>
        <source>Choose whether the applicant is an individual or a legal entity.</source>
        <translation>Выберите, кто заявитель: физическое или юридическое лицо.</translation>
    </message>
    <message>
        <source>Service %1 is provided to individuals only, not to legal entities.</source>
        <translation>Услуга %1 оказывается только физическим лицам, не юридическим.</translation>
    </message>
    <message>
        <source>Choose the language of the printed documents.</source>
        <translation>Выберите язык печатаемых документов.</translation>
    </message>
    <message>
        <source>Unknown document in the checklist: %1.</source>
        <translation>Неизвестный документ в перечне: %1.</translation>
    </message>
    <message>
        <source>The akim office is not set up yet: choose it under Settings first.</source>
        <translation>Аппарат акима ещё не настроен: сначала выберите его в меню «Настройки».</translation>
    </message>
    <message>
        <source>This application is no longer in the database.</source>
        <translation>Этого заявления больше нет в базе данных.</translation>
    </message>
    <message>
        <source>Only an accepted application can be marked ready; this one is %1.</source>
        <translation>Готовым можно отметить только принятое заявление; это заявление: %1.</translation>
    </message>
    <message>
        <source>Only a ready result can be issued; this application is %1.</source>
        <translation>Выдать можно только готовый результат; это заявление: %1.</translation>
    </message>
    <message>
        <source>A talon is printed for accepted applications only; this one is %1.</source>
        <translation>Талон печатается только для принятых заявлений; это заявление: %1.</translation>
    </message>
    <message>
        <source>A refusal notice is printed for refused applications only.</source>
        <translation>Уведомление об отказе печатается только для заявлений, в приёме которых отказано.</translation>
    </message>
    <message>
        <source>Only an accepted application can be refused; this one is %1.</source>
        <translation>Отказать можно только в принятом заявлении; это заявление: %1.</translation>
    </message>
    <message>
        <source>The office is closed (it opens at %1): write why the documents are taken now.</source>
        <translation>Учреждение закрыто (откроется %1): напишите, почему документы принимаются сейчас.</translation>
    </message>
    <message>
        <source>This application cannot be saved (%1).</source>
        <translation>Это заявление нельзя сохранить (%1).</translation>
    </message>
</context>
<context>
    <name>ApplicationList</name>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Both services</source>
        <translation>Обе услуги</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Услуга %1</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Registration No, IIN/BIN or name</source>
        <translation>Регистрационный номер, ИИН/БИН или ФИО</translation>
    </message>
    <message>
        <source>Today&apos;s and open</source>
        <translation>Сегодняшние и незавершённые</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <source>Handed in between</source>
        <translation>Поданные за период</translation>
    </message>
    <message>
        <source>Today&apos;s: handed in or issued today. Open: accepted or ready, not yet issued, whenever handed in.</source>
        <translation>Сегодняшние: поданные или выданные сегодня. Незавершённые: принятые или готовые, но ещё не выданные, независимо от даты подачи.</translation>
    </message>
    <message>
        <source>The called visitor collects a result: ready applications of every date.</source>
        <translation>Вызванный посетитель получает результат: готовые заявления за все даты.</translation>
    </message>
    <message>
        <source>Registration No</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ИИН / БИН</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Ready by</source>
        <translation>Срок готовности</translation>
    </message>
    <message>
        <source>Applications: more than %1</source>
        <translation>Заявлений: более %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, просрочено</translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation>Заявлений: %1</translation>
    </message>
</context>
<context>
    <name>ApplicationTab</name>
    <message>
        <source>Print &amp;blank form</source>
        <translation>Печать пустого &amp;бланка</translation>
    </message>
    <message>
        <source>Print filled-in sa&amp;mple</source>
        <translation>Печать образ&amp;ца заполнения</translation>
    </message>
    <message>
        <source>The application form on the set form, free of charge (item 13)</source>
        <translation>Бланк заявления установленного образца, бесплатно (пункт 13)</translation>
    </message>
    <message>
        <source>A&amp;ccept documents</source>
        <translation>&amp;Принять документы</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Mark read&amp;y</source>
        <translation>Отметить &amp;готовым</translation>
    </message>
    <message>
        <source>Issu&amp;e</source>
        <translation>&amp;Выдать</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Отказать…</translation>
    </message>
    <message>
        <source>Refuse an accepted application with a reason (no household in the book, livestock not recorded, ...) and print the refusal notice</source>
        <translation>Отказать в принятом заявлении с указанием причины (хозяйства нет в книге, скот не учтён, ...) и напечатать уведомление об отказе</translation>
    </message>
    <message>
        <source>Serving ticket %1</source>
        <translation>Обслуживается талон %1</translation>
    </message>
    <message>
        <source>The office is closed</source>
        <translation>Учреждение закрыто</translation>
    </message>
    <message>
        <source>The office is closed now; it opens at %1. Documents taken now count from the opening (the ready time on the talon says so). Why are they taken now?</source>
        <translation>Учреждение сейчас закрыто; откроется %1. Срок для документов, принятых сейчас, считается с открытия (так и указано время готовности в талоне). Почему они принимаются сейчас?</translation>
    </message>
    <message>
        <source>The result is ready to collect</source>
        <translation>Результат готов к выдаче</translation>
    </message>
    <message>
        <source>The result is handed over to the applicant</source>
        <translation>Результат выдаётся заявителю</translation>
    </message>
    <message>
        <source>Reprin&amp;t (copy)</source>
        <translation>Перепечатать (&amp;копия)</translation>
    </message>
    <message>
        <source>&amp;Prepare certificate…</source>
        <translation>&amp;Подготовить справку…</translation>
    </message>
    <message>
        <source>The certificate from the household book; the application becomes ready</source>
        <translation>Справка из похозяйственной книги; заявление становится готовым</translation>
    </message>
    <message>
        <source>Certificate c&amp;opy</source>
        <translation>&amp;Копия справки</translation>
    </message>
    <message>
        <source>Complain about this…</source>
        <translation>Пожаловаться на это…</translation>
    </message>
    <message>
        <source>The application was refused: documents missing.</source>
        <translation>В приёме заявления отказано: не хватает документов.</translation>
    </message>
    <message>
        <source>Accepted: registration No %1, ready on %2.</source>
        <translation>Принято: регистрационный номер %1, будет готово %2.</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Не хватает документов</translation>
    </message>
    <message>
        <source>These required documents were not handed in:
%1

Under the standard the application is refused. Refuse it and print the refusal notice?</source>
        <translation>Не представлены обязательные документы:
%1

По стандарту в приёме заявления отказывается. Отказать и напечатать уведомление об отказе?</translation>
    </message>
    <message>
        <source>Only an accepted application can be marked ready.</source>
        <translation>Отметить готовым можно только принятое заявление.</translation>
    </message>
    <message>
        <source>The result of this service is a certificate and none is prepared yet: Prepare certificate marks the application ready.</source>
        <translation>Результат этой услуги — справка, а она ещё не подготовлена: «Подготовить справку» отмечает заявление готовым.</translation>
    </message>
    <message>
        <source>Only a ready result can be issued.</source>
        <translation>Выдать можно только готовый результат.</translation>
    </message>
    <message>
        <source>No certificate was prepared for this application: there is nothing to hand over.</source>
        <translation>Справка по этому заявлению не подготовлена: выдавать нечего.</translation>
    </message>
    <message>
        <source>The certificate was issued.</source>
        <translation>Справка выдана.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <source>Hand the certificate of application %1 to %2? This cannot be undone.</source>
        <translation>Выдать справку по заявлению %1 заявителю %2? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Refuse the application</source>
        <translation>Отказ по заявлению</translation>
    </message>
    <message>
        <source>Application %1 was accepted. Why is the service refused? The reason is printed on the refusal notice.</source>
        <translation>Заявление %1 было принято. Почему в услуге отказано? Причина печатается в уведомлении об отказе.</translation>
    </message>
    <message>
        <source>The application was refused.</source>
        <translation>В заявлении отказано.</translation>
    </message>
    <message>
        <source>The certificate cannot be prepared</source>
        <translation>Справку нельзя подготовить</translation>
    </message>
    <message>
        <source>Certificate No %1 prepared; the application is ready.</source>
        <translation>Справка № %1 подготовлена; заявление готово.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>a name, a number, a value before or after a change</source>
        <translation>имя, номер, значение до или после изменения</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>The selected entry as recorded:</source>
        <translation>Выбранная запись, как она записана:</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Проверить цепочку</translation>
    </message>
    <message>
        <source>Check that no entry was altered, removed or put out of order since written</source>
        <translation>Проверить, что ни одна запись не изменена, не удалена и не переставлена после записи</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>После:</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Проверка журнала аудита…</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted (kept as a tombstone)</source>
        <translation>Удалено (сохранена отметка)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Стёрто</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Документ напечатан</translation>
    </message>
    <message>
        <source>Document saved as PDF</source>
        <translation>Документ сохранён в PDF</translation>
    </message>
    <message>
        <source>Household book exported</source>
        <translation>Похозяйственная книга выгружена</translation>
    </message>
    <message>
        <source>Household book imported</source>
        <translation>Похозяйственная книга загружена</translation>
    </message>
    <message>
        <source>Reference data loaded</source>
        <translation>Справочные данные загружены</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Вход в программу</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Неудачная попытка входа</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Выход из программы</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Экран заблокирован</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Экран разблокирован</translation>
    </message>
    <message>
        <source>Password confirmed</source>
        <translation>Пароль подтверждён</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Учётная запись создана</translation>
    </message>
    <message>
        <source>Password reset by the administrator</source>
        <translation>Пароль сброшен администратором</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Роль изменена</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Учётная запись отключена</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Учётная запись включена</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Учётная запись разблокирована</translation>
    </message>
    <message>
        <source>Account locked after failed logins</source>
        <translation>Учётная запись заблокирована после неудачных входов</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Свой пароль изменён</translation>
    </message>
    <message>
        <source>New office key made</source>
        <translation>Создан новый ключ акимата</translation>
    </message>
    <message>
        <source>Keys of the other side enrolled</source>
        <translation>Ключи другой стороны зарегистрированы</translation>
    </message>
    <message>
        <source>Exchange key revoked</source>
        <translation>Ключ обмена отозван</translation>
    </message>
    <message>
        <source>Package for the district written</source>
        <translation>Пакет для района записан</translation>
    </message>
    <message>
        <source>Packages taken in</source>
        <translation>Пакеты приняты</translation>
    </message>
    <message>
        <source>Answer for an office written</source>
        <translation>Ответ акимату записан</translation>
    </message>
    <message>
        <source>District&apos;s answer taken in</source>
        <translation>Ответ района принят</translation>
    </message>
    <message>
        <source>District&apos;s answer older than one taken in: set aside</source>
        <translation>Ответ района старше уже принятого: не применён</translation>
    </message>
    <message>
        <source>Conflict settled</source>
        <translation>Конфликт разрешён</translation>
    </message>
    <message>
        <source>Indicator report signed off by the akim</source>
        <translation>Отчёт о показателях утверждён акимом</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Хозяйство</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Член хозяйства</translation>
    </message>
    <message>
        <source>Land plot</source>
        <translation>Земельный участок</translation>
    </message>
    <message>
        <source>Livestock count</source>
        <translation>Поголовье скота</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Application correction</source>
        <translation>Исправление заявления</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Complaint step</source>
        <translation>Действие по жалобе</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Талон очереди</translation>
    </message>
    <message>
        <source>Queue event</source>
        <translation>Событие очереди</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>Ответ на опрос</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>Серия номеров</translation>
    </message>
    <message>
        <source>Office key</source>
        <translation>Ключ подписи офиса</translation>
    </message>
    <message>
        <source>Reference data correction</source>
        <translation>Исправление справочных данных</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Exchange partner</source>
        <translation>Участник обмена</translation>
    </message>
    <message>
        <source>Exchange package</source>
        <translation>Пакет обмена</translation>
    </message>
    <message>
        <source>Package source</source>
        <translation>Источник пакетов</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Версия записи</translation>
    </message>
    <message>
        <source>Exchange conflict</source>
        <translation>Конфликт обмена</translation>
    </message>
    <message>
        <source>Report sign-off</source>
        <translation>Утверждение отчёта</translation>
    </message>
    <message>
        <source>An office&apos;s report sign-off</source>
        <translation>Утверждение отчёта аппарата акима</translation>
    </message>
    <message>
        <source>Entries whose personal data was purged by law: %1.</source>
        <translation>Записей, из которых по закону удалены персональные данные: %1.</translation>
    </message>
    <message>
        <source>The audit log is intact: nothing altered, removed or out of order (entries checked: %1).</source>
        <translation>Журнал аудита цел: ничего не изменено, не удалено и не переставлено (проверено записей: %1).</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was altered after it was written.</source>
        <translation>Запись %1 журнала аудита изменена после того, как была записана.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was removed.</source>
        <translation>Запись %1 журнала аудита удалена.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 of the audit log were removed.</source>
        <translation>Записи журнала аудита с %1 по %2 удалены.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log is out of order: it was written after entry %2.</source>
        <translation>Запись %1 журнала аудита стоит не на своём месте: она записана после записи %2.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log is not the one recorded in the last sync package: the log was rewritten from there on.</source>
        <translation>Запись %1 журнала аудита не совпадает с записанной в последнем пакете синхронизации: журнал переписан начиная с неё.</translation>
    </message>
    <message>
        <source>The audit log breaks before entry %1: the entry before it was rewritten, or entries were removed and the later ones renumbered.</source>
        <translation>Цепочка журнала аудита прерывается перед записью %1: предыдущая запись переписана, или записи удалены, а последующие перенумерованы.</translation>
    </message>
    <message>
        <source>Someone changed the database outside the program. Keep this computer as it is and tell the district administrator.</source>
        <translation>Кто-то изменил базу данных в обход программы. Оставьте компьютер как есть и сообщите районному администратору.</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>База данных восстановлена из резервной копии</translation>
    </message>
    <message>
        <source>Personal data purged again after a restore</source>
        <translation>Персональные данные повторно удалены после восстановления</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>Daily backup of the database…</source>
        <translation>Ежедневная резервная копия базы данных…</translation>
    </message>
    <message>
        <source>Backing up the database before closing…</source>
        <translation>Перед закрытием создаётся резервная копия базы данных…</translation>
    </message>
    <message>
        <source>The backup on closing failed</source>
        <translation>Резервная копия при закрытии не создана</translation>
    </message>
    <message>
        <source>The last backup failed: %1</source>
        <translation>Последняя резервная копия не создана: %1</translation>
    </message>
    <message>
        <source>The last backup failed</source>
        <translation>Последняя резервная копия не создана</translation>
    </message>
    <message>
        <source>Little free disk space</source>
        <translation>Мало свободного места на диске</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>В этой папке пока нет резервных копий.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>This database is on a server: the server&apos;s own tool (pg_dump) backs it up. Ask the district IT person.</source>
        <translation>Эта база данных на сервере: её резервные копии делает собственный инструмент сервера (pg_dump). Обратитесь к ИТ-специалисту района.</translation>
    </message>
    <message>
        <source>There is not enough free space for the backup. No backup file was left behind. Free some space, or choose another backup folder under Settings &gt; Backups.</source>
        <translation>Для резервной копии не хватает свободного места. Недописанный файл не оставлен. Освободите место или выберите другую папку в меню «Настройки &gt; Резервные копии».</translation>
    </message>
    <message>
        <source>The backup folder cannot be written (missing, read-only or a stick that was pulled out): %1. Check the folder under Settings &gt; Backups.</source>
        <translation>В папку резервных копий нельзя записать (её нет, она только для чтения или флешку вынули): %1. Проверьте папку в меню «Настройки &gt; Резервные копии».</translation>
    </message>
    <message>
        <source>The database itself is damaged: its copy failed the check and was not kept. Keep the earlier backups and call the district IT person.</source>
        <translation>Повреждена сама база данных: её копия не прошла проверку и не сохранена. Сохраните прежние резервные копии и позвоните ИТ-специалисту района.</translation>
    </message>
    <message>
        <source>There is no such file: %1</source>
        <translation>Такого файла нет: %1</translation>
    </message>
    <message>
        <source>This file is not an Auyl Desk backup (not a database file): %1</source>
        <translation>Этот файл не резервная копия Auyl Desk (не файл базы данных): %1</translation>
    </message>
    <message>
        <source>This database file is not an Auyl Desk database: %1</source>
        <translation>Этот файл базы данных не база Auyl Desk: %1</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored. Choose an earlier one.</source>
        <translation>Эта резервная копия повреждена, восстановить её нельзя. Выберите более раннюю.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Auyl Desk. Install that version first, then restore it.</source>
        <translation>Эта резервная копия создана более новой версией Auyl Desk. Сначала установите ту версию, затем восстановите копию.</translation>
    </message>
    <message>
        <source>Another program (or a second Auyl Desk window) has the database open. Close it, then restore again. Nothing was changed.</source>
        <translation>База данных открыта другой программой (или вторым окном Auyl Desk). Закройте её и повторите восстановление. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup cannot be used (%1).</source>
        <translation>Резервную копию нельзя использовать (%1).</translation>
    </message>
    <message>
        <source>Little free space on %1: %2 left, %3 needed for backups and the day&apos;s work. Free some space soon.</source>
        <translation>Мало свободного места на %1: осталось %2, для резервных копий и работы за день нужно %3. Освободите место в ближайшее время.</translation>
    </message>
    <message>
        <source>no office set up</source>
        <translation>аппарат акима не настроен</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Akim office</source>
        <translation>Аппарат акима</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Хозяйства</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Last application number</source>
        <translation>Последний номер заявления</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Справки</translation>
    </message>
    <message>
        <source>Last certificate number</source>
        <translation>Последний номер справки</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>№ %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <source>Replace the database %1 with this backup? Work done after the backup was taken will not be in it. The current database is kept beside it as a safety copy.</source>
        <translation>Заменить базу данных %1 этой резервной копией? Работы, сделанной после создания копии, в ней не будет. Текущая база сохраняется рядом как страховочная копия.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>The backup is restored and the database is open again.</source>
        <translation>Резервная копия восстановлена, база данных снова открыта.</translation>
    </message>
    <message>
        <source>The replaced database is kept as %1.</source>
        <translation>Заменённая база данных сохранена как %1.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Auyl Desk backs the database up when it closes and once a day. Keep the backups on a second disk or a stick: a backup on the same disk is lost with it.</source>
        <translation>Auyl Desk делает резервную копию базы данных при закрытии и раз в день. Храните копии на втором диске или флешке: копия на том же диске пропадёт вместе с ним.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Beside the &amp;data</source>
        <translation>Рядом с &amp;данными</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Хранить последние:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> копий</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Сохранить настройки</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Open a backup file…</source>
        <translation>&amp;Открыть файл копии…</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Восстановить выбранную копию…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Создаётся резервная копия базы данных…</translation>
    </message>
    <message>
        <source>Open a backup file</source>
        <translation>Открыть файл резервной копии</translation>
    </message>
    <message>
        <source>Auyl Desk databases (*.sqlite3);;All files (*)</source>
        <translation>Базы данных Auyl Desk (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The database cannot be opened. An administrator of the backup restores it: their login name:</source>
        <translation>Базу данных не удаётся открыть. Её восстанавливает администратор резервной копии: его логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
</context>
<context>
    <name>BookErrors</name>
    <message>
        <source>personal account number</source>
        <translation>номер лицевого счёта</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>relation to the head of household</source>
        <translation>родство с главой хозяйства</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>land use</source>
        <translation>назначение земли</translation>
    </message>
    <message>
        <source>area</source>
        <translation>площадь</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>the date of consent</source>
        <translation>дата согласия</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Заполните: %1.</translation>
    </message>
    <message>
        <source>Personal account %1 is already in the household book.</source>
        <translation>Лицевой счёт %1 уже есть в похозяйственной книге.</translation>
    </message>
    <message>
        <source>The birth date does not agree with the IIN, which says %1.</source>
        <translation>Дата рождения не совпадает с ИИН; по ИИН: %1.</translation>
    </message>
    <message>
        <source>The sex does not agree with the IIN, which says %1.</source>
        <translation>Пол не совпадает с ИИН; по ИИН: %1.</translation>
    </message>
    <message>
        <source>A person with this IIN is already registered in household %1.</source>
        <translation>Человек с этим ИИН уже зарегистрирован в хозяйстве с лицевым счётом %1.</translation>
    </message>
    <message>
        <source>A person with this IIN is already registered in this household.</source>
        <translation>Человек с этим ИИН уже зарегистрирован в этом хозяйстве.</translation>
    </message>
    <message>
        <source>This household already has a head.</source>
        <translation>У этого хозяйства уже есть глава.</translation>
    </message>
    <message>
        <source>A new household starts with its head.</source>
        <translation>Новое хозяйство заводится вместе с главой хозяйства.</translation>
    </message>
    <message>
        <source>The head of household cannot be removed. Make another member the head first (edit that member), or close the household if it has left.</source>
        <translation>Главу хозяйства нельзя выбыть. Сначала сделайте главой другого члена хозяйства (измените его запись) или закройте хозяйство, если оно выбыло.</translation>
    </message>
    <message>
        <source>%1: more than %2 is unusual for one household.</source>
        <translation>%1: больше %2 для одного хозяйства — необычно много.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1: число не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 0,15.</source>
        <translation>Введите число, например 0,15.</translation>
    </message>
    <message>
        <source>The area must be more than zero.</source>
        <translation>Площадь должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Registration cannot begin before the person was born.</source>
        <translation>Регистрация не может начинаться раньше даты рождения.</translation>
    </message>
    <message>
        <source>The date is earlier than the household&apos;s opening date.</source>
        <translation>Дата раньше даты открытия хозяйства.</translation>
    </message>
    <message>
        <source>The date is earlier than the person&apos;s registration in the household.</source>
        <translation>Дата раньше регистрации человека в хозяйстве.</translation>
    </message>
    <message>
        <source>This household is already closed.</source>
        <translation>Это хозяйство уже закрыто.</translation>
    </message>
    <message>
        <source>Unknown livestock group: %1.</source>
        <translation>Неизвестная группа скота: %1.</translation>
    </message>
    <message>
        <source>Unknown land use: %1.</source>
        <translation>Неизвестное назначение земли: %1.</translation>
    </message>
    <message>
        <source>A plot of less than %1 ha cannot be recorded.</source>
        <translation>Участок меньше %1 га записать нельзя.</translation>
    </message>
    <message>
        <source>%1: more than %2 cannot be right for one household, even when confirmed.</source>
        <translation>%1: больше %2 для одного хозяйства быть не может, даже с подтверждением.</translation>
    </message>
    <message>
        <source>A date must be between %1 and %2.</source>
        <translation>Дата должна быть в пределах от %1 до %2.</translation>
    </message>
    <message>
        <source>The date cannot be later than today.</source>
        <translation>Дата не может быть позже сегодняшней.</translation>
    </message>
    <message>
        <source>This record is no longer in the book; it may have been changed elsewhere.</source>
        <translation>Этой записи больше нет в книге; возможно, её изменили в другом месте.</translation>
    </message>
    <message>
        <source>The akim office is not set up yet: choose it under Settings first.</source>
        <translation>Акимат ещё не выбран: сначала выберите его в меню «Настройки».</translation>
    </message>
    <message>
        <source>A plot of more than %1 ha is not plausible.</source>
        <translation>Участок больше %1 га — это неправдоподобно.</translation>
    </message>
    <message>
        <source>The birth date is not plausible.</source>
        <translation>Дата рождения неправдоподобна.</translation>
    </message>
    <message>
        <source>This value cannot be saved (%1).</source>
        <translation>Это значение нельзя сохранить (%1).</translation>
    </message>
</context>
<context>
    <name>CertificateDateDialog</name>
    <message>
        <source>Prepare certificate</source>
        <translation>Подготовка справки</translation>
    </message>
    <message>
        <source>Household book &amp;as of:</source>
        <translation>Похозяйственная книга &amp;на дату:</translation>
    </message>
    <message>
        <source>The certificate states the household book on this date and prints it.</source>
        <translation>Справка отражает похозяйственную книгу на эту дату и указывает её.</translation>
    </message>
</context>
<context>
    <name>CertificateTexts</name>
    <message>
        <source>This application is no longer in the database.</source>
        <translation>Этого заявления больше нет в базе данных.</translation>
    </message>
    <message>
        <source>A certificate is prepared for an accepted application only; this one is %1.</source>
        <translation>Справка готовится только по принятому заявлению; это заявление: %1.</translation>
    </message>
    <message>
        <source>The akim office is not set up yet: choose it under Settings first.</source>
        <translation>Аппарат акима ещё не выбран: сначала выберите его в Настройках.</translation>
    </message>
    <message>
        <source>The office&apos;s signing key was revoked on %1: it signs no more certificates. Make a new key: open Settings &gt; Office and clerk and save. Certificates signed before the revocation stay valid.</source>
        <translation>Ключ подписи аппарата отозван %1: им больше не подписываются справки. Создайте новый ключ: откройте Настройки &gt; Акимат и специалист и сохраните. Справки, подписанные до отзыва, остаются действительными.</translation>
    </message>
    <message>
        <source>The office&apos;s signing key is missing on this computer. Open Settings &gt; Office and clerk and save: a new key is created.</source>
        <translation>На этом компьютере нет ключа подписи аппарата. Откройте Настройки &gt; Акимат и специалист и сохраните: будет создан новый ключ.</translation>
    </message>
    <message>
        <source>The certificate cannot state the book as of a future date.</source>
        <translation>Справка не может отражать книгу на будущую дату.</translation>
    </message>
    <message>
        <source>The applicant has no household in the household book. Add the household (or correct the IIN of its member) in the Household book tab and prepare the certificate again; if the applicant keeps no household, refuse and print the reason.</source>
        <translation>У заявителя нет хозяйства в похозяйственной книге. Добавьте хозяйство (или исправьте ИИН его члена) на вкладке «Похозяйственная книга» и подготовьте справку снова; если у заявителя нет хозяйства, откажите и распечатайте причину.</translation>
    </message>
    <message>
        <source>The household was opened in the book on %1, after the chosen date. Choose a later date.</source>
        <translation>Хозяйство внесено в книгу %1, позже выбранной даты. Выберите более позднюю дату.</translation>
    </message>
    <message>
        <source>The household was closed in the book on %1. Choose an earlier date or check the record.</source>
        <translation>Хозяйство закрыто в книге %1. Выберите более раннюю дату или проверьте запись.</translation>
    </message>
    <message>
        <source>The household book has no livestock for this household as of %1. Record the head count (from the veterinary passport) in the Household book tab first, or refuse and print the reason.</source>
        <translation>В похозяйственной книге нет скота этого хозяйства на %1. Сначала внесите поголовье (по ветеринарному паспорту) на вкладке «Похозяйственная книга» или откажите и распечатайте причину.</translation>
    </message>
    <message>
        <source>Prepare the certificate before issuing it.</source>
        <translation>Перед выдачей подготовьте справку.</translation>
    </message>
    <message>
        <source>Only a ready certificate can be issued; this application is %1.</source>
        <translation>Выдать можно только готовую справку; это заявление: %1.</translation>
    </message>
    <message>
        <source>The certificate cannot be prepared (%1).</source>
        <translation>Справку нельзя подготовить (%1).</translation>
    </message>
    <message>
        <source>Genuine: issued and signed by the office named below. Compare the signed content below with the paper.</source>
        <translation>Подлинная: выдана и подписана указанным ниже аппаратом. Сравните подписанное содержание ниже с бумагой.</translation>
    </message>
    <message>
        <source>Demo: made from training data, not a valid certificate.</source>
        <translation>Демо: составлена по учебным данным, не является действительной справкой.</translation>
    </message>
    <message>
        <source>Altered: the printed text differs from the signed content. Only the signed content below is what the office issued.</source>
        <translation>Изменена: напечатанный текст отличается от подписанного содержания. Аппарат выдал только подписанное содержание ниже.</translation>
    </message>
    <message>
        <source>Revoked key: signed after the office&apos;s key was revoked. Not a valid certificate; ask the office.</source>
        <translation>Отозванный ключ: подписана после отзыва ключа аппарата. Не является действительной справкой; обратитесь в аппарат.</translation>
    </message>
    <message>
        <source>Forged: the signature does not match. The certificate was altered.</source>
        <translation>Поддельная: подпись не совпадает. Справка изменена.</translation>
    </message>
    <message>
        <source>The office&apos;s key file on this computer was replaced by another key: nothing is signed until an administrator makes a new key (Settings &gt; Make a new office key…).</source>
        <translation>Файл ключа аппарата акима на этом компьютере заменён другим ключом: ничего не подписывается, пока администратор не создаст новый ключ (Настройки &gt; Создать новый ключ аппарата…).</translation>
    </message>
    <message>
        <source>No one is registered in this household as of %1. Check the members&apos; dates in the Household book tab or choose another date.</source>
        <translation>На %1 в этом хозяйстве никто не зарегистрирован. Проверьте даты членов хозяйства на вкладке «Похозяйственная книга» или выберите другую дату.</translation>
    </message>
    <message>
        <source>A text of the certificate (the applicant&apos;s or a member&apos;s name, an address) is far too long to print. Nothing was kept and no number was taken; correct the text and prepare the certificate again.</source>
        <translation>Текст справки (имя заявителя или члена хозяйства, адрес) слишком длинный для печати. Ничего не сохранено, номер не занят; исправьте текст и подготовьте справку снова.</translation>
    </message>
    <message>
        <source>Signature genuine, but this office&apos;s record of this number holds other content (the record was renumbered or the database restored from an older copy). The certificate is not forged: ask the office which record is in force.</source>
        <translation>Подпись подлинная, но в записи аппарата акима под этим номером другое содержание (запись перенумерована или база данных восстановлена из старой копии). Справка не поддельная: спросите в аппарате акима, какая запись действует.</translation>
    </message>
    <message>
        <source>Unknown office: its key is not among the known office keys. Ask the district for the current list of keys.</source>
        <translation>Неизвестный аппарат: его ключа нет среди известных ключей. Запросите в районе актуальный список ключей.</translation>
    </message>
    <message>
        <source>Not a certificate code: nothing readable was found.</source>
        <translation>Это не код справки: ничего читаемого не найдено.</translation>
    </message>
    <message>
        <source>The office&apos;s key was revoked on %1, after this certificate was signed: the certificate stays valid.</source>
        <translation>Ключ аппарата отозван %1, после подписания этой справки: справка остаётся действительной.</translation>
    </message>
    <message>
        <source>no certificate code was found</source>
        <translation>код справки не найден</translation>
    </message>
    <message>
        <source>the PDF file cannot be read</source>
        <translation>PDF-файл не читается</translation>
    </message>
    <message>
        <source>the code is damaged</source>
        <translation>код повреждён</translation>
    </message>
    <message>
        <source>the code does not start as a certificate</source>
        <translation>код не начинается как код справки</translation>
    </message>
    <message>
        <source>the code has foreign characters</source>
        <translation>в коде посторонние символы</translation>
    </message>
    <message>
        <source>the code is cut short or too long</source>
        <translation>код обрезан или слишком длинный</translation>
    </message>
    <message>
        <source>the code&apos;s texts are damaged</source>
        <translation>тексты в коде повреждены</translation>
    </message>
    <message>
        <source>the code is of an unknown kind</source>
        <translation>код неизвестного вида</translation>
    </message>
    <message>
        <source>the code&apos;s livestock list is damaged</source>
        <translation>список скота в коде повреждён</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>номер справки</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>владелец справки</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ИИН / БИН</translation>
    </message>
    <message>
        <source>as-of date</source>
        <translation>дата, на которую выдана</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>номер лицевого счёта</translation>
    </message>
    <message>
        <source>land area</source>
        <translation>площадь земли</translation>
    </message>
    <message>
        <source>livestock totals by group</source>
        <translation>итоги поголовья по группам</translation>
    </message>
    <message>
        <source>head count: %1</source>
        <translation>поголовье: %1</translation>
    </message>
    <message>
        <source>livestock not in the signed content: %1</source>
        <translation>скот, которого нет в подписанном содержании: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Printed differently</source>
        <translation>Напечатано иначе</translation>
    </message>
    <message>
        <source>Certificate No</source>
        <translation>Справка №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Владелец справки</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>Account No</source>
        <translation>Лицевой счёт №</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Члены хозяйства</translation>
    </message>
    <message>
        <source>Land, ha</source>
        <translation>Земля, га</translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation>Скот</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Ключ отозван</translation>
    </message>
    <message>
        <source>1 — keeps a subsidiary household farm</source>
        <translation>1 — о наличии личного подсобного хозяйства</translation>
    </message>
    <message>
        <source>2 — livestock head count</source>
        <translation>2 — о поголовье скота</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>Регистрация жалобы</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Способ подачи:</translation>
    </message>
    <message>
        <source>Complainant &amp;kind:</source>
        <translation>&amp;Вид заявителя:</translation>
    </message>
    <message>
        <source>&amp;IIN / BIN:</source>
        <translation>&amp;ИИН / БИН:</translation>
    </message>
    <message>
        <source>Household book:</source>
        <translation>Похозяйственная книга:</translation>
    </message>
    <message>
        <source>Le&amp;gal entity:</source>
        <translation>&amp;Юридическое лицо:</translation>
    </message>
    <message>
        <source>S&amp;urname:</source>
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
        <source>Ph&amp;one:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Language of &amp;papers:</source>
        <translation>&amp;Язык документов:</translation>
    </message>
    <message>
        <source>About &amp;whom:</source>
        <translation>&amp;На кого жалоба:</translation>
    </message>
    <message>
        <source>Related to:</source>
        <translation>Связано с:</translation>
    </message>
    <message>
        <source>Complaint &amp;text:</source>
        <translation>&amp;Текст жалобы:</translation>
    </message>
    <message>
        <source>Papers &amp;handed in:</source>
        <translation>&amp;Приложенные документы:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
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
        <source>names, separated by semicolons</source>
        <translation>названия через точку с запятой</translation>
    </message>
    <message>
        <source>Addressee of complaints and the next receptions</source>
        <translation>Адресат жалоб и ближайшие дни приёма</translation>
    </message>
    <message>
        <source>Not set up yet.</source>
        <translation>Ещё не настроено.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>заявление %1</translation>
    </message>
    <message>
        <source>the called queue ticket</source>
        <translation>вызванный талон очереди</translation>
    </message>
    <message>
        <source>not found in the household book</source>
        <translation>не найден в похозяйственной книге</translation>
    </message>
    <message>
        <source>found: account %1</source>
        <translation>найден: лицевой счёт %1</translation>
    </message>
</context>
<context>
    <name>ComplaintErrors</name>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>name of the legal entity</source>
        <translation>наименование юридического лица</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Заполните: %1.</translation>
    </message>
    <message>
        <source>Choose how the complaint was received: orally, in writing, by post or electronically.</source>
        <translation>Выберите, как поступила жалоба: устно, письменно, по почте или в электронной форме.</translation>
    </message>
    <message>
        <source>Choose whether the complainant is an individual or a legal entity.</source>
        <translation>Выберите, физическое или юридическое лицо подаёт жалобу.</translation>
    </message>
    <message>
        <source>Choose whom the complaint is about.</source>
        <translation>Выберите, на кого подана жалоба.</translation>
    </message>
    <message>
        <source>Choose the language of the printed papers.</source>
        <translation>Выберите язык печатаемых документов.</translation>
    </message>
    <message>
        <source>This e-mail address has no @.</source>
        <translation>В адресе электронной почты нет @.</translation>
    </message>
    <message>
        <source>Write down what the complaint is about.</source>
        <translation>Запишите содержание жалобы.</translation>
    </message>
    <message>
        <source>The district&apos;s agriculture department is not in the reference data.</source>
        <translation>Районного отдела сельского хозяйства нет в справочных данных.</translation>
    </message>
    <message>
        <source>The akim office is not set up yet: choose it under Settings first.</source>
        <translation>Аппарат акима ещё не выбран: сначала выберите его в Настройках.</translation>
    </message>
    <message>
        <source>This record is no longer in the database.</source>
        <translation>Этой записи больше нет в базе данных.</translation>
    </message>
    <message>
        <source>The terms this complaint was registered under are not in the rules.</source>
        <translation>Сроков, по которым зарегистрирована жалоба, нет в правилах.</translation>
    </message>
    <message>
        <source>A term is at least 1.</source>
        <translation>Срок не меньше 1.</translation>
    </message>
    <message>
        <source>Write the reason for the extension: the complainant is told it.</source>
        <translation>Укажите причину продления: о ней сообщают заявителю.</translation>
    </message>
    <message>
        <source>The term was already extended on %1; the law allows it once.</source>
        <translation>Срок уже продлён %1; закон допускает это один раз.</translation>
    </message>
    <message>
        <source>The term ended on %1: it can no longer be extended.</source>
        <translation>Срок истёк %1: продлить его уже нельзя.</translation>
    </message>
    <message>
        <source>An extension cannot be decided before registration (%1).</source>
        <translation>Решение о продлении не может быть раньше регистрации (%1).</translation>
    </message>
    <message>
        <source>The new due date must be after the current one (%1).</source>
        <translation>Новый срок должен быть позже текущего (%1).</translation>
    </message>
    <message>
        <source>The law allows an extension up to %1 at most.</source>
        <translation>Закон допускает продление не далее чем до %1</translation>
    </message>
    <message>
        <source>The new due date is a day off; the next working day is %1.</source>
        <translation>Новый срок приходится на выходной; ближайший рабочий день – %1</translation>
    </message>
    <message>
        <source>A complaint cannot be forwarded before registration (%1).</source>
        <translation>Жалобу нельзя направить раньше регистрации (%1).</translation>
    </message>
    <message>
        <source>The complaint was already forwarded on %1.</source>
        <translation>Жалоба уже направлена: %1</translation>
    </message>
    <message>
        <source>Write the body the complaint is forwarded to.</source>
        <translation>Укажите орган, в который направляется жалоба.</translation>
    </message>
    <message>
        <source>The answer cannot be dated before registration (%1).</source>
        <translation>Дата ответа не может быть раньше регистрации (%1).</translation>
    </message>
    <message>
        <source>The answer cannot be dated in the future.</source>
        <translation>Дата ответа не может быть в будущем.</translation>
    </message>
    <message>
        <source>Choose whether the complaint was found justified.</source>
        <translation>Выберите, признана ли жалоба обоснованной.</translation>
    </message>
    <message>
        <source>Write a summary of the answer.</source>
        <translation>Кратко изложите ответ.</translation>
    </message>
    <message>
        <source>The complaint is already answered or closed: nothing can change.</source>
        <translation>На жалобу уже дан ответ или она закрыта: изменить ничего нельзя.</translation>
    </message>
    <message>
        <source>Only a registered complaint can be forwarded.</source>
        <translation>Направить можно только зарегистрированную жалобу.</translation>
    </message>
    <message>
        <source>This complaint already has its answer.</source>
        <translation>На эту жалобу уже дан ответ.</translation>
    </message>
    <message>
        <source>Only an answered complaint can be closed.</source>
        <translation>Закрыть можно только жалобу с ответом.</translation>
    </message>
    <message>
        <source>A protocol is written for oral complaints only.</source>
        <translation>Протокол составляется только для устной жалобы.</translation>
    </message>
    <message>
        <source>The term of this complaint was not extended.</source>
        <translation>Срок этой жалобы не продлевался.</translation>
    </message>
    <message>
        <source>This complaint was not forwarded.</source>
        <translation>Эта жалоба не направлялась.</translation>
    </message>
    <message>
        <source>This complaint cannot be saved (%1).</source>
        <translation>Эту жалобу нельзя сохранить (%1).</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <source>orally, at reception</source>
        <translation>устно, на приёме</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>письменно</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>по почте</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>в электронной форме</translation>
    </message>
    <message>
        <source>this akim office</source>
        <translation>этот аппарат акима</translation>
    </message>
    <message>
        <source>the district agriculture department</source>
        <translation>районный отдел сельского хозяйства</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>зарегистрирована</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>направлена</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>дан ответ</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>due within 2 working days</source>
        <translation>срок истекает в течение 2 рабочих дней</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНА</translation>
    </message>
    <message>
        <source>answered in time</source>
        <translation>ответ дан в срок</translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>ответ дан с опозданием</translation>
    </message>
    <message>
        <source>forwarded, the term stopped</source>
        <translation>направлена, срок остановлен</translation>
    </message>
    <message>
        <source>term extended</source>
        <translation>срок продлён</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>праздничный день</translation>
    </message>
    <message>
        <source>day off by decree</source>
        <translation>выходной по постановлению</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>выходной день</translation>
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
        <source>Deputy %1</source>
        <translation>Заместитель %1</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Заместитель</translation>
    </message>
    <message>
        <source>no dates can be computed: %1</source>
        <translation>даты не вычислить: %1</translation>
    </message>
    <message>
        <source>%1: no reception (%2)</source>
        <translation>%1: приёма нет (%2)</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, с %2</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsDialog</name>
    <message>
        <source>Review</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <source>Longest extension</source>
        <translation>Наибольшее продление</translation>
    </message>
    <message>
        <source>Notice of the extension within</source>
        <translation>Уведомить о продлении в течение</translation>
    </message>
    <message>
        <source>Forwarding within</source>
        <translation>Направить в течение</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>календарных дней</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>рабочих дней</translation>
    </message>
    <message>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>Law No 221 of 12.01.2007 (until 30.06.2021)</source>
        <translation>Закон № 221 от 12.01.2007 (до 30.06.2021)</translation>
    </message>
    <message>
        <source>Administrative Procedure Code (from 01.07.2021)</source>
        <translation>Административный процедурно-процессуальный кодекс (с 01.07.2021)</translation>
    </message>
    <message>
        <source>Complaint settings</source>
        <translation>Настройки жалоб</translation>
    </message>
    <message>
        <source>Complaint &amp;talon paper:</source>
        <translation>&amp;Бумага талона жалобы:</translation>
    </message>
    <message>
        <source>half an A4 sheet</source>
        <translation>половина листа A4</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>чековая лента 80 мм</translation>
    </message>
    <message>
        <source>Terms that could not be confirmed from the act&apos;s own text: the act&apos;s value as read in secondary sources is the default. A changed value applies to complaints registered from now on.</source>
        <translation>Сроки, которые не удалось подтвердить по тексту самого акта: по умолчанию – значение акта по вторичным источникам. Изменённое значение действует для жалоб, регистрируемых с этого момента.</translation>
    </message>
    <message>
        <source>The act&apos;s value: %1</source>
        <translation>Значение акта: %1</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <source>Extend the term of %1</source>
        <translation>Продление срока %1</translation>
    </message>
    <message>
        <source>Due now: %1; the law allows one extension, up to %2, and the complainant is told with a printed notice</source>
        <translation>Сейчас срок: %1; закон допускает одно продление, не далее %2, заявителю вручается печатное уведомление</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;New due date:</source>
        <translation>&amp;Новый срок:</translation>
    </message>
    <message>
        <source>Forward %1</source>
        <translation>Направление %1</translation>
    </message>
    <message>
        <source>Outside this office&apos;s competence: forward by %1 and give the complainant the printed notice.</source>
        <translation>Вне компетенции аппарата: направьте до %1 и вручите заявителю печатное уведомление.</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <translation>&amp;Куда направить:</translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation>Ответ на %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>обоснована</translation>
    </message>
    <message>
        <source>not justified</source>
        <translation>не обоснована</translation>
    </message>
    <message>
        <source>Answer &amp;date:</source>
        <translation>&amp;Дата ответа:</translation>
    </message>
    <message>
        <source>&amp;Summary of the answer:</source>
        <translation>&amp;Краткое содержание ответа:</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>&amp;New complaint…</source>
        <translation>&amp;Новая жалоба…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>&amp;На кого:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>С&amp;рок:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>overdue or due within 2 working days</source>
        <translation>просроченные или со сроком в 2 рабочих дня</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просроченные</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступила</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>open, due by the date:</source>
        <translation>открытые со сроком до даты:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>По сроку</translation>
    </message>
    <message>
        <source>&amp;Talon</source>
        <translation>&amp;Талон</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Протокол</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Продлить…</translation>
    </message>
    <message>
        <source>E&amp;xtension notice</source>
        <translation>&amp;Уведомление о продлении</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>Н&amp;аправить…</translation>
    </message>
    <message>
        <source>Forwarding &amp;notice</source>
        <translation>Уведомление о н&amp;аправлении</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Ответ…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Закрыть…</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>Жалобы (%1)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Complaints: %1 overdue, %2 due soon.</source>
        <translation>Жалобы: просрочено – %1, срок скоро – %2.</translation>
    </message>
    <message>
        <source>Complaints: %1 overdue, %2 due within 2 working days.</source>
        <translation>Жалобы: просрочено – %1, срок истекает в течение 2 рабочих дней – %2.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>About</source>
        <translation>На кого жалоба</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирована</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Приняла(л)</translation>
    </message>
    <message>
        <source>Papers handed in</source>
        <translation>Приложенные документы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>* received on a day off, registered on the next working day</source>
        <translation>* поступила в выходной, зарегистрирована в следующий рабочий день</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Продлена</translation>
    </message>
    <message>
        <source>on %1 from %2: %3</source>
        <translation>%1, прежний срок %2: %3</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Направлена</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>обоснована</translation>
    </message>
    <message>
        <source>not justified</source>
        <translation>не обоснована</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation>Закрытие жалобы</translation>
    </message>
    <message>
        <source>Close complaint %1? Its file is then complete and cannot change.</source>
        <translation>Закрыть жалобу %1? После этого её нельзя изменить.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Records changed at both ends</source>
        <translation>Записи, изменённые с обеих сторон</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>District&apos;s version</source>
        <translation>Версия района</translation>
    </message>
    <message>
        <source>Changed at the district</source>
        <translation>Изменено в районе</translation>
    </message>
    <message>
        <source>Office&apos;s version</source>
        <translation>Версия аппарата</translation>
    </message>
    <message>
        <source>Changed at the office</source>
        <translation>Изменено в аппарате</translation>
    </message>
    <message>
        <source>Keep the district&apos;s</source>
        <translation>Оставить версию района</translation>
    </message>
    <message>
        <source>Take the office&apos;s</source>
        <translation>Взять версию аппарата</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Reference data: values to check</source>
        <translation>Справочные данные: значения для проверки</translation>
    </message>
    <message>
        <source>These values were copied from the standard exactly as printed and look wrong (yellow). Check them against the original and correct them; each correction is recorded with your name and the time (green). After them come the Russian names of places, made by rule from the Kazakh ones: check them too.</source>
        <translation>Эти значения перенесены из стандарта в точности как напечатаны и выглядят ошибочными (жёлтые). Сверьте их с оригиналом и исправьте; каждое исправление записывается с вашим именем и временем (зелёные). За ними следуют русские названия мест, составленные по правилу из казахских: проверьте и их.</translation>
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
    <name>Counted</name>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n акимат</numerusform>
            <numerusform>%n акимата</numerusform>
            <numerusform>%n акиматов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found</source>
        <translation>
            <numerusform>Найдено %n хозяйство</numerusform>
            <numerusform>Найдено %n хозяйства</numerusform>
            <numerusform>Найдено %n хозяйств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo household(s) added in %1 s.</source>
        <translation>
            <numerusform>Добавлено %n демонстрационное хозяйство за %1 с.</numerusform>
            <numerusform>Добавлено %n демонстрационных хозяйства за %1 с.</numerusform>
            <numerusform>Добавлено %n демонстрационных хозяйств за %1 с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n жалоба</numerusform>
            <numerusform>%n жалобы</numerusform>
            <numerusform>%n жалоб</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseTexts</name>
    <message>
        <source>Auyl Desk cannot open its database</source>
        <translation>Auyl Desk не может открыть базу данных</translation>
    </message>
    <message>
        <source>Auyl Desk has not opened the database %1 and has written nothing to it.</source>
        <translation>Auyl Desk не открыл базу данных %1 и ничего в неё не записал.</translation>
    </message>
    <message>
        <source>The file is damaged: the database&apos;s own check found errors in it. Do not work in it. Restore the latest good backup (close Auyl Desk, put the backup in place of the file), or call the district IT person. Keep the damaged file: do not delete it.</source>
        <translation>Файл повреждён: собственная проверка базы данных нашла в нём ошибки. Не работайте в нём. Восстановите последнюю исправную резервную копию (закройте Auyl Desk и положите копию на место файла) или позвоните ИТ-специалисту района. Сохраните повреждённый файл: не удаляйте его.</translation>
    </message>
    <message>
        <source>This file is not an Auyl Desk database. Check the file name (--db), or restore the latest good backup in its place.</source>
        <translation>Этот файл не является базой данных Auyl Desk. Проверьте имя файла (--db) или восстановите на его место последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <source>The file or its folder is read-only. Ask the district IT person to allow this user to write there; the data in it is not damaged.</source>
        <translation>Файл или его папка доступны только для чтения. Попросите ИТ-специалиста района разрешить этому пользователю запись туда; данные в нём не повреждены.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that the disk is connected and that this user may read the file.</source>
        <translation>Файл не читается. Проверьте, что диск подключён и что этому пользователю разрешено читать файл.</translation>
    </message>
    <message>
        <source>Another program is holding the database. Close the other program (or another copy of Auyl Desk) and start again. The file is not damaged: do not restore a backup.</source>
        <translation>Базу данных удерживает другая программа. Закройте её (или другую копию Auyl Desk) и запустите снова. Файл не повреждён: не восстанавливайте резервную копию.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space on the disk and start again.</source>
        <translation>Диск заполнен. Освободите место на диске и запустите снова.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, and the safety copy taken before it could not be made (is the disk full, or the backups folder read-only?). Nothing was upgraded. Free some space or allow writing to the backups folder, and start again.</source>
        <translation>Базе данных нужно обновление, а резервную копию перед ним сделать не удалось (заполнен диск или папка резервных копий только для чтения?). Ничего не обновлено. Освободите место или разрешите запись в папку резервных копий и запустите снова.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Открыть папку резервных копий</translation>
    </message>
    <message>
        <source>Restore the latest good backup (%1)…</source>
        <translation>Восстановить последнюю исправную резервную копию (%1)…</translation>
    </message>
</context>
<context>
    <name>DistrictReportsDialog</name>
    <message>
        <source>Indicator reports of the offices</source>
        <translation>Отчёты по показателям аппаратов</translation>
    </message>
    <message>
        <source>Whole district</source>
        <translation>Весь район</translation>
    </message>
    <message>
        <source>Records of:</source>
        <translation>Чьи записи:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Печать отчёта…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Norm, %</source>
        <translation>Нормативное значение, %</translation>
    </message>
    <message>
        <source>Value, %</source>
        <translation>Значение, %</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Counting the indicators…</source>
        <translation>Показатели считаются…</translation>
    </message>
    <message>
        <source>Pick whose records and a period, and press Show.</source>
        <translation>Выберите, чьи записи, и период и нажмите «Показать».</translation>
    </message>
    <message>
        <source>%1: applications handed in %2, surveys answered %3.</source>
        <translation>%1: подано заявлений %2, заполнено анкет %3.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Not signed off by the office&apos;s akim: the report is a draft.</source>
        <translation>Не утверждён акимом аппарата: отчёт – черновик.</translation>
    </message>
    <message>
        <source>Signed off by %2 on %3.</source>
        <translation>Утвердил(а): %2, %3.</translation>
    </message>
    <message>
        <source>Signed off by %2 on %3; changed since sign-off: indicators %1.</source>
        <translation>Утвердил(а): %2, %3; изменились после утверждения показатели: %1.</translation>
    </message>
    <message>
        <source>%1: not signed off (a draft).</source>
        <translation>%1: не утверждён (черновик).</translation>
    </message>
    <message>
        <source>%1: signed off by %2 on %3.</source>
        <translation>%1: утвердил(а) %2, %3.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy: another program or window is writing to it. Nothing was saved. Wait a minute and try again.</source>
        <translation>База данных занята: в неё пишет другая программа или другое окно. Ничего не сохранено. Подождите минуту и повторите.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved. Free some space on the disk (move or delete old files you do not need) and try again.</source>
        <translation>Диск заполнен. Ничего не сохранено. Освободите место на диске (перенесите или удалите ненужные старые файлы) и повторите.</translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its folder is read-only, or the USB stick is write-protected. Nothing was saved. Check the stick&apos;s lock switch, or ask the district IT person to allow this user to write there.</source>
        <translation>В базу данных нельзя записать: файл или его папка доступны только для чтения, или флешка защищена от записи. Ничего не сохранено. Проверьте переключатель защиты на флешке или попросите ИТ-специалиста района разрешить этому пользователю запись.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved. Close Auyl Desk and call the district IT person: they check the file and restore the latest good backup. Do not copy files over it yourself.</source>
        <translation>Файл базы данных повреждён. Ничего не сохранено. Закройте Auyl Desk и позвоните ИТ-специалисту района: он проверит файл и восстановит последнюю исправную резервную копию. Сами не копируйте поверх него файлы.</translation>
    </message>
    <message>
        <source>The disk could not read or write the database. Nothing was saved. Check that the disk or stick is in place and try again.</source>
        <translation>Диск не смог прочитать или записать базу данных. Ничего не сохранено. Проверьте, что диск или флешка на месте, и повторите.</translation>
    </message>
    <message>
        <source>The database cannot be opened. Nothing was saved. Check the disk or network.</source>
        <translation>Базу данных не удаётся открыть. Ничего не сохранено. Проверьте диск или сеть.</translation>
    </message>
    <message>
        <source>The database refused the change. Nothing was saved. Try again; if it happens again, tell the district IT person.</source>
        <translation>База данных не приняла изменение. Ничего не сохранено. Повторите; если это повторится, сообщите ИТ-специалисту района.</translation>
    </message>
    <message>
        <source>This file or folder cannot be written (no permission, or read-only): %1</source>
        <translation>В этот файл или папку нельзя записать (нет прав или только для чтения): %1</translation>
    </message>
    <message>
        <source>The file or folder does not exist: %1</source>
        <translation>Такого файла или папки нет: %1</translation>
    </message>
    <message>
        <source>The file cannot be read or written: %1</source>
        <translation>Файл не удаётся прочитать или записать: %1</translation>
    </message>
    <message>
        <source>The akim office and the clerk are not set up yet: choose them under Settings.</source>
        <translation>Аппарат акима и специалист ещё не указаны: выберите их в Настройках.</translation>
    </message>
    <message>
        <source>Your role does not allow this action. Nothing was changed. Ask a colleague whose role allows it, or the administrator.</source>
        <translation>Ваша роль не позволяет это действие. Ничего не изменено. Обратитесь к коллеге, чья роль это позволяет, или к администратору.</translation>
    </message>
    <message>
        <source>The document does not fit on its page: a text in it (a name, an address) is far too long. Correct the text and print again.</source>
        <translation>Документ не помещается на страницу: текст в нём (имя, адрес) слишком длинный. Исправьте текст и напечатайте снова.</translation>
    </message>
    <message>
        <source>The report of this period is signed off already with these very figures. It can be signed off again only after its figures change.</source>
        <translation>Отчёт за этот период уже утверждён с теми же самыми показателями. Утвердить его снова можно, только когда показатели изменятся.</translation>
    </message>
    <message>
        <source>Only the office&apos;s own report is signed off, by its akim; the district&apos;s reports are not signed off here.</source>
        <translation>Утверждается только собственный отчёт аппарата, его акимом; отчёты района здесь не утверждаются.</translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed. Try again; if it happens again, tell the district IT person what you did and show this message.</source>
        <translation>Что-то пошло не так, действие не выполнено. Повторите; если это повторится, расскажите ИТ-специалисту района, что вы делали, и покажите это сообщение.</translation>
    </message>
    <message>
        <source>Auyl Desk</source>
        <translation>Auyl Desk</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with one row per person. Rows with the same personal account number make one household. Nothing is written until you have checked the rows and pressed Import.</source>
        <translation>Книга Excel (.xlsx) или файл CSV: по одной строке на человека. Строки с одинаковым номером лицевого счёта образуют одно хозяйство. Пока вы не проверите строки и не нажмёте «Загрузить», ничего не записывается.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>Таблицы (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>New household</source>
        <translation>Новое хозяйство</translation>
    </message>
    <message>
        <source>Household %1: correct the record</source>
        <translation>Хозяйство %1: исправление записи</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Хозяйство</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Глава хозяйства</translation>
    </message>
    <message>
        <source>Personal &amp;account No:</source>
        <translation>&amp;Лицевой счёт №:</translation>
    </message>
    <message>
        <source>&amp;Book No:</source>
        <translation>&amp;Книга №:</translation>
    </message>
    <message>
        <source>pa&amp;ge:</source>
        <translation>&amp;стр.:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Населённый пункт:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <source>&amp;House:</source>
        <translation>&amp;Дом:</translation>
    </message>
    <message>
        <source>apart&amp;ment:</source>
        <translation>&amp;кв.:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>Дата &amp;открытия:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Reason for the &amp;change:</source>
        <translation>П&amp;ричина изменения:</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <source>&amp;Edit household…</source>
        <translation>&amp;Изменить хозяйство…</translation>
    </message>
    <message>
        <source>C&amp;lose household…</source>
        <translation>&amp;Закрыть хозяйство…</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Добавить &amp;члена…</translation>
    </message>
    <message>
        <source>&amp;Correct member…</source>
        <translation>Исп&amp;равить члена…</translation>
    </message>
    <message>
        <source>&amp;Remove member…</source>
        <translation>&amp;Выписать члена…</translation>
    </message>
    <message>
        <source>Add &amp;plot…</source>
        <translation>Добавить &amp;участок…</translation>
    </message>
    <message>
        <source>Correct p&amp;lot…</source>
        <translation>Испр&amp;авить участок…</translation>
    </message>
    <message>
        <source>Remo&amp;ve plot…</source>
        <translation>&amp;Снять участок…</translation>
    </message>
    <message>
        <source>Record &amp;head count…</source>
        <translation>Внести &amp;поголовье…</translation>
    </message>
    <message>
        <source>New &amp;application</source>
        <translation>Новое &amp;заявление</translation>
    </message>
    <message>
        <source>Application &amp;for this person</source>
        <translation>За&amp;явление на этого человека</translation>
    </message>
    <message>
        <source>The application form filled in for the head of the household</source>
        <translation>Форма заявления, заполненная на главу хозяйства</translation>
    </message>
    <message>
        <source>The application form filled in for the selected member</source>
        <translation>Форма заявления, заполненная на выбранного члена хозяйства</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены хозяйства</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Земля</translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation>Скот</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выбыл</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Area, ha</source>
        <translation>Площадь, га</translation>
    </message>
    <message>
        <source>State act No</source>
        <translation>Госакт №</translation>
    </message>
    <message>
        <source>Cadastral No</source>
        <translation>Кадастровый №</translation>
    </message>
    <message>
        <source>Livestock &amp;on:</source>
        <translation>Скот &amp;на дату:</translation>
    </message>
    <message>
        <source>Livestock group</source>
        <translation>Группа скота</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Голов</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
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
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>DEMO household: made-up data for practice, not a real record of the book.</source>
        <translation>ДЕМО-хозяйство: вымышленные данные для обучения, а не настоящая запись книги.</translation>
    </message>
    <message>
        <source>no head of household</source>
        <translation>главы хозяйства нет</translation>
    </message>
    <message>
        <source>Personal account No %1 — %2</source>
        <translation>Лицевой счёт № %1 — %2</translation>
    </message>
    <message>
        <source>%1, apt. %2</source>
        <translation>%1, кв. %2</translation>
    </message>
    <message>
        <source>Book No %1, page %2; opened on %3</source>
        <translation>Книга № %1, стр. %2; открыт %3</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>Closed on %1: %2</source>
        <translation>Закрыт %1: %2</translation>
    </message>
    <message>
        <source>Total: %1 ha</source>
        <translation>Всего: %1 га</translation>
    </message>
    <message>
        <source>Nothing recorded on or before this date.</source>
        <translation>На эту дату и ранее ничего не записано.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>по состоянию на %1</translation>
    </message>
    <message>
        <source>household</source>
        <translation>хозяйство</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член хозяйства</translation>
    </message>
    <message>
        <source>land plot</source>
        <translation>земельный участок</translation>
    </message>
    <message>
        <source>livestock</source>
        <translation>скот</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>снят</translation>
    </message>
    <message>
        <source>head count</source>
        <translation>поголовье</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>дата закрытия</translation>
    </message>
    <message>
        <source>reason for closing</source>
        <translation>причина закрытия</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>дата выбытия</translation>
    </message>
    <message>
        <source>reason for leaving</source>
        <translation>причина выбытия</translation>
    </message>
    <message>
        <source>registered from</source>
        <translation>зарегистрирован с</translation>
    </message>
    <message>
        <source>personal account</source>
        <translation>лицевой счёт</translation>
    </message>
    <message>
        <source>book No</source>
        <translation>книга №</translation>
    </message>
    <message>
        <source>page</source>
        <translation>страница</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <source>street</source>
        <translation>улица</translation>
    </message>
    <message>
        <source>house</source>
        <translation>дом</translation>
    </message>
    <message>
        <source>apartment</source>
        <translation>квартира</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>opened on</source>
        <translation>дата открытия</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>родство</translation>
    </message>
    <message>
        <source>use</source>
        <translation>назначение</translation>
    </message>
    <message>
        <source>area, ha</source>
        <translation>площадь, га</translation>
    </message>
    <message>
        <source>state act No</source>
        <translation>госакт №</translation>
    </message>
    <message>
        <source>cadastral No</source>
        <translation>кадастровый №</translation>
    </message>
    <message>
        <source>animal IDs</source>
        <translation>номера животных</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>import of %1, row %2</source>
        <translation>импорт из %1, строка %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HouseholdsTab</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>IIN, name, address or personal account No (Ctrl+F)</source>
        <translation>ИИН, ФИО, адрес или № лицевого счёта (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;Новое хозяйство…</translation>
    </message>
    <message>
        <source>Insert or Ctrl+N</source>
        <translation>Insert или Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import households from an Excel workbook (.xlsx) or a CSV file</source>
        <translation>Импорт хозяйств из книги Excel (.xlsx) или файла CSV</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Глава хозяйства</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Find a household on the left and press Enter to open its card, or add a new household (Insert).</source>
        <translation>Найдите хозяйство слева и нажмите Enter, чтобы открыть его карточку, или добавьте новое хозяйство (Insert).</translation>
    </message>
    <message>
        <source>Find a household on the left and press Enter to open its card.</source>
        <translation>Найдите хозяйство слева и нажмите Enter, чтобы открыть его карточку.</translation>
    </message>
    <message>
        <source>%1 (found: %2)</source>
        <translation>%1 (найден: %2)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>The household has no head: choose a member on the Members page.</source>
        <translation>У хозяйства нет главы: выберите члена хозяйства на странице «Члены».</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>Закрыть хозяйство</translation>
    </message>
    <message>
        <source>The household stays in the book&apos;s history. Why and from when is it closed?</source>
        <translation>Хозяйство останется в истории книги. С какой даты и почему оно закрывается?</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Выписать члена хозяйства</translation>
    </message>
    <message>
        <source>%1 leaves the household; the record stays in its history. Why and when?</source>
        <translation>%1 выбывает из хозяйства; запись останется в его истории. Когда и почему?</translation>
    </message>
    <message>
        <source>Remove a land plot</source>
        <translation>Снять земельный участок</translation>
    </message>
    <message>
        <source>The plot stays in the household&apos;s history. Why is it removed?</source>
        <translation>Участок останется в истории хозяйства. Почему он снимается?</translation>
    </message>
</context>
<context>
    <name>IinErrors</name>
    <message>
        <source>An IIN has 12 digits.</source>
        <translation>ИИН состоит из 12 цифр.</translation>
    </message>
    <message>
        <source>An IIN consists of digits only.</source>
        <translation>ИИН состоит только из цифр.</translation>
    </message>
    <message>
        <source>The IIN&apos;s check digit does not match: there is a typo in the number.</source>
        <translation>Контрольная цифра ИИН не сходится: в номере опечатка.</translation>
    </message>
    <message>
        <source>The first six digits of the IIN are not a valid birth date.</source>
        <translation>Первые шесть цифр ИИН не дают правильную дату рождения.</translation>
    </message>
    <message>
        <source>The seventh digit of an IIN is 1 to 6.</source>
        <translation>Седьмая цифра ИИН — от 1 до 6.</translation>
    </message>
    <message>
        <source>The birth date in this IIN is in the future.</source>
        <translation>Дата рождения в этом ИИН ещё не наступила.</translation>
    </message>
    <message>
        <source>A BIN has 12 digits.</source>
        <translation>БИН состоит из 12 цифр.</translation>
    </message>
    <message>
        <source>A BIN consists of digits only.</source>
        <translation>БИН состоит только из цифр.</translation>
    </message>
    <message>
        <source>The BIN&apos;s check digit does not match: there is a typo in the number.</source>
        <translation>Контрольная цифра БИН не совпадает: в номере опечатка.</translation>
    </message>
    <message>
        <source>Digits 3-4 of a BIN are the month of registration, 01 to 12.</source>
        <translation>Цифры 3–4 БИН — месяц регистрации, от 01 до 12.</translation>
    </message>
    <message>
        <source>This is not a BIN: its 5th digit must be 4, 5 or 6 and its 6th digit 0 to 3.</source>
        <translation>Это не БИН: его 5-я цифра должна быть 4, 5 или 6, а 6-я — от 0 до 3.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the household book</source>
        <translation>Загрузка похозяйственной книги</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import: what will change</source>
        <translation>Импорт: что изменится</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменённые</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Personal account number</source>
        <translation>Номер лицевого счёта</translation>
    </message>
    <message>
        <source>Book number</source>
        <translation>Номер книги</translation>
    </message>
    <message>
        <source>Book page</source>
        <translation>Страница книги</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Дом</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Full name (surname, name, patronymic)</source>
        <translation>ФИО полностью (фамилия, имя, отчество)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Отношение к главе хозяйства</translation>
    </message>
    <message>
        <source>Registered since</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Livestock counted on</source>
        <translation>Дата учёта скота</translation>
    </message>
    <message>
        <source>Address (street and house)</source>
        <translation>Адрес (улица и дом)</translation>
    </message>
    <message>
        <source>Opened in the book on</source>
        <translation>Дата открытия в книге</translation>
    </message>
    <message>
        <source>Land plot area, ha</source>
        <translation>Площадь участка, га</translation>
    </message>
    <message>
        <source>Kind of land</source>
        <translation>Вид угодий</translation>
    </message>
    <message>
        <source>Cattle, total</source>
        <translation>КРС, всего</translation>
    </message>
    <message>
        <source>Sheep and goats, total</source>
        <translation>Овцы и козы, всего</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as dd.mm.yyyy.</source>
        <translation>«%1» — не дата: укажите в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>“%1” is not a sex: write м or ж (ер or әйел).</source>
        <translation>«%1» — пол не распознан: укажите м или ж (ер или әйел).</translation>
    </message>
    <message>
        <source>“%1” is not a known relation to the head of household.</source>
        <translation>«%1» — неизвестное отношение к главе хозяйства.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«%1» — не целое число.</translation>
    </message>
    <message>
        <source>The same IIN is already in row %1.</source>
        <translation>Этот же ИИН уже есть в строке %1.</translation>
    </message>
    <message>
        <source>Differs from row %1 of the same personal account.</source>
        <translation>Отличается от строки %1 того же лицевого счёта.</translation>
    </message>
    <message>
        <source>Not imported: this household has a problem in row %1.</source>
        <translation>Не загружено: у этого хозяйства ошибка в строке %1.</translation>
    </message>
    <message>
        <source>No column is chosen for the personal account number.</source>
        <translation>Не выбран столбец с номером лицевого счёта.</translation>
    </message>
    <message>
        <source>Latin letters %1 changed to Cyrillic: “%2”.</source>
        <translation>Латинские буквы %1 заменены на кириллицу: «%2».</translation>
    </message>
    <message>
        <source>Leading zero restored: %1 → %2.</source>
        <translation>Восстановлен ведущий ноль: %1 → %2.</translation>
    </message>
    <message>
        <source>Relation not given: recorded as another relative.</source>
        <translation>Отношение не указано: записан как «другой родственник».</translation>
    </message>
    <message>
        <source>The parts (%2) are more than their total (%1): this row&apos;s head counts are not imported.</source>
        <translation>Части (%2) больше итога по группе (%1): поголовье этой строки не импортируется.</translation>
    </message>
    <message>
        <source>The total is %1 more than its parts: recorded as of no stated kind.</source>
        <translation>Итог по группе на %1 больше суммы частей: записано как «без разбивки».</translation>
    </message>
    <message>
        <source>“%1” is a negative head count: this row&apos;s head counts are not imported.</source>
        <translation>«%1» — отрицательное поголовье: поголовье этой строки не импортируется.</translation>
    </message>
    <message>
        <source>“%1” is not a whole head count: this row&apos;s head counts are not imported.</source>
        <translation>«%1» — поголовье не целое: поголовье этой строки не импортируется.</translation>
    </message>
    <message>
        <source>Sex not given: taken from the name as %1. Check it.</source>
        <translation>Пол не указан: по фамилии и отчеству принят «%1». Проверьте.</translation>
    </message>
    <message>
        <source>Account number “%1” read as %2, like the others in the file.</source>
        <translation>Лицевой счёт «%1» прочитан как %2, как остальные в файле.</translation>
    </message>
    <message>
        <source>This personal account is already used in row %1: the two households are not merged. Give one of them its own account number.</source>
        <translation>Этот лицевой счёт уже есть в строке %1: два хозяйства не объединяются. Дайте одному из них свой номер счёта.</translation>
    </message>
    <message>
        <source>No household with personal account “%1” in the households&apos; sheet.</source>
        <translation>На листе хозяйств нет хозяйства с лицевым счётом «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a known kind of land.</source>
        <translation>«%1» — неизвестный вид угодий.</translation>
    </message>
    <message>
        <source>Personal account %1 has no person&apos;s row: nobody to register.</source>
        <translation>У лицевого счёта %1 нет ни одной строки с человеком: некого зарегистрировать.</translation>
    </message>
    <message>
        <source>“%1” is not an area more than zero.</source>
        <translation>«%1» — не площадь больше нуля.</translation>
    </message>
    <message>
        <source>Rows %1–%2 belong to personal account %3.</source>
        <translation>Строки %1–%2 относятся к лицевому счёту %3.</translation>
    </message>
    <message>
        <source>A totals row: skipped (its figures are compared).</source>
        <translation>Строка итогов: пропущена (её цифры сверяются).</translation>
    </message>
    <message>
        <source>A note: skipped.</source>
        <translation>Примечание: пропущено.</translation>
    </message>
    <message>
        <source>A signature line: skipped.</source>
        <translation>Строка подписи: пропущена.</translation>
    </message>
    <message>
        <source>Column not imported (no field chosen for it): %1 cells.</source>
        <translation>Столбец не импортируется (для него не выбрано поле): ячеек — %1.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл не найден.</translation>
    </message>
    <message>
        <source>Another program has the file open (Excel?). Close it there and try again.</source>
        <translation>Файл открыт другой программой (Excel?). Закройте его там и повторите.</translation>
    </message>
    <message>
        <source>Reading stopped half way: was the USB stick pulled out? Put it back and try again. Nothing was imported.</source>
        <translation>Чтение прервалось на середине: флешку вынули? Вставьте её и повторите. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file is too large to import (%1 MB; at most %2 MB).</source>
        <translation>Файл слишком большой для импорта (%1 МБ; не больше %2 МБ).</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more than a household book holds: it is damaged or not a book. Save the book again from Excel, or as CSV.</source>
        <translation>Книга Excel распаковывается в объём, намного больший, чем бывает у похозяйственной книги: она повреждена или это не книга. Сохраните книгу из Excel заново или в CSV.</translation>
    </message>
    <message>
        <source>Sheet “%1” has more rows than the import takes (at most %2).</source>
        <translation>На листе «%1» больше строк, чем принимает импорт (не больше %2).</translation>
    </message>
    <message>
        <source>Sheet “%1” reaches too far (often one stray value far to the right or below the table). Delete the empty rows and columns after the table and try again.</source>
        <translation>Лист «%1» слишком велик (часто из-за одного значения далеко справа или ниже таблицы). Удалите пустые строки и столбцы после таблицы и повторите.</translation>
    </message>
    <message>
        <source>The workbook is protected by a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect workbook) and save it, then import it.</source>
        <translation>Книга защищена паролем. Откройте её в Excel, снимите пароль (Файл &gt; Сведения &gt; Защита книги), сохраните и затем импортируйте.</translation>
    </message>
    <message>
        <source>This is not a spreadsheet. Choose the .xlsx, .xls or .csv file of the book.</source>
        <translation>Это не таблица. Выберите файл книги .xlsx, .xls или .csv.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”.</source>
        <translation>В книге нет листа «%1».</translation>
    </message>
    <message>
        <source>No row of column names was found in sheet “%1”. Add a row of headings above the table.</source>
        <translation>На листе «%1» не найдена строка с названиями столбцов. Добавьте строку заголовков над таблицей.</translation>
    </message>
    <message>
        <source>This kind of file cannot be read. Save it from Excel as .xlsx or as CSV and try again.</source>
        <translation>Такой файл прочитать нельзя. Сохраните его в Excel как .xlsx или CSV и повторите.</translation>
    </message>
    <message>
        <source>The file cannot be read: it is damaged or is not a spreadsheet (.xlsx or .csv).</source>
        <translation>Файл не читается: он повреждён или это не таблица (.xlsx или .csv).</translation>
    </message>
    <message>
        <source>The file has no rows with values.</source>
        <translation>В файле нет заполненных строк.</translation>
    </message>
    <message>
        <source>Row %1 belongs to personal account %3.</source>
        <translation>Строка %1 относится к лицевому счёту %3.</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
</context>
<context>
    <name>LivestockDialog</name>
    <message>
        <source>Livestock head count</source>
        <translation>Поголовье скота</translation>
    </message>
    <message>
        <source>Counted &amp;on:</source>
        <translation>Дата &amp;учёта:</translation>
    </message>
    <message>
        <source>Veterinary passport / &amp;animal IDs:</source>
        <translation>Ветпаспорт / &amp;номера животных:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>%1

Is the number right? Save it anyway?</source>
        <translation>%1

Число верное? Всё равно сохранить?</translation>
    </message>
</context>
<context>
    <name>LockWaitDialog</name>
    <message>
        <source>Waiting for the database</source>
        <translation>Ожидание базы данных</translation>
    </message>
    <message>
        <source>Waiting for the database: another program is writing to it (a backup, an exchange or a second window). Waiting…</source>
        <translation>Ожидание базы данных: в неё пишет другая программа (резервное копирование, обмен или второе окно). Подождите…</translation>
    </message>
    <message>
        <source>Waited: %1 s</source>
        <translation>Прошло: %1 с</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Auyl Desk: log in</source>
        <translation>Auyl Desk: вход</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Auyl Desk</source>
        <translation>Auyl Desk</translation>
    </message>
    <message>
        <source>Enter your login name and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>Экран заблокирован</translation>
    </message>
    <message>
        <source>%1 is logged in: type the password to go on. Another clerk types their own login name and password instead.</source>
        <translation>Вошёл(а) %1: чтобы продолжить, введите пароль. Другой специалист вводит свой логин и пароль.</translation>
    </message>
</context>
<context>
    <name>LostDatabaseDialog</name>
    <message>
        <source>The database is missing</source>
        <translation>База данных отсутствует</translation>
    </message>
    <message>
        <source>The database %1 is missing or empty, but an akim office was set up on this PC before.</source>
        <translation>База данных %1 отсутствует или пуста, но на этом компьютере раньше был настроен аппарат акима.</translation>
    </message>
    <message>
        <source>Restore the latest good backup (below, or from a stick), or start anew with an empty database and set the office up again. If you are not sure, quit and call the district IT person.</source>
        <translation>Восстановите последнюю исправную резервную копию (ниже или с флешки) либо начните заново с пустой базой и снова настройте аппарат акима. Если не уверены, выйдите и позвоните ИТ-специалисту района.</translation>
    </message>
    <message>
        <source>&amp;Open a backup file…</source>
        <translation>&amp;Открыть файл копии…</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup</source>
        <translation>&amp;Восстановить выбранную копию</translation>
    </message>
    <message>
        <source>Start &amp;anew</source>
        <translation>Начать &amp;заново</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Open a backup file</source>
        <translation>Открыть файл резервной копии</translation>
    </message>
    <message>
        <source>Auyl Desk databases (*.sqlite3);;All files (*)</source>
        <translation>Базы данных Auyl Desk (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Start with an empty database? The office, its households and its numbers will have to be entered again. Backups stay where they are.</source>
        <translation>Начать с пустой базой данных? Аппарат акима, хозяйства и номера придётся вводить заново. Резервные копии останутся на месте.</translation>
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
        <source>&amp;Lock the screen / switch clerk</source>
        <translation>&amp;Заблокировать экран / сменить специалиста</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Сменить мой &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <source>Backups and &amp;restore…</source>
        <translation>Резервные копии и &amp;восстановление…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Очередь</translation>
    </message>
    <message>
        <source>Call the &amp;next visitor</source>
        <translation>Вызвать &amp;следующего посетителя</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Waiting-room display</source>
        <translation>&amp;Табло зала ожидания</translation>
    </message>
    <message>
        <source>Waiting-room display, &amp;full screen</source>
        <translation>Табло зала ожидания во &amp;весь экран</translation>
    </message>
    <message>
        <source>F11 toggles full screen, Esc leaves it</source>
        <translation>F11 включает и выключает полноэкранный режим, Esc выходит из него</translation>
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
        <source>&amp;Working calendar: decreed transfers…</source>
        <translation>&amp;Рабочий календарь: перенесённые дни…</translation>
    </message>
    <message>
        <source>&amp;Complaints: talon paper and terms…</source>
        <translation>&amp;Жалобы: бумага талона и сроки…</translation>
    </message>
    <message>
        <source>Waiting-room display: &amp;highlight time…</source>
        <translation>Табло зала ожидания: время &amp;подсветки…</translation>
    </message>
    <message>
        <source>Acc&amp;ounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <source>Screen &amp;lock after idle time…</source>
        <translation>&amp;Блокировка экрана при бездействии…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>Personal data: retention and p&amp;urging…</source>
        <translation>Персональные данные: хранение и &amp;удаление…</translation>
    </message>
    <message>
        <source>&amp;Add demo households…</source>
        <translation>&amp;Добавить демонстрационные хозяйства…</translation>
    </message>
    <message>
        <source>Remove &amp;demo households…</source>
        <translation>Удалить &amp;демонстрационные хозяйства…</translation>
    </message>
    <message>
        <source>&amp;Printers: test print</source>
        <translation>&amp;Принтеры: пробная печать</translation>
    </message>
    <message>
        <source>Queue &amp;ticket…</source>
        <translation>&amp;Талон очереди…</translation>
    </message>
    <message>
        <source>&amp;Talon…</source>
        <translation>Т&amp;алон о приёме документов…</translation>
    </message>
    <message>
        <source>&amp;Refusal notice…</source>
        <translation>&amp;Уведомление об отказе…</translation>
    </message>
    <message>
        <source>&amp;Application form…</source>
        <translation>&amp;Бланк заявления…</translation>
    </message>
    <message>
        <source>Certificate 1 (household farm)…</source>
        <translation>Справка 1 (подсобное хозяйство)…</translation>
    </message>
    <message>
        <source>Certificate 2 (livestock)…</source>
        <translation>Справка 2 (поголовье скота)…</translation>
    </message>
    <message>
        <source>&amp;Indicator report…</source>
        <translation>&amp;Отчёт по показателям…</translation>
    </message>
    <message>
        <source>Complaint ta&amp;lon…</source>
        <translation>Та&amp;лон жалобы…</translation>
    </message>
    <message>
        <source>Oral complaint &amp;protocol…</source>
        <translation>&amp;Протокол устной жалобы…</translation>
    </message>
    <message>
        <source>E&amp;xtension notice…</source>
        <translation>Уведомление о &amp;продлении…</translation>
    </message>
    <message>
        <source>&amp;Forwarding notice…</source>
        <translation>Уведомление о н&amp;аправлении…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощь</translation>
    </message>
    <message>
        <source>&amp;Verify certificate…</source>
        <translation>&amp;Проверить справку…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <source>&amp;About Auyl Desk</source>
        <translation>&amp;О программе Auyl Desk</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <source>Household book</source>
        <translation>Похозяйственная книга</translation>
    </message>
    <message>
        <source>District: %1 (No %2)</source>
        <translation>Район: %1 (№ %2)</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Блокировка экрана</translation>
    </message>
    <message>
        <source>After how many minutes without a key or the mouse does the screen lock? (0: never)</source>
        <translation>Через сколько минут без клавиатуры и мыши блокировать экран? (0: никогда)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Создаётся резервная копия базы данных…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервная копия записана: %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Office: %1 (No %2)</source>
        <translation>Акимат: %1 (№ %2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>В очереди никого нет.</translation>
    </message>
    <message>
        <source>Called: %1</source>
        <translation>Вызван: %1</translation>
    </message>
    <message>
        <source>Waiting-room display</source>
        <translation>Табло зала ожидания</translation>
    </message>
    <message>
        <source>How many seconds does a number just called stay highlighted?</source>
        <translation>Сколько секунд подсвечивается только что вызванный номер?</translation>
    </message>
    <message>
        <source>Add demo households</source>
        <translation>Добавление демонстрационных хозяйств</translation>
    </message>
    <message>
        <source>How many demo households to add? They are marked DEMO everywhere and can be removed again.</source>
        <translation>Сколько демонстрационных хозяйств добавить? Они везде помечены DEMO, их можно удалить.</translation>
    </message>
    <message>
        <source>Adding demo households…</source>
        <translation>Добавляются демонстрационные хозяйства…</translation>
    </message>
    <message>
        <source>Stopped. The demo households added before you pressed Cancel stay in the book, marked DEMO; Settings &gt; Remove demo households takes them out.</source>
        <translation>Остановлено. Демонстрационные хозяйства, добавленные до нажатия «Отмена», остаются в книге с пометкой DEMO; их убирает пункт Настройки &gt; Удалить демонстрационные хозяйства.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo household(s) added.</source>
        <translation>
            <numerusform>Добавлено %n демонстрационное хозяйство.</numerusform>
            <numerusform>Добавлено %n демонстрационных хозяйства.</numerusform>
            <numerusform>Добавлено %n демонстрационных хозяйств.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove demo households</source>
        <translation>Удаление демонстрационных хозяйств</translation>
    </message>
    <message>
        <source>Remove every household marked DEMO from the book? Real households are not touched. The demo records stay in history as deleted.</source>
        <translation>Удалить из книги все хозяйства с пометкой DEMO? Настоящие хозяйства не затрагиваются. Демонстрационные записи остаются в истории как удалённые.</translation>
    </message>
    <message>
        <source>Removing demo households…</source>
        <translation>Удаляются демонстрационные хозяйства…</translation>
    </message>
    <message numerus="yes">
        <source>%n demo household(s) removed.</source>
        <translation>
            <numerusform>Удалено %n демонстрационное хозяйство.</numerusform>
            <numerusform>Удалено %n демонстрационных хозяйства.</numerusform>
            <numerusform>Удалено %n демонстрационных хозяйств.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Choose which column of the file holds each field. The choice is remembered for files with the same column names.</source>
        <translation>Укажите, в каком столбце файла находится каждое поле. Выбор запоминается для файлов с такими же названиями столбцов.</translation>
    </message>
    <message>
        <source>Data &amp;as of:</source>
        <translation>Данные &amp;на дату:</translation>
    </message>
    <message>
        <source>&amp;Locality for rows that name none:</source>
        <translation>&amp;Населённый пункт для строк без него:</translation>
    </message>
    <message>
        <source>Members are read from sheet “%1” by personal account.</source>
        <translation>Члены хозяйства читаются с листа «%1» по лицевому счёту.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не загружать —</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Выберите столбец для: %1.</translation>
    </message>
    <message>
        <source>Choose the locality of the households.</source>
        <translation>Выберите населённый пункт хозяйств.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Проверка %n строки…</numerusform>
            <numerusform>Проверка %n строк…</numerusform>
            <numerusform>Проверка %n строк…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a member of the household</source>
        <translation>Добавить члена хозяйства</translation>
    </message>
    <message>
        <source>Correct a member: %1</source>
        <translation>Исправить члена хозяйства: %1</translation>
    </message>
    <message>
        <source>Reason for the &amp;change:</source>
        <translation>П&amp;ричина изменения:</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
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
        <source>&amp;IIN:</source>
        <translation>И&amp;ИН:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Relation to the head:</source>
        <translation>Р&amp;одство с главой:</translation>
    </message>
    <message>
        <source>Registered &amp;from:</source>
        <translation>Зарегистрирован &amp;с:</translation>
    </message>
    <message>
        <source>Personal data &amp;kept on:</source>
        <translation>Основание &amp;хранения данных:</translation>
    </message>
    <message>
        <source>C&amp;onsent given on:</source>
        <translation>Дата со&amp;гласия:</translation>
    </message>
    <message>
        <source>12 digits; fills the birth date and sex</source>
        <translation>12 цифр; дата рождения и пол берутся из него</translation>
    </message>
    <message>
        <source>Leave empty to take it from the IIN</source>
        <translation>Оставьте пустым, чтобы взять из ИИН</translation>
    </message>
    <message>
        <source>from the IIN</source>
        <translation>по ИИН</translation>
    </message>
    <message>
        <source>the household book (statistics law)</source>
        <translation>похозяйственная книга (закон о статистике)</translation>
    </message>
    <message>
        <source>a state service</source>
        <translation>государственная услуга</translation>
    </message>
    <message>
        <source>the person&apos;s consent</source>
        <translation>согласие лица</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office&apos;s signing key</source>
        <translation>Ключ подписи аппарата акима</translation>
    </message>
    <message>
        <source>The office&apos;s key file on this computer is not the key this database knows: it was replaced by another key. Auyl Desk signs no certificate until an administrator makes a new key (Settings &gt; Make a new office key…), which revokes the office&apos;s earlier keys from that moment.</source>
        <translation>Файл ключа аппарата акима на этом компьютере — не тот ключ, который знает эта база данных: его заменили другим ключом. Auyl Desk не подписывает ни одной справки, пока администратор не создаст новый ключ (Настройки &gt; Создать новый ключ аппарата…); он отзывает прежние ключи аппарата с этого момента.</translation>
    </message>
    <message>
        <source>Make a new office &amp;key…</source>
        <translation>Создать новый &amp;ключ аппарата…</translation>
    </message>
    <message>
        <source>A new signing key is made and the office&apos;s keys in force are revoked from now: certificates signed before today stay valid, the old keys sign nothing more.

Why is the key replaced?</source>
        <translation>Будет создан новый ключ подписи, а действующие ключи аппарата будут отозваны с этого момента: справки, подписанные до сегодняшнего дня, остаются действительными, старые ключи больше ничего не подписывают.

Почему ключ заменяется?</translation>
    </message>
    <message>
        <source>Write the reason: it is kept with the revocation.</source>
        <translation>Укажите причину: она сохраняется вместе с отзывом.</translation>
    </message>
    <message>
        <source>The new office key %1 is made. The earlier keys are revoked from now.</source>
        <translation>Новый ключ аппарата %1 создан. Прежние ключи отозваны с этого момента.</translation>
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
    <name>PasswordForm</name>
    <message>
        <source>Change my password</source>
        <translation>Смена моего пароля</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>New password a&amp;gain:</source>
        <translation>Новый пароль &amp;ещё раз:</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Предварительный просмотр: %1</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Печать...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Сохранить как PDF...</translation>
    </message>
    <message>
        <source>The document cannot be shown.</source>
        <translation>Документ не удаётся показать.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The document is kept: save it as PDF, or set up a printer and print it again.</source>
        <translation>На этом компьютере не настроен принтер. Документ не потерян: сохраните его как PDF или настройте принтер и напечатайте снова.</translation>
    </message>
    <message>
        <source>The print service did not take the document for the printer %1, so it will not be printed. The document is kept: check the printer in the printer settings and print it again, or save it as PDF.</source>
        <translation>Служба печати не приняла документ для принтера %1, поэтому он не будет напечатан. Документ не потерян: проверьте принтер в настройках принтеров и напечатайте снова или сохраните как PDF.</translation>
    </message>
    <message>
        <source>Printing cancelled. The document is kept; print it later.</source>
        <translation>Печать отменена. Документ не потерян, его можно напечатать позже.</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>Прин&amp;тер:</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>Отправлено на принтер %1.</translation>
    </message>
    <message>
        <source>The print service of this computer is not running, so nothing was printed. The document is kept: start the print service (or restart the computer) and print it again, or save it as PDF.</source>
        <translation>Служба печати этого компьютера не работает, поэтому ничего не напечатано. Документ не потерян: запустите службу печати (или перезагрузите компьютер) и напечатайте его снова или сохраните как PDF.</translation>
    </message>
    <message>
        <source>The printer %1 is no longer set up on this computer, so nothing was printed. The document is kept: choose another printer and print it again, or save it as PDF.</source>
        <translation>Принтер %1 больше не настроен на этом компьютере, поэтому ничего не напечатано. Документ не потерян: выберите другой принтер и напечатайте его снова или сохраните как PDF.</translation>
    </message>
    <message>
        <source>The printer %1 is paused, so nothing was sent to it. The document is kept: resume the printer in the printer settings and print it again, or choose another printer.</source>
        <translation>Принтер %1 приостановлен, поэтому на него ничего не отправлено. Документ не потерян: возобновите работу принтера в настройках принтеров и напечатайте снова или выберите другой принтер.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>The document has no pages to print.</source>
        <translation>В документе нет страниц для печати.</translation>
    </message>
    <message>
        <source>The printer %1 reported an error. The document is kept: check the printer (paper, power, cable) and print again, or save it as PDF.</source>
        <translation>Принтер %1 сообщил об ошибке. Документ не потерян: проверьте принтер (бумагу, питание, кабель) и напечатайте снова или сохраните как PDF.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <source>%1. A person&apos;s data are kept for the period below after their registration in the book ended (they left the household, or it closed); then they are purged: the record stays without name, IIN, birth date or address.</source>
        <translation>%1. Данные человека хранятся указанный ниже срок после окончания его регистрации в книге (выбыл из хозяйства или хозяйство закрыто), затем удаляются: запись остаётся без имени, ИИН, даты рождения и адреса.</translation>
    </message>
    <message>
        <source>&amp;Retention period, years:</source>
        <translation>&amp;Срок хранения, лет:</translation>
    </message>
    <message>
        <source>The default, years: %1</source>
        <translation>Срок по умолчанию, лет: %1</translation>
    </message>
    <message>
        <source>&amp;People kept past the period:</source>
        <translation>&amp;Лица, чей срок хранения истёк:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Left the book</source>
        <translation>Выбыл из книги</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Хранить до</translation>
    </message>
    <message>
        <source>P&amp;urge the selected person…</source>
        <translation>&amp;Удалить данные выбранного лица…</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>Сначала выберите человека в списке.</translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <source>%1: the name, IIN, birth date and address are removed for good, here and, by the next exchange, at the district. Why?</source>
        <translation>%1: имя, ИИН, дата рождения и адрес удаляются навсегда — здесь и, при следующем обмене, в районе. Причина?</translation>
    </message>
</context>
<context>
    <name>PlotDialog</name>
    <message>
        <source>Add a land plot</source>
        <translation>Добавить земельный участок</translation>
    </message>
    <message>
        <source>Correct a land plot</source>
        <translation>Исправить земельный участок</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Назначение:</translation>
    </message>
    <message>
        <source>&amp;Area, ha:</source>
        <translation>&amp;Площадь, га:</translation>
    </message>
    <message>
        <source>State &amp;act No:</source>
        <translation>Гос&amp;акт №:</translation>
    </message>
    <message>
        <source>&amp;Cadastral No:</source>
        <translation>&amp;Кадастровый №:</translation>
    </message>
    <message>
        <source>Reason for the c&amp;hange:</source>
        <translation>П&amp;ричина изменения:</translation>
    </message>
    <message>
        <source>e.g. 0,15</source>
        <translation>например, 0,15</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Проверка перед загрузкой</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>Problems, things to check and notes:</source>
        <translation>Ошибки, что проверить, и примечания:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Rows: %1. Ready to import: %2; with errors (not imported): %3. Households: %4 new, %5 to update, %6 unchanged.</source>
        <translation>Строк: %1. Готово к загрузке: %2; с ошибками (не загружаются): %3. Хозяйств: новых %4, обновится %5, без изменений %6.</translation>
    </message>
    <message>
        <source>To import, data as of %1: %2 households, %3 people, land %4 ha; head: %5.</source>
        <translation>Будет импортировано, данные на %1: хозяйств — %2, людей — %3, земли %4 га; поголовье: %5.</translation>
    </message>
    <message>
        <source>The file&apos;s totals row: land %1 ha; head: %2.</source>
        <translation>Строка итогов файла: земли %1 га; поголовье: %2.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Stopping… Nothing of the unfinished step is kept.</source>
        <translation>Останавливается… Из незавершённого шага ничего не сохранится.</translation>
    </message>
</context>
<context>
    <name>QueueDisplay</name>
    <message>
        <source>Now serving</source>
        <translation>Вызваны</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Waiting-room display</source>
        <translation>Табло зала ожидания</translation>
    </message>
</context>
<context>
    <name>QueueErrors</name>
    <message>
        <source>The office is closed. It opens at %1.</source>
        <translation>Приём закрыт. Откроется: %1.</translation>
    </message>
    <message>
        <source>Set up the office and the clerk first (Settings).</source>
        <translation>Сначала укажите аппарат акима и специалиста (Настройки).</translation>
    </message>
    <message>
        <source>Write the reason: it is recorded.</source>
        <translation>Укажите причину: она будет записана.</translation>
    </message>
    <message>
        <source>This cannot be done with the ticket in its present state.</source>
        <translation>С талоном в его текущем состоянии это сделать нельзя.</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting.</source>
        <translation>Этот талон уже не в очереди.</translation>
    </message>
    <message>
        <source>The ticket was not found.</source>
        <translation>Талон не найден.</translation>
    </message>
    <message>
        <source>Unknown purpose.</source>
        <translation>Неизвестная цель визита.</translation>
    </message>
    <message>
        <source>Ticket %1 is still at your desk: say how that visit ended first.</source>
        <translation>Талон %1 ещё у вашего стола: сначала укажите, чем закончился этот приём.</translation>
    </message>
    <message>
        <source>The queue cannot do this (%1).</source>
        <translation>Очередь не может это выполнить (%1).</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>called</source>
        <translation>вызван</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>обслуживается</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>не явился</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>снят с очереди</translation>
    </message>
    <message>
        <source>documents accepted</source>
        <translation>документы приняты</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>result issued</source>
        <translation>результат выдан</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>консультация</translation>
    </message>
    <message>
        <source>Issue a queue ticket</source>
        <translation>Выдать талон очереди</translation>
    </message>
    <message>
        <source>Ticket language:</source>
        <translation>Язык талона:</translation>
    </message>
    <message>
        <source>Call &amp;next (F5)</source>
        <translation>Вызвать &amp;следующего (F5)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать приём</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>No-&amp;show</source>
        <translation>&amp;Не явился</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>&amp;Повторный вызов</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>Сн&amp;ять с очереди</translation>
    </message>
    <message>
        <source>Redi&amp;rect…</source>
        <translation>&amp;Перенаправить…</translation>
    </message>
    <message>
        <source>Call &amp;out of order…</source>
        <translation>Вызвать &amp;вне очереди…</translation>
    </message>
    <message>
        <source>Issue &amp;anyway…</source>
        <translation>&amp;Всё равно выдать…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Буква</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель визита</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Waited, min</source>
        <translation>Ждёт, мин</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>В очереди: %1</translation>
    </message>
    <message>
        <source>Closed: opens at %1</source>
        <translation>Приём закрыт. Откроется: %1</translation>
    </message>
    <message>
        <source>Issue outside hours</source>
        <translation>Выдача вне часов приёма</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Цель визита:</translation>
    </message>
    <message>
        <source>The office is closed now. Why is a ticket issued anyway?</source>
        <translation>Сейчас приём закрыт. Укажите, почему талон всё же выдаётся.</translation>
    </message>
    <message>
        <source>Call out of order</source>
        <translation>Вызов вне очереди</translation>
    </message>
    <message>
        <source>Calling %1 before its turn: the standard serves in order of arrival. Write the reason; it is recorded.</source>
        <translation>%1 вызывается раньше своей очереди: по стандарту приём ведётся в порядке прихода. Укажите причину, она будет записана.</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Не явился</translation>
    </message>
    <message>
        <source>Mark ticket %1 as not come?</source>
        <translation>Отметить талон %1 как «не явился»?</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Перенаправить</translation>
    </message>
    <message>
        <source>New purpose for %1 (keeps its place in line):</source>
        <translation>Новая цель для %1 (место в очереди сохраняется):</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>e.g. moved to Karaganda</source>
        <translation>например, переехал в Караганду</translation>
    </message>
    <message>
        <source>Write the reason: it is kept in the history.</source>
        <translation>Укажите причину: она сохранится в истории.</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Records behind indicator %1</source>
        <translation>Записи показателя %1</translation>
    </message>
    <message>
        <source>No records are counted for this value.</source>
        <translation>Для этого значения записи не считаются.</translation>
    </message>
    <message>
        <source>%1 records; those counted in the share are marked.</source>
        <translation>Записей: %1; вошедшие в долю отмечены.</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>Записать исправление…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Applicant or purpose</source>
        <translation>Услугополучатель или цель</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Вошла в долю</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Dates from–to</source>
        <translation>Даты с–по</translation>
    </message>
    <message>
        <source>Queue and applications</source>
        <translation>Очередь и заявления</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Печать отчёта…</translation>
    </message>
    <message>
        <source>Save spreadsheet…</source>
        <translation>Сохранить таблицу…</translation>
    </message>
    <message>
        <source>Indicator 3.3…</source>
        <translation>Показатель 3.3…</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Утвердить…</translation>
    </message>
    <message>
        <source>Fix the period&apos;s 12 indicators as counted now, under the akim&apos;s name</source>
        <translation>Закрепить 12 показателей периода в подсчитанном сейчас виде от имени акима</translation>
    </message>
    <message>
        <source>The share of service information available over the internet, as set</source>
        <translation>Доля информации об услугах, доступной через интернет (задаётся)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Norm, %</source>
        <translation>Нормативное значение, %</translation>
    </message>
    <message>
        <source>Target next year, %</source>
        <translation>Цель на следующий год, %</translation>
    </message>
    <message>
        <source>Value, %</source>
        <translation>Значение, %</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Median wait, min</source>
        <translation>Медиана ожидания, мин</translation>
    </message>
    <message>
        <source>90th percentile, min</source>
        <translation>90-й процентиль, мин</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>В пределах лимита</translation>
    </message>
    <message>
        <source>Values worse than the norm are highlighted. Double-click a value to see the records behind it, or a target to change it.</source>
        <translation>Значения хуже норматива выделены. Двойной щелчок по значению открывает записи, по цели — позволяет её изменить.</translation>
    </message>
    <message>
        <source>Counting the indicators…</source>
        <translation>Показатели считаются…</translation>
    </message>
    <message>
        <source>Pick a period and press Show.</source>
        <translation>Выберите период и нажмите «Показать».</translation>
    </message>
    <message>
        <source>Period %1; counted at %2; surveys answered: %3.</source>
        <translation>Период: %1; подсчитано: %2; ответов на опрос: %3.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Queue: %1 visitors, %2 served, %3 no-shows, %4 never called; busiest hours: %5. Applications: %6 handed in, %7 accepted, %8 refused, %9 issued, %10 overdue now.</source>
        <translation>Очередь: посетителей %1, обслужено %2, неявок %3, не вызвано %4; самые загруженные часы: %5. Заявления: подано %6, принято %7, отказано %8, выдано %9, сейчас просрочено %10.</translation>
    </message>
    <message>
        <source>All visitors</source>
        <translation>Все посетители</translation>
    </message>
    <message>
        <source>Nothing to draw: the period has no visitors and no applications.</source>
        <translation>Рисовать нечего: за период нет ни посетителей, ни заявлений.</translation>
    </message>
    <message>
        <source>Sign-off %1: %2, %3</source>
        <translation>Утверждение №%1: %2, %3</translation>
    </message>
    <message>
        <source>Not signed off by the akim: the report is a draft.</source>
        <translation>Не утверждён акимом: отчёт – черновик.</translation>
    </message>
    <message>
        <source>Signed off by %2 on %3.</source>
        <translation>Утвердил(а): %2, %3.</translation>
    </message>
    <message>
        <source>Signed off by %2 on %3; changed since sign-off: indicators %1.</source>
        <translation>Утвердил(а): %2, %3; изменились после утверждения показатели: %1.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Утверждение отчёта</translation>
    </message>
    <message>
        <source>Sign off the indicator report: %1?

Its 12 indicators will be fixed as counted now (%2), under your name, and printed as signed. This cannot be undone: once the figures change, a new sign-off can supersede this one, and both are kept.</source>
        <translation>Утвердить отчёт о показателях: %1?

Его 12 показателей будут закреплены в подсчитанном сейчас виде (%2) от вашего имени и будут печататься как утверждённые. Отменить это нельзя: когда показатели изменятся, новое утверждение может заменить это, и оба сохранятся.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>A target is a share from 0 to 100 %.</source>
        <translation>Цель — доля от 0 до 100 %.</translation>
    </message>
    <message>
        <source>Indicator 3.3</source>
        <translation>Показатель 3.3</translation>
    </message>
    <message>
        <source>Share of service information available over the internet, %:</source>
        <translation>Доля информации об услугах, доступной через интернет, %:</translation>
    </message>
    <message>
        <source>Save spreadsheet</source>
        <translation>Сохранить таблицу</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>Загрузка завершена</translation>
    </message>
    <message>
        <source>&amp;Save invalid rows…</source>
        <translation>&amp;Сохранить строки с ошибками…</translation>
    </message>
    <message>
        <source>Households created: %1, updated: %2, unchanged: %3.
Members added: %4, updated: %5.
Rows not imported: %6.</source>
        <translation>Хозяйств создано: %1, обновлено: %2, без изменений: %3.
Членов добавлено: %4, обновлено: %5.
Не загружено строк: %6.</translation>
    </message>
    <message>
        <source>to_fix</source>
        <translation>исправить</translation>
    </message>
    <message>
        <source>Save invalid rows</source>
        <translation>Сохранить строки с ошибками</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>The file cannot be saved: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1. Correct them and import that file.</source>
        <translation>
            <numerusform>%n строка сохранена в %1. Исправьте и загрузите этот файл.</numerusform>
            <numerusform>%n строки сохранены в %1. Исправьте их и загрузите этот файл.</numerusform>
            <numerusform>%n строк сохранено в %1. Исправьте их и загрузите этот файл.</numerusform>
        </translation>
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
        <source>&amp;Akim:</source>
        <translation>&amp;Аким:</translation>
    </message>
    <message>
        <source>Akim&apos;s pos&amp;ition:</source>
        <translation>&amp;Должность акима:</translation>
    </message>
    <message>
        <source>Akim&apos;s position in R&amp;ussian:</source>
        <translation>Должность акима по-&amp;русски:</translation>
    </message>
    <message>
        <source>surname and initials, for certificates (optional)</source>
        <translation>фамилия и инициалы, для справок (необязательно)</translation>
    </message>
    <message>
        <source>e.g. akim of the rural okrug</source>
        <translation>например, аким сельского округа</translation>
    </message>
    <message>
        <source>for Russian certificates; empty: made from the office&apos;s name</source>
        <translation>для справок на русском; если пусто — по названию акимата</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>Входы в программу</translation>
    </message>
    <message>
        <source>Clerk&apos;s &amp;login:</source>
        <translation>&amp;Логин специалиста:</translation>
    </message>
    <message>
        <source>Clerk&apos;s pass&amp;word:</source>
        <translation>Пар&amp;оль специалиста:</translation>
    </message>
    <message>
        <source>The same a&amp;gain:</source>
        <translation>Ещё р&amp;аз:</translation>
    </message>
    <message>
        <source>A&amp;dministrator&apos;s login:</source>
        <translation>Логин &amp;администратора:</translation>
    </message>
    <message>
        <source>Administrator&apos;s passwo&amp;rd:</source>
        <translation>Пароль адми&amp;нистратора:</translation>
    </message>
    <message>
        <source>The same agai&amp;n:</source>
        <translation>Ещё ра&amp;з:</translation>
    </message>
    <message>
        <source>e.g. chief specialist</source>
        <translation>например, главный специалист</translation>
    </message>
    <message>
        <source>&amp;Add %1 demo households to try the program (marked DEMO everywhere; Settings can remove them)</source>
        <translation>&amp;Добавить %1 демонстрационных хозяйств, чтобы опробовать программу (везде помечены DEMO; их можно удалить в Настройках)</translation>
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
    <message>
        <source>Adding demo households…</source>
        <translation>Добавляются демонстрационные хозяйства…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Auyl Desk</source>
        <translation>Auyl Desk</translation>
    </message>
    <message>
        <source>This is the installation of %1, which has no account yet. Its first administrator is added on the command line:

auyl-desk accounts add --role administrator --name &quot;Surname Name&quot; --new-login LOGIN --new-password-file FILE</source>
        <translation>В установке %1 ещё нет учётной записи. Её первый администратор добавляется в командной строке:

auyl-desk accounts add --role administrator --name &quot;Фамилия Имя&quot; --new-login LOGIN --new-password-file FILE</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Short survey</source>
        <translation>Короткий опрос</translation>
    </message>
    <message>
        <source>Ask the applicant, if they agree: five questions, each answered yes or no or skipped. The answers count towards the office&apos;s quality indicators.</source>
        <translation>Спросите услугополучателя, если он согласен: пять вопросов, на каждый можно ответить «да», «нет» или пропустить. Ответы учитываются в показателях качества аппарата.</translation>
    </message>
    <message>
        <source>Are you satisfied with how the service was provided?</source>
        <translation>Довольны ли вы процессом оказания услуги?</translation>
    </message>
    <message>
        <source>Are you satisfied with the information on the service?</source>
        <translation>Довольны ли вы информацией об услуге?</translation>
    </message>
    <message>
        <source>If you complained: are you satisfied with how the complaint was handled?</source>
        <translation>Если вы жаловались: довольны ли вы порядком рассмотрения жалобы?</translation>
    </message>
    <message>
        <source>If you complained: was the complaint answered in time?</source>
        <translation>Если вы жаловались: ответили ли на жалобу в срок?</translation>
    </message>
    <message>
        <source>Were the staff polite?</source>
        <translation>Были ли сотрудники вежливы?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message>
        <source>USB exchange with the district</source>
        <translation>Обмен с районом через флешку</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <source>the last package, the counter, acknowledged</source>
        <translation>последний пакет, счётчик, подтверждённое</translation>
    </message>
    <message>
        <source>write this office&apos;s package for the district</source>
        <translation>записать пакет аппарата для района</translation>
    </message>
    <message>
        <source>every record, not only the changes</source>
        <translation>все записи, а не только изменения</translation>
    </message>
    <message>
        <source>take in packages (a report first)</source>
        <translation>принять пакеты (сначала отчёт)</translation>
    </message>
    <message>
        <source>only report what importing would do</source>
        <translation>только показать, что сделает импорт</translation>
    </message>
    <message>
        <source>write the district&apos;s package for an office</source>
        <translation>записать пакет района для аппарата</translation>
    </message>
    <message>
        <source>records changed at both ends</source>
        <translation>записи, изменённые с обеих сторон</translation>
    </message>
    <message>
        <source>keep one version of a conflicting record</source>
        <translation>оставить одну версию конфликтующей записи</translation>
    </message>
    <message>
        <source>make this installation the district&apos;s</source>
        <translation>сделать эту установку районной</translation>
    </message>
    <message>
        <source>exchange keys</source>
        <translation>ключи обмена</translation>
    </message>
    <message>
        <source>the fingerprint the other side read aloud from its screen</source>
        <translation>контрольные цифры, прочитанные другой стороной со своего экрана</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>There is no open conflict with this number.</source>
        <translation>Открытого конфликта с этим номером нет.</translation>
    </message>
    <message>
        <source>District %1: %2</source>
        <translation>Район %1: %2</translation>
    </message>
    <message>
        <source>Office %1: changes up to %2 taken in, last package %3</source>
        <translation>Аппарат %1: изменения по %2 приняты, последний пакет %3</translation>
    </message>
    <message>
        <source>Office %1: %2 households, %3 applications, %4 complaints</source>
        <translation>Аппарат %1: хозяйств %2, заявлений %3, жалоб %4</translation>
    </message>
    <message>
        <source>District: %2 households, %3 applications, %4 complaints</source>
        <translation>По району: хозяйств %2, заявлений %3, жалоб %4</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Открытых конфликтов: %1</translation>
    </message>
    <message>
        <source>Office %1, database %2</source>
        <translation>Аппарат %1, база данных %2</translation>
    </message>
    <message>
        <source>Change counter %1; acknowledged by the district up to %2; %3 records to send</source>
        <translation>Счётчик изменений %1; район подтвердил по %2; записей к отправке: %3</translation>
    </message>
    <message>
        <source>The report&apos;s 3.3 or targets, or the akim&apos;s sign-offs, changed: the next package carries them.</source>
        <translation>Изменились показатель 3.3 или цели отчёта либо утверждения акима: они будут переданы со следующим пакетом.</translation>
    </message>
    <message>
        <source>Last package: %1 (%2)</source>
        <translation>Последний пакет: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing changed since the district&apos;s last acknowledgment.</source>
        <translation>С последнего подтверждения района ничего не изменилось.</translation>
    </message>
    <message>
        <source>Written and checked: %1 (%2 records, changes %3-%4)</source>
        <translation>Записан и проверен: %1 (записей: %2, изменения %3-%4)</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный прогон: ничего не записано.</translation>
    </message>
    <message>
        <source>Office %1:</source>
        <translation>Аппарат %1:</translation>
    </message>
    <message>
        <source>%1: new %2, changed %3, unchanged %4, conflicts %5</source>
        <translation>%1: новых %2, изменённых %3, без изменений %4, конфликтов %5</translation>
    </message>
    <message>
        <source>#%1 office %2, %3 %4</source>
        <translation>№%1 аппарат %2, %3 %4</translation>
    </message>
    <message>
        <source>changed at the district: %1; at the office: %2</source>
        <translation>изменено в районе: %1; в аппарате: %2</translation>
    </message>
    <message>
        <source>%1: district %2 | office %3</source>
        <translation>%1: район %2 | аппарат %3</translation>
    </message>
    <message>
        <source>This side: %1 %2</source>
        <translation>Эта сторона: %1 %2</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Контрольные цифры: %1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>Fingerprint to read aloud: %1</source>
        <translation>Контрольные цифры, которые нужно прочитать вслух: %1</translation>
    </message>
    <message>
        <source>Enrolled: %1 %2 (%3)</source>
        <translation>Зарегистрирован: %1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>State of the exchange</source>
        <translation>Состояние обмена</translation>
    </message>
    <message>
        <source>Removable drives and folders</source>
        <translation>Съёмные диски и папки</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Искать снова</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>No removable drive is in. Insert the stick and press «Look again», or add a folder.</source>
        <translation>Съёмный диск не вставлен. Вставьте флешку и нажмите «Искать снова» или добавьте папку.</translation>
    </message>
    <message>
        <source>Write package for the district</source>
        <translation>Записать пакет для района</translation>
    </message>
    <message>
        <source>Everything, not only changes</source>
        <translation>Всё, а не только изменения</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>Принять пакеты…</translation>
    </message>
    <message>
        <source>Write answer for an office…</source>
        <translation>Записать ответ для аппарата…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Конфликты…</translation>
    </message>
    <message>
        <source>Indicator reports…</source>
        <translation>Отчёты по показателям…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Save enrollment file…</source>
        <translation>Сохранить файл регистрации…</translation>
    </message>
    <message>
        <source>Enroll the other side…</source>
        <translation>Зарегистрировать другую сторону…</translation>
    </message>
    <message>
        <source>Enrolled: %1 %2, fingerprint %3</source>
        <translation>Зарегистрирован: %1 %2, контрольные цифры %3</translation>
    </message>
    <message>
        <source>District %1: %2</source>
        <translation>Район %1: %2</translation>
    </message>
    <message>
        <source>Office %1: changes up to %2 taken in, last package %3</source>
        <translation>Аппарат %1: изменения по %2 приняты, последний пакет %3</translation>
    </message>
    <message>
        <source>Office %1: %2 households, %3 applications, %4 complaints</source>
        <translation>Аппарат %1: хозяйств %2, заявлений %3, жалоб %4</translation>
    </message>
    <message>
        <source>District: %2 households, %3 applications, %4 complaints</source>
        <translation>По району: хозяйств %2, заявлений %3, жалоб %4</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Открытых конфликтов: %1</translation>
    </message>
    <message>
        <source>Change counter %1; acknowledged by the district up to %2; %3 records to send</source>
        <translation>Счётчик изменений %1; район подтвердил по %2; записей к отправке: %3</translation>
    </message>
    <message>
        <source>The report&apos;s 3.3 or targets, or the akim&apos;s sign-offs, changed: the next package carries them.</source>
        <translation>Изменились показатель 3.3 или цели отчёта либо утверждения акима: они будут переданы со следующим пакетом.</translation>
    </message>
    <message>
        <source>Last package: %1 (%2)</source>
        <translation>Последний пакет: %1 (%2)</translation>
    </message>
    <message>
        <source>Last answer from the district: %1</source>
        <translation>Последний ответ района: %1</translation>
    </message>
    <message>
        <source>Folder for packages</source>
        <translation>Папка для пакетов</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Choose a drive or a folder first.</source>
        <translation>Сначала выберите диск или папку.</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <source>Nothing changed since the district&apos;s last acknowledgment.</source>
        <translation>С последнего подтверждения района ничего не изменилось.</translation>
    </message>
    <message>
        <source>The package is written and checked: %1 (%2 records). The stick can be removed.</source>
        <translation>Пакет записан и проверен: %1 (записей: %2). Флешку можно извлечь.</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>Пакеты для приёма</translation>
    </message>
    <message>
        <source>Packages (*.auylpkg)</source>
        <translation>Пакеты (*.auylpkg)</translation>
    </message>
    <message>
        <source>Checking the packages…</source>
        <translation>Проверка пакетов…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Приём…</translation>
    </message>
    <message>
        <source>Office number:</source>
        <translation>Номер аппарата:</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Fingerprint to read aloud: %1</source>
        <translation>Контрольные цифры, которые нужно прочитать вслух: %1</translation>
    </message>
    <message>
        <source>Save enrollment file</source>
        <translation>Сохранить файл регистрации</translation>
    </message>
    <message>
        <source>The other side&apos;s enrollment file</source>
        <translation>Файл регистрации другой стороны</translation>
    </message>
    <message>
        <source>The fingerprint the other side reads aloud:</source>
        <translation>Контрольные цифры, которые читает вслух другая сторона:</translation>
    </message>
    <message>
        <source>Enrolled: %1 (%2)</source>
        <translation>Зарегистрирован: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>This file is not an exchange package.</source>
        <translation>Этот файл не является пакетом обмена.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of the program.</source>
        <translation>Пакет создан более новой версией программы.</translation>
    </message>
    <message>
        <source>The package is cut short (copied only in part). Copy it again.</source>
        <translation>Пакет обрезан (скопирован не полностью). Скопируйте его снова.</translation>
    </message>
    <message>
        <source>The package is damaged or was changed after it was written.</source>
        <translation>Пакет повреждён или изменён после записи.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not hold: it was changed after signing.</source>
        <translation>Подпись пакета недействительна: он изменён после подписания.</translation>
    </message>
    <message>
        <source>The package is signed by a key that is not enrolled here.</source>
        <translation>Пакет подписан ключом, который здесь не зарегистрирован.</translation>
    </message>
    <message>
        <source>The package is signed by a revoked key and is refused.</source>
        <translation>Пакет подписан отозванным ключом и не принимается.</translation>
    </message>
    <message>
        <source>The package is meant for another office.</source>
        <translation>Пакет предназначен другому аппарату.</translation>
    </message>
    <message>
        <source>The file changed while it was read (was the stick pulled out?). Try again.</source>
        <translation>Файл изменился во время чтения (флешку вынули?). Попробуйте снова.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файл не читается.</translation>
    </message>
    <message>
        <source>The stick is full. Nothing was written; free some space and try again.</source>
        <translation>Флешка заполнена. Ничего не записано; освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The stick is write-protected. Nothing was written.</source>
        <translation>Флешка защищена от записи. Ничего не записано.</translation>
    </message>
    <message>
        <source>Writing to the stick failed (was it pulled out?). Nothing usable was left.</source>
        <translation>Запись на флешку не удалась (её вынули?). Ничего пригодного не осталось.</translation>
    </message>
    <message>
        <source>The package read back from the stick differs from what was written: the stick is faulty. Nothing usable was left; use another stick.</source>
        <translation>Пакет, прочитанный с флешки, отличается от записанного: флешка неисправна. Ничего пригодного не осталось; возьмите другую флешку.</translation>
    </message>
    <message>
        <source>The package&apos;s content does not fit this program&apos;s data (another version?).</source>
        <translation>Содержимое пакета не подходит к данным этой программы (другая версия?).</translation>
    </message>
    <message>
        <source>The akim office is not chosen yet: finish the first-run setup.</source>
        <translation>Аппарат акима ещё не выбран: завершите первоначальную настройку.</translation>
    </message>
    <message>
        <source>This is not possible here: it is done at the other end of the exchange.</source>
        <translation>Здесь это невозможно: это делается на другой стороне обмена.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the file. Do not enroll it: the file may be forged.</source>
        <translation>Контрольные цифры не совпадают с файлом. Не регистрируйте его: файл может быть подделан.</translation>
    </message>
    <message>
        <source>No enrolled key has this id.</source>
        <translation>Зарегистрированного ключа с таким идентификатором нет.</translation>
    </message>
    <message>
        <source>Give the reason for the revocation.</source>
        <translation>Укажите причину отзыва.</translation>
    </message>
    <message>
        <source>The other side&apos;s enrollment file has not been imported yet.</source>
        <translation>Файл регистрации другой стороны ещё не принят.</translation>
    </message>
    <message>
        <source>This office&apos;s signing key is missing.</source>
        <translation>Ключ подписи этого аппарата отсутствует.</translation>
    </message>
    <message>
        <source>This office&apos;s signing key is revoked.</source>
        <translation>Ключ подписи этого аппарата отозван.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>применён</translation>
    </message>
    <message>
        <source>held: an earlier package is missing</source>
        <translation>отложен: нет более раннего пакета</translation>
    </message>
    <message>
        <source>already imported: nothing changed</source>
        <translation>уже принят: ничего не изменилось</translation>
    </message>
    <message>
        <source>its changes are already here: nothing changed</source>
        <translation>его изменения уже здесь: ничего не изменилось</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>This file is not a valid enrollment file (damaged or changed by hand).</source>
        <translation>Этот файл не является действительным файлом регистрации (повреждён или изменён вручную).</translation>
    </message>
    <message>
        <source>will be applied: the missing package is among these</source>
        <translation>будет применён: недостающий пакет среди этих</translation>
    </message>
    <message>
        <source>will be applied</source>
        <translation>будет применён</translation>
    </message>
    <message>
        <source>applied: the missing package arrived</source>
        <translation>применён: недостающий пакет пришёл</translation>
    </message>
    <message>
        <source>Office %1: changes %2-%3 missing.</source>
        <translation>Аппарат %1: нет изменений %2-%3.</translation>
    </message>
    <message>
        <source>households</source>
        <translation>хозяйства</translation>
    </message>
    <message>
        <source>household members</source>
        <translation>члены хозяйств</translation>
    </message>
    <message>
        <source>land plots</source>
        <translation>земельные участки</translation>
    </message>
    <message>
        <source>livestock counts</source>
        <translation>поголовье скота</translation>
    </message>
    <message>
        <source>book history</source>
        <translation>история книги</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>сотрудники</translation>
    </message>
    <message>
        <source>queue tickets</source>
        <translation>талоны очереди</translation>
    </message>
    <message>
        <source>queue events</source>
        <translation>события очереди</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>заявления</translation>
    </message>
    <message>
        <source>application corrections</source>
        <translation>исправления заявлений</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>справки</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>жалобы</translation>
    </message>
    <message>
        <source>complaint history</source>
        <translation>история жалоб</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>ответы опроса</translation>
    </message>
    <message>
        <source>field corrections</source>
        <translation>исправления полей</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Кем выполнено</translation>
    </message>
    <message>
        <source>Done by (staff record)</source>
        <translation>Кем выполнено (запись сотрудника)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Animal tag numbers</source>
        <translation>Номера бирок животных</translation>
    </message>
    <message>
        <source>Summary of the answer</source>
        <translation>Краткое содержание ответа</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Кто ответил</translation>
    </message>
    <message>
        <source>Answered by (staff record)</source>
        <translation>Кто ответил (запись сотрудника)</translation>
    </message>
    <message>
        <source>Answer date</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Applicant type</source>
        <translation>Вид заявителя</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Area, ha</source>
        <translation>Площадь, га</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Basis recorded by</source>
        <translation>Кто записал основание</translation>
    </message>
    <message>
        <source>Basis recorded by (staff record)</source>
        <translation>Кто записал основание (запись сотрудника)</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастровый номер</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Время вызова</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>Кто вызвал</translation>
    </message>
    <message>
        <source>Called by (staff record)</source>
        <translation>Кто вызвал (запись сотрудника)</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кто изменил</translation>
    </message>
    <message>
        <source>Changed by (staff record)</source>
        <translation>Кто изменил (запись сотрудника)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал поступления</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Время закрытия</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Complainant type</source>
        <translation>Вид заявителя жалобы</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Satisfied with the complaint procedure</source>
        <translation>Удовлетворён порядком обжалования</translation>
    </message>
    <message>
        <source>Satisfied with the complaint terms</source>
        <translation>Удовлетворён сроками обжалования</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Хэш содержания</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>Кто исправил</translation>
    </message>
    <message>
        <source>Corrected by (staff record)</source>
        <translation>Кто исправил (запись сотрудника)</translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation>Исправленное значение</translation>
    </message>
    <message>
        <source>Head counts</source>
        <translation>Поголовье</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Время создания</translation>
    </message>
    <message>
        <source>Legal basis for the personal data</source>
        <translation>Правовое основание персональных данных</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>Время удаления</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation>Представленные документы</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <source>Extension date</source>
        <translation>Дата продления</translation>
    </message>
    <message>
        <source>Longest extension</source>
        <translation>Предел продления</translation>
    </message>
    <message>
        <source>Extension notice due</source>
        <translation>Срок уведомления о продлении</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Причина продления</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>Forward by</source>
        <translation>Переслать до</translation>
    </message>
    <message>
        <source>Forwarding date</source>
        <translation>Дата пересылки</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Куда переслано</translation>
    </message>
    <message>
        <source>Handed in at</source>
        <translation>Время подачи</translation>
    </message>
    <message>
        <source>Held from</source>
        <translation>Во владении с</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Во владении по</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Хозяйство</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Satisfied with the information</source>
        <translation>Удовлетворён информацией</translation>
    </message>
    <message>
        <source>Demonstration record</source>
        <translation>Демонстрационная запись</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Время выдачи</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кто выдал</translation>
    </message>
    <message>
        <source>Issued by (staff record)</source>
        <translation>Кто выдал (запись сотрудника)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Обоснована</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Queue letter</source>
        <translation>Буква очереди</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>Недостающие документы</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ИИН / БИН</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Прежнее значение</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Office of origin</source>
        <translation>Аппарат, где создана запись</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason for working outside hours</source>
        <translation>Причина работы вне графика</translation>
    </message>
    <message>
        <source>Satisfied with the politeness</source>
        <translation>Удовлетворён вежливостью</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Кто подготовил</translation>
    </message>
    <message>
        <source>Prepared by (staff record)</source>
        <translation>Кто подготовил (запись сотрудника)</translation>
    </message>
    <message>
        <source>Previous due date</source>
        <translation>Прежний срок</translation>
    </message>
    <message>
        <source>Satisfied with the process</source>
        <translation>Удовлетворён процессом</translation>
    </message>
    <message>
        <source>Purpose of the visit</source>
        <translation>Цель обращения</translation>
    </message>
    <message>
        <source>Ready at</source>
        <translation>Время готовности</translation>
    </message>
    <message>
        <source>Made ready by</source>
        <translation>Кто подготовил результат</translation>
    </message>
    <message>
        <source>Made ready by (staff record)</source>
        <translation>Кто подготовил результат (запись сотрудника)</translation>
    </message>
    <message>
        <source>Promised ready time</source>
        <translation>Обещанное время готовности</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Kind of reason</source>
        <translation>Вид причины</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Время приёма</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Кто принял</translation>
    </message>
    <message>
        <source>Received by (staff record)</source>
        <translation>Кто принял (запись сотрудника)</translation>
    </message>
    <message>
        <source>Changed record</source>
        <translation>Изменённая запись</translation>
    </message>
    <message>
        <source>Record key</source>
        <translation>Ключ записи</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <source>Recorded by (staff record)</source>
        <translation>Кто записал (запись сотрудника)</translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>Время отказа</translation>
    </message>
    <message>
        <source>Refused by</source>
        <translation>Кто отказал</translation>
    </message>
    <message>
        <source>Refused by (staff record)</source>
        <translation>Кто отказал (запись сотрудника)</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Registered until</source>
        <translation>Зарегистрирован по</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Registration sequence number</source>
        <translation>Порядковый номер регистрации</translation>
    </message>
    <message>
        <source>Registration year</source>
        <translation>Год регистрации</translation>
    </message>
    <message>
        <source>Reason for removal</source>
        <translation>Причина выбытия</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Свод правил</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст для поиска</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Порядковый номер</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Service started at</source>
        <translation>Время начала обслуживания</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Original value</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>State act number</source>
        <translation>Номер государственного акта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Complaint about</source>
        <translation>На кого жалоба</translation>
    </message>
    <message>
        <source>Name of whom the complaint is about</source>
        <translation>Наименование органа, на который подана жалоба</translation>
    </message>
    <message>
        <source>Complaint terms in force</source>
        <translation>Действующие сроки рассмотрения жалоб</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Талон очереди</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>%1: already imported, nothing changed</source>
        <translation>%1: уже принят, ничего не изменилось</translation>
    </message>
    <message>
        <source>%1: older than the answer already applied (No. %2), nothing changed</source>
        <translation>%1: старше уже принятого ответа (№ %2), ничего не изменилось</translation>
    </message>
    <message>
        <source>%1: acknowledged up to %2; keys updated: %3; corrections applied: %4</source>
        <translation>%1: подтверждено по %2; обновлено ключей: %3; применено исправлений: %4</translation>
    </message>
    <message>
        <source>The district&apos;s answer No. %1</source>
        <translation>Ответ района № %1</translation>
    </message>
    <message>
        <source>Holiday transfers changed by the district: %1</source>
        <translation>Переносы выходных дней, изменённые районом: %1</translation>
    </message>
    <message>
        <source>Reference values corrected by the district: %1</source>
        <translation>Справочные значения, исправленные районом: %1</translation>
    </message>
    <message>
        <source>The district akim&apos;s reception schedule was changed by the district.</source>
        <translation>График приёма акима района изменён районом.</translation>
    </message>
    <message>
        <source>Rule versions received from the district (in force from): %1</source>
        <translation>Версии правил, полученные от района (действуют с): %1</translation>
    </message>
</context>
<context>
    <name>TransferForm</name>
    <message>
        <source>Add a decreed transfer</source>
        <translation>Добавить перенесённый день</translation>
    </message>
    <message>
        <source>Enter each date the decree moves: the Saturday or Sunday worked (working day) and the weekday given off (day off).</source>
        <translation>Введите каждую дату, которую переносит постановление: рабочую субботу или воскресенье (рабочий день) и будний день, ставший выходным (выходной день).</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Basis (decree):</source>
        <translation>&amp;Основание (постановление):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>e.g. Government of the RK resolution No 123 of 10.10.2026</source>
        <translation>например, постановление Правительства РК от 10.10.2026 № 123</translation>
    </message>
    <message>
        <source>Name the decree that makes the transfer.</source>
        <translation>Укажите постановление, которым перенесён день.</translation>
    </message>
    <message>
        <source>A working day can only be decreed on a Saturday, a Sunday or a public holiday.</source>
        <translation>Рабочим днём можно объявить только субботу, воскресенье или праздничный день.</translation>
    </message>
    <message>
        <source>A day off can only be decreed on a working weekday.</source>
        <translation>Выходным днём можно объявить только рабочий будний день.</translation>
    </message>
    <message>
        <source>The transfer cannot be saved.</source>
        <translation>Перенос не удалось сохранить.</translation>
    </message>
</context>
<context>
    <name>TransfersDialog</name>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>Working calendar: decreed transfers</source>
        <translation>Рабочий календарь: перенесённые дни</translation>
    </message>
    <message>
        <source>Days moved by a Government decree. The grey entries come with the program and cannot be changed here; the office&apos;s own entries are added from each new decree and win over a grey entry on the same date.</source>
        <translation>Дни, перенесённые постановлением Правительства. Серые записи поставляются с программой и здесь не меняются; собственные записи акимата добавляются по каждому новому постановлению и действуют вместо серой записи на ту же дату.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Basis (decree)</source>
        <translation>Основание (постановление)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <source>The program (replaced by the office)</source>
        <translation>Программа (заменено акиматом)</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Сначала выберите строку.</translation>
    </message>
    <message>
        <source>This entry comes with the program and cannot be removed. To correct it, add the office&apos;s own entry on the same date.</source>
        <translation>Эта запись поставляется с программой, её нельзя удалить. Чтобы исправить её, добавьте собственную запись акимата на ту же дату.</translation>
    </message>
    <message>
        <source>Remove the transfer of %1 (%2)?</source>
        <translation>Удалить перенос на %1 (%2)?</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify certificate</source>
        <translation>Проверка справки</translation>
    </message>
    <message>
        <source>Scan the certificate&apos;s QR code into the field below (or paste its text), or open the certificate&apos;s PDF file.</source>
        <translation>Отсканируйте QR-код справки в поле ниже (или вставьте его текст) либо откройте PDF-файл справки.</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Открыть PDF…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Открыть справку</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VisitEndDialog</name>
    <message>
        <source>Call the next visitor</source>
        <translation>Вызов следующего посетителя</translation>
    </message>
    <message>
        <source>Ticket %1 is still at your desk. How did that visit end?</source>
        <translation>Талон %1 ещё у вашего стола. Чем закончился этот приём?</translation>
    </message>
    <message>
        <source>&amp;Finished</source>
        <translation>&amp;Завершён</translation>
    </message>
    <message>
        <source>The visitor was served without an application (a consultation)</source>
        <translation>Посетитель обслужен без заявления (консультация)</translation>
    </message>
    <message>
        <source>Did &amp;not come</source>
        <translation>&amp;Не явился</translation>
    </message>
    <message>
        <source>&amp;Back to the queue</source>
        <translation>&amp;Вернуть в очередь</translation>
    </message>
    <message>
        <source>The visitor steps aside and keeps their place in the line</source>
        <translation>Посетитель отходит и сохраняет своё место в очереди</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Auyl Desk cannot open its database</source>
        <translation>Auyl Desk не может открыть базу данных</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. Nothing has been changed in it.</source>
        <translation>Не удаётся открыть базу данных %1. В ней ничего не изменено.</translation>
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
        <source>check this installation: open the main window on a fresh database in a temporary folder, render a talon, exit (status 0 if all worked)</source>
        <translation>проверить эту установку: открыть главное окно на новой базе данных во временной папке, сформировать талон и выйти (код 0, если всё работает)</translation>
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
    <message>
        <source>fill the household book with synthetic demo households (to try the program)</source>
        <translation>заполнить похозяйственную книгу вымышленными демонстрационными хозяйствами (чтобы опробовать программу)</translation>
    </message>
    <message>
        <source>how many demo households to add</source>
        <translation>сколько демонстрационных хозяйств добавить</translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same households (default 1)</source>
        <translation>начальное значение генератора случайных чисел: одно и то же значение даёт одни и те же хозяйства (по умолчанию 1)</translation>
    </message>
    <message>
        <source>the household book</source>
        <translation>похозяйственная книга</translation>
    </message>
    <message>
        <source>find households by name, IIN, address or account number</source>
        <translation>найти хозяйства по ФИО, ИИН, адресу или номеру лицевого счёта</translation>
    </message>
    <message>
        <source>words to find (beginnings of words, in any order) or a 12-digit IIN</source>
        <translation>слова для поиска (начала слов, в любом порядке) или 12-значный ИИН</translation>
    </message>
    <message>
        <source>show at most N households (default 50)</source>
        <translation>показать не больше N хозяйств (по умолчанию 50)</translation>
    </message>
    <message>
        <source>import a household book from a spreadsheet (.xlsx, .xls, .csv)</source>
        <translation>импортировать похозяйственную книгу из таблицы (.xlsx, .xls, .csv)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>the date the file&apos;s data is as of (default: a date in its title, or today)</source>
        <translation>дата, на которую даны данные файла (по умолчанию: дата в заголовке или сегодня)</translation>
    </message>
    <message>
        <source>the columns: a JSON object or file, field -&gt; column header (default: guessed)</source>
        <translation>столбцы: объект JSON или файл с ним, поле -&gt; заголовок столбца (по умолчанию: угадываются)</translation>
    </message>
    <message>
        <source>check and report only, write nothing</source>
        <translation>только проверить и показать отчёт, ничего не записывать</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>вывести отчёт в JSON</translation>
    </message>
    <message>
        <source>import the other rows even when some are refused (exit status 0)</source>
        <translation>импортировать остальные строки, даже если часть отклонена (код выхода 0)</translation>
    </message>
    <message>
        <source>write the household book to an .xlsx file the import reads back</source>
        <translation>записать похозяйственную книгу в файл .xlsx, который импорт читает обратно</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>ФАЙЛ.xlsx</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>файл для записи</translation>
    </message>
    <message>
        <source>headings and words in Kazakh or Russian (default: the machine&apos;s language)</source>
        <translation>заголовки и слова на казахском или русском (по умолчанию: язык компьютера)</translation>
    </message>
    <message>
        <source>the complaint register</source>
        <translation>реестр жалоб</translation>
    </message>
    <message>
        <source>list the complaints, newest first</source>
        <translation>список жалоб, новые сначала</translation>
    </message>
    <message>
        <source>only complaints whose answer is overdue today</source>
        <translation>только жалобы с просроченным на сегодня ответом</translation>
    </message>
    <message>
        <source>render a specimen of a printed document with demo data (to check printers)</source>
        <translation>сформировать образец печатного документа с демонстрационными данными (для проверки принтеров)</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>the document: ticket, talon, refusal, application-form, certificate-1, certificate-2, indicators-report, complaint-talon, complaint-protocol, extension-notice or forwarding-notice</source>
        <translation>документ: ticket (талон очереди), talon (талон), refusal (отказ), application-form (бланк заявления), certificate-1, certificate-2 (справки), indicators-report (отчёт по показателям), complaint-talon (талон жалобы), complaint-protocol (протокол устной жалобы), extension-notice (уведомление о продлении) или forwarding-notice (уведомление о направлении)</translation>
    </message>
    <message>
        <source>the document&apos;s language (default kk)</source>
        <translation>язык документа (по умолчанию kk)</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>ФАЙЛ.pdf</translation>
    </message>
    <message>
        <source>where to write the PDF file</source>
        <translation>куда записать PDF-файл</translation>
    </message>
    <message>
        <source>the quality indicators or the queue statistics of a period</source>
        <translation>показатели качества или статистика очереди за период</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>ОТЧЁТ</translation>
    </message>
    <message>
        <source>the standard&apos;s 12 indicators with the queue and the applications</source>
        <translation>12 показателей стандарта, очередь и заявления</translation>
    </message>
    <message>
        <source>queue and workload statistics</source>
        <translation>статистика очереди и нагрузки</translation>
    </message>
    <message>
        <source>the akim fixes the period&apos;s 12 indicators as counted now, under the akim&apos;s name (--login of the akim)</source>
        <translation>аким утверждает 12 показателей периода в том виде, как они подсчитаны сейчас, от своего имени (--login акима)</translation>
    </message>
    <message>
        <source>the period&apos;s first day (YYYY-MM-DD)</source>
        <translation>первый день периода (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>the period&apos;s last day, included (YYYY-MM-DD)</source>
        <translation>последний день периода включительно (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>at the district: office N&apos;s records only (without it: the whole district&apos;s)</source>
        <translation>в районе: только записи акимата N (без него: всего района)</translation>
    </message>
    <message>
        <source>where to write it (JSON: the screen if omitted)</source>
        <translation>куда записать (JSON: если не указано, на экран)</translation>
    </message>
    <message>
        <source>check a certificate&apos;s QR payload or PDF file (exit status 0 if genuine)</source>
        <translation>проверить текст QR-кода справки или её PDF-файл (код выхода 0, если подлинная)</translation>
    </message>
    <message>
        <source>PAYLOAD_OR_PDF</source>
        <translation>КОД_ИЛИ_PDF</translation>
    </message>
    <message>
        <source>the text of the QR code (AUYL2:...) or the path of a certificate PDF</source>
        <translation>текст QR-кода (AUYL2:...) или путь к PDF-файлу справки</translation>
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
    <message>
        <source>The number of households must be at least 1.</source>
        <translation>Число хозяйств должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>The akim office is not chosen yet. Set it up first (auyl-desk setup, or start the program once), then run this command again.</source>
        <translation>Акимат ещё не выбран. Сначала выполните настройку (auyl-desk setup или один запуск программы), затем повторите эту команду.</translation>
    </message>
    <message>
        <source>The akim office is not chosen yet. Start the program once (auyl-desk), choose your office and clerk, then run this command again.</source>
        <translation>Акимат ещё не выбран. Запустите программу один раз (auyl-desk), выберите свой акимат и специалиста, затем повторите эту команду.</translation>
    </message>
    <message>
        <source>Adding %1 demo households to the book of %2...</source>
        <translation>%2: в похозяйственную книгу добавляется демонстрационных хозяйств: %1...</translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation>Хозяйства: %1 из %2</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Глава хозяйства</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>совпадение: %1</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>срок близко</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНА</translation>
    </message>
    <message>
        <source>answered in time</source>
        <translation>ответ в срок</translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>ответ с опозданием</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>направлена</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступила</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Unknown document kind: %1. Choose one of: %2.</source>
        <translation>Неизвестный вид документа: %1. Выберите один из: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Not a period: %1 to %2 (dates as YYYY-MM-DD).</source>
        <translation>Не период: %1 – %2 (даты в виде ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2 (sign-off No. %3 of the period).</source>
        <translation>Утвердил(а): %1, %2 (утверждение № %3 за период).</translation>
    </message>
    <message>
        <source>Say where to write it: --out FILE.</source>
        <translation>Укажите, куда записать: --out ФАЙЛ.</translation>
    </message>
    <message>
        <source>--mapping must be a JSON object or a file holding one.</source>
        <translation>--mapping должен быть объектом JSON или файлом с ним.</translation>
    </message>
    <message>
        <source>--as-of must be a date: dd.mm.yyyy or yyyy-mm-dd.</source>
        <translation>--as-of должен быть датой: дд.мм.гггг или гггг-мм-дд.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>File: %1; data as of %2; default locality: %3.</source>
        <translation>Файл: %1; данные на %2; населённый пункт по умолчанию: %3.</translation>
    </message>
    <message>
        <source>To import: %1 households, %2 people, land %3 ha; head counts: %4.</source>
        <translation>Будет импортировано: хозяйств — %1, людей — %2, земли %3 га; поголовье: %4.</translation>
    </message>
    <message>
        <source>The file&apos;s totals row: land %1 ha; head counts: %2.</source>
        <translation>Строка итогов файла: земли %1 га; поголовье: %2.</translation>
    </message>
    <message>
        <source>Rows: %1, refused: %2. Households: %3 new, %4 to update, %5 unchanged.</source>
        <translation>Строк: %1, отклонено: %2. Хозяйства: новых — %3, к обновлению — %4, без изменений — %5.</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ОТКЛОНЕНО</translation>
    </message>
    <message>
        <source>check</source>
        <translation>проверьте</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>Imported: %1 households created, %2 updated, %3 unchanged.</source>
        <translation>Импортировано: создано хозяйств — %1, обновлено — %2, без изменений — %3.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный запуск: ничего не записано.</translation>
    </message>
    <message>
        <source>Nothing was written: some rows are refused. Correct them, or import the rest with --accept-problems.</source>
        <translation>Ничего не записано: часть строк отклонена. Исправьте их или импортируйте остальное с --accept-problems.</translation>
    </message>
    <message>
        <source>--out must name an .xlsx file.</source>
        <translation>--out должен указывать файл .xlsx.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message>
        <source>%1 households written to %2.</source>
        <translation>В %2 записано хозяйств: %1.</translation>
    </message>
    <message>
        <source>back up the database now (verified, rotated)</source>
        <translation>создать резервную копию базы данных сейчас (с проверкой и ротацией)</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <source>the folder to back up to (default: the one set in Settings)</source>
        <translation>папка для копии (по умолчанию: указанная в Настройках)</translation>
    </message>
    <message>
        <source>list the backups and what each holds</source>
        <translation>список резервных копий и их содержимое</translation>
    </message>
    <message>
        <source>the folder to list (default: the one set in Settings)</source>
        <translation>папка для списка (по умолчанию: указанная в Настройках)</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current file is kept beside it; the restored database gets a new id)</source>
        <translation>заменить базу данных резервной копией (текущий файл сохраняется рядом; восстановленная база получает новый идентификатор)</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>файл резервной копии для восстановления</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>не спрашивать подтверждения</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервная копия записана: %1</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>Резервные копии в %1:</translation>
    </message>
    <message>
        <source>households: %1</source>
        <translation>хозяйств: %1</translation>
    </message>
    <message>
        <source>last certificate: %1</source>
        <translation>последняя справка: %1</translation>
    </message>
    <message>
        <source>No backups.</source>
        <translation>Резервных копий нет.</translation>
    </message>
    <message>
        <source>Replace the database %1 with this backup? Type yes to go on: </source>
        <translation>Заменить базу данных %1 этой копией? Для продолжения введите да: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Восстановлено в %1.</translation>
    </message>
    <message>
        <source>The replaced file is kept as %1.</source>
        <translation>Заменённый файл сохранён как %1.</translation>
    </message>
    <message>
        <source>The command is not written right (%1). For help: %2 --help</source>
        <translation>Команда записана неверно (%1). Справка: %2 --help</translation>
    </message>
    <message>
        <source>the audit log: verify its chain, list entries</source>
        <translation>журнал аудита: проверить цепочку, вывести записи</translation>
    </message>
    <message>
        <source>check that no entry was altered, removed or reordered (exit status 0 if intact)</source>
        <translation>проверить, что ни одна запись не изменена, не удалена и не переставлена (код выхода 0, если журнал цел)</translation>
    </message>
    <message>
        <source>an entry recorded elsewhere (a sync package&apos;s latest hash) that must be there</source>
        <translation>запись, зафиксированная в другом месте (последний хеш из пакета синхронизации), которая должна быть в журнале</translation>
    </message>
    <message>
        <source>list entries, newest first</source>
        <translation>вывести записи, сначала новые</translation>
    </message>
    <message>
        <source>only entries of this kind</source>
        <translation>только записи этого вида</translation>
    </message>
    <message>
        <source>from this date (YYYY-MM-DD, office time)</source>
        <translation>с этой даты (ГГГГ-ММ-ДД, время офиса)</translation>
    </message>
    <message>
        <source>up to this date, inclusive (YYYY-MM-DD)</source>
        <translation>по эту дату включительно (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>a staff member&apos;s id or part of the name</source>
        <translation>идентификатор сотрудника или часть имени</translation>
    </message>
    <message>
        <source>a part of what was recorded</source>
        <translation>часть записанного текста</translation>
    </message>
    <message>
        <source>at most this many entries (default 100)</source>
        <translation>не больше стольких записей (по умолчанию 100)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>вывести в JSON</translation>
    </message>
    <message>
        <source>give the entry as NUMBER:HASH (64 hex digits)</source>
        <translation>укажите запись как НОМЕР:ХЕШ (64 шестнадцатеричные цифры)</translation>
    </message>
    <message>
        <source>this office&apos;s signing key: show it, or make a new one</source>
        <translation>ключ подписи этого аппарата: показать или создать новый</translation>
    </message>
    <message>
        <source>the key on this computer against the database (exit status 0 if it signs)</source>
        <translation>ключ на этом компьютере в сравнении с базой данных (код выхода 0, если он подписывает)</translation>
    </message>
    <message>
        <source>make a new key and revoke the office&apos;s keys in force from now (administrator)</source>
        <translation>создать новый ключ и отозвать действующие ключи аппарата с этого момента (администратор)</translation>
    </message>
    <message>
        <source>why the key is replaced (kept with the revocation)</source>
        <translation>почему ключ заменяется (сохраняется вместе с отзывом)</translation>
    </message>
    <message>
        <source>The akim office is not set up yet: run the first start first.</source>
        <translation>Аппарат акима ещё не настроен: сначала выполните первый запуск.</translation>
    </message>
    <message>
        <source>New key %1 made; the office&apos;s earlier keys are revoked from now.</source>
        <translation>Создан новый ключ %1; прежние ключи аппарата отозваны с этого момента.</translation>
    </message>
    <message>
        <source>signs</source>
        <translation>подписывает</translation>
    </message>
    <message>
        <source>MISSING: no readable key file on this computer</source>
        <translation>ОТСУТСТВУЕТ: на этом компьютере нет читаемого файла ключа</translation>
    </message>
    <message>
        <source>REPLACED: the key file is not the office&apos;s key; nothing is signed until an administrator runs `auyl-desk keys rekey`</source>
        <translation>ЗАМЕНЁН: файл ключа — не ключ аппарата; ничего не подписывается, пока администратор не выполнит `auyl-desk keys rekey`</translation>
    </message>
    <message>
        <source>REVOKED: make a new key with `auyl-desk keys rekey`</source>
        <translation>ОТОЗВАН: создайте новый ключ командой `auyl-desk keys rekey`</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Идентификатор ключа</translation>
    </message>
    <message>
        <source>Fingerprint of the file</source>
        <translation>Отпечаток файла</translation>
    </message>
    <message>
        <source>Fingerprint in the database</source>
        <translation>Отпечаток в базе данных</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>set up this computer&apos;s akim office, its first clerk and the administrator</source>
        <translation>настроить акимат этого компьютера, первого специалиста и администратора</translation>
    </message>
    <message>
        <source>the akim office&apos;s number</source>
        <translation>номер акимата</translation>
    </message>
    <message>
        <source>the accounts that log in: list, add, unlock, disable (administrator)</source>
        <translation>учётные записи для входа: список, добавление, разблокировка, отключение (администратор)</translation>
    </message>
    <message>
        <source>every account: login, role, name, state</source>
        <translation>все учётные записи: логин, роль, ФИО, состояние</translation>
    </message>
    <message>
        <source>a new person with an account (on the district&apos;s database with no account yet: its first administrator)</source>
        <translation>новый человек с учётной записью (в базе данных района, где ещё нет учётных записей: её первый администратор)</translation>
    </message>
    <message>
        <source>what the account may do</source>
        <translation>что разрешено учётной записи</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>the full name: &quot;Surname Name Patronymic&quot;</source>
        <translation>ФИО полностью: &quot;Фамилия Имя Отчество&quot;</translation>
    </message>
    <message>
        <source>the position as printed on papers (default: маман, әкім or әкімші by the role)</source>
        <translation>должность, как печатается в документах (по умолчанию по роли: маман, әкім или әкімші)</translation>
    </message>
    <message>
        <source>the new account&apos;s login name</source>
        <translation>логин новой учётной записи</translation>
    </message>
    <message>
        <source>a file holding the new account&apos;s password (not the password itself)</source>
        <translation>файл с паролем новой учётной записи (не сам пароль)</translation>
    </message>
    <message>
        <source>lift the lock failed logins put on it</source>
        <translation>снять блокировку после неудачных входов</translation>
    </message>
    <message>
        <source>no more logins with it</source>
        <translation>больше не входить под ней</translation>
    </message>
    <message>
        <source>allow logins with it again</source>
        <translation>снова разрешить вход под ней</translation>
    </message>
    <message>
        <source>the account&apos;s login name</source>
        <translation>логин учётной записи</translation>
    </message>
    <message>
        <source>Account %1 is unlocked.</source>
        <translation>Учётная запись %1 разблокирована.</translation>
    </message>
    <message>
        <source>Account %1 is disabled.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <source>Account %1 is enabled.</source>
        <translation>Учётная запись %1 включена.</translation>
    </message>
    <message>
        <source>This database has no account yet: its first account is an administrator&apos;s (--role administrator).</source>
        <translation>В этой базе данных ещё нет учётных записей: первая из них — администратора (--role administrator).</translation>
    </message>
    <message>
        <source>This database has no account yet and is not the district&apos;s: set the office up with `auyl-desk setup` (its clerk and administrator), or make it the district&apos;s with `auyl-desk sync district` first.</source>
        <translation>В этой базе данных ещё нет учётных записей, и она не районная: сначала настройте аппарат акима командой `auyl-desk setup` (специалист и администратор) или сделайте её районной командой `auyl-desk sync district`.</translation>
    </message>
    <message>
        <source>Give the name as &quot;Surname Name Patronymic&quot;.</source>
        <translation>Укажите ФИО в виде &quot;Фамилия Имя Отчество&quot;.</translation>
    </message>
    <message>
        <source>Give the position as printed on papers: --position TEXT.</source>
        <translation>Укажите должность, как она печатается в документах: --position ТЕКСТ.</translation>
    </message>
    <message>
        <source>Account %1 added, role %2.</source>
        <translation>Учётная запись %1 добавлена, роль %2.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Учётной записи %1 нет.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>заблокирована до %1</translation>
    </message>
    <message>
        <source>can log in</source>
        <translation>может войти</translation>
    </message>
    <message>
        <source>the clerk&apos;s full name: &quot;Surname Name Patronymic&quot;</source>
        <translation>ФИО специалиста: &quot;Фамилия Имя Отчество&quot;</translation>
    </message>
    <message>
        <source>the clerk&apos;s position as printed on papers (default: маман)</source>
        <translation>должность специалиста, как печатается в документах (по умолчанию: маман)</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>the clerk&apos;s login name</source>
        <translation>логин специалиста</translation>
    </message>
    <message>
        <source>a file holding the clerk&apos;s password (not the password itself)</source>
        <translation>файл с паролем специалиста (не сам пароль)</translation>
    </message>
    <message>
        <source>a file holding the administrator&apos;s password</source>
        <translation>файл с паролем администратора</translation>
    </message>
    <message>
        <source>the administrator&apos;s login name (default: admin)</source>
        <translation>логин администратора (по умолчанию: admin)</translation>
    </message>
    <message>
        <source>the administrator&apos;s name as shown in the history: &quot;Surname Name&quot;</source>
        <translation>имя администратора, как оно показывается в истории: &quot;Фамилия Имя&quot;</translation>
    </message>
    <message>
        <source>Give the clerk&apos;s name as &quot;Surname Name Patronymic&quot;.</source>
        <translation>Укажите ФИО специалиста в виде &quot;Фамилия Имя Отчество&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Не удаётся прочитать файл с паролем %1.</translation>
    </message>
    <message>
        <source>This database is set up already. An administrator adds people in the program (Settings, Accounts).</source>
        <translation>Эта база данных уже настроена. Людей добавляет администратор в программе (Настройки, Учётные записи).</translation>
    </message>
    <message>
        <source>There is no akim office number %1.</source>
        <translation>Акимата с номером %1 нет.</translation>
    </message>
    <message>
        <source>Akim office %1 is set up. Administrator: %2; clerk: %3.</source>
        <translation>Акимат %1 настроен. Администратор: %2; специалист: %3.</translation>
    </message>
    <message>
        <source>A password must have %1 to %2 characters.</source>
        <translation>Пароль должен содержать от %1 до %2 символов.</translation>
    </message>
    <message>
        <source>The clerk and the administrator need different login names.</source>
        <translation>У специалиста и администратора должны быть разные логины.</translation>
    </message>
    <message>
        <source>A login name is one word of up to %1 letters, digits or signs.</source>
        <translation>Логин — одно слово длиной до %1 букв, цифр или знаков.</translation>
    </message>
    <message>
        <source>the account that acts (commands that change data or reveal keys)</source>
        <translation>учётная запись, от имени которой выполняется команда (команды, изменяющие данные или раскрывающие ключи)</translation>
    </message>
    <message>
        <source>a file holding the password of --login (else it is asked on the terminal)</source>
        <translation>файл с паролем для --login (иначе он запрашивается в терминале)</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Пароль %1: </translation>
    </message>
    <message>
        <source>No terminal to ask the password on: give it in a file with --password-file FILE.</source>
        <translation>Нет терминала, чтобы запросить пароль: укажите его в файле через --password-file ФАЙЛ.</translation>
    </message>
    <message>
        <source>This command changes data or reveals keys: log in with --login LOGIN.</source>
        <translation>Эта команда изменяет данные или раскрывает ключи: войдите с --login ЛОГИН.</translation>
    </message>
    <message>
        <source>The database cannot be opened: log in with an administrator&apos;s account of the backup (--login LOGIN).</source>
        <translation>Базу данных не удаётся открыть: войдите под учётной записью администратора из резервной копии (--login ЛОГИН).</translation>
    </message>
    <message>
        <source>reference data kept by the district</source>
        <translation>справочные данные, которые ведёт район</translation>
    </message>
    <message>
        <source>a city/district akim&apos;s reception schedule: shown as JSON, or replaced with --slots (administrator)</source>
        <translation>график приёма акима города/района: показывается в JSON или заменяется через --slots (администратор)</translation>
    </message>
    <message>
        <source>DISTRICT</source>
        <translation>РАЙОН</translation>
    </message>
    <message>
        <source>the city/district code, as in `offices`</source>
        <translation>код города/района, как в выводе `offices`</translation>
    </message>
    <message>
        <source>a JSON file with the new schedule&apos;s slots (a list, as the reference files)</source>
        <translation>JSON-файл с часами нового графика (список, как в справочных файлах)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read as JSON: %2</source>
        <translation>Файл %1 не читается как JSON: %2</translation>
    </message>
    <message>
        <source>The file %1 must hold a list of slots.</source>
        <translation>В файле %1 должен быть список часов приёма.</translation>
    </message>
    <message>
        <source>The schedule cannot be used: %1</source>
        <translation>График нельзя использовать: %1</translation>
    </message>
    <message>
        <source>The reception schedule of %1 is saved; the next answers carry it.</source>
        <translation>График приёма %1 сохранён; его передадут следующие ответы.</translation>
    </message>
    <message>
        <source>The reception schedule of %1 is unchanged.</source>
        <translation>График приёма %1 не изменился.</translation>
    </message>
    <message>
        <source>No city/district %1 is known here.</source>
        <translation>Город/район %1 здесь не известен.</translation>
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
        <source>Russian form made by rule: check it</source>
        <translation>русская форма составлена по правилу: проверьте</translation>
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
        <source>name in Russian</source>
        <translation>название на русском</translation>
    </message>
    <message>
        <source>full name in Russian</source>
        <translation>полное название на русском</translation>
    </message>
    <message>
        <source>akim&apos;s position in Russian</source>
        <translation>должность акима на русском</translation>
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
    <message>
        <source>clerk</source>
        <translation>специалист</translation>
    </message>
    <message>
        <source>akim</source>
        <translation>аким</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>district operator</source>
        <translation>оператор района</translation>
    </message>
</context>
</TS>
