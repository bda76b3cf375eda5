// The rule subset with ajv 8: a JSON Schema (draft 2020-12) with if/then for what depends on other
// answers, and custom keywords where JSON Schema cannot say a rule (real dates, SSN areas, ages).
import Ajv from "ajv/dist/2020.js";
import * as r from "./shared.js";

const ajv = new Ajv({ allErrors: true, strict: false });
const keyword = (name, check) => ajv.addKeyword({ keyword: name, type: "string", schema: false, validate: check });
keyword("realDate", (s) => r.realDate(s) !== null);
keyword("aNumber", r.isANumber);
keyword("i94", r.isI94);
keyword("ssn", r.isSsn);
keyword("email", r.isEmail);
keyword("phone", r.isPhone);
keyword("whole", r.isWhole);
keyword("notFuture", (s) => !r.realDate(s) || !r.future(r.realDate(s)));
keyword("inFuture", (s) => !r.realDate(s) || r.future(r.realDate(s)));
keyword("age0to120", (s) => !r.realDate(s) || (!r.future(r.realDate(s)) && r.ageOn(r.realDate(s)) <= 120));
ajv.addKeyword({
  keyword: "signerForMinor",
  type: "object",
  schema: false,
  validate: (f) => {
    const behalf = f.application?.onBehalfOfSomeoneElse === true;
    const born = r.realDate(behalf ? f.beneficiary?.dateOfBirth : f.filer?.dateOfBirth);
    const role = f.signature?.signerRole;
    return !(born && r.ageOn(born) < 14 && role && !["parent", "legalGuardian"].includes(role));
  },
});
ajv.addKeyword({
  keyword: "usAddress",
  type: "object",
  schema: false,
  validate: (a) => !a.country || !r.isUs(a.country) || (r.US_STATES.has(String(a.state ?? "").toUpperCase()) && r.isZip(a.zipCode ?? "")),
});

const str = { type: "string" };
const nonEmpty = { type: "string", pattern: "\\S" };
const date = { type: "string", realDate: true };
const name = { type: "object", additionalProperties: false, properties: { familyName: str, givenName: str, middleName: str } };
const address = {
  type: "object",
  additionalProperties: false,
  usAddress: true,
  properties: Object.fromEntries(["inCareOf", "street", "unit", "city", "state", "zipCode", "province", "postalCode", "country"].map((k) => [k, str])),
};
const requiredName = { ...name, required: ["familyName", "givenName"], properties: { familyName: nonEmpty, givenName: nonEmpty, middleName: str } };
const requiredAddress = { ...address, required: ["street", "city", "country"], properties: { ...address.properties, street: nonEmpty, city: nonEmpty, country: nonEmpty } };
const schema = {
  type: "object",
  additionalProperties: false,
  signerForMinor: true,
  required: ["application", "filer", "biographics", "removalProceedings", "reason", "contact", "signature"],
  properties: {
    schemaVersion: { type: "integer" },
    application: {
      type: "object",
      required: ["paroleType", "program", "onBehalfOfSomeoneElse"],
      properties: {
        paroleType: { enum: ["initial", "reparole"] },
        program: str,
        onBehalfOfSomeoneElse: { type: "boolean" },
        currentParoleExpires: date,
        filingMethod: { enum: ["paper", "online"] },
        feeWaiverRequested: { type: "boolean" },
      },
    },
    filer: {
      type: "object",
      required: ["name", "mailingAddress", "countryOfBirth", "countryOfCitizenship", "sex", "dateOfBirth"],
      properties: {
        name: requiredName,
        mailingAddress: requiredAddress,
        physicalAddress: address,
        otherNames: { type: "array", items: name },
        aNumber: { type: "string", aNumber: true },
        countryOfBirth: nonEmpty,
        countryOfCitizenship: nonEmpty,
        sex: { enum: ["male", "female"] },
        dateOfBirth: { ...date, age0to120: true },
        ssn: { type: "string", ssn: true },
        i94Number: { type: "string", i94: true },
        i94Expires: date,
        classOfAdmission: str,
      },
    },
    beneficiary: {
      type: "object",
      properties: {
        name,
        mailingAddress: address,
        physicalAddress: address,
        otherNames: { type: "array", items: name },
        dateOfBirth: { ...date, age0to120: true },
        daytimePhone: { type: "string", phone: true },
        email: { type: "string", email: true },
        aNumber: { type: "string", aNumber: true },
        i94Number: { type: "string", i94: true },
      },
    },
    biographics: {
      type: "object",
      required: ["ethnicity", "race", "heightFeet", "heightInches", "weightPounds", "eyeColor", "hairColor"],
      properties: {
        race: { type: "array", minItems: 1 },
        heightFeet: { type: "string", whole: true },
        heightInches: { type: "string", whole: true },
        weightPounds: { type: "string", whole: true },
      },
    },
    removalProceedings: { type: "boolean" },
    reason: {
      type: "object",
      required: ["explanation", "lengthOfStay"],
      properties: {
        explanation: nonEmpty,
        lengthOfStay: { type: "object", required: ["value", "unit"], properties: { value: { type: "string", whole: true }, unit: str } },
        expectedArrival: date,
      },
    },
    workPermit: { type: "boolean" },
    contact: { type: "object", required: ["daytimePhone"], properties: { daytimePhone: { type: "string", phone: true }, mobilePhone: { type: "string", phone: true }, email: { type: "string", email: true } } },
    signature: { type: "object", required: ["signerRole", "date"], properties: { signerRole: str, date: { ...date, notFuture: true } } },
    interpreter: { type: "object" },
    preparer: { type: "object" },
    // An answer group of the current model the subset does not check.
    previousDocuments: { type: "object" },
  },
  allOf: [
    {
      if: { properties: { application: { properties: { paroleType: { const: "reparole" } } } } },
      then: { required: ["workPermit"], properties: { application: { required: ["currentParoleExpires"] } } },
    },
    {
      if: { properties: { application: { properties: { paroleType: { const: "reparole" }, onBehalfOfSomeoneElse: { const: false } } } } },
      then: { properties: { filer: { required: ["classOfAdmission", "i94Number", "i94Expires"] } } },
    },
    {
      if: { properties: { application: { properties: { onBehalfOfSomeoneElse: { const: true } } } } },
      then: {
        required: ["beneficiary"],
        properties: {
          beneficiary: { required: ["name", "dateOfBirth", "countryOfBirth", "countryOfCitizenship", "mailingAddress"], properties: { name: requiredName, mailingAddress: requiredAddress } },
        },
      },
    },
    {
      if: { properties: { application: { properties: { paroleType: { const: "reparole" }, onBehalfOfSomeoneElse: { const: true } } } } },
      then: { properties: { beneficiary: { required: ["classOfAdmission", "i94Number"] } } },
    },
    {
      if: { properties: { application: { properties: { paroleType: { const: "initial" } } } } },
      then: { properties: { reason: { required: ["expectedArrival", "consulate"], properties: { expectedArrival: { ...date, inFuture: true } } } } },
    },
  ],
};
const validate = ajv.compile(schema);

/** Problems of `form`, as a list of "path: keyword". */
export function check(form) {
  return validate(form) ? [] : validate.errors.map((e) => `${e.instancePath}: ${e.keyword}`);
}

const aNumber = ajv.compile({ type: "string", aNumber: true });
/** One answer alone. */
export function checkField(value) {
  return aNumber(value) ? null : aNumber.errors[0].keyword;
}
