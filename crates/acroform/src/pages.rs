//! Continuation sheets appended after the form (the "separate sheet of paper" that the
//! USCIS instructions ask for when an answer does not fit).
//!
//! US Letter, 1-inch margins, the heading lines in Helvetica-Bold 11 pt at the top of
//! every page, a rule under them, then the body in Helvetica 10 pt, wrapped at word
//! boundaries and continued on as many pages as it needs; the footer lines (Helvetica
//! 10 pt, above a rule) at the bottom of every page.

use super::ExtraPage;
use super::fonts::{FontMetrics, wrap};
use super::appearance::n;
use super::objects::write_literal;

pub(crate) const PAGE_W: f32 = 612.0;
pub(crate) const PAGE_H: f32 = 792.0;
const MARGIN: f32 = 72.0;
const HEAD_SIZE: f32 = 11.0;
const HEAD_LEADING: f32 = 14.0;
const BODY_SIZE: f32 = 10.0;
const BODY_LEADING: f32 = 13.0;
/// Heading and footer lines kept per page, so a runaway heading or footer still leaves
/// room for the body.
const MAX_HEAD_LINES: usize = 12;
const MAX_FOOT_LINES: usize = 8;
/// Space between the body and the footer's rule, and between that rule and the footer.
const FOOT_GAP: f32 = 10.0;
/// Font resource names used by the page content.
pub(crate) const REGULAR: &[u8] = b"F1";
pub(crate) const BOLD: &[u8] = b"F2";

fn show(out: &mut Vec<u8>, font: &[u8], size: f32, x: f32, y: f32, text: &[u8]) {
    out.push(b'/');
    out.extend_from_slice(font);
    out.extend_from_slice(format!(" {} Tf 1 0 0 1 {} {} Tm ", n(size), n(x), n(y)).as_bytes());
    write_literal(out, text);
    out.extend_from_slice(b" Tj\n");
}

/// Content streams, one per physical page, for one extra page's text.
pub(crate) fn content_streams(page: &ExtraPage) -> Vec<Vec<u8>> {
    let regular = FontMetrics::helvetica();
    let bold = FontMetrics::helvetica_bold();
    let width = PAGE_W - 2.0 * MARGIN;
    let mut head: Vec<Vec<u8>> = Vec::new();
    for h in &page.heading {
        head.extend(wrap(&bold.encode(h), &bold, HEAD_SIZE, width));
    }
    head.truncate(MAX_HEAD_LINES);
    let mut foot: Vec<Vec<u8>> = Vec::new();
    for f in &page.footer {
        foot.extend(wrap(&regular.encode(f), &regular, BODY_SIZE, width));
    }
    foot.truncate(MAX_FOOT_LINES);
    let body = wrap(&regular.encode(&page.body), &regular, BODY_SIZE, width);

    let top = PAGE_H - MARGIN;
    // The footer's last line sits on the bottom margin; the body stops above its rule.
    let foot_top = MARGIN + foot.len().saturating_sub(1) as f32 * BODY_LEADING + BODY_SIZE * 0.8;
    let bottom = if foot.is_empty() {
        MARGIN
    } else {
        foot_top + 2.0 * FOOT_GAP
    };
    let mut pages = Vec::new();
    let mut next_line = 0usize;
    loop {
        let mut s = Vec::new();
        s.extend_from_slice(b"BT\n0 g\n");
        let mut y = top - HEAD_SIZE * 0.8;
        for line in &head {
            show(&mut s, BOLD, HEAD_SIZE, MARGIN, y, line);
            y -= HEAD_LEADING;
        }
        s.extend_from_slice(b"ET\n");
        if !head.is_empty() {
            let rule_y = y + HEAD_LEADING - HEAD_SIZE * 0.2 - 4.0;
            rule(&mut s, rule_y);
            y = rule_y - 8.0 - BODY_SIZE * 0.8;
        }
        s.extend_from_slice(b"BT\n0 g\n");
        let mut placed = 0;
        while let Some(line) = body.get(next_line) {
            // At least one line per page, so the loop always makes progress.
            if y - BODY_SIZE * 0.2 < bottom && placed > 0 {
                break;
            }
            if !line.is_empty() {
                show(&mut s, REGULAR, BODY_SIZE, MARGIN, y, line);
            }
            y -= BODY_LEADING;
            next_line += 1;
            placed += 1;
        }
        s.extend_from_slice(b"ET\n");
        if !foot.is_empty() {
            let rule_y = foot_top + FOOT_GAP;
            rule(&mut s, rule_y);
            s.extend_from_slice(b"BT\n0 g\n");
            let mut y = foot_top - BODY_SIZE * 0.8;
            for line in &foot {
                show(&mut s, REGULAR, BODY_SIZE, MARGIN, y, line);
                y -= BODY_LEADING;
            }
            s.extend_from_slice(b"ET\n");
        }
        pages.push(s);
        if next_line >= body.len() {
            break;
        }
    }
    pages
}

/// A thin rule across the page at `y`, between the margins (under the heading, over the footer).
fn rule(s: &mut Vec<u8>, y: f32) {
    s.extend_from_slice(format!("0.5 w 0 G {} {} m {} {} l S\n", n(MARGIN), n(y), n(PAGE_W - MARGIN), n(y)).as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_body_continues_on_more_pages() {
        let p = ExtraPage {
            heading: vec!["Name: Lucía".into(), "A-Number: 012345678".into()],
            body: "word ".repeat(3000),
            footer: vec!["Signature: ____   Date: ____".into()],
        };
        let pages = content_streams(&p);
        assert!(pages.len() >= 3, "{}", pages.len());
        for s in &pages {
            let s = String::from_utf8_lossy(s);
            assert!(s.contains("(Name: Luc\\355a) Tj"), "{s}");
            assert!(s.contains("(Signature: ____   Date: ____) Tj"), "{s}");
        }
    }

    #[test]
    fn empty_page_has_heading_only() {
        let p = ExtraPage {
            heading: vec!["Only".into()],
            body: String::new(),
            footer: Vec::new(),
        };
        assert_eq!(content_streams(&p).len(), 1);
    }
}
