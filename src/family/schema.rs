//! The JSON Schema of a family file (committed as `schema/i131-family.schema.json`): the shared
//! answers and each person's are requests as `schema/i131-parole.schema.json` describes them,
//! each answer optional, `null` taking a shared answer away.

use serde_json::{json, Value};

use super::MAX_PEOPLE;
use crate::form::schema::request;

/// The schema of a family file.
pub fn family() -> Value {
    let mut answers = request();
    let version = answers["properties"]["schemaVersion"].take();
    if let Some(map) = answers.as_object_mut() {
        for key in ["$schema", "title"] {
            map.remove(key);
        }
        map.insert("description".into(), "Answers of a request (any may be missing, null takes a shared answer away).".into());
        if let Some(properties) = map.get_mut("properties").and_then(Value::as_object_mut) {
            properties.remove("schemaVersion");
        }
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "A family's parole requests (Form I-131, edition 01/20/25)",
        "description": "One file for a family: the answers people share, and each person's own. Each person's request is their answers laid over the shared ones (objects merge, anything else replaces).",
        "type": "object",
        "additionalProperties": false,
        "required": ["family"],
        "properties": {
            "schemaVersion": version,
            "family": {
                "type": "object",
                "additionalProperties": false,
                "required": ["people"],
                "properties": {
                    "shared": { "$ref": "#/$defs/answers" },
                    "people": { "type": "array", "minItems": 1, "maxItems": MAX_PEOPLE, "items": { "$ref": "#/$defs/answers" } }
                }
            }
        },
        "$defs": { "answers": answers }
    })
}
