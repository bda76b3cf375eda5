// The partner's own script: it logs the helper's events and any CSP violation on the page.
// (Tests read window.partnerLog and window.cspViolations.)
window.partnerLog = [];
window.cspViolations = [];
const report = () => {
  const node = document.getElementById("csp-report");
  if (node) node.textContent = `Violaciones de la política de seguridad (CSP): ${window.cspViolations.length}`;
};
document.addEventListener("securitypolicyviolation", (e) => {
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
  report();
});
for (const name of ["parole-helper:ready", "parole-helper:change", "parole-helper:window"]) {
  document.addEventListener(name, (e) => {
    window.partnerLog.push({ type: name, target: e.target.id, detail: e.detail });
    const list = document.getElementById("events");
    if (!list) return;
    const item = document.createElement("li");
    item.textContent = `${name} (${e.target.id}): ${JSON.stringify(e.detail).slice(0, 160)}`;
    list.append(item);
    while (list.children.length > 8) list.firstElementChild.remove();
  });
}
