### questions (en)
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
# people write it, separated by commas; a language may add .also to any country (English then
# needs it too, empty: { "" }). The ids follow the English name, which goes on the form.
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
    .also = {""}
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
    .also = {""}
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
    .also = {""}
country-uruguay = Uruguay
country-uzbekistan = Uzbekistan
country-venezuela = Venezuela
country-vietnam = Vietnam
country-yemen = Yemen
