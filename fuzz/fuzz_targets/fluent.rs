//! Any bytes as a language file (alone, or after a small file of every feature): the helper's own
//! Fluent renderer (src/i18n/fluent.rs, the one the browser runs) never panics; and where the file
//! stays within the helper's subset of Fluent, it reads the same entries as fluent-bundle, reports
//! as many errors, and renders every text the same (tests/fluent_subset.rs does this on generated
//! files).
#![no_main]
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use libfuzzer_sys::fuzz_target;
use parole_helper::i18n::{load_skipping, message_ids, tr, Arg, Lang};

const FEATURES: &str = "## Group\n# c\na = A { $n } { \"lit\\u00e9\" }\n    .attr = Attr { b }\n-t = Term\nb =\n    Two\n      lines\n\
c = { $n ->\n    [1] exactly one\n    [one] one\n   *[other] { $n } { -t }\n}\nd = { $s ->\n    [x] X\n   *[y] Y { a.attr }\n}\n";

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let input = String::from_utf8_lossy(rest);
    let text = if first % 2 == 0 { format!("{FEATURES}{input}") } else { input.into_owned() };

    // A file with no text read at all is refused whole (the language keeps what it had): nothing
    // of it to compare.
    let errors = match load_skipping("en", &text) {
        Ok((_, skipped)) => skipped,
        Err(_) => return,
    };
    let ids = message_ids(Lang::En);
    let sets: [&[(&str, Arg)]; 3] =
        [&[], &[("n", Arg::Num(1.0)), ("s", Arg::from("x"))], &[("n", Arg::Num(2.5)), ("s", Arg::from("one"))]];
    let rendered: Vec<String> = ids.iter().flat_map(|id| sets.iter().map(move |args| tr(Lang::En, id, args))).collect();

    // Outside the subset the two differ by design. And fluent-syntax 0.12 panics on a short \u
    // escape followed by a letter outside ASCII (it slices the letter in two to say the error).
    if errors.iter().any(|e| e.contains("not supported") || e.contains("\\u escape")) {
        return;
    }
    let resource = fluent_syntax::parser::parse_runtime(text.as_str()).unwrap_or_else(|(resource, _)| resource);
    if !in_subset(&resource) {
        return;
    }
    let (resource, mut fluent_errors) = match FluentResource::try_new(text.clone()) {
        Ok(resource) => (resource, 0),
        Err((resource, errors)) => (resource, errors.len()),
    };
    let mut bundle = FluentBundle::new(vec!["en".parse().unwrap()]);
    bundle.set_use_isolating(false);
    if let Err(overriding) = bundle.add_resource(resource) {
        fluent_errors += overriding.len();
    }
    assert_eq!(errors.len(), fluent_errors, "errors: {errors:?}");
    let mut rendered = rendered.into_iter();
    for id in &ids {
        for args in sets {
            let (name, attribute) = match id.split_once('.') {
                Some((name, attribute)) => (name, Some(attribute)),
                None => (id.as_str(), None),
            };
            let message = bundle.get_message(name);
            let pattern = match attribute {
                Some(a) => message.and_then(|m| m.get_attribute(a)).map(|a| a.value()),
                None => message.and_then(|m| m.value()),
            };
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                match value {
                    Arg::Str(s) => fluent_args.set(*name, FluentValue::from(s.to_string())),
                    Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
                }
            }
            let mut errors = vec![];
            // An id defined twice lists the second's attributes, which neither renderer uses.
            let theirs = pattern.map_or_else(|| id.clone(), |p| bundle.format_pattern(p, Some(&fluent_args), &mut errors).into_owned());
            assert_eq!(rendered.next().unwrap(), theirs, "{id} with {args:?}");
        }
    }
});

/// Within the subset: no functions, number literals, nested placeables or selects, term attributes
/// or arguments, selects on anything but a variable; number keys before the other keys.
fn in_subset(resource: &ast::Resource<&str>) -> bool {
    resource.body.iter().all(|entry| match entry {
        ast::Entry::Message(m) => m.value.iter().chain(m.attributes.iter().map(|a| &a.value)).all(|p| pattern_ok(p, false)),
        ast::Entry::Term(t) => std::iter::once(&t.value).chain(t.attributes.iter().map(|a| &a.value)).all(|p| pattern_ok(p, false)),
        _ => true,
    })
}

fn pattern_ok(pattern: &ast::Pattern<&str>, in_select: bool) -> bool {
    pattern.elements.iter().all(|element| match element {
        ast::PatternElement::TextElement { .. } => true,
        ast::PatternElement::Placeable { expression: ast::Expression::Inline(inline) } => inline_ok(inline),
        ast::PatternElement::Placeable { expression: ast::Expression::Select { selector, variants } } => {
            let mut named = false;
            !in_select
                && matches!(selector, ast::InlineExpression::VariableReference { .. })
                && variants.iter().all(|v| {
                    let number_after_name = matches!(v.key, ast::VariantKey::NumberLiteral { .. }) && named;
                    named |= matches!(v.key, ast::VariantKey::Identifier { .. });
                    !number_after_name && pattern_ok(&v.value, true)
                })
        }
    })
}

fn inline_ok(inline: &ast::InlineExpression<&str>) -> bool {
    matches!(
        inline,
        ast::InlineExpression::VariableReference { .. }
            | ast::InlineExpression::MessageReference { .. }
            | ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::TermReference { attribute: None, arguments: None, .. }
    )
}
