// The person's own copy of the answers: export to a file, import one back, delete everything.
//
//   const tools = mountDataTools(root, { storage: true, on: { exportFile, importFile, deleteAll } });
//   tools.status("…");
import { element } from "../dom.js";

export function mountDataTools(root, { storage, on }) {
  const status = element("p", { id: "pf-data-status", role: "status" });
  const exportButton = element("button", { type: "button", id: "pf-export", "data-t": "exportData" });
  const importInput = element("input", { type: "file", id: "pf-import", accept: ".json,application/json", className: "visually-hidden-file" });
  const deleteButton = storage ? element("button", { type: "button", id: "pf-delete", className: "danger", "data-t": "deleteData" }) : null;
  const yes = element("button", { type: "button", id: "pf-delete-yes", className: "danger", "data-t": "deleteConfirm" });
  const no = element("button", { type: "button", id: "pf-delete-no", "data-t": "cancel" });
  const ask = storage ? element("div", { id: "pf-delete-ask", hidden: true }, element("p", { "data-t": "deleteAsk" }), yes, " ", no) : null;
  root.replaceChildren(
    element(
      "section",
      { className: "data-tools", "aria-labelledby": "pf-data-title" },
      element("h2", { id: "pf-data-title", "data-t": "dataTitle" }),
      element("p", {}, exportButton, " ", element("label", { htmlFor: "pf-import", className: "button-like", "data-t": "importData" }), importInput),
      deleteButton ? element("p", {}, deleteButton) : null,
      ask,
      status,
    ),
  );

  exportButton.addEventListener("click", on.exportFile);
  importInput.addEventListener("change", () => {
    const file = importInput.files?.[0];
    importInput.value = "";
    if (file) on.importFile(file);
  });
  if (storage) {
    deleteButton.addEventListener("click", () => {
      ask.hidden = false;
      yes.focus();
    });
    no.addEventListener("click", () => {
      ask.hidden = true;
      deleteButton.focus();
    });
    yes.addEventListener("click", () => {
      ask.hidden = true;
      on.deleteAll();
      deleteButton.focus();
    });
  }

  return {
    status(text) {
      status.textContent = text;
    },
  };
}
