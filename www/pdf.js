// The filled official Form I-131, made on this device. The PDF module and the blank form (USCIS's
// own file, about 1.1 MB) load only when a person asks for the file, never in the first view,
// and from this page's own origin: nothing about the person leaves the page.
//
//   import { filledForm } from "./pdf.js";
//   const bytes = await filledForm(helper.pdfPlan()); // Uint8Array: the PDF
//
// The plan (which text goes in which box) comes from the core; the module only writes it, so the
// CLI's `parole-helper pdf` gives the same bytes for the same request.

export const FORM_URL = new URL("./forms/i-131-edition-01-20-25.pdf", import.meta.url);

let loading;

/** The PDF module, ready, and the blank form's bytes (each fetched once per page). */
function load() {
  loading ??= Promise.all([
    import("./pkg/pdf/acroform.js").then(async (module) => {
      await module.default({ module_or_path: new URL("./pkg/pdf/acroform_bg.wasm", import.meta.url) });
      return module;
    }),
    fetch(FORM_URL).then((response) => {
      if (!response.ok) throw new Error(`pdf.form: the blank form could not be loaded (${response.status})`);
      return response.arrayBuffer();
    }),
  ]).catch((error) => {
    loading = undefined; // a later try starts over (a dropped connection, say)
    throw error;
  });
  return loading;
}

/** The filled form for `plan` (the text of `Helper.pdfPlan()`), as PDF bytes. Throws an Error
 *  whose message starts with a code (`pdf.form:`, `pdf.plan:`, `pdf.malformed:`...). */
export async function filledForm(plan) {
  const [module, form] = await load();
  return module.fill(new Uint8Array(form), plan);
}
