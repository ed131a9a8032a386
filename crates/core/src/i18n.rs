//! The string catalogue: every word a shopper or an operator reads, in
//! English, German, French and Arabic (right to left).
//!
//! Catalogues are written in [Fluent](https://projectfluent.org) syntax,
//! one file per language and area under `locales/{lang}/{area}.ftl`, and read
//! by the small runtime here (messages, `{ $placeholders }`, and select
//! expressions on CLDR plural categories or on words), shared by the
//! browser and the server. The `fluent-bundle` crate would carry its own
//! parser, plural tables and number formatting into every wasm; this one
//! leaves numbers to the browser's `Intl` (see [`set_number_format`]).
//!
//! ```text
//! cart-title = Your cart
//! cart-count = { $count ->
//!     [one] { $count } item
//!    *[other] { $count } items
//! }
//! ```
//!
//! Code asks for a message with [`t!`](crate::t): `t!("cart-title")`,
//! `t!("cart-count", count = 3)`. Which language answers is decided once
//! per process by the host ([`set_current`]): the storefront picks the
//! shopper's language at boot; the server picks each request's from
//! `Accept-Language`. A key missing in that language falls back to English,
//! and a key missing in English shows as the key itself (tests find those).

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{OnceLock, RwLock};

/// A language the storefront speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Ar];

    /// BCP 47 language subtag: "en", "de", "fr", "ar".
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in itself, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
        }
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `dir` for the document: "rtl" or "ltr".
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The language of a BCP 47 tag ("de", "de-AT", "fr_CA"), if spoken here.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The best language for an `Accept-Language` header ("de-CH, fr;q=0.8,
    /// en;q=0.5"): the highest-weighted one spoken here, English when none is.
    pub fn negotiate(accept_language: &str) -> Lang {
        let mut best: Option<(u32, usize, Lang)> = None;
        for (i, part) in accept_language.split(',').enumerate() {
            let mut bits = part.split(';');
            let tag = bits.next().unwrap_or("").trim();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .map(|q| (q.trim().parse::<f32>().unwrap_or(0.0).clamp(0.0, 1.0) * 1000.0) as u32)
                .unwrap_or(1000);
            if q == 0 {
                continue;
            }
            if let Some(lang) = Lang::from_tag(tag) {
                // Highest weight wins; on a tie, the earlier entry.
                if best.is_none_or(|(bq, bi, _)| q > bq || (q == bq && i < bi)) {
                    best = Some((q, i, lang));
                }
            }
        }
        best.map(|(_, _, l)| l).unwrap_or_default()
    }

    /// The first language in a list of preferences (`navigator.languages`)
    /// that is spoken here.
    pub fn first_of<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(Lang::from_tag)
    }

    /// The CLDR plural category of the integer `n` in this language.
    pub fn plural(self, n: i64) -> Plural {
        let n = n.unsigned_abs();
        match self {
            Lang::En | Lang::De => {
                if n == 1 { Plural::One } else { Plural::Other }
            }
            Lang::Fr => {
                if n <= 1 {
                    Plural::One
                } else if n % 1_000_000 == 0 {
                    Plural::Many
                } else {
                    Plural::Other
                }
            }
            Lang::Ar => match (n, n % 100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
        }
    }

    /// Writes an integer the way this language groups digits (the server's
    /// choice; the browser uses `Intl.NumberFormat` instead).
    pub fn group_digits(self, n: i64) -> String {
        let sep = match self {
            Lang::En | Lang::Ar => ",",
            Lang::De => ".",
            Lang::Fr => "\u{202f}",
        };
        let digits = n.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + 4);
        if n < 0 {
            out.push('-');
        }
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(sep);
            }
            out.push(ch);
        }
        out
    }
}

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// A value for a placeholder.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// Text, put in as is (a name, a price already formatted).
    Str(Cow<'a, str>),
    /// A count: written in the language's digits and grouping, and what a
    /// plural select expression chooses by.
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s.as_str()))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
num_arg!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize);

/// Looks a message up in the current language: `t!("cart-title")`, or with
/// placeholders `t!("cart-count", count = n, name = &product.title)`.
/// Numbers become counts ([`Arg::Num`]); strings are put in as they are.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::text($key, &[])
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Text(String),
    Var(String),
    Select { var: String, variants: Vec<(String, Vec<Part>)>, default: usize },
}

/// Messages of one language, parsed from one or more `.ftl` sources.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalogue {
    messages: BTreeMap<String, Vec<Part>>,
}

/// Where a catalogue source is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl Catalogue {
    /// Parses a Fluent source: `id = pattern` messages, continued on
    /// indented lines; `#` comments. Ids are letters, digits, `-` and `_`.
    pub fn parse(src: &str) -> Result<Catalogue, ParseError> {
        let mut cat = Catalogue::default();
        let mut current: Option<(usize, String, String)> = None;
        let finish = |cat: &mut Catalogue, cur: Option<(usize, String, String)>| -> Result<(), ParseError> {
            if let Some((line, id, value)) = cur {
                let parts = parse_pattern(&value).map_err(|message| ParseError { line, message: format!("{id}: {message}") })?;
                if cat.messages.insert(id.clone(), parts).is_some() {
                    return Err(ParseError { line, message: format!("{id} is defined twice") });
                }
            }
            Ok(())
        };
        for (i, raw) in src.lines().enumerate() {
            let line_no = i + 1;
            let line = raw.trim_end();
            // Indented lines continue a message; so do lines starting with `}`, `[` or `*` (a select expression's end and variants).
            if line.starts_with(' ') || line.starts_with('\t') || (line.starts_with(['}', '[', '*']) && current.is_some()) {
                match current.as_mut() {
                    Some((_, _, value)) => {
                        if !value.is_empty() {
                            value.push('\n');
                        }
                        value.push_str(line.trim_start());
                    }
                    None if line.trim().is_empty() => {}
                    None => return Err(ParseError { line: line_no, message: "an indented line outside a message".into() }),
                }
                continue;
            }
            if line.is_empty() || line.starts_with('#') {
                finish(&mut cat, current.take())?;
                continue;
            }
            finish(&mut cat, current.take())?;
            let Some((id, value)) = line.split_once('=') else {
                return Err(ParseError { line: line_no, message: format!("expected `id = text`, found {line:?}") });
            };
            let id = id.trim();
            let valid = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !valid {
                return Err(ParseError { line: line_no, message: format!("{id:?} is not a message id") });
            }
            current = Some((line_no, id.to_string(), value.trim_start().to_string()));
        }
        finish(&mut cat, current.take())?;
        Ok(cat)
    }

    /// Adds `other`'s messages (replacing any of the same id).
    pub fn extend(&mut self, other: Catalogue) {
        self.messages.extend(other.messages);
    }

    pub fn contains(&self, key: &str) -> bool {
        self.messages.contains_key(key)
    }

    pub fn len(&self) -> usize {
        self.messages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// Every message id.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// The placeholders a message uses (in any variant), without `$`.
    pub fn placeholders(&self, key: &str) -> BTreeSet<String> {
        fn walk(parts: &[Part], out: &mut BTreeSet<String>) {
            for p in parts {
                match p {
                    Part::Text(_) => {}
                    Part::Var(v) => {
                        out.insert(v.clone());
                    }
                    Part::Select { var, variants, .. } => {
                        out.insert(var.clone());
                        for (_, parts) in variants {
                            walk(parts, out);
                        }
                    }
                }
            }
        }
        let mut out = BTreeSet::new();
        if let Some(parts) = self.messages.get(key) {
            walk(parts, &mut out);
        }
        out
    }

    /// The variant keys of every select expression in a message.
    pub fn variant_keys(&self, key: &str) -> Vec<String> {
        fn walk(parts: &[Part], out: &mut Vec<String>) {
            for p in parts {
                if let Part::Select { variants, .. } = p {
                    for (k, parts) in variants {
                        out.push(k.clone());
                        walk(parts, out);
                    }
                }
            }
        }
        let mut out = Vec::new();
        if let Some(parts) = self.messages.get(key) {
            walk(parts, &mut out);
        }
        out
    }

    /// The message `key` in `lang` with `args` put in, or `None` when the
    /// catalogue has no such message. Counts are written by `number`.
    pub fn format(&self, lang: Lang, key: &str, args: &[(&str, Arg)], number: &dyn Fn(Lang, i64) -> String) -> Option<String> {
        let parts = self.messages.get(key)?;
        let mut out = String::new();
        write_parts(parts, lang, args, number, &mut out);
        Some(out)
    }
}

fn write_parts(parts: &[Part], lang: Lang, args: &[(&str, Arg)], number: &dyn Fn(Lang, i64) -> String, out: &mut String) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
    for part in parts {
        match part {
            Part::Text(s) => out.push_str(s),
            Part::Var(name) => {
                let text = match arg(name) {
                    Some(Arg::Str(s)) => s.to_string(),
                    Some(Arg::Num(n)) => number(lang, *n),
                    None => format!("{{${name}}}"),
                };
                // In right-to-left text, a placeable (a number, an order
                // number, a name in Latin letters) keeps its own direction.
                if lang.is_rtl() {
                    out.push('\u{2068}');
                    out.push_str(&text);
                    out.push('\u{2069}');
                } else {
                    out.push_str(&text);
                }
            }
            Part::Select { var, variants, default } => {
                let chosen = match arg(var) {
                    Some(Arg::Num(n)) => {
                        let exact = n.to_string();
                        let category = lang.plural(*n).name();
                        variants.iter().position(|(k, _)| *k == exact).or_else(|| variants.iter().position(|(k, _)| k == category))
                    }
                    Some(Arg::Str(s)) => variants.iter().position(|(k, _)| k == s.as_ref()),
                    None => None,
                }
                .unwrap_or(*default);
                write_parts(&variants[chosen].1, lang, args, number, out);
            }
        }
    }
}

/// Parses a message's value.
fn parse_pattern(src: &str) -> Result<Vec<Part>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut pos = 0;
    let parts = parse_parts(&chars, &mut pos, false)?;
    if pos < chars.len() {
        return Err(format!("unexpected {:?}", chars[pos]));
    }
    Ok(parts)
}

/// Text and placeables up to the end, or (in a variant) up to the end of the line.
fn parse_parts(chars: &[char], pos: &mut usize, in_variant: bool) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    let mut text = String::new();
    while *pos < chars.len() {
        let c = chars[*pos];
        if in_variant && c == '\n' {
            break;
        }
        match c {
            '{' => {
                *pos += 1;
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                }
                match parse_placeable(chars, pos)? {
                    Part::Text(s) => text.push_str(&s),
                    p => parts.push(p),
                }
            }
            '}' => return Err("an unmatched `}`".into()),
            _ => {
                text.push(c);
                *pos += 1;
            }
        }
    }
    if in_variant {
        let trimmed = text.trim_end().len();
        text.truncate(trimmed);
    }
    if !text.is_empty() {
        parts.push(Part::Text(text));
    }
    Ok(parts)
}

fn skip_ws(chars: &[char], pos: &mut usize) {
    while *pos < chars.len() && chars[*pos].is_whitespace() {
        *pos += 1;
    }
}

fn ident(chars: &[char], pos: &mut usize) -> String {
    let start = *pos;
    while *pos < chars.len() && (chars[*pos].is_ascii_alphanumeric() || chars[*pos] == '-' || chars[*pos] == '_') {
        *pos += 1;
    }
    chars[start..*pos].iter().collect()
}

/// After `{`: `$var }`, `"literal" }` or `$var -> [key] ... *[key] ... }`.
fn parse_placeable(chars: &[char], pos: &mut usize) -> Result<Part, String> {
    skip_ws(chars, pos);
    let expect_close = |pos: &mut usize| -> Result<(), String> {
        skip_ws(chars, pos);
        if chars.get(*pos) == Some(&'}') {
            *pos += 1;
            Ok(())
        } else {
            Err("a placeable is not closed with `}`".into())
        }
    };
    match chars.get(*pos) {
        Some('"') => {
            *pos += 1;
            let mut s = String::new();
            while *pos < chars.len() && chars[*pos] != '"' {
                if chars[*pos] == '\\' && *pos + 1 < chars.len() {
                    *pos += 1;
                }
                s.push(chars[*pos]);
                *pos += 1;
            }
            if *pos >= chars.len() {
                return Err("an unclosed string literal".into());
            }
            *pos += 1;
            expect_close(pos)?;
            Ok(Part::Text(s))
        }
        Some('$') => {
            *pos += 1;
            let var = ident(chars, pos);
            if var.is_empty() {
                return Err("`$` without a name".into());
            }
            skip_ws(chars, pos);
            if chars.get(*pos) == Some(&'-') && chars.get(*pos + 1) == Some(&'>') {
                *pos += 2;
                let mut variants = Vec::new();
                let mut default = None;
                loop {
                    skip_ws(chars, pos);
                    match chars.get(*pos) {
                        Some('}') => {
                            *pos += 1;
                            break;
                        }
                        Some('*') | Some('[') => {
                            if chars[*pos] == '*' {
                                if default.is_some() {
                                    return Err(format!("${var}: two default variants"));
                                }
                                default = Some(variants.len());
                                *pos += 1;
                            }
                            if chars.get(*pos) != Some(&'[') {
                                return Err(format!("${var}: expected `[` after `*`"));
                            }
                            *pos += 1;
                            skip_ws(chars, pos);
                            let start = *pos;
                            while *pos < chars.len() && chars[*pos] != ']' && chars[*pos] != '\n' {
                                *pos += 1;
                            }
                            if chars.get(*pos) != Some(&']') {
                                return Err(format!("${var}: a variant key is not closed with `]`"));
                            }
                            let key: String = chars[start..*pos].iter().collect::<String>().trim().to_string();
                            *pos += 1;
                            while *pos < chars.len() && (chars[*pos] == ' ' || chars[*pos] == '\t') {
                                *pos += 1;
                            }
                            let parts = parse_parts(chars, pos, true)?;
                            variants.push((key, parts));
                        }
                        Some(c) => return Err(format!("${var}: unexpected {c:?} among the variants")),
                        None => return Err(format!("${var}: the select expression is not closed")),
                    }
                }
                let Some(default) = default else {
                    return Err(format!("${var}: no default variant (`*[other]`)"));
                };
                Ok(Part::Select { var, variants, default })
            } else {
                expect_close(pos)?;
                Ok(Part::Var(var))
            }
        }
        Some(c) => Err(format!("unsupported placeable starting with {c:?}")),
        None => Err("a placeable is not closed".into()),
    }
}

// ---------------------------------------------------------------------------
// The process's catalogues and current language.

static CATALOGUES: RwLock<Option<[Catalogue; 4]>> = RwLock::new(None);
static CURRENT: OnceLock<fn() -> Lang> = OnceLock::new();
static NUMBER: OnceLock<fn(Lang, i64) -> String> = OnceLock::new();

/// The English messages of the core itself (statuses, address fields and
/// their validation, cart and return problems), always present.
pub const CORE_EN: &str = include_str!("../../../locales/en/core.ftl");

fn index(lang: Lang) -> usize {
    lang as usize
}

/// Adds messages in `lang` to the process's catalogue (at boot, or when a
/// language's strings arrive). A source that does not parse is an error.
pub fn add(lang: Lang, src: &str) -> Result<(), ParseError> {
    let parsed = Catalogue::parse(src)?;
    let mut guard = CATALOGUES.write().unwrap_or_else(|e| e.into_inner());
    let all = guard.get_or_insert_with(initial);
    all[index(lang)].extend(parsed);
    Ok(())
}

fn initial() -> [Catalogue; 4] {
    let en = Catalogue::parse(CORE_EN).expect("locales/en/core.ftl parses");
    [en, Catalogue::default(), Catalogue::default(), Catalogue::default()]
}

/// Tells the catalogue how to find the language in effect (once per
/// process): the storefront's choice, or the request's on the server.
pub fn set_current(f: fn() -> Lang) {
    let _ = CURRENT.set(f);
}

/// Tells the catalogue how to write counts (once per process); by default
/// [`Lang::group_digits`].
pub fn set_number_format(f: fn(Lang, i64) -> String) {
    let _ = NUMBER.set(f);
}

/// The language in effect.
pub fn current() -> Lang {
    CURRENT.get().map(|f| f()).unwrap_or_default()
}

fn number(lang: Lang, n: i64) -> String {
    match NUMBER.get() {
        Some(f) => f(lang, n),
        None => lang.group_digits(n),
    }
}

/// The message `key` in the current language (see [`t!`](crate::t)).
pub fn text(key: &str, args: &[(&str, Arg)]) -> String {
    text_in(current(), key, args)
}

/// The message `key` in `lang`: that language's, else English, else the key.
pub fn text_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let mut guard = CATALOGUES.write().unwrap_or_else(|e| e.into_inner());
    let all = guard.get_or_insert_with(initial);
    all[index(lang)]
        .format(lang, key, args, &number)
        .or_else(|| all[0].format(Lang::En, key, args, &number))
        .unwrap_or_else(|| key.to_string())
}

/// The key among `keys` whose message (without values), in any language,
/// is `text`: words a message wrote and something stored, to be written
/// again in another language.
pub fn key_of<'k>(text: &str, keys: impl IntoIterator<Item = &'k str>) -> Option<&'k str> {
    keys.into_iter().find(|key| Lang::ALL.into_iter().any(|lang| text_in(lang, key, &[]) == text))
}

/// True when `key` has a message in `lang` (not counting the English fallback).
pub fn has(lang: Lang, key: &str) -> bool {
    let mut guard = CATALOGUES.write().unwrap_or_else(|e| e.into_inner());
    guard.get_or_insert_with(initial)[index(lang)].contains(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(cat: &Catalogue, lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
        cat.format(lang, key, args, &|l, n| l.group_digits(n)).unwrap()
    }

    const SRC: &str = r#"
# A comment
title = Your cart
hello = Hello, { $name }!
items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
items-ar = { $count ->
    [zero] لا منتجات
    [one] منتج واحد
    [two] منتجان
    [few] { $count } منتجات
    [many] { $count } منتجًا
   *[other] { $count } منتج
}
kind = Paid by { $kind ->
    [card] card
   *[other] another way
}.
brace = {"{"}literal{"}"}
multi = First line
    second line
"#;

    #[test]
    fn parses_messages_placeholders_and_selects() {
        let cat = Catalogue::parse(SRC).unwrap();
        assert_eq!(cat.len(), 7);
        assert_eq!(fmt(&cat, Lang::En, "title", &[]), "Your cart");
        assert_eq!(fmt(&cat, Lang::En, "hello", &[("name", "Ada".into())]), "Hello, Ada!");
        assert_eq!(fmt(&cat, Lang::En, "items", &[("count", 1.into())]), "1 item");
        assert_eq!(fmt(&cat, Lang::En, "items", &[("count", 1234.into())]), "1,234 items");
        assert_eq!(fmt(&cat, Lang::De, "items", &[("count", 1234.into())]), "1.234 items");
        assert_eq!(fmt(&cat, Lang::En, "kind", &[("kind", "card".into())]), "Paid by card.");
        assert_eq!(fmt(&cat, Lang::En, "kind", &[("kind", "bank".into())]), "Paid by another way.");
        assert_eq!(fmt(&cat, Lang::En, "brace", &[]), "{literal}");
        assert_eq!(fmt(&cat, Lang::En, "multi", &[]), "First line\nsecond line");
        assert_eq!(cat.placeholders("items"), BTreeSet::from(["count".to_string()]));
        assert_eq!(cat.placeholders("kind"), BTreeSet::from(["kind".to_string()]));
    }

    #[test]
    fn arabic_plurals_choose_all_six_forms_and_isolate_placeables() {
        let cat = Catalogue::parse(SRC).unwrap();
        let ar = |n: i64| fmt(&cat, Lang::Ar, "items-ar", &[("count", n.into())]);
        assert_eq!(ar(0), "لا منتجات");
        assert_eq!(ar(1), "منتج واحد");
        assert_eq!(ar(2), "منتجان");
        assert_eq!(ar(3), "\u{2068}3\u{2069} منتجات");
        assert_eq!(ar(11), "\u{2068}11\u{2069} منتجًا");
        assert_eq!(ar(100), "\u{2068}100\u{2069} منتج");
        assert_eq!(ar(103), "\u{2068}103\u{2069} منتجات");
    }

    #[test]
    fn plural_categories_follow_cldr() {
        assert_eq!(Lang::En.plural(1), Plural::One);
        assert_eq!(Lang::En.plural(0), Plural::Other);
        assert_eq!(Lang::De.plural(2), Plural::Other);
        assert_eq!(Lang::Fr.plural(0), Plural::One);
        assert_eq!(Lang::Fr.plural(1), Plural::One);
        assert_eq!(Lang::Fr.plural(2), Plural::Other);
        assert_eq!(Lang::Fr.plural(2_000_000), Plural::Many);
        let ar: Vec<_> = [0, 1, 2, 5, 10, 11, 99, 100, 102, 111].iter().map(|n| Lang::Ar.plural(*n).name()).collect();
        assert_eq!(ar, ["zero", "one", "two", "few", "few", "many", "many", "other", "other", "many"]);
    }

    #[test]
    fn numbers_group_per_language() {
        assert_eq!(Lang::En.group_digits(1234567), "1,234,567");
        assert_eq!(Lang::De.group_digits(-1234), "-1.234");
        assert_eq!(Lang::Fr.group_digits(1234), "1\u{202f}234");
        assert_eq!(Lang::En.group_digits(999), "999");
    }

    #[test]
    fn negotiates_accept_language() {
        assert_eq!(Lang::negotiate("de-DE,de;q=0.9,en;q=0.8"), Lang::De);
        assert_eq!(Lang::negotiate("ja, fr-CA;q=0.5, en;q=0.4"), Lang::Fr);
        assert_eq!(Lang::negotiate("en;q=0.3, ar;q=0.9"), Lang::Ar);
        assert_eq!(Lang::negotiate("de;q=0, fr;q=0.1"), Lang::Fr);
        assert_eq!(Lang::negotiate("ja, zh"), Lang::En);
        assert_eq!(Lang::negotiate(""), Lang::En);
        assert_eq!(Lang::negotiate("*"), Lang::En);
        assert_eq!(Lang::first_of(["pt-BR", "fr-FR", "de"]), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("DE_at"), Some(Lang::De));
    }

    #[test]
    fn refuses_broken_sources_with_the_line() {
        let e = Catalogue::parse("ok = fine\nbad = { $x\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(Catalogue::parse("a = { $n ->\n [one] x\n}\n").unwrap_err().message.contains("default"));
        assert!(Catalogue::parse("a = x\na = y\n").unwrap_err().message.contains("twice"));
        assert!(Catalogue::parse("1a = x\n").is_err());
        assert!(Catalogue::parse("a = }\n").is_err());
    }

    #[test]
    fn missing_keys_fall_back_to_english_then_to_the_key() {
        add(Lang::En, "fallback-test = In English").unwrap();
        add(Lang::De, "other-test = Auf Deutsch").unwrap();
        assert_eq!(text_in(Lang::De, "fallback-test", &[]), "In English");
        assert_eq!(text_in(Lang::De, "other-test", &[]), "Auf Deutsch");
        assert_eq!(text_in(Lang::De, "no-such-key-anywhere", &[]), "no-such-key-anywhere");
    }
}
