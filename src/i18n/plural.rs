//! The plural category of a number in a language (`one`, `few`, `many`, `other`...), by the
//! Unicode CLDR's rules: in the browser the browser's own (`Intl.PluralRules`), so the shipped
//! module carries no tables; natively the `intl_pluralrules` crate, which `fluent-bundle` uses too.
//! A language without rules of its own counts as English, as in `fluent-bundle`.
//!
//! Numbers are written as Rust writes an `f64` (`1.5`, `21`): a fraction's digits count (`1.5` is
//! `other` in Ukrainian, `1` is `one`). The browser is told to keep up to 20 of them, where
//! `Intl.PluralRules` would round to 3.

/// The CLDR category of `n` in the language `code`, or `None` for a number the rules cannot read.
#[cfg(not(target_arch = "wasm32"))]
pub fn category(code: &str, n: f64) -> Option<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    use std::cell::RefCell;
    use unic_langid::LanguageIdentifier;

    fn rules_for(code: &str) -> PluralRules {
        let id: LanguageIdentifier = code.parse().unwrap_or_default();
        let language = LanguageIdentifier::from_parts(id.language, None, None, &[]);
        PluralRules::create(id, PluralRuleType::CARDINAL)
            .or_else(|_| PluralRules::create(language, PluralRuleType::CARDINAL))
            .or_else(|_| PluralRules::create("en".parse::<LanguageIdentifier>().unwrap_or_default(), PluralRuleType::CARDINAL))
            .expect("English has plural rules")
    }

    thread_local! {
        static RULES: RefCell<Vec<(String, PluralRules)>> = const { RefCell::new(Vec::new()) };
    }
    RULES.with(|rules| {
        let mut rules = rules.borrow_mut();
        let i = match rules.iter().position(|(c, _)| c == code) {
            Some(i) => i,
            None => {
                rules.push((code.to_string(), rules_for(code)));
                rules.len() - 1
            }
        };
        Some(match rules[i].1.select(n).ok()? {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
    })
}

/// The CLDR category of `n` in the language `code`, or `None` for a number the rules cannot read.
#[cfg(target_arch = "wasm32")]
pub fn category(code: &str, n: f64) -> Option<&'static str> {
    use js_sys::{Array, Intl::PluralRules, Object, Reflect};
    use std::cell::RefCell;

    thread_local! {
        static RULES: RefCell<Vec<(String, PluralRules)>> = const { RefCell::new(Vec::new()) };
    }
    let category: String = RULES.with(|rules| {
        let mut rules = rules.borrow_mut();
        let i = match rules.iter().position(|(c, _)| c == code) {
            Some(i) => i,
            None => {
                let options = Object::new();
                let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &20.into());
                // English when the browser has no rules for the language.
                let locales = Array::of2(&code.into(), &"en".into());
                rules.push((code.to_string(), PluralRules::new(&locales, &options)));
                rules.len() - 1
            }
        };
        rules[i].1.select(n).into()
    });
    ["zero", "one", "two", "few", "many", "other"].into_iter().find(|c| *c == category)
}

#[cfg(test)]
mod tests {
    use super::category;

    /// The same cases as tests/wasm_plural.rs checks in the browser.
    #[test]
    fn knows_the_categories() {
        let uk = [(1.0, "one"), (2.0, "few"), (3.0, "few"), (4.0, "few"), (5.0, "many"), (11.0, "many"), (20.0, "many")];
        let uk_more = [(21.0, "one"), (22.0, "few"), (0.0, "many"), (1.5, "other"), (111.0, "many"), (101.0, "one")];
        for (n, expected) in uk.into_iter().chain(uk_more) {
            assert_eq!(category("uk", n), Some(expected), "uk {n}");
        }
        for n in 5..=20 {
            assert_eq!(category("uk", n as f64), Some("many"), "uk {n}");
        }
        for code in ["en", "es"] {
            assert_eq!(category(code, 1.0), Some("one"), "{code} 1");
            for n in [0.0, 2.0, 5.0, 11.0, 21.0, 1.5] {
                assert_eq!(category(code, n), Some("other"), "{code} {n}");
            }
        }
        assert_eq!(category("xx", 1.0), Some("one"), "English rules for a language without its own");
    }
}
