//! The JSON Schema of a request, generated from the question catalogue, so the schema, the reader
//! and the page can never disagree about what a request is (committed as
//! `schema/i131-parole.schema.json`; a test keeps it equal).

use serde_json::{json, Value};

use super::catalogue::{self, Kind, Question};
use super::SCHEMA_VERSION;
use crate::i18n::Lang;
use crate::program::Program;

/// The schema of a question's value.
fn leaf(question: &Question) -> Value {
    let item = question.item.to_string();
    // The schema is written in English, like the form it describes.
    let label = question.label(Lang::En);
    let description = if item.is_empty() { label } else { format!("{item}: {label}") };
    let ids = |list: &[catalogue::Choice]| list.iter().map(|c| Value::from(c.value)).collect::<Vec<_>>();
    let mut schema = match question.kind {
        Kind::YesNo => json!({ "type": ["boolean", "null"] }),
        Kind::Choice(list) => {
            let mut values = ids(list);
            values.push(Value::Null);
            json!({ "enum": values })
        }
        Kind::Program => {
            let mut values: Vec<Value> = Program::ALL.iter().map(|p| Value::from(p.id())).collect();
            values.push(Value::Null);
            json!({ "enum": values })
        }
        Kind::Choices(list) => json!({ "type": ["array", "null"], "items": { "enum": ids(list) }, "uniqueItems": true }),
        Kind::NameList => {
            let part = json!({ "type": ["string", "null"] });
            json!({
                "type": ["array", "null"],
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": { "familyName": part, "givenName": part, "middleName": part }
                }
            })
        }
        Kind::Toggle => json!({ "type": ["object", "null"], "additionalProperties": false, "properties": {} }),
        Kind::Date => json!({ "type": ["string", "null"], "maxLength": super::read::MAX_ANSWER_CHARS, "description": "YYYY-MM-DD" }),
        _ => json!({ "type": ["string", "null"], "maxLength": super::read::MAX_ANSWER_CHARS }),
    };
    let described = match schema.get("description").and_then(Value::as_str) {
        Some(format) => format!("{description} ({format})"),
        None => description,
    };
    schema["description"] = Value::from(described);
    schema
}

/// An empty group of questions.
fn group() -> Value {
    json!({ "type": ["object", "null"], "additionalProperties": false, "properties": {} })
}

/// The request's JSON Schema (draft 2020-12).
pub fn request() -> Value {
    let mut root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "ParoleRequest",
        "description": "A request for humanitarian parole or re-parole on Form I-131 (edition 01/20/25). Every answer is optional: a half-filled request is normal. Unknown names are refused.",
        "type": "object",
        "additionalProperties": false,
        "properties": {
            "schemaVersion": {
                "description": format!("The version of this model (currently {SCHEMA_VERSION}); older documents are migrated when read."),
                "type": "integer",
                "minimum": 1
            }
        }
    });
    for question in catalogue::all() {
        let keys: Vec<&str> = question.path.split('.').collect();
        let mut node = &mut root;
        // Groups come before their questions (a group that is there or not, like a physical
        // address, is itself a question placed before the ones inside it).
        for key in &keys[..keys.len() - 1] {
            if node["properties"].get(*key).is_none() {
                node["properties"][*key] = group();
            }
            node = &mut node["properties"][*key];
        }
        node["properties"][keys[keys.len() - 1]] = leaf(question);
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every object of the schema refuses unknown names, all the way down.
    fn closed(value: &Value, path: &str) {
        if value.get("properties").is_some() {
            assert_eq!(value["additionalProperties"], false, "{path}");
            for (key, child) in value["properties"].as_object().unwrap() {
                closed(child, &format!("{path}.{key}"));
            }
        }
        if let Some(items) = value.get("items") {
            closed(items, &format!("{path}[]"));
        }
    }

    #[test]
    fn every_question_has_its_place_and_every_object_is_closed() {
        let schema = request();
        closed(&schema, "");
        for question in catalogue::all() {
            let pointer = format!("/properties/{}", question.path.replace('.', "/properties/"));
            assert!(schema.pointer(&pointer).is_some(), "{}", question.path);
        }
    }
}
