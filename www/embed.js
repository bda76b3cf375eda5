// embed.html for iframes: copies lang, mode, program, today and storage from the query string onto
// the element, then loads it.
const element = document.querySelector("parole-helper");
const query = new URLSearchParams(location.search);
for (const name of ["lang", "mode", "program", "today", "storage"]) {
  if (query.has(name)) element.setAttribute(name, query.get(name));
}
if (query.has("lang")) document.documentElement.lang = query.get("lang");
await import("./parole-helper.js");
