//! The form's questions, grouped in sections that follow its Parts. This is data: a question added
//! here is checked by the rules, described to the page, and shown in the review.

pub(crate) mod choices;

mod application;
mod background;
mod people;
mod signing;

use super::fields::{Field, Text, When};

/// A group of questions shown together, following the form's Parts.
#[derive(Debug)]
pub struct Section {
    /// Stable id, for the page and for drafts.
    pub id: &'static str,
    /// Its heading.
    pub title: Text,
    /// When the section applies.
    pub shown: When,
    /// Its questions, in form order.
    pub fields: &'static [Field],
}

/// Every section, in form order.
pub static SECTIONS: [Section; 9] = [
    Section {
        id: "application",
        title: Text { en: "Part 1. What you are asking for", es: "Parte 1. Qué está pidiendo" },
        shown: When::Always,
        fields: application::APPLICATION,
    },
    Section {
        id: "filer",
        title: Text { en: "Part 2. About you, the person filing", es: "Parte 2. Sus datos (quien pide)" },
        shown: When::Always,
        fields: people::FILER,
    },
    Section {
        id: "beneficiary",
        title: Text { en: "Part 2. The person to be paroled", es: "Parte 2. La persona para quien pide el parole" },
        shown: When::ForSomeoneElse,
        fields: people::BENEFICIARY,
    },
    Section {
        id: "biographics",
        title: Text {
            en: "Part 3. What the person to be paroled looks like",
            es: "Parte 3. Cómo es físicamente la persona que recibiría el parole",
        },
        shown: When::Always,
        fields: background::BIOGRAPHICS,
    },
    Section {
        id: "removal",
        title: Text { en: "Part 4. Removal proceedings", es: "Parte 4. Procesos de deportación" },
        shown: When::Always,
        fields: background::REMOVAL,
    },
    Section {
        id: "reason",
        title: Text { en: "Part 8. Why parole is needed", es: "Parte 8. Por qué se necesita el parole" },
        shown: When::Always,
        fields: background::REASON,
    },
    Section {
        id: "workPermit",
        title: Text { en: "Part 9. Work permit", es: "Parte 9. Permiso de trabajo" },
        shown: When::Reparole,
        fields: background::WORK_PERMIT,
    },
    Section {
        id: "signature",
        title: Text { en: "Part 10. Contact and signature", es: "Parte 10. Contacto y firma" },
        shown: When::Always,
        fields: signing::SIGNATURE,
    },
    Section {
        id: "helpers",
        title: Text { en: "Parts 11 and 12. Interpreter and preparer", es: "Partes 11 y 12. Intérprete y quien preparó el formulario" },
        shown: When::Always,
        fields: signing::HELPERS,
    },
];

/// The section a question belongs to.
pub fn section_of(path: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.fields.iter().any(|f| f.path == path))
}
