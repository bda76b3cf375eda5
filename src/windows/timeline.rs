//! A picture of the dates: each window as a line with today on it, the first day to ask, the
//! advised date (marked as advice), the last day, and the stretch already past shaded. Drawn by
//! the core as a small SVG tree, so the page (which builds it node by node, never parsing text),
//! the printed review, the element and the CLI show the same picture. Shapes and words carry the
//! meaning, not colour: it reads the same in grayscale print and for colour-blind readers.
//!
//! ```
//! use parole_helper::date::ymd;
//! use parole_helper::i18n::Lang;
//! use parole_helper::program::Program;
//! use parole_helper::windows::reparole_window;
//! use parole_helper::windows::timeline::{drawing, Row};
//!
//! let w = reparole_window(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 11, 27));
//! let svg = drawing(&[Row { label: "Re-parole".into(), window: &w }], Lang::En, "t1").to_svg();
//! assert!(svg.starts_with("<svg ") && svg.contains("role=\"img\""));
//! assert!(svg.contains("Last day: March 31, 2027"));
//! ```
//!
//! Several rows (a family) share one scale, the earliest deadline first as given. The picture is
//! 360 units wide, so it fits a phone as it is and scales up on wider screens.

use chrono::NaiveDate;

use super::{explain, Kind, Status, Window};
use crate::i18n::{long_date, Lang};
use crate::t;

/// One line of the picture: a window and what to call it ("Re-parole, Sofía").
#[derive(Debug, Clone)]
pub struct Row<'a> {
    /// The row's title.
    pub label: String,
    /// Its window.
    pub window: &'a Window,
}

/// What a mark on a line stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MarkKind {
    /// The first day to ask, where a source gives one.
    Opens,
    /// The advised last day to ask (advice, not a rule).
    FileBy,
    /// The last day.
    LastDay,
    /// Today.
    Today,
}

/// A mark: what, when, and where on the line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// What it stands for.
    pub kind: MarkKind,
    /// Its date.
    pub date: NaiveDate,
    /// Its position, in picture units.
    pub x: f32,
}

/// An SVG element: its name, attributes, text and children.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Node {
    /// The element's name (`svg`, `line`, `text`...).
    pub tag: &'static str,
    /// Its attributes, in order.
    pub attrs: Vec<(&'static str, String)>,
    /// Its text, for `text`, `title` and `desc`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Its children.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Node>,
}

const WIDTH: f32 = 360.0;
const LEFT: f32 = 14.0;
const RIGHT: f32 = 346.0;
const ROW_HEIGHT: f32 = 112.0;

/// The scale every row shares: from the earliest date shown to the latest, with a margin.
#[derive(Debug, Clone, Copy)]
pub struct Scale {
    from: NaiveDate,
    days: f32,
}

impl Scale {
    /// The scale of `rows`: today and every date they mark fit on it.
    pub fn of(rows: &[Row]) -> Scale {
        let dates: Vec<NaiveDate> = rows.iter().flat_map(|r| dated(r.window).into_iter().map(|(_, d)| d)).collect();
        let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
            return Scale { from: NaiveDate::MIN, days: 1.0 };
        };
        let margin = ((*last - *first).num_days() / 20).max(3);
        let from = *first - chrono::Days::new(margin.unsigned_abs());
        Scale { from, days: ((*last - from).num_days() + margin) as f32 }
    }

    /// Where `date` is drawn.
    pub fn x(&self, date: NaiveDate) -> f32 {
        let day = (date - self.from).num_days() as f32;
        // max/min, not clamp: clamp's panic message would pull float printing into the wasm.
        LEFT + (RIGHT - LEFT) * (day / self.days.max(1.0)).max(0.0).min(1.0)
    }
}

/// The dates a window marks, with today.
fn dated(w: &Window) -> Vec<(MarkKind, NaiveDate)> {
    let mut out = vec![(MarkKind::Today, w.today)];
    if w.status == Status::EndedByNotice {
        return out; // no dates: a lawyer now
    }
    out.extend(w.earliest_filing_on.map(|d| (MarkKind::Opens, d)));
    out.extend(w.file_by_on.map(|d| (MarkKind::FileBy, d)));
    out.push((MarkKind::LastDay, w.last_day()));
    out
}

/// The marks of a window on `scale`, left to right; on the same day the first day to ask, the
/// advice and the last day come before today (today's line is drawn over them).
pub fn marks(w: &Window, scale: &Scale) -> Vec<Mark> {
    let mut marks: Vec<Mark> = dated(w).into_iter().map(|(kind, date)| Mark { kind, date, x: scale.x(date) }).collect();
    // At most four marks: an insertion sort, stable, and far smaller in the wasm than slice::sort.
    for i in 1..marks.len() {
        let mut j = i;
        while j > 0 && (marks[j - 1].date, marks[j - 1].kind) > (marks[j].date, marks[j].kind) {
            marks.swap(j - 1, j);
            j -= 1;
        }
    }
    marks
}

fn node(tag: &'static str, attrs: &[(&'static str, String)]) -> Node {
    Node { tag, attrs: attrs.to_vec(), text: None, children: Vec::new() }
}

fn text(x: f32, y: f32, anchor: &str, class: &str, words: String) -> Node {
    let weight = if class == "row-title" { "bold" } else { "normal" };
    let mut t = node("text", &[
        ("x", fmt(x)),
        ("y", fmt(y)),
        ("text-anchor", anchor.into()),
        ("class", class.into()),
        ("fill", "currentColor".into()),
        ("font-size", "11".into()),
        ("font-family", "sans-serif".into()),
        ("font-weight", weight.into()),
    ]);
    t.text = Some(words);
    t
}

/// Drawn with presentation attributes only (no style sheet), so a strict Content-Security-Policy
/// lets it through and the CLI's file looks the same on its own.
fn ink(dashed: bool) -> Vec<(&'static str, String)> {
    let mut attrs = vec![("stroke", "currentColor".to_string()), ("stroke-width", "2".to_string())];
    if dashed {
        attrs.push(("stroke-dasharray", "3 2".into()));
    }
    attrs
}

/// A number as SVG writes it: one decimal at most.
fn fmt(n: f32) -> String {
    // In whole tenths: formatting a float would pull Rust's float printing (~10 KB) into the wasm.
    let tenths = (n * 10.0).round() as i64;
    let (sign, tenths) = if tenths < 0 { ("-", -tenths) } else { ("", tenths) };
    match tenths % 10 {
        0 => format!("{sign}{}", tenths / 10),
        d => format!("{sign}{}.{d}", tenths / 10),
    }
}

/// The picture of one person's `windows`, each row named by its kind ("Re-parole", "Work permit").
pub fn of_windows(windows: &[Window], lang: Lang, id: &str) -> Node {
    let rows: Vec<Row> = windows.iter().map(|w| Row { label: kind_label(w.kind, lang), window: w }).collect();
    drawing(&rows, lang, id)
}

/// What a row of one person's windows is called: "Re-parole", "Work permit".
pub fn kind_label(kind: Kind, lang: Lang) -> String {
    match kind {
        Kind::Reparole => t!(lang, "timeline-reparole"),
        Kind::Ead => t!(lang, "timeline-ead"),
    }
}

/// What a mark is called, with its date.
fn label(kind: MarkKind, w: &Window, date: NaiveDate, lang: Lang) -> String {
    let date = long_date(date, lang);
    match kind {
        MarkKind::Today => t!(lang, "timeline-today", date = date),
        MarkKind::Opens => t!(lang, "timeline-opens", date = date),
        MarkKind::FileBy => t!(lang, "timeline-file-by", date = date),
        MarkKind::LastDay if w.kind == Kind::Ead => t!(lang, "timeline-permit-ends", date = date),
        MarkKind::LastDay => t!(lang, "timeline-last-day", date = date),
    }
}

/// The shape of a mark at (x, y): a circle opens, a diamond is advice, a square is the end,
/// a line across the row is today.
fn shape(kind: MarkKind, x: f32, y: f32, top: f32, bottom: f32) -> Node {
    let class = ("class", format!("mark {}", match kind {
        MarkKind::Opens => "opens",
        MarkKind::FileBy => "advice",
        MarkKind::LastDay => "last",
        MarkKind::Today => "today",
    }));
    let hollow = ("fill", "white".to_string());
    let mut attrs: Vec<(&'static str, String)> = match kind {
        MarkKind::Opens => vec![("cx", fmt(x)), ("cy", fmt(y)), ("r", "5".into()), class, hollow],
        MarkKind::FileBy => vec![("d", format!("M{} {}l6 6l-6 6l-6 -6z", fmt(x), fmt(y - 6.0))), class, hollow],
        MarkKind::LastDay => vec![("x", fmt(x - 5.0)), ("y", fmt(y - 5.0)), ("width", "10".into()), ("height", "10".into()), class, ("fill", "currentColor".into())],
        MarkKind::Today => vec![("x1", fmt(x)), ("x2", fmt(x)), ("y1", fmt(top)), ("y2", fmt(bottom)), class],
    };
    // Advice and today are dashed: a dashed diamond is advice, not a rule.
    attrs.extend(ink(matches!(kind, MarkKind::FileBy | MarkKind::Today)));
    let tag = match kind {
        MarkKind::Opens => "circle",
        MarkKind::FileBy => "path",
        MarkKind::LastDay => "rect",
        MarkKind::Today => "line",
    };
    node(tag, &attrs)
}

/// The picture of `rows`, with a title and a description (the plain explanation) for screen
/// readers. `id` makes its element ids unique on a page that shows several.
pub fn drawing(rows: &[Row], lang: Lang, id: &str) -> Node {
    let scale = Scale::of(rows);
    let height = ROW_HEIGHT * rows.len().max(1) as f32;
    let (title, description) = (t!(lang, "timeline-title"), t!(lang, "timeline-description"));
    let desc: Vec<String> = rows.iter().map(|r| format!("{}. {}", r.label, explain::explanation(r.window, lang).replace('\n', " "))).collect();
    let mut svg = node("svg", &[
        ("xmlns", "http://www.w3.org/2000/svg".into()),
        ("viewBox", format!("0 0 {} {}", fmt(WIDTH), fmt(height))),
        ("role", "img".into()),
        ("aria-labelledby", format!("{id}-title {id}-desc")),
        ("class", "timeline".into()),
    ]);
    let mut t = node("title", &[("id", format!("{id}-title"))]);
    t.text = Some(title);
    let mut d = node("desc", &[("id", format!("{id}-desc"))]);
    d.text = Some(format!("{description} {}", desc.join(" ")));
    // The past: diagonal hatching, which prints in grayscale.
    let mut pattern = node("pattern", &[
        ("id", format!("{id}-past")),
        ("width", "6".into()),
        ("height", "6".into()),
        ("patternUnits", "userSpaceOnUse".into()),
        ("patternTransform", "rotate(45)".into()),
    ]);
    let mut hatch = vec![("x1", "0".to_string()), ("y1", "0".into()), ("x2", "0".into()), ("y2", "6".into()), ("class", "hatch".into())];
    hatch.extend(ink(false));
    pattern.children.push(node("line", &hatch));
    let mut defs = node("defs", &[]);
    defs.children.push(pattern);
    svg.children.extend([t, d, defs]);
    for (i, row) in rows.iter().enumerate() {
        let top = i as f32 * ROW_HEIGHT;
        let y = top + 34.0;
        let w = row.window;
        let mut g = node("g", &[("class", "row".into())]);
        g.children.push(text(LEFT, top + 14.0, "start", "row-title", row.label.clone()));
        let today_x = scale.x(w.today);
        g.children.push(node("rect", &[("x", fmt(LEFT)), ("y", fmt(y - 7.0)), ("width", fmt(today_x - LEFT)), ("height", "14".into()), ("fill", format!("url(#{id}-past)")), ("class", "past".into()), ("opacity", "0.35".into())]));
        let mut axis = vec![("x1", fmt(LEFT)), ("x2", fmt(RIGHT)), ("y1", fmt(y)), ("y2", fmt(y)), ("class", "axis".to_string())];
        axis.extend(ink(false));
        g.children.push(node("line", &axis));
        for (n, mark) in marks(w, &scale).iter().enumerate() {
            g.children.push(shape(mark.kind, mark.x, y, y - 12.0, y + 12.0));
            // Labels stack under the line, one per line, each led by its mark's shape (the shape
            // ties a label to its mark), centred under the mark but kept inside the picture (about
            // 5.6 units a character at this size).
            let label_y = y + 26.0 + 14.0 * n as f32;
            let words = label(mark.kind, w, mark.date, lang);
            let width = 14.0 + 5.6 * words.chars().count() as f32;
            let start = (mark.x - width / 2.0).min(WIDTH - 4.0 - width).max(4.0);
            g.children.push(shape(mark.kind, start + 5.0, label_y - 4.0, label_y - 11.0, label_y + 2.0));
            g.children.push(text(start + 14.0, label_y, "start", "label", words));
        }
        svg.children.push(g);
    }
    svg
}

impl Node {
    /// The SVG text of the tree (attributes and text escaped).
    pub fn to_svg(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        out.push('<');
        out.push_str(self.tag);
        for (name, value) in &self.attrs {
            out.push_str(&format!(" {name}=\"{}\"", escape(value)));
        }
        if self.text.is_none() && self.children.is_empty() {
            out.push_str("/>");
            return;
        }
        out.push('>');
        if let Some(text) = &self.text {
            out.push_str(&escape(text));
        }
        for child in &self.children {
            child.write(out);
        }
        out.push_str(&format!("</{}>", self.tag));
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::{fmt, marks, MarkKind, Row, Scale};
    use crate::date::ymd;
    use crate::program::Program;
    use crate::windows::reparole_window;

    #[test]
    fn on_the_same_day_today_comes_after_the_dates_of_the_window() {
        let today = ymd(2026, 11, 27);
        // 90 days before the end is the advised day: today.
        let w = reparole_window(Program::General, ymd(2027, 2, 25), today);
        assert_eq!(w.file_by_on, Some(today));
        let kinds: Vec<MarkKind> = marks(&w, &Scale::of(&[Row { label: String::new(), window: &w }])).iter().map(|m| m.kind).collect();
        assert_eq!(kinds, [MarkKind::FileBy, MarkKind::Today, MarkKind::LastDay]);
    }

    #[test]
    fn numbers_are_written_in_tenths_without_a_trailing_zero() {
        for (n, text) in [(0.0, "0"), (0.04, "0"), (0.05, "0.1"), (12.34, "12.3"), (12.96, "13"), (359.96, "360"), (-0.26, "-0.3"), (-0.04, "0"), (-14.0, "-14"), (121.6, "121.6")] {
            assert_eq!(fmt(n), text, "{n}");
        }
    }
}
