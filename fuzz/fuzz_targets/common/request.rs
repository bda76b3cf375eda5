//! A request built from fuzz bytes: any answers, of the right kind, in any question of the
//! catalogue. Shared by the targets that start from a request.
use arbitrary::{Arbitrary, Unstructured};
use parole_helper::form::catalogue::{all, Kind};
use parole_helper::program::Program;
use serde_json::{Map, Value};

fn set(root: &mut Map<String, Value>, path: &str, value: Value) {
    let mut keys = path.split('.').peekable();
    let mut node = root;
    while let Some(key) = keys.next() {
        if keys.peek().is_none() {
            node.insert(key.to_string(), value);
            return;
        }
        node = node.entry(key.to_string()).or_insert_with(|| Value::Object(Map::new())).as_object_mut().unwrap();
    }
}

/// The request's JSON text, from the start of `u`.
pub fn request(u: &mut Unstructured) -> String {
    let mut form = Map::new();
    for field in all() {
        if !bool::arbitrary(u).unwrap_or(false) {
            continue;
        }
        let value = match field.kind {
            Kind::YesNo => Value::Bool(bool::arbitrary(u).unwrap_or(true)),
            Kind::Choice(list) if !list.is_empty() => {
                Value::String(list[usize::arbitrary(u).unwrap_or(0) % list.len()].value.into())
            }
            Kind::Choices(list) if !list.is_empty() => {
                Value::Array(vec![Value::String(list[usize::arbitrary(u).unwrap_or(0) % list.len()].value.into())])
            }
            Kind::Program => Value::String(Program::ALL[usize::arbitrary(u).unwrap_or(0) % Program::ALL.len()].id().into()),
            Kind::Toggle => Value::Object(Map::new()),
            // Up to 5 names: more than the form's 3 rows go to Part 13.
            Kind::NameList => Value::Array(
                (0..u8::arbitrary(u).unwrap_or(1) % 6)
                    .map(|_| serde_json::json!({ "familyName": String::arbitrary(u).unwrap_or_default(), "givenName": String::arbitrary(u).unwrap_or_default() }))
                    .collect(),
            ),
            _ => Value::String(String::arbitrary(u).unwrap_or_default()),
        };
        if field.kind == Kind::Toggle {
            // A toggle is the object its questions live in: keep what they already hold.
            let mut keys = field.path.split('.');
            let (a, b) = (keys.next().unwrap(), keys.next().unwrap());
            form.entry(a.to_string()).or_insert_with(|| Value::Object(Map::new())).as_object_mut().unwrap().entry(b.to_string()).or_insert(value);
        } else {
            set(&mut form, field.path, value);
        }
    }
    Value::Object(form).to_string()
}
