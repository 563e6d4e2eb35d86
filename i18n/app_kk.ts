<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Reference data: values to check</source>
        <translation>Анықтамалық деректер: тексерілетін мәндер</translation>
    </message>
    <message>
        <source>These values were copied from the standard exactly as printed and look wrong (yellow). Check them against the original and correct them; each correction is recorded with your name and the time (green).</source>
        <translation>Бұл мәндер стандарттан басылғандай көшірілген және қате сияқты (сары). Оларды түпнұсқамен салыстырып, түзетіңіз; әр түзету сіздің атыңызбен және уақытымен жазылады (жасыл).</translation>
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
        <translation>&amp;Шығу</translation>
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
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Auyl Desk</source>
        <translation>Auyl Desk &amp;туралы</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>Office: %1 (No %2)</source>
        <translation>Әкімдік: %1 (№ %2)</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Маман: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
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
        <source>e.g. chief specialist</source>
        <translation>мысалы, бас маман</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
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
</context>
<context>
    <name>app</name>
    <message>
        <source>Auyl Desk cannot open its database</source>
        <translation>Auyl Desk дерекқорын аша алмайды</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. Nothing has been changed in it.

If the disk is full, free some space. If the file is damaged, restore the latest copy from the backups folder beside it, or start Auyl Desk with another file (--db).

Details: %2</source>
        <translation>%1 дерекқорын ашу мүмкін емес. Онда ештеңе өзгертілген жоқ.

Диск толы болса, орын босатыңыз. Файл бүлінген болса, жанындағы backups қалтасынан соңғы көшірмені қалпына келтіріңіз немесе Auyl Desk-ті басқа файлмен іске қосыңыз (--db).

Толығырақ: %2</translation>
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
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n әкімдік</numerusform>
            <numerusform>%n әкімдік</numerusform>
        </translation>
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
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>толық атауы</translation>
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
</context>
</TS>
