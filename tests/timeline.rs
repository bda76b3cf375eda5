//! The picture of the dates: marks in date order left to right for any window, today between its
//! neighbours; snapshot SVGs of the examples in both languages (looked at once, then kept); the
//! SVG holds no script and no reference outside itself, and its tags balance.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;

use parole_helper::check::check;
use parole_helper::date::ymd;
use parole_helper::family::{read_document, Document};
use parole_helper::form::read::read;
use parole_helper::i18n::Lang;
use parole_helper::program::Program;
use parole_helper::windows::timeline::{drawing, marks, MarkKind, Row, Scale};
use parole_helper::windows::{ead_window, reparole_window};
use proptest::prelude::*;

const TODAY: chrono::NaiveDate = ymd(2026, 11, 27);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn marks_are_in_date_order_and_today_sits_between_its_neighbours(
        program in 0..Program::ALL.len(),
        expires in -400i64..1200,
        ead in proptest::bool::ANY,
    ) {
        let expires_on = TODAY + chrono::Duration::days(expires);
        let window = if ead { ead_window(expires_on, TODAY) } else { reparole_window(Program::ALL[program], expires_on, TODAY) };
        let rows = [Row { label: "x".into(), window: &window }];
        let scale = Scale::of(&rows);
        let found = marks(&window, &scale);
        for pair in found.windows(2) {
            prop_assert!(pair[0].date <= pair[1].date, "{pair:?}");
            prop_assert!(pair[0].x <= pair[1].x, "{pair:?}");
            if pair[0].date < pair[1].date {
                prop_assert!(pair[0].x < pair[1].x, "distinct days are drawn apart: {pair:?}");
            }
        }
        let today = found.iter().position(|m| m.kind == MarkKind::Today).unwrap();
        for m in &found[..today] { prop_assert!(m.date <= TODAY && m.x <= found[today].x); }
        for m in &found[today + 1..] { prop_assert!(m.date >= TODAY && m.x >= found[today].x); }
        for m in &found { prop_assert!((0.0..=360.0).contains(&m.x)); }
    }
}

/// Tags open and close in order (a small check, enough for what `to_svg` writes).
fn balanced(svg: &str) -> bool {
    let mut stack = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>') else { return false };
        let tag = &rest[start + 1..start + end];
        if let Some(name) = tag.strip_prefix('/') {
            if stack.pop() != Some(name.to_string()) {
                return false;
            }
        } else if !tag.ends_with('/') {
            stack.push(tag.split_whitespace().next().unwrap_or_default().to_string());
        }
        rest = &rest[start + end + 1..];
    }
    stack.is_empty()
}

/// The names of every attribute in the SVG text.
fn attribute_names(svg: &str) -> Vec<String> {
    let mut names = Vec::new();
    for tag in svg.split('<').skip(1).filter_map(|t| t.split('>').next()) {
        // Outside quotes: `name="` pairs.
        for (i, part) in tag.split('"').enumerate() {
            if i % 2 == 0 {
                names.extend(part.split_whitespace().filter_map(|w| w.strip_suffix('=')).map(str::to_lowercase));
            }
        }
    }
    names
}

fn safe(svg: &str) {
    assert!(balanced(svg), "tags do not balance");
    let lower = svg.to_lowercase();
    assert!(!lower.contains("<script") && !lower.contains("<foreignobject") && !lower.contains("href"), "{svg}");
    let names = attribute_names(svg);
    assert!(names.iter().all(|n| !n.starts_with("on") && n != "style"), "{names:?}");
    assert!(names.contains(&"viewbox".to_string()));
    assert_eq!(lower.matches("http").count(), 1, "only the SVG namespace: {svg}");
    assert!(!lower.contains("url(http") && !lower.contains("@import"));
}

fn snapshot(name: &str, svg: &str) {
    let path = format!("tests/snapshots/timeline/{name}.svg");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        eprintln!("!!! UPDATE_SNAPSHOTS: rewriting {path}");
        fs::create_dir_all("tests/snapshots/timeline").unwrap();
        fs::write(&path, svg).unwrap();
    } else {
        assert_eq!(fs::read_to_string(&path).ok().as_deref(), Some(svg), "{path} differs (make snapshots after a deliberate change)");
    }
}

#[test]
fn the_examples_pictures_match_their_snapshots() {
    for name in ["reparole-medical-child", "reparole-ukraine", "reparole-no-program"] {
        let form = read(&fs::read_to_string(format!("examples/{name}.json")).unwrap()).unwrap().form;
        let window = check(&form, TODAY).window.expect("a re-parole example has a window");
        for lang in Lang::all() {
            let svg = drawing(&[Row { label: "Re-parole".into(), window: &window }], lang, "t").to_svg();
            safe(&svg);
            snapshot(&format!("{name}.{}", lang.code()), &svg);
        }
    }
    // The work permit, ending with the parole.
    let ead = parole_helper::windows::ead_window_with_parole(ymd(2027, 6, 30), Some(ymd(2027, 5, 14)), TODAY);
    let svg = drawing(&[Row { label: "Work permit".into(), window: &ead }], Lang::En, "t").to_svg();
    safe(&svg);
    assert!(svg.contains("Permit ends: May 14, 2027"), "the permit ends with the parole");
    snapshot("ead-with-parole.en", &svg);
}

#[test]
fn a_family_shares_one_scale() {
    let mut text = fs::read_to_string("examples/family-mother-daughter.json").unwrap();
    // The daughter's parole ends later: two different lines on one scale.
    text = text.replacen("\"onBehalfOfSomeoneElse\": true", "\"onBehalfOfSomeoneElse\": true, \"currentParoleExpires\": \"2027-08-01\"", 1);
    let Ok(Document::Family(family)) = read_document(&text) else { panic!() };
    let checked = family.check(TODAY);
    let rows: Vec<Row> = checked.members.iter().map(|m| Row { label: m.name.clone(), window: m.check.window.as_ref().unwrap() }).collect();
    let scale = Scale::of(&rows);
    let mother = marks(rows[0].window, &scale);
    let daughter = marks(rows[1].window, &scale);
    let today = |m: &[parole_helper::windows::timeline::Mark]| m.iter().find(|k| k.kind == MarkKind::Today).unwrap().x;
    assert_eq!(today(&mother), today(&daughter), "today is in the same place on every line");
    let last = |m: &[parole_helper::windows::timeline::Mark]| m.iter().find(|k| k.kind == MarkKind::LastDay).unwrap().x;
    assert!(last(&mother) < last(&daughter));
    for lang in Lang::all() {
        let svg = drawing(&rows, lang, "family").to_svg();
        safe(&svg);
        assert_eq!(svg.matches("class=\"row\"").count(), 2);
        snapshot(&format!("family-mother-daughter.{}", lang.code()), &svg);
    }
}

#[test]
fn the_picture_speaks_to_screen_readers_in_the_persons_language() {
    let w = reparole_window(Program::General, ymd(2027, 3, 31), TODAY);
    let svg = drawing(&[Row { label: "Nuevo parole".into(), window: &w }], Lang::Es, "x").to_svg();
    assert!(svg.contains(r#"role="img" aria-labelledby="x-title x-desc""#));
    assert!(svg.contains(r#"<title id="x-title">Cuándo pedirlo: una línea de tiempo</title>"#));
    assert!(svg.contains("<desc id=\"x-desc\">Las fechas de cada período, en palabras: Nuevo parole."));
    assert!(svg.contains("Pídalo antes de (consejo): 31 de diciembre de 2026"));
    assert!(svg.contains("Hoy: 27 de noviembre de 2026"));
    // Ended by notice: no dates to draw, only today.
    let mut ended = w.clone();
    ended.status = parole_helper::windows::Status::EndedByNotice;
    let svg = drawing(&[Row { label: "x".into(), window: &ended }], Lang::En, "y").to_svg();
    assert!(!svg.contains("Last day") && svg.contains("Today: November 27, 2026"));
}
