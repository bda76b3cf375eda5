//! The sources' titles in Spanish: plain Spanish (usted), short, with every number, date, citation
//! and amount as in the English. Names of official documents, pages and laws that have no official
//! Spanish name stay in English, marked: `"…" (en inglés)`, or `(en inglés: "…")` after a Spanish
//! description. Keys are the English titles, exactly as the rules have them.

use super::Wording::{self, Says};

/// How a Spanish title marks a name kept in English.
pub(super) const IN_ENGLISH: &str = "en inglés";

/// Every source title of the rules, keyed by its English title.
pub(super) static TITLES: &[(&str, Wording)] = &[
    // The check's rule pack (src/rules/pack.rs), in pack order.
    (
        "USCIS, Form I-131 and its instructions (edition 01/20/25)",
        Says("Formulario I-131 de USCIS y sus instrucciones (edición 01/20/25)"),
    ),
    (
        "Plain sense about the data (not a legal rule)",
        Says("Sentido común sobre los datos (no es una regla legal)"),
    ),
    (
        "USCIS, Form I-131 (edition 01/20/25), the boxes of the official form: 9 for the A-Number, 12 for the USCIS Online Account Number, 5 for the ZIP code; an I-94 number has 11 characters",
        Says("Formulario I-131 de USCIS (edición 01/20/25), las casillas del formulario oficial: 9 para el número A (A-Number), 12 para el número de cuenta en línea de USCIS, 5 para el código postal (ZIP); un número de I-94 tiene 11 caracteres"),
    ),
    (
        "USCIS, Uniting for Ukraine re-parole FAQ: re-parole is asked from inside the United States; leaving ends parole",
        Says("USCIS, preguntas frecuentes sobre el nuevo parole de Unidos por Ucrania: el nuevo parole se pide desde dentro de Estados Unidos; salir del país termina el parole"),
    ),
    (
        "Legal-aid guides: an A-Number is \"A\" and 7 to 9 digits, written as 9 digits with zeros in front",
        Says("Guías de ayuda legal: un número A (A-Number) es la letra \"A\" y de 7 a 9 dígitos; se escribe con 9 dígitos, con ceros delante"),
    ),
    (
        "Legal-aid guides: an I-94 number has 11 characters (9 digits, a letter, a digit since May 2019; 11 digits before)",
        Says("Guías de ayuda legal: un número de I-94 tiene 11 caracteres (desde mayo de 2019, 9 dígitos, una letra y un dígito; antes, 11 dígitos)"),
    ),
    (
        "Social Security Administration: SSNs have 9 digits; area 000, 666 and 900-999, group 00 and serial 0000 are never issued",
        Says("Administración del Seguro Social: el número de Seguro Social (SSN) tiene 9 dígitos; nunca se dan el área 000, 666 ni 900-999, el grupo 00 ni la serie 0000"),
    ),
    (
        "USCIS, Form I-131 (edition 01/20/25): an email address, which has an @ and a domain",
        Says("Formulario I-131 de USCIS (edición 01/20/25): una dirección de correo electrónico, que tiene una @ y un dominio"),
    ),
    (
        "Our check that an email looks like name@domain.tld",
        Says("Nuestra comprobación: un correo electrónico tiene la forma nombre@dominio.tld"),
    ),
    (
        "Our check that a phone number has 10 digits, or 8 to 15 after a + for numbers abroad",
        Says("Nuestra comprobación: un número de teléfono tiene 10 dígitos, o de 8 a 15 después de un + si es de otro país"),
    ),
    (
        "USCIS, Form I-131 instructions (edition 01/20/25): on a request for someone else, the requester (the filer) signs Part 10",
        Says("Instrucciones del Formulario I-131 de USCIS (edición 01/20/25): si la solicitud es para otra persona, firma la Parte 10 quien la presenta"),
    ),
    (
        "8 CFR 103.2(a)(2): each applicant signs; a parent or legal guardian may sign for an applicant under 14",
        Says("8 CFR 103.2(a)(2): cada solicitante firma; el padre, la madre o el tutor legal puede firmar por un solicitante menor de 14 años"),
    ),
    (
        "8 CFR 103.2(a)(2): a parent or legal guardian may sign for an applicant under 14",
        Says("8 CFR 103.2(a)(2): el padre, la madre o el tutor legal puede firmar por un solicitante menor de 14 años"),
    ),
    (
        "Usual parole lengths: humanitarian up to 1 year (legal-aid guides); Ukrainian and Afghan re-parole up to 2 years (USCIS); FRP up to 3 years (legal-aid guides)",
        Says("Duración usual del parole: humanitario, hasta 1 año (guías de ayuda legal); nuevo parole de ucranianos y afganos, hasta 2 años (USCIS); FRP, hasta 3 años (guías de ayuda legal)"),
    ),
    (
        "Legal-aid guides: someone in removal proceedings or with a removal order generally asks ICE, not USCIS, for parole",
        Says("Guías de ayuda legal: quien está en un proceso de deportación o tiene una orden de deportación, por lo general pide el parole a ICE, no a USCIS"),
    ),
    (
        "Federal Register 2025-05128 (CHNV parole terminated April 24, 2025) and 2025-22744 (FRP ended December 15, 2025; its parole January 14, 2026)",
        Says("Federal Register 2025-05128 (el parole de CHNV terminó el 24 de abril de 2025) y 2025-22744 (FRP terminó el 15 de diciembre de 2025; su parole, el 14 de enero de 2026)"),
    ),
    (
        "Summaries of Federal Register 2025-22744: FRP parole continues for a pending Form I-485 filed by December 15, 2025, or by a case-by-case decision, until the I-485 decision or the original end date",
        Says("Resúmenes del Federal Register 2025-22744: el parole de FRP sigue si hay un Formulario I-485 pendiente presentado a más tardar el 15 de diciembre de 2025, o por una decisión caso por caso, hasta que decidan el I-485 o hasta la fecha de fin original"),
    ),
    (
        "DHS may terminate parole by notice (8 CFR 212.5(e)); that a person with a notice needs a lawyer or accredited representative now is our advice. Free help: the Justice Department's list of pro bono legal service providers",
        Says("DHS puede terminar el parole con un aviso (8 CFR 212.5(e)). Nuestro consejo: quien recibe un aviso necesita ya un abogado o un representante acreditado. Ayuda gratis: la lista de proveedores de servicios legales gratuitos del Departamento de Justicia"),
    ),
    (
        "Legal-aid guides: a fee waiver (Form I-912) for the I-131 fee means filing on paper",
        Says("Guías de ayuda legal: quien pide que no le cobren la tarifa del I-131 (Formulario I-912) tiene que presentar la solicitud en papel"),
    ),
    (
        "Form I-131, OMB No. 1615-0013, approved through 06/30/2027",
        Says("Formulario I-131, OMB No. 1615-0013, aprobado hasta el 06/30/2027"),
    ),
    (
        "A fee adjustment is expected around January 1, 2027 (a Form G-1055 edition 10/01/26 is cited); check the fee schedule",
        Says("Se espera un ajuste de tarifas cerca del 1 de enero de 2027 (se cita un Formulario G-1055, edición 10/01/26); revise la tabla de tarifas"),
    ),
    (
        "USCIS evidence guidance for humanitarian parole: identity documents for the petitioner, the beneficiary and any financial supporter",
        Says("Guía de USCIS sobre pruebas para el parole humanitario: documentos de identidad del peticionario, del beneficiario y de quien dé apoyo financiero"),
    ),
    (
        "USCIS evidence guidance for humanitarian parole: a valid government ID of the beneficiary that shows citizenship",
        Says("Guía de USCIS sobre pruebas para el parole humanitario: una identificación oficial vigente del beneficiario que muestre su ciudadanía"),
    ),
    (
        "Human Rights First, \"I was paroled in the United States\": Form I-134, Declaration of Financial Support, for initial parole and, new and with updated evidence, for re-parole",
        Says("Human Rights First, \"I was paroled in the United States\" (en inglés): Formulario I-134, Declaración de Apoyo Financiero, para el parole inicial y, para el nuevo parole, uno nuevo con pruebas al día"),
    ),
    (
        "Legal-aid guides for medical parole: what the physician's letter should say (diagnosis, prognosis, treatment and its length, why it is not available at home, cost and payer; for re-parole, why the last period was not enough)",
        Says("Guías de ayuda legal sobre el parole por motivos médicos: qué debe decir la carta del médico (diagnóstico, pronóstico, tratamiento y cuánto dura, por qué no está disponible en su país, costo y quién paga; para un nuevo parole, por qué no bastó el último período)"),
    ),
    (
        "Legal-aid guides for medical parole: proof of how the return trip will be paid, apart from the physician's letter",
        Says("Guías de ayuda legal sobre el parole por motivos médicos: prueba de cómo se pagará el viaje de regreso, aparte de la carta del médico"),
    ),
    (
        "Legal-aid guides for medical parole of a minor: the parents' consent",
        Says("Guías de ayuda legal sobre el parole por motivos médicos de un menor: el consentimiento de los padres"),
    ),
    (
        "8 CFR 103.2(b)(3): a document in another language needs a full English translation, certified by the translator",
        Says("8 CFR 103.2(b)(3): un documento en otro idioma necesita una traducción completa al inglés, certificada por el traductor"),
    ),
    (
        "USCIS asks Ukrainians for the I-94 and the work permit with re-parole; asking everyone for them is our inference",
        Says("USCIS pide a los ucranianos el I-94 y el permiso de trabajo con el nuevo parole; pedírselos a todos es conclusión nuestra"),
    ),
    (
        "8 U.S.C. 1804(b): the parole fee exemptions are decided case by case, on evidence",
        Says("8 U.S.C. 1804(b): las exenciones de la tarifa de parole se deciden caso por caso, con pruebas"),
    ),
    (
        "8 CFR 106.3: a fee waiver (Form I-912) for a means-tested benefit, household income at or below 150% of the federal poverty guidelines, or financial hardship",
        Says("8 CFR 106.3: se puede pedir que no le cobren la tarifa (Formulario I-912) si recibe un beneficio público según sus ingresos, si los ingresos de su hogar son iguales o menores al 150% de la línea de pobreza federal, o si tiene dificultades económicas"),
    ),
    (
        "2024 fee rule (Federal Register 2024-01427): I-131 $630 on paper, $580 online; that it applies to parole is our reading, check Form G-1055",
        Says("Regla de tarifas de 2024 (Federal Register 2024-01427): I-131, $630 en papel y $580 por internet; que se aplica al parole es nuestra lectura: revise el Formulario G-1055"),
    ),
    (
        "H.R. 1 fees (Federal Register 2025-13738): a parolee's work permit with re-parole $275, not waivable",
        Says("Tarifas de H.R. 1 (Federal Register 2025-13738): permiso de trabajo de una persona con parole, pedido con el nuevo parole, $275; no admite exención"),
    ),
    (
        "Inflation adjustment from January 1, 2026 (Federal Register 2025-20622): a parolee's work permit with re-parole $280, not waivable",
        Says("Ajuste por inflación desde el 1 de enero de 2026 (Federal Register 2025-20622): permiso de trabajo de una persona con parole, pedido con el nuevo parole, $280; no admite exención"),
    ),
    (
        "H.R. 1 parole fee (90 FR 48317): $1,000 for each grant of parole, re-parole included, charged when parole is granted, at the amount in force then (indexed each year; the FY2026 amount may be $1,020, unconfirmed)",
        Says("Tarifa de parole de H.R. 1 (90 FR 48317): $1,000 por cada parole que se concede, también por un nuevo parole; se cobra cuando se concede, por la cantidad vigente entonces (se ajusta cada año; la del año fiscal 2026 podría ser $1,020, sin confirmar)"),
    ),
    (
        "8 U.S.C. 1804(b): exemptions from the parole fee, case by case, among them a medical emergency when treatment cannot be obtained where the person lives or is life-threatening with no time for a visa, and the parent or legal guardian of such a minor",
        Says("8 U.S.C. 1804(b): exenciones de la tarifa de parole, caso por caso; entre ellas, una emergencia médica cuando el tratamiento no se puede conseguir donde vive la persona, o pone su vida en peligro y no hay tiempo para una visa, y el padre, la madre o el tutor legal de ese menor"),
    ),
    (
        "8 U.S.C. 1804(b)(2): the parent or legal guardian of a minor with a medical emergency may be exempt from the parole fee, on their own request",
        Says("8 U.S.C. 1804(b)(2): el padre, la madre o el tutor legal de un menor con una emergencia médica puede quedar exento de la tarifa de parole, en su propia solicitud"),
    ),
    (
        "Legal-aid practice: a parent or legal guardian asks for a young child's parole and signs for a child under 14 (8 CFR 103.2(a)(2))",
        Says("Práctica de ayuda legal: el padre, la madre o el tutor legal pide el parole de un niño pequeño y firma por un niño menor de 14 años (8 CFR 103.2(a)(2))"),
    ),
    // The renewal windows' rules (src/windows/rules.rs), in their order.
    (
        "Legal-aid summaries: parole runs through the I-94 \"Admit Until\" date; unlawful presence starts the next day",
        Says("Resúmenes de ayuda legal: el parole dura hasta la fecha \"Admit Until\" (en inglés) del I-94, ese día incluido; la presencia ilegal empieza el día siguiente"),
    ),
    (
        "Our inference: no source moves these dates for weekends or holidays, so days are counted on the calendar",
        Says("Deducción nuestra: ninguna fuente cambia estas fechas por fines de semana o días feriados, así que los días se cuentan en el calendario"),
    ),
    (
        "USCIS, Re-Parole Process for Certain Ukrainian Citizens and Their Immediate Family Members",
        Says("USCIS, página del nuevo parole para ciertos ciudadanos ucranianos y sus familiares directos (en inglés: \"Re-Parole Process for Certain Ukrainian Citizens and Their Immediate Family Members\")"),
    ),
    (
        "Human Rights First, \"I was paroled in the United States\": ask for re-parole at least 90 days before parole ends (advice; no official deadline and no official first day were found)",
        Says("Human Rights First, \"I was paroled in the United States\" (en inglés): pida el nuevo parole al menos 90 días antes de que termine el parole (consejo; no encontramos una fecha límite oficial ni un primer día oficial)"),
    ),
    (
        "USCIS says early filing lowers the risk that parole and work permit expire before a decision (Ukraine page); that this holds for every program is our inference",
        Says("USCIS dice que pedirlo pronto baja el riesgo de que el parole y el permiso de trabajo venzan antes de una decisión (página de Ucrania); que esto vale para todos los programas es conclusión nuestra"),
    ),
    (
        "USCIS, Afghan Re-Parole FAQs: case-by-case extension of parole and EAD for a pending I-589 or I-485 filed before initial parole expired",
        Says("USCIS, preguntas frecuentes sobre el nuevo parole de afganos (en inglés: \"Afghan Re-Parole FAQs\"): extensión caso por caso del parole y del EAD si hay un I-589 o un I-485 pendiente, presentado antes de que venciera el primer parole"),
    ),
    (
        "No program-specific re-parole window was found for Items 10.D-10.I; the general advice applies until the program's own notice says otherwise",
        Says("No encontramos fechas propias para pedir el nuevo parole en los Puntos 10.D-10.I; vale el consejo general hasta que el aviso del programa diga otra cosa"),
    ),
    (
        "Federal Register 2025-05128, Termination of Parole Processes for Cubans, Haitians, Nicaraguans, and Venezuelans",
        Says("Federal Register 2025-05128: fin de los procesos de parole para cubanos, haitianos, nicaragüenses y venezolanos (en inglés: \"Termination of Parole Processes for Cubans, Haitians, Nicaraguans, and Venezuelans\")"),
    ),
    (
        "Federal Register 2025-22744, Termination of the Family Reunification Parole processes",
        Says("Federal Register 2025-22744: fin de los procesos de parole por reunificación familiar (en inglés: \"Termination of the Family Reunification Parole processes\")"),
    ),
    (
        "Legal-aid summaries of Form I-765 renewals: file up to 180 days before the work permit expires (check the I-765 page)",
        Says("Resúmenes de ayuda legal sobre renovar con el Formulario I-765: pídalo hasta 180 días antes de que venza el permiso de trabajo (revise la página del I-765)"),
    ),
    (
        "Summaries of Federal Register 2025-22744: FRP parole continues for a pending Form I-485 filed by December 15, 2025, or by a case-by-case decision, until the I-485 decision or the original end date, whichever comes first",
        Says("Resúmenes del Federal Register 2025-22744: el parole de FRP sigue si hay un Formulario I-485 pendiente presentado a más tardar el 15 de diciembre de 2025, o por una decisión caso por caso, hasta que decidan el I-485 o hasta la fecha de fin original, lo que pase primero"),
    ),
    (
        "DHS may terminate parole at any time (8 CFR 212.5(e)); that a person with a notice needs a lawyer or accredited representative now is our advice. Free help: the Justice Department's list of pro bono legal service providers",
        Says("DHS puede terminar el parole en cualquier momento (8 CFR 212.5(e)). Nuestro consejo: quien recibe un aviso necesita ya un abogado o un representante acreditado. Ayuda gratis: la lista de proveedores de servicios legales gratuitos del Departamento de Justicia"),
    ),
    (
        "8 U.S.C. 1809(a) (H.R. 1, Pub. L. 119-21): a parolee's work permit is valid for 1 year or the parole period, whichever is shorter",
        Says("8 U.S.C. 1809(a) (H.R. 1, Pub. L. 119-21): el permiso de trabajo de una persona con parole vale 1 año o lo que dure el parole, lo que sea más corto"),
    ),
    (
        "Form I-131 (edition 01/20/25), Part 9: a work permit asked for together with re-parole; with 8 U.S.C. 1809(a), a permit cannot outlast the parole",
        Says("Formulario I-131 (edición 01/20/25), Parte 9: el permiso de trabajo se pide junto con el nuevo parole; con 8 U.S.C. 1809(a), el permiso no puede durar más que el parole"),
    ),
];
