//! What several native test files share.
#![allow(dead_code)]

use std::fs;
use std::path::PathBuf;

/// Every example and check fixture (family files included), sorted.
pub fn documents() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["examples", "tests/fixtures/check"]
        .iter()
        .flat_map(|dir| fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}
