//! The text form of a [`Plan`], so a plan built by one wasm module can cross JavaScript
//! into another (no serde on either side: this is all the code it takes).
//!
//! One record a line, columns separated by a tab, the first line the version:
//!
//! ```text
//! acroform-plan 1
//! entry<TAB>field<TAB>value                              an Entry without a place (must fit)
//! entry<TAB>field<TAB>value<TAB>page<TAB>part<TAB>item   an Entry with a Place (may move)
//! row<TAB>page box<TAB>part box<TAB>item box<TAB>text box  a continuation Row (field names)
//! moved-note<TAB>text                                    Overflow::moved_note
//! sheet-note<TAB>text                                    Overflow::sheet_note
//! heading<TAB>line                                       one line of Overflow::sheet_heading
//! footer<TAB>line                                        one line of Overflow::sheet_footer
//! ```
//!
//! In every column a backslash, tab, line feed and carriage return are written `\\`,
//! `\t`, `\n` and `\r`; every other character (any Unicode) is itself. Entries, rows,
//! headings and footers keep their order; the notes appear at most once (missing = `""`).
//! Blank lines are ignored and a line may end in `\r\n`. For example:
//!
//! ```
//! use acroform::{Entry, Place, Plan};
//!
//! let mut plan = Plan::default();
//! plan.entries.push(Entry::new("form1[0].P5[0].Part2_Line3_State[0]", "CA", None));
//! plan.entries.push(Entry::new("", "Line one\n\tindented, C:\\dir", Some(Place::new("10", "8", "1"))));
//! plan.overflow.moved_note = "See Part 13.".into();
//! let text = plan.to_text();
//! assert_eq!(
//!     text,
//!     "acroform-plan 1\n\
//!      entry\tform1[0].P5[0].Part2_Line3_State[0]\tCA\n\
//!      entry\t\tLine one\\n\\tindented, C:\\\\dir\t10\t8\t1\n\
//!      moved-note\tSee Part 13.\n\
//!      sheet-note\t\n"
//! );
//! assert_eq!(Plan::parse(&text)?, plan);
//! # Ok::<(), acroform::PdfError>(())
//! ```

use crate::PdfError;
use crate::plan::{Entry, Place, Plan, Row};

/// The first line of every plan text.
const VERSION_LINE: &str = "acroform-plan 1";

impl Plan {
    /// The plan as text (see the module documentation); [`Plan::parse`] reads it back
    /// to an equal plan.
    pub fn to_text(&self) -> String {
        let mut out = String::from(VERSION_LINE);
        out.push('\n');
        for e in &self.entries {
            match &e.place {
                None => line(&mut out, "entry", &[&e.field, &e.value]),
                Some(p) => line(
                    &mut out,
                    "entry",
                    &[&e.field, &e.value, &p.page, &p.part, &p.item],
                ),
            }
        }
        let o = &self.overflow;
        for r in &o.rows {
            line(&mut out, "row", &[&r.page, &r.part, &r.item, &r.text]);
        }
        line(&mut out, "moved-note", &[&o.moved_note]);
        line(&mut out, "sheet-note", &[&o.sheet_note]);
        for h in &o.sheet_heading {
            line(&mut out, "heading", &[h]);
        }
        for f in &o.sheet_footer {
            line(&mut out, "footer", &[f]);
        }
        out
    }

    /// Reads a plan written by [`Plan::to_text`]. Any other text gives
    /// [`PdfError::BadPlan`] naming the line; it never panics.
    pub fn parse(text: &str) -> Result<Plan, PdfError> {
        let mut plan = Plan::default();
        let mut seen_version = false;
        let (mut moved_note, mut sheet_note) = (None, None);
        for (index, raw) in text.split('\n').enumerate() {
            let number = index + 1;
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            if raw.is_empty() {
                continue;
            }
            let err = |what: String| PdfError::BadPlan(format!("line {number}: {what}"));
            if !seen_version {
                if raw != VERSION_LINE {
                    return Err(err(match raw.strip_prefix("acroform-plan ") {
                        // Not `{v:?}`: Debug on str links in the Unicode tables (KBs of wasm).
                        Some(v) => format!("plan version \"{v}\", this filler reads version 1"),
                        None => format!("expected \"{VERSION_LINE}\", not a fill plan"),
                    }));
                }
                seen_version = true;
                continue;
            }
            let mut columns = raw.split('\t');
            let kind = columns.next().unwrap_or("");
            let values = columns
                .map(unescape)
                .collect::<Result<Vec<String>, String>>()
                .map_err(err)?;
            let note_slot = match kind {
                "moved-note" => Some(&mut moved_note),
                "sheet-note" => Some(&mut sheet_note),
                _ => None,
            };
            match (kind, values.as_slice()) {
                ("entry", [field, value]) => plan.entries.push(Entry {
                    field: field.clone(),
                    value: value.clone(),
                    place: None,
                }),
                ("entry", [field, value, page, part, item]) => plan.entries.push(Entry {
                    field: field.clone(),
                    value: value.clone(),
                    place: Some(Place {
                        page: page.clone(),
                        part: part.clone(),
                        item: item.clone(),
                    }),
                }),
                ("row", [page, part, item, text]) => plan.overflow.rows.push(Row {
                    page: page.clone(),
                    part: part.clone(),
                    item: item.clone(),
                    text: text.clone(),
                }),
                ("heading", [text]) => plan.overflow.sheet_heading.push(text.clone()),
                ("footer", [text]) => plan.overflow.sheet_footer.push(text.clone()),
                ("moved-note" | "sheet-note", [text]) => match note_slot {
                    Some(slot @ None) => *slot = Some(text.clone()),
                    _ => return Err(err(format!("a second {kind} line"))),
                },
                ("entry" | "row" | "heading" | "footer" | "moved-note" | "sheet-note", _) => {
                    return Err(err(format!(
                        "{} columns after \"{kind}\" is not a valid {kind} line",
                        values.len()
                    )));
                }
                _ => return Err(err(format!("unknown record \"{kind}\""))),
            }
        }
        if !seen_version {
            return Err(PdfError::BadPlan(
                "empty text: a plan starts with its version line".into(),
            ));
        }
        plan.overflow.moved_note = moved_note.unwrap_or_default();
        plan.overflow.sheet_note = sheet_note.unwrap_or_default();
        Ok(plan)
    }
}

/// Appends one record: its kind, then each column escaped, tab-separated.
fn line(out: &mut String, kind: &str, columns: &[&String]) {
    out.push_str(kind);
    for c in columns {
        out.push('\t');
        for ch in c.chars() {
            match ch {
                '\\' => out.push_str("\\\\"),
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                _ => out.push(ch),
            }
        }
    }
    out.push('\n');
}

fn unescape(column: &str) -> Result<String, String> {
    let mut out = String::with_capacity(column.len());
    let mut chars = column.chars();
    while let Some(ch) = chars.next() {
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        out.push(match chars.next() {
            Some('\\') => '\\',
            Some('t') => '\t',
            Some('n') => '\n',
            Some('r') => '\r',
            Some(other) => return Err(format!("unknown escape \"\\{other}\"")),
            None => return Err("a backslash at the end of a column".into()),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Overflow;

    /// Small pieces that stress the escaping, combined below into every string of a plan.
    const ATOMS: [&str; 13] = [
        "", "a", " ", "\\", "\t", "\n", "\r", "\\t", "\\n", "é", "😀", "\u{0}", "entry",
    ];

    fn plan_with(s: &str) -> Plan {
        let place = Place::new(s, s, s);
        Plan {
            entries: vec![
                Entry::new(s, s, None),
                Entry::new(s, s, Some(place)),
                Entry::new("", "", Some(Place::default())),
            ],
            overflow: Overflow {
                rows: vec![Row {
                    page: s.into(),
                    part: s.into(),
                    item: s.into(),
                    text: s.into(),
                }],
                moved_note: s.into(),
                sheet_note: s.into(),
                sheet_heading: vec![s.into(), String::new(), s.into()],
                sheet_footer: vec![s.into()],
            },
        }
    }

    #[test]
    fn every_short_string_round_trips_in_every_slot() {
        let mut count = 0;
        for a in ATOMS {
            for b in ATOMS {
                for c in ATOMS {
                    let s = format!("{a}{b}{c}");
                    let plan = plan_with(&s);
                    let text = plan.to_text();
                    assert_eq!(Plan::parse(&text), Ok(plan), "{s:?}\n{text}");
                    // One record a line: no raw line feed or tab inside a column.
                    assert_eq!(text.lines().count(), 1 + 3 + 1 + 2 + 3 + 1, "{text}");
                    count += 1;
                }
            }
        }
        assert_eq!(count, 13 * 13 * 13);
    }

    #[test]
    fn empty_plan_and_empty_notes_round_trip() {
        let plan = Plan::default();
        assert_eq!(
            plan.to_text(),
            "acroform-plan 1\nmoved-note\t\nsheet-note\t\n"
        );
        assert_eq!(Plan::parse(&plan.to_text()), Ok(plan.clone()));
        assert_eq!(Plan::parse("acroform-plan 1"), Ok(plan.clone()));
        assert_eq!(Plan::parse("\r\nacroform-plan 1\r\n\r\n"), Ok(plan));
    }

    #[test]
    fn long_text_with_everything_round_trips() {
        let text: String = (0..5000)
            .map(|i| ['a', 'é', '\n', '\t', '\\', '😀', ' ', 'Ñ', '\r'][i % 9])
            .collect();
        let mut plan = plan_with("x");
        plan.entries
            .push(Entry::new("f", &text, Some(Place::new("", "8", "1"))));
        assert_eq!(Plan::parse(&plan.to_text()), Ok(plan));
    }

    #[test]
    fn crlf_line_ends_are_read() {
        let plan = Plan::parse("acroform-plan 1\r\nentry\tf\tv\r\nheading\tH\r\n").unwrap();
        assert_eq!(plan.entries, vec![Entry::new("f", "v", None)]);
        assert_eq!(plan.overflow.sheet_heading, vec!["H".to_string()]);
    }

    #[test]
    fn bad_text_is_an_error_naming_the_line() {
        let bad = [
            ("", "empty text"),
            ("\n\n", "empty text"),
            ("hello", "line 1: expected"),
            ("acroform-plan 2\n", "line 1: plan version \"2\""),
            ("acroform-plan 1\nentry\tf", "line 2: 1 columns"),
            ("acroform-plan 1\nentry\tf\tv\tp", "line 2: 3 columns"),
            (
                "acroform-plan 1\nentry\tf\tv\tp\tq\tr\ts",
                "line 2: 6 columns",
            ),
            ("acroform-plan 1\nrow\ta\tb\tc", "line 2: 3 columns"),
            ("acroform-plan 1\n\nheading", "line 3: 0 columns"),
            ("acroform-plan 1\nfooter\ta\tb", "line 2: 2 columns"),
            (
                "acroform-plan 1\nEntry\tf\tv",
                "line 2: unknown record \"Entry\"",
            ),
            ("acroform-plan 1\n\tf\tv", "line 2: unknown record \"\""),
            (
                "acroform-plan 1\nentry\tf\\x\tv",
                "line 2: unknown escape \"\\x\"",
            ),
            (
                "acroform-plan 1\nentry\tf\tv\\",
                "line 2: a backslash at the end",
            ),
            (
                "acroform-plan 1\nmoved-note\ta\nmoved-note\tb",
                "line 3: a second moved-note",
            ),
            (
                "acroform-plan 1\nsheet-note\t\nsheet-note\t",
                "line 3: a second sheet-note",
            ),
            ("acroform-plan 1\nacroform-plan 1", "line 2: unknown record"),
        ];
        for (text, want) in bad {
            match Plan::parse(text) {
                Err(PdfError::BadPlan(m)) => assert!(m.starts_with(want), "{text:?}: {m}"),
                other => panic!("{text:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn random_text_never_panics() {
        // xorshift: deterministic, dependency-free; biased towards the format's own bytes.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let pieces = [
            "acroform-plan 1\n",
            "entry",
            "row",
            "heading",
            "footer",
            "moved-note",
            "sheet-note",
            "\t",
            "\n",
            "\r",
            "\\",
            "\\t",
            "é",
            "😀",
            "x",
        ];
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(state % 40) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(
                    pieces
                        .get((state % pieces.len() as u64) as usize)
                        .unwrap_or(&""),
                );
            }
            if let Ok(plan) = Plan::parse(&text) {
                assert_eq!(Plan::parse(&plan.to_text()), Ok(plan), "{text:?}");
            }
        }
    }
}
