### windows (en)

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
