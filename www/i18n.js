// The page's own words, in both languages. Results, explanations and error messages come from the
// Rust core already in the chosen language; these are only the labels around them.
// Spanish is written for readers with little schooling: "usted", plain words, short sentences.

export const TEXT = {
  en: {
    pageTitle: "When to ask for re-parole · Parole Form Helper",
    skip: "Skip to the form",
    title: "When to ask for re-parole",
    intro:
      "Enter the last day of your parole. The helper counts the days for you and tells you when to ask for a new period of parole (re-parole) and when to renew your work permit.",
    notice:
      "This is not legal advice. The helper cannot promise any result. Talk to an immigration lawyer or accredited representative about your case.",
    privacy: "Nothing you type leaves this device. This page stores nothing.",
    paroleLegend: "When does your parole end?",
    expiresHint:
      'Use the "Admit Until" date on your I-94, in the same order: month, day, year. For example 03 31 2027.',
    month: "Month",
    day: "Day",
    year: "Year",
    programLabel: "Program of your current parole",
    programHint:
      'It is the box you checked in Part 1 of Form I-131 (Item 10 or 11). If you are not sure, choose "No program".',
    eadLegend: "When does your work permit end? (optional)",
    eadHint:
      'The "Card Expires" date on your work permit (EAD), category C11. Leave it empty if you have none.',
    show: "Show my dates",
    resultsTitle: "Your dates",
    today: "Today is {date}.",
    reparoleTitle: "Re-parole (Form I-131)",
    eadTitle: "Work permit renewal (Form I-765)",
    lastDay: "Last day",
    earliest: "First day to ask",
    anyDay: "Any day before the last day",
    fileBy: "Ask by (advice)",
    none: "No date",
    daysLeft: "Days left",
    sources: "Where these rules come from",
    official: "Official",
    advice: "Advice",
    download: "Download reminders for my calendar (.ics)",
    downloadHint:
      "The file goes to your device only. Open it to add the dates, with alarms a week before and on the day, to your phone's calendar.",
    downloaded: "The reminders file was saved to your device.",
    fileName: "parole-reminders.ics",
    footer:
      "Parole Form Helper. The rules come from public sources named with each result. Dates and rules change: check them with a lawyer or accredited representative.",
    loadError:
      "The helper could not start. Please reload the page. If it keeps failing, your browser may be too old.",
    problems: "{count} problem(s) to fix.",
    shown: "Your dates are shown below.",
    status: {
      too_early: "Too early to ask",
      open: "Open: you can ask now",
      file_now: "Ask now: the advised date has passed",
      expired: "Ended",
      terminated: "Program ended",
    },
  },
  es: {
    pageTitle: "Cuándo pedir un nuevo parole · Parole Form Helper",
    skip: "Ir al formulario",
    title: "Cuándo pedir un nuevo parole",
    intro:
      "Escriba el último día de su parole. La herramienta cuenta los días por usted. Le dice cuándo pedir un nuevo parole (re-parole) y cuándo renovar su permiso de trabajo.",
    notice:
      "Esto no es asesoría legal. La herramienta no puede prometer ningún resultado. Hable de su caso con un abogado de inmigración o un representante acreditado.",
    privacy: "Lo que usted escribe no sale de su teléfono o computadora. Esta página no guarda nada.",
    paroleLegend: "¿Cuándo termina su parole?",
    expiresHint:
      'Use la fecha "Admit Until" de su I-94. Escríbala en el mismo orden que en el I-94: primero el mes, luego el día y al final el año. Por ejemplo: 03 31 2027.',
    month: "Mes",
    day: "Día",
    year: "Año",
    programLabel: "Programa de su parole actual",
    programHint:
      'Es la casilla que marcó en la Parte 1 del Formulario I-131 (Punto 10 u 11). Si no sabe, elija "Sin programa".',
    eadLegend: "¿Cuándo vence su permiso de trabajo? (si tiene uno)",
    eadHint:
      'La fecha "Card Expires" de su permiso de trabajo (EAD), categoría C11. Si no tiene permiso de trabajo, déjela en blanco.',
    show: "Ver mis fechas",
    resultsTitle: "Sus fechas",
    today: "Hoy es {date}.",
    reparoleTitle: "Nuevo parole (Formulario I-131)",
    eadTitle: "Renovar el permiso de trabajo (Formulario I-765)",
    lastDay: "Último día",
    earliest: "Primer día para pedirlo",
    anyDay: "Cualquier día antes del último día",
    fileBy: "Pídalo a más tardar (consejo)",
    none: "Sin fecha",
    daysLeft: "Días que faltan",
    sources: "De dónde vienen estas reglas",
    official: "Oficial",
    advice: "Consejo",
    download: "Descargar recordatorios para mi calendario (.ics)",
    downloadHint:
      "El archivo se guarda únicamente en su teléfono o computadora. Ábralo para poner las fechas en el calendario de su teléfono, con alarmas una semana antes y el mismo día.",
    downloaded: "El archivo de recordatorios se guardó en su teléfono o computadora.",
    fileName: "recordatorios-parole.ics",
    footer:
      "Parole Form Helper. Las reglas vienen de fuentes públicas que se nombran con cada resultado. Las fechas y las reglas cambian: confírmelas con un abogado o un representante acreditado.",
    loadError:
      "No se pudo abrir la herramienta. Vuelva a cargar la página. Si sigue fallando, puede que su navegador sea muy viejo.",
    problems: "Problemas que corregir: {count}.",
    shown: "Sus fechas aparecen abajo.",
    status: {
      too_early: "Es muy pronto para pedirlo",
      open: "Ya puede pedirlo",
      file_now: "Pídalo ya: pasó la fecha aconsejada",
      expired: "Ya terminó",
      terminated: "El programa terminó",
    },
  },
};

/** `text` with `{name}` replaced by `values.name`. */
export function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}
