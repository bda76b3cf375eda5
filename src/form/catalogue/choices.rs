//! The choices of the form's choice questions, with the values the request JSON uses; what the
//! person reads is `choice-<list>-<value>` in the language files (`choice-sex-female`).

//! Each list gives every value of its enum in the model (a test checks that none is missing).

use super::Choice;

macro_rules! choices {
    ($name:ident $prefix:literal: $($value:literal;)*) => {
        pub(crate) static $name: &[Choice] = &[$(
            Choice { value: $value, id: concat!("choice-", $prefix, "-", $value) },
        )*];
    };
}

choices! { PAROLE_TYPES "parole-type":
    "initial";
    "reparole";
}

choices! { MILITARY_RELATIONS "military-relation":
    "serviceMember";
    "family";
    "guardian";
}

choices! { FILING_METHODS "filing-method":
    "paper";
    "online";
}

choices! { SEXES "sex":
    "male";
    "female";
}

choices! { ETHNICITIES "ethnicity":
    "hispanicOrLatino";
    "notHispanicOrLatino";
}

choices! { RACES "race":
    "americanIndianOrAlaskaNative";
    "asian";
    "black";
    "nativeHawaiianOrPacificIslander";
    "white";
}

choices! { EYE_COLORS "eye-color":
    "black";
    "blue";
    "brown";
    "gray";
    "green";
    "hazel";
    "maroon";
    "pink";
    "unknown";
}

choices! { HAIR_COLORS "hair-color":
    "bald";
    "black";
    "blond";
    "brown";
    "gray";
    "red";
    "sandy";
    "white";
    "unknown";
}

choices! { REASONS "reason":
    "medical";
    "family";
    "legal";
    "publicBenefit";
    "other";
}

choices! { STAY_UNITS "stay-unit":
    "days";
    "weeks";
    "months";
    "years";
}

choices! { SIGNERS "signer":
    "self";
    "parent";
    "legalGuardian";
    "otherRequester";
}

choices! { FEE_EXEMPTIONS "fee-exemption":
    "organDonor";
    "familyMemberDying";
    "funeral";
    "adoptedChildMedical";
    "adjustmentApplicant";
    "immigrationHearing";
    "cubanHaitianEntrant";
    "lawEnforcement";
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
