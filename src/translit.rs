//! ```
//! use parole_helper::translit::ukrainian_latin;
//!
//! assert_eq!(ukrainian_latin("Шевченко").as_deref(), Some("Shevchenko"));
//! assert_eq!(ukrainian_latin("Згорани").as_deref(), Some("Zghorany")); // "зг" is zgh, not zh
//! assert_eq!(ukrainian_latin("Знам'янка").as_deref(), Some("Znamianka")); // the apostrophe goes
//! assert_eq!(ukrainian_latin("ЮЩЕНКО Юлія").as_deref(), Some("YUSHCHENKO Yuliia"));
//! assert_eq!(ukrainian_latin("Шевченко-Smith").as_deref(), Some("Shevchenko-Smith"));
//! assert_eq!(ukrainian_latin("Smith"), None); // nothing to transliterate
//! assert_eq!(ukrainian_latin("Фёдор"), None); // ё is Russian: copy the spelling from the document
//! ```
//!
//! The table is the one of Resolution No. 55 of the Cabinet of Ministers of Ukraine of 27 January
//! 2010, "On putting in order the transliteration of the Ukrainian alphabet in Latin letters"
//! (KMU 2010, <https://zakon.rada.gov.ua/laws/show/55-2010-%D0%BF>), the one Ukrainian passports
//! use:
//!
//! - one letter for one: а a, б b, в v, г h, ґ g, д d, е e, ж zh, з z, и y, і i, к k, л l, м m,
//!   н n, о o, п p, р r, с s, т t, у u, ф f, х kh, ц ts, ч ch, ш sh, щ shch;
//! - є, ї, й, ю, я at the start of a word are Ye, Yi, Y, Yu, Ya; elsewhere ie, i, i, iu, ia;
//! - "зг" is "zgh" (Згорани, Zghorany), so that it is not read as ж (zh);
//! - the soft sign ь and the apostrophe (', ’, ʼ, and the ‘ and ` people type for it) are not
//!   written.
//!
//! Its position rule says "the start of a word": here a word starts after a space, a hyphen or any
//! mark that is not a letter or an apostrophe, so each half of a double surname starts a word
//! ("Ковальчук-Юрченко", "Kovalchuk-Yurchenko"). A capital stays a capital: a capital digraph is
//! "Zh", "Shch", "Ye" before small letters and "ZH", "SHCH", "YE" in a word in capitals. Latin
//! letters, digits, spaces, hyphens and punctuation pass through; the letters that are only
//! Russian (ы, э, ё, ъ) and those of other alphabets are not in the table, so such text gets no
//! spelling (`None`): for names, the person copies theirs from the I-94 or the passport, which is
//! what DHS has on record anyway.

/// The KMU 2010 romanisation of `text`, or `None` when it has no Ukrainian letter to transliterate
/// or has a letter the Ukrainian table does not have (Russian ы, э, ё, ъ; another alphabet).
pub fn ukrainian_latin(text: &str) -> Option<String> {
    let chars = composed(text);
    let mut out = String::with_capacity(text.len());
    let mut in_word = false;
    let mut ukrainian = false;
    for (i, &c) in chars.iter().enumerate() {
        if let Some(lower) = ukrainian_lower(c) {
            let after_z = i > 0 && ukrainian_lower(chars[i - 1]) == Some('з');
            let latin = latin_of(lower, !in_word, after_z);
            // How many of its Latin letters are capitals: none, the first ("Shch"), or all ("SHCH").
            let capitals = if c == lower {
                0
            } else if latin.len() == 1 || in_capitals(&chars, i) {
                latin.len()
            } else {
                1
            };
            for (n, letter) in latin.bytes().enumerate() {
                out.push(char::from(if n < capitals { letter.to_ascii_uppercase() } else { letter }));
            }
            in_word = true;
            ukrainian = true;
        } else if is_apostrophe(c) {
            // Inside a Ukrainian word (after a letter, before я, ю, є, ї) it is not written; a
            // quote mark around a word, or in a Latin name (O'Brien), stays.
            let ukrainian_at = |j: usize| chars.get(j).and_then(|c| ukrainian_lower(*c)).is_some();
            let inside = i > 0 && ukrainian_at(i - 1) && ukrainian_at(i + 1);
            if !inside {
                out.push('\'');
            }
        } else {
            // Latin letters (a word goes on), spaces, digits and punctuation (a word ends) as they
            // are; any other character has no place in the table.
            let kept = match c {
                _ if is_latin_letter(c) || matches!(c, ' '..='~') => c,
                _ if c.is_whitespace() => ' ',
                _ => return None,
            };
            out.push(kept);
            in_word = is_latin_letter(c);
        }
    }
    (ukrainian && out.chars().any(|c| c.is_ascii_alphabetic())).then_some(out)
}

/// The resolution's table, row by row in the order of the alphabet: each letter (small), its Latin
/// letters inside a word, and at the start of a word. The soft sign ь is not written.
const TABLE: [(char, &str, &str); 33] = [
    ('а', "a", "a"),
    ('б', "b", "b"),
    ('в', "v", "v"),
    ('г', "h", "h"), // "gh" after з: see `latin_of`
    ('ґ', "g", "g"),
    ('д', "d", "d"),
    ('е', "e", "e"),
    ('є', "ie", "ye"),
    ('ж', "zh", "zh"),
    ('з', "z", "z"),
    ('и', "y", "y"),
    ('і', "i", "i"),
    ('ї', "i", "yi"),
    ('й', "i", "y"),
    ('к', "k", "k"),
    ('л', "l", "l"),
    ('м', "m", "m"),
    ('н', "n", "n"),
    ('о', "o", "o"),
    ('п', "p", "p"),
    ('р', "r", "r"),
    ('с', "s", "s"),
    ('т', "t", "t"),
    ('у', "u", "u"),
    ('ф', "f", "f"),
    ('х', "kh", "kh"),
    ('ц', "ts", "ts"),
    ('ч', "ch", "ch"),
    ('ш', "sh", "sh"),
    ('щ', "shch", "shch"),
    ('ь', "", ""),
    ('ю', "iu", "yu"),
    ('я', "ia", "ya"),
];

/// The Latin letters of one Ukrainian letter (given small): at the start of a word or not, and
/// for г, after з ("зг" is "zgh", so that it is not read as ж, "zh") or not.
fn latin_of(lower: char, word_start: bool, after_z: bool) -> &'static str {
    if lower == 'г' && after_z {
        return "gh";
    }
    let row = TABLE.iter().find(|(letter, ..)| *letter == lower);
    row.map_or("", |&(_, inside, start)| if word_start { start } else { inside })
}

/// The small letter of a letter of the Ukrainian alphabet (itself when small), or `None` for any
/// other character, Russian ы, э, ё, ъ included. By code point, without Unicode's case tables.
fn ukrainian_lower(c: char) -> Option<char> {
    let lower = match c {
        'А'..='Я' => char::from_u32(c as u32 + 0x20)?,
        'Є' | 'І' | 'Ї' => char::from_u32(c as u32 + 0x50)?,
        'Ґ' => 'ґ',
        _ => c,
    };
    TABLE.iter().any(|(letter, ..)| *letter == lower).then_some(lower)
}

/// Whether the capital at `i` is in a word written in capitals: the next letter of the word is a
/// capital too, or, for its last letter, the one before is. A capital alone (an initial) is not.
fn in_capitals(chars: &[char], i: usize) -> bool {
    let (before, after) = (&chars[..i], &chars[i + 1..]);
    let not_apostrophe = |c: &&char| !is_apostrophe(**c);
    match after.iter().find(not_apostrophe).filter(|c| is_letter(**c)) {
        Some(&next) => is_capital(next),
        None => before.iter().rev().find(not_apostrophe).is_some_and(|&c| is_letter(c) && is_capital(c)),
    }
}

fn is_capital(c: char) -> bool {
    c.is_ascii_uppercase() || ukrainian_lower(c).is_some_and(|lower| lower != c)
}

fn is_letter(c: char) -> bool {
    ukrainian_lower(c).is_some() || is_latin_letter(c)
}

/// A letter of the Latin alphabet, accents included (what the form's boxes take).
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}') && c != '\u{00D7}' && c != '\u{00F7}')
}

/// The apostrophes people type in Ukrainian: the typewriter one, the typographic one, the modifier
/// letter (Ukraine's standard one), and the left quote and grave accent some keyboards give.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '`')
}

/// The characters of `text`, with й and ї typed as two (и or і and a combining mark) made one.
fn composed(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(text.len());
    for c in text.chars() {
        let joined = match (out.last(), c) {
            (Some('и'), '\u{0306}') => Some('й'),
            (Some('И'), '\u{0306}') => Some('Й'),
            (Some('і'), '\u{0308}') => Some('ї'),
            (Some('І'), '\u{0308}') => Some('Ї'),
            _ => None,
        };
        if joined.is_some() {
            out.pop();
        }
        out.push(joined.unwrap_or(c));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin(text: &str) -> String {
        ukrainian_latin(text).unwrap_or_else(|| panic!("no spelling for {text}"))
    }

    fn same(pairs: &[(&str, &str)]) {
        for (ukrainian, expected) in pairs {
            assert_eq!(latin(ukrainian), *expected, "{ukrainian}");
        }
    }

    /// Every example of the resolution's table, row by row, and of its notes ("зг", Згорани and
    /// Розгон). Read from the table of Resolution No. 55 (27 January 2010).
    #[test]
    fn the_examples_of_the_resolution() {
        same(&[
            ("Алушта", "Alushta"), ("Андрій", "Andrii"),
            ("Борщагівка", "Borshchahivka"), ("Борисенко", "Borysenko"),
            ("Вінниця", "Vinnytsia"), ("Володимир", "Volodymyr"),
            ("Гадяч", "Hadiach"), ("Богдан", "Bohdan"), ("Згурський", "Zghurskyi"),
            ("Ґалаґан", "Galagan"), ("Ґорґани", "Gorgany"),
            ("Донецьк", "Donetsk"), ("Дмитро", "Dmytro"),
            ("Рівне", "Rivne"), ("Олег", "Oleh"), ("Есмань", "Esman"),
            ("Єнакієве", "Yenakiieve"), ("Гаєвич", "Haievych"), ("Короп'є", "Koropie"),
            ("Житомир", "Zhytomyr"), ("Жанна", "Zhanna"), ("Жежелів", "Zhezheliv"),
            ("Закарпаття", "Zakarpattia"), ("Казимирчук", "Kazymyrchuk"),
            ("Медвин", "Medvyn"), ("Михайленко", "Mykhailenko"),
            ("Іванків", "Ivankiv"), ("Іващенко", "Ivashchenko"),
            ("Їжакевич", "Yizhakevych"), ("Кадиївка", "Kadyivka"), ("Мар'їне", "Marine"),
            ("Йосипівка", "Yosypivka"), ("Стрий", "Stryi"), ("Олексій", "Oleksii"),
            ("Київ", "Kyiv"), ("Коваленко", "Kovalenko"),
            ("Лебедин", "Lebedyn"), ("Леонід", "Leonid"),
            ("Миколаїв", "Mykolaiv"), ("Маринич", "Marynych"),
            ("Ніжин", "Nizhyn"), ("Наталія", "Nataliia"),
            ("Одеса", "Odesa"), ("Онищенко", "Onyshchenko"),
            ("Полтава", "Poltava"), ("Петро", "Petro"),
            ("Решетилівка", "Reshetylivka"), ("Рибчинський", "Rybchynskyi"),
            ("Суми", "Sumy"), ("Соломія", "Solomiia"),
            ("Тернопіль", "Ternopil"), ("Троць", "Trots"),
            ("Ужгород", "Uzhhorod"), ("Уляна", "Uliana"),
            ("Фастів", "Fastiv"), ("Філіпчук", "Filipchuk"),
            ("Харків", "Kharkiv"), ("Христина", "Khrystyna"),
            ("Біла Церква", "Bila Tserkva"), ("Стеценко", "Stetsenko"),
            ("Чернівці", "Chernivtsi"), ("Шевченко", "Shevchenko"),
            ("Шостка", "Shostka"), ("Кишеньки", "Kyshenky"),
            ("Щербухи", "Shcherbukhy"), ("Гоща", "Hoshcha"), ("Гаращенко", "Harashchenko"),
            ("Юрій", "Yurii"), ("Корюківка", "Koriukivka"),
            ("Яготин", "Yahotyn"), ("Ярошенко", "Yaroshenko"), ("Костянтин", "Kostiantyn"),
            ("Знам'янка", "Znamianka"), ("Феодосія", "Feodosiia"),
            // Note 1: "зг" is "zgh", unlike "zh" for ж.
            ("Згорани", "Zghorany"), ("Розгон", "Rozghon"),
        ]);
    }

    /// The examples the issue listed, most of them from the older 1996 table (of Ukraine's
    /// legal-terminology commission), whose rows the 2010 table kept: each comes out as given.
    /// Горгани (with Г, not Ґ) is Horhany; the table's Gorgany is Ґорґани.
    #[test]
    fn the_examples_of_the_issue() {
        same(&[
            ("Алушта", "Alushta"), ("Борщагівка", "Borshchahivka"), ("Вишгород", "Vyshhorod"),
            ("Гадяч", "Hadiach"), ("Згорани", "Zghorany"), ("Ґалаґан", "Galagan"), ("Горгани", "Horhany"),
            ("Дон", "Don"), ("Рівне", "Rivne"), ("Єнакієве", "Yenakiieve"), ("Наєнко", "Naienko"),
            ("Житомир", "Zhytomyr"), ("Запоріжжя", "Zaporizhzhia"), ("Медвин", "Medvyn"),
            ("Іршава", "Irshava"), ("Підгайці", "Pidhaitsi"), ("Їжакевич", "Yizhakevych"),
            ("Кадіївка", "Kadiivka"), ("Йосипівка", "Yosypivka"), ("Стрий", "Stryi"),
            ("Олексій", "Oleksii"), ("Київ", "Kyiv"), ("Лебедин", "Lebedyn"), ("Миколаїв", "Mykolaiv"),
            ("Ніжин", "Nizhyn"), ("Одеса", "Odesa"), ("Полтава", "Poltava"), ("Ромни", "Romny"),
            ("Суми", "Sumy"), ("Тетерів", "Teteriv"), ("Ужгород", "Uzhhorod"), ("Фастів", "Fastiv"),
            ("Харків", "Kharkiv"), ("Біла Церква", "Bila Tserkva"), ("Чернівці", "Chernivtsi"),
            ("Шостка", "Shostka"), ("Гоща", "Hoshcha"), ("Юрій", "Yurii"), ("Корюківка", "Koriukivka"),
            ("Яготин", "Yahotyn"), ("Ічня", "Ichnia"), ("Розгон", "Rozghon"), ("Знам'янка", "Znamianka"),
            ("Шевченко", "Shevchenko"),
        ]);
    }

    #[test]
    fn nothing_to_transliterate_is_none() {
        for text in ["", "   ", "Smith", "O'Brien-Luna", "Lucía", "123", "-", "'", "ь", "Ь'"] {
            assert_eq!(ukrainian_latin(text), None, "{text:?}");
        }
    }

    #[test]
    fn letters_outside_the_ukrainian_table_give_no_spelling() {
        // Russian only: ы, э, ё, ъ (capitals too).
        for text in ["Мыкола", "Эдуард", "Фёдор", "Объедков", "ЫЭЁЪ", "Шевченко Эдик"] {
            assert_eq!(ukrainian_latin(text), None, "{text}");
        }
        // Other alphabets, other Cyrillic (Belarusian ў), emoji.
        for text in ["احمدی", "Ўладзімір", "Шевченко 😀", "Ἀθῆναι", "Оле\u{0301}г"] {
            assert_eq!(ukrainian_latin(text), None, "{text}");
        }
        // Letters Russian shares with Ukrainian are in the table: Сергей is Serhei.
        assert_eq!(latin("Сергей"), "Serhei");
    }

    #[test]
    fn capitals() {
        same(&[
            ("ШЕВЧЕНКО", "SHEVCHENKO"),
            ("ЗГОРАНИ", "ZGHORANY"),
            ("ЮЩЕНКО", "YUSHCHENKO"),
            ("ЯРЕМЧУК ЄВГЕНІЯ", "YAREMCHUK YEVHENIIA"),
            ("ЗНАМ'ЯНКА", "ZNAMIANKA"),
            ("КОРОП'Є", "KOROPIE"),
            ("ЖЖ", "ZHZH"),
            ("Щ.", "Shch."),
            ("Ж. Шевченко", "Zh. Shevchenko"),
            ("Юлія ТИМОШЕНКО", "Yuliia TYMOSHENKO"),
            ("ШЕВЧЕНКО-Коваленко", "SHEVCHENKO-Kovalenko"),
            ("Чорновол", "Chornovol"),
            ("ЦЬОХ", "TSOKH"),
        ]);
    }

    #[test]
    fn soft_sign_and_apostrophes_are_not_written() {
        same(&[
            ("Львів", "Lviv"),
            ("Альона", "Alona"),
            ("Знам'янка", "Znamianka"),
            ("Знам’янка", "Znamianka"),
            ("Знамʼянка", "Znamianka"),
            ("Знам‘янка", "Znamianka"),
            ("Знам`янка", "Znamianka"),
            ("П'ятниця", "Piatnytsia"),
            ("В'ячеслав", "Viacheslav"),
            // A quote mark around a word is not an apostrophe of the word.
            ("'Яна'", "'Yana'"),
        ]);
    }

    #[test]
    fn word_starts() {
        same(&[
            // Each half of a double surname starts a word.
            ("Ковальчук-Юрченко", "Kovalchuk-Yurchenko"),
            ("Квітка-Основ'яненко", "Kvitka-Osnovianenko"),
            ("Ярошенко-Їжак", "Yaroshenko-Yizhak"),
            ("Олена Юріївна", "Olena Yuriivna"),
            ("Яна  Юрко", "Yana  Yurko"),
            ("Йорданія", "Yordaniia"),
            ("Гайовий", "Haiovyi"),
            ("Троєщина", "Troieshchyna"),
            ("Маріуполь", "Mariupol"),
            ("Запоріжжя", "Zaporizhzhia"),
        ]);
    }

    #[test]
    fn latin_digits_and_punctuation_pass_through() {
        same(&[
            ("Олена Smith", "Olena Smith"),
            ("Шевченко-Smith", "Shevchenko-Smith"),
            ("Lucía Шевченко", "Lucía Shevchenko"),
            ("Київ, Україна", "Kyiv, Ukraina"),
            ("вул. Хрещатик 22", "vul. Khreshchatyk 22"),
            // A Latin i or a Latin o typed among Cyrillic letters (the same look) stays what it is.
            ("Киiв", "Kyiv"),
            ("Oлег", "Oleh"),
            // O'Brien's apostrophe is not Ukrainian: it stays.
            ("O'Brien Шевченко", "O'Brien Shevchenko"),
            ("Олена\u{00A0}Шевченко", "Olena Shevchenko"),
        ]);
    }

    #[test]
    fn short_i_and_yi_typed_as_two_characters() {
        same(&[
            ("Олекс\u{0456}\u{0438}\u{0306}", "Oleksii"),
            ("Ки\u{0456}\u{0308}в", "Kyiv"),
            ("І\u{0308}жак", "Yizhak"),
            ("И\u{0306}", "Y"),
        ]);
    }
}
