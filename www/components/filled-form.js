// The last step: the official Form I-131, filled, to print, sign and mail. Shows what to do with
// the file, and the problems still open before the download (with a choice to download anyway).
//
//   const part = mountFilledForm(container, { make: async () => ({ bytes, fileName }), focusProblems });
//   part.update({ errors: 2, words });
import { download, element } from "../dom.js";
import { fill } from "../i18n.js";

export function mountFilledForm(root, { make, focusProblems }) {
  let words;
  let errors = 0;
  const status = element("p", { className: "pdf-status", role: "status" });

  async function save() {
    status.textContent = words.pdfPreparing;
    try {
      const { bytes, fileName } = await make();
      download(bytes, fileName, "application/pdf");
      status.textContent = fill(words.pdfDone, { file: fileName });
    } catch (error) {
      const code = String(error?.message ?? error).split(":")[0];
      status.textContent = fill(words.pdfFailed, { code });
    }
  }

  function render() {
    const button = (id, text, onClick, className = "") => {
      const b = element("button", { type: "button", id, className, textContent: text });
      b.addEventListener("click", onClick);
      return b;
    };
    const steps = Object.values(words.pdfSteps).map((step) => element("li", { textContent: step }));
    const actions = errors
      ? [
          element("p", { className: "pdf-warning", textContent: fill(words.pdfOpenProblems, { n: errors }) }),
          element(
            "p",
            {},
            button("pf-pdf-fix", words.pdfFixFirst, focusProblems, "primary"),
            " ",
            button("pf-pdf-anyway", words.pdfAnyway, save),
          ),
        ]
      : [element("p", {}, button("pf-pdf", words.pdfButton, save, "primary"))];
    root.replaceChildren(
      element("h3", { id: "pf-pdf-title", textContent: words.pdfTitle }),
      element("p", { textContent: words.pdfIntro }),
      ...actions,
      status,
      element("h4", { textContent: words.pdfStepsTitle }),
      element("ol", { className: "pdf-steps" }, ...steps),
    );
  }

  return {
    update(next) {
      words = next.words;
      errors = next.errors;
      status.textContent = "";
      render();
    },
  };
}
