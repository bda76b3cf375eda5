// The <parole-helper> element's shadow root is closed, so that the partner page's other scripts do
// not read what a family types. Page tests that look inside open it the way any script that runs
// before the element's can: by wrapping attachShadow first. (That this works is why
// docs/embedding.md calls the closed root a curtain against accidents, not a wall.)
//
//   await context.addInitScript(openShadowRoots);

/** An init script (runs in the page before its own scripts). */
export function openShadowRoots() {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attach.call(this, { ...init, mode: "open" });
  };
}
