### questions (uk)
### Питання запиту, їхні розділи й варіанти відповідей (src/form/catalogue), питання й друкований
### підсумок так, як їх показує сторінка (src/form/describe.rs), і країни, які пропонує сторінка
### (src/form/places.rs).
###
### Id питання повторює місце відповіді в запиті: q-filer-name-familyName — це filer.name.familyName.
### Текст — питання так, як його ставить сторінка; .name — його назва всередині речення; .help —
### коротка підказка під ним.
### .name стоїть у знахідному відмінку, бо перевірка пише «Перевірте { name }», «Не вказано { name }»
### («Перевірте дату народження», «Не вказано вашу країну народження»). Питання «так/ні» названо
### через «відповідь про…» або «відповідь, чи…».

## Частини й пункти форми I-131 (src/form/catalogue/mod.rs).
# Частина загалом: «Частина 11». { $part } — її номер.
q-form-part = Частина { $part }
# Один пункт: «Частина 2, пункт 23», «Частина 4, пункт 2.a».
q-form-item = Частина { $part }, пункт { $item }
# Кілька пунктів: «Частина 1, пункти 6-11», «Частина 1, пункти 6.E / 10.I».
q-form-items = Частина { $part }, пункти { $items }

## Розділи питань за частинами форми (src/form/catalogue/mod.rs)
section-application = Частина 1. Що ви просите
section-filer = Частина 2. Про вас (особу, яка подає запит)
section-beneficiary = Частина 2. Особа, для якої запит
section-biographics = Частина 3. Зовнішність особи, для якої запит
section-removal = Частина 4. Попередні провадження та проїзні документи
section-reason = Частина 8. Чому потрібен пароль
section-workPermit = Частина 9. Дозвіл на роботу
section-signature = Частина 10. Контакти й підпис
section-helpers = Частини 11 і 12. Перекладач і особа, яка заповнила форму

## Частина 1: що ви просите (src/form/catalogue/application.rs)
q-application-paroleType = Що ви просите?
    .name = тип запиту (первинний пароль чи повторний пароль)
    .help = Первинний пароль — для особи, яка перебуває за межами США. Повторний пароль (re-parole) — це новий строк паролю для особи, яка вже в'їхала до США за паролем.
q-application-onBehalfOfSomeoneElse = Ви подаєте запит для іншої особи?
    .name = відповідь, для кого запит (для вас чи для іншої особи)
    .help = Відповідайте «Так», якщо просите пароль для іншої особи, наприклад для своєї дитини.
# «Без програми» — назва цього варіанта в списку програм (program-name-general у windows.uk.ftl).
q-application-program = За якою програмою?
    .name = програму (або «Без програми»)
    .help = Для повторного паролю — програма вашого теперішнього паролю. Якщо не впевнені, виберіть «Без програми».
q-application-militaryRelation = Ким особа, для якої запит, доводиться військовослужбовцю?
    .name = зв'язок особи з військовослужбовцем
q-application-programName = Назва програми
    .name = назву програми
q-application-i130ReceiptNumber = Номер квитанції (receipt number) схваленої форми I-130
    .name = номер квитанції схваленої форми I-130
q-application-agencyName = Назва федеральної установи США, яка вас направила
    .name = назву установи, яка вас направила
q-application-agencyEmail = Офіційна електронна пошта установи, яка вас направила (.gov або .mil)
    .name = офіційну електронну пошту установи, яка вас направила
q-application-taskForceRegistrationNumber = Реєстраційний номер від Робочої групи (Task Force)
    .name = реєстраційний номер від Робочої групи (Task Force)
# «Admit Until» лишається англійською: ці слова надруковано в I-94.
q-application-currentParoleExpires = Останній день теперішнього паролю
    .name = останній день теперішнього паролю
    .help = Дата «Admit Until» у вашому I-94 (місяць, день, рік). Помічник також порахує, коли подавати запит.
q-application-frpException = Ви подали форму I-485 не пізніше 15 грудня 2025 р. і рішення за нею ще немає, або уряд США (DHS) вирішив, що ваш пароль FRP триває далі?
    .name = відповідь про виняток, через який ваш пароль FRP триває далі
    .help = Уряд США (DHS) припинив програму паролю для возз'єднання сімей (FRP): пароль за нею закінчився 14 січня 2026 р., крім цих випадків. У них пароль триває, доки не ухвалять рішення за I-485, або до дати в I-94 — залежно від того, що настане раніше.
q-application-terminationNotice = Уряд США (DHS) надіслав вам повідомлення, що ваш пароль припиняється достроково?
    .name = відповідь про повідомлення DHS про дострокове припинення паролю
    .help = Наприклад, лист або електронний лист про те, що ваш пароль припинено (terminated), або I-94 онлайн із ранішою датою. Якщо «Так», спершу поговоріть з адвокатом.
q-application-refugeeStatus = Ви маєте статус біженця, отримали пароль як біженець або стали постійним резидентом, бо були біженцем?
    .name = відповідь про статус біженця
    .help = Гуманітарний пароль — це не статус біженця.
q-application-filingMethod = Як ви надішлете форму?
    .name = спосіб подання (на папері чи онлайн)
    .help = Онлайн збір менший. Звільнення від збору можна просити лише на папері.
q-application-feeWaiverRequested = Ви проситимете звільнити вас від збору за I-131 (fee waiver, форма I-912)?
    .name = відповідь про звільнення від збору

## Частина 2: особа, яка подає запит (src/form/catalogue/people.rs)
q-filer-name-familyName = Прізвище (family name)
    .name = ваше прізвище
    .help = Латинськими літерами, як у вашому паспорті.
q-filer-name-givenName = Ім'я (given name)
    .name = ваше ім'я
q-filer-name-middleName = Друге ім'я (middle name), якщо є
    .name = ваше друге ім'я
q-filer-otherNames = Інші імена, які ви використовували (до 3)
    .name = ваші інші імена
    .help = Наприклад, дівоче прізвище. Якщо їх більше ніж 3, решту впишіть у Частину 13.
q-filer-mailingAddress-inCareOf = Для (c/o, in care of): якщо пошту за вас отримує інша особа
    .name = ім'я «для (c/o)» у вашій поштовій адресі
q-filer-mailingAddress-street = Номер будинку й назва вулиці
    .name = вулицю й номер будинку вашої поштової адреси
q-filer-mailingAddress-unit = Квартира, офіс або поверх (якщо є)
    .name = номер квартири у вашій поштовій адресі
q-filer-mailingAddress-city = Місто або селище
    .name = місто вашої поштової адреси
# Приклади лишаються англійською: у форму вписують англійську назву країни.
q-filer-mailingAddress-country = Країна
    .name = країну вашої поштової адреси
    .help = Напишіть англійською, наприклад United States або Ukraine.
q-filer-mailingAddress-state = Штат (дві літери, наприклад CA)
    .name = штат вашої поштової адреси
q-filer-mailingAddress-zipCode = Поштовий індекс (ZIP code)
    .name = поштовий індекс (ZIP) вашої поштової адреси
q-filer-mailingAddress-province = Область або регіон (за межами США)
    .name = область вашої поштової адреси
q-filer-mailingAddress-postalCode = Поштовий індекс (за межами США)
    .name = поштовий індекс вашої поштової адреси
q-filer-physicalAddress = Я живу за іншою адресою
    .name = вашу фактичну адресу
    .help = Позначте це, якщо ви живете не за своєю поштовою адресою.
q-filer-physicalAddress-street = Номер будинку й назва вулиці
    .name = вулицю й номер будинку вашої фактичної адреси
q-filer-physicalAddress-unit = Квартира, офіс або поверх (якщо є)
    .name = номер квартири у вашій фактичній адресі
q-filer-physicalAddress-city = Місто або селище
    .name = місто вашої фактичної адреси
q-filer-physicalAddress-country = Країна
    .name = країну вашої фактичної адреси
    .help = Напишіть англійською, наприклад United States або Ukraine.
q-filer-physicalAddress-state = Штат (дві літери, наприклад CA)
    .name = штат вашої фактичної адреси
q-filer-physicalAddress-zipCode = Поштовий індекс (ZIP code)
    .name = поштовий індекс (ZIP) вашої фактичної адреси
q-filer-physicalAddress-province = Область або регіон (за межами США)
    .name = область вашої фактичної адреси
q-filer-physicalAddress-postalCode = Поштовий індекс (за межами США)
    .name = поштовий індекс вашої фактичної адреси
q-filer-aNumber = A-Number (якщо є)
    .name = ваш A-Number
    .help = Літера A і від 7 до 9 цифр; є в дозволі на роботу або в листах від USCIS.
q-filer-countryOfBirth = Країна народження
    .name = вашу країну народження
q-filer-countryOfCitizenship = Країна громадянства
    .name = вашу країну громадянства
q-filer-sex = Стать
    .name = вашу стать
q-filer-dateOfBirth = Дата народження
    .name = вашу дату народження
q-filer-ssn = Номер Social Security у США (якщо є)
    .name = ваш номер Social Security
q-filer-uscisOnlineAccountNumber = Номер онлайн-акаунта USCIS (якщо є)
    .name = номер вашого онлайн-акаунта USCIS
    .help = 12 цифр; його видно у вашому онлайн-акаунті USCIS.
q-filer-classOfAdmission = Категорія в'їзду (Class of Admission у вашому I-94)
    .name = вашу категорію в'їзду (у вашому I-94)
    .help = Наприклад, DT або UHP, як надруковано в I-94.
q-filer-i94Number = Номер I-94
    .name = ваш номер I-94
    .help = 11 символів. Свій I-94 можна отримати на i94.cbp.dhs.gov.
# «Admit Until» лишається англійською: ці слова надруковано в I-94.
q-filer-i94Expires = Дата закінчення I-94 («Admit Until»)
    .name = дату закінчення вашого I-94
    .help = Та сама дата, що й у Частині 1, пункт 12.
q-filer-emedicalParoleeId = eMedical U.S. Parolee ID (якщо є)
    .name = ваш eMedical U.S. Parolee ID

## Частина 2: особа, для якої запит, коли запит подає хтось інший (src/form/catalogue/people.rs)
q-beneficiary-name-familyName = Прізвище (family name)
    .name = прізвище особи, для якої запит
q-beneficiary-name-givenName = Ім'я (given name)
    .name = ім'я особи, для якої запит
q-beneficiary-name-middleName = Друге ім'я (middle name), якщо є
    .name = друге ім'я особи, для якої запит
q-beneficiary-otherNames = Інші імена, які ця особа використовувала (до 3)
    .name = інші імена особи, для якої запит
q-beneficiary-dateOfBirth = Дата народження
    .name = дату народження особи, для якої запит
q-beneficiary-countryOfBirth = Країна народження
    .name = країну народження особи, для якої запит
q-beneficiary-countryOfCitizenship = Країна громадянства
    .name = країну громадянства особи, для якої запит
q-beneficiary-daytimePhone = Денний телефон (якщо є)
    .name = номер телефону особи, для якої запит
q-beneficiary-email = Електронна пошта (якщо є)
    .name = електронну пошту особи, для якої запит
q-beneficiary-aNumber = A-Number (якщо є)
    .name = A-Number особи, для якої запит
q-beneficiary-mailingAddressSameAsFiler = Ця особа отримує пошту на вашу поштову адресу?
    .name = відповідь, чи особа, для якої запит, отримує пошту на вашу поштову адресу
    .help = Наприклад, ваша дитина, яка живе з вами. Якщо «Так», вашу поштову адресу буде вписано у форму й для неї, і вводити її ще раз не треба.
q-beneficiary-mailingAddress-inCareOf = Для (c/o, in care of): якщо пошту отримує інша особа
    .name = ім'я «для (c/o)» у поштовій адресі особи, для якої запит
q-beneficiary-mailingAddress-street = Номер будинку й назва вулиці
    .name = вулицю й номер будинку поштової адреси особи, для якої запит
q-beneficiary-mailingAddress-unit = Квартира, офіс або поверх (якщо є)
    .name = номер квартири в поштовій адресі особи, для якої запит
q-beneficiary-mailingAddress-city = Місто або селище
    .name = місто поштової адреси особи, для якої запит
q-beneficiary-mailingAddress-country = Країна
    .name = країну поштової адреси особи, для якої запит
    .help = Напишіть англійською, наприклад United States або Ukraine.
q-beneficiary-mailingAddress-state = Штат (дві літери, наприклад CA)
    .name = штат поштової адреси особи, для якої запит
q-beneficiary-mailingAddress-zipCode = Поштовий індекс (ZIP code)
    .name = поштовий індекс (ZIP) поштової адреси особи, для якої запит
q-beneficiary-mailingAddress-province = Область або регіон (за межами США)
    .name = область поштової адреси особи, для якої запит
q-beneficiary-mailingAddress-postalCode = Поштовий індекс (за межами США)
    .name = поштовий індекс поштової адреси особи, для якої запит
q-beneficiary-physicalAddress = Ця особа живе за іншою адресою
    .name = фактичну адресу особи, для якої запит
q-beneficiary-physicalAddress-street = Номер будинку й назва вулиці
    .name = вулицю й номер будинку фактичної адреси особи, для якої запит
q-beneficiary-physicalAddress-unit = Квартира, офіс або поверх (якщо є)
    .name = номер квартири у фактичній адресі особи, для якої запит
q-beneficiary-physicalAddress-city = Місто або селище
    .name = місто фактичної адреси особи, для якої запит
q-beneficiary-physicalAddress-country = Країна
    .name = країну фактичної адреси особи, для якої запит
    .help = Напишіть англійською, наприклад United States або Ukraine.
q-beneficiary-physicalAddress-state = Штат (дві літери, наприклад CA)
    .name = штат фактичної адреси особи, для якої запит
q-beneficiary-physicalAddress-zipCode = Поштовий індекс (ZIP code)
    .name = поштовий індекс (ZIP) фактичної адреси особи, для якої запит
q-beneficiary-physicalAddress-province = Область або регіон (за межами США)
    .name = область фактичної адреси особи, для якої запит
q-beneficiary-physicalAddress-postalCode = Поштовий індекс (за межами США)
    .name = поштовий індекс фактичної адреси особи, для якої запит
q-beneficiary-classOfAdmission = Категорія в'їзду (Class of Admission в I-94)
    .name = категорію в'їзду особи, для якої запит (в I-94)
q-beneficiary-i94Number = Номер I-94
    .name = номер I-94 особи, для якої запит
    .help = 11 символів; його можна знайти на i94.cbp.dhs.gov.

## Частина 3: зовнішність особи, для якої запит (src/form/catalogue/background.rs)
q-biographics-ethnicity = Етнічне походження
    .name = етнічне походження
q-biographics-race = Раса (одна або кілька)
    .name = расу
# Сторінка (www/units.js) поки розпізнає лише «cm» і «kg» латиницею, тому приклади латиницею.
q-biographics-heightFeet = Зріст: фути
    .name = зріст (фути)
    .help = Наприклад, 5 футів 4 дюйми. Можна також написати сантиметри, наприклад 163 cm (латиницею): помічник переведе їх у фути й дюйми.
q-biographics-heightInches = Зріст: дюйми
    .name = зріст (дюйми)
q-biographics-weightPounds = Вага у фунтах
    .name = вагу (фунти)
    .help = Можна також написати кілограми, наприклад 15 kg (латиницею): помічник переведе їх у фунти.
q-biographics-eyeColor = Колір очей
    .name = колір очей
q-biographics-hairColor = Колір волосся
    .name = колір волосся

## Частина 4: попередні провадження та проїзні документи (src/form/catalogue/background.rs)
q-removalProceedings = Чи була особа, для якої запит, колись у провадженні щодо недопуску, депортації, видворення або скасування статусу (exclusion, deportation, removal, rescission)?
    .name = відповідь про провадження щодо видворення
    .help = Зокрема, якщо є наказ про видворення (removal order). Якщо «Так», спершу поговоріть з адвокатом.
q-previousDocuments-reentryPermit = Чи отримувала особа, для якої запит, колись дозвіл на повторний в'їзд (Reentry Permit) або проїзний документ біженця (Refugee Travel Document)?
    .name = відповідь про дозвіл на повторний в'їзд або проїзний документ біженця
q-previousDocuments-reentryPermitIssued = Дата видачі останнього з них
    .name = дату видачі останнього дозволу на повторний в'їзд або проїзного документа біженця
# Відповідь іде у форму англійською: англійські слова з перекладом у дужках.
q-previousDocuments-reentryPermitDisposition = Що з ним сталося? Англійською: attached (додаю до запиту), lost (втрачено), stolen (викрадено), damaged (пошкоджено), still in my possession (досі в мене)...
    .name = відповідь, що сталося з останнім дозволом на повторний в'їзд або проїзним документом біженця
q-previousDocuments-advanceParole = Чи отримувала особа, для якої запит, колись документ Advance Parole?
    .name = відповідь про документ Advance Parole
    .help = Це проїзний документ, щоб виїхати зі США й повернутися. I-94 або схвалення паролю — це не такий документ.
q-previousDocuments-advanceParoleIssued = Дата видачі останнього з них
    .name = дату видачі останнього документа Advance Parole
# Відповідь іде у форму англійською: англійські слова з перекладом у дужках.
q-previousDocuments-advanceParoleDisposition = Що з ним сталося? Англійською: attached (додаю до запиту), lost (втрачено), stolen (викрадено), damaged (пошкоджено), still in my possession (досі в мене)...
    .name = відповідь, що сталося з останнім документом Advance Parole

## Частина 8: чому потрібен пароль (src/form/catalogue/background.rs)
q-reason-category = Яка це причина?
    .name = тип причини (медична, сімейна, юридична, суспільна користь чи інша)
    .help = Помічник використовує це для списку документів. У формі такого поля немає.
q-reason-treatmentAvailableAtHome = Чи може особа отримати потрібне лікування в країні, де вона живе (або жила до приїзду в США)?
    .name = відповідь, чи є потрібне лікування в країні особи
    .help = Якщо «Ні», особі, можливо, не доведеться платити збір за пароль. У листі від лікаря має бути пояснено чому.
q-reason-lifeThreateningEmergency = Життя особи в небезпеці, і немає часу подавати документи на візу?
    .name = відповідь про загрозу життю, коли немає часу на візу
    .help = Якщо «Так», особі, можливо, не доведеться платити збір за пароль.
q-reason-parentOfMinorPatient = Особа, для якої запит, — батько, мати або законний опікун дитини (до 18 років), якій потрібен пароль для лікування?
    .name = відповідь, чи особа — батько, мати або опікун дитини, якій потрібен пароль для лікування
    .help = Наприклад, мати просить пароль, щоб бути з дитиною під час лікування. Їй, можливо, не доведеться платити збір за пароль.
q-reason-otherFeeExemptions = Чи стосується щось із цього особи, для якої запит? (Виберіть усе, що підходить, або нічого.)
    .name = інші причини, з яких особа може не платити збір за пароль
    .help = Закон звільняє цих людей від збору за пароль, у кожному випадку окремо (8 U.S.C. 1804(b)).
q-reason-explanation = Чому потрібен пароль і чому саме на такий строк?
    .name = причину паролю
    .help = Термінова гуманітарна причина або значна суспільна користь, і чому саме на такий строк. Для повторного паролю поясніть також, чому попереднього строку не вистачило. Поле мале: те, що не вміщається, впишіть у Частину 13 або на окремий аркуш.
q-reason-lengthOfStay-value = Скільки часу ви плануєте пробути в США?
    .name = тривалість перебування, яку планує особа
q-reason-lengthOfStay-unit = Дні, тижні, місяці чи роки
    .name = одиницю тривалості перебування (дні, тижні, місяці чи роки)
q-reason-expectedArrival = Дата, коли особа планує прибути
    .name = дату, коли особа планує прибути
q-reason-consulate = Місто й країна посольства або консульства США, де особа отримає проїзний документ
    .name = місто й країну посольства або консульства США

## Частина 9: дозвіл на роботу (src/form/catalogue/background.rs)
q-workPermit = Ви хочете дозвіл на роботу (EAD), якщо вам нададуть повторний пароль?
    .name = відповідь про дозвіл на роботу в разі повторного паролю
    .help = Тоді не потрібно подавати окрему форму I-765. За дозвіл є окремий збір.

## Частина 10: контакти й підпис (src/form/catalogue/signing.rs)
q-contact-daytimePhone = Ваш денний телефон
    .name = ваш денний номер телефону
q-contact-mobilePhone = Ваш мобільний телефон (якщо є)
    .name = ваш номер мобільного телефону
q-contact-email = Ваша електронна пошта (якщо є)
    .name = вашу електронну пошту
q-signature-signerRole = Хто підписує форму?
    .name = відповідь, хто підписує форму
    .help = Частину 10 підписує особа, яка подає запит, — від руки, чорним чорнилом. Коли ви подаєте запит для своєї дитини, підписуєте ви, а не дитина. Лише за особу, яка подає запит для себе і якій менше 14 років, може підписати батько, мати або законний опікун.
q-signature-date = Дата підпису
    .name = дату підпису

## Частини 11 і 12: перекладач і особа, яка заповнила форму (src/form/catalogue/signing.rs)
q-interpreter-used = Чи допомагав вам перекладач прочитати форму?
    .name = відповідь про перекладача
    .help = Якщо ви не читаєте англійською, перекладач має підписати Частину 11.
q-interpreter-name-familyName = Прізвище
    .name = прізвище перекладача
q-interpreter-name-givenName = Ім'я
    .name = ім'я перекладача
q-interpreter-business = Компанія або організація (якщо є)
    .name = компанію або організацію перекладача
# Приклад лишається англійською: відповідь іде у форму англійською.
q-interpreter-language = Мова перекладу (наприклад, Ukrainian)
    .name = мову, якою перекладав перекладач
q-interpreter-daytimePhone = Денний телефон
    .name = номер телефону перекладача
q-interpreter-email = Електронна пошта (якщо є)
    .name = електронну пошту перекладача
q-interpreter-signatureDate = Дата підпису
    .name = дату підпису перекладача
q-preparer-used = Чи заповнював форму за вас хтось інший?
    .name = відповідь, чи хтось інший заповнив форму
    .help = Наприклад, працівник організації безоплатної правової допомоги. Ця особа підписує Частину 12.
q-preparer-name-familyName = Прізвище
    .name = прізвище особи, яка заповнила форму
q-preparer-name-givenName = Ім'я
    .name = ім'я особи, яка заповнила форму
q-preparer-business = Компанія або організація (якщо є)
    .name = компанію або організацію особи, яка заповнила форму
q-preparer-daytimePhone = Денний телефон
    .name = номер телефону особи, яка заповнила форму
q-preparer-email = Електронна пошта (якщо є)
    .name = електронну пошту особи, яка заповнила форму
q-preparer-signatureDate = Дата підпису
    .name = дату підпису особи, яка заповнила форму

## Варіанти відповідей (src/form/catalogue/choices.rs): choice-<список>-<значення>
choice-parole-type-initial = Первинний пароль — для особи за межами США (пункти 6-7)
choice-parole-type-reparole = Повторний пароль (re-parole) — новий строк паролю для особи, яка в'їхала до США за паролем (пункти 10-11)
choice-military-relation-serviceMember = Теперішній або колишній військовослужбовець США
choice-military-relation-family = Член сім'ї теперішнього або колишнього військовослужбовця: чоловік або дружина, дитина, син або донька; для паролю на місці (parole in place) — також батько або мати
choice-military-relation-guardian = Законний опікун або представник (surrogate) теперішнього чи колишнього військовослужбовця; не для паролю на місці (parole in place)
choice-filing-method-paper = На папері, поштою
choice-filing-method-online = Онлайн, через акаунт USCIS
choice-sex-male = Чоловіча
choice-sex-female = Жіноча
choice-ethnicity-hispanicOrLatino = Іспанського або латиноамериканського походження (Hispanic or Latino)
choice-ethnicity-notHispanicOrLatino = Не іспанського й не латиноамериканського походження
choice-race-americanIndianOrAlaskaNative = Американський індіанець або корінний житель Аляски
choice-race-asian = Азіат
choice-race-black = Темношкірий або афроамериканець
choice-race-nativeHawaiianOrPacificIslander = Корінний житель Гаваїв або інших островів Тихого океану
choice-race-white = Білий
choice-eye-color-black = Чорні
choice-eye-color-blue = Блакитні
choice-eye-color-brown = Карі
choice-eye-color-gray = Сірі
choice-eye-color-green = Зелені
choice-eye-color-hazel = Горіхові (світло-карі)
choice-eye-color-maroon = Темно-червоні (бордові)
choice-eye-color-pink = Рожеві
choice-eye-color-unknown = Невідомо або інший колір
choice-hair-color-bald = Лисина (немає волосся)
choice-hair-color-black = Чорне
choice-hair-color-blond = Світле (блонд)
choice-hair-color-brown = Каштанове
choice-hair-color-gray = Сиве
choice-hair-color-red = Руде
choice-hair-color-sandy = Русяве (пісочне)
choice-hair-color-white = Біле
choice-hair-color-unknown = Невідомо або інший колір
choice-reason-medical = Лікування або невідкладний медичний стан
choice-reason-family = Щоб бути з родиною або доглядати за нею
choice-reason-legal = Судова справа або інша юридична процедура
choice-reason-publicBenefit = Значна суспільна користь
choice-reason-other = Інше
choice-stay-unit-days = Дні
choice-stay-unit-weeks = Тижні
choice-stay-unit-months = Місяці
choice-stay-unit-years = Роки
choice-signer-self = Я подаю запит для себе й підписую сам(а)
choice-signer-parent = Батько або мати особи, для якої запит (подає запит за неї або підписує за неї, якщо їй менше 14 років)
choice-signer-legalGuardian = Законний опікун особи, для якої запит (подає запит за неї або підписує за неї, якщо їй менше 14 років)
choice-signer-otherRequester = Інша особа, яка подає запит за неї (родич, спонсор)
choice-fee-exemption-organDonor = Донор органів або тканин, і немає часу на візу
choice-fee-exemption-familyMemberDying = Близький родич у США при смерті
choice-fee-exemption-funeral = Щоб бути на похороні близького родича
choice-fee-exemption-adoptedChildMedical = Усиновлена дитина з терміновою медичною проблемою
choice-fee-exemption-adjustmentApplicant = Особа вже подала заяву на грін-карту (adjustment of status) і повертається з короткої поїздки
choice-fee-exemption-immigrationHearing = Особу повернули до Мексики чи Канади, і вона в'їжджає на імміграційне слухання
choice-fee-exemption-cubanHaitianEntrant = Має статус Cuban/Haitian Entrant (для кубинців і гаїтян)
choice-fee-exemption-lawEnforcement = Допомагає правоохоронним органам США
# Між двома полями програми у формі, після її назви: «Пароль для філіппінських ветеранів Другої світової війни (6.A або 10.D)».
choice-program-items = { $initial } або { $reparole }

## Друкований підсумок відповідей (src/form/describe.rs)
q-answer-yes = Так
q-answer-no = Ні
# Пункт 24 з відповіддю «Так» (особа отримує пошту на поштову адресу того, хто подає запит), саму адресу ще не вказано.
q-answer-same-mailing-address = Так: та сама поштова адреса, що й в особи, яка подає запит
# Те саме, з цією адресою в один рядок, як її введено ({ $address }: «3020 Children's Way, San Diego, CA 92123, United States»).
q-answer-same-mailing-address-at = Так: та сама поштова адреса, що й в особи, яка подає запит ({ $address })

## Країни (src/form/places.rs)
# Назва кожної країни українською: сторінка пропонує її поруч з англійською назвою, яку вписують
# у форму, а перевірка її розпізнає (і підказує англійську назву). .also — інші написання, через
# кому; мова може додати .also будь-якій країні (тоді англійському файлу теж потрібне порожнє
# { "" }). Ids повторюють англійську назву, яка йде у форму.
# Апостроф: помічник пропускає звичайний апостроф ('), але не знак ʼ (U+02BC), тому назви з
# апострофом мають у .also і написання зі знаком ʼ.
country-afghanistan = Афганістан
country-algeria = Алжир
country-argentina = Аргентина
country-armenia = Вірменія
country-azerbaijan = Азербайджан
country-bahamas = Багамські Острови
    .also = Багами
country-bangladesh = Бангладеш
country-barbados = Барбадос
country-belarus = Білорусь
country-belize = Беліз
country-bolivia = Болівія
country-brazil = Бразилія
country-burkina-faso = Буркіна-Фасо
country-cameroon = Камерун
country-canada = Канада
country-chad = Чад
country-chile = Чилі
country-china = Китай
country-colombia = Колумбія
country-costa-rica = Коста-Рика
country-cuba = Куба
country-democratic-republic-of-the-congo = Демократична Республіка Конго
    .also = ДР Конго, ДРК, Конго
country-dominica = Домініка
country-dominican-republic = Домініканська Республіка
    .also = Домінікана
country-ecuador = Еквадор
country-egypt = Єгипет
country-el-salvador = Сальвадор
    .also = Ель-Сальвадор
country-eritrea = Еритрея
country-ethiopia = Ефіопія
country-france = Франція
country-georgia = Грузія
country-germany = Німеччина
country-ghana = Гана
country-guatemala = Гватемала
country-guinea = Гвінея
country-guyana = Гаяна
    .also = Гайана
country-haiti = Гаїті
country-honduras = Гондурас
country-india = Індія
country-iran = Іран
country-iraq = Ірак
country-israel = Ізраїль
country-italy = Італія
country-jamaica = Ямайка
country-japan = Японія
country-jordan = Йорданія
country-kazakhstan = Казахстан
country-kyrgyzstan = Киргизстан
    .also = Киргизія
country-lebanon = Ліван
country-mauritania = Мавританія
country-mexico = Мексика
country-moldova = Молдова
country-morocco = Марокко
country-myanmar = М'янма
    .also = Мʼянма, Бірма
country-nepal = Непал
country-nicaragua = Нікарагуа
country-nigeria = Нігерія
country-pakistan = Пакистан
country-panama = Панама
country-paraguay = Парагвай
country-peru = Перу
country-philippines = Філіппіни
country-poland = Польща
country-portugal = Португалія
country-russia = Росія
    .also = Російська Федерація, РФ
country-senegal = Сенегал
country-somalia = Сомалі
country-south-africa = Південно-Африканська Республіка
    .also = ПАР, Південна Африка
country-south-korea = Південна Корея
    .also = Корея, Республіка Корея
country-south-sudan = Південний Судан
country-spain = Іспанія
country-sri-lanka = Шрі-Ланка
country-sudan = Судан
country-suriname = Суринам
country-syria = Сирія
country-tajikistan = Таджикистан
country-trinidad-and-tobago = Тринідад і Тобаго
country-turkey = Туреччина
country-ukraine = Україна
country-united-kingdom = Велика Британія
    .also = Великобританія, Сполучене Королівство, Британія, Англія
country-united-states = Сполучені Штати
    .also = США, Америка, Сполучені Штати Америки
country-uruguay = Уругвай
country-uzbekistan = Узбекистан
country-venezuela = Венесуела
country-vietnam = В'єтнам
    .also = Вʼєтнам
country-yemen = Ємен
