### The helper's words in English. Ids are stable: code refers to them; translators change only
### the text after "=". Placeholders ({ $name }) must stay.

## Languages and dates (src/i18n)

lang-unknown = "{ $code }" is not a language this helper speaks. Use { $known }.
item-word = Item
# A month's name as written inside a date.
month-in-date = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
date-long = { $month } { $day }, { $year }

## ======== questions ========
### The questions of the request, their sections and choices (src/form/catalogue), the questions
### and the printed review as the page shows them (src/form/describe.rs), and the countries the page
### suggests (src/form/places.rs).
###
### A question's id follows where its answer goes in the request: q-filer-name-familyName is
### filer.name.familyName. Its text is the question as the page asks it; .name is its name inside a
### sentence (the check writes "Enter { name }.", "Check { name }: ..."); .help a short help under it.

## Parts and Items of Form I-131 (src/form/catalogue/mod.rs), as USCIS words them in this language.
# A Part as a whole: "Part 11". { $part } is its number.
q-form-part = Part { $part }
# One Item: "Part 2, Item 23", "Part 4, Item 2.a".
q-form-item = Part { $part }, Item { $item }
# Several Items: "Part 1, Items 6-11", "Part 1, Items 6.E / 10.I".
q-form-items = Part { $part }, Items { $items }

## The sections of the questions, following the Parts of the form (src/form/catalogue/mod.rs)
section-application = Part 1. What you are asking for
section-filer = Part 2. About you, the person filing
section-beneficiary = Part 2. The person to be paroled
section-biographics = Part 3. What the person to be paroled looks like
section-removal = Part 4. Earlier proceedings and travel documents
section-reason = Part 8. Why parole is needed
section-workPermit = Part 9. Work permit
section-signature = Part 10. Contact and signature
section-helpers = Parts 11 and 12. Interpreter and preparer

## Part 1: what is asked for (src/form/catalogue/application.rs)
q-application-paroleType = What are you asking for?
    .name = the kind of request (initial parole or re-parole)
    .help = Initial parole is for someone outside the US. Re-parole is a new period of parole for someone already paroled into the US.
q-application-onBehalfOfSomeoneElse = Are you filing for someone else?
    .name = whether you file for yourself or for someone else
    .help = Answer Yes if you ask for parole for another person, for example your child.
q-application-program = Under which program?
    .name = the program (or "no program")
    .help = For re-parole, the program of the current parole. If you are not sure, choose No program.
q-application-militaryRelation = Who is the person to be paroled to the service member?
    .name = how the person relates to the service member
q-application-programName = Name of the program
    .name = the name of the program
q-application-i130ReceiptNumber = Receipt number of the approved Form I-130
    .name = the receipt number of the approved Form I-130
q-application-agencyName = Name of the US federal agency that referred you
    .name = the name of the referring agency
q-application-agencyEmail = Official email of the referring agency (.gov or .mil)
    .name = the official email of the referring agency
q-application-taskForceRegistrationNumber = Task Force registration number
    .name = the Task Force registration number
# "Admit Until" stays in English: it is the words printed on the I-94.
q-application-currentParoleExpires = Last day of the current parole
    .name = the last day of the current parole
    .help = The "Admit Until" date on the I-94 (month, day, year). The helper also works out when to file.
q-application-frpException = Did you file Form I-485 by December 15, 2025 that is still pending, or did DHS decide that your FRP parole goes on?
    .name = whether an exception keeps your FRP parole going
    .help = DHS ended Family Reunification Parole: its parole ended on January 14, 2026, except in these cases. Then it lasts until the I-485 is decided or the I-94 date, whichever comes first.
q-application-terminationNotice = Did DHS send you a notice that ends your parole early?
    .name = whether DHS sent a notice that ends the parole early
    .help = For example a letter or email saying your parole is terminated, or an I-94 online with an earlier date. If Yes, talk to a lawyer first.
q-application-refugeeStatus = Do you hold refugee status, were you paroled as a refugee, or are you a permanent resident because you were a refugee?
    .name = whether you hold refugee status
    .help = Humanitarian parole is not refugee status.
q-application-filingMethod = How will you send the form?
    .name = whether you file on paper or online
    .help = The fee is lower online. A fee waiver needs paper.
q-application-feeWaiverRequested = Will you ask not to pay the I-131 fee (fee waiver, Form I-912)?
    .name = whether you ask for a fee waiver

## Part 2: the person filing (src/form/catalogue/people.rs)
q-filer-name-familyName = Family name (last name)
    .name = your family name (last name)
    .help = As on your passport.
q-filer-name-givenName = Given name (first name)
    .name = your given name (first name)
q-filer-name-middleName = Middle name (if any)
    .name = your middle name
q-filer-otherNames = Other names you have used (up to 3)
    .name = your other names
    .help = For example a maiden name. More than 3 go in Part 13.
q-filer-mailingAddress-inCareOf = In care of (if someone else gets the mail)
    .name = the "in care of" name of your mailing address
q-filer-mailingAddress-street = Street number and name
    .name = the street and number of your mailing address
q-filer-mailingAddress-unit = Apartment, suite or floor (if any)
    .name = the apartment number of your mailing address
q-filer-mailingAddress-city = City or town
    .name = the city of your mailing address
# The examples stay in English: the form takes the English name of a country.
q-filer-mailingAddress-country = Country
    .name = the country of your mailing address
    .help = Write it in English, for example United States or Mexico.
q-filer-mailingAddress-state = State (two letters, for example CA)
    .name = the state of your mailing address
q-filer-mailingAddress-zipCode = ZIP code
    .name = the ZIP code of your mailing address
q-filer-mailingAddress-province = Province or region (outside the US)
    .name = the province of your mailing address
q-filer-mailingAddress-postalCode = Postal code (outside the US)
    .name = the postal code of your mailing address
q-filer-physicalAddress = I live at a different address
    .name = your physical address
    .help = Check this if your mailing address is not where you live.
q-filer-physicalAddress-street = Street number and name
    .name = the street and number of your physical address
q-filer-physicalAddress-unit = Apartment, suite or floor (if any)
    .name = the apartment number of your physical address
q-filer-physicalAddress-city = City or town
    .name = the city of your physical address
q-filer-physicalAddress-country = Country
    .name = the country of your physical address
    .help = Write it in English, for example United States or Mexico.
q-filer-physicalAddress-state = State (two letters, for example CA)
    .name = the state of your physical address
q-filer-physicalAddress-zipCode = ZIP code
    .name = the ZIP code of your physical address
q-filer-physicalAddress-province = Province or region (outside the US)
    .name = the province of your physical address
q-filer-physicalAddress-postalCode = Postal code (outside the US)
    .name = the postal code of your physical address
q-filer-aNumber = A-Number (if any)
    .name = your A-Number
    .help = A and 7 to 9 digits, on a work permit or USCIS notices.
q-filer-countryOfBirth = Country of birth
    .name = your country of birth
q-filer-countryOfCitizenship = Country of citizenship
    .name = your country of citizenship
q-filer-sex = Sex
    .name = your sex
q-filer-dateOfBirth = Date of birth
    .name = your date of birth
q-filer-ssn = US Social Security number (if any)
    .name = your Social Security number
q-filer-uscisOnlineAccountNumber = USCIS online account number (if any)
    .name = your USCIS online account number
    .help = 12 digits, in your USCIS online account.
q-filer-classOfAdmission = Class of admission (on your I-94)
    .name = your class of admission (on your I-94)
    .help = For example DT or UHP, as printed on the I-94.
q-filer-i94Number = I-94 number
    .name = your I-94 number
    .help = 11 characters. You can get your I-94 at i94.cbp.dhs.gov.
# "Admit Until" stays in English: it is the words printed on the I-94.
q-filer-i94Expires = I-94 end date ("Admit Until")
    .name = the end date on your I-94
    .help = The same date as Part 1, Item 12.
q-filer-emedicalParoleeId = eMedical U.S. Parolee ID (if any)
    .name = your eMedical U.S. Parolee ID

## Part 2: the person to be paroled, when someone files for them (src/form/catalogue/people.rs)
q-beneficiary-name-familyName = Family name (last name)
    .name = the family name of the person to be paroled
q-beneficiary-name-givenName = Given name (first name)
    .name = the given name of the person to be paroled
q-beneficiary-name-middleName = Middle name (if any)
    .name = the middle name of the person to be paroled
q-beneficiary-otherNames = Other names they have used (up to 3)
    .name = the other names of the person to be paroled
q-beneficiary-dateOfBirth = Date of birth
    .name = the date of birth of the person to be paroled
q-beneficiary-countryOfBirth = Country of birth
    .name = the country of birth of the person to be paroled
q-beneficiary-countryOfCitizenship = Country of citizenship
    .name = the country of citizenship of the person to be paroled
q-beneficiary-daytimePhone = Daytime phone (if any)
    .name = the phone number of the person to be paroled
q-beneficiary-email = Email (if any)
    .name = the email of the person to be paroled
q-beneficiary-aNumber = A-Number (if any)
    .name = the A-Number of the person to be paroled
q-beneficiary-mailingAddressSameAsFiler = Does this person get mail at your mailing address?
    .name = whether the person to be paroled gets mail at your mailing address
    .help = For example, your child who lives with you. If Yes, your mailing address is written for them on the form, and you do not type it again.
q-beneficiary-mailingAddress-inCareOf = In care of (if someone else gets the mail)
    .name = the "in care of" name of the mailing address of the person to be paroled
q-beneficiary-mailingAddress-street = Street number and name
    .name = the street and number of the mailing address of the person to be paroled
q-beneficiary-mailingAddress-unit = Apartment, suite or floor (if any)
    .name = the apartment number of the mailing address of the person to be paroled
q-beneficiary-mailingAddress-city = City or town
    .name = the city of the mailing address of the person to be paroled
q-beneficiary-mailingAddress-country = Country
    .name = the country of the mailing address of the person to be paroled
    .help = Write it in English, for example United States or Mexico.
q-beneficiary-mailingAddress-state = State (two letters, for example CA)
    .name = the state of the mailing address of the person to be paroled
q-beneficiary-mailingAddress-zipCode = ZIP code
    .name = the ZIP code of the mailing address of the person to be paroled
q-beneficiary-mailingAddress-province = Province or region (outside the US)
    .name = the province of the mailing address of the person to be paroled
q-beneficiary-mailingAddress-postalCode = Postal code (outside the US)
    .name = the postal code of the mailing address of the person to be paroled
q-beneficiary-physicalAddress = They live at a different address
    .name = the physical address of the person to be paroled
q-beneficiary-physicalAddress-street = Street number and name
    .name = the street and number of the physical address of the person to be paroled
q-beneficiary-physicalAddress-unit = Apartment, suite or floor (if any)
    .name = the apartment number of the physical address of the person to be paroled
q-beneficiary-physicalAddress-city = City or town
    .name = the city of the physical address of the person to be paroled
q-beneficiary-physicalAddress-country = Country
    .name = the country of the physical address of the person to be paroled
    .help = Write it in English, for example United States or Mexico.
q-beneficiary-physicalAddress-state = State (two letters, for example CA)
    .name = the state of the physical address of the person to be paroled
q-beneficiary-physicalAddress-zipCode = ZIP code
    .name = the ZIP code of the physical address of the person to be paroled
q-beneficiary-physicalAddress-province = Province or region (outside the US)
    .name = the province of the physical address of the person to be paroled
q-beneficiary-physicalAddress-postalCode = Postal code (outside the US)
    .name = the postal code of the physical address of the person to be paroled
q-beneficiary-classOfAdmission = Class of admission (on the I-94)
    .name = the class of admission of the person to be paroled (on the I-94)
q-beneficiary-i94Number = I-94 number
    .name = the I-94 number of the person to be paroled
    .help = 11 characters, at i94.cbp.dhs.gov.

## Part 3: what the person to be paroled looks like (src/form/catalogue/background.rs)
q-biographics-ethnicity = Ethnicity
    .name = the ethnicity
q-biographics-race = Race (one or more)
    .name = the race
q-biographics-heightFeet = Height: feet
    .name = the height (feet)
    .help = For example 5 feet 4 inches. You may also write centimetres, like 163 cm: the helper writes it in feet and inches.
q-biographics-heightInches = Height: inches
    .name = the height (inches)
q-biographics-weightPounds = Weight in pounds
    .name = the weight (pounds)
    .help = You may also write kilos, like 15 kg: the helper writes it in pounds.
q-biographics-eyeColor = Eye color
    .name = the eye color
q-biographics-hairColor = Hair color
    .name = the hair color

## Part 4: earlier proceedings and travel documents (src/form/catalogue/background.rs)
q-removalProceedings = Has the person to be paroled ever been in exclusion, deportation, removal or rescission proceedings?
    .name = whether the person to be paroled was ever in removal proceedings
    .help = Including a removal order. If Yes, talk to a lawyer first.
q-previousDocuments-reentryPermit = Was the person to be paroled ever issued a Reentry Permit or a Refugee Travel Document?
    .name = whether a reentry permit or refugee travel document was ever issued
q-previousDocuments-reentryPermitIssued = Date the last one was issued
    .name = the date the last reentry permit or refugee travel document was issued
q-previousDocuments-reentryPermitDisposition = What became of it (attached, lost, stolen, damaged, still in my possession...)
    .name = what became of the last reentry permit or refugee travel document
q-previousDocuments-advanceParole = Was the person to be paroled ever issued an Advance Parole Document?
    .name = whether an advance parole document was ever issued
    .help = A travel document for leaving and coming back to the US. Your I-94 or a parole approval is not one.
q-previousDocuments-advanceParoleIssued = Date the last one was issued
    .name = the date the last advance parole document was issued
q-previousDocuments-advanceParoleDisposition = What became of it (attached, lost, stolen, damaged, still in my possession...)
    .name = what became of the last advance parole document

## Part 8: why parole is needed (src/form/catalogue/background.rs)
q-reason-category = What kind of reason is it?
    .name = the kind of reason (medical, family, legal, public benefit or other)
    .help = The helper uses this for the list of documents. It is not a box on the form.
q-reason-treatmentAvailableAtHome = Can the person get the treatment they need in the country where they live (or lived before coming to the US)?
    .name = whether the treatment is available in the person's country
    .help = If No, the person may not have to pay the parole fee. The physician's letter should say why.
q-reason-lifeThreateningEmergency = Is the person's life in danger, with no time to apply for a visa?
    .name = whether it is a life-threatening emergency with no time for a visa
    .help = If Yes, the person may not have to pay the parole fee.
q-reason-parentOfMinorPatient = Is the person to be paroled the parent or legal guardian of a child (under 18) who needs medical parole?
    .name = whether the person is the parent or guardian of a child who needs medical parole
    .help = For example a mother asking parole to stay with her child during treatment. She may not have to pay the parole fee.
q-reason-otherFeeExemptions = Does any of these describe the person to be paroled? (Choose all that apply, or none.)
    .name = the other reasons the person may not pay the parole fee
    .help = The law exempts these people from the parole fee, case by case (8 U.S.C. 1804(b)).
q-reason-explanation = Why is parole needed, and why for this long?
    .name = the reason for parole
    .help = The urgent humanitarian reason or significant public benefit, and why for this long. For re-parole, also why the last period was not enough. The box is small: what does not fit goes in Part 13 or on a separate sheet.
q-reason-lengthOfStay-value = How long do you expect to stay?
    .name = how long the person expects to stay
q-reason-lengthOfStay-unit = Days, weeks, months or years
    .name = the unit of the length of stay (days, weeks, months or years)
q-reason-expectedArrival = Date the person expects to arrive
    .name = the date the person expects to arrive
q-reason-consulate = City and country of the US embassy or consulate for the travel document
    .name = the city and country of the US embassy or consulate

## Part 9: the work permit (src/form/catalogue/background.rs)
q-workPermit = Do you want a work permit (EAD) if re-parole is granted?
    .name = whether you want a work permit if re-parole is granted
    .help = Then you do not file a separate Form I-765. There is a fee for it.

## Part 10: contact and signature (src/form/catalogue/signing.rs)
q-contact-daytimePhone = Your daytime phone
    .name = your daytime phone number
q-contact-mobilePhone = Your mobile phone (if any)
    .name = your mobile phone number
q-contact-email = Your email (if any)
    .name = your email
q-signature-signerRole = Who signs the form?
    .name = who signs the form
    .help = The person filing signs Part 10, by hand, in black ink. When you file for your child, you sign, not the child. Only a filer under 14 may have a parent or legal guardian sign for them.
q-signature-date = Date of signature
    .name = the date of signature

## Parts 11 and 12: interpreter and preparer (src/form/catalogue/signing.rs)
q-interpreter-used = Did an interpreter help you read the form?
    .name = whether an interpreter helped
    .help = If you do not read English, an interpreter must sign Part 11.
q-interpreter-name-familyName = Family name
    .name = the interpreter's family name
q-interpreter-name-givenName = Given name
    .name = the interpreter's given name
q-interpreter-business = Business or organization (if any)
    .name = the interpreter's business
# The example stays in English ("Spanish"): the answer goes on the form, in English.
q-interpreter-language = Language interpreted (for example Spanish)
    .name = the language the interpreter used
q-interpreter-daytimePhone = Daytime phone
    .name = the interpreter's phone number
q-interpreter-email = Email (if any)
    .name = the interpreter's email
q-interpreter-signatureDate = Date they sign
    .name = the date the interpreter signed
q-preparer-used = Did someone else fill in the form for you?
    .name = whether someone else prepared the form
    .help = For example a legal-aid worker. They sign Part 12.
q-preparer-name-familyName = Family name
    .name = the preparer's family name
q-preparer-name-givenName = Given name
    .name = the preparer's given name
q-preparer-business = Business or organization (if any)
    .name = the preparer's business
q-preparer-daytimePhone = Daytime phone
    .name = the preparer's phone number
q-preparer-email = Email (if any)
    .name = the preparer's email
q-preparer-signatureDate = Date they sign
    .name = the date the preparer signed

## The choices of the choice questions (src/form/catalogue/choices.rs): choice-<list>-<value>
choice-parole-type-initial = Initial parole, for someone outside the US (Items 6-7)
choice-parole-type-reparole = Re-parole: a new period of parole for someone paroled into the US (Items 10-11)
choice-military-relation-serviceMember = A current or former US service member
choice-military-relation-family = Family of a current or former service member (spouse, child, son or daughter; for military parole in place, also a parent)
choice-military-relation-guardian = Legal guardian or surrogate of a current or former service member (not for military parole in place)
choice-filing-method-paper = On paper, by mail
choice-filing-method-online = Online, with a USCIS account
choice-sex-male = Male
choice-sex-female = Female
choice-ethnicity-hispanicOrLatino = Hispanic or Latino
choice-ethnicity-notHispanicOrLatino = Not Hispanic or Latino
choice-race-americanIndianOrAlaskaNative = American Indian or Alaska Native
choice-race-asian = Asian
choice-race-black = Black or African American
choice-race-nativeHawaiianOrPacificIslander = Native Hawaiian or Other Pacific Islander
choice-race-white = White
choice-eye-color-black = Black
choice-eye-color-blue = Blue
choice-eye-color-brown = Brown
choice-eye-color-gray = Gray
choice-eye-color-green = Green
choice-eye-color-hazel = Hazel
choice-eye-color-maroon = Maroon
choice-eye-color-pink = Pink
choice-eye-color-unknown = Unknown or other
choice-hair-color-bald = Bald (no hair)
choice-hair-color-black = Black
choice-hair-color-blond = Blond
choice-hair-color-brown = Brown
choice-hair-color-gray = Gray
choice-hair-color-red = Red
choice-hair-color-sandy = Sandy
choice-hair-color-white = White
choice-hair-color-unknown = Unknown or other
choice-reason-medical = Medical treatment or a medical emergency
choice-reason-family = To be with, or care for, family
choice-reason-legal = A court case or legal proceeding
choice-reason-publicBenefit = A significant public benefit
choice-reason-other = Something else
choice-stay-unit-days = Days
choice-stay-unit-weeks = Weeks
choice-stay-unit-months = Months
choice-stay-unit-years = Years
choice-signer-self = I file for myself and I sign
choice-signer-parent = A parent of the person to be paroled (filing for them, or signing for a filer under 14)
choice-signer-legalGuardian = A legal guardian of the person to be paroled (filing for them, or signing for a filer under 14)
choice-signer-otherRequester = Someone else who files for them (a relative, a sponsor)
choice-fee-exemption-organDonor = An organ or tissue donor, with no time for a visa
choice-fee-exemption-familyMemberDying = A close family member in the US is about to die
choice-fee-exemption-funeral = To attend a close family member's funeral
choice-fee-exemption-adoptedChildMedical = An adopted child with an urgent medical condition
choice-fee-exemption-adjustmentApplicant = Applied for a green card (adjustment of status) and returning from a short trip
choice-fee-exemption-immigrationHearing = Sent back to Mexico or Canada, coming in for an immigration hearing
choice-fee-exemption-cubanHaitianEntrant = A Cuban or Haitian entrant
choice-fee-exemption-lawEnforcement = Helping US law enforcement
# Between the two boxes of a program on the form, after its name: "Filipino World War II Veterans Parole (6.A or 10.D)".
choice-program-items = { $initial } or { $reparole }

## The printed review of the answers (src/form/describe.rs)
q-answer-yes = Yes
q-answer-no = No
# Item 24 answered Yes (the person to be paroled gets mail at the filer's mailing address), that address not given yet.
q-answer-same-mailing-address = Yes: the same as the filer's mailing address
# The same, with that address on one line as typed ({ $address }: "3020 Children's Way, San Diego, CA 92123, United States").
q-answer-same-mailing-address-at = Yes: the same as the filer's mailing address ({ $address })

## Countries (src/form/places.rs)
# The name of each country in this language: the page suggests it next to the English name the
# form takes, and the check recognises it (and gives the English name). .also lists other ways
# people write it, separated by commas; each language has its own .also or none (the
# completeness test leaves it out). The ids follow the English name, which goes on the form.
country-afghanistan = Afghanistan
country-algeria = Algeria
country-argentina = Argentina
country-armenia = Armenia
country-azerbaijan = Azerbaijan
country-bahamas = Bahamas
country-bangladesh = Bangladesh
country-barbados = Barbados
country-belarus = Belarus
country-belize = Belize
country-bolivia = Bolivia
country-brazil = Brazil
country-burkina-faso = Burkina Faso
country-cameroon = Cameroon
country-canada = Canada
country-chad = Chad
country-chile = Chile
country-china = China
country-colombia = Colombia
country-costa-rica = Costa Rica
country-cuba = Cuba
country-democratic-republic-of-the-congo = Democratic Republic of the Congo
country-dominica = Dominica
country-dominican-republic = Dominican Republic
country-ecuador = Ecuador
country-egypt = Egypt
country-el-salvador = El Salvador
country-eritrea = Eritrea
country-ethiopia = Ethiopia
country-france = France
country-georgia = Georgia
country-germany = Germany
country-ghana = Ghana
country-guatemala = Guatemala
country-guinea = Guinea
country-guyana = Guyana
country-haiti = Haiti
country-honduras = Honduras
country-india = India
country-iran = Iran
country-iraq = Iraq
country-israel = Israel
country-italy = Italy
country-jamaica = Jamaica
country-japan = Japan
country-jordan = Jordan
country-kazakhstan = Kazakhstan
country-kyrgyzstan = Kyrgyzstan
country-lebanon = Lebanon
country-mauritania = Mauritania
country-mexico = Mexico
country-moldova = Moldova
country-morocco = Morocco
country-myanmar = Myanmar
country-nepal = Nepal
country-nicaragua = Nicaragua
country-nigeria = Nigeria
country-pakistan = Pakistan
country-panama = Panama
country-paraguay = Paraguay
country-peru = Peru
country-philippines = Philippines
country-poland = Poland
country-portugal = Portugal
country-russia = Russia
country-senegal = Senegal
country-somalia = Somalia
country-south-africa = South Africa
country-south-korea = South Korea
country-south-sudan = South Sudan
country-spain = Spain
country-sri-lanka = Sri Lanka
country-sudan = Sudan
country-suriname = Suriname
country-syria = Syria
country-tajikistan = Tajikistan
country-trinidad-and-tobago = Trinidad and Tobago
country-turkey = Turkey
country-ukraine = Ukraine
country-united-kingdom = United Kingdom
country-united-states = United States
country-uruguay = Uruguay
country-uzbekistan = Uzbekistan
country-venezuela = Venezuela
country-vietnam = Vietnam
country-yemen = Yemen

## ======== check ========

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

## ======== windows ========

## The parole programs of Part 1 (src/program.rs)

# A program's name without its Item, in the calculator's list and the form's choices. Program
# names in parentheses ("Uniting for Ukraine") are official English names: keep them in English.
program-name-general = No program (humanitarian parole)
program-name-filipino-wwii-veterans = Filipino World War II Veterans Parole
program-name-military-members-and-veterans = Immigrant Military Members and Veterans Initiative
program-name-intergovernmental-referral = Referral by another government agency
program-name-family-reunification-task-force = Family Reunification Task Force
program-name-frp = Family Reunification Parole, FRP (ended)
program-name-afghan = Afghans paroled since July 31, 2021
program-name-ukraine = Ukrainians (Uniting for Ukraine)
program-name-central-american-minors = Central American Minors, CAM
program-name-military-parole-in-place = Military parole in place, for service members and their families
# "Other" is the form's box (Item 10.I) and stays in English.
program-name-chnv = Cubans, Haitians, Nicaraguans, Venezuelans, CHNV (ended; written under Other)
program-name-other = Another program
# The ids a person may type, as a list: $rest is "general, frp, afghan, ..." (ids, never
# translated), $last the last id ("other"), $last_initial its first letter (Spanish writes "u"
# instead of "o" before a word starting with "o").
# English says "or" whatever the last id is.
program-id-list = { $rest } { $last_initial ->
   *[other] or
} { $last }
# $ids: the list of program ids (program-id-list).
program-missing = Choose the program of your current parole ({ $ids }).
# $id: what the person typed; $ids: the list of program ids (program-id-list).
program-unknown = "{ $id }" is not a program this helper knows. Use { $ids }.

## Dates as people type them (src/date.rs)
# The end of a sentence: the page puts the date's name before it ("Check the date of birth: ").
# It starts with a small letter in languages that allow it.

date-empty = it is empty.
date-format = write it as year-month-day, for example 2027-03-31.
# $part: which box of the date is wrong.
date-missing-part = { $part ->
    [year] the year is missing.
    [month] the month is missing.
   *[day] the day is missing.
}
# $part: which box of the date is wrong.
date-not-a-number = { $part ->
    [year] write the year with numbers only.
    [month] write the month with numbers only.
   *[day] write the day with numbers only.
}
# $month: the number typed.
date-no-such-month = there is no month { $month }. The month is a number from 1 to 12.
# $month: the month's name (month-in-date); $year: the year typed; $days: how many days that month
# has (a number); $day: the day typed.
date-no-such-day = { $month } { $year } has { $days } days, so there is no day { $day }.
date-short-year = the year has 4 digits, like 2027.
date-too-far-past = this date is too far in the past (before 1900). Check the year.
date-too-far-future = this date is too far in the future (after 2200). Check the year.

## The count of a renewal window, explained step by step (src/windows/explain.rs)
# Each text is one line of the explanation. $ends, $first, $date, $today: dates written out
# (date-long). $days: a number of days (a number: select on it if your language needs it).
# "Admit Until" is printed on the I-94 in English: keep it in English.

win-free-help = Free or low-cost help: the Justice Department's list of pro bono legal service providers (justice.gov/eoir/list-pro-bono-legal-service-providers) or immigrationlawhelp.org.
win-last-day-on-i94 = Your I-94 shows { $ends } as the last day of your parole.
win-last-day-past = Your parole ended on { $ends }. This was the "Admit Until" date on your I-94, and that day still counted.
win-last-day = Your parole ends on { $ends }. This is the "Admit Until" date on your I-94, and that day still counts.
# $first: the first day to ask, $days before $ends.
win-ukraine-earliest = USCIS says Ukrainians (Part 1, Item 10.C) should ask for re-parole no earlier than { $days } days before that date. { $days } days before { $ends } is { $first }. A request sent earlier may be rejected, and the fee is not returned.
# Put before win-file-by-advice when no source gives a first day.
win-no-official-start = No official first day to ask for re-parole was found.
# $date: the advised last day, $days before $ends.
win-file-by-advice = Advice, not a USCIS rule: ask at least { $days } days before your parole ends. { $days } days before { $ends } is { $date }.
win-not-extended-while-pending = Your parole does not get longer while you wait for an answer, so asking early is safer.
win-afghan-extension-by-notice = If you applied for asylum (Form I-589) or a green card (Form I-485) before your first parole ended, USCIS may extend your parole and work permit by mail, for up to 2 years.
win-other-program-notice = We found no special dates for your program. Check your program's notice, or ask a legal-aid office.
# Ended programs. $program_ended: the day DHS ended the program; $parole_ended: the last day of
# parole under it.
-win-chnv = the CHNV parole program (Cubans, Haitians, Nicaraguans, Venezuelans)
-win-frp = Family Reunification Parole (FRP)
win-frp-exceptions = There are exceptions: a Form I-485 (green card application) filed by December 15, 2025 that is still pending, or a case-by-case decision by DHS, keeps the parole going. If one applies to you, say so and the helper counts your dates.
# The parole under the program has ended (today is after $parole_ended).
win-chnv-terminated = But DHS ended { -win-chnv } on { $program_ended }: parole under it ended on { $parole_ended }, unless it ended earlier. Re-parole under this program is not available.
win-frp-terminated = But DHS ended { -win-frp } on { $program_ended }: parole under it ended on { $parole_ended }, unless it ended earlier. { win-frp-exceptions } Re-parole under this program is not available.
# The parole under the program has not ended yet.
win-chnv-ending = DHS ended { -win-chnv } on { $program_ended }: parole under it ends on { $parole_ended } at the latest.
win-frp-ending = DHS ended { -win-frp } on { $program_ended }: parole under it ends on { $parole_ended } at the latest. { win-frp-exceptions }
win-frp-exception = DHS ended Family Reunification Parole, but you said an exception applies to you (a Form I-485 filed by December 15, 2025 that is still pending, or a case-by-case decision). Then your parole lasts until the I-485 is decided or until { $ends }, whichever comes first.
win-termination-notice = You said DHS sent you a notice that ends your parole early. Then your parole may end before { $ends }, the date on your I-94. Talk to an immigration lawyer or accredited representative now: do not wait for a date. { win-free-help }
win-calendar-days = We count calendar days, weekends and holidays included.
# $first: the first day to ask for the renewal, $days before $ends.
win-ead-earliest = Your work permit (EAD, category (c)(11)) ends on { $ends }. You can ask to renew it from { $days } days before that date. { $days } days before { $ends } is { $first }.
# The law's limit on a parolee's work permit; one of the next three sentences follows it.
win-ead-validity = By law, a parolee's work permit lasts 1 year at most, and never longer than the parole (8 U.S.C. 1809(a)).
win-ead-validity-no-parole = Give the date your parole ends to see both dates together.
# $permit_ends: the date on the permit; $parole_ends: the last day of parole, earlier.
win-ead-outlasts-parole = Your permit shows { $permit_ends }, after your parole ends on { $parole_ends }: it cannot last longer than your parole, so count on it ending on { $parole_ends } too.
win-ead-opens-after-parole = The renewal window opens after your parole ends on { $parole_ends }: you cannot wait for it. Ask for re-parole, with the work permit in Part 9.
win-ead-needs-reparole = To keep working after your parole ends, you first need a new parole. Ask for the new work permit in Part 9 of your re-parole request (Form I-131): a separate Form I-765 sent while your parole is ending may waste its fee.
# Followed on the same line by one of the win-count texts.
win-today-is = Today is { $today }.
# $days: days left until the last day (1 or more).
win-count-left-reparole = { $days ->
    [one] { $days } day is left until your parole ends.
   *[other] { $days } days are left until your parole ends.
}
win-count-left-ead = { $days ->
    [one] { $days } day is left until your work permit ends.
   *[other] { $days } days are left until your work permit ends.
}
win-count-last-day-reparole = Today is the last day of your parole.
win-count-last-day-ead = Today is the last day of your work permit.
# $days: days since the last day (1 or more).
win-count-ended-reparole = { $days ->
    [one] Your parole ended { $days } day ago.
   *[other] Your parole ended { $days } days ago.
}
win-count-ended-ead = { $days ->
    [one] Your work permit ended { $days } day ago.
   *[other] Your work permit ended { $days } days ago.
}
# The last line: where today falls. $date: the first day to ask (too early) or the advised last
# day (open).
win-status-too-early = It is too early to ask. Wait until { $date }.
win-status-open-reparole = You can ask now. Try to ask by { $date }.
win-status-open-ead = You can ask to renew now.
win-status-file-now = The advised date has passed. Ask as soon as you can.
win-status-expired-reparole = Your parole has ended. Talk to an immigration lawyer or accredited representative right away. { win-free-help }
win-status-expired-ead = Your work permit has ended. Ask an immigration lawyer or accredited representative what to do.
win-status-terminated = Talk to an immigration lawyer or accredited representative about other options right away.
win-status-ended-by-notice = There are no dates to count for you: get legal help first.

## The window as text, for the terminal (src/windows/explain.rs, `--format text`)

# Where today falls, short.
win-label-too-early = too early to ask
win-label-open = open: you can ask now
win-label-file-now = ask now: the advised date has passed
win-label-expired = ended
win-label-terminated = program ended
win-label-ended-by-notice = ended by a DHS notice: get legal help
# $program: the program's name with its Item (program-name-*).
win-summary-title-reparole = Re-parole window: { $program }
win-summary-title-ead = Work permit (EAD) renewal window
# Row names of the table; a colon follows each.
win-summary-today = Today
win-summary-last-day = Last day
win-summary-parole-ends = Parole ends
win-summary-first-day = First day to ask
win-summary-ask-by = Ask by (advice)
win-summary-status = Status
win-summary-days-left = Days left
win-summary-sources = Sources
# Tags before each source, in square brackets.
win-summary-official = official
win-summary-advice = advice
win-summary-notice = This is not legal advice. Talk to an immigration lawyer or accredited representative.

## The picture of the dates, an SVG (src/windows/timeline.rs)

timeline-title = When to ask: a timeline
# For screen readers; the rows' explanations follow it.
timeline-description = The dates of each window, in words:
# What a row is called.
timeline-reparole = Re-parole
timeline-ead = Work permit
# The marks' labels under the line. $date: the date written out.
timeline-today = Today: { $date }
timeline-opens = First day to ask: { $date }
timeline-file-by = Ask by (advice): { $date }
timeline-last-day = Last day: { $date }
timeline-permit-ends = Permit ends: { $date }

## Calendar reminders, an .ics file (src/calendar.rs)
# Each event has a title (the message) and a .description. $ends: the last day of parole or of the
# work permit, written out.

cal-reparole-opens = Re-parole: you can ask from today
    .description = From today you can send Form I-131 to ask for re-parole. Your parole ends on { $ends }.
# $days: how many days before the end the advice says to ask (a number).
cal-reparole-file-by = Re-parole: ask by today (advice)
    .description = Advice, not a USCIS rule: ask for re-parole at least { $days } days before your parole ends on { $ends }.
cal-reparole-ends = Last day of parole (I-94)
    .description = Today is the last day of your parole (the "Admit Until" date on your I-94). If you have not asked for re-parole, talk to an immigration lawyer or accredited representative.
cal-ead-opens = Work permit: you can ask to renew from today
    .description = From today you can ask to renew your work permit. It ends on { $ends }. A new permit needs a new parole: ask for it in Part 9 of your re-parole request (Form I-131).
cal-ead-ends = Work permit ends today
    .description = Today is the last day of your work permit (EAD). If you have no new one, ask an immigration lawyer or accredited representative what to do.
# Starts a family member's event description. $name: the person's name.
cal-for-person = For { $name }.
# Ends every event description.
cal-footer = This is not legal advice. Made with Parole Form Helper on your own device.
# Why there are no reminders. $program: the program's short name in capitals ("CHNV", "FRP");
# $date: the last day of parole under it.
cal-program-ended = DHS ended the { $program } program. Parole under it ended on { $date }, so there are no re-parole dates to remind you of. Talk to an immigration lawyer or accredited representative.
cal-nothing-ahead = All of these dates have passed, so there is nothing to remind you of.
cal-ended-by-notice = DHS sent you a notice that ends your parole early, so there are no dates to remind you of. Talk to an immigration lawyer or accredited representative now.
cal-no-window = There are no re-parole dates: the request is not for re-parole, or it has no date when the parole ends (Part 1, Item 12).

## ======== statement ========

## src/statement.rs: the statement builder's words on the page (Part 8, Item 1)

# The button that opens the builder.
st-title = Help me write this
st-intro = Answer what you can: short sentences in English are written from your answers. What you type goes in as you type it, so write it in English.
st-english-title = The text for Part 8, in English
# The heading of the statement read back in the person's language. Empty in English: there the
# read-back is the statement itself, and has no heading of its own. Other languages: "What it says, in <language>".
st-read-back-title = {""}
st-empty = Answer a question above and the text appears here.
st-use-text = Use this text in Part 8
st-confirm = The Part 8 box already has text. Add this text below it, or replace it? Replace deletes what is there now.
st-add-below = Add below
st-replace = Replace
st-cancel = Cancel
st-done = The text is now in Part 8. Read it and change what is not right.

## src/statement.rs: the builder's questions and choices. The answers are typed in English (they go
## on the form as typed): the examples (.help) stay in English in every language.

st-q-relation = Who is the person to be paroled to you?
st-q-relation-daughter = My daughter
st-q-relation-son = My son
st-q-relation-other = Someone else (the text uses the name)
st-q-diagnosis = Diagnosis, in English, as the doctor's letter says it
    .help = For example: short bowel syndrome
st-q-treatment = Treatment, and how often
    .help = For example: IV nutrition 14 hours a day
st-q-hospital = Hospital or clinic, city, and doctor
    .help = For example: a children's hospital in San Diego
st-q-home = Why can the person not get this treatment in their home country?
st-q-home-notAvailable = It is not available there
st-q-home-notAffordable = It costs too much, or it is too far away
st-q-home-unsafe = It exists, but it is not safe to get there
st-q-homeDetail = More about why (optional, in English)
st-q-stayValue = For how long is the care needed?
st-q-stayUnit = Days, weeks, months or years
st-q-stayUnit-days = Days
st-q-stayUnit-weeks = Weeks
st-q-stayUnit-months = Months
st-q-stayUnit-years = Years
st-q-moreTime = Why was the last parole period not enough?
st-q-moreTime-continues = The treatment continues
st-q-moreTime-worse = The condition got worse
st-q-moreTime-waiting = Waiting for surgery or a transplant
st-q-moreTimeDetail = More about the last period (optional, in English)
st-q-payer = Who pays for the care?
st-q-payer-public = Public health coverage (such as Medicaid or Medi-Cal)
st-q-payer-private = Private health insurance
st-q-payer-family = Family
st-q-payer-charity = A charity or a hospital program
st-q-payer-other = Other (write who below)
st-q-payerDetail = Who, or which program (optional, in English)

## src/statement.rs: the statement read back, so the person can check what Part 8 will say.
## The form itself gets the English sentences written in src/statement.rs (USCIS wants English);
## in English the read-back must say exactly the same (a test compares them).
##
## What the sentences are given:
##   $person: who the statement is about, to choose words by: me (the filer is the person to be
##     paroled: "I"), she (a daughter), he (a son), named (anyone else, with a given name),
##     child (a child with no name given), someone (anyone else, with no name given);
##   $name: the given name, as typed (empty when there is none);
##   $noun: st-read-noun (or its .start), in the first sentence;
##   $age: st-read-age-years or st-read-age-months;
##   $country: the country's name in this language, or st-read-home-country;
##   $detail: what the person typed (in English, never translated), or a length, or who pays.
## { st-read-subject } and { st-read-possessive } put those messages in, for the same person; a
## language that leaves the subject out (Spanish) just does not use them.
## The first letter of each sentence is made a capital when it is a-z ("her" → "Her", a name typed "ana").

# Who the sentences are about, as the subject: "I", "she", "Sofía".
st-read-subject =
    { $person ->
        [me] I
        [she] she
        [he] he
        [child] my child
        [someone] this person
       *[named] { $name }
    }
# Whose care it is: "my", "her", "Sofía's".
st-read-possessive =
    { $person ->
        [me] my
        [she] her
        [he] his
       *[other] { st-read-subject }'s
    }
# Who the person to be paroled is, with their given name ($name): the value ends "This request is
# for …"; .start begins the first sentence ("My daughter Sofía is 4 years old").
st-read-noun =
    { $relation ->
        [daughter] my daughter { $name }
        [son] my son { $name }
        [child] my child { $name }
       *[other] { $name }
    }
    .start =
        { $relation ->
            [daughter] My daughter { $name }
            [son] My son { $name }
            [child] My child { $name }
           *[other] { $name }
        }
# The same with no given name.
st-read-noun-unnamed =
    { $relation ->
        [daughter] my daughter
        [son] my son
        [child] my child
       *[other] this person
    }
    .start =
        { $relation ->
            [daughter] My daughter
            [son] My son
            [child] My child
           *[other] This person
        }
# Said when the country of citizenship is not answered: "This treatment is not available in her home country."
st-read-home-country = { st-read-possessive } home country
# An age ($n): years.
st-read-age-years =
    { $n ->
        [one] { $n } year old
       *[other] { $n } years old
    }
# An age ($n): months, under a year; 0 is less than a month.
st-read-age-months =
    { $n ->
        [0] less than 1 month old
        [one] { $n } month old
       *[other] { $n } months old
    }
# A length of stay ($n).
st-read-stay-days =
    { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
st-read-stay-weeks =
    { $n ->
        [one] { $n } week
       *[other] { $n } weeks
    }
st-read-stay-months =
    { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
st-read-stay-years =
    { $n ->
        [one] { $n } year
       *[other] { $n } years
    }

# The first sentence, filing for oneself.
st-read-me-age-country = I am { $age } and I am from { $country }.
st-read-me-age = I am { $age }.
st-read-me-country = I am from { $country }.
# The first sentence, filing for someone else ($noun is st-read-noun.start).
st-read-age-country = { $noun } is { $age } and is from { $country }.
st-read-age = { $noun } is { $age }.
st-read-country = { $noun } is from { $country }.
# The first sentence with no age and no country ($noun is st-read-noun).
st-read-name = This request is for { $noun }.
# $detail: the diagnosis.
st-read-diagnosis =
    { st-read-subject } { $person ->
        [me] have
       *[other] has
    } { $detail }.
# $detail: the treatment.
st-read-treatment =
    { st-read-subject } { $person ->
        [me] need
       *[other] needs
    } { $detail }.
# $detail: the hospital or clinic (a re-parole: the care goes on there).
st-read-hospital =
    { st-read-subject } { $person ->
        [me] am
       *[other] is
    } treated at { $detail }.
# $detail: the hospital or clinic (initial parole: the care is to come).
st-read-hospital-to-come = { st-read-subject } would be treated at { $detail }.
st-read-not-available = This treatment is not available in { $country }.
st-read-not-affordable = In { $country }, this treatment costs too much or is too far away.
st-read-unsafe = In { $country }, this treatment exists, but it is not safe to get there.
# $detail: a length of stay (st-read-stay-days...).
st-read-stay =
    Parole is requested for { $detail }, while { st-read-subject } { $person ->
        [me] receive
       *[other] receives
    } this care.
st-read-not-enough = The last parole period was not enough.
st-read-continues = The last parole period was not enough because the treatment continues.
st-read-worse = The last parole period was not enough because { st-read-possessive } condition got worse.
st-read-waiting =
    The last parole period was not enough because { st-read-subject } { $person ->
        [me] am
       *[other] is
    } waiting for surgery or a transplant.
# $detail: who pays (st-read-payer-public..., or what the person typed).
st-read-paid-by = { st-read-possessive } care is paid for by { $detail }.
st-read-payer-public = public health coverage
st-read-payer-private = private health insurance
st-read-payer-charity = a charity or a hospital program
st-read-payer-family =
    { $person ->
        [me] my family
        [she] her family
        [he] his family
       *[other] the family
    }
# A payer chosen ($payer, as above) and named by the person ($detail, as typed): "public health coverage (Medi-Cal)".
st-read-payer-detail = { $payer } ({ $detail })

## src/api/mod.rs: a request the operations refuse (the page, the CLI, a partner's server)

# The dates of a request, as the messages below name them.
api-field-parole-expiry = the date your parole ends
api-field-ead-expiry = the date your work permit ends
api-field-today = today's date
# $field: api-field-...
api-date-empty = Enter { $field }.
# $field: api-field-...; $problem: what is wrong with the date (a sentence).
api-date-invalid = Check { $field }: { $problem }
# $name: another person of the family ("Sofía", or "#3").
api-relative-date-empty = Enter the date when { $name }'s parole ends.
api-relative-date-invalid = Check the date when { $name }'s parole ends: { $problem }
api-not-an-object = The helper got a request it cannot read. Please reload the page and try again.
# $field: the name of an option, in the code ("expires"): keep it as it is.
api-not-text = The helper got a request it cannot read: "{ $field }" is not text.
api-not-yes-no = The helper got a request it cannot read: "{ $field }" is not true or false.
# "storage", "local" and "none" are words of the code: keep them in English.
api-unknown-storage = The helper got a request it cannot read: storage "{ $storage }" is neither "local" nor "none".

## src/main.rs: the command line (parole-helper). Commands, options and file names are typed as
## they are: keep them in English (window, --expires, -o, json...).

# $command: what was typed; $commands: every command but the last, with commas; $last: the last one.
cli-unknown-command = Unknown command "{ $command }". Use { $commands } or { $last } (see --help).
cli-unknown-option = Unknown option "{ $option }" (see --help).
cli-missing-value = The option { $option } needs a value.
cli-unknown-format = Unknown format "{ $format }": use json or text (svg: window, ead-window and check only).
cli-not-utf8-argument = An argument is not text (UTF-8): check what you typed.
cli-unreadable = Cannot read the file "{ $file }".
cli-not-text = The file "{ $file }" is not text (UTF-8), so it is not a form.
# $megabytes: the largest file read.
cli-too-large = The file "{ $file }" is larger than { $megabytes } MB, so it is not a form (a form is a few KB). It was not read to the end.
cli-cannot-write = Cannot write the output (is the disk full?). Nothing was written.
cli-no-output-file = Name the file to write with -o, for example -o I-131-filled.pdf.
cli-one-file-only = pdf fills one request at a time: give one file.
# $reason: the PDF library's own words, in English.
cli-cannot-fill = The form could not be filled ({ $reason }). Nothing was written.
# The list of errors follows. $file: where the form was written; $count: how many errors.
cli-pdf-errors = The form is written to { $file }, but the request still has { $count } error(s):
# The same for one person of a family file ($person: their name).
cli-pdf-errors-family = The form for { $person } is written to { $file }, but the request still has { $count } error(s):
# How each command is used (--help). Translate only the words in capitals (YYYY-MM-DD, FILE...)
# and the words in parentheses.
cli-usage-window = window --program ID --expires YYYY-MM-DD [--frp-exception] [--termination-notice] [--today YYYY-MM-DD] [--lang { $langs }] [--format json|text|svg]
cli-usage-ead-window = ead-window --expires YYYY-MM-DD [--parole-expires YYYY-MM-DD] [--today YYYY-MM-DD] [--lang { $langs }] [--format json|text|svg]
cli-usage-calendar = calendar --program ID --expires YYYY-MM-DD [--ead-expires YYYY-MM-DD] [--frp-exception] [--termination-notice] [--today YYYY-MM-DD] [--lang { $langs }] | calendar FILE | -
cli-usage-check = check FILE... | - [--today YYYY-MM-DD] [--lang { $langs }] [--format json|text|svg (one file: the picture of its dates)]
cli-usage-pdf = pdf FILE | - -o FILE.pdf (a family file: -o FOLDER, one form per person) [--today YYYY-MM-DD] [--lang { $langs }]
cli-usage-schema = schema [request|family|report|family-report|window|timeline|progress|questions|changes|programs|printed|options]
cli-usage-rules = rules [windows]
# --help. $usage: the lines of cli-usage-..., each on its own line; $ids: the program ids.
# Keep the two spaces that start the lines after it.
cli-help =
    parole-helper: checks humanitarian parole requests (Form I-131) and works out renewal windows.

    Usage:
    { $usage }
      ID is the program of the current parole: { $ids }.
      --expires is the last day: the I-94 "Admit Until" date, or the work permit's end date.
      --parole-expires shows the work permit with the parole it depends on (it cannot outlast it).
      --frp-exception: an FRP parolee's I-485 filed by 2025-12-15 is pending, or DHS decided that
      the parole goes on. --termination-notice: DHS sent a notice that ends the parole early.
      --today defaults to the local date. calendar writes an .ics file to standard output.
      check reads a request (JSON, see schema/i131-parole.schema.json, at most 5 MB) and reports
      problems, the evidence to gather and the fees; schema prints that JSON Schema; rules prints
      the rule pack (codes, Parts and Items, severities, sources, dates) as Markdown.
      pdf writes the official Form I-131 (edition 01/20/25) filled with a request's answers, to
      print, sign by hand and mail; what does not fit a box goes to Part 13 and added sheets.

    Exit codes: 0 done (check: no errors), 1 check found errors (pdf: written, errors listed),
    2 the input cannot be used (the reason goes to standard error).
    This is not legal advice.

## ======== page ========
### The words of the pages around the helper's results (www/): labels, buttons, notices. Ids are
### page-<key>, the key the page's code uses (words.key). Translators change only the text after "=";
### placeholders ({ $name }) must stay.

## The request page (index.html, app.js, form-ui.js, form-storage.js, components/)

# The browser tab's title of the request page.
page-formPageTitle = Check a parole request (Form I-131) · Parole Form Helper
page-formTitle = Check your parole request
page-formIntro = Answer the questions of Form I-131 for humanitarian parole or re-parole. The helper points out what is missing or wrong before you send it, lists the documents to gather and the fees, and tells you when to file.
page-formPrivacy = Nothing you type leaves this device. Your answers are saved on this device only if you say yes.
page-windowsLink = Only need the dates? Use the renewal date calculator.
page-consentTitle = Save your answers on this device?
page-consentText = If you say yes, your answers stay in this browser so you can come back later. They are never sent anywhere. On a shared computer, say no.
page-consentYes = Yes, save them here
page-consentNo = No, do not save
page-consentLater = Save my answers on this device
page-consentStop = Stop saving on this device
page-withdrawn = Your answers were removed from this device. They are still on this page: export them to keep a copy.
# $time: the time of day the answers were saved, as this device writes it (10:42 AM).
page-saved = Saved on this device at { $time }.
page-notSaved = Not saved. If you close this page, your answers are lost. Export them to keep a copy.
page-saveFailed = Could not save on this device (storage is full or blocked). Export your answers to keep a copy.
# $reason: why, in a sentence from the helper's core.
page-restoreFailed = Answers saved earlier could not be opened. { $reason } They were kept as they are.
page-downloadSaved = Download the saved answers
page-discardSaved = Delete them and start again
page-dataTitle = Your data
page-deleteData = Delete my data
page-deleteAsk = This deletes your answers from this page and from this device.
page-deleteConfirm = Yes, delete everything now
page-cancel = Cancel
page-deleted = Your data was deleted from this device.
page-exportData = Export my answers (file)
page-importData = Import answers from a file
# A file name: no spaces, no slashes.
page-exportFileName = parole-request.json
# $file: the name of the file.
page-imported = Answers imported from { $file }.
page-importMigrated = The file came from an older version of the helper and was updated.
# $reason: why, in a sentence from the helper's core.
page-importFailed = This file could not be imported. { $reason } Your current answers were not changed.
page-yes = Yes
page-no = No
# Written after a question's label, in lower case.
page-requiredTag = required
page-englishHint = On the form, write this answer in English.
# $typed: the height as the person typed it (180 cm); $a: feet; $b: inches.
page-heightConverted = { $typed } is { $a } feet { $b } inches. The form asks for feet and inches, so that is what we wrote.
# $typed: the weight as the person typed it (70 kg); $a: pounds.
page-weightConverted = { $typed } is { $a } pounds. The form asks for pounds, so that is what we wrote.
# Under a question: $item is the form's Part and Item in this language (Part 2, Item 1.a.);
# $item_en the same as the English form says it (Part 2, Item 1.a.). English shows $item alone.
page-itemLine = { $item }
page-familyName = Family name
page-givenName = Given name
page-middleName = Middle name
# $n: which other name, counted from 2 (Other name 2).
page-otherName = Other name { $n }
page-addName = Add a name
page-todayButton = Today's date
page-progressTitle = Your progress
page-sectionComplete = Complete
page-sectionUntouched = Optional, not started
# $n: how many questions of this part still need an answer. Shown in the task list.
page-sectionMissing = { $n ->
    [one] { $n } to answer
   *[other] { $n } to answer
}
# $n: how many answers of this part need fixing.
page-sectionProblems = { $n ->
    [one] { $n } to fix
   *[other] { $n } to fix
}
# $done: parts complete; $total: the parts that apply (the select is on $total).
page-sectionsDone = { $total ->
    [one] { $done } of { $total } parts complete.
   *[other] { $done } of { $total } parts complete.
}
page-startTitle = Before you start
page-startNeed = Have these at hand:
page-startI94 = The I-94 record of each person in the request.
page-startPassport = The passport of each person in the request.
page-startTime = It takes about 30 to 45 minutes, one step at a time.
page-startButton = Start

## A family in one go (components/family.js)

page-whoTitle = Who needs parole?
page-whoHint = The first person is the one whose request the steps ask about. If you also ask parole for someone else who lives with you, for example your child, add them: what you share is asked once, each person has a step for their own answers, and each gets their own form.
page-firstPerson = first request
# $name: a person's name (or "Person 2").
page-removeNamed = Remove { $name }
# $name: a person's name (or "Person 2").
page-personAdded = { $name } was added. Their step comes after the shared steps.
# $name: a person's name (or "Person 2").
page-personRemoved = { $name } was removed, with their answers.
# $name: a person's name (or "Person 2").
page-personStepTitle = { $name }: their own answers
page-personAnswersHint = Their answers, by Part and Item of their own Form I-131.
page-personStepHint = Only this person's answers. What the family shares (who files, the address and contact, the kind of request) comes from the earlier steps.
page-familyTitle = Your family's requests
page-familyIntro = USCIS wants one Form I-131 for each person. Here is the check of each one, then what the family shares.
page-acrossTitle = Across the family
page-familyDates = When to file, the earliest deadline first
# $people: names, separated by commas.
page-forPeople = For: { $people }
# $filing and $approval: amounts of money, already written ($630).
page-familyFee = { $filing } with the form, { $approval } only if approved.
# $filing and $approval: amounts of money, already written ($1,260).
page-familyTotal = Together: { $filing } with the forms, { $approval } only if approved, before any exemption.
page-allFormsTitle = Every person's form
page-allFormsButton = Download all forms (one PDF per person)
page-familyRemindersButton = Download everyone's reminders for my calendar (.ics)
# $files: file names, separated by commas.
page-allFormsDone = Downloaded: { $files }. Open each one and check every page.
page-continueButton = Continue
page-backButton = Back
page-allSteps = All steps
page-backToCheck = Back to check your answers
page-checkTitle = Check your answers
page-changeButton = Change
# Said to screen readers on each new step. $n: the step's number; $total: how many steps; $title: the step's title.
page-stepOf = Step { $n } of { $total }: { $title }
page-summaryTitle = Before you send the form
# $errors and $warnings: numbers.
page-summaryCount = Problems to fix: { $errors }. Advice: { $warnings }.
page-noErrors = No problems to fix. Read the advice, then print the review.
page-errorTag = Problem
page-adviceTag = Advice
page-noteTag = Note
page-source = Source
page-reviewTitle = Review of your request
page-answersTitle = Your answers
page-notAnswered = Not answered
page-checklistTitle = Documents to gather
page-requiredDoc = Required
page-recommendedDoc = Recommended
page-feesTitle = Fees
page-withFiling = Paid with the form
page-onApproval = Charged only if approved
page-windowTitle = When to file
page-offline = You are offline. The helper works from the copy kept on this device at your last visit, so its rules may be out of date: the check of your answers says the date they were reviewed.
# $date and $reviewed: dates, written out; $id: the rule pack's name; $edition: the form's edition date (01/20/25).
page-packLine = Checked on { $date } with the rule pack { $id } (Form I-131 edition { $edition }; facts reviewed on { $reviewed }).
page-printButton = Print the review
page-pdfTitle = The official form, filled
page-pdfIntro = Get USCIS's Form I-131 (edition 01/20/25) with your answers already in its boxes. It is made on this device: your answers do not leave it.
page-pdfButton = Download the filled Form I-131 (PDF)
# $n: how many problems are left.
page-pdfOpenProblems = { $n ->
    [one] Your answers still have { $n } problem(s) to fix, listed above. USCIS may reject a form with them.
   *[other] Your answers still have { $n } problem(s) to fix, listed above. USCIS may reject a form with them.
}
page-pdfFixFirst = Fix the problems first
page-pdfAnyway = Download the PDF anyway
page-pdfPreparing = Preparing the form…
# $file: the file's name.
page-pdfDone = Downloaded: { $file }. Open it and check every page.
# $code: a short technical code, kept as it is.
page-pdfFailed = The form could not be made here ({ $code }). Your answers are kept. Try again, or print the review and copy the answers onto the form.
page-pdfStepsTitle = What to do with the file
# The steps after downloading the filled form, in order.
page-pdfSteps =
    .open = Open it and read every page. The answers are in English, as the form needs them.
    .print = Print all the pages.
    .sign = Sign Part 10, Item 4 by hand, in black ink, and write the date. If sheets were added at the end, sign and date each one. An interpreter or preparer signs Part 11 or Part 12.
    .documents = Put the documents from the list above with it.
    .pay = Pay as the fee lines above say.
    .mail = Mail it to the address USCIS gives for Form I-131 on its website. Keep a copy of everything you send.
page-otherTab = Your answers were changed in another tab or window. Saving here is paused so that neither copy is lost.
page-otherTabLoad = Use the other tab's answers
page-otherTabKeep = Keep the answers on this page
page-bugNotice = Something went wrong inside the helper. Your answers are kept: export them to be safe, then reload the page.
# For the website that embeds the helper. $name and $value: the setting as the website wrote it (keep the
# quotes); $reason: why, in a sentence from the helper's core.
page-badAttribute = This website set up the helper with a setting it cannot use: { $name }="{ $value }". { $reason } Please tell the website's owner.
# Says which language the helper is in: this one.
page-storedLangIgnored = The language saved on this device cannot be used, so the helper is in English. Choose your language above.
# "Export my answers" is the button's text (page-exportData).
page-noStorage = This helper does not keep your answers: if you close or reload the page, they are gone. To keep a copy, use "Export my answers".
page-duplicateDraft = Another copy of this helper on this page already saves answers here, so this one saves nothing. Export your answers to keep a copy.
# $file: the file's name; $size: its size in MB, one decimal (12.5).
page-importTooLarge = The file { $file } could not be imported: it is { $size } MB, and a request is a few KB (at most 5 MB). It was not read. Your answers were not changed.

## The renewal date calculator (windows.html, window-ui.js, components/window-card.js), and words both pages share

# The browser tab's title of the renewal date calculator.
page-pageTitle = When to ask for re-parole · Parole Form Helper
page-skip = Skip to the form
page-title = When to ask for re-parole
page-intro = Enter the last day of your parole. The helper counts the days for you and tells you when to ask for a new period of parole (re-parole) and when to renew your work permit.
page-notice = This is not legal advice. The helper cannot promise any result. Talk to an immigration lawyer or accredited representative about your case.
page-privacy = Nothing you type leaves this device. This page stores nothing.
page-paroleLegend = When does your parole end?
# "Admit Until" is printed in English on the I-94: keep it in English.
page-expiresHint = Use the "Admit Until" date on your I-94, in the same order: month, day, year. For example 03 31 2027.
page-month = Month
page-day = Day
page-year = Year
# $month, $day, $year: numbers, as the boxes now hold them.
page-dateSplit = Split into month { $month }, day { $day }, year { $year }. The boxes go month, day, year: check this is the date you meant.
page-programLabel = Program of your current parole
# "No program" must be the choice's name in this language.
page-programHint = It is the box you checked in Part 1 of Form I-131 (Item 10 or 11). If you are not sure, choose "No program".
page-eadLegend = When does your work permit end? (optional)
# "Card Expires" is printed in English on the card: keep it in English.
page-eadHint = The "Card Expires" date on your work permit (EAD), category C11. Leave it empty if you have none.
page-show = Show my dates
page-resultsTitle = Your dates
# $date: today's date, written out.
page-today = Today is { $date }.
page-reparoleTitle = Re-parole (Form I-131)
page-eadTitle = Work permit (renewed with re-parole, Part 9)
page-paroleEnds = Parole ends
page-situationLegend = Anything else about your parole? (optional)
page-noticeLabel = DHS sent me a notice that ends my parole early
page-frpExceptionLabel = FRP: my Form I-485, filed by December 15, 2025, is still pending, or DHS decided that my parole goes on
page-peopleLegend = Other people in your family (optional)
page-peopleHint = Add each person whose parole you want to see next to yours, for example your child. Each one is a line in the picture and gets reminders with their name.
page-addPerson = Add a person
page-removePerson = Remove this person
# $n: the person's number, counted from 2.
page-personLegend = Person { $n }
page-personName = Name
page-personProgram = Program
# "Admit Until" is printed in English on the I-94: keep it in English.
page-personExpires = When does this person's parole end? The "Admit Until" date on their I-94.
page-lastDay = Last day
page-earliest = First day to ask
page-anyDay = No official first day was found
page-fileBy = Ask by (advice)
page-none = No date
page-daysLeft = Days left
page-sources = Where these rules come from
page-official = Official
page-advice = Advice
page-download = Download reminders for my calendar (.ics)
page-downloadHint = The file goes to your device only. Open it to add the dates, with alarms a week before and on the day, to your phone's calendar.
page-downloaded = The reminders file was saved to your device.
# A file name: no spaces, no slashes.
page-fileName = parole-reminders.ics
page-footer = Parole Form Helper. The rules come from public sources named with each result. Dates and rules change: check them with a lawyer or accredited representative.
page-loadError = The helper could not start. Please reload the page. If it keeps failing, your browser may be too old.
# $count: how many problems.
page-problems = { $count ->
    [one] { $count } problem(s) to fix.
   *[other] { $count } problem(s) to fix.
}
page-shown = Your dates are shown below.
# The state of a window, as a badge on its card.
page-status =
    .too_early = Too early to ask
    .open = Open: you can ask now
    .file_now = Ask now: the advised date has passed
    .expired = Ended
    .terminated = Program ended
    .ended_by_notice = Ended by a DHS notice: get legal help now

## Choosing a language (page.js, parole-helper.js)

# The name of the language picker, for screen readers.
page-languagesLabel = Language
# When a language's file could not be fetched. $language: that language's name in itself (Español).
page-langFailed = The words for { $language } could not be loaded (no connection, or the file is missing), so the helper stays in this language. Your answers are kept. Check your connection and choose it again.

