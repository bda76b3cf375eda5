//! The committed JSON Schema is the one generated from the question catalogue, and it describes the
//! examples (an independent validator, ajv, checks them against it in tests/node/schema.test.mjs).
//! Likewise docs/rules.md is the rule pack as `parole-helper rules` prints it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

#[test]
fn the_committed_schemas_match_the_types() {
    for (args, file) in [(&["schema"][..], "schema/i131-parole.schema.json"), (&["schema", "family"][..], "schema/i131-family.schema.json")] {
        let generated = Command::new(env!("CARGO_BIN_EXE_parole-helper")).args(args).output().unwrap();
        assert!(generated.status.success());
        let committed = std::fs::read_to_string(file).unwrap();
        assert!(committed == String::from_utf8(generated.stdout).unwrap(), "{file} is out of date: run `make schema`");
    }
}

/// Every object of the schema, all the way down, refuses names it does not list.
fn closed(value: &serde_json::Value, path: &str) -> usize {
    let mut objects = 0;
    if let Some(properties) = value.get("properties").and_then(|p| p.as_object()) {
        assert_eq!(value["additionalProperties"], false, "{path}");
        objects += 1;
        for (key, child) in properties {
            objects += closed(child, &format!("{path}.{key}"));
        }
    }
    if let Some(items) = value.get("items") {
        objects += closed(items, &format!("{path}[]"));
    }
    objects
}

#[test]
fn the_schema_refuses_unknown_questions_everywhere() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("schema/i131-parole.schema.json").unwrap()).unwrap();
    // The request, its 9 groups, their nested groups (names, addresses, lists of names...).
    assert!(closed(&schema, "") >= 20);
}

#[test]
fn the_rules_page_matches_the_pack() {
    let generated = Command::new(env!("CARGO_BIN_EXE_parole-helper")).arg("rules").output().unwrap();
    let committed = std::fs::read_to_string("docs/rules.md").unwrap_or_default();
    assert!(committed == String::from_utf8(generated.stdout).unwrap(), "docs/rules.md is out of date: run `make docs`");
}
