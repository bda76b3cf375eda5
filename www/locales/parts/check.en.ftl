### check (en)

## The check's findings and documents (src/check/messages.rs). One text per rule of the pack, and
## per variant of its facts. { $name } is a question's name, already in this language ("your date
## of birth"); { $typed } is an answer as the person typed it; { $date } and the other dates are
## written out ("March 31, 2027").

# The helper makes the first letter of this text a capital: it may start with { $name }.
check-required-answer = { $name } is missing.
check-reparole-current-expiry = For re-parole, give the last day of the current parole: the "Admit Until" date on the I-94.
# The helper makes the first letter of this text a capital: it may start with { $name }.
check-reparole-i94-number = { $name } is missing. Re-parole needs it; you can look it up at i94.cbp.dhs.gov.
# { $country }: the country of the address, as typed.
check-reparole-in-us = Re-parole is asked from inside the United States, but this address is in { $country }. Someone who left the US needs initial parole instead: leaving ends parole.
check-reparole-i94-matches = This date should repeat Part 1, Item 12 ({ $date }). Use the same "Admit Until" date in both.
# The helper makes the first letter of this text a capital: it may start with { $name }.
check-helper-incomplete = { $name } is missing. When someone helps with the form, their part must be complete.
# { $problem }: what is wrong with the date, a sentence of its own.
check-format-date = Check { $name }: { $problem }
check-format-date-plain = Check { $name }.
check-box-a-number = "{ $typed }" does not fit the form: an A-Number has at most 9 digits after the A (the form has 9 boxes). Check it on your work permit or a USCIS notice.
check-format-a-number = "{ $typed }" does not look like an A-Number: it is the letter A and 7 to 9 digits. On the form, write 9 digits, with zeros in front if needed.
check-format-uscis-account = "{ $typed }" does not fit the form: a USCIS online account number has exactly 12 digits (the form has 12 boxes). If you have no account, leave it empty.
check-box-i94-number = "{ $typed }" does not fit the form: an I-94 number has 11 characters (numbers and letters). You can look it up at i94.cbp.dhs.gov.
check-format-i94-number = "{ $typed }" has 11 characters but does not look like an I-94 number: usually 9 digits, a letter and a digit (11 digits before 2019). Check it at i94.cbp.dhs.gov.
check-format-ssn = This is not a valid Social Security number: it has 9 digits, and some are never given (like 000 or 666 at the start). If you have none, leave it empty.
check-format-us-state-missing = For an address in the United States, write the state as its two letters, like CA or TX.
check-format-us-state = "{ $typed }" is not a US state. Write the state as its two letters, like CA or TX.
check-format-zip-code-missing = For an address in the United States, write the ZIP code: 5 digits.
check-format-zip-code = "{ $typed }" does not fit the form's ZIP code box: write the 5 digits of the ZIP code (without the 4 after a dash).
# A name typed in Ukrainian letters; { $latin } is its spelling by Ukraine's official transliteration.
check-format-latin-letters-ukrainian = "{ $typed }" has characters the form cannot take. Write it in Latin letters as on your I-94 or passport; by the official Ukrainian transliteration it would be "{ $latin }".
check-format-latin-letters = "{ $typed }" has characters the form cannot take. Write it with the letters of the English alphabet, as in the passport.
# { $english }: the country's name in English, as the form wants it.
check-format-country-in-english = The form is in English: write "{ $english }", not "{ $typed }".
check-box-email = "{ $typed }" is not an email address: it needs a name, an @ and a domain after it (name@example.com).
check-format-email = "{ $typed }" may not be an email address: check the part after the @ (name@example.com).
check-format-agency-email = The referring agency's email must be an official .gov or .mil address.
check-format-phone = "{ $typed }" does not look like a phone number: 10 digits for a US number, or + and the country code for a number abroad.
check-format-height-weight = Check { $name }: feet go from 0 to 8, inches from 0 to 11, pounds from 1 to 999.
check-format-whole-number = Check { $name }: write a whole number with digits only, like 5 (not "{ $typed }").
check-signer-is-beneficiary = On a request for someone else, you, the person filing, sign Part 10. The person to be paroled does not sign it, whatever their age. Choose who you are to them: parent, legal guardian or someone else.
# { $age }: the filer's age in years, 14 or more.
check-signer-must-be-filer-age = You file for yourself and are { $age } years old, so you sign Part 10 yourself. A parent or legal guardian may sign only for a filer under 14.
check-signer-must-be-filer = You file for yourself, so you sign Part 10 yourself (if you are under 14, a parent or legal guardian may sign for you).
# { $age }: the filer's age in years, under 14.
check-signer-under-14 = You are { $age } { $age ->
        [one] year
       *[other] years
    } old. Because you are under 14, a parent or legal guardian may sign for you; you may also sign yourself.
# { $years }: the longest this kind of parole usually lasts, in years.
check-stay-over-maximum = This is longer than this kind of parole usually lasts (up to { $years } { $years ->
        [one] year
       *[other] years
    }). Ask for the time you need, and explain why.
check-arrival-not-future = The arrival date ({ $date }) must be in the future.
check-signature-in-future = The date of signature ({ $date }) is in the future. Write the date you sign.
check-removal-proceedings = Someone who is or was in removal proceedings, or has a removal order, generally asks ICE for parole, not USCIS. Talk to an immigration lawyer or accredited representative before filing.
# { $ended }: the day DHS ended the program; { $parole_ended }: the last day of parole under it.
check-program-ended-frp = DHS ended Family Reunification Parole on { $ended }. Parole under it ended on { $parole_ended }, unless a Form I-485 filed by { $ended } is still pending or DHS decided case by case that it goes on: if so, answer Yes to that question. Otherwise new parole under FRP is not available. Talk to an immigration lawyer or accredited representative about other options.
check-program-ended-chnv = DHS ended CHNV parole (Cubans, Haitians, Nicaraguans, Venezuelans) on { $ended }: parole under it ended then, whatever the I-94 says. New parole under CHNV is not available. Talk to an immigration lawyer or accredited representative about other options.
check-program-ended = This program has ended.
check-frp-exception = You said a Form I-485 filed by December 15, 2025 is still pending, or DHS decided case by case that your FRP parole goes on. Then it lasts until the I-485 is decided or until the end date on your I-94, whichever comes first. Send the proof (the I-485 receipt notice or the DHS decision) with your request.
check-termination-notice = You said DHS sent a notice that ends your parole early. Talk to an immigration lawyer or accredited representative now, before you file: the usual dates may no longer apply. Free or low-cost help: justice.gov/eoir/list-pro-bono-legal-service-providers or immigrationlawhelp.org.
check-program-not-for-type-military = Military parole in place is for people already in the US (Part 1, Item 8), not for parole from abroad.
check-program-not-for-type-cam = An initial Central American Minors request cannot be made on Form I-131.
check-birth-date-future = The date of birth ({ $date }) is in the future.
# { $age }: 120 or more.
check-birth-date-too-old = With this date of birth the person would be { $age } years old. Check the year.
# { $count }: how many characters the reason has (many).
check-reason-too-long = The reason has { $count } characters. The box on the form is small: what does not fit goes in Part 13 (additional information) or on a separate sheet with your name, A-Number, and the Part and Item.
# { $count }: how many names do not fit (1 or more).
check-too-many-other-names = There is room for 3 other names. Write the other { $count } in Part 13.
check-write-in-english = This answer seems to be in Spanish. The form must be answered in English: ask someone to translate it.
check-one-form-per-person = Each person needs a form of their own. To ask for parole for several people, fill in one form for each.
check-fee-waiver-on-paper = A fee waiver (Form I-912) means filing on paper, not online.
check-form-edition-expired = This helper follows the 01/20/25 edition of Form I-131, approved through { $date }. A new edition may be in use: check uscis.gov/i-131 before filing.
check-fees-unverified = The fees shown are known to hold through { $date }; they may have changed. Check the fee schedule (Form G-1055) at uscis.gov/g-1055 before paying.
check-evidence-identity = Identity documents (such as a passport) of the filer, of the person to be paroled, and of anyone who promises financial support.
check-evidence-citizenship-id = A valid government ID of the person to be paroled that shows their citizenship (for example, the photo page of the passport).
check-evidence-financial-support-reparole = A new Form I-134, Declaration of Financial Support, with updated proof of the supporter's income: the one sent with the first request is not enough.
check-evidence-financial-support = Form I-134, Declaration of Financial Support, from someone who will support the person in the US, with proof of their income.
# { $request }: "reparole" for a re-parole request (one more thing the letter says), else "initial".
check-evidence-physician-letter = A letter from the physician that says: the diagnosis; the prognosis; the treatment and how long it will take; why it is not available in the home country or nearby; what it costs and who pays{ $request ->
        [reparole] ; and why the last period of parole was not enough
       *[initial] {""}
    }.
check-evidence-return-trip = Proof of how the return trip will be paid (for example a bank statement, or a letter from whoever pays).
check-evidence-parental-consent = The written consent of both parents (or of the legal guardian) to the child's treatment and travel.
check-evidence-translations = For every document not in English: a full English translation, with the translator's signed statement that they know both languages and that the translation is correct.
check-evidence-current-parole = A copy of the current I-94 (it shows the parole and its end date) and, if you have one, both sides of the work permit.
# { $grounds }: for each ground that may apply, a "fee-exemption-evidence" sentence.
check-evidence-fee-exemption = To ask not to pay the parole fee: a signed letter that asks for the exemption and names its reason, with evidence for it. { $grounds }
check-evidence-fee-waiver = Form I-912, Request for Fee Waiver, with proof of one of these (8 CFR 106.3): a means-tested benefit (such as Medicaid or SNAP); a household income at or below 150% of the federal poverty guidelines; or financial hardship. It covers only the I-131 fee, on paper.

## The fees (src/check/messages.rs). { $amount } is written in US dollars, "$1,000".

# { $method }: "online" or "paper", how the form is filed.
fee-i131 = Form I-131 filing fee: { $amount } ({ $method ->
        [online] online
       *[paper] on paper
    }). A fee waiver (Form I-912) may be possible, on paper only, for someone who gets a means-tested benefit, has a household income at or below 150% of the federal poverty guidelines, or has financial hardship.
fee-i131-plain = Form I-131 filing fee.
fee-work-permit = Work permit asked for in Part 9: { $amount }. It cannot be waived.
fee-work-permit-plain = Work permit asked for in Part 9.
# Followed by "fee-parole-examples", or by "fee-parole-exemption" when a ground seems to apply.
fee-parole = Parole fee: { $amount } for each grant of parole, re-parole included. USCIS charges it only if it grants parole (a payment notice comes with the approval); it is not paid with the form. The amount is the one in force when parole is granted, not when you mail the form. A fee waiver (Form I-912) cannot cover it, but the law exempts some people, case by case.
fee-parole-examples = Among them: a medical emergency when the treatment is not available where the person lives, and the parent or guardian of such a child. The questions of Part 8 show whether one may apply.
fee-parole-minor-patient = Because the medical ground is for a child, the child's parent or legal guardian may also be exempt, on their own request (8 U.S.C. 1804(b)(2)).
fee-parole-plain = Parole fee, charged on approval.
# { $grounds }: the "fee-ground-…" texts that apply, each with its paragraph of the law, joined with "; ".
fee-parole-exemption = This request may be exempt: { $grounds }. The exemption must be asked for and shown with evidence (see the documents to gather); USCIS decides case by case.
# One ground of the exemption and what to send to show it. { $ground }: a "fee-ground-…" text (the
# helper makes its first letter a capital); { $paragraph }: its paragraph of the law, 1 to 10;
# { $proof }: a "fee-exemption-proof-…" text.
fee-exemption-evidence = { $ground } (8 U.S.C. 1804(b)({ $paragraph })). Send: { $proof }.
fee-exemption-proof-medical = the physician's letter, saying why the treatment is not available where the person lives, or why the emergency is life-threatening
fee-exemption-proof-parent = the child's birth certificate (or the guardianship order) and the child's medical evidence or parole approval
fee-exemption-proof-other = documents that show it
# The grounds of the parole fee exemption (8 U.S.C. 1804(b)), in plain words, inside a sentence.
fee-ground-medical = a medical emergency, when the treatment is not available in the country where the person lives or the emergency is life-threatening with no time for a visa
fee-ground-parent-of-minor-patient = the parent or legal guardian of a child who needs medical parole
fee-ground-organ-donor = an organ or tissue donor, with no time for a visa
fee-ground-family-member-dying = a close family member in the US who is about to die
fee-ground-funeral = the funeral of a close family member
fee-ground-adopted-child-medical = an adopted child with an urgent medical condition
fee-ground-adjustment-applicant = someone applying for a green card (adjustment of status) coming back from a short trip
fee-ground-immigration-hearing = someone sent back to Mexico or Canada and let in for an immigration hearing
fee-ground-cuban-haitian-entrant = a Cuban or Haitian entrant
fee-ground-law-enforcement = someone helping US law enforcement

## The findings across a family's requests (src/check/messages.rs). { $child }, { $person },
## { $other }: people's names as they typed them.

family-parent-may-be-exempt = { $child } may be exempt from the parole fee on medical grounds. As { $child }'s parent or legal guardian, you may be exempt too, on this request of your own: answer Yes to that question in Part 8, and send proof that you are the parent or guardian.
family-young-child-filed-by-parent = { $child } is under 14. A parent or legal guardian usually asks for a young child's parole: in { $child }'s request, answer Yes to filing for someone else, and the parent or guardian signs Part 10.
# { $name }: the question's name (the helper makes the first letter of this text a capital).
family-same-contact = { $name } in { $person }'s request is not the same as in { $other }'s. USCIS writes to each request: use the same one unless it really differs.
# { $name } and { $other }: two people; { $ends } and { $other_ends }: the last days of their parole.
family-parole-ends-differ = { $name }'s parole ends on { $ends }, and { $other }'s on { $other_ends }: the dates to ask for re-parole differ. Ask for each on its own dates.

## The check's report (src/check/report.rs).

# A finding's message led by the Part and Item it is about: { $item } is "Part 2, Item 10".
check-at-item = { $item }: { $message }
# The first line of the report a terminal shows. { $edition }: the form's edition, "01/20/25".
check-text-title = Check of a parole request (Form I-131, edition { $edition }) · { $date }
check-text-counts = { $errors } error(s), { $warnings } warning(s)
check-text-errors = Errors (USCIS would reject these, or they cannot be right):
check-text-warnings = Warnings (advice and risks):
check-text-info = Good to know:
check-text-evidence = Evidence to gather:
# Whether a document is required, or recommended: shown in brackets before it.
check-text-required = required
check-text-recommended = recommended
check-text-fees = Fees:
# When a fee is paid: shown in brackets after its amount.
check-text-with-filing = with the form
check-text-on-approval = on approval
check-text-sources = Sources:
check-text-notice = This is not legal advice. Talk to an immigration lawyer or accredited representative.

## Whose re-parole dates the window shows (src/check/mod.rs): a line before the window's
## explanation, when someone files for another person.

check-window-for = These dates are for the parole of { $name }, the person you are asking for.
check-window-for-unnamed = These dates are for the parole of the person you are asking for.

## Why a file is not a request at all (src/form/error.rs). { $path } is where in the file, as the
## file writes it ("filer.name"): keep it as it is.

form-error-not-json = This is not a form: it is not valid JSON (line { $line }, column { $column }).
form-error-not-an-object = This is not a form: a form is a JSON object, {"{"} ... {"}"}.
# { $name }: the name in the file that is not a question.
form-error-unknown-question = This is not a form the helper knows: "{ $name }" is not one of its questions (a typo?).
form-error-unknown-question-in = This is not a form the helper knows: "{ $name }" in { $path } is not one of its questions (a typo?).
# { $value }: the answer in the file that is not a choice of the question.
form-error-unknown-choice = This is not a form the helper knows: "{ $value }" is not a choice for { $path }.
form-error-wrong-type = This is not a form the helper knows: { $path } has the wrong kind of value.
form-error-wrong-type-form = This is not a form the helper knows: the form has the wrong kind of value.
form-error-newer-version = This form was saved by a newer version of the helper (version { $version }). Use the newer helper to open it; nothing was changed.
form-error-too-large = This file is too large to be a form ({ $megabytes } MB; a form is a few KB). Nothing was read.
form-error-answer-too-long = The answer to { $path } is too long: at most { $max } characters. Nothing was changed.
# { $person }: the person's name (or "#2").
form-error-family-not-for-page = This family file cannot be opened here: on this page every person after the first is asked for by the same filer, with the same address, contact and kind of request, and { $person }'s request is not. Nothing was changed.

## A family's report as a terminal shows it (src/family/report.rs), after each person's own.

family-text-the-family = The family
family-text-across = Across the people:
family-text-dates = Dates, the earliest deadline first:
# { $by }: the day to ask by (advice); { $last }: the last day.
family-text-deadline-advice = ask by { $by } (advice); last day { $last }
family-text-deadline = last day { $last }
family-text-documents = Documents to gather, once each:
# One document: { $need } is "required" or "recommended" (check-text-required…), { $text } what to
# gather, { $people } the names of the people it is for.
family-text-document = ({ $need }) { $text } (for: { $people })
family-text-fees = Fees:
# One person's fees. { $exemptions }: how many paragraphs of the law may exempt them from the parole
# fee (0 when none), { $grounds } those paragraphs ("8 U.S.C. 1804(b)(1)").
family-text-fee = { $person }: { $filing } with the form, { $approval } on approval{ $exemptions ->
        [0] {""}
       *[other] ; may be exempt from the parole fee: { $grounds }
    }
family-text-fees-together = Together: { $filing } with the forms, { $approval } on approval before any exemption

## Where each rule comes from (src/rules/source_words.rs): the titles of the sources the reports
## cite. The English title is also in the rule's data (src/rules/pack.rs, src/windows/rules.rs): it
## must stay exactly the same here. In another language, names of official documents, pages and
## laws that have no official name in it stay in English, marked as such with the words of
## source-in-english: `"Name" (in English)`, or `(in English: "Name")` after a description in
## the language. A title kept whole in English is written exactly as the English one.

# How a title marks a name kept in English, inside brackets.
source-in-english = in English

# The check's rule pack (src/rules/pack.rs), in pack order.
source-form-i131 = USCIS, Form I-131 and its instructions (edition 01/20/25)
source-plain-sense = Plain sense about the data (not a legal rule)
source-form-boxes = USCIS, Form I-131 (edition 01/20/25), the boxes of the official form: 9 for the A-Number, 12 for the USCIS Online Account Number, 5 for the ZIP code; an I-94 number has 11 characters
source-u4u-reparole-in-us = USCIS, Uniting for Ukraine re-parole FAQ: re-parole is asked from inside the United States; leaving ends parole
source-guides-a-number = Legal-aid guides: an A-Number is "A" and 7 to 9 digits, written as 9 digits with zeros in front
source-guides-i94-number = Legal-aid guides: an I-94 number has 11 characters (9 digits, a letter, a digit since May 2019; 11 digits before)
source-ssa-ssn = Social Security Administration: SSNs have 9 digits; area 000, 666 and 900-999, group 00 and serial 0000 are never issued
source-form-email = USCIS, Form I-131 (edition 01/20/25): an email address, which has an @ and a domain
source-our-email-check = Our check that an email looks like name@domain.tld
source-our-phone-check = Our check that a phone number has 10 digits, or 8 to 15 after a + for numbers abroad
source-form-filer-signs = USCIS, Form I-131 instructions (edition 01/20/25): on a request for someone else, the requester (the filer) signs Part 10
source-cfr-each-applicant-signs = 8 CFR 103.2(a)(2): each applicant signs; a parent or legal guardian may sign for an applicant under 14
source-cfr-guardian-signs = 8 CFR 103.2(a)(2): a parent or legal guardian may sign for an applicant under 14
source-usual-parole-lengths = Usual parole lengths: humanitarian up to 1 year (legal-aid guides); Ukrainian and Afghan re-parole up to 2 years (USCIS); FRP up to 3 years (legal-aid guides)
source-guides-removal-ice = Legal-aid guides: someone in removal proceedings or with a removal order generally asks ICE, not USCIS, for parole
source-fr-chnv-frp-ended = Federal Register 2025-05128 (CHNV parole terminated April 24, 2025) and 2025-22744 (FRP ended December 15, 2025; its parole January 14, 2026)
source-fr-frp-exception = Summaries of Federal Register 2025-22744: FRP parole continues for a pending Form I-485 filed by December 15, 2025, or by a case-by-case decision, until the I-485 decision or the original end date
source-dhs-termination-notice = DHS may terminate parole by notice (8 CFR 212.5(e)); that a person with a notice needs a lawyer or accredited representative now is our advice. Free help: the Justice Department's list of pro bono legal service providers
source-guides-fee-waiver-paper = Legal-aid guides: a fee waiver (Form I-912) for the I-131 fee means filing on paper
source-form-omb-approval = Form I-131, OMB No. 1615-0013, approved through 06/30/2027
source-fee-adjustment-2027 = A fee adjustment is expected around January 1, 2027 (a Form G-1055 edition 10/01/26 is cited); check the fee schedule
source-uscis-evidence-identity = USCIS evidence guidance for humanitarian parole: identity documents for the petitioner, the beneficiary and any financial supporter
source-uscis-evidence-citizenship = USCIS evidence guidance for humanitarian parole: a valid government ID of the beneficiary that shows citizenship
source-hrf-financial-support = Human Rights First, "I was paroled in the United States": Form I-134, Declaration of Financial Support, for initial parole and, new and with updated evidence, for re-parole
source-guides-physician-letter = Legal-aid guides for medical parole: what the physician's letter should say (diagnosis, prognosis, treatment and its length, why it is not available at home, cost and payer; for re-parole, why the last period was not enough)
source-guides-return-trip = Legal-aid guides for medical parole: proof of how the return trip will be paid, apart from the physician's letter
source-guides-parental-consent = Legal-aid guides for medical parole of a minor: the parents' consent
source-cfr-translations = 8 CFR 103.2(b)(3): a document in another language needs a full English translation, certified by the translator
source-uscis-current-parole = USCIS asks Ukrainians for the I-94 and the work permit with re-parole; asking everyone for them is our inference
source-usc-fee-exemptions-case-by-case = 8 U.S.C. 1804(b): the parole fee exemptions are decided case by case, on evidence
source-cfr-fee-waiver = 8 CFR 106.3: a fee waiver (Form I-912) for a means-tested benefit, household income at or below 150% of the federal poverty guidelines, or financial hardship
source-fee-rule-2024 = 2024 fee rule (Federal Register 2024-01427): I-131 $630 on paper, $580 online; that it applies to parole is our reading, check Form G-1055
source-hr1-work-permit-fee = H.R. 1 fees (Federal Register 2025-13738): a parolee's work permit with re-parole $275, not waivable
source-inflation-work-permit-fee = Inflation adjustment from January 1, 2026 (Federal Register 2025-20622): a parolee's work permit with re-parole $280, not waivable
source-hr1-parole-fee = H.R. 1 parole fee (90 FR 48317): $1,000 for each grant of parole, re-parole included, charged when parole is granted, at the amount in force then (indexed each year; the FY2026 amount may be $1,020, unconfirmed)
source-usc-parole-fee-exemptions = 8 U.S.C. 1804(b): exemptions from the parole fee, case by case, among them a medical emergency when treatment cannot be obtained where the person lives or is life-threatening with no time for a visa, and the parent or legal guardian of such a minor
source-usc-parent-exemption = 8 U.S.C. 1804(b)(2): the parent or legal guardian of a minor with a medical emergency may be exempt from the parole fee, on their own request
source-guides-young-child = Legal-aid practice: a parent or legal guardian asks for a young child's parole and signs for a child under 14 (8 CFR 103.2(a)(2))

# The renewal windows' rules (src/windows/rules.rs), in their order.
source-guides-admit-until = Legal-aid summaries: parole runs through the I-94 "Admit Until" date; unlawful presence starts the next day
source-our-calendar-days = Our inference: no source moves these dates for weekends or holidays, so days are counted on the calendar
source-uscis-ukraine-reparole = USCIS, Re-Parole Process for Certain Ukrainian Citizens and Their Immediate Family Members
source-hrf-ask-90-days = Human Rights First, "I was paroled in the United States": ask for re-parole at least 90 days before parole ends (advice; no official deadline and no official first day were found)
source-uscis-early-filing = USCIS says early filing lowers the risk that parole and work permit expire before a decision (Ukraine page); that this holds for every program is our inference
source-uscis-afghan-reparole = USCIS, Afghan Re-Parole FAQs: case-by-case extension of parole and EAD for a pending I-589 or I-485 filed before initial parole expired
source-no-program-window = No program-specific re-parole window was found for Items 10.D-10.I; the general advice applies until the program's own notice says otherwise
source-fr-chnv-termination = Federal Register 2025-05128, Termination of Parole Processes for Cubans, Haitians, Nicaraguans, and Venezuelans
source-fr-frp-termination = Federal Register 2025-22744, Termination of the Family Reunification Parole processes
source-guides-i765-renewal = Legal-aid summaries of Form I-765 renewals: file up to 180 days before the work permit expires (check the I-765 page)
source-fr-frp-exception-first = Summaries of Federal Register 2025-22744: FRP parole continues for a pending Form I-485 filed by December 15, 2025, or by a case-by-case decision, until the I-485 decision or the original end date, whichever comes first
source-dhs-termination-any-time = DHS may terminate parole at any time (8 CFR 212.5(e)); that a person with a notice needs a lawyer or accredited representative now is our advice. Free help: the Justice Department's list of pro bono legal service providers
source-usc-work-permit-validity = 8 U.S.C. 1809(a) (H.R. 1, Pub. L. 119-21): a parolee's work permit is valid for 1 year or the parole period, whichever is shorter
source-form-part9-work-permit = Form I-131 (edition 01/20/25), Part 9: a work permit asked for together with re-parole; with 8 U.S.C. 1809(a), a permit cannot outlast the parole
