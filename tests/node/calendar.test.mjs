// The reminders file, parsed back with Mozilla's ical.js (an independent iCalendar parser):
// the right all-day dates, alarms, UIDs and text, from the CLI and from the shipped wasm alike.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import ICAL from "ical.js";
import { cli, ROOT } from "../support/cli.mjs";
import { loadHelper } from "../support/wasm.mjs";

let helper;
before(async () => {
  helper = await loadHelper();
});

/** Events of an .ics text as { uid, date, summary, alarms } sorted by date. */
function events(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.getFirstPropertyValue("version"), "2.0");
  assert.match(calendar.getFirstPropertyValue("prodid"), /Parole Form Helper/);
  return calendar
    .getAllSubcomponents("vevent")
    .map((vevent) => {
      const event = new ICAL.Event(vevent);
      assert.ok(event.startDate.isDate, "all-day event");
      assert.equal(event.endDate.subtractDate(event.startDate).toSeconds(), 86400, "one day long");
      assert.ok(vevent.getFirstPropertyValue("dtstamp"), "DTSTAMP");
      return {
        uid: event.uid,
        date: event.startDate.toString(),
        summary: event.summary,
        description: event.description,
        alarms: vevent.getAllSubcomponents("valarm").map((a) => a.getFirstPropertyValue("trigger").toString()),
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

test("CLI reminders for a Ukrainian re-parole: opening, file-by and last day", () => {
  const out = cli(["calendar", "--program", "ukraine", "--expires", "2027-03-31", "--today", "2026-09-01"]);
  assert.equal(out.status, 0, out.stderr);
  assert.ok(out.stdout.split("\r\n").every((line) => Buffer.byteLength(line) <= 75), "folded at 75 octets");
  const list = events(out.stdout);
  assert.deepEqual(list.map((e) => e.date), ["2026-10-02", "2026-12-31", "2027-03-31"]);
  assert.deepEqual(list.map((e) => e.uid), [
    "reparole-ukraine-opens-20270331@parole-form-helper.invalid",
    "reparole-ukraine-file-by-20270331@parole-form-helper.invalid",
    "reparole-ukraine-ends-20270331@parole-form-helper.invalid",
  ]);
  for (const e of list) assert.deepEqual(e.alarms, ["-P6DT15H", "PT9H"]);
  assert.match(list[1].description, /at least 90 days before your parole ends on March 31, 2027\./);
  assert.match(list[1].description, /This is not legal advice\./);
});

test("CLI reminders leave out dates that have passed", () => {
  const out = cli(["calendar", "--program", "general", "--expires", "2027-03-31", "--today", "2027-01-15"]);
  assert.deepEqual(events(out.stdout).map((e) => e.date), ["2027-03-31"]);
});

test("wasm reminders in Spanish with the work permit, unfolded and unescaped by ical.js", () => {
  const ics = helper.reminders({ program: "general", expires: "2027-03-31", eadExpires: "2027-06-30", today: "2026-11-27", lang: "es" });
  const list = events(ics);
  // The permit cannot outlast the parole (8 U.S.C. 1809(a)): its last day is the parole's, March 31.
  assert.deepEqual(list.map((e) => e.date), ["2026-12-31", "2027-01-01", "2027-03-31", "2027-03-31"]);
  assert.equal(list[0].summary, "Nuevo parole: pídalo a más tardar hoy (consejo)");
  assert.equal(list[1].summary, "Permiso de trabajo: desde hoy puede pedir la renovación");
  assert.match(list[1].description, /Vence el 30 de junio de 2027\. Un permiso nuevo necesita un nuevo parole: pídalo en la Parte 9/);
  assert.doesNotMatch(list[1].description, /alarga|autom/, "nothing about automatic extensions to a (c)(11) holder");
  assert.match(list[1].description, /\n\nEsto no es asesoría legal\./);
  assert.deepEqual(list.slice(2).map((e) => e.summary).sort(), ["Hoy vence su permiso de trabajo", "Último día de su parole (I-94)"]);
});

test("a family file gives one calendar with each person's dates, named in each event", () => {
  const out = cli(["calendar", `${ROOT}/examples/family-mother-daughter.json`, "--today", "2026-11-28", "--lang", "es"]);
  assert.equal(out.status, 0, out.stderr);
  const all = events(out.stdout);
  const of = (name) => all.filter((e) => e.summary.startsWith(`${name} · `));
  const mother = of("Lucía Luna Ortega");
  const daughter = of("Sofía Ramírez Luna");
  assert.equal(mother.length + daughter.length, all.length, "every event names its person");
  for (const person of [mother, daughter]) {
    assert.deepEqual(person.map((e) => e.date), ["2027-02-13", "2027-05-14"]);
    assert.match(person[0].summary, / · Nuevo parole: pídalo a más tardar hoy \(consejo\)$/);
  }
  assert.match(daughter[1].description, /^Para Sofía Ramírez Luna\. Hoy es el último día de su parole/);
  assert.equal(new Set(all.map((e) => e.uid)).size, all.length, "the same dates for two people keep two UIDs");
  // A single request's file gives its own window, unnamed; one that is not for re-parole, a clear refusal.
  const alone = cli(["calendar", `${ROOT}/examples/reparole-medical-child.json`, "--today", "2026-11-28"]);
  assert.equal(alone.status, 0, alone.stderr);
  assert.deepEqual(events(alone.stdout).map((e) => [e.date, e.summary]), [
    ["2027-02-13", "Re-parole: ask by today (advice)"],
    ["2027-05-14", "Last day of parole (I-94)"],
  ]);
  const initial = cli(["calendar", `${ROOT}/examples/initial-medical-from-abroad.json`, "--lang", "es"]);
  assert.equal(initial.status, 2);
  assert.match(initial.stderr, /No hay fechas de nuevo parole: la solicitud no es de nuevo parole/);
});
