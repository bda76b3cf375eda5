//! The layers of the crate only look down: rules and their sources at the bottom, then dates,
//! languages and programs, then the form, then fees, windows, checks and reminders, then the
//! state of a request and its drafts, then the operations on raw text, then the two adapters.
//! A module may use its own sub-modules and anything below it; nothing above, and no circle
//! between sibling files. Read from the source, so a new `use` that points up fails here.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The top-level modules, lowest first.
const LAYERS: [&str; 19] =
    ["translit", "i18n", "date", "rules", "program", "form", "fees", "windows", "check", "calendar", "filing", "statement", "family", "drafts", "session", "api", "lib", "wasm", "main"];

fn rank(module: &str) -> usize {
    LAYERS.iter().position(|m| *m == module).unwrap_or_else(|| panic!("{module} is not in LAYERS: give it its place"))
}

/// Every `.rs` file under `dir`, with its path relative to `src/`.
fn files(dir: &Path, out: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.strip_prefix("src").unwrap().to_string_lossy().replace('\\', "/"));
        }
    }
}

/// The module path of a file: `form/catalogue/mod.rs` → `form::catalogue`.
fn module_of(file: &str) -> String {
    let stem = file.trim_end_matches(".rs").trim_end_matches("/mod");
    stem.replace('/', "::")
}

/// Every `crate::a::b` the file names (comments and doc comments left out).
fn references(text: &str) -> BTreeSet<String> {
    let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
    let mut found = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        let path: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        // `crate::t!(...)`, `use crate::t;`: the macro of i18n's words, exported at the root.
        if rest[path.len()..].starts_with('!') || path == "t" {
            continue;
        }
        found.insert(path.trim_end_matches(':').to_string());
    }
    // `use crate::{a, b}` names several.
    for (i, _) in code.match_indices("crate::{") {
        let group = &code[i + "crate::{".len()..];
        let group = &group[..group.find('}').unwrap_or(0)];
        found.extend(group.split(',').map(|m| m.trim().split("::").next().unwrap_or("").to_string()).filter(|m| !m.is_empty()));
    }
    found
}

/// Every `super::a::b` the file names (`super::{a, b}` names several), without `super::`.
fn supers(text: &str) -> BTreeSet<String> {
    let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
    let mut found = BTreeSet::new();
    for (i, _) in code.match_indices("super::") {
        let rest = &code[i + "super::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(0)];
            found.extend(group.split(',').map(|m| m.trim().split("::").next().unwrap_or("").to_string()));
            continue;
        }
        let path: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        // `crate::t!(...)`, `use crate::t;`: the macro of i18n's words, exported at the root.
        if rest[path.len()..].starts_with('!') || path == "t" {
            continue;
        }
        found.insert(path.trim_end_matches(':').to_string());
    }
    found
}

#[test]
fn every_layer_only_looks_down() {
    let mut all = Vec::new();
    files(Path::new("src"), &mut all);
    let mut upward = Vec::new();
    for file in &all {
        let module = module_of(file);
        let top = module.split("::").next().unwrap();
        let text = fs::read_to_string(Path::new("src").join(file)).unwrap();
        for reference in references(&text) {
            let target = reference.split("::").next().unwrap();
            if target.is_empty() || target == top {
                continue;
            }
            if rank(target) > rank(top) {
                upward.push(format!("{file} uses crate::{reference} ({target} is above {top})"));
            }
        }
    }
    assert!(upward.is_empty(), "imports that point up:\n{}", upward.join("\n"));
}

#[test]
fn sibling_files_never_use_each_other_in_a_circle() {
    let mut all = Vec::new();
    files(Path::new("src"), &mut all);
    // Edges between files of one module tree (crate::form::x to crate::form::y), leaving out a
    // parent using its own children (a parent declares them and lists their data).
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let modules: BTreeSet<String> = all.iter().map(|f| module_of(f)).collect();
    for file in &all {
        let from = module_of(file);
        let text = fs::read_to_string(Path::new("src").join(file)).unwrap();
        let mut targets: BTreeSet<String> = references(&text)
            .into_iter()
            .map(|r| {
                // The longest module the path names: `form::catalogue::Question` → `form::catalogue`.
                let parts: Vec<&str> = r.split("::").collect();
                (1..=parts.len()).rev().map(|n| parts[..n].join("::")).find(|m| modules.contains(m)).unwrap_or_default()
            })
            .collect();
        // `super::x::y` inside a file: resolved from its parent module (a `mod.rs` is its module).
        let parent = from.rsplit_once("::").map_or(String::new(), |(p, _)| p.to_string());
        for reference in supers(&text) {
            let full = if parent.is_empty() { reference } else if reference.is_empty() { parent.clone() } else { format!("{parent}::{reference}") };
            let parts: Vec<&str> = full.split("::").collect();
            let found = (1..=parts.len()).rev().map(|n| parts[..n].join("::")).find(|m| modules.contains(m));
            targets.insert(found.unwrap_or_else(|| parent.clone()));
        }
        for to in targets {
            let parent_to_child = to.starts_with(&format!("{from}::"));
            if !to.is_empty() && to != from && !parent_to_child {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    // Depth-first search for a circle.
    fn visit(node: &str, edges: &BTreeMap<String, BTreeSet<String>>, path: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            return Some(path[at..].iter().cloned().chain([node.to_string()]).collect());
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        if let Some(circle) = visit(node, &edges, &mut Vec::new(), &mut done) {
            panic!("a circle of imports: {}", circle.join(" -> "));
        }
    }
}

#[test]
fn the_checks_themselves_catch_an_upward_import() {
    // The reading of references, on a made-up file: a rule that names the check is found.
    let refs = references("use crate::check::Finding;\nuse crate::{date, i18n::Lang};\n// crate::api in a comment\n");
    assert!(refs.contains("check::Finding") && refs.contains("date") && refs.contains("i18n"));
    assert!(!refs.iter().any(|r| r.starts_with("api")));
    assert!(rank("check") > rank("rules"));
}
