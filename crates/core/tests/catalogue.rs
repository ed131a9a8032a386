//! The string catalogue is whole: every area's file parses in every
//! language, every key exists in all four with the same placeholders, ids
//! carry their area's prefix, and every `t!("key")` in the code has an
//! English message.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use vitrine_core::i18n::{Catalogue, Lang};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn areas() -> Vec<String> {
    let mut areas: Vec<String> = std::fs::read_dir(root().join("locales/en"))
        .expect("locales/en")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".ftl").map(str::to_string))
        .collect();
    areas.sort();
    areas
}

fn load(lang: Lang, area: &str) -> Catalogue {
    let path = root().join(format!("locales/{}/{area}.ftl", lang.tag()));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Catalogue::parse(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_key_is_in_every_language_with_the_same_placeholders() {
    let mut problems = Vec::new();
    for area in areas() {
        let en = load(Lang::En, &area);
        for key in en.keys() {
            if !key.starts_with(&format!("{area}-")) {
                problems.push(format!("{area}.ftl: {key} does not start with `{area}-`"));
            }
        }
        for lang in [Lang::De, Lang::Fr, Lang::Ar] {
            let other = load(lang, &area);
            let en_keys: BTreeSet<&str> = en.keys().collect();
            let other_keys: BTreeSet<&str> = other.keys().collect();
            for missing in en_keys.difference(&other_keys) {
                problems.push(format!("{}/{area}.ftl: {missing} is missing", lang.tag()));
            }
            for extra in other_keys.difference(&en_keys) {
                problems.push(format!("{}/{area}.ftl: {extra} is not in English", lang.tag()));
            }
            for key in en_keys.intersection(&other_keys) {
                let (a, b) = (en.placeholders(key), other.placeholders(key));
                if a != b {
                    problems.push(format!("{}/{area}.ftl: {key} has placeholders {b:?}, English has {a:?}", lang.tag()));
                }
                for v in other.variant_keys(key) {
                    let known = ["zero", "one", "two", "few", "many", "other"].contains(&v.as_str()) || v.parse::<i64>().is_ok();
                    let from_english = en.variant_keys(key).contains(&v);
                    if !known && !from_english {
                        problems.push(format!("{}/{area}.ftl: {key} has a variant [{v}] that English does not", lang.tag()));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_key_the_code_asks_for_has_an_english_message() {
    let mut english = Catalogue::default();
    for area in areas() {
        english.extend(load(Lang::En, &area));
    }
    let mut files = Vec::new();
    for dir in ["src", "crates/core/src", "crates/server/src"] {
        rust_files(&root().join(dir), &mut files);
    }
    let mut missing: BTreeMap<String, String> = BTreeMap::new();
    let mut asked = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, _) in text.match_indices("t!(\"") {
            // `t!(` itself, not `format_t!(` or similar.
            if text[..i].chars().last().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            // Not in a comment (documentation shows made-up keys).
            let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
            if text[line_start..i].trim_start().starts_with("//") {
                continue;
            }
            let rest = &text[i + 4..];
            let Some(end) = rest.find('"') else { continue };
            let key = &rest[..end];
            asked += 1;
            if !english.contains(key) {
                missing.insert(key.to_string(), file.strip_prefix(root()).unwrap_or(&file).display().to_string());
            }
        }
    }
    assert!(asked > 0, "no t!(\"...\") found: the scan is broken");
    assert!(missing.is_empty(), "keys without an English message:\n{}", missing.iter().map(|(k, f)| format!("{k} ({f})")).collect::<Vec<_>>().join("\n"));
}

/// Attributes whose values are for the machine, not for people.
const TECHNICAL_ATTRIBUTES: &[&str] = &[
    "class", "id", "href", "type", "name", "role", "autocomplete", "inputmode", "for", "target", "rel", "method", "action",
    "src", "srcset", "sizes", "loading", "decoding", "fetchpriority", "part", "slot", "enterkeyhint", "pattern", "accept",
    "width", "height", "min", "max", "step", "tabindex", "dir", "lang", "spellcheck", "autocapitalize", "d", "viewBox",
    "fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "xmlns", "aria-controls", "aria-describedby",
    "aria-labelledby", "aria-hidden", "aria-live", "aria-current", "aria-expanded", "aria-haspopup", "aria-modal",
    "aria-atomic", "aria-relevant", "aria-invalid", "aria-required", "aria-busy", "aria-sort", "aria-orientation",
    "aria-selected", "aria-pressed", "aria-checked", "aria-disabled", "focusable", "datetime", "value", "form", "headers",
    "scope", "colspan", "rowspan", "sandbox", "allow", "referrerpolicy", "crossorigin", "hreflang", "download", "wrap",
    "translate", "draggable", "hidden", "inert", "popover", "popovertarget", "kind", "target_id", "icon", "key", "style",
    "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "points", "transform", "text-anchor", "dominant-baseline",
];

/// `KeyboardEvent.key` values the views compare against.
const KEY_NAMES: &[&str] = &["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight", "Escape", "Enter", "Tab", "Home", "End", "PageUp", "PageDown", "Backspace", "Delete"];

/// The string literals in Rust source, with the byte offset of their opening quote.
fn string_literals(src: &str) -> Vec<(usize, String)> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'\'' => {
                // A char literal ('"', '\''), or a lifetime.
                if bytes.get(i + 2) == Some(&b'\'') {
                    i += 3;
                } else if bytes.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < bytes.len() && bytes[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                } else {
                    i += 1;
                }
            }
            b'r' if (bytes.get(i + 1) == Some(&b'"') || bytes.get(i + 1) == Some(&b'#')) && (i == 0 || !(bytes[i - 1] as char).is_alphanumeric()) => {
                let mut j = i + 1;
                let mut hashes = 0;
                while bytes.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if bytes.get(j) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let start = j + 1;
                let close = format!("\"{}", "#".repeat(hashes));
                let end = src[start..].find(&close).map_or(src.len(), |e| start + e);
                out.push((i, src[start..end].to_string()));
                i = end + close.len();
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    if bytes[j] == b'\\' {
                        j += 1;
                    }
                    j += 1;
                }
                out.push((i, src[start..j.min(src.len())].to_string()));
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// True for text a person would read: words, not class lists, paths,
/// format patterns or identifiers.
fn reads_as_words(s: &str) -> bool {
    let s = s.replace("\\n", " ");
    if !s.chars().any(char::is_alphabetic) {
        return false;
    }
    if let Some(words) = template_words(&s) {
        return words;
    }
    if !s.is_ascii() {
        return true;
    }
    let technical = |tok: &str| {
        tok.is_empty()
            || tok.starts_with("vt-")
            || tok.starts_with('/')
            || tok.starts_with('?')
            || tok.starts_with('#')
            || tok.starts_with('-')
            || tok.starts_with('{')
            || tok.starts_with('.')
            || tok.starts_with('[')
            // An HTML entity ("&amp;").
            || (tok.starts_with('&') && tok.ends_with(';'))
            || tok.contains("://")
            || tok.contains('=')
            || (tok.contains('/') && !tok.chars().any(|c| c.is_ascii_uppercase()))
            || KEY_NAMES.contains(&tok)
            // An HTTP header ("Idempotency-Key") or a JavaScript option name ("maximumFractionDigits").
            || (tok.contains('-') && tok.split('-').all(|p| p.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && p.chars().all(|c| c.is_ascii_alphanumeric())))
            || (tok.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && tok.chars().all(|c| c.is_ascii_alphanumeric()))
            || !tok.chars().any(|c| c.is_ascii_alphabetic())
            || tok.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' || c == ':' || c == '.' || c == '{' || c == '}')
    };
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.iter().all(|w| technical(w))
}

/// For markup written as text (the embedded widgets' views, src/embed/views.rs):
/// whether what a person reads of it (its text nodes, and its `aria-label`,
/// `title`, `alt` and `placeholder` values) holds words, rather than only
/// placeholders filled from the catalogue. `None` when `s` is not markup.
fn template_words(s: &str) -> Option<bool> {
    let s = s.replace("\\\"", "\"");
    if !s.trim_start().starts_with('<') || !s.contains('>') {
        return None;
    }
    let mut read = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => read.push(c),
            _ => {}
        }
    }
    for attr in ["aria-label=\"", "title=\"", "alt=\"", "placeholder=\""] {
        for (i, _) in s.match_indices(attr) {
            let value = &s[i + attr.len()..];
            read.push(' ');
            read.push_str(&value[..value.find('"').unwrap_or(value.len())]);
        }
    }
    // Placeholders (`{}`, `{name}`, `{name:?}`) are filled from elsewhere.
    let mut bare = String::new();
    let mut depth = 0u32;
    for c in read.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    Some(bare.chars().any(char::is_alphabetic))
}

#[test]
fn no_view_holds_a_literal_user_facing_string() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // Tests are not views.
        let code = text.split("#[cfg(test)]").next().unwrap_or(&text);
        for (at, lit) in string_literals(code) {
            if !reads_as_words(&lit) {
                continue;
            }
            let line_start = code[..at].rfind('\n').map_or(0, |n| n + 1);
            let line_end = code[at..].find('\n').map_or(code.len(), |n| at + n);
            let line = &code[line_start..line_end];
            let before = code[..at].trim_end();
            // `attr="value"` with a machine attribute.
            if let Some(head) = before.strip_suffix('=') {
                let attr: String = head.chars().rev().take_while(|c| c.is_ascii_alphanumeric() || "-_:".contains(*c)).collect::<Vec<_>>().into_iter().rev().collect();
                let attr = attr.rsplit(':').next().unwrap_or(&attr).to_string();
                if TECHNICAL_ATTRIBUTES.contains(&attr.as_str()) || attr.starts_with("data-") {
                    continue;
                }
            }
            // Messages for developers (console, panics), keys, and lines marked as not shown.
            let exempt = ["expect(", "panic!(", "console::", "unreachable!(", "debug_assert", "t!(", "i18n: not shown", "log!(", "Decode(", "set_attribute(\"class\"", "set_property(\"--", "query_selector"];
            if exempt.iter().any(|e| line.contains(e)) {
                continue;
            }
            let previous_line = code[..line_start.saturating_sub(1)].rsplit('\n').next().unwrap_or("");
            if previous_line.contains("i18n: not shown") {
                continue;
            }
            let line_no = code[..at].matches('\n').count() + 1;
            found.push(format!("{}:{line_no}: {lit:?}", file.strip_prefix(root()).unwrap_or(&file).display()));
        }
    }
    assert!(found.is_empty(), "{} literal strings a person reads are not in the catalogue (use t!(\"...\"), or mark a line `// i18n: not shown`):\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_literal_string_scan_finds_what_it_should() {
    let src = r##"view! { <button class="vt-a vt-b" aria-label="Close the cart">"Add to cart"</button> <a href="/orders/lookup">{t!("x")}</a> }"##;
    let hits: Vec<String> = string_literals(src).into_iter().map(|(_, s)| s).filter(|s| reads_as_words(s)).collect();
    assert_eq!(hits, ["Close the cart", "Add to cart"]);
    assert!(reads_as_words("Bestellung"));
    assert!(reads_as_words("سلة"));
    assert!(!reads_as_words("vt-card vt-card--sale"));
    assert!(!reads_as_words("/products/{}"));
    assert!(!reads_as_words("{}-{}"));
}

#[test]
fn markup_written_as_text_is_read_for_its_words() {
    assert_eq!(template_words(r#"<p class="vt-x">{}</p>"#), Some(false));
    assert_eq!(template_words(r#"<button aria-label="{}" data-act="add">{}</button>"#), Some(false));
    assert_eq!(template_words(r#"<p class="vt-x">Sold out</p>"#), Some(true));
    assert_eq!(template_words(r#"<button aria-label="Close">{}</button>"#), Some(true));
    assert_eq!(template_words(r#"<img alt="A tote" src="{}">"#), Some(true));
    assert_eq!(template_words("Add to cart"), None);
    assert!(reads_as_words(r#"<span>Was {}</span>"#));
    assert!(!reads_as_words("&amp;"));
}
