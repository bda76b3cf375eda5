// The rule subset both peers implement, as a JavaScript team would write it: required answers by
// request type and filer, formats, and a few cross-field rules. (The helper's own check does all of
// these and more: messages in two languages with sources, the evidence list, fees, the window.)
export const TODAY = "2026-11-27";

export function realDate(text) {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text ?? "");
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCDate() === d ? date : null;
}
const today = () => realDate(TODAY);
export const isANumber = (s) => /^[Aa]?[- ]?(\d[- ]?){7,9}$/.test(s.trim()) && s.replace(/\D/g, "").length <= 9;
export const isI94 = (s) => /^\d{9}[A-Za-z0-9]\d$/.test(s.replace(/[ -]/g, ""));
export function isSsn(s) {
  const d = s.replace(/[ -]/g, "");
  return /^\d{9}$/.test(d) && !/^(000|666|9)/.test(d) && d.slice(3, 5) !== "00" && d.slice(5) !== "0000";
}
export const isEmail = (s) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(s);
export function isPhone(s) {
  const t = s.trim();
  if (!/^\+?[\d ().-]+$/.test(t)) return false;
  const n = t.replace(/\D/g, "").length;
  return t.startsWith("+") ? n >= 8 && n <= 15 : n === 10 || (n === 11 && t.replace(/\D/g, "")[0] === "1");
}
export const US_STATES = new Set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP AA AE AP".split(" "));
export const isZip = (s) => /^\d{5}(-\d{4})?$/.test(s.trim());
export const isUs = (c) => ["us", "usa", "unitedstates", "unitedstatesofamerica", "estadosunidos", "eeuu"].includes(String(c ?? "").toLowerCase().replace(/[^a-z]/g, ""));
export const isWhole = (s) => /^\s*\d+\s*$/.test(s);
export function ageOn(born) {
  const t = today();
  let years = t.getUTCFullYear() - born.getUTCFullYear();
  if (t.getUTCMonth() < born.getUTCMonth() || (t.getUTCMonth() === born.getUTCMonth() && t.getUTCDate() < born.getUTCDate())) years--;
  return years;
}
export const future = (date) => date > today();
