//! Formats: each answer against the format its question has (the catalogue says which, and
//! [`crate::form::formats`] says what each format accepts). An empty answer is never a format
//! problem; a US address's missing state and ZIP code are required answers with their own codes.

use super::{Args, Finding};
use crate::form::catalogue::{self, Question};
use crate::form::formats::FormatProblem;
use crate::form::ParoleRequest;

pub(super) fn check(form: &ParoleRequest, out: &mut Vec<Finding>) {
    for question in catalogue::all() {
        let (Some(format), Some(text)) = (question.format(), question.text(form)) else { continue };
        if let Some(problem) = format.problem(text) {
            out.push(finding(question, problem, text));
        }
    }
}

/// The format problem of one answer, alone: for checks while a person types. Rules that need
/// other answers (a state only for a US address, a date in the future) wait for the full check.
pub fn check_text(path: &str, text: &str) -> Option<Finding> {
    let question = catalogue::question(path)?;
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    // A format problem first (it says what the boxes take); then the letters and the language.
    match question.format().and_then(|format| format.problem(text)) {
        Some(problem) => Some(finding(question, problem, text)),
        None => super::english::problem(question, text),
    }
}

fn finding(question: &'static Question, problem: FormatProblem, text: &str) -> Finding {
    let args = match problem.date {
        Some(error) => Args::Date(error),
        None => Args::Typed(text.to_string()),
    };
    Finding { code: problem.code, field: Some(question), item: None, args }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Code;

    #[test]
    fn what_the_boxes_cannot_hold_is_an_error_and_a_doubt_that_fits_is_a_warning() {
        let code = |path: &str, text: &str| check_text(path, text).map(|f| f.code);
        assert_eq!(code("filer.aNumber", "A123456789"), None, "9 digits fill the 9 boxes");
        assert_eq!(code("filer.aNumber", "A1234567890"), Some(Code::BoxANumber), "10 digits do not fit");
        assert_eq!(code("filer.aNumber", "a-123-456-7890"), Some(Code::BoxANumber));
        assert_eq!(code("filer.aNumber", "A123456"), Some(Code::FormatANumber), "6 digits fit: a doubt");
        assert_eq!(code("filer.uscisOnlineAccountNumber", "123456789012"), None);
        assert_eq!(code("filer.uscisOnlineAccountNumber", "12345678901"), Some(Code::FormatUscisAccount));
        assert_eq!(code("filer.uscisOnlineAccountNumber", "1234567890123"), Some(Code::FormatUscisAccount));
        assert_eq!(code("filer.i94Number", "123456789A1"), None);
        assert_eq!(code("filer.i94Number", "1234567890"), Some(Code::BoxI94Number), "10 characters");
        assert_eq!(code("filer.i94Number", "123456789A12"), Some(Code::BoxI94Number), "12 characters");
        assert_eq!(code("filer.i94Number", "ABCDEFGHIJK"), Some(Code::FormatI94Number), "11 letters fit: a doubt");
        assert_eq!(code("contact.email", "ana.perez"), Some(Code::BoxEmail), "no @");
        assert_eq!(code("contact.email", "ana@"), Some(Code::BoxEmail), "no domain");
        assert_eq!(code("contact.email", "@example.org"), Some(Code::BoxEmail), "nobody before the @");
        assert_eq!(code("contact.email", "ana@example"), Some(Code::FormatEmail), "a domain without a dot: a doubt");
        assert_eq!(code("filer.mailingAddress.zipCode", "92101"), None);
        assert_eq!(code("filer.mailingAddress.zipCode", "92101-1234"), Some(Code::FormatZipCode), "ZIP+4 does not fit the box");
        assert_eq!(code("filer.mailingAddress.zipCode", "9210"), Some(Code::FormatZipCode));
    }

    #[test]
    fn one_answer_alone_gets_the_same_finding_as_in_the_full_check() {
        assert_eq!(check_text("filer.aNumber", "A12").map(|f| f.code), Some(Code::FormatANumber));
        assert_eq!(check_text("beneficiary.dateOfBirth", "2022-02-30").map(|f| f.code), Some(Code::FormatDate));
        assert_eq!(check_text("biographics.heightInches", "12").map(|f| f.code), Some(Code::FormatBody));
        assert_eq!(check_text("biographics.weightPounds", "33 lb").map(|f| f.code), Some(Code::FormatWholeNumber));
        assert_eq!(check_text("contact.email", "ana@example.org"), None);
        assert_eq!(check_text("filer.name.familyName", "Luna"), None, "no format for names");
        assert_eq!(check_text("filer.ssn", "  "), None, "empty is for the required rules");
        assert_eq!(check_text("filer.nonsense", "x"), None, "no such question");
    }
}
