### statement (en)

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
