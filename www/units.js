// Height and weight in the units people know: the form asks for feet, inches and pounds, and a
// person from almost anywhere else knows centimetres and kilos. "102 cm" typed in the height or
// "15 kg" in the weight is turned into what the form takes, and the page says so.
//
//   fromMetric("biographics.heightFeet", "102 cm")
//   // → { answers: { "biographics.heightFeet": "3", "biographics.heightInches": "4" }, typed: "102 cm", kind: "height" }

const HEIGHT = ["biographics.heightFeet", "biographics.heightInches"];
const WEIGHT = "biographics.weightPounds";
const CM_PER_INCH = 2.54;
const POUNDS_PER_KG = 2.2046226218;

/** A number with a unit after it: "102 cm", "1,02 m", "15.5 kg", "15 kilos". */
function measure(text) {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(\p{L}+)\.?\s*$/iu.exec(text ?? "");
  if (!match) return null;
  return { amount: Number(match[1].replace(",", ".")), unit: match[2].toLowerCase() };
}

/** The form's answers for a metric height or weight, or null when `text` is not one. Out of
 *  the form's range (a height over 8 ft 11 in, a weight over 999 lb or under 1 lb) is left as
 *  typed, for the check to explain. */
export function fromMetric(path, text) {
  const m = measure(text);
  if (!m) return null;
  if (HEIGHT.includes(path)) {
    // English, Spanish and Ukrainian words ("см", "сантиметрів", "метра").
    const cm = /^(cm|cms|centimetros|centímetros|centimeters|centimetres|см|сантиметр(и|ів|а)?)$/.test(m.unit) ? m.amount : /^(m|metros?|meters?|metres?|м|метр(и|ів|а)?)$/.test(m.unit) ? m.amount * 100 : null;
    if (cm === null) return null;
    const inches = Math.round(cm / CM_PER_INCH);
    const feet = Math.floor(inches / 12);
    if (inches < 1 || feet > 8) return null;
    return { kind: "height", typed: text.trim(), answers: { [HEIGHT[0]]: String(feet), [HEIGHT[1]]: String(inches % 12) } };
  }
  if (path === WEIGHT) {
    if (!/^(kg|kgs|kilos?|kilogramos?|kilograms?|кг|кіло|кілограм(и|ів|а)?)$/.test(m.unit)) return null;
    const pounds = Math.round(m.amount * POUNDS_PER_KG);
    if (pounds < 1 || pounds > 999) return null;
    return { kind: "weight", typed: text.trim(), answers: { [WEIGHT]: String(pounds) } };
  }
  return null;
}
