//! Garbage, truncated and corrupted input never panics: every failure is a PdfError.

mod common;

use acroform::{Entry, Place, Plan, fields, fill, fill_plan};
use common::*;

/// xorshift64*: deterministic, dependency-free randomness for the test inputs.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Reads and fills `bytes`. `fill_plan` runs the same filler as `fill` (values, fit
/// tests, rows, a sheet), so one of them is enough: a damaged copy of the 1 MB form
/// is repaired by scanning, slow in a debug build.
fn exercise(bytes: &[u8]) {
    let _ = fields(bytes);
    let _ = fill_plan(bytes, small_plan());
}

/// A plan that fills, moves a text to a row and another to a sheet.
fn small_plan() -> &'static Plan {
    static PLAN: std::sync::OnceLock<Plan> = std::sync::OnceLock::new();
    PLAN.get_or_init(|| {
        let mut plan = Plan {
            entries: vec![
                Entry::new(ZIP, "90012", None),
                Entry::new(
                    FAMILY_NAME,
                    &"Wolfeschlegelsteinhausen ".repeat(6),
                    Some(Place::new("", "2", "1.a")),
                ),
                Entry::new("", &long_text(), Some(Place::new("10", "7", "2"))),
            ],
            overflow: overflow(),
        };
        plan.overflow.rows.truncate(2);
        plan
    })
}

#[test]
fn random_bytes() {
    let values = [
        text(ZIP, "90012"),
        check("form1[0].P5[0].Part2_Line8_Gender[0]"),
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let tokens: [&[u8]; 16] = [
        b"%PDF-1.7\n",
        b"1 0 obj",
        b"endobj",
        b"<<",
        b">>",
        b"[",
        b"]",
        b"/Kids",
        b"stream\n",
        b"endstream",
        b"xref\n0 3\n",
        b"trailer",
        b"startxref\n",
        b"/Root 1 0 R",
        b"(",
        b"99999999999999999999 0 R",
    ];
    for round in 0..400 {
        let len = rng.below(4000);
        let mut v: Vec<u8> = Vec::with_capacity(len + 16);
        if round % 2 == 0 {
            v.extend_from_slice(b"%PDF-1.4\n");
        }
        while v.len() < len {
            if rng.below(3) == 0 {
                v.extend_from_slice(tokens[rng.below(tokens.len())]);
            } else {
                v.push(rng.next() as u8);
            }
        }
        exercise(&v);
        let _ = fill(&v, &values, &extra_pages()[1..]);
    }
}

#[test]
fn truncated_copies() {
    // Cut points spread over the whole file, plus the tail where the xref sits.
    let n = PDF.len();
    let mut cuts: Vec<usize> = (0..40).map(|i| n * i / 40).collect();
    cuts.extend((1..20).map(|i| n - i * 193));
    for cut in cuts {
        exercise(&PDF[..cut]);
    }
}

#[test]
fn corrupted_copies() {
    let mut rng = Rng(42);
    for _ in 0..40 {
        let mut v = PDF.to_vec();
        // Damage the structure where it matters most: the end (xref, trailer, catalog,
        // AcroForm) and a few places anywhere.
        for _ in 0..8 {
            let at = if rng.below(2) == 0 {
                v.len() - 1 - rng.below(60_000)
            } else {
                rng.below(v.len())
            };
            v[at] = match rng.below(4) {
                0 => b'(',
                1 => b'<',
                2 => b'9',
                _ => rng.next() as u8,
            };
        }
        exercise(&v);
    }
}

#[test]
fn truncated_file_is_still_filled_by_rebuilding_the_xref() {
    // Without its last 30 KB (xref table and trailer) the file is repaired by scanning.
    let cut = &PDF[..PDF.len() - 30_000];
    let out = fill(cut, &[text(ZIP, "90012")], &[]).expect("repaired");
    assert!(out.starts_with(cut));
    // No usable older section to chain to: the update carries a complete table.
    let tail = String::from_utf8_lossy(&out[cut.len()..]);
    assert!(!tail.contains("/Prev") && tail.contains("0000000000 65535 f"));
    let f = fields(&out).unwrap();
    assert_eq!(f.len(), 339);
    assert_eq!(
        f.iter()
            .find(|f| f.name.ends_with("Part2_Line3_ZipCode[0]"))
            .unwrap()
            .value
            .as_deref(),
        Some("90012")
    );
}
