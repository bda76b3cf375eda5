// Small DOM helpers shared by the pages. Text always goes in as text (textContent or text nodes),
// never as HTML: nothing a person types can become markup.

/** A new element with properties and children (strings become text nodes). */
export function element(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("aria-") || key.startsWith("data-") || key === "role" || key === "for") node.setAttribute(key, value === true ? "true" : value);
    else node[key] = value;
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** The local date as YYYY-MM-DD: "today" for the person at this device. */
export function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "March 31, 2027" / "31 de marzo de 2027" for a YYYY-MM-DD date; what is no real day stays as
 *  it is, never another day (2026-02-29 is not March 1). */
export function longDate(iso, lang) {
  const day = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d\d-\d\d$/.test(iso) || isNaN(day) || day.toISOString().slice(0, 10) !== iso) return String(iso);
  return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(day);
}

/** Offers `text` as a file download, made in the page (a blob: URL: nothing is uploaded). */
export function download(text, fileName, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = element("a", { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Calls `fn` once things have been quiet for `ms`. */
export function debounce(fn, ms) {
  let timer;
  let pending = null;
  const run = () => {
    clearTimeout(timer);
    const args = pending;
    pending = null;
    if (args) fn(...args);
  };
  const call = (...args) => {
    clearTimeout(timer);
    pending = args;
    timer = setTimeout(run, ms);
  };
  /** Runs a waiting call now (the page is about to go). */
  call.flush = run;
  return call;
}
