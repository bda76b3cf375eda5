### questions (es)
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
# escribirlo, separadas por comas; un idioma puede agregar .also a cualquier país (el inglés lo
# necesita también, vacío: { "" }). Los ids siguen el nombre en inglés, que va en el formulario.
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
