### statement (es)

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

## src/statement.rs: the statement read back (see statement.en.ftl for what the sentences are given).
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
