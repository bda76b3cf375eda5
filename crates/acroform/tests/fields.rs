//! `fields()` on the official I-131 agrees with the fields table made from the same file.

mod common;

use acroform::{FieldKind, fields};
use common::{PDF, TSV};

const COMB: u32 = 1 << 24;

#[test]
fn lists_every_widget_like_the_table() {
    let list = fields(PDF).expect("the official form parses");
    let rows: Vec<Vec<&str>> = TSV
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    // 339 widgets (the 373 that pypdf's get_fields() counts include 34 non-terminal
    // nodes such as `form1[0]` and `form1[0].P5[0]`).
    assert_eq!(rows.len(), 339);
    assert_eq!(list.len(), rows.len());
    for (row, info) in rows.iter().zip(&list) {
        let [page, name, kind, max_len, flags, on_state, tooltip] = row[..] else {
            panic!("bad row {row:?}")
        };
        // Same order as the table (page order, then each page's /Annots order).
        assert_eq!(info.name, name);
        assert_eq!(info.page.to_string(), page, "{name}");
        let want_kind = match kind {
            "Tx" => FieldKind::Text,
            "Btn" => FieldKind::CheckBox,
            "Ch" => FieldKind::Choice,
            other => panic!("unknown type {other}"),
        };
        assert_eq!(info.kind, want_kind, "{name}");
        assert_eq!(info.max_len, max_len.parse().ok(), "{name}");
        let ff: u32 = flags.parse().unwrap_or(0);
        assert_eq!(info.comb, ff & COMB != 0, "{name}");
        assert_eq!(info.read_only, ff & 1 != 0, "{name}");
        let want_on = (!on_state.is_empty()).then(|| on_state.to_string());
        assert_eq!(info.on_state, want_on, "{name}");
        // The table collapses runs of spaces in tooltips.
        let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(
            info.tooltip.as_deref().map(squash),
            Some(squash(tooltip)),
            "{name}"
        );
        assert!(
            info.rect[2] > info.rect[0] && info.rect[3] > info.rect[1],
            "{name}"
        );
    }
}

#[test]
fn details_of_a_few_fields() {
    let list = common::form_fields();
    let get = |n: &str| {
        list.iter()
            .find(|f| f.name == n)
            .unwrap_or_else(|| panic!("{n}"))
    };
    let a = get("form1[0].P5[0].#area[0].Part2_Line5_AlienNumber[0]");
    assert!(a.comb && a.max_len == Some(9) && a.page == 5);
    let state = get("form1[0].P5[0].Part2_Line3_State[0]");
    assert_eq!(state.kind, FieldKind::Choice);
    assert!(state.options.iter().any(|o| o == "CA"));
    assert_eq!(state.options.len(), 63);
    let purpose = get("form1[0].#subform[9].P7_Line2_Purpose[0]");
    assert!(purpose.multiline && !purpose.comb && purpose.font_size == 10.0);
    assert_eq!(
        get("form1[0].P5[0].Part2_Line3_Unit[1]")
            .on_state
            .as_deref(),
        Some(" APT ")
    );
}
