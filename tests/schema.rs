//! The committed JSON Schema is the one generated from the Rust types, and it describes the
//! examples (an independent validator, ajv, checks them against it in tests/node/schema.test.mjs).
//! Likewise docs/rules.md is the rule pack as `parole-helper rules` prints it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

#[test]
fn the_committed_schema_matches_the_types() {
    let generated = Command::new(env!("CARGO_BIN_EXE_parole-helper")).arg("schema").output().unwrap();
    assert!(generated.status.success());
    let committed = std::fs::read_to_string("schema/i131-parole.schema.json").unwrap();
    assert!(
        committed == String::from_utf8(generated.stdout).unwrap(),
        "schema/i131-parole.schema.json is out of date: run `make schema`"
    );
}

#[test]
fn the_schema_refuses_unknown_questions_everywhere() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("schema/i131-parole.schema.json").unwrap()).unwrap();
    assert_eq!(schema["additionalProperties"], false);
    for (name, definition) in schema["$defs"].as_object().unwrap() {
        if definition["type"] == "object" {
            assert_eq!(definition["additionalProperties"], false, "{name}");
        }
    }
}

#[test]
fn the_rules_page_matches_the_pack() {
    let generated = Command::new(env!("CARGO_BIN_EXE_parole-helper")).arg("rules").output().unwrap();
    let committed = std::fs::read_to_string("docs/rules.md").unwrap_or_default();
    assert!(committed == String::from_utf8(generated.stdout).unwrap(), "docs/rules.md is out of date: run `make docs`");
}
