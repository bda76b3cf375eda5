### page (en)
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
