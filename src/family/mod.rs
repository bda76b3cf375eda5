//! A family in one go. USCIS wants one Form I-131 per person, but parole comes to families: one
//! file holds what the people share (the filer, the contact, the address) and what is each
//! person's own. Each person's request is derived from it, a plain request as
//! `schema/i131-parole.schema.json` describes, and that request is what is checked, printed and
//! filled, exactly as if it had been given alone.
//!
//! ```
//! use parole_helper::family::{read_document, Document};
//!
//! let text = r#"{"schemaVersion": 3, "family": {
//!     "shared": {"filer": {"name": {"familyName": "Luna Ortega", "givenName": "Lucía"}}},
//!     "people": [
//!         {"application": {"onBehalfOfSomeoneElse": false}},
//!         {"application": {"onBehalfOfSomeoneElse": true},
//!          "beneficiary": {"name": {"familyName": "Ramírez Luna", "givenName": "Sofía"}}}
//!     ]}}"#;
//! let Ok(Document::Family(family)) = read_document(text) else { panic!() };
//! assert_eq!(family.names(), ["Lucía Luna Ortega", "Sofía Ramírez Luna"]);
//! // Each request is a plain one: the child's has her mother as the filer.
//! assert_eq!(family.requests[1].filer.name.given_name.as_deref(), Some("Lucía"));
//! ```
//!
//! A person's answers lie over the shared ones: objects merge, anything else replaces, and
//! `null` takes a shared answer away. What cannot be read is the same [`FormError`] as for a
//! request, with its path inside the family (`family.people[1].beneficiary.aNumber`).

mod page;
mod report;
mod rules;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use crate::check::{check, Check};
use crate::form::read::{from_value, parse_json};
use crate::form::{answer, FormError, ParoleRequest};

pub use page::{asked_of_others, is_own, Household, OWN};
pub use report::{Deadline, FamilyDiagnostic, FamilyReport, PersonFees, PersonReport, SharedEvidence};

/// The most people one family file holds: more is not a family's file.
pub const MAX_PEOPLE: usize = 20;

/// A family file, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    /// What every request shares.
    pub shared: Map<String, Value>,
    /// Each person's own answers, over the shared ones.
    pub people: Vec<Map<String, Value>>,
    /// Each person's request, derived.
    pub requests: Vec<ParoleRequest>,
    /// The older model version the file was migrated from, if any.
    pub migrated_from: Option<u32>,
}

/// What a document turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Document {
    /// One request.
    Request {
        /// Its answers.
        form: ParoleRequest,
        /// The older model version it was migrated from, if any.
        migrated_from: Option<u32>,
    },
    /// A family.
    Family(Family),
}

/// Reads a request or a family file from JSON text: a single request stays valid as it is.
pub fn read_document(text: &str) -> Result<Document, FormError> {
    let value = parse_json(text)?;
    match value {
        Value::Object(ref map) if map.contains_key("family") => family_from_value(value).map(Document::Family),
        other => from_value(other).map(|read| Document::Request { form: read.form, migrated_from: read.migrated_from }),
    }
}

/// Reads a family file from its JSON value.
pub fn family_from_value(value: Value) -> Result<Family, FormError> {
    let Value::Object(mut top) = value else { return Err(FormError::NotAnObject) };
    let version = top.remove("schemaVersion");
    let family = top.remove("family").unwrap_or(Value::Null);
    if let Some(name) = top.keys().next() {
        return Err(FormError::UnknownQuestion { path: String::new(), name: name.clone() });
    }
    let Value::Object(mut family) = family else { return Err(FormError::WrongType { path: "family".into() }) };
    let shared = match family.remove("shared") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(shared)) => shared,
        Some(_) => return Err(FormError::WrongType { path: "family.shared".into() }),
    };
    let people: Vec<Map<String, Value>> = match family.remove("people") {
        Some(Value::Array(people)) if !people.is_empty() && people.len() <= MAX_PEOPLE => people
            .into_iter()
            .enumerate()
            .map(|(i, person)| match person {
                Value::Object(person) => Ok(person),
                _ => Err(FormError::WrongType { path: format!("family.people[{i}]") }),
            })
            .collect::<Result<_, _>>()?,
        _ => return Err(FormError::WrongType { path: "family.people".into() }),
    };
    if let Some(name) = family.keys().next() {
        return Err(FormError::UnknownQuestion { path: "family".into(), name: name.clone() });
    }
    let mut requests = Vec::with_capacity(people.len());
    let mut migrated_from = None;
    for (i, person) in people.iter().enumerate() {
        let mut merged = shared.clone();
        merge(&mut merged, person);
        if let Some(version) = &version {
            merged.insert("schemaVersion".into(), version.clone());
        }
        let read = from_value(Value::Object(merged)).map_err(|e| within(&format!("family.people[{i}]"), e))?;
        migrated_from = migrated_from.or(read.migrated_from);
        requests.push(read.form);
    }
    Ok(Family { shared, people, requests, migrated_from })
}

/// Lays `over` on `base`: objects merge, anything else replaces.
fn merge(base: &mut Map<String, Value>, over: &Map<String, Value>) {
    for (key, value) in over {
        match (base.get_mut(key), value) {
            (Some(Value::Object(inner)), Value::Object(over)) => merge(inner, over),
            _ => {
                base.insert(key.clone(), value.clone());
            }
        }
    }
}

/// The same error, with its path inside the family.
fn within(prefix: &str, error: FormError) -> FormError {
    let join = |path: String| if path.is_empty() { prefix.to_string() } else { format!("{prefix}.{path}") };
    match error {
        FormError::UnknownQuestion { path, name } => FormError::UnknownQuestion { path: join(path), name },
        FormError::UnknownChoice { path, value } => FormError::UnknownChoice { path: join(path), value },
        FormError::WrongType { path } => FormError::WrongType { path: join(path) },
        FormError::AnswerTooLong { path, max } => FormError::AnswerTooLong { path: join(path), max },
        other => other,
    }
}

/// The name of the person a request is for: "Given Family", or "#N" (their place in the file)
/// before a name is given: a mark every language reads, where "Person 2" would be English.
pub fn person_name(request: &ParoleRequest, index: usize) -> String {
    let name = if request.for_someone_else() { &request.beneficiary.name } else { &request.filer.name };
    let parts: Vec<&str> = [&name.given_name, &name.family_name].into_iter().filter_map(answer).collect();
    if parts.is_empty() { format!("#{}", index + 1) } else { parts.join(" ") }
}

impl Family {
    /// The name of each person, in file order.
    pub fn names(&self) -> Vec<String> {
        self.requests.iter().enumerate().map(|(i, r)| person_name(r, i)).collect()
    }

    /// Checks every person's request as of `today`, and the family as a whole.
    pub fn check(&self, today: NaiveDate) -> FamilyCheck {
        let members: Vec<Member> = self
            .requests
            .iter()
            .enumerate()
            .map(|(i, request)| Member { name: person_name(request, i), request: request.clone(), check: check(request, today) })
            .collect();
        let findings = rules::findings(&members, today);
        FamilyCheck { today, members, findings }
    }
}

/// One person of a family, with their request and its check.
#[derive(Debug, Clone)]
pub struct Member {
    /// Their name.
    pub name: String,
    /// Their request, derived.
    pub request: ParoleRequest,
    /// Its check, the same as the request's alone.
    pub check: Check,
}

/// What the rules say about a family: each request's check, and what holds across people.
#[derive(Debug, Clone)]
pub struct FamilyCheck {
    /// The checking date.
    pub today: NaiveDate,
    /// The people.
    pub members: Vec<Member>,
    /// Findings across people, each about one person's request.
    pub findings: Vec<(usize, crate::check::Finding)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_lie_over_what_they_share() {
        let text = r#"{"family":{"shared":{"filer":{"name":{"familyName":"Luna"},"countryOfBirth":"Mexico"},"workPermit":true},
            "people":[{"workPermit":null},{"filer":{"name":{"givenName":"Ana"}}}]}}"#;
        let Ok(Document::Family(family)) = read_document(text) else { panic!() };
        assert_eq!(family.requests[0].work_permit, None, "null takes a shared answer away");
        assert_eq!(family.requests[1].work_permit, Some(true));
        assert_eq!(family.requests[1].filer.name.family_name.as_deref(), Some("Luna"), "objects merge");
        assert_eq!(family.requests[1].filer.name.given_name.as_deref(), Some("Ana"));
        assert_eq!(family.requests[0].filer.country_of_birth.as_deref(), Some("Mexico"));
        assert_eq!(family.names(), ["Luna", "Ana Luna"]);
    }

    #[test]
    fn what_cannot_be_read_names_the_person() {
        let bad = r#"{"family":{"people":[{},{"filer":{"aNumbr":"A1"}}]}}"#;
        assert_eq!(
            read_document(bad),
            Err(FormError::UnknownQuestion { path: "family.people[1].filer".into(), name: "aNumbr".into() })
        );
        let wrong = r#"{"family":{"people":[{"filer":{"ssn":[1]}}]}}"#;
        assert_eq!(read_document(wrong), Err(FormError::WrongType { path: "family.people[0].filer.ssn".into() }));
        for (text, path) in [
            (r#"{"family":{"people":[]}}"#, "family.people"),
            (r#"{"family":{"people":{}}}"#, "family.people"),
            (r#"{"family":{"people":[1]}}"#, "family.people[0]"),
            (r#"{"family":{"shared":[],"people":[{}]}}"#, "family.shared"),
            (r#"{"family":[]}"#, "family"),
        ] {
            assert_eq!(read_document(text), Err(FormError::WrongType { path: path.into() }), "{text}");
        }
        assert_eq!(
            read_document(r#"{"family":{"people":[{}],"pets":[]}}"#),
            Err(FormError::UnknownQuestion { path: "family".into(), name: "pets".into() })
        );
        assert_eq!(
            read_document(r#"{"family":{"people":[{}]},"filer":{}}"#),
            Err(FormError::UnknownQuestion { path: String::new(), name: "filer".into() })
        );
        let too_many = format!(r#"{{"family":{{"people":[{}]}}}}"#, vec!["{}"; MAX_PEOPLE + 1].join(","));
        assert!(read_document(&too_many).is_err());
        let most = format!(r#"{{"family":{{"people":[{}]}}}}"#, vec!["{}"; MAX_PEOPLE].join(","));
        assert!(read_document(&most).is_ok());
    }

    #[test]
    fn a_request_stays_a_request_and_versions_migrate() {
        assert!(matches!(read_document(r#"{"filer":{}}"#), Ok(Document::Request { migrated_from: None, .. })));
        let old = r#"{"schemaVersion":2,"family":{"shared":{"application":{"program":"none"}},"people":[{}]}}"#;
        let Ok(Document::Family(family)) = read_document(old) else { panic!() };
        assert_eq!(family.migrated_from, Some(2));
        assert_eq!(family.requests[0].application.program, Some(crate::program::Program::General));
        assert!(read_document(r#"{"schemaVersion":9,"family":{"people":[{}]}}"#).is_err());
    }
}
