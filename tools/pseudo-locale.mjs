// Makes a pseudo-locale from a Fluent file (issue 17): every text about 40% longer, its letters
// accented, and (by default) each word shown right to left, so that a right-to-left language can be
// tried on the page before one is translated. Ids, attribute names, placeables ({ $name },
// { message-ref }, { -term }, { "literal" }), select keys and comments are copied as they are: the
// result parses wherever the English file does and fills the same placeholders.
//
//   node tools/pseudo-locale.mjs www/locales/en.ftl [--ltr] [--out www/locales/ar-XB.ftl]
//   import { pseudoLocalize, structure } from "../tools/pseudo-locale.mjs";
//
// How a word is mirrored: RLM RLO word PDF RLM (U+200F U+202E … U+202C U+200F), as Android's ar-XB
// pseudo-locale does: the letters run right to left (forced by RLO), and the strong RTL marks around
// each word make the words of a line run right to left too, whatever their letters. The text grows
// by padding words at its end ("ŀöŕéɱ îþšûɱ…"), at least 40% of the text's own length (placeables
// not counted, since their values are not the translator's). A text that is only punctuation
// between placeables ("{ $month } { $day }, { $year }") is a format and is left alone; so are words
// that are addresses (a URL, a domain, an e-mail: typed as they are) and the attributes of terms
// (selectors, never shown).
//
// The Fluent read here is the subset the project uses: messages and terms with attributes, text
// over several lines, placeables with variables, string literals, message and term references, and
// selects on a variable (variants' texts are made pseudo, their keys kept).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ACCENTS = {
  a: "á", b: "ƀ", c: "ç", d: "ð", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "î", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ö", p: "þ", q: "ǫ", r: "ŕ", s: "š", t: "ţ", u: "û", v: "ṽ", w: "ŵ", x: "ẋ", y: "ý", z: "ž",
  A: "Å", B: "Ɓ", C: "Ç", D: "Ð", E: "É", F: "Ƒ", G: "Ĝ", H: "Ĥ", I: "Î", J: "Ĵ", K: "Ķ", L: "Ļ", M: "Ṁ",
  N: "Ñ", O: "Ö", P: "Þ", Q: "Ǫ", R: "Ŕ", S: "Š", T: "Ţ", U: "Û", V: "Ṽ", W: "Ŵ", X: "Ẋ", Y: "Ý", Z: "Ž",
};
/** The padding's words, repeated as far as needed. */
const FILLER = "ļöŕéɱ îþšûɱ ðöļöŕ šîţ áɱéţ çöñšéçţéţûŕ áðîþîšçîñĝ éļîţ šéð ðö éîûšɱöð ţéɱþöŕ";
const RLM = "\u200F";
const RLO = "\u202E";
const PDF = "\u202C";

const LETTER = /\p{L}/u;
/** A web or e-mail address, or a domain (i94.cbp.dhs.gov, uscis.gov/i-131, .gov): typed as it is. */
const ADDRESS = /:\/\/|^www\.|@|\.(gov|mil|org|com|net|edu|us|tld)\b/i;

/** One word made pseudo: accented, and wrapped to run right to left when `rtl`. */
function word(token, rtl) {
  if (ADDRESS.test(token) || !LETTER.test(token)) return token;
  const accented = token.replace(/[A-Za-z]/g, (c) => ACCENTS[c]);
  return rtl ? `${RLM}${RLO}${accented}${PDF}${RLM}` : accented;
}

/** Text between placeables: each word made pseudo, the spaces and line breaks kept. */
const words = (text, rtl) => text.split(/(\s+)/).map((t, i) => (i % 2 ? t : t && word(t, rtl))).join("");

/** At least `share` of `length` in padding words (with the space before them), made pseudo. */
function padding(length, share, rtl) {
  const wanted = Math.max(2, Math.ceil(length * share)); // "No" grows too: "Ñö ļ"
  let pad = "";
  while (pad.length < wanted - 1) pad += (pad ? " " : "") + FILLER;
  return " " + words(pad.slice(0, wanted - 1).trimEnd(), rtl);
}

/** Reads the Fluent subset; `onPattern(elements)` returns a pattern's new text. */
class Reader {
  constructor(src) {
    this.src = src;
    this.i = 0;
  }

  peek(n = 0) {
    return this.src[this.i + n];
  }

  /** From `i` (just after a line break): the line's indentation and its first other character. */
  lineAt(i) {
    let j = i;
    while (this.src[j] === " ") j++;
    return { indent: j - i, first: this.src[j], end: j };
  }

  /** Whether the line at `i` goes on with a pattern: indented text, not a variant, an attribute or
   *  a closing brace. Blank lines before it belong to the pattern. */
  continues(i) {
    for (;;) {
      const line = this.lineAt(i);
      if (line.first === "\n") {
        i = line.end + 1;
        continue;
      }
      if (line.first === undefined || line.indent === 0) return false;
      return !["[", "*", ".", "}"].includes(line.first);
    }
  }

  /** A pattern from `i` to its end (not taking the line break that ends it): a list of
   *  { text } and { placeable } with the placeables already rewritten by `rewrite`. */
  pattern(rewrite) {
    const elements = [];
    let text = "";
    for (;;) {
      const c = this.peek();
      if (c === undefined) break;
      if (c === "\n") {
        if (!this.continues(this.i + 1)) break;
        text += c;
        this.i++;
        continue;
      }
      if (c === "}") break; // closes the select this variant is in
      if (c === "{") {
        if (text) elements.push({ text });
        text = "";
        elements.push({ placeable: this.placeable(rewrite) });
        continue;
      }
      text += c;
      this.i++;
    }
    if (text) elements.push({ text });
    return elements;
  }

  /** A placeable from its "{" to its "}", copied, with each variant's pattern rewritten. */
  placeable(rewrite) {
    let out = "";
    const take = () => (out += this.src[this.i++]);
    take(); // {
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new Error(`unclosed placeable at ${this.where()}`);
      if (c === "}") {
        take();
        return out;
      }
      if (c === '"') {
        take();
        while (this.peek() !== '"') {
          if (this.peek() === undefined || this.peek() === "\n") throw new Error(`unclosed string at ${this.where()}`);
          if (this.peek() === "\\") take();
          take();
        }
        take();
        continue;
      }
      if (c === "{") {
        out += this.placeable(rewrite);
        continue;
      }
      if (c === "-" && this.peek(1) === ">") {
        take();
        take();
        out += this.variants(rewrite);
        continue;
      }
      take();
    }
  }

  /** A select's variants, up to (not taking) its closing "}". */
  variants(rewrite) {
    let out = "";
    for (;;) {
      while (/\s/.test(this.peek() ?? "")) out += this.src[this.i++];
      const c = this.peek();
      if (c === "}" || c === undefined) return out;
      if (c === "*") out += this.src[this.i++];
      if (this.peek() !== "[") throw new Error(`a variant key expected at ${this.where()}`);
      while (this.peek() !== "]") {
        if (this.peek() === undefined || this.peek() === "\n") throw new Error(`unclosed variant key at ${this.where()}`);
        out += this.src[this.i++];
      }
      out += this.src[this.i++]; // ]
      out += rewrite(this.pattern(rewrite));
    }
  }

  where() {
    const before = this.src.slice(0, this.i);
    return `line ${before.split("\n").length}`;
  }
}

/** Walks a Fluent file: `onEntry(id)`, and each pattern (message values, attribute values, and
 *  select variants) given to `rewrite(elements, { term, attribute })`, which returns its new text. */
function walk(source, rewrite) {
  const src = source.replace(/\r\n?/g, "\n");
  const reader = new Reader(src);
  let out = "";
  while (reader.i < src.length) {
    const lineEnd = src.indexOf("\n", reader.i) === -1 ? src.length : src.indexOf("\n", reader.i);
    const line = src.slice(reader.i, lineEnd);
    const entry = /^(-?[A-Za-z][\w-]*)([ \t]*=[ \t]*)/.exec(line);
    if (!entry) {
      // Comments, blank lines (and anything not understood) as they are.
      out += line + (lineEnd < src.length ? "\n" : "");
      reader.i = lineEnd + 1;
      continue;
    }
    const id = entry[1];
    const term = id.startsWith("-");
    out += entry[0];
    reader.i += entry[0].length;
    const value = (elements) => rewrite(elements, { id, term, attribute: null });
    out += value(reader.pattern(value));
    // Attributes: indented ".name = pattern" lines.
    for (;;) {
      const next = reader.i + 1;
      const attr = /^([ \t]+\.([A-Za-z][\w-]*)[ \t]*=[ \t]*)/.exec(src.slice(next, src.indexOf("\n", next) === -1 ? src.length : src.indexOf("\n", next)));
      if (src[reader.i] !== "\n" || !attr) break;
      out += "\n" + attr[1];
      reader.i = next + attr[1].length;
      const attribute = attr[2];
      const rewriteAttr = (elements) => rewrite(elements, { id, term, attribute });
      out += rewriteAttr(reader.pattern(rewriteAttr));
    }
    if (reader.i < src.length) {
      out += "\n";
      reader.i++;
    }
  }
  return out;
}

const joined = (elements) => elements.map((e) => e.text ?? e.placeable).join("");

/**
 * The pseudo-locale of `source` (a Fluent file's text). `rtl` mirrors each word (default true);
 * `expansion` is how much longer each text gets (default 0.4, 40%).
 */
export function pseudoLocalize(source, { rtl = true, expansion = 0.4 } = {}) {
  return walk(source, (elements, { term, attribute }) => {
    if (term && attribute) return joined(elements); // a term's attributes are selectors, never shown
    const length = elements.reduce((n, e) => n + (e.text ? e.text.replace(/\n\s*/g, " ").length : 0), 0);
    const hasWords = elements.some((e) => e.text && LETTER.test(e.text));
    const made = elements.map((e) => (e.text != null ? { text: words(e.text, rtl) } : e));
    if (!hasWords) return joined(made);
    const pad = padding(length, expansion, rtl);
    const last = made.at(-1);
    if (last.text != null) {
      const [, body, trailing] = /^([\s\S]*?)(\s*)$/.exec(last.text);
      last.text = body + pad + trailing;
    } else {
      made.push({ text: pad });
    }
    return joined(made);
  });
}

/**
 * What must not change between a file and its pseudo-locale: every message and attribute id, in
 * order, each with its placeables and select keys as written.
 */
export function structure(source) {
  const found = [];
  walk(source, (elements, { id, attribute }) => {
    const placeables = elements.filter((e) => e.placeable).map((e) => e.placeable);
    found.push({ id: attribute ? `${id}.${attribute}` : id, placeables });
    // A variant's text stands for itself in its select by its placeables alone.
    return `«${placeables.join("")}»`;
  });
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name) => {
    const at = args.indexOf(name);
    return at === -1 ? null : args.splice(at, 2)[1];
  };
  const out = flag("--out");
  const ltr = args.includes("--ltr");
  const input = args.find((a) => !a.startsWith("--"));
  if (!input) {
    console.error("usage: node tools/pseudo-locale.mjs <en.ftl> [--ltr] [--out <file>]");
    process.exit(2);
  }
  const source = readFileSync(input, "utf8");
  const pseudo = pseudoLocalize(source, { rtl: !ltr });
  // The placeables and ids must come through untouched, or the file is not the same file.
  const [a, b] = [structure(source), structure(pseudo)];
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    console.error("pseudo-locale: the structure changed (a bug in this tool)");
    process.exit(1);
  }
  if (out) writeFileSync(out, pseudo);
  else process.stdout.write(pseudo);
}
