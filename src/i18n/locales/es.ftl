### Las palabras de la herramienta en español. Los ids no cambian: el código los usa; quien traduce
### cambia solo el texto después de "=". Los marcadores ({ $name }) se quedan.

## Idiomas y fechas (src/i18n)

lang-unknown = "{ $code }" no es un idioma de esta herramienta. Use { $known }.
item-word = Punto
# El nombre del mes dentro de una fecha.
month-in-date = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
date-long = { $day } de { $month } de { $year }

## ======== questions ========
### Las preguntas de la solicitud, sus secciones y opciones (src/form/catalogue), las preguntas y el
### resumen impreso como los muestra la página (src/form/describe.rs), y los países que la página
### sugiere (src/form/places.rs).
###
### El id de una pregunta sigue dónde va su respuesta en la solicitud: q-filer-name-familyName es
### filer.name.familyName. Su texto es la pregunta como la hace la página; .name es su nombre dentro
### de una frase (la revisión escribe "Escriba { name }.", "Revise { name }: ..."); .help, una ayuda
### corta debajo.

## Partes y Puntos del Formulario I-131 (src/form/catalogue/mod.rs), como los escribe USCIS en este idioma.
# Una Parte entera: "Parte 11". { $part } es su número.
q-form-part = Parte { $part }
# Un Punto: "Parte 2, Punto 23", "Parte 4, Punto 2.a".
q-form-item = Parte { $part }, Punto { $item }
# Varios Puntos: "Parte 1, Puntos 6-11", "Parte 1, Puntos 6.E / 10.I".
q-form-items = Parte { $part }, Puntos { $items }

## Las secciones de las preguntas, según las Partes del formulario (src/form/catalogue/mod.rs)
section-application = Parte 1. Qué está pidiendo
section-filer = Parte 2. Sus datos (quien pide)
section-beneficiary = Parte 2. La persona para quien pide el parole
section-biographics = Parte 3. Cómo es físicamente la persona que recibiría el parole
section-removal = Parte 4. Procesos y documentos de viaje anteriores
section-reason = Parte 8. Por qué se necesita el parole
section-workPermit = Parte 9. Permiso de trabajo
section-signature = Parte 10. Contacto y firma
section-helpers = Partes 11 y 12. Intérprete y quien preparó el formulario

## Parte 1: qué se pide (src/form/catalogue/application.rs)
q-application-paroleType = ¿Qué está pidiendo?
    .name = el tipo de solicitud (parole inicial o nuevo parole)
    .help = El parole inicial es para alguien que está fuera de EE. UU. El nuevo parole (re-parole) es otro período de parole para alguien que ya entró a EE. UU. con parole.
q-application-onBehalfOfSomeoneElse = ¿Pide el parole para otra persona?
    .name = decir si pide para usted o para otra persona
    .help = Conteste Sí si pide el parole para otra persona, por ejemplo su hijo o hija.
q-application-program = ¿Con qué programa?
    .name = el programa (o "Sin programa")
    .help = Para un nuevo parole, el programa del parole actual. Si no sabe, elija "Sin programa".
q-application-militaryRelation = ¿Qué es la persona que recibiría el parole para el militar?
    .name = la relación de la persona con el militar
q-application-programName = Nombre del programa
    .name = el nombre del programa
q-application-i130ReceiptNumber = Número de recibo del Formulario I-130 aprobado
    .name = el número de recibo del Formulario I-130 aprobado
q-application-agencyName = Nombre de la agencia federal de EE. UU. que lo refirió
    .name = el nombre de la agencia que lo refirió
q-application-agencyEmail = Correo oficial de la agencia que lo refiere (.gov o .mil)
    .name = el correo oficial de la agencia que lo refiere
q-application-taskForceRegistrationNumber = Número de registro del Task Force
    .name = el número de registro del Task Force
# "Admit Until" queda en inglés: son las palabras impresas en el I-94.
q-application-currentParoleExpires = Último día del parole actual
    .name = el último día del parole actual
    .help = La fecha "Admit Until" del I-94 (mes, día, año). La herramienta también calcula cuándo pedirlo.
q-application-frpException = ¿Presentó un Formulario I-485 a más tardar el 15 de diciembre de 2025 que sigue pendiente, o decidió el gobierno (DHS) que su parole de FRP sigue?
    .name = si una excepción hace que su parole de FRP siga
    .help = El gobierno (DHS) terminó el programa de Reunificación Familiar: su parole terminó el 14 de enero de 2026, salvo en estos casos. Entonces dura hasta que decidan el I-485 o hasta la fecha del I-94, lo que pase primero.
q-application-terminationNotice = ¿El gobierno (DHS) le mandó un aviso que termina su parole antes de tiempo?
    .name = si el gobierno (DHS) mandó un aviso que termina el parole antes de tiempo
    .help = Por ejemplo, una carta o un correo que dice que su parole terminó, o un I-94 en internet con una fecha más temprana. Si es Sí, hable primero con un abogado.
q-application-refugeeStatus = ¿Tiene estatus de refugiado, recibió parole como refugiado, o es residente permanente por haber sido refugiado?
    .name = decir si tiene estatus de refugiado
    .help = El parole humanitario no es estatus de refugiado.
q-application-filingMethod = ¿Cómo va a enviar el formulario?
    .name = si lo envía en papel o por internet
    .help = La tarifa es más baja por internet. Para pedir no pagar la tarifa, tiene que ser en papel.
q-application-feeWaiverRequested = ¿Va a pedir no pagar la tarifa del I-131 (exención, Formulario I-912)?
    .name = si pide no pagar la tarifa (exención)

## Parte 2: quien pide (src/form/catalogue/people.rs)
q-filer-name-familyName = Apellido(s)
    .name = su apellido
    .help = Como en su pasaporte.
q-filer-name-givenName = Nombre
    .name = su nombre
q-filer-name-middleName = Segundo nombre (si tiene)
    .name = su segundo nombre
q-filer-otherNames = Otros nombres que ha usado (hasta 3)
    .name = sus otros nombres
    .help = Por ejemplo, su apellido de soltera. Si son más de 3, van en la Parte 13.
q-filer-mailingAddress-inCareOf = A cargo de (si otra persona recibe el correo)
    .name = el nombre "a cargo de" de su dirección postal
q-filer-mailingAddress-street = Número y nombre de la calle
    .name = la calle (con número) de su dirección postal
q-filer-mailingAddress-unit = Apartamento, suite o piso (si hay)
    .name = el número de apartamento de su dirección postal
q-filer-mailingAddress-city = Ciudad o pueblo
    .name = la ciudad de su dirección postal
# Los ejemplos quedan en inglés: el formulario lleva el nombre del país en inglés.
q-filer-mailingAddress-country = País
    .name = el país de su dirección postal
    .help = Escríbalo en inglés, por ejemplo United States o Mexico.
q-filer-mailingAddress-state = Estado (dos letras, por ejemplo CA)
    .name = el estado de su dirección postal
q-filer-mailingAddress-zipCode = Código postal (ZIP)
    .name = el código postal (ZIP) de su dirección postal
q-filer-mailingAddress-province = Provincia o región (fuera de EE. UU.)
    .name = la provincia de su dirección postal
q-filer-mailingAddress-postalCode = Código postal (fuera de EE. UU.)
    .name = el código postal de su dirección postal
q-filer-physicalAddress = Vivo en otra dirección
    .name = la dirección donde vive
    .help = Marque esto si su dirección postal no es donde vive.
q-filer-physicalAddress-street = Número y nombre de la calle
    .name = la calle (con número) de la dirección donde vive
q-filer-physicalAddress-unit = Apartamento, suite o piso (si hay)
    .name = el número de apartamento de la dirección donde vive
q-filer-physicalAddress-city = Ciudad o pueblo
    .name = la ciudad de la dirección donde vive
q-filer-physicalAddress-country = País
    .name = el país de la dirección donde vive
    .help = Escríbalo en inglés, por ejemplo United States o Mexico.
q-filer-physicalAddress-state = Estado (dos letras, por ejemplo CA)
    .name = el estado de la dirección donde vive
q-filer-physicalAddress-zipCode = Código postal (ZIP)
    .name = el código postal (ZIP) de la dirección donde vive
q-filer-physicalAddress-province = Provincia o región (fuera de EE. UU.)
    .name = la provincia de la dirección donde vive
q-filer-physicalAddress-postalCode = Código postal (fuera de EE. UU.)
    .name = el código postal de la dirección donde vive
q-filer-aNumber = Número A (A-Number), si tiene
    .name = su número A (A-Number)
    .help = La letra A y de 7 a 9 números; está en el permiso de trabajo o en cartas de USCIS.
q-filer-countryOfBirth = País de nacimiento
    .name = su país de nacimiento
q-filer-countryOfCitizenship = País de nacionalidad
    .name = su país de nacionalidad
q-filer-sex = Sexo
    .name = su sexo
q-filer-dateOfBirth = Fecha de nacimiento
    .name = su fecha de nacimiento
q-filer-ssn = Número de Seguro Social de EE. UU. (si tiene)
    .name = su número de Seguro Social
q-filer-uscisOnlineAccountNumber = Número de cuenta en línea de USCIS (si tiene)
    .name = su número de cuenta en línea de USCIS
    .help = 12 números; está en su cuenta en línea de USCIS.
q-filer-classOfAdmission = Clase de admisión (en su I-94)
    .name = su clase de admisión (en su I-94)
    .help = Por ejemplo DT o UHP, como aparece en el I-94.
q-filer-i94Number = Número de I-94
    .name = su número de I-94
    .help = 11 caracteres. Puede conseguir su I-94 en i94.cbp.dhs.gov.
# "Admit Until" queda en inglés: son las palabras impresas en el I-94.
q-filer-i94Expires = Fecha en que vence el I-94 ("Admit Until")
    .name = la fecha en que vence su I-94
    .help = La misma fecha de la Parte 1, Punto 12.
q-filer-emedicalParoleeId = eMedical U.S. Parolee ID (si tiene)
    .name = su número eMedical U.S. Parolee ID

## Parte 2: la persona que recibiría el parole, cuando otra pide por ella (src/form/catalogue/people.rs)
q-beneficiary-name-familyName = Apellido(s)
    .name = el apellido de la persona para quien pide el parole
q-beneficiary-name-givenName = Nombre
    .name = el nombre de la persona para quien pide el parole
q-beneficiary-name-middleName = Segundo nombre (si tiene)
    .name = el segundo nombre de la persona para quien pide el parole
q-beneficiary-otherNames = Otros nombres que ha usado (hasta 3)
    .name = los otros nombres de la persona para quien pide el parole
q-beneficiary-dateOfBirth = Fecha de nacimiento
    .name = la fecha de nacimiento de la persona para quien pide el parole
q-beneficiary-countryOfBirth = País de nacimiento
    .name = el país de nacimiento de la persona para quien pide el parole
q-beneficiary-countryOfCitizenship = País de nacionalidad
    .name = el país de nacionalidad de la persona para quien pide el parole
q-beneficiary-daytimePhone = Teléfono durante el día (si tiene)
    .name = el teléfono de la persona para quien pide el parole
q-beneficiary-email = Correo electrónico (si tiene)
    .name = el correo electrónico de la persona para quien pide el parole
q-beneficiary-aNumber = Número A (A-Number), si tiene
    .name = el número A (A-Number) de la persona para quien pide el parole
q-beneficiary-mailingAddressSameAsFiler = ¿Esta persona recibe el correo en su dirección postal?
    .name = si la persona para quien pide el parole recibe el correo en su dirección postal
    .help = Por ejemplo, su hijo o hija que vive con usted. Si es Sí, su dirección postal se escribe también para esa persona en el formulario, sin escribirla otra vez.
q-beneficiary-mailingAddress-inCareOf = A cargo de (si otra persona recibe el correo)
    .name = el nombre "a cargo de" de la dirección postal de la persona para quien pide el parole
q-beneficiary-mailingAddress-street = Número y nombre de la calle
    .name = la calle (con número) de la dirección postal de la persona para quien pide el parole
q-beneficiary-mailingAddress-unit = Apartamento, suite o piso (si hay)
    .name = el número de apartamento de la dirección postal de la persona para quien pide el parole
q-beneficiary-mailingAddress-city = Ciudad o pueblo
    .name = la ciudad de la dirección postal de la persona para quien pide el parole
q-beneficiary-mailingAddress-country = País
    .name = el país de la dirección postal de la persona para quien pide el parole
    .help = Escríbalo en inglés, por ejemplo United States o Mexico.
q-beneficiary-mailingAddress-state = Estado (dos letras, por ejemplo CA)
    .name = el estado de la dirección postal de la persona para quien pide el parole
q-beneficiary-mailingAddress-zipCode = Código postal (ZIP)
    .name = el código postal (ZIP) de la dirección postal de la persona para quien pide el parole
q-beneficiary-mailingAddress-province = Provincia o región (fuera de EE. UU.)
    .name = la provincia de la dirección postal de la persona para quien pide el parole
q-beneficiary-mailingAddress-postalCode = Código postal (fuera de EE. UU.)
    .name = el código postal de la dirección postal de la persona para quien pide el parole
q-beneficiary-physicalAddress = Vive en otra dirección
    .name = la dirección donde vive la persona para quien pide el parole
q-beneficiary-physicalAddress-street = Número y nombre de la calle
    .name = la calle (con número) de la dirección donde vive la persona para quien pide el parole
q-beneficiary-physicalAddress-unit = Apartamento, suite o piso (si hay)
    .name = el número de apartamento de la dirección donde vive la persona para quien pide el parole
q-beneficiary-physicalAddress-city = Ciudad o pueblo
    .name = la ciudad de la dirección donde vive la persona para quien pide el parole
q-beneficiary-physicalAddress-country = País
    .name = el país de la dirección donde vive la persona para quien pide el parole
    .help = Escríbalo en inglés, por ejemplo United States o Mexico.
q-beneficiary-physicalAddress-state = Estado (dos letras, por ejemplo CA)
    .name = el estado de la dirección donde vive la persona para quien pide el parole
q-beneficiary-physicalAddress-zipCode = Código postal (ZIP)
    .name = el código postal (ZIP) de la dirección donde vive la persona para quien pide el parole
q-beneficiary-physicalAddress-province = Provincia o región (fuera de EE. UU.)
    .name = la provincia de la dirección donde vive la persona para quien pide el parole
q-beneficiary-physicalAddress-postalCode = Código postal (fuera de EE. UU.)
    .name = el código postal de la dirección donde vive la persona para quien pide el parole
q-beneficiary-classOfAdmission = Clase de admisión (en el I-94)
    .name = la clase de admisión de la persona para quien pide el parole (en el I-94)
q-beneficiary-i94Number = Número de I-94
    .name = el número de I-94 de la persona para quien pide el parole
    .help = 11 caracteres; está en i94.cbp.dhs.gov.

## Parte 3: cómo es físicamente la persona (src/form/catalogue/background.rs)
q-biographics-ethnicity = Origen étnico
    .name = el origen étnico
q-biographics-race = Raza (una o más)
    .name = la raza
q-biographics-heightFeet = Estatura: pies
    .name = la estatura (pies)
    .help = Por ejemplo 5 pies y 4 pulgadas. También puede escribir centímetros, como 163 cm: el asistente lo pasa a pies y pulgadas.
q-biographics-heightInches = Estatura: pulgadas
    .name = la estatura (pulgadas)
q-biographics-weightPounds = Peso en libras
    .name = el peso (libras)
    .help = También puede escribir kilos, como 15 kg: el asistente lo pasa a libras.
q-biographics-eyeColor = Color de ojos
    .name = el color de ojos
q-biographics-hairColor = Color de pelo
    .name = el color de pelo

## Parte 4: procesos y documentos de viaje anteriores (src/form/catalogue/background.rs)
q-removalProceedings = ¿La persona para quien pide el parole ha estado alguna vez en un proceso de exclusión, deportación, expulsión o rescisión?
    .name = decir si la persona para quien pide el parole estuvo alguna vez en un proceso de deportación
    .help = También si tiene una orden de deportación. Si es Sí, hable primero con un abogado.
q-previousDocuments-reentryPermit = ¿La persona para quien pide el parole recibió alguna vez un Permiso de Reingreso o un Documento de Viaje de Refugiado?
    .name = decir si alguna vez recibió un permiso de reingreso o un documento de viaje de refugiado
q-previousDocuments-reentryPermitIssued = Fecha en que se emitió el último
    .name = la fecha del último permiso de reingreso o documento de viaje de refugiado
q-previousDocuments-reentryPermitDisposition = Qué pasó con él (adjunto, perdido, robado, dañado, todavía lo tengo...)
    .name = qué pasó con el último permiso de reingreso o documento de viaje de refugiado
q-previousDocuments-advanceParole = ¿La persona para quien pide el parole recibió alguna vez un Documento de Permiso Adelantado (Advance Parole)?
    .name = decir si alguna vez recibió un documento de Advance Parole
    .help = Es un documento para salir de EE. UU. y regresar. El I-94 o una aprobación de parole no lo son.
q-previousDocuments-advanceParoleIssued = Fecha en que se emitió el último
    .name = la fecha del último documento de Advance Parole
q-previousDocuments-advanceParoleDisposition = Qué pasó con él (adjunto, perdido, robado, dañado, todavía lo tengo...)
    .name = qué pasó con el último documento de Advance Parole

## Parte 8: por qué se necesita el parole (src/form/catalogue/background.rs)
q-reason-category = ¿Qué tipo de motivo es?
    .name = el tipo de motivo (médico, familiar, legal, beneficio público u otro)
    .help = La herramienta lo usa para la lista de documentos. No es una casilla del formulario.
q-reason-treatmentAvailableAtHome = ¿La persona puede recibir el tratamiento que necesita en el país donde vive (o donde vivía antes de venir a EE. UU.)?
    .name = si el tratamiento está disponible en el país de la persona
    .help = Si es No, la persona podría no pagar la tarifa de parole. La carta del médico debe decir por qué.
q-reason-lifeThreateningEmergency = ¿La vida de la persona está en peligro, sin tiempo para pedir una visa?
    .name = si es una emergencia que pone la vida en peligro, sin tiempo para una visa
    .help = Si es Sí, la persona podría no pagar la tarifa de parole.
q-reason-parentOfMinorPatient = ¿La persona que recibiría el parole es el padre, la madre o el tutor legal de un niño (menor de 18 años) que necesita parole por motivos médicos?
    .name = si la persona es el padre, la madre o el tutor de un niño que necesita parole por motivos médicos
    .help = Por ejemplo, una madre que pide parole para quedarse con su hijo durante el tratamiento. Podría no pagar la tarifa de parole.
q-reason-otherFeeExemptions = ¿Alguna de estas situaciones es la de la persona que recibiría el parole? (Elija todas las que apliquen, o ninguna.)
    .name = otras razones por las que la persona podría no pagar la tarifa de parole
    .help = La ley exime de la tarifa de parole a estas personas, caso por caso (8 U.S.C. 1804(b)).
q-reason-explanation = ¿Por qué se necesita el parole, y por qué por ese tiempo?
    .name = el motivo del parole
    .help = El motivo humanitario urgente o el beneficio público importante, y por qué por ese tiempo. Para un nuevo parole, diga también por qué el período anterior no fue suficiente. El espacio es pequeño: lo que no quepa va en la Parte 13 o en una hoja aparte.
q-reason-lengthOfStay-value = ¿Cuánto tiempo piensa quedarse?
    .name = el tiempo que la persona piensa quedarse
q-reason-lengthOfStay-unit = Días, semanas, meses o años
    .name = decir si el tiempo de estadía es en días, semanas, meses o años
q-reason-expectedArrival = Fecha en que la persona piensa llegar
    .name = la fecha en que la persona piensa llegar
q-reason-consulate = Ciudad y país de la embajada o consulado de EE. UU. para el documento de viaje
    .name = el lugar (ciudad y país) de la embajada o el consulado de EE. UU.

## Parte 9: el permiso de trabajo (src/form/catalogue/background.rs)
q-workPermit = ¿Quiere un permiso de trabajo (EAD) si le dan el nuevo parole?
    .name = decir si quiere un permiso de trabajo en caso de que le den el nuevo parole
    .help = Así no tiene que enviar otro Formulario I-765. Tiene una tarifa.

## Parte 10: contacto y firma (src/form/catalogue/signing.rs)
q-contact-daytimePhone = Su teléfono durante el día
    .name = su teléfono durante el día
q-contact-mobilePhone = Su celular (si tiene)
    .name = su teléfono celular
q-contact-email = Su correo electrónico (si tiene)
    .name = su correo electrónico
q-signature-signerRole = ¿Quién firma el formulario?
    .name = decir quién firma el formulario
    .help = Firma la Parte 10 quien presenta el formulario, a mano y con tinta negra. Si pide por su hijo, firma usted, no el niño. Solo si quien pide para sí tiene menos de 14 años puede firmar por él su padre, su madre o su tutor legal.
q-signature-date = Fecha de la firma
    .name = la fecha de la firma

## Partes 11 y 12: intérprete y quien preparó el formulario (src/form/catalogue/signing.rs)
q-interpreter-used = ¿Le ayudó un intérprete a leer el formulario?
    .name = si le ayudó un intérprete
    .help = Si usted no lee inglés, un intérprete debe firmar la Parte 11.
q-interpreter-name-familyName = Apellido(s)
    .name = el apellido del intérprete
q-interpreter-name-givenName = Nombre
    .name = el nombre del intérprete
q-interpreter-business = Empresa u organización (si hay)
    .name = la organización del intérprete
# El ejemplo queda en inglés ("Spanish"): la respuesta va en el formulario, en inglés.
q-interpreter-language = Idioma que interpretó (por ejemplo Spanish)
    .name = el idioma que usó el intérprete
q-interpreter-daytimePhone = Teléfono durante el día
    .name = el teléfono del intérprete
q-interpreter-email = Correo electrónico (si tiene)
    .name = el correo electrónico del intérprete
q-interpreter-signatureDate = Fecha en que firma
    .name = la fecha en que firmó el intérprete
q-preparer-used = ¿Otra persona llenó el formulario por usted?
    .name = si otra persona preparó el formulario
    .help = Por ejemplo, alguien de una oficina de ayuda legal. Esa persona firma la Parte 12.
q-preparer-name-familyName = Apellido(s)
    .name = el apellido de quien preparó el formulario
q-preparer-name-givenName = Nombre
    .name = el nombre de quien preparó el formulario
q-preparer-business = Empresa u organización (si hay)
    .name = la organización de quien preparó el formulario
q-preparer-daytimePhone = Teléfono durante el día
    .name = el teléfono de quien preparó el formulario
q-preparer-email = Correo electrónico (si tiene)
    .name = el correo electrónico de quien preparó el formulario
q-preparer-signatureDate = Fecha en que firma
    .name = la fecha en que firmó quien preparó el formulario

## Las opciones de las preguntas de opciones (src/form/catalogue/choices.rs): choice-<lista>-<valor>
choice-parole-type-initial = Parole inicial, para alguien que está fuera de EE. UU. (Puntos 6-7)
choice-parole-type-reparole = Nuevo parole (re-parole): otro período para alguien que entró a EE. UU. con parole (Puntos 10-11)
choice-military-relation-serviceMember = Militar de EE. UU., en servicio o veterano
choice-military-relation-family = Familia de un militar o veterano de EE. UU. (cónyuge, hijo o hija; para el parole en el lugar militar, también padre o madre)
choice-military-relation-guardian = Tutor legal o sustituto de un militar o veterano de EE. UU. (no para el parole en el lugar militar)
choice-filing-method-paper = En papel, por correo
choice-filing-method-online = Por internet, con una cuenta de USCIS
choice-sex-male = Masculino
choice-sex-female = Femenino
choice-ethnicity-hispanicOrLatino = Hispano o latino
choice-ethnicity-notHispanicOrLatino = Ni hispano ni latino
choice-race-americanIndianOrAlaskaNative = Indígena de las Américas o nativo de Alaska
choice-race-asian = Asiático
choice-race-black = Negro o afroamericano
choice-race-nativeHawaiianOrPacificIslander = Nativo de Hawái o de otras islas del Pacífico
choice-race-white = Blanco
choice-eye-color-black = Negro
choice-eye-color-blue = Azul
choice-eye-color-brown = Café
choice-eye-color-gray = Gris
choice-eye-color-green = Verde
choice-eye-color-hazel = Color avellana
choice-eye-color-maroon = Granate
choice-eye-color-pink = Rosado
choice-eye-color-unknown = No se sabe u otro
choice-hair-color-bald = Calvo (sin pelo)
choice-hair-color-black = Negro
choice-hair-color-blond = Rubio
choice-hair-color-brown = Café
choice-hair-color-gray = Canoso (gris)
choice-hair-color-red = Pelirrojo
choice-hair-color-sandy = Rubio oscuro
choice-hair-color-white = Blanco
choice-hair-color-unknown = No se sabe u otro
choice-reason-medical = Tratamiento médico o una emergencia médica
choice-reason-family = Para estar con la familia o cuidarla
choice-reason-legal = Un juicio o trámite legal
choice-reason-publicBenefit = Un beneficio público importante
choice-reason-other = Otro motivo
choice-stay-unit-days = Días
choice-stay-unit-weeks = Semanas
choice-stay-unit-months = Meses
choice-stay-unit-years = Años
choice-signer-self = Pido para mí y firmo yo
choice-signer-parent = El padre o la madre de la persona que recibiría el parole (pide por ella, o firma por alguien menor de 14 años)
choice-signer-legalGuardian = El tutor legal de la persona que recibiría el parole (pide por ella, o firma por alguien menor de 14 años)
choice-signer-otherRequester = Otra persona que pide por ella (un familiar, alguien que la apoya)
choice-fee-exemption-organDonor = Donante de órganos o tejidos, sin tiempo para una visa
choice-fee-exemption-familyMemberDying = Un familiar cercano en EE. UU. está por morir
choice-fee-exemption-funeral = Para ir al funeral de un familiar cercano
choice-fee-exemption-adoptedChildMedical = Un hijo adoptado con un problema médico urgente
choice-fee-exemption-adjustmentApplicant = Pidió la residencia (ajuste de estatus) y vuelve de un viaje corto
choice-fee-exemption-immigrationHearing = Devuelto a México o Canadá, entra para una audiencia de inmigración
choice-fee-exemption-cubanHaitianEntrant = Entrante cubano o haitiano (Cuban/Haitian entrant)
choice-fee-exemption-lawEnforcement = Ayuda a las autoridades de EE. UU.
# Entre las dos casillas de un programa en el formulario, después de su nombre: "Parole para Veteranos Filipinos de la Segunda Guerra Mundial (6.A o 10.D)".
choice-program-items = { $initial } o { $reparole }

## El resumen impreso de las respuestas (src/form/describe.rs)
q-answer-yes = Sí
q-answer-no = No
# El Punto 24 contestado Sí (la persona recibe el correo en la dirección postal de quien pide), sin esa dirección todavía.
q-answer-same-mailing-address = Sí: la misma dirección postal de quien presenta el formulario
# Lo mismo, con esa dirección en una línea tal como se escribió ({ $address }: "3020 Children's Way, San Diego, CA 92123, United States").
q-answer-same-mailing-address-at = Sí: la misma dirección postal de quien presenta el formulario ({ $address })

## Países (src/form/places.rs)
# El nombre de cada país en este idioma: la página lo sugiere junto al nombre en inglés que lleva el
# formulario, y la revisión lo reconoce (y da el nombre en inglés). .also da otras formas de
# escribirlo, separadas por comas; cada idioma tiene su propio .also o ninguno. Los ids siguen el nombre en inglés, que va en el formulario.
country-afghanistan = Afganistán
country-algeria = Argelia
country-argentina = Argentina
country-armenia = Armenia
country-azerbaijan = Azerbaiyán
country-bahamas = Bahamas
country-bangladesh = Bangladés
country-barbados = Barbados
country-belarus = Bielorrusia
country-belize = Belice
country-bolivia = Bolivia
country-brazil = Brasil
country-burkina-faso = Burkina Faso
country-cameroon = Camerún
country-canada = Canadá
country-chad = Chad
country-chile = Chile
country-china = China
country-colombia = Colombia
country-costa-rica = Costa Rica
country-cuba = Cuba
country-democratic-republic-of-the-congo = República Democrática del Congo
    .also = Congo
country-dominica = Dominica
country-dominican-republic = República Dominicana
country-ecuador = Ecuador
country-egypt = Egipto
country-el-salvador = El Salvador
country-eritrea = Eritrea
country-ethiopia = Etiopía
country-france = Francia
country-georgia = Georgia
country-germany = Alemania
country-ghana = Ghana
country-guatemala = Guatemala
country-guinea = Guinea
country-guyana = Guyana
country-haiti = Haití
country-honduras = Honduras
country-india = India
country-iran = Irán
country-iraq = Irak
country-israel = Israel
country-italy = Italia
country-jamaica = Jamaica
country-japan = Japón
country-jordan = Jordania
country-kazakhstan = Kazajistán
country-kyrgyzstan = Kirguistán
country-lebanon = Líbano
country-mauritania = Mauritania
country-mexico = México
country-moldova = Moldavia
country-morocco = Marruecos
country-myanmar = Myanmar
country-nepal = Nepal
country-nicaragua = Nicaragua
country-nigeria = Nigeria
country-pakistan = Pakistán
country-panama = Panamá
country-paraguay = Paraguay
country-peru = Perú
country-philippines = Filipinas
country-poland = Polonia
country-portugal = Portugal
country-russia = Rusia
country-senegal = Senegal
country-somalia = Somalia
country-south-africa = Sudáfrica
country-south-korea = Corea del Sur
    .also = Corea
country-south-sudan = Sudán del Sur
country-spain = España
country-sri-lanka = Sri Lanka
country-sudan = Sudán
country-suriname = Surinam
country-syria = Siria
country-tajikistan = Tayikistán
country-trinidad-and-tobago = Trinidad y Tobago
country-turkey = Turquía
country-ukraine = Ucrania
country-united-kingdom = Reino Unido
country-united-states = Estados Unidos
    .also = EE. UU., Estados Unidos de América
country-uruguay = Uruguay
country-uzbekistan = Uzbekistán
country-venezuela = Venezuela
country-vietnam = Vietnam
country-yemen = Yemen

## ======== check ========

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

## ======== windows ========

## Los programas de parole de la Parte 1 (src/program.rs)

# El nombre de un programa sin su Punto, en la lista de la calculadora y en las opciones del
# formulario. Los nombres oficiales en inglés ("Uniting for Ukraine") se quedan en inglés.
program-name-general = Sin programa (parole humanitario)
program-name-filipino-wwii-veterans = Parole para Veteranos Filipinos de la Segunda Guerra Mundial
program-name-military-members-and-veterans = Iniciativa para Militares y Veteranos Inmigrantes
program-name-intergovernmental-referral = Referido por otra agencia del gobierno
program-name-family-reunification-task-force = Grupo de Trabajo para la Reunificación de Familias
program-name-frp = Reunificación Familiar, FRP (ya terminó)
program-name-afghan = Personas de Afganistán con parole desde el 31 de julio de 2021
program-name-ukraine = Personas de Ucrania (Uniting for Ukraine)
program-name-central-american-minors = Menores Centroamericanos, CAM
program-name-military-parole-in-place = Parole en el lugar para militares y sus familias
program-name-chnv = Cuba, Haití, Nicaragua, Venezuela, CHNV (ya terminó; se escribe en Otro)
program-name-other = Otro programa
# Los ids que se pueden escribir, en una lista: $rest es "general, frp, afghan, ..." (ids, no se
# traducen), $last el último id ("other"), $last_initial su primera letra: "u" en vez de "o"
# antes de una palabra que empieza por "o".
program-id-list = { $rest } { $last_initial ->
    [o] u
   *[other] o
} { $last }
# $ids: la lista de ids de programas (program-id-list).
program-missing = Elija el programa de su parole actual ({ $ids }).
# $id: lo que escribió la persona; $ids: la lista de ids de programas (program-id-list).
program-unknown = "{ $id }" no es un programa que la herramienta conozca. Use { $ids }.

## Fechas como las escribe la gente (src/date.rs)
# El final de una frase: la página pone antes el nombre de la fecha ("Revise la fecha de nacimiento: ").

date-empty = está vacía.
date-format = escríbala como año-mes-día, por ejemplo 2027-03-31.
# $part: la casilla de la fecha que está mal.
date-missing-part = { $part ->
    [year] falta el año.
    [month] falta el mes.
   *[day] falta el día.
}
# $part: la casilla de la fecha que está mal.
date-not-a-number = { $part ->
    [year] escriba el año solo con números.
    [month] escriba el mes solo con números.
   *[day] escriba el día solo con números.
}
# $month: el número escrito.
date-no-such-month = no existe el mes { $month }. El mes es un número del 1 al 12.
# $month: el nombre del mes (month-in-date); $year: el año escrito; $days: cuántos días tiene ese
# mes (un número); $day: el día escrito.
date-no-such-day = { $month } de { $year } tiene { $days } días, así que no existe el día { $day }.
date-short-year = el año lleva 4 números, como 2027.
date-too-far-past = esta fecha es demasiado antigua (antes de 1900). Revise el año.
date-too-far-future = esta fecha está demasiado lejos en el futuro (después de 2200). Revise el año.

## La cuenta de las fechas para renovar, paso a paso (src/windows/explain.rs)
# Cada texto es una línea de la explicación. $ends, $first, $date, $today: fechas escritas
# (date-long). $days: un número de días. "Admit Until" está en inglés en el I-94: se queda así.

win-free-help = Ayuda gratis o de bajo costo: la lista de proveedores de servicios legales gratuitos del Departamento de Justicia (justice.gov/eoir/list-pro-bono-legal-service-providers) o immigrationlawhelp.org (tiene información en español).
win-last-day-on-i94 = Su I-94 dice que su parole termina el { $ends }.
win-last-day-past = Su parole terminó el { $ends }. Era la fecha "Admit Until" de su I-94. Ese día todavía contaba.
win-last-day = Su parole termina el { $ends }. Es la fecha "Admit Until" de su I-94. Ese día todavía cuenta.
# $first: el primer día para pedirlo, $days días antes de $ends.
win-ukraine-earliest = USCIS dice que las personas de Ucrania (Parte 1, Punto 10.C) no deben pedir un nuevo parole (re-parole) más de { $days } días antes de esa fecha. { $days } días antes del { $ends } es el { $first }. Si lo pide antes, pueden rechazar su solicitud y no le devuelven la tarifa que pagó.
# Va antes de win-file-by-advice cuando ninguna fuente da un primer día.
win-no-official-start = No encontramos un primer día oficial para pedir un nuevo parole (re-parole).
# $date: el último día aconsejado, $days días antes de $ends.
win-file-by-advice = Consejo (no es una regla de USCIS): pídalo por lo menos { $days } días antes de que termine su parole. { $days } días antes del { $ends } es el { $date }.
win-not-extended-while-pending = Su parole no se alarga mientras espera la respuesta. Por eso es más seguro pedirlo pronto.
win-afghan-extension-by-notice = Si pidió asilo (Formulario I-589) o la residencia permanente o green card (Formulario I-485) antes de que terminara su primer parole, USCIS puede alargar su parole y su permiso de trabajo por correo, hasta por 2 años.
win-other-program-notice = No encontramos fechas especiales para su programa. Revise el aviso de su programa o pregunte en una oficina de ayuda legal.
# Programas terminados. $program_ended: el día en que DHS terminó el programa; $parole_ended: el
# último día del parole de ese programa.
-win-chnv = el programa de parole CHNV (Cuba, Haití, Nicaragua y Venezuela)
-win-frp = el programa de Reunificación Familiar (FRP)
win-frp-exceptions = Hay excepciones: un Formulario I-485 (para pedir la residencia permanente o green card) presentado a más tardar el 15 de diciembre de 2025 que todavía está pendiente, o una decisión del gobierno (DHS) sobre su caso, hacen que el parole siga. Si es su caso, dígalo y la herramienta calcula sus fechas.
# El parole del programa ya terminó (hoy es después de $parole_ended).
win-chnv-terminated = Pero el gobierno (DHS) terminó { -win-chnv } el { $program_ended }: el parole de ese programa terminó a más tardar el { $parole_ended }. No se puede pedir un nuevo parole por este programa.
win-frp-terminated = Pero el gobierno (DHS) terminó { -win-frp } el { $program_ended }: el parole de ese programa terminó a más tardar el { $parole_ended }. { win-frp-exceptions } No se puede pedir un nuevo parole por este programa.
# El parole del programa todavía no terminó.
win-chnv-ending = El gobierno (DHS) terminó { -win-chnv } el { $program_ended }: el parole de ese programa termina a más tardar el { $parole_ended }.
win-frp-ending = El gobierno (DHS) terminó { -win-frp } el { $program_ended }: el parole de ese programa termina a más tardar el { $parole_ended }. { win-frp-exceptions }
win-frp-exception = El gobierno (DHS) terminó el programa de Reunificación Familiar (FRP), pero usted dijo que tiene una excepción (un Formulario I-485 presentado a más tardar el 15 de diciembre de 2025 que todavía está pendiente, o una decisión sobre su caso). Entonces su parole dura hasta que decidan el I-485 o hasta el { $ends }, lo que pase primero.
win-termination-notice = Usted dijo que el gobierno (DHS) le mandó un aviso que termina su parole antes de tiempo. Entonces su parole puede terminar antes del { $ends }, la fecha de su I-94. Hable ya con un abogado de inmigración o un representante acreditado: no espere ninguna fecha. { win-free-help }
win-calendar-days = Contamos todos los días del calendario, también los fines de semana y los días feriados.
# $first: el primer día para pedir la renovación, $days días antes de $ends.
win-ead-earliest = Su permiso de trabajo (EAD, categoría (c)(11)) vence el { $ends }. Puede pedir la renovación desde { $days } días antes de esa fecha. { $days } días antes del { $ends } es el { $first }.
# El límite de la ley para el permiso de trabajo de una persona con parole; le sigue una de las
# tres frases siguientes.
win-ead-validity = Por ley, el permiso de trabajo de una persona con parole dura 1 año como máximo, y nunca más que el parole (8 U.S.C. 1809(a)).
win-ead-validity-no-parole = Escriba la fecha en que termina su parole para ver las dos fechas juntas.
# $permit_ends: la fecha del permiso; $parole_ends: el último día del parole, antes.
win-ead-outlasts-parole = Su permiso dice { $permit_ends }, después de que termina su parole el { $parole_ends }: no puede durar más que el parole, así que cuente con que termina también el { $parole_ends }.
win-ead-opens-after-parole = Las fechas para renovar empiezan después de que termina su parole el { $parole_ends }: no puede esperarlas. Pida un nuevo parole (re-parole) y el permiso de trabajo en la Parte 9.
win-ead-needs-reparole = Para seguir trabajando después de que termine su parole, primero necesita un nuevo parole. Pida el permiso de trabajo nuevo en la Parte 9 de su solicitud de nuevo parole (Formulario I-131): si manda aparte un Formulario I-765 cuando su parole está por terminar, puede perder lo que pagó.
# Le sigue en la misma línea uno de los textos win-count.
win-today-is = Hoy es { $today }.
# $days: los días que faltan hasta el último día (1 o más).
win-count-left-reparole = { $days ->
    [one] Falta { $days } día para que termine su parole.
   *[other] Faltan { $days } días para que termine su parole.
}
win-count-left-ead = { $days ->
    [one] Falta { $days } día para que venza su permiso de trabajo.
   *[other] Faltan { $days } días para que venza su permiso de trabajo.
}
win-count-last-day-reparole = Hoy es el último día de su parole.
win-count-last-day-ead = Hoy es el último día de su permiso de trabajo.
# $days: los días desde el último día (1 o más).
win-count-ended-reparole = { $days ->
    [one] Su parole terminó hace { $days } día.
   *[other] Su parole terminó hace { $days } días.
}
win-count-ended-ead = { $days ->
    [one] Su permiso de trabajo venció hace { $days } día.
   *[other] Su permiso de trabajo venció hace { $days } días.
}
# La última línea: dónde cae hoy. $date: el primer día para pedirlo (muy pronto) o el último día
# aconsejado (ya puede).
win-status-too-early = Todavía no lo pida: es muy pronto. Espere hasta el { $date }.
win-status-open-reparole = Ya puede pedirlo. Trate de pedirlo a más tardar el { $date }.
win-status-open-ead = Ya puede pedir la renovación.
win-status-file-now = Ya pasó la fecha aconsejada. Pídalo lo antes posible.
win-status-expired-reparole = Su parole ya terminó. Hable hoy mismo con un abogado de inmigración o un representante acreditado. { win-free-help }
win-status-expired-ead = Su permiso de trabajo ya venció. Pregunte a un abogado de inmigración o a un representante acreditado qué hacer.
win-status-terminated = Hable hoy mismo con un abogado de inmigración o un representante acreditado sobre otras opciones.
win-status-ended-by-notice = No hay fechas que contar en su caso: primero busque ayuda legal.

## Las fechas en texto, para la terminal (src/windows/explain.rs, `--format text`)

# Dónde cae hoy, en pocas palabras.
win-label-too-early = es muy pronto para pedirlo
win-label-open = ya puede pedirlo
win-label-file-now = pídalo ya: pasó la fecha aconsejada
win-label-expired = ya terminó
win-label-terminated = el programa terminó
win-label-ended-by-notice = terminado por un aviso de DHS: busque ayuda legal
# $program: el nombre del programa con su Punto (program-name-*).
win-summary-title-reparole = Fechas para pedir un nuevo parole: { $program }
win-summary-title-ead = Fechas para renovar el permiso de trabajo (EAD)
# Los nombres de las filas de la tabla; cada uno va seguido de dos puntos.
win-summary-today = Hoy
win-summary-last-day = Último día
win-summary-parole-ends = Fin del parole
win-summary-first-day = Primer día para pedirlo
win-summary-ask-by = Pídalo a más tardar (consejo)
win-summary-status = Estado
win-summary-days-left = Días que faltan
win-summary-sources = Fuentes
# Las etiquetas antes de cada fuente, entre corchetes.
win-summary-official = oficial
win-summary-advice = consejo
win-summary-notice = Esto no es asesoría legal. Hable con un abogado de inmigración o un representante acreditado.

## El dibujo de las fechas, un SVG (src/windows/timeline.rs)

timeline-title = Cuándo pedirlo: una línea de tiempo
# Para lectores de pantalla; le siguen las explicaciones de las filas.
timeline-description = Las fechas de cada período, en palabras:
# El nombre de una fila.
timeline-reparole = Nuevo parole
timeline-ead = Permiso de trabajo
# Las etiquetas de las marcas, bajo la línea. $date: la fecha escrita.
timeline-today = Hoy: { $date }
timeline-opens = Primer día para pedirlo: { $date }
timeline-file-by = Pídalo antes de (consejo): { $date }
timeline-last-day = Último día: { $date }
timeline-permit-ends = Vence el permiso: { $date }

## Recordatorios de calendario, un archivo .ics (src/calendar.rs)
# Cada evento tiene un título (el mensaje) y una .description. $ends: el último día del parole o
# del permiso de trabajo, escrito.

cal-reparole-opens = Nuevo parole: desde hoy puede pedirlo
    .description = Desde hoy puede enviar el Formulario I-131 para pedir un nuevo parole (re-parole). Su parole termina el { $ends }.
# $days: cuántos días antes del final dice el consejo que lo pida (un número).
cal-reparole-file-by = Nuevo parole: pídalo a más tardar hoy (consejo)
    .description = Consejo (no es una regla de USCIS): pida el nuevo parole por lo menos { $days } días antes de que termine su parole, el { $ends }.
cal-reparole-ends = Último día de su parole (I-94)
    .description = Hoy es el último día de su parole (la fecha "Admit Until" de su I-94). Si no ha pedido un nuevo parole, hable con un abogado de inmigración o un representante acreditado.
cal-ead-opens = Permiso de trabajo: desde hoy puede pedir la renovación
    .description = Desde hoy puede pedir la renovación de su permiso de trabajo. Vence el { $ends }. Un permiso nuevo necesita un nuevo parole: pídalo en la Parte 9 de su solicitud de nuevo parole (Formulario I-131).
cal-ead-ends = Hoy vence su permiso de trabajo
    .description = Hoy es el último día de su permiso de trabajo (EAD). Si no tiene uno nuevo, pregunte a un abogado de inmigración o a un representante acreditado qué hacer.
# Empieza la descripción del evento de un familiar. $name: el nombre de la persona.
cal-for-person = Para { $name }.
# Termina la descripción de cada evento.
cal-footer = Esto no es asesoría legal. Hecho con Parole Form Helper en su propio teléfono o computadora.
# Por qué no hay recordatorios. $program: el nombre corto del programa en mayúsculas ("CHNV",
# "FRP"); $date: el último día del parole de ese programa.
cal-program-ended = El gobierno (DHS) terminó el programa { $program }. El parole de ese programa terminó el { $date }, así que no hay fechas de nuevo parole para recordarle. Hable con un abogado de inmigración o un representante acreditado.
cal-nothing-ahead = Todas estas fechas ya pasaron. No hay nada que recordarle.
cal-ended-by-notice = El gobierno (DHS) le mandó un aviso que termina su parole antes de tiempo, así que no hay fechas que recordarle. Hable ya con un abogado de inmigración o un representante acreditado.
cal-no-window = No hay fechas de nuevo parole: la solicitud no es de nuevo parole, o no tiene la fecha en que termina el parole (Parte 1, Punto 12).

## ======== statement ========

## src/statement.rs: the statement builder's words on the page (Part 8, Item 1)

st-title = Ayúdeme a escribirlo
st-intro = Conteste lo que pueda: con sus respuestas se escriben frases cortas en inglés. Lo que usted escribe se copia tal cual, así que escríbalo en inglés.
st-english-title = El texto para la Parte 8, en inglés
st-read-back-title = Lo que dice, en español
st-empty = Conteste una pregunta y el texto aparecerá aquí.
st-use-text = Usar este texto en la Parte 8
st-confirm = El espacio de la Parte 8 ya tiene texto. ¿Agregar este texto debajo, o reemplazarlo? Reemplazar borra lo que hay ahora.
st-add-below = Agregar debajo
st-replace = Reemplazar
st-cancel = Cancelar
st-done = El texto ya está en la Parte 8. Léalo y cambie lo que no esté bien.

## src/statement.rs: the builder's questions and choices. The answers are typed in English (they go
## on the form as typed): the examples (.help) stay in English in every language.

st-q-relation = ¿Quién es para usted la persona que recibiría el parole?
st-q-relation-daughter = Mi hija
st-q-relation-son = Mi hijo
st-q-relation-other = Otra persona (el texto usa su nombre)
st-q-diagnosis = Diagnóstico, en inglés, como lo dice la carta del médico
    .help = Por ejemplo: short bowel syndrome
st-q-treatment = Tratamiento, y cada cuánto
    .help = Por ejemplo: IV nutrition 14 hours a day
st-q-hospital = Hospital o clínica, ciudad y médico
    .help = Por ejemplo: a children's hospital in San Diego
st-q-home = ¿Por qué no puede recibir este tratamiento en su país?
st-q-home-notAvailable = No está disponible allí
st-q-home-notAffordable = Cuesta demasiado, o queda demasiado lejos
st-q-home-unsafe = Existe, pero no es seguro llegar hasta allí
st-q-homeDetail = Más sobre por qué (opcional, en inglés)
st-q-stayValue = ¿Por cuánto tiempo necesita la atención médica?
st-q-stayUnit = Días, semanas, meses o años
st-q-stayUnit-days = Días
st-q-stayUnit-weeks = Semanas
st-q-stayUnit-months = Meses
st-q-stayUnit-years = Años
st-q-moreTime = ¿Por qué no fue suficiente el período anterior de parole?
st-q-moreTime-continues = El tratamiento continúa
st-q-moreTime-worse = Su estado de salud empeoró
st-q-moreTime-waiting = Espera una cirugía o un trasplante
st-q-moreTimeDetail = Más sobre el período anterior (opcional, en inglés)
st-q-payer = ¿Quién paga la atención médica?
st-q-payer-public = Un programa público de salud (como Medicaid o Medi-Cal)
st-q-payer-private = Un seguro médico privado
st-q-payer-family = La familia
st-q-payer-charity = Una organización benéfica o un programa del hospital
st-q-payer-other = Otro (escriba quién abajo)
st-q-payerDetail = Quién, o qué programa (opcional, en inglés)

## src/statement.rs: the statement read back (see the English file for what the sentences are given).
## Spanish leaves the subject out: the verb says who, and the sentences do not use st-read-subject.

st-read-subject =
    { $person ->
        [me] yo
        [she] ella
        [he] él
        [child] mi hijo o hija
        [someone] esta persona
       *[named] { $name }
    }
st-read-possessive =
    { $person ->
        [me] mi
       *[other] su
    }
st-read-noun =
    { $relation ->
        [daughter] mi hija { $name }
        [son] mi hijo { $name }
        [child] mi hijo o hija { $name }
       *[other] { $name }
    }
    .start =
        { $relation ->
            [daughter] Mi hija { $name }
            [son] Mi hijo { $name }
            [child] Mi hijo o hija { $name }
           *[other] { $name }
        }
st-read-noun-unnamed =
    { $relation ->
        [daughter] mi hija
        [son] mi hijo
        [child] mi hijo o hija
       *[other] esta persona
    }
    .start =
        { $relation ->
            [daughter] Mi hija
            [son] Mi hijo
            [child] Mi hijo o hija
           *[other] Esta persona
        }
st-read-home-country = { st-read-possessive } país
st-read-age-years =
    { $n ->
        [one] { $n } año
       *[other] { $n } años
    }
st-read-age-months =
    { $n ->
        [0] menos de 1 mes
        [one] { $n } mes
       *[other] { $n } meses
    }
st-read-stay-days =
    { $n ->
        [one] { $n } día
       *[other] { $n } días
    }
st-read-stay-weeks =
    { $n ->
        [one] { $n } semana
       *[other] { $n } semanas
    }
st-read-stay-months =
    { $n ->
        [one] { $n } mes
       *[other] { $n } meses
    }
st-read-stay-years =
    { $n ->
        [one] { $n } año
       *[other] { $n } años
    }

st-read-me-age-country = Tengo { $age } y soy de { $country }.
st-read-me-age = Tengo { $age }.
st-read-me-country = Soy de { $country }.
st-read-age-country = { $noun } tiene { $age } y es de { $country }.
st-read-age = { $noun } tiene { $age }.
st-read-country = { $noun } es de { $country }.
st-read-name = Esta solicitud es para { $noun }.
st-read-diagnosis =
    { $person ->
        [me] Tengo
       *[other] Tiene
    } { $detail }.
st-read-treatment =
    { $person ->
        [me] Necesito
       *[other] Necesita
    } { $detail }.
st-read-hospital =
    { $person ->
        [me] Recibo
       *[other] Recibe
    } tratamiento en { $detail }.
st-read-hospital-to-come = Recibiría tratamiento en { $detail }.
st-read-not-available = Este tratamiento no está disponible en { $country }.
st-read-not-affordable = En { $country }, este tratamiento cuesta demasiado o queda demasiado lejos.
st-read-unsafe = En { $country }, este tratamiento existe, pero no es seguro llegar hasta allí.
st-read-stay =
    Se pide el parole por { $detail }, mientras { $person ->
        [me] recibo
       *[other] recibe
    } esta atención médica.
st-read-not-enough = El período anterior de parole no fue suficiente.
st-read-continues = El período anterior de parole no fue suficiente porque el tratamiento continúa.
st-read-worse = El período anterior de parole no fue suficiente porque { st-read-possessive } estado de salud empeoró.
st-read-waiting =
    El período anterior de parole no fue suficiente porque { $person ->
        [me] estoy
       *[other] está
    } esperando una cirugía o un trasplante.
st-read-paid-by = { st-read-possessive } atención médica la paga { $detail }.
st-read-payer-public = un programa público de salud
st-read-payer-private = un seguro médico privado
st-read-payer-charity = una organización benéfica o un programa del hospital
st-read-payer-family =
    { $person ->
        [me] mi familia
       *[other] su familia
    }
st-read-payer-detail = { $payer } ({ $detail })

## src/api/mod.rs: a request the operations refuse (the page, the CLI, a partner's server)

api-field-parole-expiry = la fecha en que termina su parole
api-field-ead-expiry = la fecha en que vence su permiso de trabajo
api-field-today = la fecha de hoy
api-date-empty = Escriba { $field }.
api-date-invalid = Revise { $field }: { $problem }
api-relative-date-empty = Escriba la fecha en que termina el parole de { $name }.
api-relative-date-invalid = Revise la fecha en que termina el parole de { $name }: { $problem }
api-not-an-object = La herramienta recibió datos que no puede leer. Vuelva a cargar la página e intente otra vez.
api-not-text = La herramienta recibió datos que no puede leer: "{ $field }" no es texto.
api-not-yes-no = La herramienta recibió datos que no puede leer: "{ $field }" no es true ni false.
api-unknown-storage = La herramienta recibió datos que no puede leer: storage "{ $storage }" no es "local" ni "none".

## src/main.rs: the command line (parole-helper)

cli-unknown-command = Orden desconocida "{ $command }". Use { $commands } o { $last } (vea --help).
cli-unknown-option = Opción desconocida "{ $option }" (vea --help).
cli-missing-value = La opción { $option } necesita un valor.
cli-unknown-format = Formato desconocido "{ $format }": use json o text (svg: solo window, ead-window y check).
cli-not-utf8-argument = Un argumento no es texto (UTF-8): revise lo que escribió.
cli-unreadable = No se puede leer el archivo "{ $file }".
cli-not-text = El archivo "{ $file }" no es texto (UTF-8), así que no es un formulario.
cli-too-large = El archivo "{ $file }" pesa más de { $megabytes } MB, así que no es un formulario (un formulario ocupa unos pocos KB). No se leyó hasta el final.
cli-cannot-write = No se puede escribir el resultado (¿está lleno el disco?). No se escribió nada.
cli-no-output-file = Indique el archivo que se escribirá con -o, por ejemplo -o I-131-lleno.pdf.
cli-one-file-only = pdf llena una solicitud a la vez: dé un solo archivo.
cli-cannot-fill = No se pudo llenar el formulario ({ $reason }). No se escribió nada.
cli-pdf-errors = El formulario está en { $file }, pero la solicitud todavía tiene { $count } error(es):
cli-pdf-errors-family = El formulario de { $person } está en { $file }, pero la solicitud todavía tiene { $count } error(es):
cli-usage-window = window --program ID --expires AAAA-MM-DD [--frp-exception] [--termination-notice] [--today AAAA-MM-DD] [--lang { $langs }] [--format json|text|svg]
cli-usage-ead-window = ead-window --expires AAAA-MM-DD [--parole-expires AAAA-MM-DD] [--today AAAA-MM-DD] [--lang { $langs }] [--format json|text|svg]
cli-usage-calendar = calendar --program ID --expires AAAA-MM-DD [--ead-expires AAAA-MM-DD] [--frp-exception] [--termination-notice] [--today AAAA-MM-DD] [--lang { $langs }] | calendar ARCHIVO | -
cli-usage-check = check ARCHIVO... | - [--today AAAA-MM-DD] [--lang { $langs }] [--format json|text|svg (un archivo: el dibujo de sus fechas)]
cli-usage-pdf = pdf ARCHIVO | - -o ARCHIVO.pdf (un archivo de familia: -o CARPETA, un formulario por persona) [--today AAAA-MM-DD] [--lang { $langs }]
cli-usage-schema = schema [request|family|report|family-report|window|timeline|progress|questions|changes|programs|printed|options]
cli-usage-rules = rules [windows]
cli-help =
    parole-helper: revisa solicitudes de parole humanitario (Formulario I-131) y calcula las fechas para renovar.

    Uso:
    { $usage }
      ID es el programa del parole actual: { $ids }.
      --expires es el último día: la fecha "Admit Until" del I-94, o la fecha en que vence el permiso.
      --parole-expires muestra el permiso junto con el parole del que depende (no puede durar más).
      --frp-exception: un I-485 de una persona con parole de FRP, presentado a más tardar el 2025-12-15,
      sigue pendiente, o DHS decidió que el parole sigue. --termination-notice: DHS mandó un aviso
      que termina el parole antes de tiempo.
      --today es la fecha local si no se da. calendar escribe un archivo .ics en la salida estándar.
      check lee una solicitud (JSON, vea schema/i131-parole.schema.json, 5 MB como máximo) y dice qué
      problemas tiene, qué documentos reunir y qué tarifas aplican; schema escribe ese JSON Schema;
      rules escribe las reglas (códigos, Partes y Puntos, gravedad, fuentes, fechas) en Markdown.
      pdf escribe el Formulario I-131 oficial (edición 01/20/25) lleno con las respuestas, para
      imprimir, firmar a mano y enviar; lo que no cabe en una casilla va a la Parte 13 y a hojas aparte.

    Códigos de salida: 0 listo (check: sin errores), 1 check encontró errores (pdf: escrito, con la lista),
    2 no se pueden usar los datos (el motivo va a la salida de errores).
    Esto no es asesoría legal.

## ======== page ========
### Las palabras de las páginas alrededor de los resultados (www/). Escrito para lectores con poca
### escolaridad: "usted", palabras sencillas, frases cortas.

## The request page (index.html, app.js, form-ui.js, form-storage.js, components/)

# The browser tab's title of the request page.
page-formPageTitle = Revisar una solicitud de parole (Formulario I-131) · Parole Form Helper
page-formTitle = Revise su solicitud de parole
page-formIntro = Conteste las preguntas del Formulario I-131 para pedir parole humanitario o un nuevo parole. La herramienta le dice qué falta o qué está mal antes de enviarlo, qué documentos reunir, cuánto se paga y cuándo enviarlo.
page-formPrivacy = Lo que usted escribe no sale de su teléfono o computadora. Sus respuestas se guardan aquí solo si usted dice que sí.
page-windowsLink = ¿Solo necesita las fechas? Use la calculadora de fechas.
page-consentTitle = ¿Guardar sus respuestas en este teléfono o computadora?
page-consentText = Si dice que sí, sus respuestas se quedan en este navegador para que pueda seguir después. Nunca se envían a ningún lugar. En una computadora que usan otras personas, diga que no.
page-consentYes = Sí, guardarlas aquí
page-consentNo = No guardarlas
page-consentLater = Guardar mis respuestas en este teléfono o computadora
page-consentStop = Dejar de guardarlas en este teléfono o computadora
page-withdrawn = Se borraron sus respuestas de este teléfono o computadora. Siguen en esta página: expórtelas para tener una copia.
# $time: the time of day the answers were saved, as this device writes it (10:42 AM).
page-saved = Guardado en este teléfono o computadora a las { $time }.
page-notSaved = No se guardó. Si cierra esta página, pierde sus respuestas. Expórtelas para tener una copia.
page-saveFailed = No se pudo guardar en este teléfono o computadora (el espacio está lleno o bloqueado). Exporte sus respuestas para tener una copia.
# $reason: why, in a sentence from the helper's core.
page-restoreFailed = No se pudieron abrir las respuestas guardadas antes. { $reason } Se dejaron como estaban.
page-downloadSaved = Descargar las respuestas guardadas
page-discardSaved = Borrarlas y empezar de nuevo
page-dataTitle = Sus datos
page-deleteData = Borrar mis datos
page-deleteAsk = Esto borra sus respuestas de esta página y de este teléfono o computadora.
page-deleteConfirm = Sí, borrar todo ahora
page-cancel = Cancelar
page-deleted = Sus datos se borraron de este teléfono o computadora.
page-exportData = Exportar mis respuestas (archivo)
page-importData = Importar respuestas de un archivo
# A file name: no spaces, no slashes.
page-exportFileName = solicitud-parole.json
# $file: the name of the file.
page-imported = Respuestas importadas de { $file }.
page-importMigrated = El archivo era de una versión anterior de la herramienta y se actualizó.
# $reason: why, in a sentence from the helper's core.
page-importFailed = No se pudo importar este archivo. { $reason } Sus respuestas actuales no cambiaron.
page-yes = Sí
page-no = No
# Written after a question's label, in lower case.
page-requiredTag = obligatorio
page-englishHint = En el formulario, escriba esta respuesta en inglés.
# $typed: the height as the person typed it (180 cm); $a: feet; $b: inches.
page-heightConverted = { $typed } son { $a } pies y { $b } pulgadas. El formulario pide pies y pulgadas: eso es lo que escribimos.
# $typed: the weight as the person typed it (70 kg); $a: pounds.
page-weightConverted = { $typed } son { $a } libras. El formulario pide libras: eso es lo que escribimos.
# Under a question: $item is the form's Part and Item in this language (Part 2, Item 1.a.);
# $item_en the same as the English form says it (Part 2, Item 1.a.). English shows $item alone.
page-itemLine = { $item } (en el formulario en inglés: { $item_en })
page-familyName = Apellido(s)
page-givenName = Nombre
page-middleName = Segundo nombre
# $n: which other name, counted from 2 (Other name 2).
page-otherName = Otro nombre { $n }
page-addName = Agregar un nombre
page-todayButton = La fecha de hoy
page-progressTitle = Su avance
page-sectionComplete = Completa
page-sectionUntouched = Opcional, sin empezar
# $n: how many questions of this part still need an answer. Shown in the task list.
page-sectionMissing = { $n ->
    [one] Faltan: { $n }
   *[other] Faltan: { $n }
}
# $n: how many answers of this part need fixing.
page-sectionProblems = { $n ->
    [one] Por corregir: { $n }
   *[other] Por corregir: { $n }
}
# $done: parts complete; $total: the parts that apply (the select is on $total).
page-sectionsDone = { $total ->
    [one] Partes completas: { $done } de { $total }.
   *[other] Partes completas: { $done } de { $total }.
}
page-startTitle = Antes de empezar
page-startNeed = Tenga a mano:
page-startI94 = El registro I-94 de cada persona de la solicitud.
page-startPassport = El pasaporte de cada persona de la solicitud.
page-startTime = Toma unos 30 a 45 minutos, un paso a la vez.
page-startButton = Empezar

## A family in one go (components/family.js)

page-whoTitle = ¿Quién necesita el parole?
page-whoHint = La primera persona es la de la solicitud que preguntan los pasos. Si también pide el parole para otra persona que vive con usted, por ejemplo su hijo o su hija, agréguela: lo que comparten se pregunta una sola vez, cada persona tiene un paso con sus propias respuestas y cada una recibe su propio formulario.
page-firstPerson = primera solicitud
# $name: a person's name (or "Person 2").
page-removeNamed = Quitar a { $name }
# $name: a person's name (or "Person 2").
page-personAdded = Se agregó a { $name }. Su paso viene después de los pasos compartidos.
# $name: a person's name (or "Person 2").
page-personRemoved = Se quitó a { $name }, con sus respuestas.
# $name: a person's name (or "Person 2").
page-personStepTitle = { $name }: sus propias respuestas
page-personAnswersHint = Sus respuestas, por Parte y Punto de su propio Formulario I-131.
page-personStepHint = Solo las respuestas de esta persona. Lo que comparte la familia (quién presenta, la dirección y el contacto, el tipo de solicitud) viene de los pasos anteriores.
page-familyTitle = Las solicitudes de su familia
page-familyIntro = USCIS pide un Formulario I-131 para cada persona. Aquí está la revisión de cada una y luego lo que comparte la familia.
page-acrossTitle = Entre las personas de la familia
page-familyDates = Cuándo presentar, la fecha más próxima primero
# $people: names, separated by commas.
page-forPeople = Para: { $people }
# $filing and $approval: amounts of money, already written ($630).
page-familyFee = { $filing } con el formulario, { $approval } solo si lo aprueban.
# $filing and $approval: amounts of money, already written ($1,260).
page-familyTotal = En total: { $filing } con los formularios, { $approval } solo si los aprueban, antes de cualquier exención.
page-allFormsTitle = El formulario de cada persona
page-allFormsButton = Descargar todos los formularios (un PDF por persona)
page-familyRemindersButton = Descargar los recordatorios de todos para mi calendario (.ics)
# $files: file names, separated by commas.
page-allFormsDone = Se descargó: { $files }. Abra cada uno y revise todas las páginas.
page-continueButton = Continuar
page-backButton = Atrás
page-allSteps = Todos los pasos
page-backToCheck = Volver a revisar sus respuestas
page-checkTitle = Revise sus respuestas
page-changeButton = Cambiar
# Said to screen readers on each new step. $n: the step's number; $total: how many steps; $title: the step's title.
page-stepOf = Paso { $n } de { $total }: { $title }
page-summaryTitle = Antes de enviar el formulario
# $errors and $warnings: numbers.
page-summaryCount = Problemas que corregir: { $errors }. Consejos: { $warnings }.
page-noErrors = No hay problemas que corregir. Lea los consejos y luego imprima la revisión.
page-errorTag = Problema
page-adviceTag = Consejo
page-noteTag = Nota
page-source = Fuente
page-reviewTitle = Revisión de su solicitud
page-answersTitle = Sus respuestas
page-notAnswered = Sin responder
page-checklistTitle = Documentos que debe reunir
page-requiredDoc = Obligatorio
page-recommendedDoc = Recomendado
page-feesTitle = Tarifas
page-withFiling = Se paga con el formulario
page-onApproval = Se cobra solo si lo aprueban
page-windowTitle = Cuándo enviarla
page-offline = No hay conexión. El asistente funciona con la copia guardada en este dispositivo en su última visita, así que sus reglas pueden no estar al día: la revisión de sus respuestas dice la fecha en que se revisaron.
# $date and $reviewed: dates, written out; $id: the rule pack's name; $edition: the form's edition date (01/20/25).
page-packLine = Revisado el { $date } con las reglas { $id } (edición { $edition } del Formulario I-131; datos revisados el { $reviewed }).
page-printButton = Imprimir la revisión
page-pdfTitle = El formulario oficial, lleno
page-pdfIntro = Obtenga el Formulario I-131 de USCIS (edición 01/20/25) con sus respuestas ya escritas en las casillas. Se hace en este dispositivo: sus respuestas no salen de él.
page-pdfButton = Descargar el Formulario I-131 lleno (PDF)
# $n: how many problems are left.
page-pdfOpenProblems = { $n ->
    [one] Sus respuestas todavía tienen { $n } problema(s) por corregir; están en la lista de arriba. USCIS puede rechazar un formulario con ellos.
   *[other] Sus respuestas todavía tienen { $n } problema(s) por corregir; están en la lista de arriba. USCIS puede rechazar un formulario con ellos.
}
page-pdfFixFirst = Corregir primero los problemas
page-pdfAnyway = Descargar el PDF de todos modos
page-pdfPreparing = Preparando el formulario…
# $file: the file's name.
page-pdfDone = Descargado: { $file }. Ábralo y revise cada página.
# $code: a short technical code, kept as it is.
page-pdfFailed = No se pudo hacer el formulario aquí ({ $code }). Sus respuestas se guardan. Inténtelo de nuevo, o imprima la revisión y copie las respuestas en el formulario.
page-pdfStepsTitle = Qué hacer con el archivo
# The steps after downloading the filled form, in order.
page-pdfSteps =
    .open = Ábralo y lea cada página. Las respuestas están en inglés, como las pide el formulario.
    .print = Imprima todas las páginas.
    .sign = Firme a mano la Parte 10, Punto 4, con tinta negra, y escriba la fecha. Si se agregaron hojas al final, firme y ponga la fecha en cada una. El intérprete o quien preparó el formulario firma la Parte 11 o la Parte 12.
    .documents = Ponga con él los documentos de la lista de arriba.
    .pay = Pague como dicen las líneas de tarifas de arriba.
    .mail = Envíelo por correo a la dirección que USCIS da para el Formulario I-131 en su sitio web. Guarde una copia de todo lo que envíe.
page-otherTab = Sus respuestas cambiaron en otra pestaña o ventana. Aquí se dejó de guardar para no perder ninguna de las dos copias.
page-otherTabLoad = Usar las respuestas de la otra pestaña
page-otherTabKeep = Quedarme con las respuestas de esta página
page-bugNotice = Algo falló dentro de la herramienta. Sus respuestas siguen aquí: expórtelas para no perderlas y luego vuelva a cargar la página.
# For the website that embeds the helper. $name and $value: the setting as the website wrote it (keep the
# quotes); $reason: why, in a sentence from the helper's core.
page-badAttribute = Este sitio web configuró la herramienta con un ajuste que no puede usar: { $name }="{ $value }". { $reason } Por favor, avise a los responsables del sitio.
# Says which language the helper is in: this one.
page-storedLangIgnored = No se puede usar el idioma guardado en este teléfono o computadora, así que la herramienta está en español. Elija su idioma arriba.
# "Export my answers" is the button's text (page-exportData).
page-noStorage = Esta herramienta no guarda sus respuestas: si cierra o vuelve a cargar la página, se pierden. Para guardar una copia, use "Exportar mis respuestas".
page-duplicateDraft = Otra copia de esta herramienta en esta página ya guarda las respuestas aquí, así que esta no guarda nada. Exporte sus respuestas para guardar una copia.
# $file: the file's name; $size: its size in MB, one decimal (12.5).
page-importTooLarge = No se pudo importar el archivo { $file }: pesa { $size } MB, y una solicitud ocupa unos pocos KB (5 MB como máximo). No se leyó. Sus respuestas no cambiaron.

## The renewal date calculator (windows.html, window-ui.js, components/window-card.js), and words both pages share

# The browser tab's title of the renewal date calculator.
page-pageTitle = Cuándo pedir un nuevo parole · Parole Form Helper
page-skip = Ir al formulario
page-title = Cuándo pedir un nuevo parole
page-intro = Escriba el último día de su parole. La herramienta cuenta los días por usted. Le dice cuándo pedir un nuevo parole (re-parole) y cuándo renovar su permiso de trabajo.
page-notice = Esto no es asesoría legal. La herramienta no puede prometer ningún resultado. Hable de su caso con un abogado de inmigración o un representante acreditado.
page-privacy = Lo que usted escribe no sale de su teléfono o computadora. Esta página no guarda nada.
page-paroleLegend = ¿Cuándo termina su parole?
# "Admit Until" is printed in English on the I-94: keep it in English.
page-expiresHint = Use la fecha "Admit Until" de su I-94. Escríbala en el mismo orden que en el I-94: primero el mes, luego el día y al final el año. Por ejemplo: 03 31 2027.
page-month = Mes
page-day = Día
page-year = Año
# $month, $day, $year: numbers, as the boxes now hold them.
page-dateSplit = La fecha quedó así: mes { $month }, día { $day }, año { $year }. Las casillas van en este orden: mes, día, año. Revise que sea la fecha que quería poner.
page-programLabel = Programa de su parole actual
# "No program" must be the choice's name in this language.
page-programHint = Es la casilla que marcó en la Parte 1 del Formulario I-131 (Punto 10 u 11). Si no sabe, elija "Sin programa".
page-eadLegend = ¿Cuándo vence su permiso de trabajo? (si tiene uno)
# "Card Expires" is printed in English on the card: keep it in English.
page-eadHint = La fecha "Card Expires" de su permiso de trabajo (EAD), categoría C11. Si no tiene permiso de trabajo, déjela en blanco.
page-show = Ver mis fechas
page-resultsTitle = Sus fechas
# $date: today's date, written out.
page-today = Hoy es { $date }.
page-reparoleTitle = Nuevo parole (Formulario I-131)
page-eadTitle = Permiso de trabajo (se renueva con el nuevo parole, Parte 9)
page-paroleEnds = Fin del parole
page-situationLegend = ¿Algo más sobre su parole? (si aplica)
page-noticeLabel = El gobierno (DHS) me mandó un aviso que termina mi parole antes de tiempo
page-frpExceptionLabel = FRP: mi Formulario I-485, presentado a más tardar el 15 de diciembre de 2025, sigue pendiente, o DHS decidió que mi parole sigue
page-peopleLegend = Otras personas de su familia (si quiere)
page-peopleHint = Agregue a cada persona cuyo parole quiera ver junto al suyo, por ejemplo su hijo o hija. Cada una es una línea en el dibujo y tiene recordatorios con su nombre.
page-addPerson = Agregar una persona
page-removePerson = Quitar a esta persona
# $n: the person's number, counted from 2.
page-personLegend = Persona { $n }
page-personName = Nombre
page-personProgram = Programa
# "Admit Until" is printed in English on the I-94: keep it in English.
page-personExpires = ¿Cuándo termina el parole de esta persona? La fecha "Admit Until" de su I-94.
page-lastDay = Último día
page-earliest = Primer día para pedirlo
page-anyDay = No se encontró un primer día oficial
page-fileBy = Pídalo a más tardar (consejo)
page-none = Sin fecha
page-daysLeft = Días que faltan
page-sources = De dónde vienen estas reglas
page-official = Oficial
page-advice = Consejo
page-download = Descargar recordatorios para mi calendario (.ics)
page-downloadHint = El archivo se guarda únicamente en su teléfono o computadora. Ábralo para poner las fechas en el calendario de su teléfono, con alarmas una semana antes y el mismo día.
page-downloaded = El archivo de recordatorios se guardó en su teléfono o computadora.
# A file name: no spaces, no slashes.
page-fileName = recordatorios-parole.ics
page-footer = Parole Form Helper. Las reglas vienen de fuentes públicas que se nombran con cada resultado. Las fechas y las reglas cambian: confírmelas con un abogado o un representante acreditado.
page-loadError = No se pudo abrir la herramienta. Vuelva a cargar la página. Si sigue fallando, puede que su navegador sea muy viejo.
# $count: how many problems.
page-problems = { $count ->
    [one] Problemas que corregir: { $count }.
   *[other] Problemas que corregir: { $count }.
}
page-shown = Sus fechas aparecen abajo.
# The state of a window, as a badge on its card.
page-status =
    .too_early = Es muy pronto para pedirlo
    .open = Ya puede pedirlo
    .file_now = Pídalo ya: pasó la fecha aconsejada
    .expired = Ya terminó
    .terminated = El programa terminó
    .ended_by_notice = Terminado por un aviso de DHS: busque ayuda legal ya

## Choosing a language (page.js, parole-helper.js)

# The name of the language picker, for screen readers.
page-languagesLabel = Idioma
# When a language's file could not be fetched. $language: that language's name in itself (Español).
page-langFailed = No se pudieron cargar las palabras en { $language } (no hay conexión o falta el archivo), así que la herramienta sigue en este idioma. Sus respuestas siguen aquí. Revise su conexión y elíjalo otra vez.

