//! The parole programs a re-parole request can name (Form I-131, Part 1, Items 10-11).
//!
//! ```
//! use parole_helper::program::Program;
//! use parole_helper::i18n::Lang;
//!
//! let ukraine = Program::parse(Some("ukraine")).unwrap();
//! assert_eq!(ukraine.item(), "10.C");
//! assert_eq!(ukraine.label(Lang::Es), "Personas de Ucrania (Uniting for Ukraine, Punto 10.C)");
//! ```

use serde::Serialize;

use crate::i18n::Lang;
use crate::input::InputError;

/// The program under which a person's current parole was granted.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Program {
    /// No program: humanitarian parole case by case (Item 11).
    General,
    /// Ukrainians and their families paroled on or after 11 Feb 2022 (Item 10.C).
    Ukraine,
    /// Afghans paroled on or after 31 Jul 2021, OAR or PAR (Item 10.B).
    Afghan,
    /// Family Reunification Parole (Item 10.A); terminated.
    Frp,
    /// Cubans, Haitians, Nicaraguans and Venezuelans; terminated.
    Chnv,
    /// Any other program (Items 10.D-10.I).
    Other,
}

impl Program {
    /// Every program, in the order the page lists them.
    pub const ALL: [Program; 6] = [
        Program::General,
        Program::Ukraine,
        Program::Afghan,
        Program::Frp,
        Program::Chnv,
        Program::Other,
    ];

    /// The stable id used in JSON, on the command line and in the page.
    pub fn id(self) -> &'static str {
        match self {
            Program::General => "general",
            Program::Ukraine => "ukraine",
            Program::Afghan => "afghan",
            Program::Frp => "frp",
            Program::Chnv => "chnv",
            Program::Other => "other",
        }
    }

    /// Reads a program id; nothing given is an error, since the window depends on it.
    pub fn parse(id: Option<&str>) -> Result<Program, InputError> {
        let id = id.map(str::trim).unwrap_or_default();
        if id.is_empty() {
            return Err(InputError::MissingProgram);
        }
        Program::ALL
            .into_iter()
            .find(|p| p.id().eq_ignore_ascii_case(id))
            .ok_or_else(|| InputError::UnknownProgram(id.to_string()))
    }

    /// The Part 1 item of Form I-131 (edition 01/20/25) that names this program on re-parole.
    /// CHNV has no box of its own: it goes under 10.I, "other program".
    pub fn item(self) -> &'static str {
        match self {
            Program::General => "11",
            Program::Ukraine => "10.C",
            Program::Afghan => "10.B",
            Program::Frp => "10.A",
            Program::Chnv => "10.I",
            Program::Other => "10.D-10.I",
        }
    }

    /// A short name for a list, with its item.
    pub fn label(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => match self {
                Program::General => "No program (humanitarian parole, Item 11)",
                Program::Ukraine => "Ukrainians (Uniting for Ukraine, Item 10.C)",
                Program::Afghan => "Afghans paroled since July 31, 2021 (Item 10.B)",
                Program::Frp => "Family Reunification Parole (FRP, Item 10.A)",
                Program::Chnv => "Cubans, Haitians, Nicaraguans, Venezuelans (CHNV)",
                Program::Other => "Another program (Items 10.D to 10.I)",
            },
            Lang::Es => match self {
                Program::General => "Sin programa (parole humanitario, Punto 11)",
                Program::Ukraine => "Personas de Ucrania (Uniting for Ukraine, Punto 10.C)",
                Program::Afghan => "Personas de Afganistán con parole desde el 31 de julio de 2021 (Punto 10.B)",
                Program::Frp => "Programa de Reunificación Familiar (FRP, Punto 10.A)",
                Program::Chnv => "Personas de Cuba, Haití, Nicaragua y Venezuela (CHNV)",
                Program::Other => "Otro programa (Puntos 10.D a 10.I)",
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for p in Program::ALL {
            assert_eq!(Program::parse(Some(p.id())), Ok(p));
        }
        assert_eq!(Program::parse(Some(" Ukraine ")), Ok(Program::Ukraine));
    }

    #[test]
    fn missing_and_unknown_programs_are_errors() {
        assert_eq!(Program::parse(None), Err(InputError::MissingProgram));
        assert_eq!(Program::parse(Some("  ")), Err(InputError::MissingProgram));
        assert_eq!(Program::parse(Some("tps")), Err(InputError::UnknownProgram("tps".into())));
    }
}
