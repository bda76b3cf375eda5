### windows (es)

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
