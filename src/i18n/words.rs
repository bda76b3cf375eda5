//! The registry of loaded languages: each language's Fluent file, parsed once per thread, and the
//! lookup every text goes through. A text missing in a language falls back to English; a text
//! missing everywhere is its id (the completeness test keeps that from shipping).
//!
//! TEMPORARY (issue 17, in progress): backed by the `fluent-bundle` crate while the texts move into
//! the files; to be replaced by the small renderer in `fluent.rs` (cross-checked against it).

use super::{Arg, Lang, LANGUAGES};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;
use std::rc::Rc;

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    static BUNDLES: RefCell<Vec<Option<Rc<Bundle>>>> = RefCell::new(Vec::new());
}

fn bundle_from(lang: Lang, text: &str) -> Result<Bundle, Vec<String>> {
    let resource = FluentResource::try_new(text.to_string())
        .map_err(|(_, errors)| errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>())?;
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).map_err(|errors| errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>())?;
    Ok(bundle)
}

fn bundle(lang: Lang) -> Option<Rc<Bundle>> {
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        if bundles.len() < LANGUAGES.len() {
            bundles.resize(LANGUAGES.len(), None);
        }
        let slot = &mut bundles[lang.index()];
        if slot.is_none() {
            if let Some(text) = lang.language().words {
                *slot = bundle_from(lang, text).ok().map(Rc::new);
            }
        }
        slot.clone()
    })
}

/// Loads a language's file (the page does this when a language is chosen). Errors name the lines
/// the file could not be read at; the language is then left as it was.
pub fn load(code: &str, text: &str) -> Result<Lang, Vec<String>> {
    let lang = Lang::parse(Some(code)).map_err(|e| vec![e.message(Lang::En)])?;
    let loaded = bundle_from(lang, text)?;
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        if bundles.len() < LANGUAGES.len() {
            bundles.resize(LANGUAGES.len(), None);
        }
        bundles[lang.index()] = Some(Rc::new(loaded));
    });
    Ok(lang)
}

fn format_in(bundle: &Bundle, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let (message_id, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let message = bundle.get_message(message_id)?;
    let pattern = match attribute {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Str(s) => fluent_args.set(*name, FluentValue::from(s.to_string())),
            Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = vec![];
    Some(bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned())
}

/// The text `id` (`"message"` or `"message.attribute"`) in `lang`, placeholders filled from `args`.
/// Use the [`t!`](crate::t) macro rather than calling this.
pub fn tr(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    if let Some(text) = bundle(lang).and_then(|b| format_in(&b, id, args)) {
        return text;
    }
    if lang != Lang::En {
        if let Some(text) = bundle(Lang::En).and_then(|b| format_in(&b, id, args)) {
            return text;
        }
    }
    id.to_string()
}

/// Every text id of a loaded language (`message` and `message.attribute`), in file order.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let Some(bundle) = bundle(lang) else { return vec![] };
    let Some(text) = lang.language().words else { return vec![] };
    let _ = bundle;
    ids_of(text)
}

fn ids_of(text: &str) -> Vec<String> {
    let Ok(resource) = FluentResource::try_new(text.to_string()) else { return vec![] };
    let mut ids = vec![];
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(message) = entry {
            if message.value.is_some() {
                ids.push(message.id.name.to_string());
            }
            for attribute in &message.attributes {
                ids.push(format!("{}.{}", message.id.name, attribute.id.name));
            }
        }
    }
    ids
}

/// The ids English has and `lang` lacks.
pub fn missing_ids(lang: Lang) -> Vec<String> {
    let theirs: std::collections::HashSet<String> = message_ids(lang).into_iter().collect();
    message_ids(Lang::En).into_iter().filter(|id| !theirs.contains(id)).collect()
}

/// The placeholders a text of `lang` uses (`$name` without the `$`), sorted.
pub fn variables(lang: Lang, id: &str) -> Vec<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
    fn walk_pattern(p: &Pattern<&str>, out: &mut Vec<String>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                walk_expression(expression, out);
            }
        }
    }
    fn walk_inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            InlineExpression::Placeable { expression } => walk_expression(expression, out),
            _ => {}
        }
    }
    fn walk_expression(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => walk_inline(i, out),
            Expression::Select { selector, variants } => {
                walk_inline(selector, out);
                for v in variants {
                    walk_pattern(&v.value, out);
                }
            }
        }
    }
    let Some(bundle) = bundle(lang) else { return vec![] };
    let (message_id, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let Some(message) = bundle.get_message(message_id) else { return vec![] };
    let pattern = match attribute {
        Some(a) => message.get_attribute(a).map(|a| a.value()),
        None => message.value(),
    };
    let mut out = vec![];
    if let Some(p) = pattern {
        walk_pattern(p, &mut out);
    }
    out.sort();
    out.dedup();
    out
}
