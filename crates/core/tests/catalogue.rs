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
