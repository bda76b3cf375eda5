//! Fixture documents in, snapshot reports out, in both languages: every file in `examples/` and
//! `tests/fixtures/check/` is checked on 2026-11-27 and compared with
//! `tests/snapshots/check/NAME.LANG.json`. After a deliberate change, `make snapshots` rewrites
//! them; review the diff like code.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use parole_helper::api::check_json;
use parole_helper::date::ymd;
use parole_helper::i18n::Lang;

fn fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["examples", "tests/fixtures/check"]
        .iter()
        .flat_map(|dir| fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        // Family files have their own report and snapshots (tests/family.rs).
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("family-")))
        .collect();
    files.sort();
    files
}

fn snapshot_path(fixture: &Path, lang: Lang) -> PathBuf {
    let stem = fixture.file_stem().unwrap().to_string_lossy();
    PathBuf::from(format!("tests/snapshots/check/{stem}.{}.json", lang.code()))
}

#[test]
fn reports_match_their_snapshots() {
    // `make snapshots` sets this to rewrite them; `make test` refuses to run with it set.
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    if update {
        eprintln!("\n!!! UPDATE_SNAPSHOTS is set: tests/snapshots/check/ is being REWRITTEN, not compared.\n!!! Review the diff (git diff tests/snapshots) before committing.\n");
    }
    let mut failures = Vec::new();
    let mut checked = 0;
    for fixture in fixtures() {
        let text = fs::read_to_string(&fixture).unwrap();
        for lang in Lang::all() {
            let report = check_json(&text, Some("2026-11-27"), lang, ymd(2000, 1, 1))
                .unwrap_or_else(|e| panic!("{}: {}", fixture.display(), e.message(Lang::En)));
            let actual = serde_json::to_string_pretty(&report).unwrap() + "\n";
            let path = snapshot_path(&fixture, lang);
            if update {
                fs::write(&path, &actual).unwrap();
            } else if fs::read_to_string(&path).ok().as_deref() != Some(actual.as_str()) {
                failures.push(path.display().to_string());
            }
            checked += 1;
        }
    }
    assert!(checked >= 18, "fixtures went missing: {checked} reports");
    assert!(failures.is_empty(), "reports differ from their snapshots (run `make snapshots` after a deliberate change): {failures:#?}");
}

#[test]
fn every_snapshot_has_its_fixture() {
    let expected: Vec<PathBuf> = fixtures().iter().flat_map(|f| Lang::all().map(move |l| snapshot_path(f, l))).collect();
    for entry in fs::read_dir("tests/snapshots/check").unwrap() {
        let path = PathBuf::from("tests/snapshots/check").join(entry.unwrap().file_name());
        assert!(expected.contains(&path), "{} has no fixture: delete it", path.display());
    }
}

#[test]
fn the_examples_are_clean_and_the_broken_fixtures_are_not() {
    for fixture in fixtures() {
        let report = check_json(&fs::read_to_string(&fixture).unwrap(), Some("2026-11-27"), Lang::En, ymd(2000, 1, 1)).unwrap();
        let example = fixture.starts_with("examples");
        assert_eq!(report.summary.errors == 0, example, "{}: {} errors", fixture.display(), report.summary.errors);
    }
}
