//! The choices of the form's choice questions, with the values the request JSON uses.

//! Each list gives every value of its enum in the model (a test checks that none is missing).

use super::{Choice, Text};

macro_rules! choices {
    ($name:ident: $($value:literal, $en:literal, $es:literal;)*) => {
        pub(crate) static $name: &[Choice] = &[$(
            Choice { value: $value, label: Text { en: $en, es: $es } },
        )*];
    };
}

choices! { PAROLE_TYPES:
    "initial", "Initial parole, for someone outside the US (Items 6-7)", "Parole inicial, para alguien que está fuera de EE. UU. (Puntos 6-7)";
    "reparole", "Re-parole: a new period of parole for someone paroled into the US (Items 10-11)", "Nuevo parole (re-parole): otro período para alguien que entró a EE. UU. con parole (Puntos 10-11)";
}

choices! { MILITARY_RELATIONS:
    "serviceMember", "A current or former US service member", "Militar de EE. UU., en servicio o veterano";
    "family", "Family of a current or former service member (spouse, child, son or daughter; for military parole in place, also a parent)", "Familia de un militar o veterano de EE. UU. (cónyuge, hijo o hija; para el parole en el lugar militar, también padre o madre)";
    "guardian", "Legal guardian or surrogate of a current or former service member (not for military parole in place)", "Tutor legal o sustituto de un militar o veterano de EE. UU. (no para el parole en el lugar militar)";
}

choices! { FILING_METHODS:
    "paper", "On paper, by mail", "En papel, por correo";
    "online", "Online, with a USCIS account", "Por internet, con una cuenta de USCIS";
}

choices! { SEXES:
    "male", "Male", "Masculino";
    "female", "Female", "Femenino";
}

choices! { ETHNICITIES:
    "hispanicOrLatino", "Hispanic or Latino", "Hispano o latino";
    "notHispanicOrLatino", "Not Hispanic or Latino", "Ni hispano ni latino";
}

choices! { RACES:
    "americanIndianOrAlaskaNative", "American Indian or Alaska Native", "Indígena de las Américas o nativo de Alaska";
    "asian", "Asian", "Asiático";
    "black", "Black or African American", "Negro o afroamericano";
    "nativeHawaiianOrPacificIslander", "Native Hawaiian or Other Pacific Islander", "Nativo de Hawái o de otras islas del Pacífico";
    "white", "White", "Blanco";
}

choices! { EYE_COLORS:
    "black", "Black", "Negro";
    "blue", "Blue", "Azul";
    "brown", "Brown", "Café";
    "gray", "Gray", "Gris";
    "green", "Green", "Verde";
    "hazel", "Hazel", "Color avellana";
    "maroon", "Maroon", "Granate";
    "pink", "Pink", "Rosado";
    "unknown", "Unknown or other", "No se sabe u otro";
}

choices! { HAIR_COLORS:
    "bald", "Bald (no hair)", "Calvo (sin pelo)";
    "black", "Black", "Negro";
    "blond", "Blond", "Rubio";
    "brown", "Brown", "Café";
    "gray", "Gray", "Canoso (gris)";
    "red", "Red", "Pelirrojo";
    "sandy", "Sandy", "Rubio oscuro";
    "white", "White", "Blanco";
    "unknown", "Unknown or other", "No se sabe u otro";
}

choices! { REASONS:
    "medical", "Medical treatment or a medical emergency", "Tratamiento médico o una emergencia médica";
    "family", "To be with, or care for, family", "Para estar con la familia o cuidarla";
    "legal", "A court case or legal proceeding", "Un juicio o trámite legal";
    "publicBenefit", "A significant public benefit", "Un beneficio público importante";
    "other", "Something else", "Otro motivo";
}

choices! { STAY_UNITS:
    "days", "Days", "Días";
    "weeks", "Weeks", "Semanas";
    "months", "Months", "Meses";
    "years", "Years", "Años";
}

choices! { SIGNERS:
    "self", "I file for myself and I sign", "Pido para mí y firmo yo";
    "parent", "A parent of the person to be paroled (filing for them, or signing for a filer under 14)", "El padre o la madre de la persona que recibiría el parole (pide por ella, o firma por alguien menor de 14 años)";
    "legalGuardian", "A legal guardian of the person to be paroled (filing for them, or signing for a filer under 14)", "El tutor legal de la persona que recibiría el parole (pide por ella, o firma por alguien menor de 14 años)";
    "otherRequester", "Someone else who files for them (a relative, a sponsor)", "Otra persona que pide por ella (un familiar, alguien que la apoya)";
}

choices! { FEE_EXEMPTIONS:
    "organDonor", "An organ or tissue donor, with no time for a visa", "Donante de órganos o tejidos, sin tiempo para una visa";
    "familyMemberDying", "A close family member in the US is about to die", "Un familiar cercano en EE. UU. está por morir";
    "funeral", "To attend a close family member's funeral", "Para ir al funeral de un familiar cercano";
    "adoptedChildMedical", "An adopted child with an urgent medical condition", "Un hijo adoptado con un problema médico urgente";
    "adjustmentApplicant", "Applied for a green card (adjustment of status) and returning from a short trip", "Pidió la residencia (ajuste de estatus) y vuelve de un viaje corto";
    "immigrationHearing", "Sent back to Mexico or Canada, coming in for an immigration hearing", "Devuelto a México o Canadá, entra para una audiencia de inmigración";
    "cubanHaitianEntrant", "A Cuban or Haitian entrant", "Entrante cubano o haitiano (Cuban/Haitian entrant)";
    "lawEnforcement", "Helping US law enforcement", "Ayuda a las autoridades de EE. UU.";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::*;

    fn values(list: &[Choice]) -> Vec<&'static str> {
        list.iter().map(|c| c.value).collect()
    }

    macro_rules! same {
        ($list:ident, $ty:ident) => {
            assert_eq!(values($list), $ty::ALL.iter().map(|v| v.id()).collect::<Vec<_>>(), stringify!($ty));
        };
    }

    #[test]
    fn every_value_of_the_model_has_its_words() {
        same!(PAROLE_TYPES, ParoleType);
        same!(FILING_METHODS, FilingMethod);
        same!(MILITARY_RELATIONS, MilitaryRelation);
        same!(SEXES, Sex);
        same!(ETHNICITIES, Ethnicity);
        same!(RACES, Race);
        same!(EYE_COLORS, EyeColor);
        same!(HAIR_COLORS, HairColor);
        same!(REASONS, ReasonCategory);
        same!(STAY_UNITS, StayUnit);
        same!(SIGNERS, SignerRole);
        same!(FEE_EXEMPTIONS, FeeExemption);
    }
}
