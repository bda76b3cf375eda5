### page (es)
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
