### check (es)

## The check's findings and documents (src/check/messages.rs).

check-required-answer = Falta { $name }.
check-reparole-current-expiry = Para pedir un nuevo parole, escriba el último día del parole actual: la fecha "Admit Until" del I-94.
check-reparole-i94-number = Falta { $name }. Se necesita para pedir un nuevo parole. Puede buscarlo en i94.cbp.dhs.gov.
check-reparole-in-us = El nuevo parole se pide desde dentro de Estados Unidos, pero esta dirección está en { $country }. Si la persona salió de EE. UU., necesita pedir un parole inicial: salir del país termina el parole.
check-reparole-i94-matches = Esta fecha debe ser igual a la de la Parte 1, Punto 12 ({ $date }). Use la misma fecha "Admit Until" en los dos lugares.
check-helper-incomplete = Falta { $name }. Si alguien le ayuda con el formulario, esa persona debe llenar toda su parte.
check-format-date = Revise { $name }: { $problem }
check-format-date-plain = Revise { $name }.
check-box-a-number = "{ $typed }" no cabe en el formulario: un número A (A-Number) tiene como máximo 9 números después de la A (el formulario tiene 9 casillas). Revíselo en su permiso de trabajo o en una carta de USCIS.
check-format-a-number = "{ $typed }" no parece un número A (A-Number): es la letra A y de 7 a 9 números. En el formulario escriba 9 números, con ceros al principio si hace falta.
check-format-uscis-account = "{ $typed }" no cabe en el formulario: un número de cuenta en línea de USCIS tiene exactamente 12 números (el formulario tiene 12 casillas). Si no tiene cuenta, déjelo en blanco.
check-box-i94-number = "{ $typed }" no cabe en el formulario: un número de I-94 tiene 11 caracteres (números y letras). Puede buscarlo en i94.cbp.dhs.gov.
check-format-i94-number = "{ $typed }" tiene 11 caracteres, pero no parece un número de I-94: casi siempre son 9 números, una letra y un número (11 números antes de 2019). Revíselo en i94.cbp.dhs.gov.
check-format-ssn = Este no es un número de Seguro Social válido. Tiene 9 números, y algunos números nunca se usan (como los que empiezan con 000 o 666). Si no tiene número, déjelo en blanco.
check-format-us-state-missing = Para una dirección en Estados Unidos, escriba el estado con sus dos letras, como CA o TX.
check-format-us-state = "{ $typed }" no es un estado de EE. UU. Escriba el estado con sus dos letras, como CA o TX.
check-format-zip-code-missing = Para una dirección en Estados Unidos, escriba el código postal (ZIP): 5 números.
check-format-zip-code = "{ $typed }" no cabe en la casilla del código postal (ZIP): escriba los 5 números del código postal (sin los 4 que van después de un guion).
check-format-latin-letters-ukrainian = "{ $typed }" tiene caracteres que el formulario no acepta. Escríbalo en letras latinas como en su I-94 o pasaporte; según la transliteración oficial de Ucrania sería "{ $latin }".
check-format-latin-letters = "{ $typed }" tiene caracteres que el formulario no acepta. Escríbalo con las letras del alfabeto inglés, como en el pasaporte.
check-format-country-in-english = El formulario está en inglés: escriba "{ $english }", no "{ $typed }".
check-box-email = "{ $typed }" no es un correo electrónico: necesita un nombre, una @ y un dominio después (nombre@ejemplo.com).
check-format-email = "{ $typed }" puede no ser un correo electrónico: revise lo que va después de la @ (nombre@ejemplo.com).
check-format-agency-email = El correo de la agencia debe ser una dirección oficial .gov o .mil.
check-format-phone = "{ $typed }" no parece un número de teléfono: 10 números si es de EE. UU., o + y el código del país si es de otro país.
check-format-height-weight = Revise { $name }: los pies van de 0 a 8, las pulgadas de 0 a 11 y las libras de 1 a 999.
check-format-whole-number = Revise { $name }: escriba un número entero, solo con cifras, como 5 (no "{ $typed }").
check-signer-is-beneficiary = Si pide el parole para otra persona, usted (quien presenta el formulario) firma la Parte 10. La persona que recibiría el parole no la firma, tenga la edad que tenga. Elija qué es usted de esa persona: padre o madre, tutor legal u otra persona.
check-signer-must-be-filer-age = Usted pide para sí mismo y tiene { $age } años, así que firma la Parte 10 usted mismo. El padre, la madre o el tutor legal solo pueden firmar por alguien menor de 14 años.
check-signer-must-be-filer = Usted pide para sí mismo, así que firma la Parte 10 usted mismo (si tiene menos de 14 años, puede firmar por usted su padre, su madre o su tutor legal).
check-signer-under-14 = Usted tiene { $age } { $age ->
        [one] año
       *[other] años
    }. Como tiene menos de 14 años, su padre, su madre o su tutor legal pueden firmar por usted; también puede firmar usted.
check-stay-over-maximum = Es más tiempo del que suele durar este tipo de parole (hasta { $years } { $years ->
        [one] año
       *[other] años
    }). Pida el tiempo que necesita y explique por qué.
check-arrival-not-future = La fecha de llegada ({ $date }) debe ser una fecha futura.
check-signature-in-future = La fecha de la firma ({ $date }) es una fecha futura. Escriba la fecha en que firma.
check-removal-proceedings = Si la persona está o estuvo en un proceso de deportación, o tiene una orden de deportación, por lo general pide el parole a ICE, no a USCIS. Hable con un abogado de inmigración o un representante acreditado antes de enviar el formulario.
check-program-ended-frp = El gobierno (DHS) terminó el programa de Reunificación Familiar (FRP) el { $ended }. El parole de ese programa terminó el { $parole_ended }, salvo si un Formulario I-485 presentado a más tardar el { $ended } sigue pendiente o si DHS decidió en su caso que el parole sigue: si es así, conteste Sí a esa pregunta. Si no, ya no se da parole por FRP. Hable con un abogado de inmigración o un representante acreditado sobre otras opciones.
check-program-ended-chnv = El gobierno (DHS) terminó el parole CHNV (Cuba, Haití, Nicaragua y Venezuela) el { $ended }: el parole de ese programa terminó ese día, diga lo que diga el I-94. Ya no se da parole por CHNV. Hable con un abogado de inmigración o un representante acreditado sobre otras opciones.
check-program-ended = Este programa terminó.
check-frp-exception = Usted dijo que un Formulario I-485 presentado a más tardar el 15 de diciembre de 2025 sigue pendiente, o que el gobierno (DHS) decidió en su caso que su parole de FRP sigue. Entonces dura hasta que decidan el I-485 o hasta la fecha de su I-94, lo que pase primero. Mande la prueba (el aviso de recibo del I-485 o la decisión de DHS) con su solicitud.
check-termination-notice = Usted dijo que el gobierno (DHS) le mandó un aviso que termina su parole antes de tiempo. Hable ya con un abogado de inmigración o un representante acreditado, antes de enviar nada: las fechas de siempre pueden no servirle. Ayuda gratis o de bajo costo: justice.gov/eoir/list-pro-bono-legal-service-providers o immigrationlawhelp.org.
check-program-not-for-type-military = El parole para familias de militares (Military Parole in Place) es solo para personas que ya están en EE. UU. (Parte 1, Punto 8), no para un parole desde otro país.
check-program-not-for-type-cam = Una solicitud inicial de Menores Centroamericanos (CAM) no se hace con el Formulario I-131.
check-birth-date-future = La fecha de nacimiento ({ $date }) es una fecha futura.
check-birth-date-too-old = Con esta fecha de nacimiento la persona tendría { $age } años. Revise el año.
check-reason-too-long = El motivo tiene { $count } caracteres. El espacio en el formulario es pequeño: lo que no quepa va en la Parte 13 (información adicional) o en una hoja aparte con su nombre, su número A, y la Parte y el Punto.
check-too-many-other-names = Hay espacio para otros 3 nombres. Escriba los { $count } que faltan en la Parte 13.
check-write-in-english = Esta respuesta parece estar en español. El formulario se contesta en inglés: pida a alguien que la traduzca.
check-one-form-per-person = Cada persona necesita su propio formulario. Si pide el parole para varias personas, llene un formulario para cada una.
check-fee-waiver-on-paper = Si pide que no le cobren la tarifa (Formulario I-912), tiene que enviar su solicitud en papel, no por internet.
check-form-edition-expired = Esta herramienta sigue la edición 01/20/25 del Formulario I-131, aprobada hasta el { $date }. Puede haber una edición nueva: revise uscis.gov/i-131 antes de enviar el formulario.
check-fees-unverified = Sabemos que estas tarifas eran correctas hasta el { $date }. Pueden haber cambiado. Revise la lista de tarifas (Formulario G-1055) en uscis.gov/g-1055 antes de pagar.
check-evidence-identity = Documentos de identidad (como el pasaporte) de quien presenta el formulario, de la persona para quien se pide el parole y de quien promete ayuda económica.
check-evidence-citizenship-id = Una identificación oficial vigente de la persona para quien se pide el parole, que muestre su nacionalidad (por ejemplo, la página con la foto del pasaporte).
check-evidence-financial-support-reparole = Un Formulario I-134 nuevo, Declaración de Apoyo Económico, con pruebas actuales de los ingresos de quien la apoya: no basta el que mandó con la primera solicitud.
check-evidence-financial-support = El Formulario I-134, Declaración de Apoyo Económico, de alguien que va a mantener a la persona en EE. UU., con pruebas de sus ingresos.
check-evidence-physician-letter = Una carta del médico que diga: el diagnóstico; el pronóstico; el tratamiento y cuánto durará; por qué no está disponible en el país del paciente ni cerca; cuánto cuesta y quién paga{ $request ->
        [reparole] ; y por qué el período anterior de parole no fue suficiente
       *[initial] {""}
    }.
check-evidence-return-trip = Pruebas de cómo se pagará el viaje de regreso (por ejemplo, un estado de cuenta del banco o una carta de quien lo paga).
check-evidence-parental-consent = El permiso por escrito de los dos padres (o del tutor legal) para el tratamiento y el viaje del niño.
check-evidence-translations = Para cada documento que no esté en inglés: una traducción completa al inglés, con una declaración firmada del traductor de que sabe los dos idiomas y de que la traducción es correcta.
check-evidence-current-parole = Una copia del I-94 actual (muestra el parole y la fecha en que termina) y, si tiene, las dos caras del permiso de trabajo.
check-evidence-fee-exemption = Para pedir que no le cobren la tarifa de parole: una carta firmada que pida la exención y diga el motivo, con pruebas. { $grounds }
check-evidence-fee-waiver = El Formulario I-912, Solicitud de Exención de Tarifa, con pruebas de una de estas cosas (8 CFR 106.3): que recibe un beneficio público según sus ingresos (como Medicaid o SNAP); que los ingresos de su hogar son iguales o menores al 150% de la línea de pobreza federal; o que tiene dificultades económicas. Solo cubre la tarifa del I-131, en papel.

## The fees (src/check/messages.rs).

fee-i131 = Tarifa del Formulario I-131: { $amount } ({ $method ->
        [online] por internet
       *[paper] en papel
    }). Puede pedir que no se la cobren (Formulario I-912), solo en papel, si recibe un beneficio público según sus ingresos, si los ingresos de su hogar son iguales o menores al 150% de la línea de pobreza federal, o si tiene dificultades económicas.
fee-i131-plain = Tarifa del Formulario I-131.
fee-work-permit = Tarifa del permiso de trabajo que pide en la Parte 9: { $amount }. No puede pedir que no se la cobren.
fee-work-permit-plain = Tarifa del permiso de trabajo que pide en la Parte 9.
fee-parole = Tarifa de parole: { $amount } por cada parole que le den, también por un nuevo parole. USCIS la cobra solo si aprueba el parole (le llega un aviso de pago con la aprobación). No se paga con el formulario. Se paga lo que cueste cuando le den el parole, no cuando envía el formulario. El Formulario I-912 no sirve para no pagarla, pero la ley exime a algunas personas, caso por caso.
fee-parole-examples = Por ejemplo: una emergencia médica cuando el tratamiento no está disponible donde vive la persona, y el padre, la madre o el tutor de ese niño. Las preguntas de la Parte 8 muestran si puede ser su caso.
fee-parole-minor-patient = Como el motivo médico es de un niño, su padre, su madre o su tutor legal también pueden quedar exentos, en su propia solicitud (8 U.S.C. 1804(b)(2)).
fee-parole-plain = Tarifa de parole, que se cobra si lo aprueban.
fee-parole-exemption = Esta solicitud podría quedar exenta: { $grounds }. Hay que pedir la exención y mostrar pruebas (vea los documentos que debe reunir); USCIS decide caso por caso.
fee-exemption-evidence = { $ground } (8 U.S.C. 1804(b)({ $paragraph })). Mande: { $proof }.
fee-exemption-proof-medical = la carta del médico, que diga por qué el tratamiento no está disponible donde vive la persona, o por qué la emergencia pone su vida en peligro
fee-exemption-proof-parent = el acta de nacimiento del niño (o la orden de tutela) y las pruebas médicas del niño o la aprobación de su parole
fee-exemption-proof-other = documentos que lo muestren
fee-ground-medical = una emergencia médica, cuando el tratamiento no está disponible en el país donde vive la persona o su vida está en peligro sin tiempo para una visa
fee-ground-parent-of-minor-patient = el padre, la madre o el tutor legal de un niño que necesita parole por motivos médicos
fee-ground-organ-donor = donante de órganos o tejidos, sin tiempo para una visa
fee-ground-family-member-dying = un familiar cercano en EE. UU. que está por morir
fee-ground-funeral = el funeral de un familiar cercano
fee-ground-adopted-child-medical = un hijo adoptado con un problema médico urgente
fee-ground-adjustment-applicant = alguien que pidió la residencia (ajuste de estatus) y vuelve de un viaje corto
fee-ground-immigration-hearing = alguien devuelto a México o Canadá que entra para una audiencia de inmigración
fee-ground-cuban-haitian-entrant = entrante cubano o haitiano (Cuban/Haitian entrant)
fee-ground-law-enforcement = alguien que ayuda a las autoridades de EE. UU.

## The findings across a family's requests (src/check/messages.rs).

family-parent-may-be-exempt = { $child } podría quedar exenta o exento de la tarifa de parole por motivos médicos. Como padre, madre o tutor legal de { $child }, usted también podría quedar exento en esta solicitud suya: conteste Sí a esa pregunta en la Parte 8 y mande pruebas de que es el padre, la madre o el tutor.
family-young-child-filed-by-parent = { $child } tiene menos de 14 años. Normalmente el padre, la madre o el tutor legal pide el parole de un niño pequeño: en la solicitud de { $child }, conteste Sí a pedir para otra persona, y firma la Parte 10 el padre, la madre o el tutor.
family-same-contact = { $name } en la solicitud de { $person } no es igual que en la de { $other }. USCIS escribe a cada solicitud: use el mismo, salvo que de verdad sea distinto.
family-parole-ends-differ = El parole de { $name } termina el { $ends }, y el de { $other } el { $other_ends }: las fechas para pedir el nuevo parole son distintas. Pida cada uno en sus propias fechas.

## The check's report (src/check/report.rs).

check-at-item = { $item }: { $message }
check-text-title = Revisión de una solicitud de parole (Formulario I-131, edición { $edition }) · { $date }
check-text-counts = Errores: { $errors }. Advertencias: { $warnings }.
check-text-errors = Errores (USCIS los rechazaría, o no pueden ser correctos):
check-text-warnings = Advertencias (consejos y riesgos):
check-text-info = Para su información:
check-text-evidence = Documentos que debe reunir:
check-text-required = obligatorio
check-text-recommended = recomendado
check-text-fees = Tarifas:
check-text-with-filing = con el formulario
check-text-on-approval = si lo aprueban
check-text-sources = Fuentes:
check-text-notice = Esto no es asesoría legal. Hable con un abogado de inmigración o un representante acreditado.

## Whose re-parole dates the window shows (src/check/mod.rs).

check-window-for = Estas fechas son del parole de { $name }, la persona para quien lo pide.
check-window-for-unnamed = Estas fechas son del parole de la persona para quien lo pide.

## Why a file is not a request at all (src/form/error.rs).

form-error-not-json = Esto no es un formulario: no es JSON válido (línea { $line }, columna { $column }).
form-error-not-an-object = Esto no es un formulario: un formulario es un objeto JSON, {"{"} ... {"}"}.
form-error-unknown-question = Este no es un formulario que la herramienta conozca: "{ $name }" no es una de sus preguntas (¿un error al escribir?).
form-error-unknown-question-in = Este no es un formulario que la herramienta conozca: "{ $name }" en { $path } no es una de sus preguntas (¿un error al escribir?).
form-error-unknown-choice = Este no es un formulario que la herramienta conozca: "{ $value }" no es una opción para { $path }.
form-error-wrong-type = Este no es un formulario que la herramienta conozca: { $path } tiene un valor del tipo equivocado.
form-error-wrong-type-form = Este no es un formulario que la herramienta conozca: el formulario tiene un valor del tipo equivocado.
form-error-newer-version = Este formulario lo guardó una versión más nueva de la herramienta (versión { $version }). Ábralo con la versión nueva; no se cambió nada.
form-error-too-large = Este archivo es demasiado grande para ser un formulario ({ $megabytes } MB; un formulario ocupa unos pocos KB). No se leyó nada.
form-error-answer-too-long = La respuesta de { $path } es demasiado larga: como máximo { $max } caracteres. No se cambió nada.
form-error-family-not-for-page = Este archivo de familia no se puede abrir aquí: en esta página, la misma persona pide el parole de todas las demás, con la misma dirección, el mismo contacto y el mismo tipo de solicitud, y la solicitud de { $person } no es así. No se cambió nada.

## A family's report as a terminal shows it (src/family/report.rs).

family-text-the-family = La familia
family-text-across = Entre las personas:
family-text-dates = Fechas, la más próxima primero:
family-text-deadline-advice = pídalo antes del { $by } (consejo); último día { $last }
family-text-deadline = último día { $last }
family-text-documents = Documentos que reunir, una vez cada uno:
family-text-document = ({ $need }) { $text } (para: { $people })
family-text-fees = Tarifas:
family-text-fee = { $person }: { $filing } con el formulario, { $approval } si lo aprueban{ $exemptions ->
        [0] {""}
       *[other] ; puede quedar exento de la tarifa de parole: { $grounds }
    }
family-text-fees-together = En total: { $filing } con los formularios, { $approval } si los aprueban, antes de cualquier exención

## Where each rule comes from (src/rules/source_words.rs).

source-in-english = en inglés

source-form-i131 = Formulario I-131 de USCIS y sus instrucciones (edición 01/20/25)
source-plain-sense = Sentido común sobre los datos (no es una regla legal)
source-form-boxes = Formulario I-131 de USCIS (edición 01/20/25), las casillas del formulario oficial: 9 para el número A (A-Number), 12 para el número de cuenta en línea de USCIS, 5 para el código postal (ZIP); un número de I-94 tiene 11 caracteres
source-u4u-reparole-in-us = USCIS, preguntas frecuentes sobre el nuevo parole de Unidos por Ucrania: el nuevo parole se pide desde dentro de Estados Unidos; salir del país termina el parole
source-guides-a-number = Guías de ayuda legal: un número A (A-Number) es la letra "A" y de 7 a 9 dígitos; se escribe con 9 dígitos, con ceros delante
source-guides-i94-number = Guías de ayuda legal: un número de I-94 tiene 11 caracteres (desde mayo de 2019, 9 dígitos, una letra y un dígito; antes, 11 dígitos)
source-ssa-ssn = Administración del Seguro Social: el número de Seguro Social (SSN) tiene 9 dígitos; nunca se dan el área 000, 666 ni 900-999, el grupo 00 ni la serie 0000
source-form-email = Formulario I-131 de USCIS (edición 01/20/25): una dirección de correo electrónico, que tiene una @ y un dominio
source-our-email-check = Nuestra comprobación: un correo electrónico tiene la forma nombre@dominio.tld
source-our-phone-check = Nuestra comprobación: un número de teléfono tiene 10 dígitos, o de 8 a 15 después de un + si es de otro país
source-form-filer-signs = Instrucciones del Formulario I-131 de USCIS (edición 01/20/25): si la solicitud es para otra persona, firma la Parte 10 quien la presenta
source-cfr-each-applicant-signs = 8 CFR 103.2(a)(2): cada solicitante firma; el padre, la madre o el tutor legal puede firmar por un solicitante menor de 14 años
source-cfr-guardian-signs = 8 CFR 103.2(a)(2): el padre, la madre o el tutor legal puede firmar por un solicitante menor de 14 años
source-usual-parole-lengths = Duración usual del parole: humanitario, hasta 1 año (guías de ayuda legal); nuevo parole de ucranianos y afganos, hasta 2 años (USCIS); FRP, hasta 3 años (guías de ayuda legal)
source-guides-removal-ice = Guías de ayuda legal: quien está en un proceso de deportación o tiene una orden de deportación, por lo general pide el parole a ICE, no a USCIS
source-fr-chnv-frp-ended = Federal Register 2025-05128 (el parole de CHNV terminó el 24 de abril de 2025) y 2025-22744 (FRP terminó el 15 de diciembre de 2025; su parole, el 14 de enero de 2026)
source-fr-frp-exception = Resúmenes del Federal Register 2025-22744: el parole de FRP sigue si hay un Formulario I-485 pendiente presentado a más tardar el 15 de diciembre de 2025, o por una decisión caso por caso, hasta que decidan el I-485 o hasta la fecha de fin original
source-dhs-termination-notice = DHS puede terminar el parole con un aviso (8 CFR 212.5(e)). Nuestro consejo: quien recibe un aviso necesita ya un abogado o un representante acreditado. Ayuda gratis: la lista de proveedores de servicios legales gratuitos del Departamento de Justicia
source-guides-fee-waiver-paper = Guías de ayuda legal: quien pide que no le cobren la tarifa del I-131 (Formulario I-912) tiene que presentar la solicitud en papel
source-form-omb-approval = Formulario I-131, OMB No. 1615-0013, aprobado hasta el 06/30/2027
source-fee-adjustment-2027 = Se espera un ajuste de tarifas cerca del 1 de enero de 2027 (se cita un Formulario G-1055, edición 10/01/26); revise la tabla de tarifas
source-uscis-evidence-identity = Guía de USCIS sobre pruebas para el parole humanitario: documentos de identidad del peticionario, del beneficiario y de quien dé apoyo financiero
source-uscis-evidence-citizenship = Guía de USCIS sobre pruebas para el parole humanitario: una identificación oficial vigente del beneficiario que muestre su ciudadanía
source-hrf-financial-support = Human Rights First, "I was paroled in the United States" (en inglés): Formulario I-134, Declaración de Apoyo Financiero, para el parole inicial y, para el nuevo parole, uno nuevo con pruebas al día
source-guides-physician-letter = Guías de ayuda legal sobre el parole por motivos médicos: qué debe decir la carta del médico (diagnóstico, pronóstico, tratamiento y cuánto dura, por qué no está disponible en su país, costo y quién paga; para un nuevo parole, por qué no bastó el último período)
source-guides-return-trip = Guías de ayuda legal sobre el parole por motivos médicos: prueba de cómo se pagará el viaje de regreso, aparte de la carta del médico
source-guides-parental-consent = Guías de ayuda legal sobre el parole por motivos médicos de un menor: el consentimiento de los padres
source-cfr-translations = 8 CFR 103.2(b)(3): un documento en otro idioma necesita una traducción completa al inglés, certificada por el traductor
source-uscis-current-parole = USCIS pide a los ucranianos el I-94 y el permiso de trabajo con el nuevo parole; pedírselos a todos es conclusión nuestra
source-usc-fee-exemptions-case-by-case = 8 U.S.C. 1804(b): las exenciones de la tarifa de parole se deciden caso por caso, con pruebas
source-cfr-fee-waiver = 8 CFR 106.3: se puede pedir que no le cobren la tarifa (Formulario I-912) si recibe un beneficio público según sus ingresos, si los ingresos de su hogar son iguales o menores al 150% de la línea de pobreza federal, o si tiene dificultades económicas
source-fee-rule-2024 = Regla de tarifas de 2024 (Federal Register 2024-01427): I-131, $630 en papel y $580 por internet; que se aplica al parole es nuestra lectura: revise el Formulario G-1055
source-hr1-work-permit-fee = Tarifas de H.R. 1 (Federal Register 2025-13738): permiso de trabajo de una persona con parole, pedido con el nuevo parole, $275; no admite exención
source-inflation-work-permit-fee = Ajuste por inflación desde el 1 de enero de 2026 (Federal Register 2025-20622): permiso de trabajo de una persona con parole, pedido con el nuevo parole, $280; no admite exención
source-hr1-parole-fee = Tarifa de parole de H.R. 1 (90 FR 48317): $1,000 por cada parole que se concede, también por un nuevo parole; se cobra cuando se concede, por la cantidad vigente entonces (se ajusta cada año; la del año fiscal 2026 podría ser $1,020, sin confirmar)
source-usc-parole-fee-exemptions = 8 U.S.C. 1804(b): exenciones de la tarifa de parole, caso por caso; entre ellas, una emergencia médica cuando el tratamiento no se puede conseguir donde vive la persona, o pone su vida en peligro y no hay tiempo para una visa, y el padre, la madre o el tutor legal de ese menor
source-usc-parent-exemption = 8 U.S.C. 1804(b)(2): el padre, la madre o el tutor legal de un menor con una emergencia médica puede quedar exento de la tarifa de parole, en su propia solicitud
source-guides-young-child = Práctica de ayuda legal: el padre, la madre o el tutor legal pide el parole de un niño pequeño y firma por un niño menor de 14 años (8 CFR 103.2(a)(2))

source-guides-admit-until = Resúmenes de ayuda legal: el parole dura hasta la fecha "Admit Until" (en inglés) del I-94, ese día incluido; la presencia ilegal empieza el día siguiente
source-our-calendar-days = Deducción nuestra: ninguna fuente cambia estas fechas por fines de semana o días feriados, así que los días se cuentan en el calendario
source-uscis-ukraine-reparole = USCIS, página del nuevo parole para ciertos ciudadanos ucranianos y sus familiares directos (en inglés: "Re-Parole Process for Certain Ukrainian Citizens and Their Immediate Family Members")
source-hrf-ask-90-days = Human Rights First, "I was paroled in the United States" (en inglés): pida el nuevo parole al menos 90 días antes de que termine el parole (consejo; no encontramos una fecha límite oficial ni un primer día oficial)
source-uscis-early-filing = USCIS dice que pedirlo pronto baja el riesgo de que el parole y el permiso de trabajo venzan antes de una decisión (página de Ucrania); que esto vale para todos los programas es conclusión nuestra
source-uscis-afghan-reparole = USCIS, preguntas frecuentes sobre el nuevo parole de afganos (en inglés: "Afghan Re-Parole FAQs"): extensión caso por caso del parole y del EAD si hay un I-589 o un I-485 pendiente, presentado antes de que venciera el primer parole
source-no-program-window = No encontramos fechas propias para pedir el nuevo parole en los Puntos 10.D-10.I; vale el consejo general hasta que el aviso del programa diga otra cosa
source-fr-chnv-termination = Federal Register 2025-05128: fin de los procesos de parole para cubanos, haitianos, nicaragüenses y venezolanos (en inglés: "Termination of Parole Processes for Cubans, Haitians, Nicaraguans, and Venezuelans")
source-fr-frp-termination = Federal Register 2025-22744: fin de los procesos de parole por reunificación familiar (en inglés: "Termination of the Family Reunification Parole processes")
source-guides-i765-renewal = Resúmenes de ayuda legal sobre renovar con el Formulario I-765: pídalo hasta 180 días antes de que venza el permiso de trabajo (revise la página del I-765)
source-fr-frp-exception-first = Resúmenes del Federal Register 2025-22744: el parole de FRP sigue si hay un Formulario I-485 pendiente presentado a más tardar el 15 de diciembre de 2025, o por una decisión caso por caso, hasta que decidan el I-485 o hasta la fecha de fin original, lo que pase primero
source-dhs-termination-any-time = DHS puede terminar el parole en cualquier momento (8 CFR 212.5(e)). Nuestro consejo: quien recibe un aviso necesita ya un abogado o un representante acreditado. Ayuda gratis: la lista de proveedores de servicios legales gratuitos del Departamento de Justicia
source-usc-work-permit-validity = 8 U.S.C. 1809(a) (H.R. 1, Pub. L. 119-21): el permiso de trabajo de una persona con parole vale 1 año o lo que dure el parole, lo que sea más corto
source-form-part9-work-permit = Formulario I-131 (edición 01/20/25), Parte 9: el permiso de trabajo se pide junto con el nuevo parole; con 8 U.S.C. 1809(a), el permiso no puede durar más que el parole
