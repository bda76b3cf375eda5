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
