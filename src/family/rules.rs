//! Rules that look at the family, not at one request: a parent's fee exemption follows a child's
//! medical ground; a young child has a parent filing; one filer has one address and phone; and
//! parole end dates that differ make windows that differ. Each finding is about one person's
//! request (their index), worded like the check's findings.

use chrono::NaiveDate;

use super::Member;
use crate::check::{age, Args, Finding};
use crate::date::parse_date;
use crate::fees::Ground;
use crate::form::{answer, Address, ParoleRequest};
use crate::rules::Code;

/// The family's findings, each with the index of the person whose request it is about.
pub fn findings(members: &[Member], today: NaiveDate) -> Vec<(usize, Finding)> {
    let mut out = Vec::new();
    parent_may_be_exempt(members, &mut out);
    young_children(members, today, &mut out);
    same_contact(members, &mut out);
    parole_ends(members, &mut out);
    out
}

/// The filer, as the family knows them: their family and given names.
fn filer_key(request: &ParoleRequest) -> Option<(String, String)> {
    let name = &request.filer.name;
    Some((folded(answer(&name.family_name)?), folded(answer(&name.given_name)?)))
}

/// Text compared without case ("LUCÍA" is "lucía"): char by char, which is enough to compare and
/// keeps str::to_lowercase's sentence rules (and their 4 KB of tables) out of the wasm.
fn folded(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
}

/// 8 U.S.C. 1804(b)(2): a child's request with the medical ground makes the parent who files it
/// a possible exemption on their own request, if they have one and have not claimed it.
fn parent_may_be_exempt(members: &[Member], out: &mut Vec<(usize, Finding)>) {
    for child in members.iter().filter(|m| m.request.for_someone_else()) {
        let minor_patient = child.check.fees.iter().any(|f| f.minor_patient && f.exemptions.contains(&Ground::Medical));
        if !minor_patient {
            continue;
        }
        let Some(filer) = filer_key(&child.request) else { continue };
        for (i, parent) in members.iter().enumerate() {
            let own = !parent.request.for_someone_else() && filer_key(&parent.request).as_ref() == Some(&filer);
            if own && parent.request.reason.parent_of_minor_patient != Some(true) {
                let args = Args::People { name: parent.name.clone(), other: child.name.clone() };
                out.push((i, Finding::new(Code::FamilyParentMayBeExempt, "reason.parentOfMinorPatient", args)));
            }
        }
    }
}

/// A child under 14 on a request of their own: a parent or guardian usually asks for it.
fn young_children(members: &[Member], today: NaiveDate, out: &mut Vec<(usize, Finding)>) {
    for (i, member) in members.iter().enumerate() {
        if member.request.for_someone_else() || member.request.application.on_behalf_of_someone_else.is_none() {
            continue;
        }
        let born = answer(&member.request.filer.date_of_birth).and_then(|d| parse_date(d).ok());
        if born.is_some_and(|born| born <= today && age(born, today) < 14) {
            let args = Args::People { name: member.name.clone(), other: String::new() };
            out.push((i, Finding::new(Code::FamilyYoungChildFiledByParent, "application.onBehalfOfSomeoneElse", args)));
        }
    }
}

/// The same filer everywhere has the same mailing address and daytime phone.
fn same_contact(members: &[Member], out: &mut Vec<(usize, Finding)>) {
    let address = |a: &Address| {
        [&a.street, &a.unit, &a.city, &a.state, &a.zip_code, &a.country]
            .map(|part| answer(part).map(|p| folded(&p.split_whitespace().collect::<Vec<_>>().join(" "))))
    };
    let phone = |r: &ParoleRequest| answer(&r.contact.daytime_phone).map(|p| p.chars().filter(char::is_ascii_digit).collect::<String>());
    for (i, member) in members.iter().enumerate() {
        let Some(key) = filer_key(&member.request) else { continue };
        // The first request of the same filer is the reference.
        let Some(first) = members[..i].iter().find(|m| filer_key(&m.request).as_ref() == Some(&key)) else { continue };
        let args = || Args::People { name: member.name.clone(), other: first.name.clone() };
        if address(&member.request.filer.mailing_address) != address(&first.request.filer.mailing_address) {
            out.push((i, Finding::new(Code::FamilySameContact, "filer.mailingAddress.street", args())));
        }
        if phone(&member.request) != phone(&first.request) {
            out.push((i, Finding::new(Code::FamilySameContact, "contact.daytimePhone", args())));
        }
    }
}

/// Re-parole windows that differ: told in each request whose parole ends on another day than
/// the earliest one's.
fn parole_ends(members: &[Member], out: &mut Vec<(usize, Finding)>) {
    let ends: Vec<Option<NaiveDate>> = members.iter().map(|m| m.check.window.as_ref().map(|w| w.expires_on)).collect();
    let Some((first, earliest)) = ends.iter().enumerate().filter_map(|(i, e)| e.map(|e| (i, e))).min_by_key(|(_, e)| *e) else {
        return;
    };
    for (i, end) in ends.iter().enumerate() {
        if let Some(end) = end.filter(|e| *e != earliest) {
            let args = Args::ParoleEnds { name: members[i].name.clone(), ends: end, other: members[first].name.clone(), other_ends: earliest };
            out.push((i, Finding::new(Code::FamilyParoleEndsDiffer, "application.currentParoleExpires", args)));
        }
    }
}

#[cfg(test)]
mod folding {
    use super::folded;

    #[test]
    fn names_compare_without_case_in_any_alphabet() {
        assert_eq!(folded("LUCÍA Luna"), "lucía luna");
        assert_eq!(folded("ОЛЕНА"), "олена");
        assert_ne!(folded("Lucia"), folded("Lucía"), "an accent is not a case");
    }
}
