//! A small Fluent renderer: exactly the subset the language files use (the shared brief of issue
//! 17, rule 5), so that the browser's module does not carry the `fluent-bundle` crate (92 KB of
//! the shipped module, 42 KB gzipped; this one is about a fifth of that). Its output is the same as `fluent-bundle` 0.16's with
//! `use_isolating` off, which `tests/fluent_subset.rs` checks for every text of every language (and
//! `fuzz/fuzz_targets/fluent.rs` for any file).
//!
//! The subset: comments (`#`, `##`, `###`); messages with a value and/or attributes (`.name =`);
//! terms (`-name =`); multi-line patterns (the common indentation of their lines removed, blank
//! lines at the start and the end dropped); placeables `{ $var }`, `{ "literal" }` (escapes `\"`,
//! `\\`, `\u0041`, `\U01F600`), `{ message }`, `{ message.attr }`, `{ -term }`; and selects on a
//! variable, with identifier keys (`[one]`, `[reparole]`) or number keys (`[1]`) and one `*`
//! default. Anything else (functions, number literals, nested placeables or selects, term
//! attributes and arguments, the escape `\{`) is an error ("… is not supported"): the entry is
//! skipped and its line reported, and the rest of the file still loads, as `fluent-syntax`
//! recovers (an entry ends where a line starts with a letter, `-` or `#`).
//!
//! The parser follows `fluent-syntax` 0.12's runtime parser step by step, quirks included (a line
//! that starts with a placeable does not count towards the common indentation; a CRLF ends a line
//! as LF), so that both read every file the same way. Resolving follows `fluent-bundle`: a missing
//! variable prints `{$name}`, a missing message `{id}`, a term sees no variables, a reference cycle
//! prints the reference, and after 100 placeables in one text the rest is cut off. One difference,
//! on purpose: a number chooses a variant with its exact number key first, then by its plural
//! category (Fluent's specification), where `fluent-bundle` takes the first key that matches in
//! the file's order; they agree when number keys come first.

use super::plural;
use crate::i18n::Arg;
use std::fmt::Write;

/// A piece of a pattern.
#[derive(Debug, PartialEq)]
enum Part {
    /// Text, indentation already removed (consecutive text joined).
    Text(Box<str>),
    /// `{ "literal" }`, escapes already read.
    Literal(Box<str>),
    /// `{ $name }`.
    Var(Box<str>),
    /// `{ id }` or `{ id.attr }`.
    Message(Box<str>, Option<Box<str>>),
    /// `{ -id }`.
    Term(Box<str>),
    /// `{ $name -> [key] … *[other] … }`: the variable, the variants, the default's index (`None`
    /// only in `fluent-syntax`'s quirk of a lone `*`).
    Select(Box<str>, Variants, Option<usize>),
}

/// A variant's key.
#[derive(Debug, PartialEq)]
enum Key {
    /// `[one]`, `[reparole]`.
    Name(Box<str>),
    /// `[1]`; `None` for a key with a decimal point, which never matches (as in `fluent-bundle`),
    /// or of more than 16 characters (which `fluent-bundle` would match).
    Number(Option<f64>),
}

type Pattern = Vec<Part>;
type Variants = Vec<(Key, Pattern)>;

#[derive(Debug)]
struct Entry {
    name: Box<str>,
    term: bool,
    line: usize,
    value: Option<Pattern>,
    attributes: Vec<(Box<str>, Pattern)>,
}

/// A parsed Fluent file.
#[derive(Debug, Default)]
pub struct Resource {
    /// Every entry read, in file order (a name defined twice appears twice).
    entries: Vec<Entry>,
    /// The first entry of each name, in the order of the names. Messages and terms share the
    /// names, as in `fluent-bundle` (`-x` and `x` cannot both be defined).
    index: Vec<usize>,
}

type Parsed<T> = Result<T, &'static str>;

const EOF: u8 = 0;
const LF: u8 = 1;
const CRLF: u8 = 2;
const PLACEABLE: u8 = 3;

struct Parser<'s> {
    s: &'s str,
    b: &'s [u8],
    p: usize,
    /// Inside a select's variant (selects do not nest in the subset).
    in_select: bool,
}

impl<'s> Parser<'s> {
    fn cur(&self) -> Option<u8> {
        self.b.get(self.p).copied()
    }

    fn take(&mut self, c: u8) -> bool {
        let taken = self.cur() == Some(c);
        self.p += taken as usize;
        taken
    }

    fn expect(&mut self, c: u8, error: &'static str) -> Parsed<()> {
        if self.take(c) { Ok(()) } else { Err(error) }
    }

    fn skip_inline(&mut self) -> usize {
        let start = self.p;
        while self.cur() == Some(b' ') {
            self.p += 1;
        }
        self.p - start
    }

    fn skip_eol(&mut self) -> bool {
        match self.cur() {
            Some(b'\n') => self.p += 1,
            Some(b'\r') if self.b.get(self.p + 1) == Some(&b'\n') => self.p += 2,
            _ => return false,
        }
        true
    }

    fn is_eol(&self) -> bool {
        match self.cur() {
            Some(b'\r') => self.b.get(self.p + 1) == Some(&b'\n'),
            Some(c) => c == b'\n',
            None => true,
        }
    }

    fn skip_blank_block(&mut self) {
        loop {
            let start = self.p;
            self.skip_inline();
            if !self.skip_eol() {
                self.p = start;
                return;
            }
        }
    }

    fn skip_blank(&mut self) {
        while self.skip_inline() > 0 || self.skip_eol() {}
    }

    fn skip_to_next_entry_start(&mut self) {
        while let Some(c) = self.cur() {
            if (self.p == 0 || self.b[self.p - 1] == b'\n') && (c.is_ascii_alphabetic() || c == b'-' || c == b'#') {
                return;
            }
            self.p += 1;
        }
    }

    fn identifier(&mut self) -> Parsed<Box<str>> {
        let start = self.p;
        if !self.cur().is_some_and(|c| c.is_ascii_alphabetic()) {
            return Err("expected a name (a letter first)");
        }
        while self.cur().is_some_and(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_') {
            self.p += 1;
        }
        Ok(self.s[start..self.p].into())
    }

    fn digits(&mut self) -> Parsed<()> {
        let start = self.p;
        while self.cur().is_some_and(|c| c.is_ascii_digit()) {
            self.p += 1;
        }
        if self.p == start { Err("expected a digit") } else { Ok(()) }
    }

    fn entry(&mut self) -> Parsed<Entry> {
        let term = self.take(b'-');
        let name = self.identifier()?;
        self.skip_inline();
        self.expect(b'=', "expected '=' after the name")?;
        let value = self.pattern()?;
        self.skip_blank_block();
        let mut attributes = vec![];
        loop {
            let line_start = self.p;
            self.skip_inline();
            let attribute = if self.take(b'.') { self.attribute() } else { Err("") };
            match attribute {
                Ok(attribute) => attributes.push(attribute),
                Err(_) => {
                    self.p = line_start;
                    break;
                }
            }
        }
        if value.is_none() && (term || attributes.is_empty()) {
            return Err(if term { "a term needs a value" } else { "a message needs a value or an attribute" });
        }
        Ok(Entry { name, term, line: 0, value, attributes })
    }

    fn attribute(&mut self) -> Parsed<(Box<str>, Pattern)> {
        let name = self.identifier()?;
        self.skip_inline();
        self.expect(b'=', "expected '='")?;
        Ok((name, self.pattern()?.ok_or("an attribute needs a value")?))
    }

    /// A pattern, as `fluent-syntax` reads it (`get_pattern`).
    fn pattern(&mut self) -> Parsed<Option<Pattern>> {
        // Text pieces as (start, end, indent, starts a line), or a placeable.
        let mut pieces: Vec<Result<(usize, usize, usize, bool), Part>> = vec![];
        let mut last_non_blank = None;
        let mut common_indent: Option<usize> = None;
        self.skip_inline();
        let mut line_start = self.skip_eol();
        if line_start {
            self.skip_blank_block();
        }
        while self.p < self.b.len() {
            if self.take(b'{') {
                if line_start {
                    common_indent = Some(0);
                }
                let part = self.placeable()?;
                last_non_blank = Some(pieces.len());
                pieces.push(Err(part));
                line_start = false;
                continue;
            }
            let slice_start = self.p;
            let mut indent = 0;
            if line_start {
                indent = self.skip_inline();
                let Some(c) = self.cur() else { break };
                if indent == 0 {
                    if c != b'\r' && c != b'\n' {
                        break;
                    }
                } else if matches!(c, b'.' | b'}' | b'[' | b'*') {
                    self.p = slice_start;
                    break;
                }
            }
            let (start, end, non_blank, ending) = self.text_slice()?;
            if start != end {
                if line_start && non_blank {
                    common_indent = Some(common_indent.map_or(indent, |c| c.min(indent)));
                }
                if !line_start || non_blank || ending == LF {
                    if non_blank {
                        last_non_blank = Some(pieces.len());
                    }
                    pieces.push(Ok((slice_start, end, indent, line_start)));
                }
            }
            line_start = ending == LF || ending == CRLF;
        }
        let Some(last) = last_non_blank else { return Ok(None) };
        let mut parts: Pattern = vec![];
        for (i, piece) in pieces.into_iter().take(last + 1).enumerate() {
            match piece {
                Err(part) => parts.push(part),
                Ok((start, end, indent, line_start)) => {
                    let start = if line_start { start + common_indent.map_or(indent, |c| c.min(indent)) } else { start };
                    let mut text = &self.s[start..end];
                    if i == last {
                        text = text.trim_end_matches([' ', '\r', '\n']);
                    }
                    match parts.last_mut() {
                        _ if text.is_empty() => {}
                        Some(Part::Text(before)) => *before = [&**before, text].concat().into(),
                        _ => parts.push(Part::Text(text.into())),
                    }
                }
            }
        }
        Ok(Some(parts))
    }

    /// Text up to a line's end, a `{` or the end (`get_text_slice`): (start, end, not only
    /// spaces, how it ended).
    fn text_slice(&mut self) -> Parsed<(usize, usize, bool, u8)> {
        let start = self.p;
        let rest = &self.b[start..];
        let non_blank = |text: &[u8]| text.iter().any(|&c| c != b' ');
        let Some(i) = rest.iter().position(|&c| c == b'\n' || c == b'{' || c == b'}') else {
            self.p = self.b.len();
            return Ok((start, self.p, non_blank(rest), EOF));
        };
        self.p += i;
        match rest[i] {
            b'}' => Err("a '}' without its '{' (write {\"}\"})"),
            b'{' => Ok((start, self.p, non_blank(&rest[..i]), PLACEABLE)),
            _ if i > 0 && rest[i - 1] == b'\r' => Ok((start, self.p - 1, non_blank(&rest[..i - 1]), CRLF)),
            _ => {
                self.p += 1;
                Ok((start, self.p, non_blank(&rest[..i]), LF))
            }
        }
    }

    /// After a `{`.
    fn placeable(&mut self) -> Parsed<Part> {
        self.skip_blank();
        let part = self.expression()?;
        self.skip_inline();
        self.expect(b'}', "expected '}'")?;
        Ok(part)
    }

    fn expression(&mut self) -> Parsed<Part> {
        let part = self.inline()?;
        self.skip_blank();
        if !self.b[self.p..].starts_with(b"->") {
            return Ok(part);
        }
        let Part::Var(name) = part else { return Err("a select on anything but a $variable is not supported") };
        if self.in_select {
            return Err("a select inside a select is not supported");
        }
        self.p += 2;
        self.skip_inline();
        if !self.skip_eol() {
            return Err("expected a new line after '->'");
        }
        self.skip_blank();
        self.in_select = true;
        let variants = self.variants();
        self.in_select = false;
        let (variants, default) = variants?;
        Ok(Part::Select(name, variants, default))
    }

    fn variants(&mut self) -> Parsed<(Variants, Option<usize>)> {
        let mut variants = vec![];
        let mut has_default = false;
        let mut default = None;
        loop {
            let is_default = self.take(b'*');
            if is_default {
                if has_default {
                    return Err("two default variants (*[…])");
                }
                has_default = true;
            }
            if !self.take(b'[') {
                break;
            }
            self.skip_blank();
            let key = if self.cur().is_some_and(|c| c.is_ascii_digit() || c == b'-') {
                let start = self.p;
                self.take(b'-');
                self.digits()?;
                if self.take(b'.') {
                    self.digits()?;
                }
                // Integers of 16 characters at most (no float parsing in the module: 6 KB).
                let number = &self.s[start..self.p];
                let digits = number.bytes().filter(u8::is_ascii_digit).fold(0u64, |n, d| n * 10 + (d - b'0') as u64);
                let signed = if number.starts_with('-') { -(digits as f64) } else { digits as f64 };
                Key::Number(Some(signed).filter(|_| !number.contains('.') && number.len() <= 16))
            } else {
                Key::Name(self.identifier()?)
            };
            self.skip_blank();
            self.expect(b']', "expected ']'")?;
            let value = self.pattern()?.ok_or("a variant needs a value")?;
            if is_default {
                default = Some(variants.len());
            }
            variants.push((key, value));
            self.skip_blank();
        }
        if has_default { Ok((variants, default)) } else { Err("a select needs a default variant (*[other])") }
    }

    fn inline(&mut self) -> Parsed<Part> {
        let next_is_letter = self.b.get(self.p + 1).is_some_and(|c| c.is_ascii_alphabetic());
        match self.cur() {
            Some(b'"') => {
                self.p += 1;
                let start = self.p;
                while let Some(c) = self.cur() {
                    match c {
                        b'\\' => match self.b.get(self.p + 1) {
                            Some(b'\\' | b'"') => self.p += 2,
                            // fluent-syntax reads it, and fluent-bundle shows U+FFFD.
                            Some(b'{') => return Err("the escape \\{ is not supported (a brace is {\"{\"})"),
                            Some(&u @ (b'u' | b'U')) => {
                                self.p += 2;
                                let length = if u == b'u' { 4 } else { 6 };
                                let digits = self.b[self.p..].iter().take(length).take_while(|c| c.is_ascii_hexdigit()).count();
                                self.p += digits;
                                if digits != length {
                                    return Err("a \\u escape needs 4 hex digits (\\U: 6)");
                                }
                            }
                            _ => return Err("unknown escape in a string (\\\" \\\\ \\u are known)"),
                        },
                        b'"' => break,
                        b'\n' => return Err("a string literal must end on its line"),
                        _ => self.p += 1,
                    }
                }
                self.expect(b'"', "a string literal must end on its line")?;
                Ok(Part::Literal(unescape(&self.s[start..self.p - 1]).into()))
            }
            Some(b'$') => {
                self.p += 1;
                Ok(Part::Var(self.identifier()?))
            }
            Some(b'-') if next_is_letter => {
                self.p += 1;
                let name = self.identifier()?;
                if self.cur() == Some(b'.') {
                    return Err("a term's attribute is not supported here");
                }
                self.skip_blank();
                if self.cur() == Some(b'(') {
                    return Err("term arguments are not supported");
                }
                Ok(Part::Term(name))
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let name = self.identifier()?;
                self.skip_blank();
                if self.cur() == Some(b'(') {
                    return Err("functions are not supported");
                }
                let attribute = if self.take(b'.') { Some(self.identifier()?) } else { None };
                Ok(Part::Message(name, attribute))
            }
            Some(c) if c.is_ascii_digit() || c == b'-' => Err("number literals are not supported (write \"5\")"),
            Some(b'{') => Err("a placeable inside a placeable is not supported"),
            _ => Err("expected $variable, \"literal\", message or -term"),
        }
    }
}

/// A string literal's escapes, read as `fluent-syntax` reads them (a bad code point is U+FFFD).
fn unescape(input: &str) -> String {
    let mut out = String::new();
    let mut chars = input.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next() {
            Some((_, '\\')) => '\\',
            Some((_, '"')) => '"',
            Some((_, u @ ('u' | 'U'))) => {
                let length = if u == 'u' { 4 } else { 6 };
                let hex = input.get(i + 2..i + 2 + length).unwrap_or("");
                let code = hex.chars().try_fold(0, |n, c| Some(n * 16 + c.to_digit(16)?));
                for _ in 0..length {
                    chars.next();
                }
                code.and_then(char::from_u32).unwrap_or('\u{FFFD}')
            }
            _ => '\u{FFFD}',
        });
    }
    out
}

impl Resource {
    /// Reads a Fluent file. Never fails: an entry that cannot be read is skipped, and said in the
    /// list of errors (`line 12: expected '}'`), in the order of the lines.
    pub fn parse(text: &str) -> (Resource, Vec<String>) {
        let mut parser = Parser { s: text, b: text.as_bytes(), p: 0, in_select: false };
        let mut resource = Resource::default();
        let mut errors = vec![];
        // The line of a position; positions only move forward.
        let (mut counted, mut line) = (0, 1);
        let mut line_at = |at: usize| {
            let at = at.min(text.len());
            line += text.as_bytes()[counted.min(at)..at].iter().filter(|&&c| c == b'\n').count();
            counted = counted.max(at);
            line
        };
        parser.skip_blank_block();
        while parser.p < text.len() {
            let start = parser.p;
            if parser.cur() == Some(b'#') {
                // A comment: up to the end of its line, and the lines after it that start with '#'.
                loop {
                    while parser.p < text.len() && !parser.is_eol() {
                        parser.p += 1;
                    }
                    parser.p += 1;
                    if !parser.take(b'#') {
                        break;
                    }
                }
            } else {
                match parser.entry() {
                    Ok(mut entry) => {
                        entry.line = line_at(start);
                        let entries = &resource.entries;
                        match resource.index.binary_search_by(|&i| entries[i].name.cmp(&entry.name)) {
                            Ok(i) => {
                                let dash = if entry.term { "-" } else { "" };
                                let first = entries[resource.index[i]].line;
                                errors.push(format!("line {}: {dash}{} is already defined at line {first}", entry.line, entry.name));
                            }
                            Err(i) => resource.index.insert(i, entries.len()),
                        }
                        resource.entries.push(entry);
                    }
                    Err(error) => {
                        let (line, at) = (line_at(start), line_at(parser.p));
                        let mut said = format!("line {line}: {error}");
                        if at != line {
                            let _ = write!(said, " (at line {at})");
                        }
                        errors.push(said);
                        parser.skip_to_next_entry_start();
                    }
                }
            }
            parser.skip_blank_block();
        }
        (resource, errors)
    }

    fn entry(&self, name: &str) -> Option<&Entry> {
        let i = self.index.binary_search_by(|&i| (*self.entries[i].name).cmp(name)).ok()?;
        Some(&self.entries[self.index[i]])
    }

    /// The pattern of a message (`id`) or of its attribute (`id.attr`).
    fn pattern(&self, id: &str) -> Option<&Pattern> {
        let (name, attribute) = match id.split_once('.') {
            Some((name, attribute)) => (name, Some(attribute)),
            None => (id, None),
        };
        let entry = self.entry(name).filter(|e| !e.term)?;
        match attribute {
            Some(a) => entry.attributes.iter().find(|(name, _)| **name == *a).map(|(_, p)| p),
            None => entry.value.as_ref(),
        }
    }

    /// Every message id (`message`, `message.attribute`), in file order.
    pub fn ids(&self) -> Vec<String> {
        let mut ids = vec![];
        for entry in self.entries.iter().filter(|e| !e.term) {
            if entry.value.is_some() {
                ids.push(entry.name.to_string());
            }
            for (attribute, _) in &entry.attributes {
                ids.push(format!("{}.{attribute}", entry.name));
            }
        }
        ids
    }

    /// The variables a text uses itself (not through the messages it refers to), sorted.
    pub fn variables(&self, id: &str) -> Vec<String> {
        fn walk(pattern: &Pattern, out: &mut Vec<String>) {
            for part in pattern {
                let (Part::Var(name) | Part::Select(name, ..)) = part else { continue };
                if let Err(i) = out.binary_search_by(|n| (**n).cmp(name)) {
                    out.insert(i, name.to_string());
                }
                if let Part::Select(_, variants, _) = part {
                    variants.iter().for_each(|(_, p)| walk(p, out));
                }
            }
        }
        let mut out = vec![];
        if let Some(pattern) = self.pattern(id) {
            walk(pattern, &mut out);
        }
        out
    }

    /// The text `id` (`message` or `message.attribute`) with `args`, in the language `code` (for
    /// plural categories); `None` when there is no such text.
    pub fn format(&self, code: &str, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let pattern = self.pattern(id)?;
        let mut scope = Scope { resource: self, code, args, in_term: false, placeables: 0, dirty: false, stack: vec![] };
        let mut out = String::new();
        scope.write(pattern, &mut out);
        Some(out)
    }
}

/// One text being resolved (`fluent-bundle`'s `Scope`).
struct Scope<'a> {
    resource: &'a Resource,
    code: &'a str,
    args: &'a [(&'a str, Arg<'a>)],
    /// Inside a term: variables are not visible.
    in_term: bool,
    /// Placeables resolved so far: more than 100 stops the text (against exponential references).
    placeables: u8,
    dirty: bool,
    /// The patterns being resolved, to break reference cycles.
    stack: Vec<&'a Pattern>,
}

impl<'a> Scope<'a> {
    fn arg(&self, name: &str) -> Option<&'a Arg<'a>> {
        if self.in_term {
            return None;
        }
        self.args.iter().find(|(n, _)| *n == name).map(|(_, value)| value)
    }

    fn write(&mut self, pattern: &'a Pattern, out: &mut String) {
        for part in pattern {
            if self.dirty {
                return;
            }
            if let Part::Text(text) = part {
                out.push_str(text);
                continue;
            }
            self.placeables += 1;
            if self.placeables > 100 {
                self.dirty = true;
                return;
            }
            if self.stack.is_empty() {
                self.stack.push(pattern);
            }
            self.write_part(part, out);
            if self.dirty {
                out.push('{');
                reference(part, out);
                out.push('}');
            }
        }
    }

    /// Resolves a referenced pattern unless it is already being resolved (a cycle). Patterns are
    /// compared by their content, as `fluent-bundle` compares them.
    fn track(&mut self, pattern: &'a Pattern, part: &Part, out: &mut String) {
        if self.stack.contains(&pattern) {
            out.push('{');
            reference(part, out);
            out.push('}');
        } else {
            self.stack.push(pattern);
            self.write(pattern, out);
            self.stack.pop();
        }
    }

    fn write_part(&mut self, part: &'a Part, out: &mut String) {
        let found = match part {
            Part::Text(text) | Part::Literal(text) => {
                out.push_str(text);
                true
            }
            Part::Var(name) => match self.arg(name) {
                Some(Arg::Str(s)) => {
                    out.push_str(s);
                    true
                }
                Some(Arg::Num(n)) => write!(out, "{n}").is_ok(),
                None => false,
            },
            Part::Message(name, attribute) => {
                let entry = self.resource.entry(name).filter(|e| !e.term);
                let pattern = match attribute {
                    Some(a) => entry.and_then(|e| e.attributes.iter().find(|(name, _)| name == a)).map(|(_, p)| p),
                    None => entry.and_then(|e| e.value.as_ref()),
                };
                pattern.map(|p| self.track(p, part, out)).is_some()
            }
            Part::Term(name) => {
                self.in_term = true;
                let term = self.resource.entry(name).filter(|e| e.term).and_then(|e| e.value.as_ref());
                let found = term.map(|p| self.track(p, part, out)).is_some();
                self.in_term = false;
                found
            }
            Part::Select(name, variants, default) => {
                let chosen = match self.arg(name) {
                    Some(Arg::Num(n)) => variants
                        .iter()
                        .position(|(key, _)| matches!(key, Key::Number(Some(k)) if k == n))
                        .or_else(|| {
                            let category = plural::category(self.code, *n)?;
                            variants.iter().position(|(key, _)| matches!(key, Key::Name(k) if **k == *category))
                        }),
                    Some(Arg::Str(s)) => variants.iter().position(|(key, _)| matches!(key, Key::Name(k) if **k == **s)),
                    None => None,
                };
                if let Some(i) = chosen.or(*default) {
                    self.write(&variants[i].1, out);
                }
                true
            }
        };
        if !found {
            out.push('{');
            reference(part, out);
            out.push('}');
        }
    }
}

/// What an unresolved placeable prints between braces: `$name`, `id`, `id.attr`, `-term`.
fn reference(part: &Part, out: &mut String) {
    match part {
        Part::Var(name) | Part::Select(name, ..) => {
            out.push('$');
            out.push_str(name);
        }
        Part::Message(name, attribute) => {
            out.push_str(name);
            if let Some(a) = attribute {
                out.push('.');
                out.push_str(a);
            }
        }
        Part::Term(name) => {
            out.push('-');
            out.push_str(name);
        }
        Part::Text(_) | Part::Literal(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(ftl: &str, id: &str, args: &[(&str, Arg)]) -> String {
        let (resource, errors) = Resource::parse(ftl);
        assert!(errors.is_empty(), "{errors:?}");
        resource.format("en", id, args).unwrap()
    }

    #[test]
    fn reads_the_subset() {
        let ftl = "# c\nhello = Hello, { $name }!\n-brand = Helper\nabout = About { -brand }\n    .title = { about } ({ \"\\u0041\" })\n";
        assert_eq!(render(ftl, "hello", &[("name", Arg::from("Ana"))]), "Hello, Ana!");
        assert_eq!(render(ftl, "hello", &[]), "Hello, {$name}!");
        assert_eq!(render(ftl, "about.title", &[]), "About Helper (A)");
        let days = "d = { $n ->\n    [0] none\n    [one] one day\n   *[other] { $n } days\n}\n";
        assert_eq!(render(days, "d", &[("n", Arg::Num(0.0))]), "none");
        assert_eq!(render(days, "d", &[("n", Arg::Num(1.0))]), "one day");
        assert_eq!(render(days, "d", &[("n", Arg::Num(1.5))]), "1.5 days");
        assert_eq!(render(days, "d", &[("n", Arg::from("x"))]), "x days");
    }

    #[test]
    fn skips_a_bad_entry_and_says_its_line() {
        let (resource, errors) = Resource::parse("a = { $x\nb = B\nc = {\n  d = D\n");
        assert_eq!(resource.ids(), ["b"]);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("line 1:"), "{errors:?}");
        assert!(errors[1].starts_with("line 3:"), "{errors:?}");
    }
}
