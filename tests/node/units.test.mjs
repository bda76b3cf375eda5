// Centimetres and kilos turned into the form's feet, inches and pounds (www/units.js), at the
// edges: rounding to the nearest inch, 12 inches carried into a foot, a comma for decimals, and
// what is not a metric measure (or out of the form's range) left alone for the check.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fromMetric } from "../../www/units.js";

const FEET = "biographics.heightFeet";
const INCHES = "biographics.heightInches";
const POUNDS = "biographics.weightPounds";
const height = (text, path = FEET) => {
  const r = fromMetric(path, text);
  return r && [r.answers[FEET], r.answers[INCHES]];
};

test("a height in centimetres or metres becomes feet and inches", () => {
  assert.deepEqual(height("102 cm"), ["3", "4"], "102 / 2.54 = 40.2 in");
  assert.deepEqual(height("102cm"), ["3", "4"]);
  assert.deepEqual(height(" 163 CM "), ["5", "4"], "64.2 in");
  assert.deepEqual(height("1,63 m"), ["5", "4"], "a decimal comma");
  assert.deepEqual(height("1.63 metros"), ["5", "4"]);
  assert.deepEqual(height("102 centímetros", INCHES), ["3", "4"], "typed in the inches box too");
  // 182 cm is 71.65 in: rounded to 72, that is 6 ft 0 in, never 5 ft 12 in.
  assert.deepEqual(height("182 cm"), ["6", "0"]);
  assert.deepEqual(height("181 cm"), ["5", "11"], "71.26 in");
  // Rounding at the half: 1.27 cm is exactly half an inch.
  assert.deepEqual(height("1.27 cm"), ["0", "1"]);
  assert.equal(fromMetric(FEET, "102 cm").typed, "102 cm");
  // Typed in Ukrainian (Cyrillic letters).
  assert.deepEqual(height("163 см"), ["5", "4"]);
  assert.deepEqual(height("1,63 м"), ["5", "4"]);
  assert.deepEqual(height("102 сантиметри"), ["3", "4"]);
});

test("a weight in kilos becomes pounds", () => {
  assert.equal(fromMetric(POUNDS, "15 kg").answers[POUNDS], "33", "15 × 2.2046 = 33.07");
  assert.equal(fromMetric(POUNDS, "15,5 kilos").answers[POUNDS], "34", "34.17");
  assert.equal(fromMetric(POUNDS, "15 кг").answers[POUNDS], "33", "typed in Ukrainian");
  assert.equal(fromMetric(POUNDS, "58 кілограмів").answers[POUNDS], "128");
  assert.equal(fromMetric(POUNDS, "70 Kg.").answers[POUNDS], "154");
  assert.equal(fromMetric(POUNDS, "453 kg").answers[POUNDS], "999", "998.7 rounds to the last that fits");
  assert.equal(fromMetric(POUNDS, "0.45 kg").answers[POUNDS], "1", "0.99 lb is 1");
});

test("anything else is left as typed, for the check to explain", () => {
  for (const text of ["5", "5 ft", "cm", "", null, "102 kg", "1 0 2 cm"]) assert.equal(fromMetric(FEET, text), null, String(text));
  assert.deepEqual(height("272 cm"), ["8", "11"], "the tallest the form's list takes");
  assert.equal(fromMetric(FEET, "275 cm"), null, "9 ft does not fit the form's list");
  assert.equal(fromMetric(FEET, "0 cm"), null);
  assert.equal(fromMetric(FEET, "1 cm"), null, "rounds to 0 inches");
  assert.equal(fromMetric(POUNDS, "454 kg"), null, "1001 lb has no box");
  assert.equal(fromMetric(POUNDS, "0.1 kg"), null, "0 lb");
  assert.equal(fromMetric(POUNDS, "33 lb"), null);
  assert.equal(fromMetric(POUNDS, "15 cm"), null);
  assert.equal(fromMetric("reason.lengthOfStay.value", "15 kg"), null, "other questions are not touched");
});
