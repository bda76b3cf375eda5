### statement (uk)

## src/statement.rs: the statement builder's words on the page (Part 8, Item 1)

# Кнопка, яка відкриває помічника для тексту.
st-title = Допоможіть написати
st-intro = Дайте відповіді, які можете: з них складуться короткі речення англійською. Те, що ви вводите, потрапляє в текст без змін, тому пишіть англійською.
st-english-title = Текст для Частини 8, англійською
# Заголовок тексту, прочитаного українською.
st-read-back-title = Що в ньому написано, українською
st-empty = Дайте відповідь на будь-яке запитання вище, і тут з'явиться текст.
st-use-text = Вставити цей текст у Частину 8
st-confirm = У полі Частини 8 уже є текст. Додати цей текст під ним чи замінити? Якщо замінити, те, що там є зараз, буде видалено.
st-add-below = Додати під ним
st-replace = Замінити
st-cancel = Скасувати
st-done = Текст уже в Частині 8. Прочитайте його і змініть те, що неправильно.

## src/statement.rs: the builder's questions and choices. The answers are typed in English (they go
## on the form as typed): the examples (.help) stay in English in every language.

st-q-relation = Ким вам доводиться особа, для якої ви просите пароль?
st-q-relation-daughter = Моя донька
st-q-relation-son = Мій син
st-q-relation-other = Інша особа (у тексті буде її ім'я)
st-q-diagnosis = Діагноз англійською, як у листі від лікаря
    .help = Наприклад: short bowel syndrome
st-q-treatment = Лікування і як часто
    .help = Наприклад: IV nutrition 14 hours a day
st-q-hospital = Лікарня або клініка, місто й лікар
    .help = Наприклад: a children's hospital in San Diego
st-q-home = Чому особа не може отримати це лікування у своїй країні?
st-q-home-notAvailable = Там такого лікування немає
st-q-home-notAffordable = Це надто дорого або надто далеко
st-q-home-unsafe = Лікування там є, але дістатися туди небезпечно
st-q-homeDetail = Детальніше, чому (необов'язково, англійською)
st-q-stayValue = Як довго потрібне лікування?
st-q-stayUnit = Дні, тижні, місяці чи роки
st-q-stayUnit-days = Дні
st-q-stayUnit-weeks = Тижні
st-q-stayUnit-months = Місяці
st-q-stayUnit-years = Роки
st-q-moreTime = Чому попереднього строку паролю не вистачило?
st-q-moreTime-continues = Лікування триває
st-q-moreTime-worse = Стан здоров'я погіршився
st-q-moreTime-waiting = Очікування операції або трансплантації
st-q-moreTimeDetail = Детальніше про попередній строк (необов'язково, англійською)
st-q-payer = Хто платить за лікування?
st-q-payer-public = Державна програма медичного страхування (наприклад, Medicaid або Medi-Cal)
st-q-payer-private = Приватне медичне страхування
st-q-payer-family = Родина
st-q-payer-charity = Благодійна організація або програма лікарні
st-q-payer-other = Інше (напишіть нижче, хто)
st-q-payerDetail = Хто саме або яка програма (необов'язково, англійською)

## src/statement.rs: the statement read back (see statement.en.ftl for what the sentences are given).
## Українською кожне речення починається з незмінного слова з великої літери (Rust робить великою
## лише латинську літеру). Речення не відмінюють ім'я: воно стоїть у формі латиницею, як у формі
## I-131 ("для моєї доньки Sofía"). Країна ($country) стоїть у називному відмінку ("в країні
## Мексика"), тому st-read-home-country — це слово, яке йде після "країні" ("в країні походження").
## Рід у минулому часі не потрібен: речення про особу — у теперішньому часі.

# Хто, у називному відмінку, усередині речення: "вона", "Sofía".
st-read-subject =
    { $person ->
        [me] я
        [she] вона
        [he] він
        [child] моя дитина
        [someone] ця особа
       *[named] { $name }
    }
# Чий: українською речення цього не використовують (присвійне слово мало б узгоджуватися з
# іменником), але повідомлення має бути.
st-read-possessive =
    { $person ->
        [me] мій
        [she] її
        [he] його
        [child] моєї дитини
        [someone] цієї особи
       *[other] { st-read-subject }
    }
# Хто ця особа, у родовому відмінку: значення — для "Цей запит — для …", .start — для першого
# речення ("Вік моєї доньки Sofía — 4 роки"). Обидва стоять усередині речення, тому з малої літери.
st-read-noun =
    { $relation ->
        [daughter] моєї доньки { $name }
        [son] мого сина { $name }
        [child] моєї дитини { $name }
       *[other] { $name }
    }
    .start =
        { $relation ->
            [daughter] моєї доньки { $name }
            [son] мого сина { $name }
            [child] моєї дитини { $name }
           *[other] { $name }
        }
# Те саме без імені.
st-read-noun-unnamed =
    { $relation ->
        [daughter] моєї доньки
        [son] мого сина
        [child] моєї дитини
       *[other] цієї особи
    }
    .start =
        { $relation ->
            [daughter] моєї доньки
            [son] мого сина
            [child] моєї дитини
           *[other] цієї особи
        }
# Коли країну громадянства не вказано: стоїть після "в країні" ("Цього лікування немає в країні походження.").
st-read-home-country = походження
# Вік ($n): роки.
st-read-age-years =
    { $n ->
        [one] { $n } рік
        [few] { $n } роки
        [many] { $n } років
       *[other] { $n } року
    }
# Вік ($n): місяці, до року; 0 — менше місяця.
st-read-age-months =
    { $n ->
        [0] менше 1 місяця
        [one] { $n } місяць
        [few] { $n } місяці
        [many] { $n } місяців
       *[other] { $n } місяця
    }
# Тривалість ($n), після "на": "на 6 місяців".
st-read-stay-days =
    { $n ->
        [one] { $n } день
        [few] { $n } дні
        [many] { $n } днів
       *[other] { $n } дня
    }
st-read-stay-weeks =
    { $n ->
        [one] { $n } тиждень
        [few] { $n } тижні
        [many] { $n } тижнів
       *[other] { $n } тижня
    }
st-read-stay-months =
    { $n ->
        [one] { $n } місяць
        [few] { $n } місяці
        [many] { $n } місяців
       *[other] { $n } місяця
    }
st-read-stay-years =
    { $n ->
        [one] { $n } рік
        [few] { $n } роки
        [many] { $n } років
       *[other] { $n } року
    }

# Перше речення, коли особа подає запит для себе.
st-read-me-age-country = Мені { $age }, моя країна походження — { $country }.
st-read-me-age = Мені { $age }.
st-read-me-country = Моя країна походження — { $country }.
# Перше речення про іншу особу ($noun — st-read-noun.start, у родовому відмінку).
st-read-age-country = Вік { $noun } — { $age }, країна походження — { $country }.
st-read-age = Вік { $noun } — { $age }.
st-read-country = Країна походження { $noun } — { $country }.
# Перше речення без віку й країни ($noun — st-read-noun, у родовому відмінку).
st-read-name = Цей запит — для { $noun }.
# $detail: діагноз (англійською, як введено).
st-read-diagnosis =
    { $person ->
        [me] У мене діагноз
        [she] У неї діагноз
        [he] У нього діагноз
        [child] У моєї дитини діагноз
        [someone] У цієї особи діагноз
       *[named] Діагноз
    }: { $detail }.
# $detail: лікування.
st-read-treatment =
    { $person ->
        [me] Мені потрібне лікування
        [she] Їй потрібне лікування
        [he] Йому потрібне лікування
        [child] Моїй дитині потрібне лікування
        [someone] Цій особі потрібне лікування
       *[named] Потрібне лікування
    }: { $detail }.
# $detail: лікарня або клініка (повторний пароль: лікування там триває).
st-read-hospital =
    { $person ->
        [me] Я лікуюся
        [she] Вона лікується
        [he] Він лікується
        [child] Моя дитина лікується
        [someone] Ця особа лікується
       *[named] Зараз { st-read-subject } лікується
    } в { $detail }.
# $detail: лікарня або клініка (первинний пароль: лікування буде).
st-read-hospital-to-come = Лікування планується в { $detail }.
st-read-not-available = Цього лікування немає в країні { $country }.
st-read-not-affordable = У країні { $country } це лікування коштує надто дорого або його можна отримати лише надто далеко.
st-read-unsafe = У країні { $country } це лікування є, але дістатися туди небезпечно.
# $detail: тривалість (st-read-stay-days...), після "на".
st-read-stay =
    Пароль просять надати на { $detail }, поки { $person ->
        [me] я отримую
       *[other] { st-read-subject } отримує
    } це лікування.
st-read-not-enough = Попереднього строку паролю не вистачило.
st-read-continues = Попереднього строку паролю не вистачило, бо лікування триває.
st-read-worse = Попереднього строку паролю не вистачило, бо стан здоров'я погіршився.
st-read-waiting =
    Попереднього строку паролю не вистачило, бо { $person ->
        [me] я чекаю
       *[other] { st-read-subject } чекає
    } на операцію або трансплантацію.
# $detail: хто платить (st-read-payer-public..., або те, що ввела людина), у називному відмінку.
st-read-paid-by = За лікування платить { $detail }.
st-read-payer-public = державна програма медичного страхування
st-read-payer-private = приватне медичне страхування
st-read-payer-charity = благодійна організація або програма лікарні
st-read-payer-family =
    { $person ->
        [me] моя родина
        [she] її родина
        [he] його родина
       *[other] родина
    }
# Хто платить ($payer) і що написала людина ($detail): "державна програма медичного страхування (Medi-Cal)".
st-read-payer-detail = { $payer } ({ $detail })

## src/api/mod.rs: a request the operations refuse (the page, the CLI, a partner's server)

# Дати запиту, у знахідному відмінку: "Введіть …", "Перевірте …".
api-field-parole-expiry = дату закінчення вашого паролю
api-field-ead-expiry = дату закінчення вашого дозволу на роботу
api-field-today = сьогоднішню дату
# $field: api-field-...
api-date-empty = Введіть { $field }.
# $field: api-field-...; $problem: що не так із датою (речення).
api-date-invalid = Перевірте { $field }: { $problem }
# $name: інша особа з родини ("Sofía" або "#3").
api-relative-date-empty = Введіть дату, коли закінчується пароль особи { $name }.
api-relative-date-invalid = Перевірте дату, коли закінчується пароль особи { $name }: { $problem }
api-not-an-object = Помічник отримав запит, який не може прочитати. Оновіть сторінку і спробуйте ще раз.
# $field: назва параметра в коді ("expires"): лишається як є.
api-not-text = Помічник отримав запит, який не може прочитати: «{ $field }» — не текст.
api-not-yes-no = Помічник отримав запит, який не може прочитати: «{ $field }» — не true і не false.
# "storage", "local" і "none" — слова коду: лишаються англійською.
api-unknown-storage = Помічник отримав запит, який не може прочитати: storage «{ $storage }» — не «local» і не «none».

## src/main.rs: the command line (parole-helper). Commands, options and file names are typed as
## they are: keep them in English (window, --expires, -o, json...).

# $command: що введено; $commands: усі команди, крім останньої, через кому; $last: остання.
cli-unknown-command = Невідома команда «{ $command }». Використайте { $commands } або { $last } (див. --help).
cli-unknown-option = Невідомий параметр «{ $option }» (див. --help).
cli-missing-value = Параметру { $option } потрібне значення.
cli-unknown-format = Невідомий формат «{ $format }»: використайте json або text (svg — лише для window, ead-window і check).
cli-not-utf8-argument = Один з аргументів — не текст (UTF-8): перевірте, що ви ввели.
cli-unreadable = Не вдається прочитати файл «{ $file }».
cli-not-text = Файл «{ $file }» — не текст (UTF-8), тож це не форма.
# $megabytes: найбільший розмір файлу, який читають.
cli-too-large = Файл «{ $file }» більший за { $megabytes } МБ, тож це не форма (форма займає кілька КБ). Його не дочитано до кінця.
cli-cannot-write = Не вдається записати результат (диск заповнений?). Нічого не записано.
cli-no-output-file = Вкажіть файл для запису через -o, наприклад -o I-131-filled.pdf.
cli-one-file-only = pdf заповнює один запит за раз: вкажіть один файл.
# $reason: слова бібліотеки PDF, англійською.
cli-cannot-fill = Не вдалося заповнити форму ({ $reason }). Нічого не записано.
# Далі йде список помилок. $file: куди записано форму; $count: скільки помилок.
cli-pdf-errors =
    Форму записано в файл { $file }, але в запиті досі { $count ->
        [one] { $count } помилка
        [few] { $count } помилки
        [many] { $count } помилок
       *[other] { $count } помилки
    }:
# Те саме для однієї особи з файлу родини ($person: її ім'я).
cli-pdf-errors-family =
    Форму для { $person } записано в файл { $file }, але в запиті досі { $count ->
        [one] { $count } помилка
        [few] { $count } помилки
        [many] { $count } помилок
       *[other] { $count } помилки
    }:
# Як використовувати кожну команду (--help). Перекладено лише слова великими літерами (РРРР-ММ-ДД,
# ФАЙЛ...) і слова в дужках.
cli-usage-window = window --program ID --expires РРРР-ММ-ДД [--frp-exception] [--termination-notice] [--today РРРР-ММ-ДД] [--lang { $langs }] [--format json|text|svg]
cli-usage-ead-window = ead-window --expires РРРР-ММ-ДД [--parole-expires РРРР-ММ-ДД] [--today РРРР-ММ-ДД] [--lang { $langs }] [--format json|text|svg]
cli-usage-calendar = calendar --program ID --expires РРРР-ММ-ДД [--ead-expires РРРР-ММ-ДД] [--frp-exception] [--termination-notice] [--today РРРР-ММ-ДД] [--lang { $langs }] | calendar ФАЙЛ | -
cli-usage-check = check ФАЙЛ... | - [--today РРРР-ММ-ДД] [--lang { $langs }] [--format json|text|svg (один файл: зображення його дат)]
cli-usage-pdf = pdf ФАЙЛ | - -o ФАЙЛ.pdf (файл родини: -o ПАПКА, одна форма на кожну особу) [--today РРРР-ММ-ДД] [--lang { $langs }]
cli-usage-schema = schema [request|family|report|family-report|window|timeline|progress|questions|changes|programs|printed|options]
cli-usage-rules = rules [windows]
# --help. $usage: рядки cli-usage-..., кожен в окремому рядку; $ids: ids програм.
# Два пробіли на початку рядків після нього мають залишитися.
cli-help =
    parole-helper: перевіряє запити на гуманітарний пароль (форма I-131) і обчислює періоди для подання на продовження.

    Використання:
    { $usage }
      ID — програма вашого теперішнього паролю: { $ids }.
      --expires — останній день: дата «Admit Until» в I-94 або дата закінчення дозволу на роботу.
      --parole-expires показує дозвіл на роботу разом із паролем, від якого він залежить (дозвіл не може діяти довше).
      --frp-exception: форма I-485 особи з паролем FRP, подана не пізніше 2025-12-15, ще розглядається,
      або DHS вирішив, що пароль триває далі. --termination-notice: DHS надіслав повідомлення, що
      пароль припиняється достроково.
      --today: якщо не вказано, береться місцева дата. calendar записує файл .ics у стандартний вивід.
      check читає запит (JSON, див. schema/i131-parole.schema.json, не більше 5 МБ) і повідомляє про
      проблеми, докази, які треба зібрати, і збори; schema виводить цю JSON Schema; rules виводить
      набір правил (коди, частини й пункти, рівні серйозності, джерела, дати) у форматі Markdown.
      pdf записує офіційну форму I-131 (редакція 01/20/25), заповнену відповідями із запиту, щоб її
      роздрукувати, підписати від руки й надіслати поштою; те, що не вміщається в поле, іде в
      Частину 13 і на додаткові аркуші.

    Коди виходу: 0 — готово (check: помилок немає), 1 — check знайшов помилки (pdf: форму записано,
    помилки перелічено), 2 — вхідні дані не можна використати (причина йде в стандартний потік помилок).
    Це не юридична консультація.
