//! Writing a request as JSON, through the question catalogue: the answers in form order, groups
//! as nested objects, nothing for an unanswered question, and the model version first.
//!
//! ```
//! use parole_helper::form::{read::read, write::to_json};
//!
//! let form = read(r#"{"filer":{"aNumber":"A123456789"},"workPermit":true}"#).unwrap().form;
//! assert_eq!(to_json(&form), r#"{"schemaVersion":3,"filer":{"aNumber":"A123456789"},"workPermit":true}"#);
//! assert_eq!(read(&to_json(&form)).unwrap().form, form); // it reads back the same
//! ```

use super::catalogue::{self, Slot};
use super::{ParoleRequest, SCHEMA_VERSION};

/// A JSON value being built: objects keep their members in the order they were added.
enum Node {
    Object(Vec<(&'static str, Node)>),
    /// A value already written as JSON text.
    Leaf(String),
}

impl Node {
    /// The object member `key`, added (empty) if missing.
    fn member(&mut self, key: &'static str) -> &mut Node {
        let Node::Object(members) = self else { unreachable!("members are only asked of objects") };
        let at = match members.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                members.push((key, Node::Object(Vec::new())));
                members.len() - 1
            }
        };
        &mut members[at].1
    }

    fn write(&self, out: &mut String, indent: Option<usize>) {
        match self {
            Node::Leaf(json) => out.push_str(json),
            Node::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if let Some(depth) = indent {
                        out.push('\n');
                        out.push_str(&"  ".repeat(depth + 1));
                    }
                    out.push_str(&string(key));
                    out.push_str(if indent.is_some() { ": " } else { ":" });
                    value.write(out, indent.map(|d| d + 1));
                }
                if let (Some(depth), false) = (indent, members.is_empty()) {
                    out.push('\n');
                    out.push_str(&"  ".repeat(depth));
                }
                out.push('}');
            }
        }
    }
}

/// A JSON string.
fn string(text: &str) -> String {
    // Strings cannot fail to serialize.
    serde_json::to_string(text).unwrap_or_default()
}

fn list<'a>(items: impl Iterator<Item = String> + 'a) -> String {
    format!("[{}]", items.collect::<Vec<_>>().join(","))
}

/// The request as a tree of JSON values.
fn tree(form: &ParoleRequest) -> Node {
    let mut root = Node::Object(vec![("schemaVersion", Node::Leaf(SCHEMA_VERSION.to_string()))]);
    for question in catalogue::all() {
        let leaf = match question.slot {
            Slot::Text { get, .. } => get(form).filter(|t| !t.is_empty()).map(string),
            Slot::YesNo { get, .. } => get(form).map(|b| b.to_string()),
            Slot::Choice { get, .. } => get(form).map(string),
            Slot::Choices { get, .. } => Some(get(form)).filter(|ids| !ids.is_empty()).map(|ids| list(ids.into_iter().map(string))),
            Slot::Names { get, .. } => Some(get(form)).filter(|names| !names.is_empty()).map(|names| {
                list(names.iter().map(|name| {
                    let parts = [("familyName", &name.family_name), ("givenName", &name.given_name), ("middleName", &name.middle_name)];
                    let members: Vec<String> =
                        parts.iter().filter_map(|(key, value)| value.as_deref().map(|v| format!("{}:{}", string(key), string(v)))).collect();
                    format!("{{{}}}", members.join(","))
                }))
            }),
            // A group that is there is an object, filled by its own questions.
            Slot::Toggle { get, .. } => {
                if get(form) {
                    let mut node = &mut root;
                    for key in question.path.split('.') {
                        node = node.member(key);
                    }
                }
                None
            }
        };
        if let Some(json) = leaf {
            let mut keys = question.path.split('.').peekable();
            let mut node = &mut root;
            while let Some(key) = keys.next() {
                if keys.peek().is_none() {
                    let Node::Object(members) = node else { break };
                    members.push((key, Node::Leaf(json)));
                    break;
                }
                node = node.member(key);
            }
        }
    }
    root
}

/// The request as compact JSON.
pub fn to_json(form: &ParoleRequest) -> String {
    let mut out = String::new();
    tree(form).write(&mut out, None);
    out
}

/// The request as JSON indented by two spaces, with a final newline (for a file people may open).
pub fn to_json_pretty(form: &ParoleRequest) -> String {
    let mut out = String::new();
    tree(form).write(&mut out, Some(0));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::read::read;

    #[test]
    fn every_example_reads_back_the_same() {
        for text in [
            include_str!("../../examples/initial-medical-from-abroad.json"),
            include_str!("../../examples/reparole-no-program.json"),
            include_str!("../../examples/reparole-ukraine.json"),
            include_str!("../../examples/reparole-medical-child.json"),
            include_str!("../../examples/reparole-medical-mother.json"),
        ] {
            let form = read(text).unwrap().form;
            assert_eq!(read(&to_json(&form)).unwrap().form, form);
            assert_eq!(read(&to_json_pretty(&form)).unwrap().form, form);
            // The examples are written by this writer: exports look like them.
            assert_eq!(to_json_pretty(&form), text);
        }
    }

    #[test]
    fn groups_lists_and_escapes() {
        let json = r#"{"filer":{"name":{"familyName":"Ana \"La\" Luna\n"},"otherNames":[{"givenName":"Ana"},{}],"physicalAddress":{}},"biographics":{"race":["white","asian"]}}"#;
        let form = read(json).unwrap().form;
        assert_eq!(
            to_json(&form),
            r#"{"schemaVersion":3,"filer":{"name":{"familyName":"Ana \"La\" Luna\n"},"otherNames":[{"givenName":"Ana"},{}],"physicalAddress":{}},"biographics":{"race":["white","asian"]}}"#
        );
        assert_eq!(to_json(&ParoleRequest::default()), r#"{"schemaVersion":3}"#);
        assert_eq!(to_json_pretty(&ParoleRequest::default()), "{\n  \"schemaVersion\": 3\n}\n");
    }
}
