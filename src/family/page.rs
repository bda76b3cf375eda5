//! The family as the request page holds it: the first person's whole request, as today, and for
//! each other person only what is theirs. Every other person is someone the same filer asks
//! parole for (Part 1, Item 2: "for someone else"); what the family shares (the filer, the mailing
//! address and contact, the kind of request and program, the interpreter, the preparer, the date
//! of signing) is asked once, in the first request. Each person's request is derived as a family
//! file's is ([`super::family_from_value`]): it is what is checked, printed and filled.
//!
//! ```
//! use parole_helper::family::Household;
//! use parole_helper::form::read::read;
//!
//! let mother = read(include_str!("../../examples/reparole-medical-mother.json")).unwrap().form;
//! let child = read(include_str!("../../examples/reparole-medical-child.json")).unwrap().form;
//! let page = Household { first: mother.clone(), others: vec![Household::own(&child)] };
//! // The child's request, derived from her own answers and what she shares with her mother,
//! // is the request given alone.
//! assert_eq!(page.family().unwrap().requests, [mother, child]);
//! ```

use serde_json::{Map, Value};

use super::{family_from_value, person_name, Family, MAX_PEOPLE};
use crate::form::read::from_value;
use crate::form::write::to_json;
use crate::form::{FormError, ParoleRequest, SCHEMA_VERSION};

/// The answers that are each person's own (a question's path, or a group of them); everything
/// else is shared. The first person's own answers include the Part 2 items only a filer asking
/// for themselves has (class of admission, I-94, Items 12-15): another person's request does not
/// carry them.
pub const OWN: [&str; 13] = [
    "application.onBehalfOfSomeoneElse",
    "application.currentParoleExpires",
    "filer.classOfAdmission",
    "filer.i94Number",
    "filer.i94Expires",
    "filer.emedicalParoleeId",
    "beneficiary",
    "biographics",
    "removalProceedings",
    "previousDocuments",
    "reason",
    "workPermit",
    "signature.signerRole",
];

/// True when the question at `path` is a person's own (see [`OWN`]).
pub fn is_own(path: &str) -> bool {
    OWN.iter().any(|own| path == *own || path.strip_prefix(own).is_some_and(|rest| rest.starts_with('.')))
}

/// True when the page asks the question at `path` of each other person: their own answers, but
/// not "for someone else" (always yes) nor the filer's own Items 12-15 (they are not the filer).
pub fn asked_of_others(path: &str) -> bool {
    is_own(path) && path != "application.onBehalfOfSomeoneElse" && !path.starts_with("filer.")
}

/// The family a page holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Household {
    /// The first person's request, whole (the one request of a page without a family).
    pub first: ParoleRequest,
    /// Each other person's own answers, in family order.
    pub others: Vec<ParoleRequest>,
}

impl From<ParoleRequest> for Household {
    fn from(first: ParoleRequest) -> Household {
        Household { first, others: Vec::new() }
    }
}

/// A request's answers as a JSON object (what [`to_json`] writes), without its version.
fn object(form: &ParoleRequest) -> Map<String, Value> {
    match serde_json::from_str(&to_json(form)) {
        Ok(Value::Object(mut map)) => {
            map.remove("schemaVersion");
            map
        }
        _ => Map::new(),
    }
}

/// Moves the answer at `path` (dotted) from `from` to `to`, dropping groups left empty.
fn carry(from: &mut Map<String, Value>, to: &mut Map<String, Value>, path: &str) {
    let (head, rest) = path.split_once('.').map_or((path, None), |(h, r)| (h, Some(r)));
    match rest {
        None => {
            if let Some(value) = from.remove(head) {
                to.insert(head.to_string(), value);
            }
        }
        Some(rest) => {
            let Some(Value::Object(inner)) = from.get_mut(head) else { return };
            let mut taken = Map::new();
            carry(inner, &mut taken, rest);
            if inner.is_empty() {
                from.remove(head);
            }
            if !taken.is_empty() {
                let Value::Object(into) = to.entry(head).or_insert_with(|| Value::Object(Map::new())) else { return };
                into.extend(taken);
            }
        }
    }
}

/// A request's answers split in two: (what is shared, what is the person's own).
fn split(form: &ParoleRequest) -> (Map<String, Value>, Map<String, Value>) {
    let mut shared = object(form);
    let mut own = Map::new();
    for path in OWN {
        carry(&mut shared, &mut own, path);
    }
    (shared, own)
}

impl Household {
    /// Only the answers of `form` that are a person's own, as another person of a page holds
    /// them (without "for someone else", which the page answers for them).
    pub fn own(form: &ParoleRequest) -> ParoleRequest {
        let (_, mut own) = split(form);
        let mut dropped = Map::new();
        carry(&mut own, &mut dropped, "application.onBehalfOfSomeoneElse");
        // Read back from answers that were read before: it cannot fail.
        from_value(Value::Object(own)).map(|read| read.form).unwrap_or_default()
    }

    /// True when a page holds more than one person.
    pub fn is_family(&self) -> bool {
        !self.others.is_empty()
    }

    /// The family file of these people: the first person's shared answers once, and each
    /// person's own (another person's request is always for someone else).
    pub fn to_value(&self) -> Value {
        let (shared, first) = split(&self.first);
        let mut people = vec![Value::Object(first)];
        for other in &self.others {
            let mut own = object(other);
            let application = own.entry("application").or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(application) = application {
                application.insert("onBehalfOfSomeoneElse".into(), Value::Bool(true));
            }
            people.push(Value::Object(own));
        }
        // Built by hand: json! with values in it would bring serde_json's serializer into the wasm.
        let mut family = Map::new();
        family.insert("shared".into(), Value::Object(shared));
        family.insert("people".into(), Value::Array(people));
        let mut file = Map::new();
        file.insert("schemaVersion".into(), Value::from(SCHEMA_VERSION));
        file.insert("family".into(), Value::Object(family));
        Value::Object(file)
    }

    /// Each person's request, derived as a family file's (an error only for more than
    /// [`MAX_PEOPLE`] people).
    pub fn family(&self) -> Result<Family, FormError> {
        family_from_value(self.to_value())
    }

    /// The family file's parts as requests: what is shared, then each person's own.
    fn parts(&self) -> Vec<ParoleRequest> {
        let Value::Object(mut file) = self.to_value() else { return Vec::new() };
        let family = file.remove("family").unwrap_or_default();
        let parts = std::iter::once(family["shared"].clone()).chain(family["people"].as_array().cloned().unwrap_or_default());
        // Read back from answers that were read before: it cannot fail.
        parts.map(|part| from_value(part).map(|read| read.form).unwrap_or_default()).collect()
    }

    /// The answers as JSON: the request as it is for one person, else the family file (written
    /// by the request's own writer, in form order: no JSON serializer in the wasm for this).
    pub fn to_json(&self) -> String {
        if !self.is_family() {
            return to_json(&self.first);
        }
        let version = format!(r#"{{"schemaVersion":{SCHEMA_VERSION}"#);
        let body = |part: &ParoleRequest| {
            let text = to_json(part);
            let rest = text.strip_prefix(&version).unwrap_or("}");
            format!("{{{}", rest.strip_prefix(',').unwrap_or(rest))
        };
        let parts = self.parts();
        let people: Vec<String> = parts[1..].iter().map(body).collect();
        format!(r#"{{"schemaVersion":{SCHEMA_VERSION},"family":{{"shared":{},"people":[{}]}}}}"#, body(&parts[0]), people.join(","))
    }

    /// Like [`Household::to_json`], indented by two spaces, with a final newline (an export file).
    pub fn to_json_pretty(&self) -> String {
        if !self.is_family() {
            return crate::form::write::to_json_pretty(&self.first);
        }
        // Each part as the request writer indents it, without its version, indented `depth` more.
        let version = format!("{{\n  \"schemaVersion\": {SCHEMA_VERSION}");
        let body = |part: &ParoleRequest, depth: usize| {
            let text = crate::form::write::to_json_pretty(part);
            let rest = text.strip_prefix(&version).unwrap_or("\n}").trim_end();
            format!("{{{}", rest.strip_prefix(',').unwrap_or(rest)).replace('\n', &format!("\n{}", " ".repeat(depth)))
        };
        let parts = self.parts();
        let people: Vec<String> = parts[1..].iter().map(|p| format!("      {}", body(p, 6))).collect();
        format!(
            "{{\n  \"schemaVersion\": {SCHEMA_VERSION},\n  \"family\": {{\n    \"shared\": {},\n    \"people\": [\n{}\n    ]\n  }}\n}}\n",
            body(&parts[0], 4),
            people.join(",\n")
        )
    }

    /// Reads a request or a family file (an import, a draft), and the version it was migrated
    /// from. A family file whose people the page cannot hold as they are (another filer, another
    /// kind of request, someone after the first asking for themselves) is refused, naming the
    /// first such person: nothing of it would be lost in silence.
    pub fn from_value(value: Value) -> Result<(Household, Option<u32>), FormError> {
        if !matches!(&value, Value::Object(map) if map.contains_key("family")) {
            let read = from_value(value)?;
            return Ok((read.form.into(), read.migrated_from));
        }
        let family = family_from_value(value)?;
        let mut requests = family.requests.iter();
        let first = requests.next().cloned().unwrap_or_default();
        let page = Household { first, others: requests.map(Household::own).collect() };
        let derived = page.family()?.requests;
        // Compared as written (what a draft or an export keeps), not field by field: less code in the wasm.
        if let Some(i) = derived.iter().zip(&family.requests).position(|(a, b)| to_json(a) != to_json(b)) {
            return Err(FormError::FamilyNotForPage { person: person_name(&family.requests[i], i) });
        }
        Ok((page, family.migrated_from))
    }

    /// One more person (nothing answered yet); `false` when the family already has
    /// [`MAX_PEOPLE`].
    pub fn add(&mut self) -> bool {
        let room = self.others.len() + 1 < MAX_PEOPLE;
        if room {
            self.others.push(ParoleRequest::default());
        }
        room
    }

    /// The file name of each person's filled form, after them, in family order; a name that
    /// would repeat gets the person's place ("I-131-filled-2.pdf").
    pub fn file_names(requests: &[ParoleRequest]) -> Vec<String> {
        let mut names: Vec<String> = Vec::with_capacity(requests.len());
        for (i, request) in requests.iter().enumerate() {
            let name = crate::filing::file_name(request);
            let name = if names.contains(&name) { format!("{}-{}.pdf", name.strip_suffix(".pdf").unwrap_or(&name), i + 1) } else { name };
            names.push(name);
        }
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::read::read;
    use serde_json::json;

    fn example(name: &str) -> ParoleRequest {
        read(&std::fs::read_to_string(format!("examples/{name}.json")).unwrap()).unwrap().form
    }

    #[test]
    fn own_answers_are_whole_groups_or_single_questions() {
        assert!(is_own("beneficiary.name.familyName") && is_own("workPermit") && is_own("signature.signerRole"));
        assert!(!is_own("signature.date") && !is_own("beneficiaryX") && !is_own("filer.name.familyName"));
        assert!(asked_of_others("beneficiary.i94Number") && asked_of_others("application.currentParoleExpires"));
        assert!(!asked_of_others("application.onBehalfOfSomeoneElse") && !asked_of_others("filer.i94Number"));
    }

    #[test]
    fn the_family_file_of_the_page_reads_back_the_same() {
        let page = Household { first: example("reparole-medical-mother"), others: vec![Household::own(&example("reparole-medical-child"))] };
        let (read, migrated) = Household::from_value(serde_json::from_str(&page.to_json_pretty()).unwrap()).unwrap();
        assert_eq!((read, migrated), (page.clone(), None));
        let from_file = Household::from_value(serde_json::from_str(&std::fs::read_to_string("examples/family-mother-daughter.json").unwrap()).unwrap());
        assert_eq!(from_file.unwrap().0, page);
        // One person is a plain request, as before.
        let alone = Household::from(example("reparole-medical-mother"));
        assert_eq!(alone.to_json(), to_json(&alone.first));
    }

    #[test]
    fn the_family_file_is_written_by_the_requests_writer() {
        let mut page = Household { first: example("reparole-medical-mother"), others: vec![Household::own(&example("reparole-medical-child")), ParoleRequest::default()] };
        for text in [page.to_json(), page.to_json_pretty()] {
            assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), page.to_value(), "{text}");
        }
        assert!(page.to_json_pretty().starts_with("{\n  \"schemaVersion\": 3,\n  \"family\": {\n    \"shared\": {\n      \"application\": {"));
        page.first = ParoleRequest::default();
        page.others[0] = ParoleRequest::default();
        assert_eq!(page.to_json(), r#"{"schemaVersion":3,"family":{"shared":{},"people":[{},{"application":{"onBehalfOfSomeoneElse":true}},{"application":{"onBehalfOfSomeoneElse":true}}]}}"#);
        assert_eq!(serde_json::from_str::<Value>(&page.to_json_pretty()).unwrap(), page.to_value());
    }

    #[test]
    fn a_family_the_page_cannot_hold_is_refused_by_name() {
        let mut value: Value = serde_json::from_str(&std::fs::read_to_string("examples/family-mother-daughter.json").unwrap()).unwrap();
        value["family"]["people"][1]["contact"] = json!({ "email": "sofia@example.org" });
        assert_eq!(Household::from_value(value).unwrap_err(), FormError::FamilyNotForPage { person: "Sofía Ramírez Luna".into() });
    }

    #[test]
    fn file_names_never_repeat() {
        let names = Household::file_names(&[ParoleRequest::default(), example("reparole-medical-child"), ParoleRequest::default()]);
        assert_eq!(names, ["I-131-filled.pdf", "I-131-RamírezLuna-Sofía.pdf", "I-131-filled-3.pdf"]);
    }

    #[test]
    fn a_family_has_at_most_max_people() {
        let mut page = Household::default();
        while page.add() {}
        assert_eq!(page.others.len() + 1, MAX_PEOPLE);
        assert_eq!(page.family().unwrap().requests.len(), MAX_PEOPLE);
    }
}
