//! The parole programs of Form I-131 (edition 01/20/25), Part 1: one table, used by the form's
//! question, the renewal windows, the calculator's list and the CLI.
//!
//! ```
//! use parole_helper::program::Program;
//! use parole_helper::i18n::Lang;
//!
//! let ukraine = Program::parse(Some("ukraine")).unwrap();
//! assert_eq!(ukraine.reparole_item(), Some("10.C"));
//! assert_eq!(ukraine.label(Lang::Es), "Personas de Ucrania (Uniting for Ukraine, Punto 10.C)");
//! assert_eq!(Program::parse(Some("none")).unwrap(), Program::General); // the form's old id still reads
//! ```

use crate::i18n::Lang;
use crate::t;

macro_rules! programs {
    ($($variant:ident = $id:literal, initial: $initial:expr, reparole: $reparole:expr, name: $name:literal, $doc:literal;)*) => {
        /// A program under which parole is asked for, or none (Part 1, Items 6-11).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Program {
            $(#[doc = $doc] $variant,)*
        }

        impl Program {
            /// Every program, in the form's order.
            pub const ALL: [Program; [$($id),*].len()] = [$(Program::$variant),*];

            /// The stable id, in the request JSON, on the command line and in the page.
            pub const fn id(self) -> &'static str {
                match self {
                    $(Program::$variant => $id,)*
                }
            }

            /// The Part 1 item for initial parole from abroad, if the program has one.
            pub const fn initial_item(self) -> Option<&'static str> {
                match self {
                    $(Program::$variant => $initial,)*
                }
            }

            /// The Part 1 item for re-parole, if the program has one.
            pub const fn reparole_item(self) -> Option<&'static str> {
                match self {
                    $(Program::$variant => $reparole,)*
                }
            }

            /// Its name, without an item, to be worded in a language: `program.name().get(lang)`.
            pub const fn name(self) -> ProgramName {
                match self {
                    $(Program::$variant => ProgramName($name),)*
                }
            }
        }
    };
}

// The names are in the language files (`program-name-*`); the English one is repeated here only as
// the variant's documentation.
programs! {
    General = "general", initial: Some("7"), reparole: Some("11"),
        name: "program-name-general", "No program (humanitarian parole)";
    FilipinoWwiiVeterans = "filipinoWwiiVeterans", initial: Some("6.A"), reparole: Some("10.D"),
        name: "program-name-filipino-wwii-veterans", "Filipino World War II Veterans Parole";
    MilitaryMembersAndVeterans = "militaryMembersAndVeterans", initial: Some("6.B"), reparole: Some("10.E"),
        name: "program-name-military-members-and-veterans", "Immigrant Military Members and Veterans Initiative";
    IntergovernmentalReferral = "intergovernmentalReferral", initial: Some("6.C"), reparole: None,
        name: "program-name-intergovernmental-referral", "Referral by another government agency";
    FamilyReunificationTaskForce = "familyReunificationTaskForce", initial: Some("6.D"), reparole: Some("10.G"),
        name: "program-name-family-reunification-task-force", "Family Reunification Task Force";
    Frp = "frp", initial: None, reparole: Some("10.A"),
        name: "program-name-frp", "Family Reunification Parole, FRP (ended)";
    Afghan = "afghan", initial: None, reparole: Some("10.B"),
        name: "program-name-afghan", "Afghans paroled since July 31, 2021";
    Ukraine = "ukraine", initial: None, reparole: Some("10.C"),
        name: "program-name-ukraine", "Ukrainians (Uniting for Ukraine)";
    CentralAmericanMinors = "centralAmericanMinors", initial: None, reparole: Some("10.F"),
        name: "program-name-central-american-minors", "Central American Minors, CAM";
    MilitaryParoleInPlace = "militaryParoleInPlace", initial: None, reparole: Some("10.H"),
        name: "program-name-military-parole-in-place", "Military parole in place, for service members and their families";
    Chnv = "chnv", initial: None, reparole: Some("10.I"),
        name: "program-name-chnv", "Cubans, Haitians, Nicaraguans, Venezuelans, CHNV (ended; written under Other)";
    Other = "other", initial: Some("6.E"), reparole: Some("10.I"),
        name: "program-name-other", "Another program";
}

/// A program's name, worded on demand in any language ([`ProgramName::get`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ProgramName(&'static str);

impl ProgramName {
    /// The id of the name in the language files (`program-name-ukraine`).
    pub const fn id(self) -> &'static str {
        self.0
    }

    /// The name in `lang`: "Personas de Ucrania (Uniting for Ukraine)".
    pub fn get(self, lang: Lang) -> String {
        crate::i18n::tr(lang, self.0, &[])
    }
}

/// Which renewal-window rules a program follows: its own where a source gives them, else the
/// general advice for "other programs".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WindowRules {
    /// No program (Item 11).
    General,
    /// Ukrainians (10.C): the 180-day first day.
    Ukraine,
    /// Afghans (10.B): extension by notice.
    Afghan,
    /// FRP (10.A): ended, with exceptions.
    Frp,
    /// CHNV: ended.
    Chnv,
    /// Any other program (10.D-10.I).
    Other,
}

impl Program {
    /// Reads a program id (any case; the form's version-2 ids `none` and
    /// `familyReunificationParole` too). Nothing given is an error too: a window depends on it.
    pub fn parse(id: Option<&str>) -> Result<Program, ProgramError> {
        let id = id.map(str::trim).unwrap_or_default();
        if id.is_empty() {
            return Err(ProgramError::Missing);
        }
        let alias = match id {
            _ if id.eq_ignore_ascii_case("none") => Some(Program::General),
            _ if id.eq_ignore_ascii_case("familyReunificationParole") => Some(Program::Frp),
            _ => None,
        };
        alias
            .or_else(|| Program::ALL.into_iter().find(|p| p.id().eq_ignore_ascii_case(id)))
            .ok_or_else(|| ProgramError::Unknown(id.to_string()))
    }

    /// The window rules this program follows.
    pub fn window_rules(self) -> WindowRules {
        match self {
            Program::General => WindowRules::General,
            Program::Ukraine => WindowRules::Ukraine,
            Program::Afghan => WindowRules::Afghan,
            Program::Frp => WindowRules::Frp,
            Program::Chnv => WindowRules::Chnv,
            _ => WindowRules::Other,
        }
    }

    /// The programs a re-parole request can name, as the form lists their boxes: no program
    /// (Item 11) first, then 10.A to 10.I (the calculator's list).
    pub fn for_reparole() -> impl Iterator<Item = Program> {
        let mut list: Vec<Program> = Program::ALL.into_iter().filter(|p| p.reparole_item().is_some()).collect();
        // "11" sorts before "10.A" once the item is read as (number, letter) backwards: put it first.
        list.sort_by_key(|p| (p.reparole_item() != Some("11"), p.reparole_item(), *p == Program::Other));
        list.into_iter()
    }

    /// Its name with its re-parole item, for the calculator's list: "Personas de Ucrania
    /// (Uniting for Ukraine, Punto 10.C)".
    pub fn label(self, lang: Lang) -> String {
        let name = self.name().get(lang);
        let Some(item) = self.reparole_item() else { return name };
        let item = format!("{} {item}", lang.item_word());
        match name.strip_suffix(')') {
            Some(open) => format!("{open}, {item})"),
            None => format!("{name} ({item})"),
        }
    }

    /// The ids a person may type, for help texts and messages: "general, ukraine, ...".
    pub fn id_list(lang: Lang) -> String {
        let ids: Vec<&str> = Program::for_reparole().map(Program::id).collect();
        let (last, rest) = ids.split_last().unwrap_or((&"", &[]));
        // The first letter picks the word for "or" where it depends on the next word (Spanish "u").
        t!(lang, "program-id-list", rest = rest.join(", "), last = *last, last_initial = last.get(..1).unwrap_or_default())
    }
}

/// A program that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgramError {
    /// None was given.
    Missing,
    /// An id the helper does not know.
    Unknown(String),
}

impl ProgramError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            ProgramError::Missing => "program.missing",
            ProgramError::Unknown(_) => "program.unknown",
        }
    }

    /// What to tell the person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let ids = Program::id_list(lang);
        match self {
            ProgramError::Missing => t!(lang, "program-missing", ids = ids),
            ProgramError::Unknown(id) => t!(lang, "program-unknown", id = id, ids = ids),
        }
    }
}

impl std::fmt::Display for ProgramError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ProgramError {}

/// A program is written as its id.
impl serde::Serialize for Program {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Program {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Program".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let ids: Vec<&str> = Program::ALL.iter().map(|p| p.id()).collect();
        schemars::json_schema!({ "type": "string", "enum": ids })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for p in Program::ALL {
            assert_eq!(Program::parse(Some(p.id())), Ok(p));
            assert_eq!(Program::ALL.iter().filter(|q| q.id() == p.id()).count(), 1);
        }
        assert_eq!(Program::parse(Some(" Ukraine ")), Ok(Program::Ukraine));
        assert_eq!(Program::parse(Some("NONE")), Ok(Program::General));
        assert_eq!(Program::parse(Some("familyReunificationParole")), Ok(Program::Frp));
    }

    #[test]
    fn missing_and_unknown_programs_are_errors() {
        assert_eq!(Program::parse(None), Err(ProgramError::Missing));
        assert_eq!(Program::parse(Some("  ")), Err(ProgramError::Missing));
        assert_eq!(Program::parse(Some("tps")), Err(ProgramError::Unknown("tps".into())));
        assert!(ProgramError::Unknown("tps".into()).message(Lang::Es).contains("general, "));
    }

    #[test]
    fn items_follow_the_form() {
        // Part 1 of edition 01/20/25, written out: initial 6.A-6.E and 7, re-parole 10.A-10.I and 11.
        let initial: Vec<_> = Program::ALL.iter().filter_map(|p| p.initial_item()).collect();
        assert_eq!(initial, ["7", "6.A", "6.B", "6.C", "6.D", "6.E"]);
        let mut reparole: Vec<_> = Program::ALL.iter().filter_map(|p| p.reparole_item()).collect();
        reparole.sort();
        assert_eq!(reparole, ["10.A", "10.B", "10.C", "10.D", "10.E", "10.F", "10.G", "10.H", "10.I", "10.I", "11"]);
    }

    #[test]
    fn every_name_is_in_every_language() {
        // The names' ids sit in the table above, where the completeness test does not look.
        for p in Program::ALL {
            for lang in Lang::all() {
                assert_ne!(p.name().get(lang), p.name().id(), "{lang:?} lacks {}", p.name().id());
            }
        }
    }

    #[test]
    fn labels_and_lists() {
        assert_eq!(Program::General.label(Lang::En), "No program (humanitarian parole, Item 11)");
        assert_eq!(Program::Afghan.label(Lang::Es), "Personas de Afganistán con parole desde el 31 de julio de 2021 (Punto 10.B)");
        assert_eq!(Program::IntergovernmentalReferral.label(Lang::En), "Referral by another government agency");
        assert!(Program::id_list(Lang::En).ends_with(", chnv or other"), "{}", Program::id_list(Lang::En));
        assert!(Program::id_list(Lang::Es).ends_with(", chnv u other"), "{}", Program::id_list(Lang::Es));
        assert!(!Program::for_reparole().any(|p| p == Program::IntergovernmentalReferral));
    }
}
