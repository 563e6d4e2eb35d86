<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccountForm</name>
    <message>
        <source>New account</source>
        <translation>Жаңа тіркелгі</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>Әк&amp;есінің аты:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>Лау&amp;азымы:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Кіру аты:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Құпиясөз &amp;қайта:</translation>
    </message>
    <message>
        <source>Enter the surname.</source>
        <translation>Тегін енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the position.</source>
        <translation>Лауазымын енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>AccountTexts</name>
    <message>
        <source>Wrong login or password, or the account is locked for a while. Try again; if it keeps failing, ask the administrator.</source>
        <translation>Кіру аты немесе құпиясөз қате, не тіркелгі біраз уақытқа бұғатталған. Қайта көріңіз; бола бермесе, әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>Enter a login name.</source>
        <translation>Кіру атын енгізіңіз.</translation>
    </message>
    <message>
        <source>A login name is one word (no spaces) of up to %1 characters.</source>
        <translation>Кіру аты — %1 таңбаға дейінгі бір сөз (бос орынсыз).</translation>
    </message>
    <message>
        <source>This login name is taken: choose another one.</source>
        <translation>Бұл кіру аты бос емес: басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Құпиясөзде кемінде %1 таңба болуы керек.</translation>
    </message>
    <message>
        <source>This password is too long.</source>
        <translation>Бұл құпиясөз тым ұзын.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Екі құпиясөз сәйкес емес: бір құпиясөзді екі рет теріңіз.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Рөлді таңдаңыз.</translation>
    </message>
    <message>
        <source>This person has an account already.</source>
        <translation>Бұл адамның тіркелгісі бар.</translation>
    </message>
    <message>
        <source>You cannot disable the account you are logged in with.</source>
        <translation>Өзіңіз кірген тіркелгіні өшіре алмайсыз.</translation>
    </message>
    <message>
        <source>This account is gone: close the window and open it again.</source>
        <translation>Бұл тіркелгі жоқ: терезені жауып, қайта ашыңыз.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Тіркелгілер</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Кіру аты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Жаңа тіркелгі…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Құпиясөзді жаңарту…</translation>
    </message>
    <message>
        <source>&amp;Role…</source>
        <translation>&amp;Рөлі…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Бұғаттан шығару</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>locked until %1 (failed logins)</source>
        <translation>%1 дейін бұғатталған (сәтсіз кірулер)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Қ&amp;осу</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 рөлі:</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>Қыз&amp;мет:</translation>
    </message>
    <message>
        <source>Applicant &amp;kind:</source>
        <translation>Өтініш бе&amp;руші:</translation>
    </message>
    <message>
        <source>&amp;IIN / BIN:</source>
        <translation>Ж&amp;СН / БСН:</translation>
    </message>
    <message>
        <source>Household book:</source>
        <translation>Шаруашылық кітабы:</translation>
    </message>
    <message>
        <source>Le&amp;gal entity:</source>
        <translation>&amp;Заңды тұлға:</translation>
    </message>
    <message>
        <source>S&amp;urname:</source>
        <translation>Т&amp;егі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ат&amp;ы:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>Ә&amp;кесінің аты:</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>Телефо&amp;н:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Мекен&amp;жайы:</translation>
    </message>
    <message>
        <source>Language of &amp;documents:</source>
        <translation>Құжаттар т&amp;ілі:</translation>
    </message>
    <message>
        <source>Documents handed in</source>
        <translation>Тапсырылған құжаттар</translation>
    </message>
    <message>
        <source>Name of the legal entity</source>
        <translation>Заңды тұлғаның атауы</translation>
    </message>
    <message>
        <source>The talon and the refusal notice are printed in the applicant&apos;s language</source>
        <translation>Талон мен бас тарту туралы хабарлама өтініш берушінің тілінде басылады</translation>
    </message>
    <message>
        <source>an individual</source>
        <translation>жеке тұлға</translation>
    </message>
    <message>
        <source>a legal entity</source>
        <translation>заңды тұлға</translation>
    </message>
    <message>
        <source>%1 of 12 digits</source>
        <translation>12 цифрдың %1</translation>
    </message>
    <message>
        <source>IIN is valid: born %1</source>
        <translation>ЖСН дұрыс: туған күні %1</translation>
    </message>
    <message>
        <source>BIN is valid</source>
        <translation>БСН дұрыс</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
    <message>
        <source>personal account %1, %2</source>
        <translation>дербес шот %1, %2</translation>
    </message>
</context>
<context>
    <name>ApplicationCorrectionDialog</name>
    <message>
        <source>Record a correction</source>
        <translation>Түзетуді тіркеу</translation>
    </message>
    <message>
        <source>Application corrected after acceptance</source>
        <translation>Өтініш қабылданғаннан кейін түзетілді</translation>
    </message>
    <message>
        <source>Certificate reissued</source>
        <translation>Анықтама қайта берілді</translation>
    </message>
    <message>
        <source>Certificate cancelled</source>
        <translation>Анықтама жойылды</translation>
    </message>
    <message>
        <source>A clerk&apos;s error</source>
        <translation>Қызметкердің қатесі</translation>
    </message>
    <message>
        <source>The applicant&apos;s request or new facts</source>
        <translation>Тұтынушының өтініші немесе жаңа мән-жай</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Не болды:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Толығырақ:</translation>
    </message>
</context>
<context>
    <name>ApplicationErrors</name>
    <message>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>name of the legal entity</source>
        <translation>заңды тұлғаның атауы</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>себебі</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>дайын</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>берілді</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Толтырыңыз: %1.</translation>
    </message>
    <message>
        <source>Service %1 is not in the standard in force.</source>
        <translation>%1 қызметі қолданыстағы стандартта жоқ.</translation>
    </message>
    <message>
        <source>Choose whether the applicant is an individual or a legal entity.</source>
        <translation>Өтініш беруші жеке тұлға ма, заңды тұлға ма, таңдаңыз.</translation>
    </message>
    <message>
        <source>Service %1 is provided to individuals only, not to legal entities.</source>
        <translation>%1 қызметі заңды тұлғаларға емес, тек жеке тұлғаларға көрсетіледі.</translation>
    </message>
    <message>
        <source>Choose the language of the printed documents.</source>
        <translation>Басылатын құжаттардың тілін таңдаңыз.</translation>
    </message>
    <message>
        <source>Unknown document in the checklist: %1.</source>
        <translation>Тізімде белгісіз құжат: %1.</translation>
    </message>
    <message>
        <source>The akim office is not set up yet: choose it under Settings first.</source>
        <translation>Әкім аппараты әлі бапталмаған: алдымен оны «Баптаулар» мәзірінде таңдаңыз.</translation>
    </message>
    <message>
        <source>This application is no longer in the database.</source>
        <translation>Бұл өтініш дерекқорда енді жоқ.</translation>
    </message>
    <message>
        <source>Only an accepted application can be marked ready; this one is %1.</source>
        <translation>Тек қабылданған өтінішті дайын деп белгілеуге болады; бұл өтініш: %1.</translation>
    </message>
    <message>
        <source>Only a ready result can be issued; this application is %1.</source>
        <translation>Тек дайын нәтижені беруге болады; бұл өтініш: %1.</translation>
    </message>
    <message>
        <source>A talon is printed for accepted applications only; this one is %1.</source>
        <translation>Талон тек қабылданған өтініштерге басылады; бұл өтініш: %1.</translation>
    </message>
    <message>
        <source>A refusal notice is printed for refused applications only.</source>
        <translation>Бас тарту туралы хабарлама тек бас тартылған өтініштерге басылады.</translation>
    </message>
    <message>
        <source>Only an accepted application can be refused; this one is %1.</source>
        <translation>Тек қабылданған өтініштен бас тартуға болады; бұл өтініш: %1.</translation>
    </message>
    <message>
        <source>The office is closed (it opens at %1): write why the documents are taken now.</source>
        <translation>Мекеме жабық (%1 ашылады): құжаттардың неге қазір қабылданатынын жазыңыз.</translation>
    </message>
    <message>
        <source>This application cannot be saved (%1).</source>
        <translation>Бұл өтінішті сақтау мүмкін емес (%1).</translation>
    </message>
</context>
<context>
    <name>ApplicationList</name>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>Both services</source>
        <translation>Екі қызмет те</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>%1-қызмет</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Тапсырылды</translation>
    </message>
    <message>
        <source>Registration No, IIN/BIN or name</source>
        <translation>Тіркеу нөмірі, ЖСН/БСН немесе аты-жөні</translation>
    </message>
    <message>
        <source>Today&apos;s and open</source>
        <translation>Бүгінгілер мен аяқталмағандар</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Барлық күндер</translation>
    </message>
    <message>
        <source>Handed in between</source>
        <translation>Тапсырылған кезеңі</translation>
    </message>
    <message>
        <source>Today&apos;s: handed in or issued today. Open: accepted or ready, not yet issued, whenever handed in.</source>
        <translation>Бүгінгілер: бүгін тапсырылған немесе берілген өтініштер. Аяқталмағандар: қабылданған немесе дайын, бірақ әлі берілмеген өтініштер, қашан тапсырылғанына қарамастан.</translation>
    </message>
    <message>
        <source>The called visitor collects a result: ready applications of every date.</source>
        <translation>Шақырылған келуші нәтижені алады: барлық күндердің дайын өтініштері.</translation>
    </message>
    <message>
        <source>Registration No</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ЖСН / БСН</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Ready by</source>
        <translation>Дайын болады</translation>
    </message>
    <message>
        <source>Applications: more than %1</source>
        <translation>Өтініштер: кемінде %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, мерзімі өтті</translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation>Өтініштер: %1</translation>
    </message>
</context>
<context>
    <name>ApplicationTab</name>
    <message>
        <source>Print &amp;blank form</source>
        <translation>Бос б&amp;ланкті басып шығару</translation>
    </message>
    <message>
        <source>Print filled-in sa&amp;mple</source>
        <translation>Толтырылған &amp;үлгіні басып шығару</translation>
    </message>
    <message>
        <source>The application form on the set form, free of charge (item 13)</source>
        <translation>Белгіленген нысандағы өтініш бланкі, тегін (13-тармақ)</translation>
    </message>
    <message>
        <source>A&amp;ccept documents</source>
        <translation>Құжаттарды &amp;қабылдау</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Mark read&amp;y</source>
        <translation>&amp;Дайын деп белгілеу</translation>
    </message>
    <message>
        <source>Issu&amp;e</source>
        <translation>Бер&amp;у</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Бас &amp;тарту…</translation>
    </message>
    <message>
        <source>Refuse an accepted application with a reason (no household in the book, livestock not recorded, ...) and print the refusal notice</source>
        <translation>Қабылданған өтініштен себебін көрсетіп бас тарту (шаруашылық кітапта жоқ, мал тіркелмеген, ...) және бас тарту туралы хабарламаны басып шығару</translation>
    </message>
    <message>
        <source>Serving ticket %1</source>
        <translation>%1 талоны бойынша қызмет көрсетілуде</translation>
    </message>
    <message>
        <source>The office is closed</source>
        <translation>Мекеме жабық</translation>
    </message>
    <message>
        <source>The office is closed now; it opens at %1. Documents taken now count from the opening (the ready time on the talon says so). Why are they taken now?</source>
        <translation>Мекеме қазір жабық; %1 ашылады. Қазір қабылданған құжаттардың мерзімі ашылған сәттен басталады (талондағы дайын болу уақыты соны көрсетеді). Неге қазір қабылданады?</translation>
    </message>
    <message>
        <source>The result is ready to collect</source>
        <translation>Нәтиже алуға дайын</translation>
    </message>
    <message>
        <source>The result is handed over to the applicant</source>
        <translation>Нәтиже өтініш берушіге беріледі</translation>
    </message>
    <message>
        <source>Reprin&amp;t (copy)</source>
        <translation>Қайта басу (кө&amp;шірме)</translation>
    </message>
    <message>
        <source>&amp;Prepare certificate…</source>
        <translation>Анықтаманы &amp;дайындау…</translation>
    </message>
    <message>
        <source>The certificate from the household book; the application becomes ready</source>
        <translation>Шаруашылық кітабынан анықтама; өтініш дайын болады</translation>
    </message>
    <message>
        <source>Certificate c&amp;opy</source>
        <translation>Анықтама &amp;көшірмесі</translation>
    </message>
    <message>
        <source>Complain about this…</source>
        <translation>Осыған шағымдану…</translation>
    </message>
    <message>
        <source>The application was refused: documents missing.</source>
        <translation>Өтініштен бас тартылды: құжаттар жетіспейді.</translation>
    </message>
    <message>
        <source>Accepted: registration No %1, ready on %2.</source>
        <translation>Қабылданды: тіркеу нөмірі %1, дайын болады: %2.</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Құжаттар жетіспейді</translation>
    </message>
    <message>
        <source>These required documents were not handed in:
%1

Under the standard the application is refused. Refuse it and print the refusal notice?</source>
        <translation>Мына міндетті құжаттар тапсырылмады:
%1

Стандарт бойынша өтініштен бас тартылады. Бас тартып, хабарламаны басып шығару керек пе?</translation>
    </message>
    <message>
        <source>Only an accepted application can be marked ready.</source>
        <translation>Тек қабылданған өтінішті дайын деп белгілеуге болады.</translation>
    </message>
    <message>
        <source>The result of this service is a certificate and none is prepared yet: Prepare certificate marks the application ready.</source>
        <translation>Бұл қызметтің нәтижесі — анықтама, ол әлі дайындалған жоқ: «Анықтаманы дайындау» өтінішті дайын деп белгілейді.</translation>
    </message>
    <message>
        <source>Only a ready result can be issued.</source>
        <translation>Тек дайын нәтижені беруге болады.</translation>
    </message>
    <message>
        <source>No certificate was prepared for this application: there is nothing to hand over.</source>
        <translation>Бұл өтініш бойынша анықтама дайындалмаған: беретін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The certificate was issued.</source>
        <translation>Анықтама берілді.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Беру</translation>
    </message>
    <message>
        <source>Hand the certificate of application %1 to %2? This cannot be undone.</source>
        <translation>%1 өтініші бойынша анықтаманы %2 алушыға беру керек пе? Мұны кері қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>Refuse the application</source>
        <translation>Өтініштен бас тарту</translation>
    </message>
    <message>
        <source>Application %1 was accepted. Why is the service refused? The reason is printed on the refusal notice.</source>
        <translation>%1 өтініші қабылданған. Қызмет көрсетуден неге бас тартылады? Себебі бас тарту туралы хабарламада басылады.</translation>
    </message>
    <message>
        <source>The application was refused.</source>
        <translation>Өтініштен бас тартылды.</translation>
    </message>
    <message>
        <source>The certificate cannot be prepared</source>
        <translation>Анықтаманы дайындау мүмкін емес</translation>
    </message>
    <message>
        <source>Certificate No %1 prepared; the application is ready.</source>
        <translation>№ %1 анықтама дайындалды; өтініш дайын.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Не:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>&amp;Кім:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Мәтін:</translation>
    </message>
    <message>
        <source>a name, a number, a value before or after a change</source>
        <translation>аты-жөні, нөмір, өзгеріске дейінгі не кейінгі мән</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Барлық қызметкерлер</translation>
    </message>
    <message>
        <source>The selected entry as recorded:</source>
        <translation>Таңдалған жазба, жазылған күйінде:</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Тізбекті &amp;тексеру</translation>
    </message>
    <message>
        <source>Check that no entry was altered, removed or put out of order since written</source>
        <translation>Жазылғаннан бері ешбір жазба өзгертілмегенін, жойылмағанын, реті ауыстырылмағанын тексеру</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Бұрын:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Кейін:</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Аудит журналы тексерілуде…</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>Deleted (kept as a tombstone)</source>
        <translation>Жойылды (белгі ретінде сақталды)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Толық жойылды</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Құжат басып шығарылды</translation>
    </message>
    <message>
        <source>Document saved as PDF</source>
        <translation>Құжат PDF ретінде сақталды</translation>
    </message>
    <message>
        <source>Household book exported</source>
        <translation>Шаруашылық кітабы экспортталды</translation>
    </message>
    <message>
        <source>Household book imported</source>
        <translation>Шаруашылық кітабы импортталды</translation>
    </message>
    <message>
        <source>Reference data loaded</source>
        <translation>Анықтамалық деректер жүктелді</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Жүйеге кірді</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Кіру сәтсіз болды</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Жүйеден шықты</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Экран құлыпталды</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Экран құлпы ашылды</translation>
    </message>
    <message>
        <source>Password confirmed</source>
        <translation>Құпиясөз расталды</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Тіркелгі құрылды</translation>
    </message>
    <message>
        <source>Password reset by the administrator</source>
        <translation>Әкімші құпиясөзді жаңартты</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Рөл өзгертілді</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Тіркелгі өшірілді</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Тіркелгі қосылды</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Тіркелгі бұғаттан шығарылды</translation>
    </message>
    <message>
        <source>Account locked after failed logins</source>
        <translation>Сәтсіз кірулерден кейін тіркелгі бұғатталды</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Өз құпиясөзі өзгертілді</translation>
    </message>
    <message>
        <source>New office key made</source>
        <translation>Әкімдіктің жаңа кілті жасалды</translation>
    </message>
    <message>
        <source>Keys of the other side enrolled</source>
        <translation>Екінші жақтың кілттері тіркелді</translation>
    </message>
    <message>
        <source>Exchange key revoked</source>
        <translation>Алмасу кілті кері қайтарылды</translation>
    </message>
    <message>
        <source>Package for the district written</source>
        <translation>Аудан үшін пакет жазылды</translation>
    </message>
    <message>
        <source>Packages taken in</source>
        <translation>Пакеттер қабылданды</translation>
    </message>
    <message>
        <source>Answer for an office written</source>
        <translation>Әкімдікке жауап жазылды</translation>
    </message>
    <message>
        <source>District&apos;s answer taken in</source>
        <translation>Ауданның жауабы қабылданды</translation>
    </message>
    <message>
        <source>District&apos;s answer older than one taken in: set aside</source>
        <translation>Ауданның бұрын қабылданғанынан ескі жауабы: қолданылмады</translation>
    </message>
    <message>
        <source>Conflict settled</source>
        <translation>Қайшылық шешілді</translation>
    </message>
    <message>
        <source>Indicator report signed off by the akim</source>
        <translation>Көрсеткіштер есебін әкім бекітті</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Шаруашылық</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Шаруашылық мүшесі</translation>
    </message>
    <message>
        <source>Land plot</source>
        <translation>Жер учаскесі</translation>
    </message>
    <message>
        <source>Livestock count</source>
        <translation>Мал басы</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Application correction</source>
        <translation>Өтініштегі түзету</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>Complaint step</source>
        <translation>Шағым бойынша әрекет</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Кезек билеті</translation>
    </message>
    <message>
        <source>Queue event</source>
        <translation>Кезектегі оқиға</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>Сауалнама жауабы</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>Нөмірлер сериясы</translation>
    </message>
    <message>
        <source>Office key</source>
        <translation>Кеңсенің қол қою кілті</translation>
    </message>
    <message>
        <source>Reference data correction</source>
        <translation>Анықтамалық деректердегі түзету</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Тіркелгі</translation>
    </message>
    <message>
        <source>Exchange partner</source>
        <translation>Алмасу серіктесі</translation>
    </message>
    <message>
        <source>Exchange package</source>
        <translation>Алмасу пакеті</translation>
    </message>
    <message>
        <source>Package source</source>
        <translation>Пакет көзі</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Жазба нұсқасы</translation>
    </message>
    <message>
        <source>Exchange conflict</source>
        <translation>Алмасу қайшылығы</translation>
    </message>
    <message>
        <source>Report sign-off</source>
        <translation>Есептің бекітілуі</translation>
    </message>
    <message>
        <source>An office&apos;s report sign-off</source>
        <translation>Әкім аппараты есебінің бекітілуі</translation>
    </message>
    <message>
        <source>Entries whose personal data was purged by law: %1.</source>
        <translation>Жеке деректері заң бойынша жойылған жазбалар: %1.</translation>
    </message>
    <message>
        <source>The audit log is intact: nothing altered, removed or out of order (entries checked: %1).</source>
        <translation>Аудит журналы бүтін: ештеңе өзгертілмеген, жойылмаған, реті ауыспаған (тексерілген жазбалар: %1).</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was altered after it was written.</source>
        <translation>Аудит журналының %1-жазбасы жазылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was removed.</source>
        <translation>Аудит журналының %1-жазбасы жойылған.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 of the audit log were removed.</source>
        <translation>Аудит журналының %1–%2 жазбалары жойылған.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log is out of order: it was written after entry %2.</source>
        <translation>Аудит журналының %1-жазбасының реті бұзылған: ол %2-жазбадан кейін жазылған.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log is not the one recorded in the last sync package: the log was rewritten from there on.</source>
        <translation>Аудит журналының %1-жазбасы соңғы синхрондау пакетінде жазылғанмен сәйкес емес: журнал сол жерден бастап қайта жазылған.</translation>
    </message>
    <message>
        <source>The audit log breaks before entry %1: the entry before it was rewritten, or entries were removed and the later ones renumbered.</source>
        <translation>Аудит журналының тізбегі %1-жазбаның алдында үзілген: алдыңғы жазба қайта жазылған, не жазбалар жойылып, кейінгілері қайта нөмірленген.</translation>
    </message>
    <message>
        <source>Someone changed the database outside the program. Keep this computer as it is and tell the district administrator.</source>
        <translation>Біреу дерекқорды бағдарламадан тыс өзгерткен. Компьютерді осы күйінде қалдырып, аудандық әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Дерекқор резервтік көшірмеден қалпына келтірілді</translation>
    </message>
    <message>
        <source>Personal data purged again after a restore</source>
        <translation>Қалпына келтіруден кейін дербес деректер қайта жойылды</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>Daily backup of the database…</source>
        <translation>Дерекқордың күнделікті резервтік көшірмесі…</translation>
    </message>
    <message>
        <source>Backing up the database before closing…</source>
        <translation>Жабар алдында дерекқордың резервтік көшірмесі жасалуда…</translation>
    </message>
    <message>
        <source>The backup on closing failed</source>
        <translation>Жабар кездегі резервтік көшірме жасалмады</translation>
    </message>
    <message>
        <source>The last backup failed: %1</source>
        <translation>Соңғы резервтік көшірме жасалмады: %1</translation>
    </message>
    <message>
        <source>The last backup failed</source>
        <translation>Соңғы резервтік көшірме жасалмады</translation>
    </message>
    <message>
        <source>Little free disk space</source>
        <translation>Дискіде бос орын аз</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Taken</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>Бұл қалтада әлі резервтік көшірме жоқ.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>This database is on a server: the server&apos;s own tool (pg_dump) backs it up. Ask the district IT person.</source>
        <translation>Бұл дерекқор серверде: оның резервтік көшірмесін сервердің өз құралы (pg_dump) жасайды. Аудандағы АТ маманына хабарласыңыз.</translation>
    </message>
    <message>
        <source>There is not enough free space for the backup. No backup file was left behind. Free some space, or choose another backup folder under Settings &gt; Backups.</source>
        <translation>Резервтік көшірмеге бос орын жеткіліксіз. Жартылай жазылған файл қалған жоқ. Орын босатыңыз немесе «Баптаулар &gt; Резервтік көшірмелер» мәзірінде басқа қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup folder cannot be written (missing, read-only or a stick that was pulled out): %1. Check the folder under Settings &gt; Backups.</source>
        <translation>Резервтік көшірмелер қалтасына жазу мүмкін емес (жоқ, тек оқуға арналған немесе флешка суырылған): %1. Қалтаны «Баптаулар &gt; Резервтік көшірмелер» мәзірінде тексеріңіз.</translation>
    </message>
    <message>
        <source>The database itself is damaged: its copy failed the check and was not kept. Keep the earlier backups and call the district IT person.</source>
        <translation>Дерекқордың өзі бүлінген: оның көшірмесі тексеруден өтпеді және сақталмады. Бұрынғы резервтік көшірмелерді сақтап, аудандағы АТ маманына хабарласыңыз.</translation>
    </message>
    <message>
        <source>There is no such file: %1</source>
        <translation>Мұндай файл жоқ: %1</translation>
    </message>
    <message>
        <source>This file is not an Auyl Desk backup (not a database file): %1</source>
        <translation>Бұл файл Auyl Desk резервтік көшірмесі емес (дерекқор файлы емес): %1</translation>
    </message>
    <message>
        <source>This database file is not an Auyl Desk database: %1</source>
        <translation>Бұл дерекқор файлы Auyl Desk дерекқоры емес: %1</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored. Choose an earlier one.</source>
        <translation>Бұл резервтік көшірме бүлінген, оны қалпына келтіру мүмкін емес. Ертеректегісін таңдаңыз.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Auyl Desk. Install that version first, then restore it.</source>
        <translation>Бұл резервтік көшірмені Auyl Desk-тің жаңарақ нұсқасы жасаған. Алдымен сол нұсқаны орнатып, содан кейін қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>Another program (or a second Auyl Desk window) has the database open. Close it, then restore again. Nothing was changed.</source>
        <translation>Дерекқорды басқа бағдарлама (немесе Auyl Desk-тің екінші терезесі) ашып отыр. Оны жабыңыз да, қайта қалпына келтіріңіз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The backup cannot be used (%1).</source>
        <translation>Резервтік көшірмені пайдалану мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>Little free space on %1: %2 left, %3 needed for backups and the day&apos;s work. Free some space soon.</source>
        <translation>%1 дискісінде бос орын аз: %2 қалды, резервтік көшірмелер мен күндік жұмысқа %3 керек. Жақын арада орын босатыңыз.</translation>
    </message>
    <message>
        <source>no office set up</source>
        <translation>әкім аппараты бапталмаған</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Akim office</source>
        <translation>Әкім аппараты</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Шаруашылықтар</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Last application number</source>
        <translation>Соңғы өтініш нөмірі</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Анықтамалар</translation>
    </message>
    <message>
        <source>Last certificate number</source>
        <translation>Соңғы анықтама нөмірі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
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
        <translation>Резервтік көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <source>Replace the database %1 with this backup? Work done after the backup was taken will not be in it. The current database is kept beside it as a safety copy.</source>
        <translation>%1 дерекқорын осы резервтік көшірмемен ауыстырасыз ба? Көшірме жасалғаннан кейінгі жұмыс онда болмайды. Қазіргі дерекқор қасында сақтық көшірме ретінде сақталады.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>The backup is restored and the database is open again.</source>
        <translation>Резервтік көшірме қалпына келтірілді, дерекқор қайта ашылды.</translation>
    </message>
    <message>
        <source>The replaced database is kept as %1.</source>
        <translation>Ауыстырылған дерекқор %1 ретінде сақталды.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервтік көшірмелер</translation>
    </message>
    <message>
        <source>Auyl Desk backs the database up when it closes and once a day. Keep the backups on a second disk or a stick: a backup on the same disk is lost with it.</source>
        <translation>Auyl Desk дерекқордың резервтік көшірмесін жабылғанда және күніне бір рет жасайды. Көшірмелерді екінші дискіде немесе флешкада сақтаңыз: сол дискідегі көшірме дискімен бірге жоғалады.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Қалта:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Beside the &amp;data</source>
        <translation>&amp;Деректердің қасында</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Ең жаңаларын &amp;сақтау:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> көшірме</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Баптауларды &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Қазір көшірме &amp;жасау</translation>
    </message>
    <message>
        <source>&amp;Open a backup file…</source>
        <translation>Көшірме файлын &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>Таңдалған көшірмені қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Резервтік көшірмелер қалтасы</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Дерекқордың резервтік көшірмесі жасалуда…</translation>
    </message>
    <message>
        <source>Open a backup file</source>
        <translation>Резервтік көшірме файлын ашу</translation>
    </message>
    <message>
        <source>Auyl Desk databases (*.sqlite3);;All files (*)</source>
        <translation>Auyl Desk дерекқорлары (*.sqlite3);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The database cannot be opened. An administrator of the backup restores it: their login name:</source>
        <translation>Дерекқорды ашу мүмкін емес. Оны резервтік көшірменің әкімшісі қалпына келтіреді: оның кіру аты:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
</context>
<context>
    <name>BookErrors</name>
    <message>
        <source>personal account number</source>
        <translation>дербес шот нөмірі</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>елді мекен</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>relation to the head of household</source>
        <translation>отбасы басшысына туыстығы</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <source>land use</source>
        <translation>жердің мақсаты</translation>
    </message>
    <message>
        <source>area</source>
        <translation>ауданы</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>себебі</translation>
    </message>
    <message>
        <source>the date of consent</source>
        <translation>келісім берілген күн</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Толтырыңыз: %1.</translation>
    </message>
    <message>
        <source>Personal account %1 is already in the household book.</source>
        <translation>%1 дербес шоты шаруашылық кітабында бұрыннан бар.</translation>
    </message>
    <message>
        <source>The birth date does not agree with the IIN, which says %1.</source>
        <translation>Туған күні ЖСН-ге сәйкес келмейді; ЖСН бойынша: %1.</translation>
    </message>
    <message>
        <source>The sex does not agree with the IIN, which says %1.</source>
        <translation>Жынысы ЖСН-ге сәйкес келмейді; ЖСН бойынша: %1.</translation>
    </message>
    <message>
        <source>A person with this IIN is already registered in household %1.</source>
        <translation>Бұл ЖСН иесі %1 дербес шоты бойынша басқа шаруашылықта тіркелген.</translation>
    </message>
    <message>
        <source>A person with this IIN is already registered in this household.</source>
        <translation>Бұл ЖСН иесі осы шаруашылықта тіркеліп қойған.</translation>
    </message>
    <message>
        <source>This household already has a head.</source>
        <translation>Бұл шаруашылықтың отбасы басшысы бар.</translation>
    </message>
    <message>
        <source>A new household starts with its head.</source>
        <translation>Жаңа шаруашылық отбасы басшысын енгізуден басталады.</translation>
    </message>
    <message>
        <source>The head of household cannot be removed. Make another member the head first (edit that member), or close the household if it has left.</source>
        <translation>Отбасы басшысын шығаруға болмайды. Алдымен басқа мүшені басшы етіңіз (сол мүшені түзетіңіз) немесе шаруашылық көшіп кетсе, оны жабыңыз.</translation>
    </message>
    <message>
        <source>%1: more than %2 is unusual for one household.</source>
        <translation>%1: бір шаруашылық үшін %2-ден асуы әдеттен тыс.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1: сан теріс бола алмайды.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 0,15.</source>
        <translation>Сан енгізіңіз, мысалы, 0,15.</translation>
    </message>
    <message>
        <source>The area must be more than zero.</source>
        <translation>Аудан нөлден үлкен болуы керек.</translation>
    </message>
    <message>
        <source>Registration cannot begin before the person was born.</source>
        <translation>Тіркеу күні адамның туған күнінен ерте болмайды.</translation>
    </message>
    <message>
        <source>The date is earlier than the household&apos;s opening date.</source>
        <translation>Күні шаруашылық ашылған күннен ерте.</translation>
    </message>
    <message>
        <source>The date is earlier than the person&apos;s registration in the household.</source>
        <translation>Күні адамның шаруашылыққа тіркелген күнінен ерте.</translation>
    </message>
    <message>
        <source>This household is already closed.</source>
        <translation>Бұл шаруашылық жабылып қойған.</translation>
    </message>
    <message>
        <source>Unknown livestock group: %1.</source>
        <translation>Белгісіз мал тобы: %1.</translation>
    </message>
    <message>
        <source>Unknown land use: %1.</source>
        <translation>Жердің белгісіз мақсаты: %1.</translation>
    </message>
    <message>
        <source>A plot of less than %1 ha cannot be recorded.</source>
        <translation>%1 га-дан кіші учаскені жазуға болмайды.</translation>
    </message>
    <message>
        <source>%1: more than %2 cannot be right for one household, even when confirmed.</source>
        <translation>%1: бір шаруашылықта %2-ден көп болуы мүмкін емес, расталса да.</translation>
    </message>
    <message>
        <source>A date must be between %1 and %2.</source>
        <translation>Күн %1 мен %2 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>The date cannot be later than today.</source>
        <translation>Күн бүгіннен кейін болмауы керек.</translation>
    </message>
    <message>
        <source>This record is no longer in the book; it may have been changed elsewhere.</source>
        <translation>Бұл жазба кітапта енді жоқ; оны басқа жерден өзгерткен болуы мүмкін.</translation>
    </message>
    <message>
        <source>The akim office is not set up yet: choose it under Settings first.</source>
        <translation>Әкімдік әлі таңдалмаған: алдымен оны «Баптаулар» мәзірінде таңдаңыз.</translation>
    </message>
    <message>
        <source>A plot of more than %1 ha is not plausible.</source>
        <translation>%1 га-дан үлкен учаске болуы мүмкін емес.</translation>
    </message>
    <message>
        <source>The birth date is not plausible.</source>
        <translation>Туған күні шындыққа жанаспайды.</translation>
    </message>
    <message>
        <source>This value cannot be saved (%1).</source>
        <translation>Бұл мәнді сақтау мүмкін емес (%1).</translation>
    </message>
</context>
<context>
    <name>CertificateDateDialog</name>
    <message>
        <source>Prepare certificate</source>
        <translation>Анықтаманы дайындау</translation>
    </message>
    <message>
        <source>Household book &amp;as of:</source>
        <translation>Шаруашылық кітабы, &amp;күні:</translation>
    </message>
    <message>
        <source>The certificate states the household book on this date and prints it.</source>
        <translation>Анықтама шаруашылық кітабын осы күнгі жағдай бойынша көрсетеді және бұл күнді басып шығарады.</translation>
    </message>
</context>
<context>
    <name>CertificateTexts</name>
    <message>
        <source>This application is no longer in the database.</source>
        <translation>Бұл өтініш дерекқорда енді жоқ.</translation>
    </message>
    <message>
        <source>A certificate is prepared for an accepted application only; this one is %1.</source>
        <translation>Анықтама тек қабылданған өтініш бойынша дайындалады; бұл өтініштің күйі: %1.</translation>
    </message>
    <message>
        <source>The akim office is not set up yet: choose it under Settings first.</source>
        <translation>Әкім аппараты әлі таңдалмаған: алдымен Баптауларда таңдаңыз.</translation>
    </message>
    <message>
        <source>The office&apos;s signing key was revoked on %1: it signs no more certificates. Make a new key: open Settings &gt; Office and clerk and save. Certificates signed before the revocation stay valid.</source>
        <translation>Аппараттың қолтаңба кілті %1 күні кері қайтарылған: ол енді анықтамаларға қол қоймайды. Жаңа кілт жасаңыз: Баптаулар &gt; Әкімдік және маман терезесін ашып, сақтаңыз. Кері қайтарылғанға дейін қол қойылған анықтамалар жарамды болып қалады.</translation>
    </message>
    <message>
        <source>The office&apos;s signing key is missing on this computer. Open Settings &gt; Office and clerk and save: a new key is created.</source>
        <translation>Бұл компьютерде аппараттың қолтаңба кілті жоқ. Баптаулар &gt; Әкімдік және маман терезесін ашып, сақтаңыз: жаңа кілт жасалады.</translation>
    </message>
    <message>
        <source>The certificate cannot state the book as of a future date.</source>
        <translation>Анықтама кітапты болашақ күнгі жағдай бойынша көрсете алмайды.</translation>
    </message>
    <message>
        <source>The applicant has no household in the household book. Add the household (or correct the IIN of its member) in the Household book tab and prepare the certificate again; if the applicant keeps no household, refuse and print the reason.</source>
        <translation>Өтініш берушінің шаруашылық кітабында шаруашылығы жоқ. «Шаруашылық кітабы» қойындысында шаруашылықты қосыңыз (немесе оның мүшесінің ЖСН-ін түзетіңіз) да, анықтаманы қайта дайындаңыз; өтініш берушінің шаруашылығы болмаса, бас тартып, себебін басып шығарыңыз.</translation>
    </message>
    <message>
        <source>The household was opened in the book on %1, after the chosen date. Choose a later date.</source>
        <translation>Шаруашылық кітапқа %1 енгізілген, бұл таңдалған күннен кейін. Кейінірек күнді таңдаңыз.</translation>
    </message>
    <message>
        <source>The household was closed in the book on %1. Choose an earlier date or check the record.</source>
        <translation>Шаруашылық кітапта %1 жабылған. Ертерек күнді таңдаңыз немесе жазбаны тексеріңіз.</translation>
    </message>
    <message>
        <source>The household book has no livestock for this household as of %1. Record the head count (from the veterinary passport) in the Household book tab first, or refuse and print the reason.</source>
        <translation>Шаруашылық кітабында бұл шаруашылықтың %1 жағдай бойынша малы жоқ. Алдымен «Шаруашылық кітабы» қойындысында мал басын (ветеринарлық паспорт бойынша) енгізіңіз немесе бас тартып, себебін басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Prepare the certificate before issuing it.</source>
        <translation>Анықтаманы бермес бұрын оны дайындаңыз.</translation>
    </message>
    <message>
        <source>Only a ready certificate can be issued; this application is %1.</source>
        <translation>Тек дайын анықтаманы беруге болады; бұл өтініштің күйі: %1.</translation>
    </message>
    <message>
        <source>The certificate cannot be prepared (%1).</source>
        <translation>Анықтаманы дайындау мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>Genuine: issued and signed by the office named below. Compare the signed content below with the paper.</source>
        <translation>Түпнұсқа: төменде аталған аппарат берген және қол қойған. Төмендегі қол қойылған мазмұнды қағаздағымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Demo: made from training data, not a valid certificate.</source>
        <translation>Демо: оқу деректерінен жасалған, жарамды анықтама емес.</translation>
    </message>
    <message>
        <source>Altered: the printed text differs from the signed content. Only the signed content below is what the office issued.</source>
        <translation>Өзгертілген: басылған мәтін қол қойылған мазмұннан өзгеше. Аппарат тек төмендегі қол қойылған мазмұнды берген.</translation>
    </message>
    <message>
        <source>Revoked key: signed after the office&apos;s key was revoked. Not a valid certificate; ask the office.</source>
        <translation>Кері қайтарылған кілт: аппараттың кілті кері қайтарылғаннан кейін қол қойылған. Жарамды анықтама емес; аппаратқа хабарласыңыз.</translation>
    </message>
    <message>
        <source>Forged: the signature does not match. The certificate was altered.</source>
        <translation>Жалған: қолтаңба сәйкес келмейді. Анықтама өзгертілген.</translation>
    </message>
    <message>
        <source>The office&apos;s key file on this computer was replaced by another key: nothing is signed until an administrator makes a new key (Settings &gt; Make a new office key…).</source>
        <translation>Осы компьютердегі әкімдік кілтінің файлы басқа кілтпен ауыстырылған: әкімші жаңа кілт жасағанша ештеңе қол қойылмайды (Баптаулар &gt; Әкімдіктің жаңа кілтін жасау…).</translation>
    </message>
    <message>
        <source>No one is registered in this household as of %1. Check the members&apos; dates in the Household book tab or choose another date.</source>
        <translation>%1 күніне бұл шаруашылықта ешкім тіркелмеген. «Шаруашылық кітабы» қойындысында мүшелердің күндерін тексеріңіз немесе басқа күнді таңдаңыз.</translation>
    </message>
    <message>
        <source>A text of the certificate (the applicant&apos;s or a member&apos;s name, an address) is far too long to print. Nothing was kept and no number was taken; correct the text and prepare the certificate again.</source>
        <translation>Анықтаманың мәтіні (өтініш берушінің немесе шаруашылық мүшесінің аты, мекенжай) басып шығаруға тым ұзын. Ештеңе сақталмады, нөмір алынған жоқ; мәтінді түзетіп, анықтаманы қайта дайындаңыз.</translation>
    </message>
    <message>
        <source>Signature genuine, but this office&apos;s record of this number holds other content (the record was renumbered or the database restored from an older copy). The certificate is not forged: ask the office which record is in force.</source>
        <translation>Қолтаңба түпнұсқа, бірақ әкімдіктің осы нөмірдегі жазбасында басқа мазмұн тұр (жазбаның нөмірі өзгертілген немесе дерекқор ескі көшірмеден қалпына келтірілген). Анықтама жалған емес: қай жазба күшінде екенін әкімдіктен сұраңыз.</translation>
    </message>
    <message>
        <source>Unknown office: its key is not among the known office keys. Ask the district for the current list of keys.</source>
        <translation>Белгісіз аппарат: оның кілті белгілі кілттердің арасында жоқ. Аудан әкімдігінен кілттердің өзекті тізімін сұраңыз.</translation>
    </message>
    <message>
        <source>Not a certificate code: nothing readable was found.</source>
        <translation>Анықтама коды емес: оқылатын ештеңе табылмады.</translation>
    </message>
    <message>
        <source>The office&apos;s key was revoked on %1, after this certificate was signed: the certificate stays valid.</source>
        <translation>Аппараттың кілті %1 күні, осы анықтамаға қол қойылғаннан кейін кері қайтарылған: анықтама жарамды болып қалады.</translation>
    </message>
    <message>
        <source>no certificate code was found</source>
        <translation>анықтама коды табылмады</translation>
    </message>
    <message>
        <source>the PDF file cannot be read</source>
        <translation>PDF файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the code is damaged</source>
        <translation>код бүлінген</translation>
    </message>
    <message>
        <source>the code does not start as a certificate</source>
        <translation>код анықтама кодындай басталмайды</translation>
    </message>
    <message>
        <source>the code has foreign characters</source>
        <translation>кодта бөгде таңбалар бар</translation>
    </message>
    <message>
        <source>the code is cut short or too long</source>
        <translation>код қысқартылған немесе тым ұзын</translation>
    </message>
    <message>
        <source>the code&apos;s texts are damaged</source>
        <translation>кодтағы мәтіндер бүлінген</translation>
    </message>
    <message>
        <source>the code is of an unknown kind</source>
        <translation>кодтың түрі белгісіз</translation>
    </message>
    <message>
        <source>the code&apos;s livestock list is damaged</source>
        <translation>кодтағы мал тізімі бүлінген</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>анықтама нөмірі</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>анықтама иесі</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ЖСН / БСН</translation>
    </message>
    <message>
        <source>as-of date</source>
        <translation>жағдай бойынша күні</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>дербес шот нөмірі</translation>
    </message>
    <message>
        <source>land area</source>
        <translation>жер ауданы</translation>
    </message>
    <message>
        <source>livestock totals by group</source>
        <translation>топтар бойынша мал басының жиыны</translation>
    </message>
    <message>
        <source>head count: %1</source>
        <translation>мал басы: %1</translation>
    </message>
    <message>
        <source>livestock not in the signed content: %1</source>
        <translation>қол қойылған мазмұнда жоқ мал: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Printed differently</source>
        <translation>Басқаша басылған</translation>
    </message>
    <message>
        <source>Certificate No</source>
        <translation>Анықтама №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Анықтама иесі</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Жағдай бойынша</translation>
    </message>
    <message>
        <source>Account No</source>
        <translation>Дербес шот №</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Шаруашылық мүшелері</translation>
    </message>
    <message>
        <source>Land, ha</source>
        <translation>Жер, га</translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation>Мал</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Кілт кері қайтарылған</translation>
    </message>
    <message>
        <source>1 — keeps a subsidiary household farm</source>
        <translation>1 — қосалқы шаруашылығының бар екендігі туралы</translation>
    </message>
    <message>
        <source>2 — livestock head count</source>
        <translation>2 — мал басы туралы</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>Шағымды тіркеу</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Қалай түсті:</translation>
    </message>
    <message>
        <source>Complainant &amp;kind:</source>
        <translation>Шағым берушінің &amp;түрі:</translation>
    </message>
    <message>
        <source>&amp;IIN / BIN:</source>
        <translation>Ж&amp;СН / БСН:</translation>
    </message>
    <message>
        <source>Household book:</source>
        <translation>Шаруашылық кітабы:</translation>
    </message>
    <message>
        <source>Le&amp;gal entity:</source>
        <translation>&amp;Заңды тұлға:</translation>
    </message>
    <message>
        <source>S&amp;urname:</source>
        <translation>Т&amp;егі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>Ә&amp;кесінің аты:</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>Телефо&amp;н:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Электрондық пошта:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Мекен&amp;жайы:</translation>
    </message>
    <message>
        <source>Language of &amp;papers:</source>
        <translation>Құжаттар &amp;тілі:</translation>
    </message>
    <message>
        <source>About &amp;whom:</source>
        <translation>&amp;Кімге шағым:</translation>
    </message>
    <message>
        <source>Related to:</source>
        <translation>Байланысты:</translation>
    </message>
    <message>
        <source>Complaint &amp;text:</source>
        <translation>Шағым &amp;мәтіні:</translation>
    </message>
    <message>
        <source>Papers &amp;handed in:</source>
        <translation>&amp;Берілген құжаттар:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>жеке тұлға</translation>
    </message>
    <message>
        <source>legal entity</source>
        <translation>заңды тұлға</translation>
    </message>
    <message>
        <source>names, separated by semicolons</source>
        <translation>атаулары, нүктелі үтір арқылы</translation>
    </message>
    <message>
        <source>Addressee of complaints and the next receptions</source>
        <translation>Шағымдар жолданатын орган және жақын қабылдау күндері</translation>
    </message>
    <message>
        <source>Not set up yet.</source>
        <translation>Әлі бапталмаған.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>%1 өтініш</translation>
    </message>
    <message>
        <source>the called queue ticket</source>
        <translation>шақырылған кезек талоны</translation>
    </message>
    <message>
        <source>not found in the household book</source>
        <translation>шаруашылық кітабында табылмады</translation>
    </message>
    <message>
        <source>found: account %1</source>
        <translation>табылды: дербес шот %1</translation>
    </message>
</context>
<context>
    <name>ComplaintErrors</name>
    <message>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>name of the legal entity</source>
        <translation>заңды тұлғаның атауы</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Толтырыңыз: %1.</translation>
    </message>
    <message>
        <source>Choose how the complaint was received: orally, in writing, by post or electronically.</source>
        <translation>Шағымның қалай түскенін таңдаңыз: ауызша, жазбаша, пошта арқылы немесе электрондық түрде.</translation>
    </message>
    <message>
        <source>Choose whether the complainant is an individual or a legal entity.</source>
        <translation>Шағым беруші жеке тұлға ма, заңды тұлға ма, таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose whom the complaint is about.</source>
        <translation>Шағымның кімге екенін таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the language of the printed papers.</source>
        <translation>Басып шығарылатын құжаттардың тілін таңдаңыз.</translation>
    </message>
    <message>
        <source>This e-mail address has no @.</source>
        <translation>Бұл электрондық пошта мекенжайында @ жоқ.</translation>
    </message>
    <message>
        <source>Write down what the complaint is about.</source>
        <translation>Шағымның мазмұнын жазыңыз.</translation>
    </message>
    <message>
        <source>The district&apos;s agriculture department is not in the reference data.</source>
        <translation>Ауданның ауыл шаруашылығы бөлімі анықтамалық деректерде жоқ.</translation>
    </message>
    <message>
        <source>The akim office is not set up yet: choose it under Settings first.</source>
        <translation>Әкім аппараты әлі таңдалмаған: алдымен Баптауларда таңдаңыз.</translation>
    </message>
    <message>
        <source>This record is no longer in the database.</source>
        <translation>Бұл жазба дерекқорда енді жоқ.</translation>
    </message>
    <message>
        <source>The terms this complaint was registered under are not in the rules.</source>
        <translation>Шағым тіркелген мерзімдер ережелерде жоқ.</translation>
    </message>
    <message>
        <source>A term is at least 1.</source>
        <translation>Мерзім кемінде 1.</translation>
    </message>
    <message>
        <source>Write the reason for the extension: the complainant is told it.</source>
        <translation>Ұзарту себебін жазыңыз: ол шағым берушіге хабарланады.</translation>
    </message>
    <message>
        <source>The term was already extended on %1; the law allows it once.</source>
        <translation>Мерзім %1 ұзартылған; заң бойынша тек бір рет рұқсат етіледі.</translation>
    </message>
    <message>
        <source>The term ended on %1: it can no longer be extended.</source>
        <translation>Мерзім %1 аяқталды: енді ұзартуға болмайды.</translation>
    </message>
    <message>
        <source>An extension cannot be decided before registration (%1).</source>
        <translation>Ұзарту туралы шешім тіркеуден (%1) бұрын қабылданбайды.</translation>
    </message>
    <message>
        <source>The new due date must be after the current one (%1).</source>
        <translation>Жаңа мерзім қазіргі мерзімнен (%1) кейін болуы керек.</translation>
    </message>
    <message>
        <source>The law allows an extension up to %1 at most.</source>
        <translation>Заң мерзімді ең көбі %1 дейін ұзартуға рұқсат береді.</translation>
    </message>
    <message>
        <source>The new due date is a day off; the next working day is %1.</source>
        <translation>Жаңа мерзім демалыс күніне түседі; келесі жұмыс күні – %1.</translation>
    </message>
    <message>
        <source>A complaint cannot be forwarded before registration (%1).</source>
        <translation>Шағымды тіркеуден (%1) бұрын жіберуге болмайды.</translation>
    </message>
    <message>
        <source>The complaint was already forwarded on %1.</source>
        <translation>Шағым %1 жіберілген.</translation>
    </message>
    <message>
        <source>Write the body the complaint is forwarded to.</source>
        <translation>Шағым жіберілетін органды жазыңыз.</translation>
    </message>
    <message>
        <source>The answer cannot be dated before registration (%1).</source>
        <translation>Жауап күні тіркеу күнінен (%1) бұрын болмайды.</translation>
    </message>
    <message>
        <source>The answer cannot be dated in the future.</source>
        <translation>Жауап күні болашақта болмайды.</translation>
    </message>
    <message>
        <source>Choose whether the complaint was found justified.</source>
        <translation>Шағымның негізді болған-болмағанын таңдаңыз.</translation>
    </message>
    <message>
        <source>Write a summary of the answer.</source>
        <translation>Жауаптың қысқаша мазмұнын жазыңыз.</translation>
    </message>
    <message>
        <source>The complaint is already answered or closed: nothing can change.</source>
        <translation>Шағымға жауап берілген немесе ол жабылған: өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Only a registered complaint can be forwarded.</source>
        <translation>Тек тіркелген шағымды жіберуге болады.</translation>
    </message>
    <message>
        <source>This complaint already has its answer.</source>
        <translation>Бұл шағымға жауап берілген.</translation>
    </message>
    <message>
        <source>Only an answered complaint can be closed.</source>
        <translation>Тек жауап берілген шағымды жабуға болады.</translation>
    </message>
    <message>
        <source>A protocol is written for oral complaints only.</source>
        <translation>Хаттама тек ауызша шағымға жасалады.</translation>
    </message>
    <message>
        <source>The term of this complaint was not extended.</source>
        <translation>Бұл шағымның мерзімі ұзартылмаған.</translation>
    </message>
    <message>
        <source>This complaint was not forwarded.</source>
        <translation>Бұл шағым жіберілмеген.</translation>
    </message>
    <message>
        <source>This complaint cannot be saved (%1).</source>
        <translation>Бұл шағымды сақтау мүмкін емес (%1).</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <source>orally, at reception</source>
        <translation>ауызша, қабылдауда</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>жазбаша</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>пошта арқылы</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>электрондық түрде</translation>
    </message>
    <message>
        <source>this akim office</source>
        <translation>осы әкім аппараты</translation>
    </message>
    <message>
        <source>the district agriculture department</source>
        <translation>аудандық ауыл шаруашылығы бөлімі</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>жауап берілді</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>мерзімінде</translation>
    </message>
    <message>
        <source>due within 2 working days</source>
        <translation>2 жұмыс күнінде мерзімі бітеді</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <source>answered in time</source>
        <translation>мерзімінде жауап берілді</translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>кешіктіріп жауап берілді</translation>
    </message>
    <message>
        <source>forwarded, the term stopped</source>
        <translation>жіберілді, мерзім тоқтады</translation>
    </message>
    <message>
        <source>term extended</source>
        <translation>мерзім ұзартылды</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>мереке күні</translation>
    </message>
    <message>
        <source>day off by decree</source>
        <translation>Үкімет жариялаған демалыс</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Әкім</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Орынбасарлар</translation>
    </message>
    <message>
        <source>Deputy %1</source>
        <translation>%1-орынбасар</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Орынбасар</translation>
    </message>
    <message>
        <source>no dates can be computed: %1</source>
        <translation>күндерін есептеу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>%1: no reception (%2)</source>
        <translation>%1: қабылдау жоқ (%2)</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, сағ. %2-ден бастап</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsDialog</name>
    <message>
        <source>Review</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <source>Longest extension</source>
        <translation>Ең ұзақ ұзарту</translation>
    </message>
    <message>
        <source>Notice of the extension within</source>
        <translation>Ұзарту туралы хабарлау мерзімі</translation>
    </message>
    <message>
        <source>Forwarding within</source>
        <translation>Жіберу мерзімі</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>күнтізбелік күн</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>months</source>
        <translation>ай</translation>
    </message>
    <message>
        <source>Law No 221 of 12.01.2007 (until 30.06.2021)</source>
        <translation>2007 жылғы 12 қаңтардағы № 221 Заң (30.06.2021 дейін)</translation>
    </message>
    <message>
        <source>Administrative Procedure Code (from 01.07.2021)</source>
        <translation>Әкімшілік рәсімдік-процестік кодекс (01.07.2021 бастап)</translation>
    </message>
    <message>
        <source>Complaint settings</source>
        <translation>Шағымдарды баптау</translation>
    </message>
    <message>
        <source>Complaint &amp;talon paper:</source>
        <translation>Шағым &amp;талонының қағазы:</translation>
    </message>
    <message>
        <source>half an A4 sheet</source>
        <translation>A4 парағының жартысы</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>80 мм чек таспасы</translation>
    </message>
    <message>
        <source>Terms that could not be confirmed from the act&apos;s own text: the act&apos;s value as read in secondary sources is the default. A changed value applies to complaints registered from now on.</source>
        <translation>Актінің өз мәтінінен расталмаған мерзімдер: әдепкі мән – қосалқы дереккөздерден оқылған актідегі мән. Өзгертілген мән бұдан былай тіркелетін шағымдарға қолданылады.</translation>
    </message>
    <message>
        <source>The act&apos;s value: %1</source>
        <translation>Актідегі мән: %1</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <source>Extend the term of %1</source>
        <translation>%1 мерзімін ұзарту</translation>
    </message>
    <message>
        <source>Due now: %1; the law allows one extension, up to %2, and the complainant is told with a printed notice</source>
        <translation>Қазіргі мерзім: %1; заң бір рет, %2 дейін ұзартуға рұқсат береді, шағым берушіге басылған хабарлама беріледі</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>&amp;New due date:</source>
        <translation>&amp;Жаңа мерзім:</translation>
    </message>
    <message>
        <source>Forward %1</source>
        <translation>%1 жіберу</translation>
    </message>
    <message>
        <source>Outside this office&apos;s competence: forward by %1 and give the complainant the printed notice.</source>
        <translation>Әкім аппаратының құзыретіне жатпайды: %1 дейін жіберіп, шағым берушіге басылған хабарламаны беріңіз.</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <translation>&amp;Қайда жіберіледі:</translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation>%1 жауап</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Мерзімі: %1</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Шешім:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>негізді</translation>
    </message>
    <message>
        <source>not justified</source>
        <translation>негізсіз</translation>
    </message>
    <message>
        <source>Answer &amp;date:</source>
        <translation>Жауап &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Summary of the answer:</source>
        <translation>Жауаптың &amp;қысқаша мазмұны:</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>&amp;New complaint…</source>
        <translation>&amp;Жаңа шағым…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Тәсілі:</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>overdue or due within 2 working days</source>
        <translation>мерзімі өткен не 2 жұмыс күнінде бітетін</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түскен уақыты</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Шағым беруші</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>open, due by the date:</source>
        <translation>ашық, мерзімі мына күнге дейін:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Мерзім бойынша</translation>
    </message>
    <message>
        <source>&amp;Talon</source>
        <translation>Т&amp;алон</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Хаттама</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Ұзарту…</translation>
    </message>
    <message>
        <source>E&amp;xtension notice</source>
        <translation>Ұзарту &amp;хабарламасы</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>Ж&amp;іберу…</translation>
    </message>
    <message>
        <source>Forwarding &amp;notice</source>
        <translation>Жіберу х&amp;абарламасы</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>Ж&amp;ауап…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>Ж&amp;абу…</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>Шағымдар (%1)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>Complaints: %1 overdue, %2 due soon.</source>
        <translation>Шағымдар: мерзімі өткен – %1, мерзімі жақын – %2.</translation>
    </message>
    <message>
        <source>Complaints: %1 overdue, %2 due within 2 working days.</source>
        <translation>Шағымдар: мерзімі өткен – %1, 2 жұмыс күнінде мерзімі бітетін – %2.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Кімге шағым</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Қабылдаған</translation>
    </message>
    <message>
        <source>Papers handed in</source>
        <translation>Берілген құжаттар</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>* received on a day off, registered on the next working day</source>
        <translation>* демалыс күні түсті, келесі жұмыс күні тіркелді</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Ұзартылды</translation>
    </message>
    <message>
        <source>on %1 from %2: %3</source>
        <translation>%1, бұрынғы мерзім %2: %3</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>негізді</translation>
    </message>
    <message>
        <source>not justified</source>
        <translation>негізсіз</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation>Шағымды жабу</translation>
    </message>
    <message>
        <source>Close complaint %1? Its file is then complete and cannot change.</source>
        <translation>%1 шағымын жабу керек пе? Одан кейін ол өзгертілмейді.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Records changed at both ends</source>
        <translation>Екі жақта да өзгерген жазбалар</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>District&apos;s version</source>
        <translation>Аудан нұсқасы</translation>
    </message>
    <message>
        <source>Changed at the district</source>
        <translation>Аудандағы өзгеріс</translation>
    </message>
    <message>
        <source>Office&apos;s version</source>
        <translation>Аппарат нұсқасы</translation>
    </message>
    <message>
        <source>Changed at the office</source>
        <translation>Аппараттағы өзгеріс</translation>
    </message>
    <message>
        <source>Keep the district&apos;s</source>
        <translation>Аудан нұсқасын қалдыру</translation>
    </message>
    <message>
        <source>Take the office&apos;s</source>
        <translation>Аппарат нұсқасын алу</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Reference data: values to check</source>
        <translation>Анықтамалық деректер: тексерілетін мәндер</translation>
    </message>
    <message>
        <source>These values were copied from the standard exactly as printed and look wrong (yellow). Check them against the original and correct them; each correction is recorded with your name and the time (green). After them come the Russian names of places, made by rule from the Kazakh ones: check them too.</source>
        <translation>Бұл мәндер стандарттан басылғандай көшірілген және қате сияқты (сары). Оларды түпнұсқамен салыстырып, түзетіңіз; әр түзету сіздің атыңызбен және уақытымен жазылады (жасыл). Олардан кейін қазақша атаулардан ереже бойынша жасалған елді мекендердің орысша атаулары тұр: оларды да тексеріңіз.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>As in the standard</source>
        <translation>Стандарттағыдай</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Қазіргі мәні</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>Кім түзетті</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Түзету…</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Алдымен жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>This schedule is kept exactly as printed in the standard and cannot be edited here.</source>
        <translation>Бұл кесте стандартта басылғандай сақталады, оны мұнда өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>Separate several values with &apos;;&apos;.</source>
        <translation>Бірнеше мәнді &apos;;&apos; белгісімен бөліңіз.</translation>
    </message>
    <message>
        <source>Correct a value</source>
        <translation>Мәнді түзету</translation>
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
            <numerusform>%n әкімдік</numerusform>
            <numerusform>%n әкімдік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found</source>
        <translation>
            <numerusform>%n шаруашылық табылды</numerusform>
            <numerusform>%n шаруашылық табылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo household(s) added in %1 s.</source>
        <translation>
            <numerusform>%n демо шаруашылық %1 с ішінде қосылды.</numerusform>
            <numerusform>%n демо шаруашылық %1 с ішінде қосылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n шағым</numerusform>
            <numerusform>%n шағым</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseTexts</name>
    <message>
        <source>Auyl Desk cannot open its database</source>
        <translation>Auyl Desk дерекқорын аша алмайды</translation>
    </message>
    <message>
        <source>Auyl Desk has not opened the database %1 and has written nothing to it.</source>
        <translation>Auyl Desk %1 дерекқорын ашпады және оған ештеңе жазбады.</translation>
    </message>
    <message>
        <source>The file is damaged: the database&apos;s own check found errors in it. Do not work in it. Restore the latest good backup (close Auyl Desk, put the backup in place of the file), or call the district IT person. Keep the damaged file: do not delete it.</source>
        <translation>Файл бүлінген: дерекқордың өз тексеруі онда қателер тапты. Онда жұмыс істемеңіз. Соңғы жарамды сақтық көшірмені қалпына келтіріңіз (Auyl Desk бағдарламасын жабыңыз да, көшірмені файлдың орнына қойыңыз) немесе аудандағы АТ маманына хабарласыңыз. Бүлінген файлды сақтаңыз: оны жоймаңыз.</translation>
    </message>
    <message>
        <source>This file is not an Auyl Desk database. Check the file name (--db), or restore the latest good backup in its place.</source>
        <translation>Бұл файл Auyl Desk дерекқоры емес. Файл атауын тексеріңіз (--db) немесе оның орнына соңғы жарамды сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The file or its folder is read-only. Ask the district IT person to allow this user to write there; the data in it is not damaged.</source>
        <translation>Файл немесе оның қалтасы тек оқуға арналған. Аудандағы АТ маманынан осы пайдаланушыға онда жазуға рұқсат беруін сұраңыз; ондағы деректер бүлінбеген.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that the disk is connected and that this user may read the file.</source>
        <translation>Файлды оқу мүмкін емес. Диск қосылғанын және осы пайдаланушының файлды оқуға рұқсаты барын тексеріңіз.</translation>
    </message>
    <message>
        <source>Another program is holding the database. Close the other program (or another copy of Auyl Desk) and start again. The file is not damaged: do not restore a backup.</source>
        <translation>Дерекқорды басқа бағдарлама ұстап тұр. Сол бағдарламаны (немесе Auyl Desk бағдарламасының екінші данасын) жабыңыз да, қайта іске қосыңыз. Файл бүлінбеген: сақтық көшірмені қалпына келтірмеңіз.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space on the disk and start again.</source>
        <translation>Диск толып қалды. Дискіде орын босатып, қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, and the safety copy taken before it could not be made (is the disk full, or the backups folder read-only?). Nothing was upgraded. Free some space or allow writing to the backups folder, and start again.</source>
        <translation>Дерекқорды жаңарту керек, ал оның алдындағы сақтық көшірмені жасау мүмкін болмады (диск толды ма, әлде сақтық көшірмелер қалтасы тек оқуға арналған ба?). Ештеңе жаңартылған жоқ. Орын босатыңыз немесе сақтық көшірмелер қалтасына жазуға рұқсат беріңіз де, қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Толығырақ: %1</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Сақтық көшірмелер қалтасын ашу</translation>
    </message>
    <message>
        <source>Restore the latest good backup (%1)…</source>
        <translation>Соңғы жарамды сақтық көшірмені қалпына келтіру (%1)…</translation>
    </message>
</context>
<context>
    <name>DistrictReportsDialog</name>
    <message>
        <source>Indicator reports of the offices</source>
        <translation>Аппараттардың көрсеткіштер есептері</translation>
    </message>
    <message>
        <source>Whole district</source>
        <translation>Бүкіл аудан</translation>
    </message>
    <message>
        <source>Records of:</source>
        <translation>Кімнің жазбалары:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Есепті басып шығару…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Norm, %</source>
        <translation>Норматив, %</translation>
    </message>
    <message>
        <source>Value, %</source>
        <translation>Мәні, %</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>Counting the indicators…</source>
        <translation>Көрсеткіштер есептелуде…</translation>
    </message>
    <message>
        <source>Pick whose records and a period, and press Show.</source>
        <translation>Кімнің жазбалары екенін және кезеңді таңдап, «Көрсету» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>%1: applications handed in %2, surveys answered %3.</source>
        <translation>%1: тапсырылған өтініштер %2, жауап берілген сауалнамалар %3.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>деректер жоқ</translation>
    </message>
    <message>
        <source>Not signed off by the office&apos;s akim: the report is a draft.</source>
        <translation>Әкім аппаратының әкімі бекітпеген: есеп – жоба.</translation>
    </message>
    <message>
        <source>Signed off by %2 on %3.</source>
        <translation>Бекіткен: %2, %3.</translation>
    </message>
    <message>
        <source>Signed off by %2 on %3; changed since sign-off: indicators %1.</source>
        <translation>Бекіткен: %2, %3; бекітілгеннен кейін өзгерген көрсеткіштер: %1.</translation>
    </message>
    <message>
        <source>%1: not signed off (a draft).</source>
        <translation>%1: бекітілмеген (жоба).</translation>
    </message>
    <message>
        <source>%1: signed off by %2 on %3.</source>
        <translation>%1: бекіткен %2, %3.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy: another program or window is writing to it. Nothing was saved. Wait a minute and try again.</source>
        <translation>Дерекқор бос емес: оған басқа бағдарлама немесе басқа терезе жазып жатыр. Ештеңе сақталмады. Бір минут күтіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved. Free some space on the disk (move or delete old files you do not need) and try again.</source>
        <translation>Диск толы. Ештеңе сақталмады. Дискіде орын босатыңыз (керек емес ескі файлдарды басқа жерге көшіріңіз немесе жойыңыз) да, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its folder is read-only, or the USB stick is write-protected. Nothing was saved. Check the stick&apos;s lock switch, or ask the district IT person to allow this user to write there.</source>
        <translation>Дерекқорға жазу мүмкін емес: файл немесе оның қалтасы тек оқуға арналған, не флешка жазудан қорғалған. Ештеңе сақталмады. Флешкадағы қорғау ауыстырғышын тексеріңіз немесе аудандағы АТ маманынан осы пайдаланушыға жазуға рұқсат беруін сұраңыз.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved. Close Auyl Desk and call the district IT person: they check the file and restore the latest good backup. Do not copy files over it yourself.</source>
        <translation>Дерекқор файлы бүлінген. Ештеңе сақталмады. Auyl Desk бағдарламасын жабыңыз да, аудандағы АТ маманына хабарласыңыз: ол файлды тексеріп, соңғы дұрыс сақтық көшірмені қалпына келтіреді. Оның үстіне өзіңіз файл көшірмеңіз.</translation>
    </message>
    <message>
        <source>The disk could not read or write the database. Nothing was saved. Check that the disk or stick is in place and try again.</source>
        <translation>Диск дерекқорды оқи не жаза алмады. Ештеңе сақталмады. Диск немесе флешка орнында екенін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database cannot be opened. Nothing was saved. Check the disk or network.</source>
        <translation>Дерекқорды ашу мүмкін емес. Ештеңе сақталмады. Дискіні немесе желіні тексеріңіз.</translation>
    </message>
    <message>
        <source>The database refused the change. Nothing was saved. Try again; if it happens again, tell the district IT person.</source>
        <translation>Дерекқор өзгерісті қабылдамады. Ештеңе сақталмады. Қайталап көріңіз; тағы қайталанса, аудандағы АТ маманына айтыңыз.</translation>
    </message>
    <message>
        <source>This file or folder cannot be written (no permission, or read-only): %1</source>
        <translation>Бұл файлға немесе қалтаға жазу мүмкін емес (рұқсат жоқ немесе тек оқуға арналған): %1</translation>
    </message>
    <message>
        <source>The file or folder does not exist: %1</source>
        <translation>Мұндай файл немесе қалта жоқ: %1</translation>
    </message>
    <message>
        <source>The file cannot be read or written: %1</source>
        <translation>Файлды оқу немесе жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The akim office and the clerk are not set up yet: choose them under Settings.</source>
        <translation>Әкім аппараты мен маман әлі таңдалмаған: оларды Баптауларда таңдаңыз.</translation>
    </message>
    <message>
        <source>Your role does not allow this action. Nothing was changed. Ask a colleague whose role allows it, or the administrator.</source>
        <translation>Рөліңіз бұл әрекетке рұқсат бермейді. Ештеңе өзгерген жоқ. Рөлі рұқсат ететін әріптесіңізден немесе әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <source>The document does not fit on its page: a text in it (a name, an address) is far too long. Correct the text and print again.</source>
        <translation>Құжат бетке сыймайды: ондағы мәтін (аты-жөні, мекенжай) тым ұзын. Мәтінді түзетіп, қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <source>The report of this period is signed off already with these very figures. It can be signed off again only after its figures change.</source>
        <translation>Бұл кезеңнің есебі дәл осы көрсеткіштермен бекітілген. Оны көрсеткіштері өзгергеннен кейін ғана қайта бекітуге болады.</translation>
    </message>
    <message>
        <source>Only the office&apos;s own report is signed off, by its akim; the district&apos;s reports are not signed off here.</source>
        <translation>Аппараттың өз есебін ғана оның әкімі бекітеді; аудан есептері мұнда бекітілмейді.</translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed. Try again; if it happens again, tell the district IT person what you did and show this message.</source>
        <translation>Бір нәрсе дұрыс болмады, әрекет аяқталмады. Қайталап көріңіз; тағы қайталанса, аудандағы АТ маманына не істегеніңізді айтып, осы хабарламаны көрсетіңіз.</translation>
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
        <translation>Файлды таңдаңыз</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with one row per person. Rows with the same personal account number make one household. Nothing is written until you have checked the rows and pressed Import.</source>
        <translation>Excel кітабы (.xlsx) немесе CSV файлы: әр адамға бір жол. Дербес шот нөмірі бірдей жолдар бір шаруашылықты құрайды. Жолдарды тексеріп, «Жүктеу» батырмасын басқанша ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>Кестелер (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>New household</source>
        <translation>Жаңа шаруашылық</translation>
    </message>
    <message>
        <source>Household %1: correct the record</source>
        <translation>%1 шаруашылығы: жазбаны түзету</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Шаруашылық</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Отбасы басшысы</translation>
    </message>
    <message>
        <source>Personal &amp;account No:</source>
        <translation>&amp;Дербес шот №:</translation>
    </message>
    <message>
        <source>&amp;Book No:</source>
        <translation>&amp;Кітап №:</translation>
    </message>
    <message>
        <source>pa&amp;ge:</source>
        <translation>&amp;бет:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Елді мекен:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>Кө&amp;ше:</translation>
    </message>
    <message>
        <source>&amp;House:</source>
        <translation>&amp;Үй:</translation>
    </message>
    <message>
        <source>apart&amp;ment:</source>
        <translation>пә&amp;тер:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Т&amp;елефоны:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Ашылған күні:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Е&amp;скерту:</translation>
    </message>
    <message>
        <source>Reason for the &amp;change:</source>
        <translation>Өзгерту &amp;себебі:</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <source>&amp;Edit household…</source>
        <translation>Шаруашылықты ө&amp;згерту…</translation>
    </message>
    <message>
        <source>C&amp;lose household…</source>
        <translation>Шаруашылықты &amp;жабу…</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>&amp;Мүше қосу…</translation>
    </message>
    <message>
        <source>&amp;Correct member…</source>
        <translation>Мүшені &amp;түзету…</translation>
    </message>
    <message>
        <source>&amp;Remove member…</source>
        <translation>Мүшені &amp;шығару…</translation>
    </message>
    <message>
        <source>Add &amp;plot…</source>
        <translation>&amp;Учаске қосу…</translation>
    </message>
    <message>
        <source>Correct p&amp;lot…</source>
        <translation>Учаскені тү&amp;зету…</translation>
    </message>
    <message>
        <source>Remo&amp;ve plot…</source>
        <translation>Учаскені ө&amp;шіру…</translation>
    </message>
    <message>
        <source>Record &amp;head count…</source>
        <translation>Мал басын &amp;енгізу…</translation>
    </message>
    <message>
        <source>New &amp;application</source>
        <translation>Жаңа ө&amp;тініш</translation>
    </message>
    <message>
        <source>Application &amp;for this person</source>
        <translation>Осы адамға ө&amp;тініш</translation>
    </message>
    <message>
        <source>The application form filled in for the head of the household</source>
        <translation>Шаруашылық басшысына толтырылған өтініш нысаны</translation>
    </message>
    <message>
        <source>The application form filled in for the selected member</source>
        <translation>Таңдалған мүшеге толтырылған өтініш нысаны</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Мүшелері</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Жер</translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation>Мал</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Шыққан</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Area, ha</source>
        <translation>Ауданы, га</translation>
    </message>
    <message>
        <source>State act No</source>
        <translation>Мемлекеттік акт №</translation>
    </message>
    <message>
        <source>Cadastral No</source>
        <translation>Кадастрлық №</translation>
    </message>
    <message>
        <source>Livestock &amp;on:</source>
        <translation>Мал &amp;басы күні:</translation>
    </message>
    <message>
        <source>Livestock group</source>
        <translation>Мал тобы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>DEMO household: made-up data for practice, not a real record of the book.</source>
        <translation>ДЕМО шаруашылық: жаттығуға арналған ойдан шығарылған деректер, кітаптың нақты жазбасы емес.</translation>
    </message>
    <message>
        <source>no head of household</source>
        <translation>отбасы басшысы жоқ</translation>
    </message>
    <message>
        <source>Personal account No %1 — %2</source>
        <translation>Дербес шот № %1 — %2</translation>
    </message>
    <message>
        <source>%1, apt. %2</source>
        <translation>%1, %2-пәтер</translation>
    </message>
    <message>
        <source>Book No %1, page %2; opened on %3</source>
        <translation>Кітап № %1, %2-бет; ашылған күні: %3</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Телефоны: %1</translation>
    </message>
    <message>
        <source>Closed on %1: %2</source>
        <translation>%1 жабылған: %2</translation>
    </message>
    <message>
        <source>Total: %1 ha</source>
        <translation>Барлығы: %1 га</translation>
    </message>
    <message>
        <source>Nothing recorded on or before this date.</source>
        <translation>Осы күнге дейін ештеңе тіркелмеген.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 жағдай бойынша</translation>
    </message>
    <message>
        <source>household</source>
        <translation>шаруашылық</translation>
    </message>
    <message>
        <source>member</source>
        <translation>мүше</translation>
    </message>
    <message>
        <source>land plot</source>
        <translation>жер учаскесі</translation>
    </message>
    <message>
        <source>livestock</source>
        <translation>мал</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ашылды</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>алынып тасталды</translation>
    </message>
    <message>
        <source>head count</source>
        <translation>мал басы</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>жабылған күні</translation>
    </message>
    <message>
        <source>reason for closing</source>
        <translation>жабу себебі</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>шыққан күні</translation>
    </message>
    <message>
        <source>reason for leaving</source>
        <translation>шығу себебі</translation>
    </message>
    <message>
        <source>registered from</source>
        <translation>тіркелген күні</translation>
    </message>
    <message>
        <source>personal account</source>
        <translation>дербес шот</translation>
    </message>
    <message>
        <source>book No</source>
        <translation>кітап №</translation>
    </message>
    <message>
        <source>page</source>
        <translation>бет</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>елді мекен</translation>
    </message>
    <message>
        <source>street</source>
        <translation>көше</translation>
    </message>
    <message>
        <source>house</source>
        <translation>үй</translation>
    </message>
    <message>
        <source>apartment</source>
        <translation>пәтер</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>opened on</source>
        <translation>ашылған күні</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>туыстығы</translation>
    </message>
    <message>
        <source>use</source>
        <translation>мақсаты</translation>
    </message>
    <message>
        <source>area, ha</source>
        <translation>ауданы, га</translation>
    </message>
    <message>
        <source>state act No</source>
        <translation>мемлекеттік акт №</translation>
    </message>
    <message>
        <source>cadastral No</source>
        <translation>кадастрлық №</translation>
    </message>
    <message>
        <source>animal IDs</source>
        <translation>мал нөмірлері</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>import of %1, row %2</source>
        <translation>%1 файлынан жүктеу, %2-жол</translation>
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
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>IIN, name, address or personal account No (Ctrl+F)</source>
        <translation>ЖСН, аты-жөні, мекенжайы немесе дербес шот № (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;Жаңа шаруашылық…</translation>
    </message>
    <message>
        <source>Insert or Ctrl+N</source>
        <translation>Insert немесе Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>Import households from an Excel workbook (.xlsx) or a CSV file</source>
        <translation>Шаруашылықтарды Excel кітабынан (.xlsx) немесе CSV файлынан импорттау</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Дербес шот</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Отбасы басшысы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Find a household on the left and press Enter to open its card, or add a new household (Insert).</source>
        <translation>Сол жақтан шаруашылықты тауып, карточкасын ашу үшін Enter басыңыз немесе жаңа шаруашылық қосыңыз (Insert).</translation>
    </message>
    <message>
        <source>Find a household on the left and press Enter to open its card.</source>
        <translation>Сол жақтан шаруашылықты тауып, карточкасын ашу үшін Enter басыңыз.</translation>
    </message>
    <message>
        <source>%1 (found: %2)</source>
        <translation>%1 (табылғаны: %2)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабылған</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Табылды: %1</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <source>The household has no head: choose a member on the Members page.</source>
        <translation>Шаруашылықтың басшысы жоқ: «Мүшелер» бетінде мүшені таңдаңыз.</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>Шаруашылықты жабу</translation>
    </message>
    <message>
        <source>The household stays in the book&apos;s history. Why and from when is it closed?</source>
        <translation>Шаруашылық кітап тарихында қалады. Ол қай күннен бастап және не себепті жабылады?</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Мүшені шығару</translation>
    </message>
    <message>
        <source>%1 leaves the household; the record stays in its history. Why and when?</source>
        <translation>%1 шаруашылықтан шығады; жазба оның тарихында қалады. Қашан және не себепті?</translation>
    </message>
    <message>
        <source>Remove a land plot</source>
        <translation>Жер учаскесін алып тастау</translation>
    </message>
    <message>
        <source>The plot stays in the household&apos;s history. Why is it removed?</source>
        <translation>Учаске шаруашылық тарихында қалады. Не себепті алынып тасталады?</translation>
    </message>
</context>
<context>
    <name>IinErrors</name>
    <message>
        <source>An IIN has 12 digits.</source>
        <translation>ЖСН 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>An IIN consists of digits only.</source>
        <translation>ЖСН тек цифрлардан тұрады.</translation>
    </message>
    <message>
        <source>The IIN&apos;s check digit does not match: there is a typo in the number.</source>
        <translation>ЖСН-нің бақылау цифры сәйкес келмейді: нөмір қате терілген.</translation>
    </message>
    <message>
        <source>The first six digits of the IIN are not a valid birth date.</source>
        <translation>ЖСН-нің алғашқы алты цифры дұрыс туған күн емес.</translation>
    </message>
    <message>
        <source>The seventh digit of an IIN is 1 to 6.</source>
        <translation>ЖСН-нің жетінші цифры 1-ден 6-ға дейін болады.</translation>
    </message>
    <message>
        <source>The birth date in this IIN is in the future.</source>
        <translation>Бұл ЖСН-дегі туған күн әлі келген жоқ.</translation>
    </message>
    <message>
        <source>A BIN has 12 digits.</source>
        <translation>БСН 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>A BIN consists of digits only.</source>
        <translation>БСН тек цифрлардан тұрады.</translation>
    </message>
    <message>
        <source>The BIN&apos;s check digit does not match: there is a typo in the number.</source>
        <translation>БСН-нің бақылау цифры сәйкес келмейді: нөмірде қате бар.</translation>
    </message>
    <message>
        <source>Digits 3-4 of a BIN are the month of registration, 01 to 12.</source>
        <translation>БСН-нің 3-4 цифрлары — тіркелген ай, 01-ден 12-ге дейін.</translation>
    </message>
    <message>
        <source>This is not a BIN: its 5th digit must be 4, 5 or 6 and its 6th digit 0 to 3.</source>
        <translation>Бұл БСН емес: 5-цифры 4, 5 немесе 6, ал 6-цифры 0-ден 3-ке дейін болуы керек.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the household book</source>
        <translation>Шаруашылық кітабын жүктеу</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>А&amp;яқтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import: what will change</source>
        <translation>Импорт: не өзгереді</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгерген</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Өзгермеген</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Personal account number</source>
        <translation>Дербес шот нөмірі</translation>
    </message>
    <message>
        <source>Book number</source>
        <translation>Кітап нөмірі</translation>
    </message>
    <message>
        <source>Book page</source>
        <translation>Кітап беті</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Көше</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Үй</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Пәтер</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Full name (surname, name, patronymic)</source>
        <translation>Толық аты-жөні (тегі, аты, әкесінің аты)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Отбасы басшысына туыстығы</translation>
    </message>
    <message>
        <source>Registered since</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Livestock counted on</source>
        <translation>Мал басы санақ күні</translation>
    </message>
    <message>
        <source>Address (street and house)</source>
        <translation>Мекенжайы (көше және үй)</translation>
    </message>
    <message>
        <source>Opened in the book on</source>
        <translation>Кітапқа ашылған күні</translation>
    </message>
    <message>
        <source>Land plot area, ha</source>
        <translation>Жер учаскесінің ауданы, га</translation>
    </message>
    <message>
        <source>Kind of land</source>
        <translation>Жер түрі</translation>
    </message>
    <message>
        <source>Cattle, total</source>
        <translation>Ірі қара мал, барлығы</translation>
    </message>
    <message>
        <source>Sheep and goats, total</source>
        <translation>Қой-ешкі, барлығы</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as dd.mm.yyyy.</source>
        <translation>«%1» — күн емес: кк.аа.жжжж түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>“%1” is not a sex: write м or ж (ер or әйел).</source>
        <translation>«%1» — жынысы түсініксіз: ер немесе әйел (м не ж) деп жазыңыз.</translation>
    </message>
    <message>
        <source>“%1” is not a known relation to the head of household.</source>
        <translation>«%1» — отбасы басшысына белгісіз туыстық.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«%1» — бүтін сан емес.</translation>
    </message>
    <message>
        <source>The same IIN is already in row %1.</source>
        <translation>Дәл осы ЖСН %1-жолда бар.</translation>
    </message>
    <message>
        <source>Differs from row %1 of the same personal account.</source>
        <translation>Осы дербес шоттың %1-жолындағы мәннен өзгеше.</translation>
    </message>
    <message>
        <source>Not imported: this household has a problem in row %1.</source>
        <translation>Жүктелмеді: бұл шаруашылықтың %1-жолында қате бар.</translation>
    </message>
    <message>
        <source>No column is chosen for the personal account number.</source>
        <translation>Дербес шот нөміріне баған таңдалмаған.</translation>
    </message>
    <message>
        <source>Latin letters %1 changed to Cyrillic: “%2”.</source>
        <translation>%1 латын әріптері кириллицаға ауыстырылды: «%2».</translation>
    </message>
    <message>
        <source>Leading zero restored: %1 → %2.</source>
        <translation>Басындағы нөл қалпына келтірілді: %1 → %2.</translation>
    </message>
    <message>
        <source>Relation not given: recorded as another relative.</source>
        <translation>Туыстығы көрсетілмеген: «басқа туысы» деп жазылды.</translation>
    </message>
    <message>
        <source>The parts (%2) are more than their total (%1): this row&apos;s head counts are not imported.</source>
        <translation>Бөліктері (%2) жалпы санынан (%1) көп: бұл жолдың мал басы жүктелмейді.</translation>
    </message>
    <message>
        <source>The total is %1 more than its parts: recorded as of no stated kind.</source>
        <translation>Барлығы бөліктерінен %1-ге көп: түрі көрсетілмеген мал ретінде жазылды.</translation>
    </message>
    <message>
        <source>“%1” is a negative head count: this row&apos;s head counts are not imported.</source>
        <translation>«%1» — теріс мал басы: бұл жолдың мал басы жүктелмейді.</translation>
    </message>
    <message>
        <source>“%1” is not a whole head count: this row&apos;s head counts are not imported.</source>
        <translation>«%1» — бүтін мал басы емес: бұл жолдың мал басы жүктелмейді.</translation>
    </message>
    <message>
        <source>Sex not given: taken from the name as %1. Check it.</source>
        <translation>Жынысы көрсетілмеген: аты-жөнінен «%1» деп алынды. Тексеріңіз.</translation>
    </message>
    <message>
        <source>Account number “%1” read as %2, like the others in the file.</source>
        <translation>«%1» дербес шоты файлдағы басқалары сияқты %2 деп оқылды.</translation>
    </message>
    <message>
        <source>This personal account is already used in row %1: the two households are not merged. Give one of them its own account number.</source>
        <translation>Бұл дербес шот %1-жолда бар: екі шаруашылық біріктірілмейді. Біреуіне өз шот нөмірін беріңіз.</translation>
    </message>
    <message>
        <source>No household with personal account “%1” in the households&apos; sheet.</source>
        <translation>Шаруашылықтар парағында «%1» дербес шоты бар шаруашылық жоқ.</translation>
    </message>
    <message>
        <source>“%1” is not a known kind of land.</source>
        <translation>«%1» — белгісіз жер түрі.</translation>
    </message>
    <message>
        <source>Personal account %1 has no person&apos;s row: nobody to register.</source>
        <translation>%1 дербес шотында адам жолы жоқ: тіркейтін ешкім жоқ.</translation>
    </message>
    <message>
        <source>“%1” is not an area more than zero.</source>
        <translation>«%1» — нөлден үлкен аудан емес.</translation>
    </message>
    <message>
        <source>Rows %1–%2 belong to personal account %3.</source>
        <translation>%1–%2-жолдар %3 дербес шотына жатады.</translation>
    </message>
    <message>
        <source>A totals row: skipped (its figures are compared).</source>
        <translation>Жиынтық жол: өткізілді (сандары салыстырылады).</translation>
    </message>
    <message>
        <source>A note: skipped.</source>
        <translation>Ескерту: өткізілді.</translation>
    </message>
    <message>
        <source>A signature line: skipped.</source>
        <translation>Қолтаңба жолы: өткізілді.</translation>
    </message>
    <message>
        <source>Column not imported (no field chosen for it): %1 cells.</source>
        <translation>Баған жүктелмеді (оған өріс таңдалмаған): %1 ұяшық.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл табылмады.</translation>
    </message>
    <message>
        <source>Another program has the file open (Excel?). Close it there and try again.</source>
        <translation>Файлды басқа бағдарлама ашып отыр (Excel?). Оны сонда жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Reading stopped half way: was the USB stick pulled out? Put it back and try again. Nothing was imported.</source>
        <translation>Оқу жартылай тоқтады: флешка суырылып қалды ма? Қайта салып, қайталап көріңіз. Ештеңе жүктелген жоқ.</translation>
    </message>
    <message>
        <source>The file is too large to import (%1 MB; at most %2 MB).</source>
        <translation>Файл жүктеу үшін тым үлкен (%1 МБ; ең көбі %2 МБ).</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more than a household book holds: it is damaged or not a book. Save the book again from Excel, or as CSV.</source>
        <translation>Кітап ашқанда шаруашылық кітабынан әлдеқайда үлкен болады: ол бүлінген немесе кітап емес. Кітапты Excel-ден қайта немесе CSV түрінде сақтаңыз.</translation>
    </message>
    <message>
        <source>Sheet “%1” has more rows than the import takes (at most %2).</source>
        <translation>«%1» парағында жүктеуге болатыннан көп жол бар (ең көбі %2).</translation>
    </message>
    <message>
        <source>Sheet “%1” reaches too far (often one stray value far to the right or below the table). Delete the empty rows and columns after the table and try again.</source>
        <translation>«%1» парағы тым алысқа созылған (көбіне кестенің оң жағында не астында жалғыз мән тұрады). Кестеден кейінгі бос жолдар мен бағандарды өшіріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The workbook is protected by a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect workbook) and save it, then import it.</source>
        <translation>Кітап құпиясөзбен қорғалған. Оны Excel-де ашып, құпиясөзді алып тастаңыз (Файл &gt; Сведения &gt; Защита книги), сақтаңыз, содан кейін жүктеңіз.</translation>
    </message>
    <message>
        <source>This is not a spreadsheet. Choose the .xlsx, .xls or .csv file of the book.</source>
        <translation>Бұл кесте емес. Кітаптың .xlsx, .xls немесе .csv файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”.</source>
        <translation>Кітапта «%1» парағы жоқ.</translation>
    </message>
    <message>
        <source>No row of column names was found in sheet “%1”. Add a row of headings above the table.</source>
        <translation>«%1» парағынан баған атаулары бар жол табылмады. Кестенің үстіне тақырыптар жолын қосыңыз.</translation>
    </message>
    <message>
        <source>This kind of file cannot be read. Save it from Excel as .xlsx or as CSV and try again.</source>
        <translation>Мұндай файлды оқу мүмкін емес. Оны Excel-де .xlsx немесе CSV түрінде сақтап, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The file cannot be read: it is damaged or is not a spreadsheet (.xlsx or .csv).</source>
        <translation>Файлды оқу мүмкін емес: ол бүлінген немесе кесте емес (.xlsx не .csv).</translation>
    </message>
    <message>
        <source>The file has no rows with values.</source>
        <translation>Файлда толтырылған жол жоқ.</translation>
    </message>
    <message>
        <source>Row %1 belongs to personal account %3.</source>
        <translation>%1-жол %3 дербес шотына жатады.</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
</context>
<context>
    <name>LivestockDialog</name>
    <message>
        <source>Livestock head count</source>
        <translation>Мал басы</translation>
    </message>
    <message>
        <source>Counted &amp;on:</source>
        <translation>Сана&amp;лған күні:</translation>
    </message>
    <message>
        <source>Veterinary passport / &amp;animal IDs:</source>
        <translation>Ветеринарлық паспорт / &amp;мал нөмірлері:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Е&amp;скерту:</translation>
    </message>
    <message>
        <source>%1

Is the number right? Save it anyway?</source>
        <translation>%1

Саны дұрыс па? Соған қарамастан сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>LockWaitDialog</name>
    <message>
        <source>Waiting for the database</source>
        <translation>Дерекқорды күту</translation>
    </message>
    <message>
        <source>Waiting for the database: another program is writing to it (a backup, an exchange or a second window). Waiting…</source>
        <translation>Дерекқор күтілуде: оған басқа бағдарлама жазып жатыр (резервтік көшірме, алмасу немесе екінші терезе). Күтіңіз…</translation>
    </message>
    <message>
        <source>Waited: %1 s</source>
        <translation>Күтілді: %1 с</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Auyl Desk: log in</source>
        <translation>Auyl Desk: кіру</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Кіру аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Auyl Desk</source>
        <translation>Auyl Desk</translation>
    </message>
    <message>
        <source>Enter your login name and password.</source>
        <translation>Кіру атыңыз бен құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>Экран бұғатталған</translation>
    </message>
    <message>
        <source>%1 is logged in: type the password to go on. Another clerk types their own login name and password instead.</source>
        <translation>%1 кірген: жалғастыру үшін құпиясөзді теріңіз. Басқа маман өз кіру аты мен құпиясөзін тереді.</translation>
    </message>
</context>
<context>
    <name>LostDatabaseDialog</name>
    <message>
        <source>The database is missing</source>
        <translation>Дерекқор жоқ</translation>
    </message>
    <message>
        <source>The database %1 is missing or empty, but an akim office was set up on this PC before.</source>
        <translation>%1 дерекқоры жоқ немесе бос, бірақ бұл компьютерде бұрын әкім аппараты бапталған.</translation>
    </message>
    <message>
        <source>Restore the latest good backup (below, or from a stick), or start anew with an empty database and set the office up again. If you are not sure, quit and call the district IT person.</source>
        <translation>Соңғы жарамды резервтік көшірмені қалпына келтіріңіз (төменнен немесе флешкадан) немесе бос дерекқормен жаңадан бастап, әкім аппаратын қайта баптаңыз. Сенімді болмасаңыз, бағдарламадан шығып, аудандағы АТ маманына хабарласыңыз.</translation>
    </message>
    <message>
        <source>&amp;Open a backup file…</source>
        <translation>Көшірме файлын &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup</source>
        <translation>Таңдалған көшірмені қалпына &amp;келтіру</translation>
    </message>
    <message>
        <source>Start &amp;anew</source>
        <translation>&amp;Жаңадан бастау</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Open a backup file</source>
        <translation>Резервтік көшірме файлын ашу</translation>
    </message>
    <message>
        <source>Auyl Desk databases (*.sqlite3);;All files (*)</source>
        <translation>Auyl Desk дерекқорлары (*.sqlite3);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Start with an empty database? The office, its households and its numbers will have to be entered again. Backups stay where they are.</source>
        <translation>Бос дерекқормен бастайсыз ба? Әкім аппаратын, шаруашылықтарды және нөмірлерді қайта енгізуге тура келеді. Резервтік көшірмелер орнында қалады.</translation>
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
        <translation>Экранды &amp;бұғаттау / маманды ауыстыру</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Құпиясөзімді ө&amp;згерту…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Қазір көшірме &amp;жасау</translation>
    </message>
    <message>
        <source>Backups and &amp;restore…</source>
        <translation>Резервтік көшірмелер және қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>Ке&amp;зек</translation>
    </message>
    <message>
        <source>Call the &amp;next visitor</source>
        <translation>&amp;Келесі келушіні шақыру</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Waiting-room display</source>
        <translation>Күту залының &amp;таблосы</translation>
    </message>
    <message>
        <source>Waiting-room display, &amp;full screen</source>
        <translation>Күту залының таблосы, &amp;толық экран</translation>
    </message>
    <message>
        <source>F11 toggles full screen, Esc leaves it</source>
        <translation>F11 толық экранды қосады не өшіреді, Esc одан шығарады</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Office and clerk…</source>
        <translation>Ә&amp;кімдік және маман…</translation>
    </message>
    <message>
        <source>&amp;Reference data to check…</source>
        <translation>&amp;Тексерілетін анықтамалық деректер…</translation>
    </message>
    <message>
        <source>&amp;Working calendar: decreed transfers…</source>
        <translation>&amp;Жұмыс күнтізбесі: ауыстырылған күндер…</translation>
    </message>
    <message>
        <source>&amp;Complaints: talon paper and terms…</source>
        <translation>&amp;Шағымдар: талон қағазы және мерзімдер…</translation>
    </message>
    <message>
        <source>Waiting-room display: &amp;highlight time…</source>
        <translation>Күту залының таблосы: &amp;ерекшелеу уақыты…</translation>
    </message>
    <message>
        <source>Acc&amp;ounts…</source>
        <translation>&amp;Тіркелгілер…</translation>
    </message>
    <message>
        <source>Screen &amp;lock after idle time…</source>
        <translation>Әрекетсіздікте экранды бұ&amp;ғаттау…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервтік көшірмелер…</translation>
    </message>
    <message>
        <source>Personal data: retention and p&amp;urging…</source>
        <translation>Дербес деректер: сақтау және &amp;өшіру…</translation>
    </message>
    <message>
        <source>&amp;Add demo households…</source>
        <translation>Демо шаруашылықтарды &amp;қосу…</translation>
    </message>
    <message>
        <source>Remove &amp;demo households…</source>
        <translation>&amp;Демо шаруашылықтарды жою…</translation>
    </message>
    <message>
        <source>&amp;Printers: test print</source>
        <translation>&amp;Принтерлер: сынама басып шығару</translation>
    </message>
    <message>
        <source>Queue &amp;ticket…</source>
        <translation>Кезек &amp;билеті…</translation>
    </message>
    <message>
        <source>&amp;Talon…</source>
        <translation>&amp;Талон…</translation>
    </message>
    <message>
        <source>&amp;Refusal notice…</source>
        <translation>&amp;Бас тарту туралы хабарлама…</translation>
    </message>
    <message>
        <source>&amp;Application form…</source>
        <translation>Ө&amp;тініш нысаны…</translation>
    </message>
    <message>
        <source>Certificate 1 (household farm)…</source>
        <translation>Анықтама 1 (қосалқы шаруашылық)…</translation>
    </message>
    <message>
        <source>Certificate 2 (livestock)…</source>
        <translation>Анықтама 2 (мал басы)…</translation>
    </message>
    <message>
        <source>&amp;Indicator report…</source>
        <translation>&amp;Көрсеткіштер есебі…</translation>
    </message>
    <message>
        <source>Complaint ta&amp;lon…</source>
        <translation>Шағым та&amp;лоны…</translation>
    </message>
    <message>
        <source>Oral complaint &amp;protocol…</source>
        <translation>Ауызша шағым &amp;хаттамасы…</translation>
    </message>
    <message>
        <source>E&amp;xtension notice…</source>
        <translation>Мерзімді ұ&amp;зарту хабарламасы…</translation>
    </message>
    <message>
        <source>&amp;Forwarding notice…</source>
        <translation>Жі&amp;беру туралы хабарлама…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Кө&amp;мек</translation>
    </message>
    <message>
        <source>&amp;Verify certificate…</source>
        <translation>Анықтаманы &amp;тексеру…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>Аудит &amp;журналы…</translation>
    </message>
    <message>
        <source>&amp;About Auyl Desk</source>
        <translation>Auyl Desk &amp;туралы</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Кезек</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>Household book</source>
        <translation>Шаруашылық кітабы</translation>
    </message>
    <message>
        <source>District: %1 (No %2)</source>
        <translation>Аудан: %1 (№ %2)</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Экранды бұғаттау</translation>
    </message>
    <message>
        <source>After how many minutes without a key or the mouse does the screen lock? (0: never)</source>
        <translation>Пернетақта мен тінтуір қанша минут қолданылмаса, экран бұғатталады? (0: ешқашан)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Дерекқордың резервтік көшірмесі жасалуда…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Қазір көшірме жасау</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервтік көшірме жазылды: %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
    <message>
        <source>Office: %1 (No %2)</source>
        <translation>Әкімдік: %1 (№ %2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Кезекте ешкім жоқ.</translation>
    </message>
    <message>
        <source>Called: %1</source>
        <translation>Шақырылды: %1</translation>
    </message>
    <message>
        <source>Waiting-room display</source>
        <translation>Күту залының таблосы</translation>
    </message>
    <message>
        <source>How many seconds does a number just called stay highlighted?</source>
        <translation>Жаңа шақырылған нөмір неше секунд ерекшеленіп тұрады?</translation>
    </message>
    <message>
        <source>Add demo households</source>
        <translation>Демо шаруашылықтарды қосу</translation>
    </message>
    <message>
        <source>How many demo households to add? They are marked DEMO everywhere and can be removed again.</source>
        <translation>Қанша демо шаруашылық қосылсын? Олар барлық жерде DEMO деп белгіленеді және кейін жоюға болады.</translation>
    </message>
    <message>
        <source>Adding demo households…</source>
        <translation>Демо шаруашылықтар қосылуда…</translation>
    </message>
    <message>
        <source>Stopped. The demo households added before you pressed Cancel stay in the book, marked DEMO; Settings &gt; Remove demo households takes them out.</source>
        <translation>Тоқтатылды. Бас тарту батырмасын басқанға дейін қосылған демо шаруашылықтар кітапта DEMO белгісімен қалады; оларды Баптаулар &gt; Демо шаруашылықтарды жою арқылы алып тастауға болады.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo household(s) added.</source>
        <translation>
            <numerusform>%n демо шаруашылық қосылды.</numerusform>
            <numerusform>%n демо шаруашылық қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove demo households</source>
        <translation>Демо шаруашылықтарды жою</translation>
    </message>
    <message>
        <source>Remove every household marked DEMO from the book? Real households are not touched. The demo records stay in history as deleted.</source>
        <translation>DEMO деп белгіленген барлық шаруашылықтарды кітаптан жою керек пе? Нақты шаруашылықтарға тиіспейді. Демо жазбалар тарихта жойылған ретінде қалады.</translation>
    </message>
    <message>
        <source>Removing demo households…</source>
        <translation>Демо шаруашылықтар жойылуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n demo household(s) removed.</source>
        <translation>
            <numerusform>%n демо шаруашылық жойылды.</numerusform>
            <numerusform>%n демо шаруашылық жойылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Нұсқасы: %1</translation>
    </message>
    <message>
        <source>About Auyl Desk</source>
        <translation>Auyl Desk туралы</translation>
    </message>
    <message>
        <source>Auyl Desk: the household book, queue, applications and certificates of a village akim office, under the Karaganda oblast service standards.</source>
        <translation>Auyl Desk: ауыл әкімдігінің шаруашылық кітабы, кезегі, өтініштері мен анықтамалары, Қарағанды облысының мемлекеттік қызмет стандарттары бойынша.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Бағандарды сәйкестендіру</translation>
    </message>
    <message>
        <source>Choose which column of the file holds each field. The choice is remembered for files with the same column names.</source>
        <translation>Әр өріс файлдың қай бағанында екенін таңдаңыз. Таңдау баған атаулары дәл осындай файлдар үшін есте сақталады.</translation>
    </message>
    <message>
        <source>Data &amp;as of:</source>
        <translation>Деректер &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Locality for rows that name none:</source>
        <translation>Елді мекені жоқ жолдардың &amp;елді мекені:</translation>
    </message>
    <message>
        <source>Members are read from sheet “%1” by personal account.</source>
        <translation>Отбасы мүшелері «%1» парағынан дербес шот бойынша оқылады.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— жүктелмейді —</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Мына өрістерге баған таңдаңыз: %1.</translation>
    </message>
    <message>
        <source>Choose the locality of the households.</source>
        <translation>Шаруашылықтардың елді мекенін таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>%n жол тексерілуде…</numerusform>
            <numerusform>%n жол тексерілуде…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a member of the household</source>
        <translation>Шаруашылыққа мүше қосу</translation>
    </message>
    <message>
        <source>Correct a member: %1</source>
        <translation>Мүшені түзету: %1</translation>
    </message>
    <message>
        <source>Reason for the &amp;change:</source>
        <translation>Өзгерту &amp;себебі:</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>Ә&amp;кесінің аты:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Туған күні:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Жынысы:</translation>
    </message>
    <message>
        <source>&amp;Relation to the head:</source>
        <translation>Басшыға &amp;туыстығы:</translation>
    </message>
    <message>
        <source>Registered &amp;from:</source>
        <translation>Тірке&amp;лген күні:</translation>
    </message>
    <message>
        <source>Personal data &amp;kept on:</source>
        <translation>Дербес деректер &amp;негізі:</translation>
    </message>
    <message>
        <source>C&amp;onsent given on:</source>
        <translation>Келісім &amp;берілген күні:</translation>
    </message>
    <message>
        <source>12 digits; fills the birth date and sex</source>
        <translation>12 цифр; туған күні мен жынысы осыдан алынады</translation>
    </message>
    <message>
        <source>Leave empty to take it from the IIN</source>
        <translation>Бос қалдырсаңыз, ЖСН-нен алынады</translation>
    </message>
    <message>
        <source>from the IIN</source>
        <translation>ЖСН бойынша</translation>
    </message>
    <message>
        <source>the household book (statistics law)</source>
        <translation>шаруашылық кітабы (статистика туралы заң)</translation>
    </message>
    <message>
        <source>a state service</source>
        <translation>мемлекеттік қызмет</translation>
    </message>
    <message>
        <source>the person&apos;s consent</source>
        <translation>адамның келісімі</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office&apos;s signing key</source>
        <translation>Әкімдіктің қолтаңба кілті</translation>
    </message>
    <message>
        <source>The office&apos;s key file on this computer is not the key this database knows: it was replaced by another key. Auyl Desk signs no certificate until an administrator makes a new key (Settings &gt; Make a new office key…), which revokes the office&apos;s earlier keys from that moment.</source>
        <translation>Осы компьютердегі әкімдік кілтінің файлы бұл дерекқор білетін кілт емес: ол басқа кілтпен ауыстырылған. Әкімші жаңа кілт жасамайынша (Баптаулар &gt; Әкімдіктің жаңа кілтін жасау…) Auyl Desk ешбір анықтамаға қол қоймайды; жаңа кілт әкімдіктің бұрынғы кілттерін сол сәттен бастап кері қайтарады.</translation>
    </message>
    <message>
        <source>Make a new office &amp;key…</source>
        <translation>Әкімдіктің жаңа &amp;кілтін жасау…</translation>
    </message>
    <message>
        <source>A new signing key is made and the office&apos;s keys in force are revoked from now: certificates signed before today stay valid, the old keys sign nothing more.

Why is the key replaced?</source>
        <translation>Жаңа қолтаңба кілті жасалады, ал әкімдіктің қолданыстағы кілттері осы сәттен бастап кері қайтарылады: бүгінге дейін қол қойылған анықтамалар жарамды болып қалады, ескі кілттер бұдан былай ештеңеге қол қоймайды.

Кілт неге ауыстырылады?</translation>
    </message>
    <message>
        <source>Write the reason: it is kept with the revocation.</source>
        <translation>Себебін жазыңыз: ол кері қайтарумен бірге сақталады.</translation>
    </message>
    <message>
        <source>The new office key %1 is made. The earlier keys are revoked from now.</source>
        <translation>Әкімдіктің жаңа кілті %1 жасалды. Бұрынғы кілттер осы сәттен бастап кері қайтарылды.</translation>
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
        <translation>Телефондар: %1</translation>
    </message>
    <message>
        <source>Service standard in force</source>
        <translation>Қолданыстағы қызмет стандарты</translation>
    </message>
    <message>
        <source>Open %1–%2 on working days, lunch %3. Result within %4 hours. Free of charge.</source>
        <translation>Жұмыс күндері %1–%2, түскі үзіліс %3. Нәтиже %4 сағат ішінде. Тегін.</translation>
    </message>
    <message>
        <source>Longest wait in the queue: %1 min to hand in, %2 min to collect.</source>
        <translation>Кезекте ең ұзақ күту: құжат тапсыруға %1 мин, нәтиже алуға %2 мин.</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>жеке тұлға</translation>
    </message>
    <message>
        <source>legal entity</source>
        <translation>заңды тұлға</translation>
    </message>
    <message>
        <source>Complaints are addressed to</source>
        <translation>Шағымдар жіберілетін орган</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Әкім</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Орынбасарлары</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Орынбасары</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>апта сайын, %1</translation>
    </message>
    <message>
        <source>%1 %2 of each month</source>
        <translation>әр айдың %1-ші %2 күні</translation>
    </message>
    <message>
        <source>once a month</source>
        <translation>айына бір рет</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 бастап</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>Change my password</source>
        <translation>Құпиясөзімді өзгерту</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Құпиясөзді жаңарту</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Қазіргі құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>New password a&amp;gain:</source>
        <translation>Жаңа құпиясөз қ&amp;айта:</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Басып шығаруды алдын ала қарау: %1</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Басып шығару...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>PDF ретінде &amp;сақтау...</translation>
    </message>
    <message>
        <source>The document cannot be shown.</source>
        <translation>Құжатты көрсету мүмкін емес.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The document is kept: save it as PDF, or set up a printer and print it again.</source>
        <translation>Бұл компьютерде принтер орнатылмаған. Құжат жоғалмайды: оны PDF ретінде сақтаңыз немесе принтерді орнатып, қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <source>The print service did not take the document for the printer %1, so it will not be printed. The document is kept: check the printer in the printer settings and print it again, or save it as PDF.</source>
        <translation>Басып шығару қызметі құжатты %1 принтеріне қабылдамады, сондықтан ол басылмайды. Құжат жоғалмайды: принтер баптауларында принтерді тексеріп, қайта басып шығарыңыз немесе PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>Printing cancelled. The document is kept; print it later.</source>
        <translation>Басып шығару тоқтатылды. Құжат жоғалмайды, оны кейін басып шығаруға болады.</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>&amp;Принтер:</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>%1 принтеріне жіберілді.</translation>
    </message>
    <message>
        <source>The print service of this computer is not running, so nothing was printed. The document is kept: start the print service (or restart the computer) and print it again, or save it as PDF.</source>
        <translation>Бұл компьютердің басып шығару қызметі жұмыс істемей тұр, сондықтан ештеңе басылған жоқ. Құжат жоғалмайды: басып шығару қызметін іске қосыңыз (немесе компьютерді қайта қосыңыз) да, қайта басып шығарыңыз немесе PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>The printer %1 is no longer set up on this computer, so nothing was printed. The document is kept: choose another printer and print it again, or save it as PDF.</source>
        <translation>%1 принтері бұл компьютерде енді орнатылмаған, сондықтан ештеңе басылған жоқ. Құжат жоғалмайды: басқа принтерді таңдап, қайта басып шығарыңыз немесе PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>The printer %1 is paused, so nothing was sent to it. The document is kept: resume the printer in the printer settings and print it again, or choose another printer.</source>
        <translation>%1 принтері кідіртілген, сондықтан оған ештеңе жіберілген жоқ. Құжат жоғалмайды: принтер баптауларында принтердің жұмысын жалғастырып, қайта басып шығарыңыз немесе басқа принтерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>The document has no pages to print.</source>
        <translation>Құжатта басып шығаратын бет жоқ.</translation>
    </message>
    <message>
        <source>The printer %1 reported an error. The document is kept: check the printer (paper, power, cable) and print again, or save it as PDF.</source>
        <translation>%1 принтері қате туралы хабарлады. Құжат жоғалмайды: принтерді (қағазды, қуатты, кабельді) тексеріп, қайта басып шығарыңыз немесе PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Дербес деректер</translation>
    </message>
    <message>
        <source>%1. A person&apos;s data are kept for the period below after their registration in the book ended (they left the household, or it closed); then they are purged: the record stays without name, IIN, birth date or address.</source>
        <translation>%1. Адамның деректері кітаптағы тіркеуі аяқталғаннан кейін (шаруашылықтан кетті немесе шаруашылық жабылды) төмендегі мерзім бойы сақталады, содан кейін өшіріледі: жазба аты-жөнісіз, ЖСН-сіз, туған күнісіз және мекенжайсыз қалады.</translation>
    </message>
    <message>
        <source>&amp;Retention period, years:</source>
        <translation>&amp;Сақтау мерзімі, жыл:</translation>
    </message>
    <message>
        <source>The default, years: %1</source>
        <translation>Әдепкі мерзім, жыл: %1</translation>
    </message>
    <message>
        <source>&amp;People kept past the period:</source>
        <translation>Мерзімі өткен &amp;адамдар:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Дербес шот</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Left the book</source>
        <translation>Кітаптан шыққан күні</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Сақталатын соңғы күн</translation>
    </message>
    <message>
        <source>P&amp;urge the selected person…</source>
        <translation>Таңдалған адамның деректерін ө&amp;шіру…</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>Алдымен тізімнен адамды таңдаңыз.</translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation>Дербес деректерді өшіру</translation>
    </message>
    <message>
        <source>%1: the name, IIN, birth date and address are removed for good, here and, by the next exchange, at the district. Why?</source>
        <translation>%1: аты-жөні, ЖСН, туған күні және мекенжайы біржола өшіріледі — мұнда да, келесі алмасуда ауданда да. Себебі қандай?</translation>
    </message>
</context>
<context>
    <name>PlotDialog</name>
    <message>
        <source>Add a land plot</source>
        <translation>Жер учаскесін қосу</translation>
    </message>
    <message>
        <source>Correct a land plot</source>
        <translation>Жер учаскесін түзету</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Мақсаты:</translation>
    </message>
    <message>
        <source>&amp;Area, ha:</source>
        <translation>&amp;Ауданы, га:</translation>
    </message>
    <message>
        <source>State &amp;act No:</source>
        <translation>Мемлекеттік а&amp;кт №:</translation>
    </message>
    <message>
        <source>&amp;Cadastral No:</source>
        <translation>&amp;Кадастрлық №:</translation>
    </message>
    <message>
        <source>Reason for the c&amp;hange:</source>
        <translation>Өзгерту &amp;себебі:</translation>
    </message>
    <message>
        <source>e.g. 0,15</source>
        <translation>мысалы, 0,15</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Жүктеу алдында тексеру</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Жүктеу</translation>
    </message>
    <message>
        <source>Problems, things to check and notes:</source>
        <translation>Қателер, тексеретін жерлер және ескертулер:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Rows: %1. Ready to import: %2; with errors (not imported): %3. Households: %4 new, %5 to update, %6 unchanged.</source>
        <translation>Жолдар: %1. Жүктеуге дайын: %2; қатесі бар (жүктелмейді): %3. Шаруашылықтар: %4 жаңа, %5 жаңартылады, %6 өзгеріссіз.</translation>
    </message>
    <message>
        <source>To import, data as of %1: %2 households, %3 people, land %4 ha; head: %5.</source>
        <translation>Жүктеледі, %1 күнгі деректер: %2 шаруашылық, %3 адам, жер %4 га; мал басы: %5.</translation>
    </message>
    <message>
        <source>The file&apos;s totals row: land %1 ha; head: %2.</source>
        <translation>Файлдың жиынтық жолы: жер %1 га; мал басы: %2.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Жүктелуде…</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Stopping… Nothing of the unfinished step is kept.</source>
        <translation>Тоқтатылуда… Аяқталмаған қадамнан ештеңе сақталмайды.</translation>
    </message>
</context>
<context>
    <name>QueueDisplay</name>
    <message>
        <source>Now serving</source>
        <translation>Шақырылды</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>Waiting-room display</source>
        <translation>Күту залының таблосы</translation>
    </message>
</context>
<context>
    <name>QueueErrors</name>
    <message>
        <source>The office is closed. It opens at %1.</source>
        <translation>Қабылдау жабық. Ашылады: %1.</translation>
    </message>
    <message>
        <source>Set up the office and the clerk first (Settings).</source>
        <translation>Алдымен әкімдік пен маманды баптаңыз (Баптаулар).</translation>
    </message>
    <message>
        <source>Write the reason: it is recorded.</source>
        <translation>Себебін жазыңыз: ол тіркеледі.</translation>
    </message>
    <message>
        <source>This cannot be done with the ticket in its present state.</source>
        <translation>Билеттің қазіргі күйінде бұл әрекет мүмкін емес.</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting.</source>
        <translation>Бұл билет енді кезекте емес.</translation>
    </message>
    <message>
        <source>The ticket was not found.</source>
        <translation>Билет табылмады.</translation>
    </message>
    <message>
        <source>Unknown purpose.</source>
        <translation>Белгісіз мақсат.</translation>
    </message>
    <message>
        <source>Ticket %1 is still at your desk: say how that visit ended first.</source>
        <translation>%1 талоны әлі сіздің үстеліңізде: алдымен бұл қабылдаудың қалай аяқталғанын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The queue cannot do this (%1).</source>
        <translation>Кезек мұны орындай алмайды (%1).</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <source>called</source>
        <translation>шақырылды</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>қызмет көрсетілуде</translation>
    </message>
    <message>
        <source>done</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>кезектен шығарылды</translation>
    </message>
    <message>
        <source>documents accepted</source>
        <translation>құжаттар қабылданды</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>result issued</source>
        <translation>нәтиже берілді</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>кеңес берілді</translation>
    </message>
    <message>
        <source>Issue a queue ticket</source>
        <translation>Кезек билетін беру</translation>
    </message>
    <message>
        <source>Ticket language:</source>
        <translation>Билет тілі:</translation>
    </message>
    <message>
        <source>Call &amp;next (F5)</source>
        <translation>&amp;Келесіні шақыру (F5)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Қызметті &amp;бастау</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <source>No-&amp;show</source>
        <translation>&amp;Келмеді</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>Қайта &amp;шақыру</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>Кезектен &amp;шығару</translation>
    </message>
    <message>
        <source>Redi&amp;rect…</source>
        <translation>Басқа мақсатқа &amp;жіберу…</translation>
    </message>
    <message>
        <source>Call &amp;out of order…</source>
        <translation>Кезектен &amp;тыс шақыру…</translation>
    </message>
    <message>
        <source>Issue &amp;anyway…</source>
        <translation>Сонда да &amp;беру…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Әріп</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Waited, min</source>
        <translation>Күтті, мин</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Кезекте: %1</translation>
    </message>
    <message>
        <source>Closed: opens at %1</source>
        <translation>Қабылдау жабық. Ашылады: %1</translation>
    </message>
    <message>
        <source>Issue outside hours</source>
        <translation>Жұмыс уақытынан тыс беру</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Мақсаты:</translation>
    </message>
    <message>
        <source>The office is closed now. Why is a ticket issued anyway?</source>
        <translation>Қазір әкімдік жабық. Билет неге берілетінін жазыңыз.</translation>
    </message>
    <message>
        <source>Call out of order</source>
        <translation>Кезектен тыс шақыру</translation>
    </message>
    <message>
        <source>Calling %1 before its turn: the standard serves in order of arrival. Write the reason; it is recorded.</source>
        <translation>%1 кезегінен бұрын шақырылады: стандарт бойынша қабылдау келу тәртібімен жүргізіледі. Себебін жазыңыз, ол тіркеледі.</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <source>Mark ticket %1 as not come?</source>
        <translation>%1 талонын «келмеді» деп белгілеу керек пе?</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Басқа мақсатқа жіберу</translation>
    </message>
    <message>
        <source>New purpose for %1 (keeps its place in line):</source>
        <translation>%1 үшін жаңа мақсат (кезектегі орны сақталады):</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>e.g. moved to Karaganda</source>
        <translation>мысалы, Қарағандыға көшті</translation>
    </message>
    <message>
        <source>Write the reason: it is kept in the history.</source>
        <translation>Себебін жазыңыз: ол тарихта сақталады.</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Records behind indicator %1</source>
        <translation>%1 көрсеткішінің жазбалары</translation>
    </message>
    <message>
        <source>No records are counted for this value.</source>
        <translation>Бұл мән үшін жазбалар саналмайды.</translation>
    </message>
    <message>
        <source>%1 records; those counted in the share are marked.</source>
        <translation>Жазбалар: %1; үлеске кіргендері белгіленген.</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>Түзетуді тіркеу…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <source>Applicant or purpose</source>
        <translation>Тұтынушы немесе мақсат</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Үлеске кірді</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Dates from–to</source>
        <translation>Күндер аралығы</translation>
    </message>
    <message>
        <source>Queue and applications</source>
        <translation>Кезек және өтініштер</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Есепті басып шығару…</translation>
    </message>
    <message>
        <source>Save spreadsheet…</source>
        <translation>Кестені сақтау…</translation>
    </message>
    <message>
        <source>Indicator 3.3…</source>
        <translation>3.3 көрсеткіші…</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Бекіту…</translation>
    </message>
    <message>
        <source>Fix the period&apos;s 12 indicators as counted now, under the akim&apos;s name</source>
        <translation>Кезеңнің 12 көрсеткішін қазір саналған күйінде әкімнің атынан бекіту</translation>
    </message>
    <message>
        <source>The share of service information available over the internet, as set</source>
        <translation>Интернет арқылы қолжетімді қызметтер туралы ақпарат үлесі (белгіленеді)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Norm, %</source>
        <translation>Норматив, %</translation>
    </message>
    <message>
        <source>Target next year, %</source>
        <translation>Келесі жылға мақсат, %</translation>
    </message>
    <message>
        <source>Value, %</source>
        <translation>Мәні, %</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Келушілер</translation>
    </message>
    <message>
        <source>Median wait, min</source>
        <translation>Күтудің медианасы, мин</translation>
    </message>
    <message>
        <source>90th percentile, min</source>
        <translation>90-процентиль, мин</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Шектен аспағандар</translation>
    </message>
    <message>
        <source>Values worse than the norm are highlighted. Double-click a value to see the records behind it, or a target to change it.</source>
        <translation>Нормативтен нашар мәндер белгіленген. Мәнді екі рет басса, оның жазбалары ашылады; мақсатты екі рет басып өзгертуге болады.</translation>
    </message>
    <message>
        <source>Counting the indicators…</source>
        <translation>Көрсеткіштер есептелуде…</translation>
    </message>
    <message>
        <source>Pick a period and press Show.</source>
        <translation>Кезеңді таңдап, «Көрсету» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Period %1; counted at %2; surveys answered: %3.</source>
        <translation>Кезең: %1; есептелген уақыт: %2; сауалнамаға жауап бергендер: %3.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>деректер жоқ</translation>
    </message>
    <message>
        <source>Queue: %1 visitors, %2 served, %3 no-shows, %4 never called; busiest hours: %5. Applications: %6 handed in, %7 accepted, %8 refused, %9 issued, %10 overdue now.</source>
        <translation>Кезек: келушілер %1, қызмет көрсетілді %2, келмегендер %3, шақырылмағандар %4; ең қарбалас сағаттар: %5. Өтініштер: тапсырылды %6, қабылданды %7, бас тартылды %8, берілді %9, қазір мерзімі өткен %10.</translation>
    </message>
    <message>
        <source>All visitors</source>
        <translation>Барлық келушілер</translation>
    </message>
    <message>
        <source>Nothing to draw: the period has no visitors and no applications.</source>
        <translation>Сызатын ештеңе жоқ: бұл кезеңде келушілер де, өтініштер де жоқ.</translation>
    </message>
    <message>
        <source>Sign-off %1: %2, %3</source>
        <translation>Бекіту №%1: %2, %3</translation>
    </message>
    <message>
        <source>Not signed off by the akim: the report is a draft.</source>
        <translation>Әкім бекітпеген: есеп – жоба.</translation>
    </message>
    <message>
        <source>Signed off by %2 on %3.</source>
        <translation>Бекіткен: %2, %3.</translation>
    </message>
    <message>
        <source>Signed off by %2 on %3; changed since sign-off: indicators %1.</source>
        <translation>Бекіткен: %2, %3; бекітілгеннен кейін өзгерген көрсеткіштер: %1.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Есепті бекіту</translation>
    </message>
    <message>
        <source>Sign off the indicator report: %1?

Its 12 indicators will be fixed as counted now (%2), under your name, and printed as signed. This cannot be undone: once the figures change, a new sign-off can supersede this one, and both are kept.</source>
        <translation>Көрсеткіштер есебін бекітесіз бе: %1?

Оның 12 көрсеткіші қазір саналған күйінде (%2) сіздің атыңыздан бекітіледі және бекітілген ретінде басылады. Мұны болдырмау мүмкін емес: көрсеткіштер өзгергенде жаңа бекіту осыны алмастыра алады, екеуі де сақталады.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <source>A target is a share from 0 to 100 %.</source>
        <translation>Мақсат — 0-ден 100 %-ға дейінгі үлес.</translation>
    </message>
    <message>
        <source>Indicator 3.3</source>
        <translation>3.3 көрсеткіші</translation>
    </message>
    <message>
        <source>Share of service information available over the internet, %:</source>
        <translation>Интернет арқылы қолжетімді қызметтер туралы ақпарат үлесі, %:</translation>
    </message>
    <message>
        <source>Save spreadsheet</source>
        <translation>Кестені сақтау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>Жүктеу аяқталды</translation>
    </message>
    <message>
        <source>&amp;Save invalid rows…</source>
        <translation>Қате жолдарды &amp;сақтау…</translation>
    </message>
    <message>
        <source>Households created: %1, updated: %2, unchanged: %3.
Members added: %4, updated: %5.
Rows not imported: %6.</source>
        <translation>Шаруашылықтар: құрылғаны %1, жаңартылғаны %2, өзгеріссіз %3.
Мүшелер: қосылғаны %4, жаңартылғаны %5.
Жүктелмеген жолдар: %6.</translation>
    </message>
    <message>
        <source>to_fix</source>
        <translation>түзету</translation>
    </message>
    <message>
        <source>Save invalid rows</source>
        <translation>Қате жолдарды сақтау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>The file cannot be saved: %1</source>
        <translation>Файлды сақтау мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1. Correct them and import that file.</source>
        <translation>
            <numerusform>%n жол %1 файлына сақталды. Оларды түзетіп, сол файлды жүктеңіз.</numerusform>
            <numerusform>%n жол %1 файлына сақталды. Оларды түзетіп, сол файлды жүктеңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Auyl Desk: office and clerk</source>
        <translation>Auyl Desk: әкімдік және маман</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>Which akim office is this?</source>
        <translation>Бұл қай әкімдік?</translation>
    </message>
    <message>
        <source>&amp;City or district:</source>
        <translation>&amp;Қала немесе аудан:</translation>
    </message>
    <message>
        <source>&amp;Find office:</source>
        <translation>Әкімдікті &amp;іздеу:</translation>
    </message>
    <message>
        <source>Type part of the name, e.g. Ботақара; Down arrow moves to the list</source>
        <translation>Атауының бөлігін жазыңыз, мысалы Ботақара; төмен жебе тізімге өтеді</translation>
    </message>
    <message>
        <source>All cities and districts</source>
        <translation>Барлық қалалар мен аудандар</translation>
    </message>
    <message>
        <source>Who works at the counter?</source>
        <translation>Қабылдауда кім жұмыс істейді?</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>Ә&amp;кесінің аты:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Т&amp;елефоны:</translation>
    </message>
    <message>
        <source>&amp;Akim:</source>
        <translation>Ә&amp;кім:</translation>
    </message>
    <message>
        <source>Akim&apos;s pos&amp;ition:</source>
        <translation>Әкімнің &amp;лауазымы:</translation>
    </message>
    <message>
        <source>Akim&apos;s position in R&amp;ussian:</source>
        <translation>Әкімнің орысша ла&amp;уазымы:</translation>
    </message>
    <message>
        <source>surname and initials, for certificates (optional)</source>
        <translation>тегі мен аты-жөнінің бас әріптері, анықтамалар үшін (міндетті емес)</translation>
    </message>
    <message>
        <source>e.g. akim of the rural okrug</source>
        <translation>мысалы, ауылдық округ әкімі</translation>
    </message>
    <message>
        <source>for Russian certificates; empty: made from the office&apos;s name</source>
        <translation>орысша анықтамалар үшін; бос болса — әкімдік атауынан жасалады</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>Кіру деректері</translation>
    </message>
    <message>
        <source>Clerk&apos;s &amp;login:</source>
        <translation>Маманның &amp;кіру аты:</translation>
    </message>
    <message>
        <source>Clerk&apos;s pass&amp;word:</source>
        <translation>Маманның құпия&amp;сөзі:</translation>
    </message>
    <message>
        <source>The same a&amp;gain:</source>
        <translation>Тағы бі&amp;р рет:</translation>
    </message>
    <message>
        <source>A&amp;dministrator&apos;s login:</source>
        <translation>Ә&amp;кімшінің кіру аты:</translation>
    </message>
    <message>
        <source>Administrator&apos;s passwo&amp;rd:</source>
        <translation>Әкімшінің құпиясө&amp;зі:</translation>
    </message>
    <message>
        <source>The same agai&amp;n:</source>
        <translation>Тағы бір р&amp;ет:</translation>
    </message>
    <message>
        <source>e.g. chief specialist</source>
        <translation>мысалы, бас маман</translation>
    </message>
    <message>
        <source>&amp;Add %1 demo households to try the program (marked DEMO everywhere; Settings can remove them)</source>
        <translation>Бағдарламаны сынап көру үшін %1 демо шаруашылық &amp;қосу (барлық жерде DEMO деп белгіленеді; Баптаулардан жоюға болады)</translation>
    </message>
    <message>
        <source>Some details of this office look wrong in the standard&apos;s text; an administrator can check them in Settings.</source>
        <translation>Бұл әкімдіктің кейбір деректері стандарт мәтінінде қате сияқты; әкімші оларды Баптауларда тексере алады.</translation>
    </message>
    <message>
        <source>No office matches. Check the spelling or choose another district.</source>
        <translation>Сәйкес әкімдік жоқ. Жазылуын тексеріңіз немесе басқа ауданды таңдаңыз.</translation>
    </message>
    <message>
        <source>%1, %2. Phones: %3</source>
        <translation>%1, %2. Телефондар: %3</translation>
    </message>
    <message>
        <source>Choose your akim office from the list.</source>
        <translation>Тізімнен әкімдігіңізді таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter the clerk&apos;s surname.</source>
        <translation>Маманның тегін енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the clerk&apos;s name.</source>
        <translation>Маманның атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the clerk&apos;s position.</source>
        <translation>Маманның лауазымын енгізіңіз.</translation>
    </message>
    <message>
        <source>The phone number needs at least five digits.</source>
        <translation>Телефон нөмірінде кемінде бес цифр болуы керек.</translation>
    </message>
    <message>
        <source>Adding demo households…</source>
        <translation>Демо шаруашылықтар қосылуда…</translation>
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
        <translation>%1 орнатылымында әлі тіркелгі жоқ. Оның алғашқы әкімшісі командалық жолда қосылады:

auyl-desk accounts add --role administrator --name &quot;Тегі Аты&quot; --new-login LOGIN --new-password-file FILE</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Short survey</source>
        <translation>Қысқа сауалнама</translation>
    </message>
    <message>
        <source>Ask the applicant, if they agree: five questions, each answered yes or no or skipped. The answers count towards the office&apos;s quality indicators.</source>
        <translation>Тұтынушы келіссе, сұраңыз: бес сұрақ, әрқайсысына «иә», «жоқ» деп жауап беруге немесе өткізіп жіберуге болады. Жауаптар аппараттың сапа көрсеткіштеріне есептеледі.</translation>
    </message>
    <message>
        <source>Are you satisfied with how the service was provided?</source>
        <translation>Қызметтің көрсетілу үрдісіне қанағаттандыңыз ба?</translation>
    </message>
    <message>
        <source>Are you satisfied with the information on the service?</source>
        <translation>Қызмет туралы ақпаратқа қанағаттандыңыз ба?</translation>
    </message>
    <message>
        <source>If you complained: are you satisfied with how the complaint was handled?</source>
        <translation>Шағым берген болсаңыз: шағымның қаралу тәртібіне қанағаттандыңыз ба?</translation>
    </message>
    <message>
        <source>If you complained: was the complaint answered in time?</source>
        <translation>Шағым берген болсаңыз: шағымға уақытында жауап берілді ме?</translation>
    </message>
    <message>
        <source>Were the staff polite?</source>
        <translation>Қызметкерлер сыпайы болды ма?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Өткізу</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message>
        <source>USB exchange with the district</source>
        <translation>Ауданмен флешка арқылы алмасу</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>ПӘРМЕН</translation>
    </message>
    <message>
        <source>the last package, the counter, acknowledged</source>
        <translation>соңғы пакет, есептегіш, расталғаны</translation>
    </message>
    <message>
        <source>write this office&apos;s package for the district</source>
        <translation>осы аппараттың аудан үшін пакетін жазу</translation>
    </message>
    <message>
        <source>every record, not only the changes</source>
        <translation>тек өзгерістерді емес, барлық жазбаны</translation>
    </message>
    <message>
        <source>take in packages (a report first)</source>
        <translation>пакеттерді қабылдау (алдымен есеп)</translation>
    </message>
    <message>
        <source>only report what importing would do</source>
        <translation>импорт не істейтінін ғана көрсету</translation>
    </message>
    <message>
        <source>write the district&apos;s package for an office</source>
        <translation>аппаратқа арналған аудан пакетін жазу</translation>
    </message>
    <message>
        <source>records changed at both ends</source>
        <translation>екі жақта да өзгерген жазбалар</translation>
    </message>
    <message>
        <source>keep one version of a conflicting record</source>
        <translation>қайшылықты жазбаның бір нұсқасын қалдыру</translation>
    </message>
    <message>
        <source>make this installation the district&apos;s</source>
        <translation>осы орнатуды аудандікі ету</translation>
    </message>
    <message>
        <source>exchange keys</source>
        <translation>алмасу кілттері</translation>
    </message>
    <message>
        <source>the fingerprint the other side read aloud from its screen</source>
        <translation>екінші жақ өз экранынан дауыстап оқыған бақылау сандары</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
    <message>
        <source>There is no open conflict with this number.</source>
        <translation>Бұл нөмірмен ашық қайшылық жоқ.</translation>
    </message>
    <message>
        <source>District %1: %2</source>
        <translation>Аудан %1: %2</translation>
    </message>
    <message>
        <source>Office %1: changes up to %2 taken in, last package %3</source>
        <translation>Аппарат %1: %2 дейінгі өзгерістер қабылданды, соңғы пакет %3</translation>
    </message>
    <message>
        <source>Office %1: %2 households, %3 applications, %4 complaints</source>
        <translation>Аппарат %1: %2 шаруашылық, %3 өтініш, %4 шағым</translation>
    </message>
    <message>
        <source>District: %2 households, %3 applications, %4 complaints</source>
        <translation>Аудан бойынша: %2 шаруашылық, %3 өтініш, %4 шағым</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Ашық қайшылықтар: %1</translation>
    </message>
    <message>
        <source>Office %1, database %2</source>
        <translation>Аппарат %1, дерекқор %2</translation>
    </message>
    <message>
        <source>Change counter %1; acknowledged by the district up to %2; %3 records to send</source>
        <translation>Өзгерістер есептегіші %1; аудан %2 дейін растады; жіберілетін жазбалар: %3</translation>
    </message>
    <message>
        <source>The report&apos;s 3.3 or targets, or the akim&apos;s sign-offs, changed: the next package carries them.</source>
        <translation>Есептің 3.3 көрсеткіші не мақсаттары, не әкімнің бекітулері өзгерді: олар келесі пакетпен жіберіледі.</translation>
    </message>
    <message>
        <source>Last package: %1 (%2)</source>
        <translation>Соңғы пакет: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing changed since the district&apos;s last acknowledgment.</source>
        <translation>Ауданның соңғы растауынан бері ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Written and checked: %1 (%2 records, changes %3-%4)</source>
        <translation>Жазылды және тексерілді: %1 (%2 жазба, өзгерістер %3-%4)</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Сынақ: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Office %1:</source>
        <translation>Аппарат %1:</translation>
    </message>
    <message>
        <source>%1: new %2, changed %3, unchanged %4, conflicts %5</source>
        <translation>%1: жаңа %2, өзгерген %3, өзгермеген %4, қайшылық %5</translation>
    </message>
    <message>
        <source>#%1 office %2, %3 %4</source>
        <translation>№%1 аппарат %2, %3 %4</translation>
    </message>
    <message>
        <source>changed at the district: %1; at the office: %2</source>
        <translation>ауданда өзгерткен: %1; аппаратта: %2</translation>
    </message>
    <message>
        <source>%1: district %2 | office %3</source>
        <translation>%1: аудан %2 | аппарат %3</translation>
    </message>
    <message>
        <source>This side: %1 %2</source>
        <translation>Осы жақ: %1 %2</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Бақылау сандары: %1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>кері қайтарылған</translation>
    </message>
    <message>
        <source>Fingerprint to read aloud: %1</source>
        <translation>Дауыстап оқитын бақылау сандары: %1</translation>
    </message>
    <message>
        <source>Enrolled: %1 %2 (%3)</source>
        <translation>Тіркелді: %1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>State of the exchange</source>
        <translation>Алмасу жағдайы</translation>
    </message>
    <message>
        <source>Removable drives and folders</source>
        <translation>Алынбалы дискілер мен қалталар</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Қайта іздеу</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Қалта қосу…</translation>
    </message>
    <message>
        <source>No removable drive is in. Insert the stick and press «Look again», or add a folder.</source>
        <translation>Алынбалы диск салынбаған. Флешканы салып, «Қайта іздеу» батырмасын басыңыз немесе қалтаны қосыңыз.</translation>
    </message>
    <message>
        <source>Write package for the district</source>
        <translation>Аудан үшін пакет жазу</translation>
    </message>
    <message>
        <source>Everything, not only changes</source>
        <translation>Тек өзгерістерді емес, бәрін</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>Пакеттерді қабылдау…</translation>
    </message>
    <message>
        <source>Write answer for an office…</source>
        <translation>Аппаратқа жауап жазу…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Қайшылықтар…</translation>
    </message>
    <message>
        <source>Indicator reports…</source>
        <translation>Көрсеткіштер есептері…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Кілттер</translation>
    </message>
    <message>
        <source>Save enrollment file…</source>
        <translation>Тіркеу файлын сақтау…</translation>
    </message>
    <message>
        <source>Enroll the other side…</source>
        <translation>Екінші жақты тіркеу…</translation>
    </message>
    <message>
        <source>Enrolled: %1 %2, fingerprint %3</source>
        <translation>Тіркелген: %1 %2, бақылау сандары %3</translation>
    </message>
    <message>
        <source>District %1: %2</source>
        <translation>Аудан %1: %2</translation>
    </message>
    <message>
        <source>Office %1: changes up to %2 taken in, last package %3</source>
        <translation>Аппарат %1: %2 дейінгі өзгерістер қабылданды, соңғы пакет %3</translation>
    </message>
    <message>
        <source>Office %1: %2 households, %3 applications, %4 complaints</source>
        <translation>Аппарат %1: %2 шаруашылық, %3 өтініш, %4 шағым</translation>
    </message>
    <message>
        <source>District: %2 households, %3 applications, %4 complaints</source>
        <translation>Аудан бойынша: %2 шаруашылық, %3 өтініш, %4 шағым</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Ашық қайшылықтар: %1</translation>
    </message>
    <message>
        <source>Change counter %1; acknowledged by the district up to %2; %3 records to send</source>
        <translation>Өзгерістер есептегіші %1; аудан %2 дейін растады; жіберілетін жазбалар: %3</translation>
    </message>
    <message>
        <source>The report&apos;s 3.3 or targets, or the akim&apos;s sign-offs, changed: the next package carries them.</source>
        <translation>Есептің 3.3 көрсеткіші не мақсаттары, не әкімнің бекітулері өзгерді: олар келесі пакетпен жіберіледі.</translation>
    </message>
    <message>
        <source>Last package: %1 (%2)</source>
        <translation>Соңғы пакет: %1 (%2)</translation>
    </message>
    <message>
        <source>Last answer from the district: %1</source>
        <translation>Ауданның соңғы жауабы: %1</translation>
    </message>
    <message>
        <source>Folder for packages</source>
        <translation>Пакеттерге арналған қалта</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
    <message>
        <source>Choose a drive or a folder first.</source>
        <translation>Алдымен дискіні немесе қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Пакет жазылуда…</translation>
    </message>
    <message>
        <source>Nothing changed since the district&apos;s last acknowledgment.</source>
        <translation>Ауданның соңғы растауынан бері ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The package is written and checked: %1 (%2 records). The stick can be removed.</source>
        <translation>Пакет жазылды және тексерілді: %1 (%2 жазба). Флешканы алуға болады.</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>Қабылданатын пакеттер</translation>
    </message>
    <message>
        <source>Packages (*.auylpkg)</source>
        <translation>Пакеттер (*.auylpkg)</translation>
    </message>
    <message>
        <source>Checking the packages…</source>
        <translation>Пакеттер тексерілуде…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Қабылдануда…</translation>
    </message>
    <message>
        <source>Office number:</source>
        <translation>Аппарат нөмірі:</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
    <message>
        <source>Fingerprint to read aloud: %1</source>
        <translation>Дауыстап оқитын бақылау сандары: %1</translation>
    </message>
    <message>
        <source>Save enrollment file</source>
        <translation>Тіркеу файлын сақтау</translation>
    </message>
    <message>
        <source>The other side&apos;s enrollment file</source>
        <translation>Екінші жақтың тіркеу файлы</translation>
    </message>
    <message>
        <source>The fingerprint the other side reads aloud:</source>
        <translation>Екінші жақ дауыстап оқитын бақылау сандары:</translation>
    </message>
    <message>
        <source>Enrolled: %1 (%2)</source>
        <translation>Тіркелді: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>This file is not an exchange package.</source>
        <translation>Бұл файл алмасу пакеті емес.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of the program.</source>
        <translation>Пакетті бағдарламаның жаңа нұсқасы жасаған.</translation>
    </message>
    <message>
        <source>The package is cut short (copied only in part). Copy it again.</source>
        <translation>Пакет толық емес (жартылай көшірілген). Қайта көшіріңіз.</translation>
    </message>
    <message>
        <source>The package is damaged or was changed after it was written.</source>
        <translation>Пакет бүлінген немесе жазылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not hold: it was changed after signing.</source>
        <translation>Пакеттің қолтаңбасы жарамсыз: ол қол қойылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>The package is signed by a key that is not enrolled here.</source>
        <translation>Пакетке мұнда тіркелмеген кілтпен қол қойылған.</translation>
    </message>
    <message>
        <source>The package is signed by a revoked key and is refused.</source>
        <translation>Пакетке кері қайтарылған кілтпен қол қойылған, ол қабылданбайды.</translation>
    </message>
    <message>
        <source>The package is meant for another office.</source>
        <translation>Пакет басқа аппаратқа арналған.</translation>
    </message>
    <message>
        <source>The file changed while it was read (was the stick pulled out?). Try again.</source>
        <translation>Файл оқылып жатқанда өзгерді (флешка суырылды ма?). Қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The stick is full. Nothing was written; free some space and try again.</source>
        <translation>Флешкада орын жоқ. Ештеңе жазылған жоқ; орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The stick is write-protected. Nothing was written.</source>
        <translation>Флешка жазудан қорғалған. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Writing to the stick failed (was it pulled out?). Nothing usable was left.</source>
        <translation>Флешкаға жазу сәтсіз аяқталды (суырылды ма?). Жарамды ештеңе қалған жоқ.</translation>
    </message>
    <message>
        <source>The package read back from the stick differs from what was written: the stick is faulty. Nothing usable was left; use another stick.</source>
        <translation>Флешкадан қайта оқылған пакет жазылғанынан өзгеше: флешка ақаулы. Жарамды ештеңе қалған жоқ; басқа флешканы пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The package&apos;s content does not fit this program&apos;s data (another version?).</source>
        <translation>Пакеттің мазмұны осы бағдарламаның деректеріне сәйкес келмейді (басқа нұсқа ма?).</translation>
    </message>
    <message>
        <source>The akim office is not chosen yet: finish the first-run setup.</source>
        <translation>Әкім аппараты әлі таңдалмаған: алғашқы баптауды аяқтаңыз.</translation>
    </message>
    <message>
        <source>This is not possible here: it is done at the other end of the exchange.</source>
        <translation>Мұнда бұл мүмкін емес: ол алмасудың екінші жағында жасалады.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the file. Do not enroll it: the file may be forged.</source>
        <translation>Бақылау сандары файлға сәйкес келмейді. Оны тіркемеңіз: файл жалған болуы мүмкін.</translation>
    </message>
    <message>
        <source>No enrolled key has this id.</source>
        <translation>Бұл идентификатормен тіркелген кілт жоқ.</translation>
    </message>
    <message>
        <source>Give the reason for the revocation.</source>
        <translation>Кері қайтару себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The other side&apos;s enrollment file has not been imported yet.</source>
        <translation>Екінші жақтың тіркеу файлы әлі қабылданбаған.</translation>
    </message>
    <message>
        <source>This office&apos;s signing key is missing.</source>
        <translation>Осы аппараттың қолтаңба кілті жоқ.</translation>
    </message>
    <message>
        <source>This office&apos;s signing key is revoked.</source>
        <translation>Осы аппараттың қолтаңба кілті кері қайтарылған.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>қолданылды</translation>
    </message>
    <message>
        <source>held: an earlier package is missing</source>
        <translation>күтуде: алдыңғы пакет жоқ</translation>
    </message>
    <message>
        <source>already imported: nothing changed</source>
        <translation>бұрын қабылданған: ештеңе өзгерген жоқ</translation>
    </message>
    <message>
        <source>its changes are already here: nothing changed</source>
        <translation>оның өзгерістері мұнда бар: ештеңе өзгерген жоқ</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>This file is not a valid enrollment file (damaged or changed by hand).</source>
        <translation>Бұл файл жарамды тіркеу файлы емес (бүлінген немесе қолмен өзгертілген).</translation>
    </message>
    <message>
        <source>will be applied: the missing package is among these</source>
        <translation>қолданылады: жетпеген пакет осылардың ішінде</translation>
    </message>
    <message>
        <source>will be applied</source>
        <translation>қолданылады</translation>
    </message>
    <message>
        <source>applied: the missing package arrived</source>
        <translation>қолданылды: жетпеген пакет келді</translation>
    </message>
    <message>
        <source>Office %1: changes %2-%3 missing.</source>
        <translation>Аппарат %1: %2-%3 өзгерістер жетіспейді.</translation>
    </message>
    <message>
        <source>households</source>
        <translation>шаруашылықтар</translation>
    </message>
    <message>
        <source>household members</source>
        <translation>шаруашылық мүшелері</translation>
    </message>
    <message>
        <source>land plots</source>
        <translation>жер учаскелері</translation>
    </message>
    <message>
        <source>livestock counts</source>
        <translation>мал басы</translation>
    </message>
    <message>
        <source>book history</source>
        <translation>кітап тарихы</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>қызметкерлер</translation>
    </message>
    <message>
        <source>queue tickets</source>
        <translation>кезек талондары</translation>
    </message>
    <message>
        <source>queue events</source>
        <translation>кезек оқиғалары</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>өтініштер</translation>
    </message>
    <message>
        <source>application corrections</source>
        <translation>өтініш түзетулері</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>анықтамалар</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>шағымдар</translation>
    </message>
    <message>
        <source>complaint history</source>
        <translation>шағым тарихы</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>сауалнама жауаптары</translation>
    </message>
    <message>
        <source>field corrections</source>
        <translation>өріс түзетулері</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Орындаған</translation>
    </message>
    <message>
        <source>Done by (staff record)</source>
        <translation>Орындаған (қызметкер жазбасы)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Animal tag numbers</source>
        <translation>Жануарлардың сырға нөмірлері</translation>
    </message>
    <message>
        <source>Summary of the answer</source>
        <translation>Жауаптың қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Жауап берілген уақыт</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Жауап берген</translation>
    </message>
    <message>
        <source>Answered by (staff record)</source>
        <translation>Жауап берген (қызметкер жазбасы)</translation>
    </message>
    <message>
        <source>Answer date</source>
        <translation>Жауап күні</translation>
    </message>
    <message>
        <source>Applicant type</source>
        <translation>Өтініш берушінің түрі</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Area, ha</source>
        <translation>Ауданы, га</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Күйі бойынша</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Қосымшалар</translation>
    </message>
    <message>
        <source>Basis recorded by</source>
        <translation>Негізді тіркеген</translation>
    </message>
    <message>
        <source>Basis recorded by (staff record)</source>
        <translation>Негізді тіркеген (қызметкер жазбасы)</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастрлық нөмір</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Шақырылған уақыт</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>Шақырған</translation>
    </message>
    <message>
        <source>Called by (staff record)</source>
        <translation>Шақырған (қызметкер жазбасы)</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Өзгерткен</translation>
    </message>
    <message>
        <source>Changed by (staff record)</source>
        <translation>Өзгерткен (қызметкер жазбасы)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Түсу арнасы</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Жабылған уақыт</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <source>Complainant type</source>
        <translation>Шағымданушының түрі</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>Satisfied with the complaint procedure</source>
        <translation>Шағым тәртібіне қанағаттанды</translation>
    </message>
    <message>
        <source>Satisfied with the complaint terms</source>
        <translation>Шағым мерзімдеріне қанағаттанды</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Келісім күні</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Мазмұн хэші</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>Түзеткен</translation>
    </message>
    <message>
        <source>Corrected by (staff record)</source>
        <translation>Түзеткен (қызметкер жазбасы)</translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation>Түзетілген мән</translation>
    </message>
    <message>
        <source>Head counts</source>
        <translation>Бас саны</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Жасалған уақыт</translation>
    </message>
    <message>
        <source>Legal basis for the personal data</source>
        <translation>Дербес деректердің құқықтық негізі</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>Жойылған уақыт</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation>Ұсынылған құжаттар</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <source>Extension date</source>
        <translation>Ұзартылған күні</translation>
    </message>
    <message>
        <source>Longest extension</source>
        <translation>Ұзартудың шегі</translation>
    </message>
    <message>
        <source>Extension notice due</source>
        <translation>Ұзарту хабарламасының мерзімі</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Ұзарту себебі</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>Аяқталған уақыт</translation>
    </message>
    <message>
        <source>Forward by</source>
        <translation>Жіберу мерзімі</translation>
    </message>
    <message>
        <source>Forwarding date</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Кімге жіберілді</translation>
    </message>
    <message>
        <source>Handed in at</source>
        <translation>Тапсырылған уақыт</translation>
    </message>
    <message>
        <source>Held from</source>
        <translation>Иелену басы</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Иелену соңы</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Шаруашылық</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Satisfied with the information</source>
        <translation>Ақпаратқа қанағаттанды</translation>
    </message>
    <message>
        <source>Demonstration record</source>
        <translation>Демонстрациялық жазба</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Берілген уақыт</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген</translation>
    </message>
    <message>
        <source>Issued by (staff record)</source>
        <translation>Берген (қызметкер жазбасы)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Негізді</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Queue letter</source>
        <translation>Кезек әрпі</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>Жетіспейтін құжаттар</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ЖСН / БСН</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Жаңа мән</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Бұрынғы мән</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Office of origin</source>
        <translation>Жазба жасалған аппарат</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Reason for working outside hours</source>
        <translation>Жұмыс уақытынан тыс себебі</translation>
    </message>
    <message>
        <source>Satisfied with the politeness</source>
        <translation>Сыпайылыққа қанағаттанды</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Дайындаған</translation>
    </message>
    <message>
        <source>Prepared by (staff record)</source>
        <translation>Дайындаған (қызметкер жазбасы)</translation>
    </message>
    <message>
        <source>Previous due date</source>
        <translation>Бұрынғы мерзімі</translation>
    </message>
    <message>
        <source>Satisfied with the process</source>
        <translation>Үдеріске қанағаттанды</translation>
    </message>
    <message>
        <source>Purpose of the visit</source>
        <translation>Келу мақсаты</translation>
    </message>
    <message>
        <source>Ready at</source>
        <translation>Дайын болған уақыт</translation>
    </message>
    <message>
        <source>Made ready by</source>
        <translation>Дайындаған</translation>
    </message>
    <message>
        <source>Made ready by (staff record)</source>
        <translation>Дайындаған (қызметкер жазбасы)</translation>
    </message>
    <message>
        <source>Promised ready time</source>
        <translation>Уәде етілген дайындық уақыты</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Kind of reason</source>
        <translation>Себеп түрі</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Қабылданған уақыт</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Қабылдаған</translation>
    </message>
    <message>
        <source>Received by (staff record)</source>
        <translation>Қабылдаған (қызметкер жазбасы)</translation>
    </message>
    <message>
        <source>Changed record</source>
        <translation>Өзгертілген жазба</translation>
    </message>
    <message>
        <source>Record key</source>
        <translation>Жазба кілті</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Тіркеген</translation>
    </message>
    <message>
        <source>Recorded by (staff record)</source>
        <translation>Тіркеген (қызметкер жазбасы)</translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation>Бас тарту себебі</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>Бас тартылған уақыт</translation>
    </message>
    <message>
        <source>Refused by</source>
        <translation>Бас тартқан</translation>
    </message>
    <message>
        <source>Refused by (staff record)</source>
        <translation>Бас тартқан (қызметкер жазбасы)</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Registered until</source>
        <translation>Тіркелу соңы</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Registration sequence number</source>
        <translation>Тіркеудің реттік нөмірі</translation>
    </message>
    <message>
        <source>Registration year</source>
        <translation>Тіркеу жылы</translation>
    </message>
    <message>
        <source>Reason for removal</source>
        <translation>Шығару себебі</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Ережелер жинағы</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Іздеу мәтіні</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Реттік нөмірі</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Service started at</source>
        <translation>Қызмет көрсету басталған уақыт</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолтаңба</translation>
    </message>
    <message>
        <source>Original value</source>
        <translation>Бастапқы мән</translation>
    </message>
    <message>
        <source>State act number</source>
        <translation>Мемлекеттік акт нөмірі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Complaint about</source>
        <translation>Шағым кімге</translation>
    </message>
    <message>
        <source>Name of whom the complaint is about</source>
        <translation>Шағым жасалған органның атауы</translation>
    </message>
    <message>
        <source>Complaint terms in force</source>
        <translation>Қолданыстағы шағым мерзімдері</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтіні</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Кезек талоны</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <source>%1: already imported, nothing changed</source>
        <translation>%1: бұрын қабылданған, ештеңе өзгерген жоқ</translation>
    </message>
    <message>
        <source>%1: older than the answer already applied (No. %2), nothing changed</source>
        <translation>%1: бұрын қабылданған жауаптан (№ %2) ескі, ештеңе өзгерген жоқ</translation>
    </message>
    <message>
        <source>%1: acknowledged up to %2; keys updated: %3; corrections applied: %4</source>
        <translation>%1: %2 дейін расталды; жаңартылған кілттер: %3; қолданылған түзетулер: %4</translation>
    </message>
    <message>
        <source>The district&apos;s answer No. %1</source>
        <translation>Ауданның № %1 жауабы</translation>
    </message>
    <message>
        <source>Holiday transfers changed by the district: %1</source>
        <translation>Аудан өзгерткен демалыс күндерінің ауыстырылуы: %1</translation>
    </message>
    <message>
        <source>Reference values corrected by the district: %1</source>
        <translation>Аудан түзеткен анықтамалық мәндер: %1</translation>
    </message>
    <message>
        <source>The district akim&apos;s reception schedule was changed by the district.</source>
        <translation>Аудан әкімінің қабылдау кестесін аудан өзгертті.</translation>
    </message>
    <message>
        <source>Rule versions received from the district (in force from): %1</source>
        <translation>Аудандан алынған ереже нұсқалары (күшіне енетін күні): %1</translation>
    </message>
</context>
<context>
    <name>TransferForm</name>
    <message>
        <source>Add a decreed transfer</source>
        <translation>Ауыстырылған күнді қосу</translation>
    </message>
    <message>
        <source>Enter each date the decree moves: the Saturday or Sunday worked (working day) and the weekday given off (day off).</source>
        <translation>Қаулы ауыстыратын әр күнді енгізіңіз: жұмыс істелетін сенбі не жексенбі (жұмыс күні) және демалыс берілетін апта күні (демалыс күні).</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Basis (decree):</source>
        <translation>&amp;Негіздеме (қаулы):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>e.g. Government of the RK resolution No 123 of 10.10.2026</source>
        <translation>мысалы, ҚР Үкіметінің 10.10.2026 жылғы № 123 қаулысы</translation>
    </message>
    <message>
        <source>Name the decree that makes the transfer.</source>
        <translation>Күнді ауыстыратын қаулыны көрсетіңіз.</translation>
    </message>
    <message>
        <source>A working day can only be decreed on a Saturday, a Sunday or a public holiday.</source>
        <translation>Жұмыс күні етіп тек сенбіні, жексенбіні немесе мереке күнін белгілеуге болады.</translation>
    </message>
    <message>
        <source>A day off can only be decreed on a working weekday.</source>
        <translation>Демалыс күні етіп тек жұмыс істейтін апта күнін белгілеуге болады.</translation>
    </message>
    <message>
        <source>The transfer cannot be saved.</source>
        <translation>Ауыстыруды сақтау мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>TransfersDialog</name>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Демалыс күні</translation>
    </message>
    <message>
        <source>Working calendar: decreed transfers</source>
        <translation>Жұмыс күнтізбесі: ауыстырылған күндер</translation>
    </message>
    <message>
        <source>Days moved by a Government decree. The grey entries come with the program and cannot be changed here; the office&apos;s own entries are added from each new decree and win over a grey entry on the same date.</source>
        <translation>Үкімет қаулысымен ауыстырылған күндер. Сұр жазбалар бағдарламамен бірге келеді, оларды мұнда өзгертуге болмайды; әкімдіктің өз жазбалары әр жаңа қаулы бойынша қосылады және сол күнгі сұр жазбаның орнына қолданылады.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Basis (decree)</source>
        <translation>Негіздеме (қаулы)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>The program (replaced by the office)</source>
        <translation>Бағдарлама (әкімдік ауыстырған)</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Алдымен жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>This entry comes with the program and cannot be removed. To correct it, add the office&apos;s own entry on the same date.</source>
        <translation>Бұл жазба бағдарламамен бірге келеді, оны жоюға болмайды. Түзету үшін сол күнге әкімдіктің өз жазбасын қосыңыз.</translation>
    </message>
    <message>
        <source>Remove the transfer of %1 (%2)?</source>
        <translation>%1 күнгі ауыстыруды (%2) жою керек пе?</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify certificate</source>
        <translation>Анықтаманы тексеру</translation>
    </message>
    <message>
        <source>Scan the certificate&apos;s QR code into the field below (or paste its text), or open the certificate&apos;s PDF file.</source>
        <translation>Анықтаманың QR-кодын төмендегі өріске сканерлеңіз (немесе мәтінін қойыңыз) не анықтаманың PDF файлын ашыңыз.</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>PDF &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Анықтаманы ашу</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VisitEndDialog</name>
    <message>
        <source>Call the next visitor</source>
        <translation>Келесі келушіні шақыру</translation>
    </message>
    <message>
        <source>Ticket %1 is still at your desk. How did that visit end?</source>
        <translation>%1 талоны әлі сіздің үстеліңізде. Бұл қабылдау қалай аяқталды?</translation>
    </message>
    <message>
        <source>&amp;Finished</source>
        <translation>&amp;Аяқталды</translation>
    </message>
    <message>
        <source>The visitor was served without an application (a consultation)</source>
        <translation>Келушіге өтінішсіз қызмет көрсетілді (кеңес)</translation>
    </message>
    <message>
        <source>Did &amp;not come</source>
        <translation>&amp;Келмеді</translation>
    </message>
    <message>
        <source>&amp;Back to the queue</source>
        <translation>Кезекке &amp;қайтару</translation>
    </message>
    <message>
        <source>The visitor steps aside and keeps their place in the line</source>
        <translation>Келуші шетке шығады, кезектегі орны сақталады</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Auyl Desk cannot open its database</source>
        <translation>Auyl Desk дерекқорын аша алмайды</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. Nothing has been changed in it.</source>
        <translation>%1 дерекқорын ашу мүмкін емес. Онда ештеңе өзгертілген жоқ.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>database: a SQLite file path or a SQLAlchemy URL (default: the user&apos;s data folder)</source>
        <translation>дерекқор: SQLite файлының жолы немесе SQLAlchemy URL (әдепкі: пайдаланушының деректер қалтасы)</translation>
    </message>
    <message>
        <source>Auyl Desk: household book, queue, applications and certificates of a village akim office.</source>
        <translation>Auyl Desk: ауыл әкімдігінің шаруашылық кітабы, кезегі, өтініштері мен анықтамалары.</translation>
    </message>
    <message>
        <source>check this installation: open the main window on a fresh database in a temporary folder, render a talon, exit (status 0 if all worked)</source>
        <translation>осы орнатуды тексеру: уақытша қалтадағы жаңа дерекқорда бас терезені ашып, талон жасап, шығу (бәрі жұмыс істесе, шығу коды 0)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>ПӘРМЕН</translation>
    </message>
    <message>
        <source>start the program (the default)</source>
        <translation>бағдарламаны іске қосу (әдепкі)</translation>
    </message>
    <message>
        <source>list the akim offices of the reference data</source>
        <translation>анықтамалық деректердегі әкімдіктерінің тізімі</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>МӘТІН</translation>
    </message>
    <message>
        <source>only offices of a city or district whose name contains TEXT</source>
        <translation>атауында МӘТІН бар қаланың немесе ауданның әкімдіктері ғана</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>кестенің орнына JSON шығару</translation>
    </message>
    <message>
        <source>check the database file and that its schema is current (exit status 0 if so)</source>
        <translation>дерекқор файлын және оның сызбасы өзекті екенін тексеру (солай болса, шығу коды 0)</translation>
    </message>
    <message>
        <source>fill the household book with synthetic demo households (to try the program)</source>
        <translation>шаруашылық кітабын ойдан құрастырылған демо шаруашылықтармен толтыру (бағдарламаны сынап көру үшін)</translation>
    </message>
    <message>
        <source>how many demo households to add</source>
        <translation>қанша демо шаруашылық қосу керек</translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same households (default 1)</source>
        <translation>кездейсоқ сандардың бастапқы мәні: бірдей мән бірдей шаруашылықтарды береді (әдепкі 1)</translation>
    </message>
    <message>
        <source>the household book</source>
        <translation>шаруашылық кітабы</translation>
    </message>
    <message>
        <source>find households by name, IIN, address or account number</source>
        <translation>шаруашылықтарды аты-жөні, ЖСН, мекенжайы немесе дербес шот нөмірі бойынша іздеу</translation>
    </message>
    <message>
        <source>words to find (beginnings of words, in any order) or a 12-digit IIN</source>
        <translation>іздейтін сөздер (сөздердің басы, кез келген ретпен) немесе 12 таңбалы ЖСН</translation>
    </message>
    <message>
        <source>show at most N households (default 50)</source>
        <translation>ең көбі N шаруашылықты көрсету (әдепкі 50)</translation>
    </message>
    <message>
        <source>import a household book from a spreadsheet (.xlsx, .xls, .csv)</source>
        <translation>шаруашылық кітабын кестеден жүктеу (.xlsx, .xls, .csv)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>КҮНІ</translation>
    </message>
    <message>
        <source>the date the file&apos;s data is as of (default: a date in its title, or today)</source>
        <translation>файл деректерінің күні (әдепкіде: тақырыбындағы күн немесе бүгін)</translation>
    </message>
    <message>
        <source>the columns: a JSON object or file, field -&gt; column header (default: guessed)</source>
        <translation>бағандар: JSON нысаны немесе файлы, өріс -&gt; баған тақырыбы (әдепкіде: анықталады)</translation>
    </message>
    <message>
        <source>check and report only, write nothing</source>
        <translation>тек тексеріп, есеп беру, ештеңе жазбау</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>есепті JSON түрінде шығару</translation>
    </message>
    <message>
        <source>import the other rows even when some are refused (exit status 0)</source>
        <translation>кейбір жолдар қабылданбаса да қалғандарын жүктеу (шығу коды 0)</translation>
    </message>
    <message>
        <source>write the household book to an .xlsx file the import reads back</source>
        <translation>шаруашылық кітабын жүктеу қайта оқи алатын .xlsx файлына жазу</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>ФАЙЛ.xlsx</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>жазылатын файл</translation>
    </message>
    <message>
        <source>headings and words in Kazakh or Russian (default: the machine&apos;s language)</source>
        <translation>тақырыптар мен сөздер қазақша немесе орысша (әдепкіде: компьютердің тілі)</translation>
    </message>
    <message>
        <source>the complaint register</source>
        <translation>шағымдар тізілімі</translation>
    </message>
    <message>
        <source>list the complaints, newest first</source>
        <translation>шағымдар тізімі, ең жаңасы басында</translation>
    </message>
    <message>
        <source>only complaints whose answer is overdue today</source>
        <translation>тек жауап мерзімі бүгін өткен шағымдар</translation>
    </message>
    <message>
        <source>render a specimen of a printed document with demo data (to check printers)</source>
        <translation>баспа құжатының үлгісін демо деректермен жасау (принтерлерді тексеру үшін)</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТҮРІ</translation>
    </message>
    <message>
        <source>the document: ticket, talon, refusal, application-form, certificate-1, certificate-2, indicators-report, complaint-talon, complaint-protocol, extension-notice or forwarding-notice</source>
        <translation>құжат: ticket (кезек талоны), talon (талон), refusal (бас тарту), application-form (өтініш нысаны), certificate-1, certificate-2 (анықтамалар), indicators-report (көрсеткіштер есебі), complaint-talon (шағым талоны), complaint-protocol (ауызша шағым хаттамасы), extension-notice (ұзарту хабарламасы) немесе forwarding-notice (жіберу хабарламасы)</translation>
    </message>
    <message>
        <source>the document&apos;s language (default kk)</source>
        <translation>құжаттың тілі (әдепкісі kk)</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>ФАЙЛ.pdf</translation>
    </message>
    <message>
        <source>where to write the PDF file</source>
        <translation>PDF файлы қайда жазылады</translation>
    </message>
    <message>
        <source>the quality indicators or the queue statistics of a period</source>
        <translation>кезеңнің сапа көрсеткіштері немесе кезек статистикасы</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>ЕСЕП</translation>
    </message>
    <message>
        <source>the standard&apos;s 12 indicators with the queue and the applications</source>
        <translation>стандарттың 12 көрсеткіші, кезек және өтініштер</translation>
    </message>
    <message>
        <source>queue and workload statistics</source>
        <translation>кезек және жүктеме статистикасы</translation>
    </message>
    <message>
        <source>the akim fixes the period&apos;s 12 indicators as counted now, under the akim&apos;s name (--login of the akim)</source>
        <translation>әкім кезеңнің 12 көрсеткішін қазір саналған күйінде өз атынан бекітеді (әкімнің --login)</translation>
    </message>
    <message>
        <source>the period&apos;s first day (YYYY-MM-DD)</source>
        <translation>кезеңнің бірінші күні (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>the period&apos;s last day, included (YYYY-MM-DD)</source>
        <translation>кезеңнің соңғы күні, қоса алғанда (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>at the district: office N&apos;s records only (without it: the whole district&apos;s)</source>
        <translation>ауданда: тек N әкімдігінің жазбалары (онсыз: бүкіл ауданның)</translation>
    </message>
    <message>
        <source>where to write it (JSON: the screen if omitted)</source>
        <translation>қайда жазу керек (JSON: көрсетілмесе, экранға)</translation>
    </message>
    <message>
        <source>check a certificate&apos;s QR payload or PDF file (exit status 0 if genuine)</source>
        <translation>анықтаманың QR-кодының мәтінін немесе PDF файлын тексеру (түпнұсқа болса, шығу коды 0)</translation>
    </message>
    <message>
        <source>PAYLOAD_OR_PDF</source>
        <translation>КОД_НЕМЕСЕ_PDF</translation>
    </message>
    <message>
        <source>the text of the QR code (AUYL2:...) or the path of a certificate PDF</source>
        <translation>QR-кодтың мәтіні (AUYL2:...) немесе анықтаманың PDF файлының жолы</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>дерекқор файлы</translation>
    </message>
    <message>
        <source>integrity (quick_check)</source>
        <translation>тұтастығы (quick_check)</translation>
    </message>
    <message>
        <source>broken references (foreign_key_check)</source>
        <translation>бұзылған сілтемелер (foreign_key_check)</translation>
    </message>
    <message>
        <source>schema revision (found / current)</source>
        <translation>сызба нұсқасы (табылған / өзекті)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>дұрыс</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ҚАТЕ</translation>
    </message>
    <message>
        <source>The number of households must be at least 1.</source>
        <translation>Шаруашылықтар саны кемінде 1 болуы керек.</translation>
    </message>
    <message>
        <source>The akim office is not chosen yet. Set it up first (auyl-desk setup, or start the program once), then run this command again.</source>
        <translation>Әкімдік әлі таңдалмаған. Алдымен баптаңыз (auyl-desk setup, немесе бағдарламаны бір рет іске қосыңыз), содан кейін осы команданы қайта орындаңыз.</translation>
    </message>
    <message>
        <source>The akim office is not chosen yet. Start the program once (auyl-desk), choose your office and clerk, then run this command again.</source>
        <translation>Әкімдік әлі таңдалмаған. Бағдарламаны бір рет іске қосып (auyl-desk), әкімдігіңіз бен маманды таңдаңыз, содан кейін осы команданы қайта орындаңыз.</translation>
    </message>
    <message>
        <source>Adding %1 demo households to the book of %2...</source>
        <translation>%2: шаруашылық кітабына %1 демо шаруашылық қосылуда...</translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation>Шаруашылықтар: %1 / %2</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Дербес шот</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Отбасы басшысы</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>сәйкес келгені: %1</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>мерзімінде</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>мерзімі жақын</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <source>answered in time</source>
        <translation>мерзімінде жауап берілді</translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>кеш жауап берілді</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түскені</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Шағым беруші</translation>
    </message>
    <message>
        <source>Unknown document kind: %1. Choose one of: %2.</source>
        <translation>Белгісіз құжат түрі: %1. Мыналардың бірін таңдаңыз: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 файлын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
    <message>
        <source>Not a period: %1 to %2 (dates as YYYY-MM-DD).</source>
        <translation>Кезең емес: %1 – %2 (күндер ЖЖЖЖ-АА-КК түрінде).</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2 (sign-off No. %3 of the period).</source>
        <translation>Бекіткен: %1, %2 (кезеңнің № %3 бекітуі).</translation>
    </message>
    <message>
        <source>Say where to write it: --out FILE.</source>
        <translation>Қайда жазу керегін көрсетіңіз: --out ФАЙЛ.</translation>
    </message>
    <message>
        <source>--mapping must be a JSON object or a file holding one.</source>
        <translation>--mapping JSON нысаны немесе оны сақтайтын файл болуы керек.</translation>
    </message>
    <message>
        <source>--as-of must be a date: dd.mm.yyyy or yyyy-mm-dd.</source>
        <translation>--as-of күн болуы керек: кк.аа.жжжж немесе жжжж-аа-кк.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Тексерілуде</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Жүктелуде</translation>
    </message>
    <message>
        <source>File: %1; data as of %2; default locality: %3.</source>
        <translation>Файл: %1; деректер күні: %2; әдепкі елді мекен: %3.</translation>
    </message>
    <message>
        <source>To import: %1 households, %2 people, land %3 ha; head counts: %4.</source>
        <translation>Жүктеледі: %1 шаруашылық, %2 адам, жер %3 га; мал басы: %4.</translation>
    </message>
    <message>
        <source>The file&apos;s totals row: land %1 ha; head counts: %2.</source>
        <translation>Файлдың жиынтық жолы: жер %1 га; мал басы: %2.</translation>
    </message>
    <message>
        <source>Rows: %1, refused: %2. Households: %3 new, %4 to update, %5 unchanged.</source>
        <translation>Жолдар: %1, қабылданбағаны: %2. Шаруашылықтар: %3 жаңа, %4 жаңартылады, %5 өзгеріссіз.</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ҚАБЫЛДАНБАДЫ</translation>
    </message>
    <message>
        <source>check</source>
        <translation>тексеріңіз</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <source>Imported: %1 households created, %2 updated, %3 unchanged.</source>
        <translation>Жүктелді: %1 шаруашылық құрылды, %2 жаңартылды, %3 өзгеріссіз.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Сынақ: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Nothing was written: some rows are refused. Correct them, or import the rest with --accept-problems.</source>
        <translation>Ештеңе жазылған жоқ: кейбір жолдар қабылданбады. Оларды түзетіңіз немесе қалғанын --accept-problems арқылы жүктеңіз.</translation>
    </message>
    <message>
        <source>--out must name an .xlsx file.</source>
        <translation>--out .xlsx файлын атауы керек.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Жазылуда</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Файлды жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>%1 households written to %2.</source>
        <translation>%2 файлына %1 шаруашылық жазылды.</translation>
    </message>
    <message>
        <source>back up the database now (verified, rotated)</source>
        <translation>дерекқордың резервтік көшірмесін қазір жасау (тексеріледі, ескілері жойылады)</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ҚАЛТА</translation>
    </message>
    <message>
        <source>the folder to back up to (default: the one set in Settings)</source>
        <translation>көшірме жазылатын қалта (әдепкі: Баптауларда көрсетілген)</translation>
    </message>
    <message>
        <source>list the backups and what each holds</source>
        <translation>резервтік көшірмелер тізімі және әрқайсысында не бар</translation>
    </message>
    <message>
        <source>the folder to list (default: the one set in Settings)</source>
        <translation>тізімі шығатын қалта (әдепкі: Баптауларда көрсетілген)</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current file is kept beside it; the restored database gets a new id)</source>
        <translation>дерекқорды резервтік көшірмемен ауыстыру (қазіргі файл қасында сақталады; қалпына келтірілген дерекқор жаңа идентификатор алады)</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>қалпына келтірілетін көшірме файлы</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>растауды сұрамау</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервтік көшірме жазылды: %1</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>%1 ішіндегі резервтік көшірмелер:</translation>
    </message>
    <message>
        <source>households: %1</source>
        <translation>шаруашылықтар: %1</translation>
    </message>
    <message>
        <source>last certificate: %1</source>
        <translation>соңғы анықтама: %1</translation>
    </message>
    <message>
        <source>No backups.</source>
        <translation>Резервтік көшірмелер жоқ.</translation>
    </message>
    <message>
        <source>Replace the database %1 with this backup? Type yes to go on: </source>
        <translation>%1 дерекқорын осы көшірмемен ауыстырасыз ба? Жалғастыру үшін иә деп жазыңыз: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>%1 ішіне қалпына келтірілді.</translation>
    </message>
    <message>
        <source>The replaced file is kept as %1.</source>
        <translation>Ауыстырылған файл %1 ретінде сақталды.</translation>
    </message>
    <message>
        <source>The command is not written right (%1). For help: %2 --help</source>
        <translation>Бұйрық дұрыс жазылмаған (%1). Анықтама: %2 --help</translation>
    </message>
    <message>
        <source>the audit log: verify its chain, list entries</source>
        <translation>аудит журналы: тізбекті тексеру, жазбаларды шығару</translation>
    </message>
    <message>
        <source>check that no entry was altered, removed or reordered (exit status 0 if intact)</source>
        <translation>ешбір жазба өзгертілмегенін, жойылмағанын, реті ауыспағанын тексеру (бүтін болса шығу коды 0)</translation>
    </message>
    <message>
        <source>an entry recorded elsewhere (a sync package&apos;s latest hash) that must be there</source>
        <translation>басқа жерде тіркелген жазба (синхрондау пакетіндегі соңғы хеш), ол журналда болуы тиіс</translation>
    </message>
    <message>
        <source>list entries, newest first</source>
        <translation>жазбаларды шығару, ең жаңасы бірінші</translation>
    </message>
    <message>
        <source>only entries of this kind</source>
        <translation>тек осы түрдегі жазбалар</translation>
    </message>
    <message>
        <source>from this date (YYYY-MM-DD, office time)</source>
        <translation>осы күннен бастап (ЖЖЖЖ-АА-КК, кеңсе уақыты)</translation>
    </message>
    <message>
        <source>up to this date, inclusive (YYYY-MM-DD)</source>
        <translation>осы күнді қоса алғанда (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>a staff member&apos;s id or part of the name</source>
        <translation>қызметкердің идентификаторы не атының бір бөлігі</translation>
    </message>
    <message>
        <source>a part of what was recorded</source>
        <translation>жазылған мәтіннің бір бөлігі</translation>
    </message>
    <message>
        <source>at most this many entries (default 100)</source>
        <translation>жазбалардың ең көп саны (әдепкі 100)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON түрінде шығару</translation>
    </message>
    <message>
        <source>give the entry as NUMBER:HASH (64 hex digits)</source>
        <translation>жазбаны НӨМІР:ХЕШ түрінде беріңіз (64 он алтылық цифр)</translation>
    </message>
    <message>
        <source>this office&apos;s signing key: show it, or make a new one</source>
        <translation>осы әкімдіктің қолтаңба кілті: көрсету немесе жаңасын жасау</translation>
    </message>
    <message>
        <source>the key on this computer against the database (exit status 0 if it signs)</source>
        <translation>осы компьютердегі кілт пен дерекқордағы жазбаны салыстыру (қол қоя алса, шығу коды 0)</translation>
    </message>
    <message>
        <source>make a new key and revoke the office&apos;s keys in force from now (administrator)</source>
        <translation>жаңа кілт жасап, әкімдіктің қолданыстағы кілттерін осы сәттен кері қайтару (әкімші)</translation>
    </message>
    <message>
        <source>why the key is replaced (kept with the revocation)</source>
        <translation>кілт неге ауыстырылады (кері қайтарумен бірге сақталады)</translation>
    </message>
    <message>
        <source>The akim office is not set up yet: run the first start first.</source>
        <translation>Әкімдік әлі бапталмаған: алдымен бағдарламаны бірінші рет іске қосыңыз.</translation>
    </message>
    <message>
        <source>New key %1 made; the office&apos;s earlier keys are revoked from now.</source>
        <translation>Жаңа кілт %1 жасалды; әкімдіктің бұрынғы кілттері осы сәттен бастап кері қайтарылды.</translation>
    </message>
    <message>
        <source>signs</source>
        <translation>қол қояды</translation>
    </message>
    <message>
        <source>MISSING: no readable key file on this computer</source>
        <translation>ЖОҚ: осы компьютерде оқылатын кілт файлы жоқ</translation>
    </message>
    <message>
        <source>REPLACED: the key file is not the office&apos;s key; nothing is signed until an administrator runs `auyl-desk keys rekey`</source>
        <translation>АУЫСТЫРЫЛҒАН: кілт файлы әкімдіктің кілті емес; әкімші `auyl-desk keys rekey` іске қосқанша ештеңе қол қойылмайды</translation>
    </message>
    <message>
        <source>REVOKED: make a new key with `auyl-desk keys rekey`</source>
        <translation>КЕРІ ҚАЙТАРЫЛҒАН: `auyl-desk keys rekey` арқылы жаңа кілт жасаңыз</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Кілт файлы</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Кілт идентификаторы</translation>
    </message>
    <message>
        <source>Fingerprint of the file</source>
        <translation>Файлдың саусақ ізі</translation>
    </message>
    <message>
        <source>Fingerprint in the database</source>
        <translation>Дерекқордағы саусақ ізі</translation>
    </message>
    <message>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>кері қайтарылған</translation>
    </message>
    <message>
        <source>set up this computer&apos;s akim office, its first clerk and the administrator</source>
        <translation>осы компьютердің әкімдігін, алғашқы маманын және әкімшісін баптау</translation>
    </message>
    <message>
        <source>the akim office&apos;s number</source>
        <translation>әкімдіктің нөмірі</translation>
    </message>
    <message>
        <source>the accounts that log in: list, add, unlock, disable (administrator)</source>
        <translation>кіретін тіркелгілер: тізім, қосу, бұғаттан шығару, өшіру (әкімші)</translation>
    </message>
    <message>
        <source>every account: login, role, name, state</source>
        <translation>барлық тіркелгі: кіру аты, рөлі, аты-жөні, күйі</translation>
    </message>
    <message>
        <source>a new person with an account (on the district&apos;s database with no account yet: its first administrator)</source>
        <translation>тіркелгісі бар жаңа адам (әлі тіркелгісі жоқ аудан дерекқорында: оның алғашқы әкімшісі)</translation>
    </message>
    <message>
        <source>what the account may do</source>
        <translation>тіркелгі не істей алады</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТЫ-ЖӨНІ</translation>
    </message>
    <message>
        <source>the full name: &quot;Surname Name Patronymic&quot;</source>
        <translation>толық аты-жөні: &quot;Тегі Аты Әкесінің аты&quot;</translation>
    </message>
    <message>
        <source>the position as printed on papers (default: маман, әкім or әкімші by the role)</source>
        <translation>құжаттарда басылатын лауазымы (әдепкі: рөліне қарай маман, әкім немесе әкімші)</translation>
    </message>
    <message>
        <source>the new account&apos;s login name</source>
        <translation>жаңа тіркелгінің кіру аты</translation>
    </message>
    <message>
        <source>a file holding the new account&apos;s password (not the password itself)</source>
        <translation>жаңа тіркелгінің құпиясөзі жазылған файл (құпиясөздің өзі емес)</translation>
    </message>
    <message>
        <source>lift the lock failed logins put on it</source>
        <translation>сәтсіз кірулерден қойылған бұғатты алу</translation>
    </message>
    <message>
        <source>no more logins with it</source>
        <translation>бұдан былай онымен кіруге болмайды</translation>
    </message>
    <message>
        <source>allow logins with it again</source>
        <translation>онымен қайта кіруге рұқсат беру</translation>
    </message>
    <message>
        <source>the account&apos;s login name</source>
        <translation>тіркелгінің кіру аты</translation>
    </message>
    <message>
        <source>Account %1 is unlocked.</source>
        <translation>%1 тіркелгісі бұғаттан шығарылды.</translation>
    </message>
    <message>
        <source>Account %1 is disabled.</source>
        <translation>%1 тіркелгісі өшірілді.</translation>
    </message>
    <message>
        <source>Account %1 is enabled.</source>
        <translation>%1 тіркелгісі қосылды.</translation>
    </message>
    <message>
        <source>This database has no account yet: its first account is an administrator&apos;s (--role administrator).</source>
        <translation>Бұл дерекқорда әлі тіркелгі жоқ: оның алғашқы тіркелгісі — әкімшінікі (--role administrator).</translation>
    </message>
    <message>
        <source>This database has no account yet and is not the district&apos;s: set the office up with `auyl-desk setup` (its clerk and administrator), or make it the district&apos;s with `auyl-desk sync district` first.</source>
        <translation>Бұл дерекқорда әлі тіркелгі жоқ және ол аудандікі емес: алдымен әкімдікті `auyl-desk setup` арқылы баптаңыз (маманы мен әкімшісі), не оны `auyl-desk sync district` арқылы аудандікі етіңіз.</translation>
    </message>
    <message>
        <source>Give the name as &quot;Surname Name Patronymic&quot;.</source>
        <translation>Аты-жөнін &quot;Тегі Аты Әкесінің аты&quot; түрінде беріңіз.</translation>
    </message>
    <message>
        <source>Give the position as printed on papers: --position TEXT.</source>
        <translation>Құжаттарда басылатын лауазымын беріңіз: --position МӘТІН.</translation>
    </message>
    <message>
        <source>Account %1 added, role %2.</source>
        <translation>%1 тіркелгісі қосылды, рөлі %2.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>%1 тіркелгісі жоқ.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Кіру аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>%1 дейін бұғатталған</translation>
    </message>
    <message>
        <source>can log in</source>
        <translation>кіре алады</translation>
    </message>
    <message>
        <source>the clerk&apos;s full name: &quot;Surname Name Patronymic&quot;</source>
        <translation>маманның толық аты-жөні: &quot;Тегі Аты Әкесінің аты&quot;</translation>
    </message>
    <message>
        <source>the clerk&apos;s position as printed on papers (default: маман)</source>
        <translation>құжаттарда басылатын маманның лауазымы (әдепкі: маман)</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>КІРУ_АТЫ</translation>
    </message>
    <message>
        <source>the clerk&apos;s login name</source>
        <translation>маманның кіру аты</translation>
    </message>
    <message>
        <source>a file holding the clerk&apos;s password (not the password itself)</source>
        <translation>маманның құпиясөзі жазылған файл (құпиясөздің өзі емес)</translation>
    </message>
    <message>
        <source>a file holding the administrator&apos;s password</source>
        <translation>әкімшінің құпиясөзі жазылған файл</translation>
    </message>
    <message>
        <source>the administrator&apos;s login name (default: admin)</source>
        <translation>әкімшінің кіру аты (әдепкі: admin)</translation>
    </message>
    <message>
        <source>the administrator&apos;s name as shown in the history: &quot;Surname Name&quot;</source>
        <translation>тарихта көрсетілетін әкімшінің аты-жөні: &quot;Тегі Аты&quot;</translation>
    </message>
    <message>
        <source>Give the clerk&apos;s name as &quot;Surname Name Patronymic&quot;.</source>
        <translation>Маманның аты-жөнін &quot;Тегі Аты Әкесінің аты&quot; түрінде беріңіз.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>%1 құпиясөз файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>This database is set up already. An administrator adds people in the program (Settings, Accounts).</source>
        <translation>Бұл дерекқор бапталып қойған. Адамдарды әкімші бағдарламада қосады (Баптаулар, Тіркелгілер).</translation>
    </message>
    <message>
        <source>There is no akim office number %1.</source>
        <translation>%1 нөмірлі әкімдік жоқ.</translation>
    </message>
    <message>
        <source>Akim office %1 is set up. Administrator: %2; clerk: %3.</source>
        <translation>%1 әкімдігі бапталды. Әкімші: %2; маман: %3.</translation>
    </message>
    <message>
        <source>A password must have %1 to %2 characters.</source>
        <translation>Құпиясөз %1-ден %2 таңбаға дейін болуы керек.</translation>
    </message>
    <message>
        <source>The clerk and the administrator need different login names.</source>
        <translation>Маман мен әкімшінің кіру аттары әртүрлі болуы керек.</translation>
    </message>
    <message>
        <source>A login name is one word of up to %1 letters, digits or signs.</source>
        <translation>Кіру аты — %1 әріп, сан не таңбаға дейінгі бір сөз.</translation>
    </message>
    <message>
        <source>the account that acts (commands that change data or reveal keys)</source>
        <translation>әрекет ететін тіркелгі (деректерді өзгертетін немесе кілттерді ашатын командалар үшін)</translation>
    </message>
    <message>
        <source>a file holding the password of --login (else it is asked on the terminal)</source>
        <translation>--login құпиясөзі жазылған файл (әйтпесе ол терминалда сұралады)</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1 құпиясөзі: </translation>
    </message>
    <message>
        <source>No terminal to ask the password on: give it in a file with --password-file FILE.</source>
        <translation>Құпиясөзді сұрайтын терминал жоқ: оны --password-file ФАЙЛ арқылы файлда беріңіз.</translation>
    </message>
    <message>
        <source>This command changes data or reveals keys: log in with --login LOGIN.</source>
        <translation>Бұл команда деректерді өзгертеді немесе кілттерді ашады: --login КІРУ_АТЫ арқылы кіріңіз.</translation>
    </message>
    <message>
        <source>The database cannot be opened: log in with an administrator&apos;s account of the backup (--login LOGIN).</source>
        <translation>Дерекқорды ашу мүмкін емес: резервтік көшірменің әкімші тіркелгісімен кіріңіз (--login КІРУ_АТЫ).</translation>
    </message>
    <message>
        <source>reference data kept by the district</source>
        <translation>аудан жүргізетін анықтамалық деректер</translation>
    </message>
    <message>
        <source>a city/district akim&apos;s reception schedule: shown as JSON, or replaced with --slots (administrator)</source>
        <translation>қала/аудан әкімінің қабылдау кестесі: JSON түрінде көрсетіледі немесе --slots арқылы ауыстырылады (әкімші)</translation>
    </message>
    <message>
        <source>DISTRICT</source>
        <translation>АУДАН</translation>
    </message>
    <message>
        <source>the city/district code, as in `offices`</source>
        <translation>қала/аудан коды, `offices` шығарғандай</translation>
    </message>
    <message>
        <source>a JSON file with the new schedule&apos;s slots (a list, as the reference files)</source>
        <translation>жаңа кестенің уақыттары бар JSON файлы (анықтамалық файлдардағыдай тізім)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read as JSON: %2</source>
        <translation>%1 файлын JSON ретінде оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The file %1 must hold a list of slots.</source>
        <translation>%1 файлында уақыттар тізімі болуы керек.</translation>
    </message>
    <message>
        <source>The schedule cannot be used: %1</source>
        <translation>Кестені қолдану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The reception schedule of %1 is saved; the next answers carry it.</source>
        <translation>%1 қабылдау кестесі сақталды; келесі жауаптар оны жеткізеді.</translation>
    </message>
    <message>
        <source>The reception schedule of %1 is unchanged.</source>
        <translation>%1 қабылдау кестесі өзгерген жоқ.</translation>
    </message>
    <message>
        <source>No city/district %1 is known here.</source>
        <translation>Мұнда %1 қаласы/ауданы белгісіз.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>settlement</source>
        <translation>кент</translation>
    </message>
    <message>
        <source>village</source>
        <translation>ауыл</translation>
    </message>
    <message>
        <source>rural okrug</source>
        <translation>ауылдық округ</translation>
    </message>
    <message>
        <source>Cyrillic letters inside a Latin address</source>
        <translation>латын мекенжайының ішінде кирилл әріптері</translation>
    </message>
    <message>
        <source>a digit where a letter belongs</source>
        <translation>әріптің орнында цифр</translation>
    </message>
    <message>
        <source>spaces inside an e-mail address</source>
        <translation>электрондық пошта мекенжайының ішінде бос орын</translation>
    </message>
    <message>
        <source>punctuation at the end</source>
        <translation>соңында тыныс белгісі</translation>
    </message>
    <message>
        <source>malformed web address</source>
        <translation>веб-мекенжай қате жазылған</translation>
    </message>
    <message>
        <source>number split over lines in the source</source>
        <translation>түпнұсқада нөмір жолдарға бөлінген</translation>
    </message>
    <message>
        <source>broken quotation marks</source>
        <translation>тырнақшалар бұзылған</translation>
    </message>
    <message>
        <source>owner of the value is uncertain</source>
        <translation>мәннің кімге тиесілі екені анық емес</translation>
    </message>
    <message>
        <source>value missing in the source</source>
        <translation>түпнұсқада мән жоқ</translation>
    </message>
    <message>
        <source>schedule could not be read</source>
        <translation>кестені оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>unusual spelling</source>
        <translation>әдеттен тыс жазылым</translation>
    </message>
    <message>
        <source>Russian form made by rule: check it</source>
        <translation>орысша нұсқасы ереже бойынша жасалған: тексеріңіз</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>толық атауы</translation>
    </message>
    <message>
        <source>name in Russian</source>
        <translation>орысша атауы</translation>
    </message>
    <message>
        <source>full name in Russian</source>
        <translation>орысша толық атауы</translation>
    </message>
    <message>
        <source>akim&apos;s position in Russian</source>
        <translation>әкімнің орысша лауазымы</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжайы</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>пошта индексі</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефондар</translation>
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
        <translation>электрондық пошта</translation>
    </message>
    <message>
        <source>reception schedule</source>
        <translation>қабылдау кестесі</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>дүйсенбі</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>сейсенбі</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>сәрсенбі</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>бейсенбі</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>жұма</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>сенбі</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>жексенбі</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>маман</translation>
    </message>
    <message>
        <source>akim</source>
        <translation>әкім</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <source>district operator</source>
        <translation>аудан операторы</translation>
    </message>
</context>
</TS>
