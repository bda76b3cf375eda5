// The rule subset with zod 4: an object schema plus one superRefine for what depends on other answers.
import { z } from "zod";
import * as r from "./shared.js";

const text = z.string().optional();
const name = z.object({ familyName: text, givenName: text, middleName: text }).strict().partial();
const address = z
  .object({ inCareOf: text, street: text, unit: text, city: text, state: text, zipCode: text, province: text, postalCode: text, country: text })
  .strict()
  .partial();
const date = z.string().refine((s) => r.realDate(s) !== null, "date");
const schema = z
  .object({
    schemaVersion: z.number().optional(),
    application: z
      .object({
        paroleType: z.enum(["initial", "reparole"]).optional(),
        program: z.string().optional(),
        programName: text,
        onBehalfOfSomeoneElse: z.boolean().optional(),
        i130ReceiptNumber: text,
        agencyEmail: text,
        taskForceRegistrationNumber: text,
        currentParoleExpires: date.optional(),
        filingMethod: z.enum(["paper", "online"]).optional(),
        feeWaiverRequested: z.boolean().optional(),
        // Answers of the current model the subset does not check (a strict schema must know them).
        agencyName: text,
        militaryRelation: text,
        refugeeStatus: z.boolean().optional(),
        frpException: z.boolean().optional(),
        terminationNotice: z.boolean().optional(),
      })
      .strict()
      .default({}),
    filer: z
      .object({
        name: name.default({}),
        otherNames: z.array(name).optional(),
        mailingAddress: address.default({}),
        physicalAddress: address.optional(),
        aNumber: z.string().refine(r.isANumber, "aNumber").optional(),
        countryOfBirth: text,
        countryOfCitizenship: text,
        sex: z.enum(["male", "female"]).optional(),
        dateOfBirth: date.optional(),
        ssn: z.string().refine(r.isSsn, "ssn").optional(),
        uscisOnlineAccountNumber: text,
        classOfAdmission: text,
        i94Number: z.string().refine(r.isI94, "i94").optional(),
        i94Expires: date.optional(),
        emedicalParoleeId: text,
      })
      .strict()
      .default({}),
    beneficiary: z
      .object({
        name: name.default({}),
        otherNames: z.array(name).optional(),
        dateOfBirth: date.optional(),
        countryOfBirth: text,
        countryOfCitizenship: text,
        daytimePhone: z.string().refine(r.isPhone, "phone").optional(),
        email: z.string().refine(r.isEmail, "email").optional(),
        aNumber: z.string().refine(r.isANumber, "aNumber").optional(),
        mailingAddress: address.default({}),
        mailingAddressSameAsFiler: z.boolean().optional(),
        physicalAddress: address.optional(),
        classOfAdmission: text,
        i94Number: z.string().refine(r.isI94, "i94").optional(),
      })
      .strict()
      .default({}),
    biographics: z
      .object({
        ethnicity: z.string().optional(),
        race: z.array(z.string()).optional(),
        heightFeet: z.string().refine(r.isWhole, "whole").optional(),
        heightInches: z.string().refine(r.isWhole, "whole").optional(),
        weightPounds: z.string().refine(r.isWhole, "whole").optional(),
        eyeColor: text,
        hairColor: text,
      })
      .strict()
      .default({}),
    removalProceedings: z.boolean().optional(),
    reason: z
      .object({
        category: text,
        lifeThreateningEmergency: z.boolean().optional(),
        explanation: text,
        lengthOfStay: z.object({ value: z.string().refine(r.isWhole, "whole").optional(), unit: text }).strict().default({}),
        expectedArrival: date.optional(),
        consulate: text,
        treatmentAvailableAtHome: z.boolean().optional(),
        parentOfMinorPatient: z.boolean().optional(),
        otherFeeExemptions: z.array(z.string()).optional(),
      })
      .strict()
      .default({}),
    workPermit: z.boolean().optional(),
    contact: z
      .object({
        daytimePhone: z.string().refine(r.isPhone, "phone").optional(),
        mobilePhone: z.string().refine(r.isPhone, "phone").optional(),
        email: z.string().refine(r.isEmail, "email").optional(),
      })
      .strict()
      .default({}),
    signature: z.object({ signerRole: text, date: date.optional() }).strict().default({}),
    interpreter: z.object({}).passthrough().optional(),
    preparer: z.object({}).passthrough().optional(),
    previousDocuments: z.object({}).passthrough().optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const need = (value, path) => {
      if (value === undefined || value === null || (typeof value === "string" && !value.trim()) || (Array.isArray(value) && !value.length)) {
        ctx.addIssue({ code: "custom", path, message: "required" });
      }
    };
    // zod 4 returns a default as is, without parsing it: nested defaults are not filled in.
    for (const part of ["filer", "beneficiary"]) {
      f[part].name ??= {};
      f[part].mailingAddress ??= {};
    }
    f.reason.lengthOfStay ??= {};
    const a = f.application;
    const re = a.paroleType === "reparole";
    const init = a.paroleType === "initial";
    const behalf = a.onBehalfOfSomeoneElse === true;
    need(a.paroleType, ["application", "paroleType"]);
    need(a.program, ["application", "program"]);
    need(a.onBehalfOfSomeoneElse, ["application", "onBehalfOfSomeoneElse"]);
    if (re) need(a.currentParoleExpires, ["application", "currentParoleExpires"]);
    for (const k of ["familyName", "givenName"]) need(f.filer.name[k], ["filer", "name", k]);
    for (const k of ["street", "city", "country"]) need(f.filer.mailingAddress[k], ["filer", "mailingAddress", k]);
    for (const k of ["countryOfBirth", "countryOfCitizenship", "sex", "dateOfBirth"]) need(f.filer[k], ["filer", k]);
    if (re && !behalf) for (const k of ["classOfAdmission", "i94Number", "i94Expires"]) need(f.filer[k], ["filer", k]);
    if (behalf) {
      for (const k of ["familyName", "givenName"]) need(f.beneficiary.name[k], ["beneficiary", "name", k]);
      for (const k of ["dateOfBirth", "countryOfBirth", "countryOfCitizenship"]) need(f.beneficiary[k], ["beneficiary", k]);
      for (const k of ["street", "city", "country"]) need(f.beneficiary.mailingAddress[k], ["beneficiary", "mailingAddress", k]);
      if (re) for (const k of ["classOfAdmission", "i94Number"]) need(f.beneficiary[k], ["beneficiary", k]);
    }
    for (const k of ["ethnicity", "race", "heightFeet", "heightInches", "weightPounds", "eyeColor", "hairColor"]) need(f.biographics[k], ["biographics", k]);
    need(f.removalProceedings, ["removalProceedings"]);
    need(f.reason.explanation, ["reason", "explanation"]);
    need(f.reason.lengthOfStay.value, ["reason", "lengthOfStay", "value"]);
    need(f.reason.lengthOfStay.unit, ["reason", "lengthOfStay", "unit"]);
    if (init) for (const k of ["expectedArrival", "consulate"]) need(f.reason[k], ["reason", k]);
    if (re) need(f.workPermit, ["workPermit"]);
    need(f.contact.daytimePhone, ["contact", "daytimePhone"]);
    need(f.signature.signerRole, ["signature", "signerRole"]);
    need(f.signature.date, ["signature", "date"]);
    for (const [who, addr] of [["filer", f.filer.mailingAddress], ["beneficiary", f.beneficiary.mailingAddress]]) {
      if (addr.country && r.isUs(addr.country)) {
        if (!r.US_STATES.has(String(addr.state ?? "").toUpperCase())) ctx.addIssue({ code: "custom", path: [who, "mailingAddress", "state"], message: "state" });
        if (!r.isZip(addr.zipCode ?? "")) ctx.addIssue({ code: "custom", path: [who, "mailingAddress", "zipCode"], message: "zip" });
      }
    }
    for (const who of ["filer", "beneficiary"]) {
      const born = r.realDate(f[who].dateOfBirth);
      if (born && r.future(born)) ctx.addIssue({ code: "custom", path: [who, "dateOfBirth"], message: "future" });
      else if (born && r.ageOn(born) > 120) ctx.addIssue({ code: "custom", path: [who, "dateOfBirth"], message: "old" });
    }
    const person = r.realDate(behalf ? f.beneficiary.dateOfBirth : f.filer.dateOfBirth);
    if (person && r.ageOn(person) < 14 && f.signature.signerRole && !["parent", "legalGuardian"].includes(f.signature.signerRole)) {
      ctx.addIssue({ code: "custom", path: ["signature", "signerRole"], message: "under14" });
    }
    const arrival = r.realDate(f.reason.expectedArrival);
    if (init && arrival && !r.future(arrival)) ctx.addIssue({ code: "custom", path: ["reason", "expectedArrival"], message: "arrival" });
    const signed = r.realDate(f.signature.date);
    if (signed && r.future(signed)) ctx.addIssue({ code: "custom", path: ["signature", "date"], message: "signature" });
  });

/** Problems of `form`, as a list of "path: code". */
export function check(form) {
  const result = schema.safeParse(form);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

const aNumber = z.string().refine(r.isANumber, "aNumber");
/** One answer alone. */
export function checkField(value) {
  const result = aNumber.safeParse(value);
  return result.success ? null : result.error.issues[0].message;
}
