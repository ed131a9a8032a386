//! A shop's theme without a rebuild (issue 13): a preset (light, dark, auto
//! or a brand preset from `style/themes/`) plus overrides of the `--vt-*`
//! tokens that `style/tokens.css` defines. The token list, each token's
//! default and its role come from that file itself (read at compile time),
//! so the API knows exactly the tokens the storefront does.
//!
//! Values are checked by kind and never pasted raw: colours are hex (or a
//! `light-dark(#.., #..)` pair), lengths a number and a unit, fonts a list of
//! family names; anything else (`;`, `}`, `url(`, `</style>`...) is refused,
//! so theme CSS cannot inject anything. A theme whose colours put a text
//! token under WCAG AA contrast on its background (the pairs
//! `scripts/tokens.mjs --contrast` checks) is refused naming the field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::FieldErrors;

const TOKENS_CSS: &str = include_str!("../../../style/tokens.css");

/// The presets, by name, with their stylesheets.
pub const PRESETS: [(&str, &str); 6] = [
    ("light", include_str!("../../../style/themes/light.css")),
    ("dark", include_str!("../../../style/themes/dark.css")),
    ("auto", include_str!("../../../style/themes/auto.css")),
    ("boutique", include_str!("../../../style/themes/boutique.css")),
    ("street", include_str!("../../../style/themes/street.css")),
    ("calm", include_str!("../../../style/themes/calm.css")),
];

/// Text-on-background pairs and their minimum ratio (as `scripts/tokens.mjs`).
pub const PAIRS: [(&str, &str, f64); 27] = [
    ("text", "bg", 4.5),
    ("border-strong", "bg", 3.0),
    ("border-strong", "surface", 3.0),
    ("text", "surface", 4.5),
    ("text", "surface-muted", 4.5),
    ("text-muted", "bg", 4.5),
    ("text-muted", "surface", 4.5),
    ("text-muted", "surface-muted", 4.5),
    ("accent-text", "accent", 4.5),
    ("accent-text", "accent-hover", 4.5),
    ("accent", "bg", 4.5),
    ("accent", "surface", 4.5),
    ("sale-text", "sale", 4.5),
    ("sale", "bg", 4.5),
    ("sale", "surface", 4.5),
    ("success", "bg", 4.5),
    ("success", "surface", 4.5),
    ("success", "surface-muted", 4.5),
    ("warning", "bg", 4.5),
    ("warning", "surface", 4.5),
    ("danger", "bg", 4.5),
    ("danger", "surface", 4.5),
    ("danger", "surface-muted", 4.5),
    ("danger", "danger-surface", 4.5),
    ("text", "danger-surface", 4.5),
    ("focus", "bg", 3.0),
    ("focus", "surface", 3.0),
];

/// The longest value a token takes (a font stack is the longest legitimate one).
pub const MAX_VALUE: usize = 300;

/// A shop's theme as the API takes and returns it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Theme {
    /// A preset the overrides start from: light, dark, auto (the default),
    /// boutique, street or calm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    /// Token overrides: `{"--vt-color-accent": "#7b2d26"}`.
    #[serde(default)]
    pub tokens: BTreeMap<String, String>,
}

/// What a token holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Colour,
    Font,
    Length,
    Number,
    Shadow,
    Transition,
}

/// `(name, kind, default)` of every token in `style/tokens.css`.
pub fn tokens() -> Vec<(String, Kind, String)> {
    declarations(TOKENS_CSS)
        .into_iter()
        .map(|(name, value)| {
            let kind = kind_of(&name);
            (name, kind, value)
        })
        .collect()
}

fn kind_of(name: &str) -> Kind {
    let n = name.trim_start_matches("--vt-");
    if n.starts_with("color-") {
        Kind::Colour
    } else if n.starts_with("font-") && n != "font-size" {
        Kind::Font
    } else if n.starts_with("shadow") {
        Kind::Shadow
    } else if n == "transition" {
        Kind::Transition
    } else if n == "line-height" || n == "heading-weight" {
        Kind::Number
    } else {
        Kind::Length
    }
}

/// `--vt-x: value;` declarations of a stylesheet, comments removed.
fn declarations(css: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = css;
    let mut plain = String::new();
    while let Some(i) = rest.find("/*") {
        plain.push_str(&rest[..i]);
        rest = rest[i + 2..].split_once("*/").map(|(_, r)| r).unwrap_or("");
    }
    plain.push_str(rest);
    for part in plain.split(';') {
        let part = part.rsplit('{').next().unwrap_or(part);
        if let Some((name, value)) = part.trim().split_once(':') {
            let name = name.trim();
            if name.starts_with("--vt-") && !name.contains(char::is_whitespace) {
                out.push((name.to_string(), value.trim().to_string()));
            }
        }
    }
    out
}

/// Checks a theme: known preset, known tokens, values of their kind,
/// contrast of every pair it touches. Problems by field
/// (`preset`, `tokens.--vt-color-accent`).
pub fn validate(theme: &Theme) -> Result<(), FieldErrors> {
    let mut errors = FieldErrors::new();
    let add = |errors: &mut FieldErrors, field: String, msg: String| errors.entry(field).or_default().push(msg);
    if let Some(p) = &theme.preset {
        if !PRESETS.iter().any(|(name, _)| name == p) {
            add(&mut errors, "preset".into(), format!("is not a preset: choose one of {}", PRESETS.map(|(n, _)| n).join(", ")));
        }
    }
    let known = tokens();
    for (name, value) in &theme.tokens {
        let field = format!("tokens.{name}");
        let Some((_, kind, _)) = known.iter().find(|(n, _, _)| n == name) else {
            add(&mut errors, field, "is not a Vitrine token (see docs/THEMING.md)".into());
            continue;
        };
        if value.len() > MAX_VALUE {
            add(&mut errors, field, format!("is longer than {MAX_VALUE} characters"));
            continue;
        }
        if let Err(why) = check_value(*kind, value.trim()) {
            add(&mut errors, field, why);
        }
    }
    if errors.is_empty() {
        for (field, msg) in contrast_problems(theme) {
            add(&mut errors, field, msg);
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

fn check_value(kind: Kind, v: &str) -> Result<(), String> {
    let ok = match kind {
        Kind::Colour => colour_pair(v).is_some(),
        Kind::Font => font_stack(v),
        Kind::Length => length(v, true),
        Kind::Number => v.parse::<f64>().is_ok_and(|n| (0.0..=1000.0).contains(&n)),
        Kind::Shadow => v == "none" || v.split(',').all(|s| shadow(s.trim())),
        Kind::Transition => transition(v),
    };
    if ok {
        return Ok(());
    }
    Err(match kind {
        Kind::Colour => "must be a colour like #1f3a5f or oklch(0.43 0.05 160), or light-dark(#1f3a5f, #9dbcf0) for light and dark",
        Kind::Font => "must be a list of font family names, like Georgia, \"Iowan Old Style\", serif",
        Kind::Length => "must be a length like 12px, 0.75rem or 0",
        Kind::Number => "must be a plain number",
        Kind::Shadow => "must be shadows like 0 1px 2px #0000001f, or none",
        Kind::Transition => "must be a duration and easing like 160ms ease",
    }
    .into())
}

/// `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` as (r, g, b, a) in 0..=1.
fn hex(v: &str) -> Option<[f64; 4]> {
    let h = v.strip_prefix('#')?;
    if !h.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let digits: Vec<u8> = match h.len() {
        3 | 4 => h.chars().map(|c| u8::from_str_radix(&format!("{c}{c}"), 16).ok()).collect::<Option<_>>()?,
        6 | 8 => (0..h.len()).step_by(2).map(|i| u8::from_str_radix(&h[i..i + 2], 16).ok()).collect::<Option<_>>()?,
        _ => return None,
    };
    let a = digits.get(3).map(|a| f64::from(*a) / 255.0).unwrap_or(1.0);
    Some([f64::from(digits[0]) / 255.0, f64::from(digits[1]) / 255.0, f64::from(digits[2]) / 255.0, a])
}

/// `oklch(L C H)` or `oklch(L C H / A)` (L as 0..1 or a percentage, H in
/// degrees) as sRGB (r, g, b, a) in 0..=1, clipped to the sRGB gamut, as
/// `scripts/tokens.mjs` converts it (the calm preset is written in it).
fn oklch(v: &str) -> Option<[f64; 4]> {
    let inner = v.strip_prefix("oklch(")?.strip_suffix(')')?;
    let (channels, alpha) = match inner.split_once('/') {
        Some((c, a)) => (c, Some(a.trim())),
        None => (inner, None),
    };
    let number = |s: &str, percent_of: f64| -> Option<f64> {
        let n = match s.strip_suffix('%') {
            Some(p) => p.parse::<f64>().ok()? / 100.0 * percent_of,
            None => s.strip_suffix("deg").unwrap_or(s).parse::<f64>().ok()?,
        };
        n.is_finite().then_some(n)
    };
    let parts: Vec<&str> = channels.split_whitespace().collect();
    let [l, c, h] = parts.as_slice() else { return None };
    let (l, c, h) = (number(l, 1.0)?, number(c, 0.4)?, number(h, 360.0)?);
    let a = match alpha {
        Some(a) => number(a, 1.0)?.clamp(0.0, 1.0),
        None => 1.0,
    };
    let (ca, cb) = (c * h.to_radians().cos(), c * h.to_radians().sin());
    let l_ = (l + 0.396_337_777_4 * ca + 0.215_803_757_3 * cb).powi(3);
    let m_ = (l - 0.105_561_345_8 * ca - 0.063_854_172_8 * cb).powi(3);
    let s_ = (l - 0.089_484_177_5 * ca - 1.291_485_548 * cb).powi(3);
    let lin = [
        4.076_741_662_1 * l_ - 3.307_711_591_3 * m_ + 0.230_969_929_2 * s_,
        -1.268_438_004_6 * l_ + 2.609_757_401_1 * m_ - 0.341_319_396_5 * s_,
        -0.004_196_086_3 * l_ - 0.703_418_614_7 * m_ + 1.707_614_701 * s_,
    ];
    let encode = |x: f64| {
        let x = x.clamp(0.0, 1.0);
        if x <= 0.003_130_8 { 12.92 * x } else { 1.055 * x.powf(1.0 / 2.4) - 0.055 }
    };
    Some([encode(lin[0]), encode(lin[1]), encode(lin[2]), a])
}

/// One colour: hex or `oklch()`.
fn colour(v: &str) -> Option<[f64; 4]> {
    let v = v.trim();
    hex(v).or_else(|| oklch(v))
}

/// A colour for (light, dark): one colour for both, or `light-dark(.., ..)`.
fn colour_pair(v: &str) -> Option<([f64; 4], [f64; 4])> {
    if let Some(inner) = v.strip_prefix("light-dark(").and_then(|r| r.strip_suffix(')')) {
        let (l, d) = inner.split_once(',')?;
        return Some((colour(l)?, colour(d)?));
    }
    let c = colour(v)?;
    Some((c, c))
}

/// `#rrggbb` of an opaque colour (what `<input type="color">` takes).
fn to_hex([r, g, b, _]: [f64; 4]) -> String {
    let byte = |x: f64| (x.clamp(0.0, 1.0) * 255.0).round() as u8;
    format!("#{:02x}{:02x}{:02x}", byte(r), byte(g), byte(b))
}

/// The light and dark sides of a colour token's value as `#rrggbb`, for
/// colour pickers; `None` for a value that is not a colour.
pub fn colour_sides(value: &str) -> Option<(String, String)> {
    colour_pair(value.trim()).map(|(l, d)| (to_hex(l), to_hex(d)))
}

/// A colour token's value from its light and dark sides (one value when they match).
pub fn colour_value(light: &str, dark: &str) -> String {
    if light.eq_ignore_ascii_case(dark) { light.to_string() } else { format!("light-dark({light}, {dark})") }
}

/// The value of `token` in effect under `theme`: the override, the
/// preset's value, or the default. For many tokens, read [`effective`] once.
pub fn value_of(theme: &Theme, token: &str) -> Option<String> {
    effective(theme).remove(token)
}

/// The colour scheme a preset forces (`light`, `dark`), if any.
pub fn forced_scheme(theme: &Theme) -> Option<&'static str> {
    match theme.preset.as_deref() {
        Some("light") => Some("light"),
        Some("dark") => Some("dark"),
        _ => None,
    }
}

/// The declarations a theme sets, in order: the preset's, then the
/// overrides (which replace the preset's value of the same token).
pub fn declarations_of(theme: &Theme) -> Vec<(String, String)> {
    let preset = theme.preset.as_deref().and_then(|p| PRESETS.iter().find(|(n, _)| *n == p));
    let mut decls: Vec<(String, String)> = preset.map(|(_, css)| declarations(css)).unwrap_or_default();
    decls.retain(|(k, _)| !theme.tokens.contains_key(k));
    decls.extend(theme.tokens.iter().map(|(k, v)| (k.clone(), v.trim().to_string())));
    decls
}

fn font_stack(v: &str) -> bool {
    !v.is_empty()
        && v.split(',').all(|f| {
            let f = f.trim();
            let name = f.strip_prefix('"').and_then(|f| f.strip_suffix('"')).unwrap_or(f);
            !name.is_empty() && name.len() <= 60 && name.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
        })
}

fn length(v: &str, allow_zero: bool) -> bool {
    if allow_zero && v == "0" {
        return true;
    }
    let num_end = v.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-')).unwrap_or(v.len());
    let (num, unit) = v.split_at(num_end);
    num.parse::<f64>().is_ok_and(|n| n.abs() <= 10_000.0) && matches!(unit, "px" | "rem" | "em" | "%" | "ch")
}

fn shadow(v: &str) -> bool {
    let parts: Vec<&str> = v.split_whitespace().collect();
    let (colour, lengths) = match parts.split_last() {
        Some((last, rest)) if hex(last).is_some() => (true, rest),
        _ => (false, parts.as_slice()),
    };
    let lengths: Vec<&&str> = lengths.iter().filter(|p| **p != "inset").collect();
    colour && (2..=4).contains(&lengths.len()) && lengths.iter().all(|l| length(l, true))
}

fn transition(v: &str) -> bool {
    let mut parts = v.split_whitespace();
    let duration = parts.next().is_some_and(|d| {
        let n = d.strip_suffix("ms").or_else(|| d.strip_suffix('s'));
        n.is_some_and(|n| n.parse::<f64>().is_ok_and(|n| (0.0..=10_000.0).contains(&n)))
    });
    let easing = parts.next().is_none_or(|e| matches!(e, "ease" | "linear" | "ease-in" | "ease-out" | "ease-in-out"));
    duration && easing && parts.next().is_none()
}

/// Every token's value in effect: defaults, then the preset, then the overrides.
pub fn effective(theme: &Theme) -> BTreeMap<String, String> {
    let mut values: BTreeMap<String, String> = declarations(TOKENS_CSS).into_iter().collect();
    if let Some((_, css)) = theme.preset.as_deref().and_then(|p| PRESETS.iter().find(|(n, _)| *n == p)) {
        values.extend(declarations(css));
    }
    values.extend(theme.tokens.iter().map(|(k, v)| (k.clone(), v.trim().to_string())));
    values
}

fn luminance([r, g, b, _]: [f64; 4]) -> f64 {
    let lin = |c: f64| if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// WCAG 2.x contrast of `fg` over an opaque `bg` (fg's alpha blended onto bg).
pub fn contrast(fg: [f64; 4], bg: [f64; 4]) -> f64 {
    let a = fg[3];
    let blended = [fg[0] * a + bg[0] * (1.0 - a), fg[1] * a + bg[1] * (1.0 - a), fg[2] * a + bg[2] * (1.0 - a), 1.0];
    let (x, y) = (luminance(blended), luminance(bg));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Pairs under their minimum that involve an overridden token, by the field to fix.
fn contrast_problems(theme: &Theme) -> Vec<(String, String)> {
    let values = effective(theme);
    let mut out = Vec::new();
    for (fg, bg, min) in PAIRS {
        let (f, b) = (format!("--vt-color-{fg}"), format!("--vt-color-{bg}"));
        let touched = theme.tokens.contains_key(&f) || theme.tokens.contains_key(&b);
        if !touched {
            continue;
        }
        let (Some(fc), Some(bc)) = (values.get(&f).and_then(|v| colour_pair(v)), values.get(&b).and_then(|v| colour_pair(v))) else { continue };
        for (scheme, fcol, bcol) in [("light", fc.0, bc.0), ("dark", fc.1, bc.1)] {
            let ratio = contrast(fcol, bcol);
            if ratio < min {
                let field = if theme.tokens.contains_key(&f) { f.clone() } else { b.clone() };
                out.push((format!("tokens.{field}"), format!("{fg} on {bg} is {ratio:.2}:1 in {scheme} mode; WCAG AA needs {min}:1")));
            }
        }
    }
    out
}

/// The theme as a stylesheet for `:root` and widgets' `:host`: the preset's
/// declarations, then the overrides. Only call with a validated theme.
pub fn css(theme: &Theme) -> String {
    let mut out = String::from("/* Vitrine shop theme (PUT /api/v1/admin/theme) */\n");
    let preset = theme.preset.as_deref().and_then(|p| PRESETS.iter().find(|(n, _)| *n == p));
    let decls = declarations_of(theme);
    if decls.is_empty() && preset.is_none() {
        return out;
    }
    // html:root outranks the built-in `:root` tokens wherever this lands in the page.
    out.push_str("html:root, :host {\n");
    if let Some(scheme) = forced_scheme(theme) {
        out.push_str(&format!("  color-scheme: {scheme};\n"));
    }
    for (k, v) in decls {
        out.push_str(&format!("  {k}: {v};\n"));
    }
    out.push_str("}\n");
    out
}

/// The colours, type and corners an HTML email draws with (mail clients
/// know no custom properties, no `light-dark()`: the light side, resolved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailPalette {
    pub bg: String,
    pub surface: String,
    pub border: String,
    pub text: String,
    pub accent: String,
    pub accent_text: String,
    pub font: String,
    pub radius: String,
}

impl Default for EmailPalette {
    /// The default tokens' palette.
    fn default() -> Self {
        email_palette(&Theme::default())
    }
}

/// The email palette of a (validated) theme: defaults, preset, overrides.
pub fn email_palette(theme: &Theme) -> EmailPalette {
    let values = effective(theme);
    let resolve = |name: &str| -> String {
        let mut v = values.get(name).cloned().unwrap_or_default();
        for _ in 0..4 {
            match v.strip_prefix("var(").and_then(|r| r.strip_suffix(')')) {
                Some(inner) => v = values.get(inner.trim()).cloned().unwrap_or_default(),
                None => break,
            }
        }
        v
    };
    let colour = |name: &str, fallback: &str| -> String {
        let v = resolve(name);
        let light = v.strip_prefix("light-dark(").and_then(|r| r.split_once(',')).map(|(l, _)| l.trim().to_string()).unwrap_or(v);
        if hex(&light).is_some() { light } else { fallback.to_string() }
    };
    let font = resolve("--vt-font-body");
    EmailPalette {
        bg: colour("--vt-color-bg", "#faf9f7"),
        surface: colour("--vt-color-surface", "#ffffff"),
        border: colour("--vt-color-border", "#e3e0d8"),
        text: colour("--vt-color-text", "#1c1d21"),
        accent: colour("--vt-color-accent", "#1f3a5f"),
        accent_text: colour("--vt-color-accent-text", "#ffffff"),
        // Quotes would close the style attribute: mail fonts go unquoted, names with spaces stay readable to clients.
        font: if font_stack(&font) { font.replace('"', "'") } else { "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif".into() },
        radius: Some(resolve("--vt-radius")).filter(|r| length(r, true)).unwrap_or_else(|| "12px".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme(tokens: &[(&str, &str)]) -> Theme {
        Theme { preset: None, tokens: tokens.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect() }
    }

    #[test]
    fn every_token_of_the_stylesheet_is_known_with_its_kind() {
        let t = tokens();
        assert_eq!(t.len(), TOKENS_CSS.matches("/* @token role=").count(), "one per documented token");
        let kind = |n: &str| t.iter().find(|(name, _, _)| name == n).map(|(_, k, _)| *k);
        assert_eq!(kind("--vt-color-accent"), Some(Kind::Colour));
        assert_eq!(kind("--vt-font-body"), Some(Kind::Font));
        assert_eq!(kind("--vt-font-size"), Some(Kind::Length));
        assert_eq!(kind("--vt-radius"), Some(Kind::Length));
        assert_eq!(kind("--vt-shadow-1"), Some(Kind::Shadow));
        assert_eq!(kind("--vt-transition"), Some(Kind::Transition));
        assert_eq!(kind("--vt-line-height"), Some(Kind::Number));
    }

    #[test]
    fn good_values_pass() {
        let t = theme(&[
            ("--vt-color-accent", "#7b2d26"),
            ("--vt-color-accent-hover", "light-dark(#5e1f1a, #f4c4b8)"),
            ("--vt-font-body", "Georgia, \"Iowan Old Style\", serif"),
            ("--vt-radius", "0"),
            ("--vt-radius-pill", "4px"),
            ("--vt-space-4", "1.25rem"),
            ("--vt-line-height", "1.6"),
            ("--vt-shadow-1", "0 1px 2px #0000001f"),
            ("--vt-transition", "200ms ease-out"),
        ]);
        // The accent is dark in both schemes here: its text must stay readable, which #fff on #7b2d26 is.
        let errors = validate(&Theme { tokens: { let mut m = t.tokens.clone(); m.insert("--vt-color-accent".into(), "light-dark(#7b2d26, #e9a99a)".into()); m }, ..t });
        assert_eq!(errors, Ok(()));
    }

    #[test]
    fn injections_and_unknowns_are_refused_by_field() {
        for (name, value) in [
            ("--vt-color-accent", "red;} body{display:none"),
            ("--vt-color-accent", "url(https://evil.example/x.png)"),
            ("--vt-font-body", "Georgia;} </style><script>alert(1)</script>"),
            ("--vt-font-body", "x\" , serif"),
            ("--vt-radius", "calc(1px + 1px)"),
            ("--vt-radius", "expression(alert(1))"),
            ("--vt-shadow-1", "0 0 0 url(x)"),
            ("--vt-transition", "1s steps(2)"),
        ] {
            let errors = validate(&theme(&[(name, value)])).unwrap_err();
            assert!(errors.contains_key(&format!("tokens.{name}")), "{name}: {value} -> {errors:?}");
        }
        let unknown = validate(&theme(&[("--vt-nope", "#fff")])).unwrap_err();
        assert!(unknown.contains_key("tokens.--vt-nope"));
        let long = validate(&theme(&[("--vt-font-body", &"a".repeat(MAX_VALUE + 1))])).unwrap_err();
        assert!(long["tokens.--vt-font-body"][0].contains("longer"));
        let preset = validate(&Theme { preset: Some("neon".into()), ..Theme::default() }).unwrap_err();
        assert!(preset.contains_key("preset"));
    }

    #[test]
    fn a_colour_under_aa_contrast_is_refused_where_it_was_set() {
        let errors = validate(&theme(&[("--vt-color-text-muted", "#bbbbbb")])).unwrap_err();
        let msg = &errors["tokens.--vt-color-text-muted"][0];
        assert!(msg.contains("text-muted on bg") && msg.contains("light mode") && msg.contains("4.5:1"), "{msg}");
        // Against the preset's own colours: a dark-only accent fails on boutique's dark background.
        let dark = Theme { preset: Some("boutique".into()), tokens: theme(&[("--vt-color-accent", "#7b2d26")]).tokens };
        assert!(validate(&dark).unwrap_err()["tokens.--vt-color-accent"].iter().any(|m| m.contains("dark mode")));
        assert!((contrast([0.0, 0.0, 0.0, 1.0], [1.0, 1.0, 1.0, 1.0]) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn oklch_presets_are_read_and_checked_too() {
        assert_eq!(colour_sides("oklch(1 0 0)"), Some(("#ffffff".into(), "#ffffff".into())));
        assert_eq!(colour_sides("light-dark(oklch(0 0 0), #abcdef)"), Some(("#000000".into(), "#abcdef".into())));
        // The calm preset's sage accent, as scripts/tokens.mjs converts it.
        let (light, _) = colour_sides(&value_of(&Theme { preset: Some("calm".into()), ..Theme::default() }, "--vt-color-accent").unwrap()).unwrap();
        assert_eq!(light, "#3a5847");
        assert!(oklch("oklch(0.5 0.1)").is_none() && oklch("oklch(a b c)").is_none() && oklch("oklch(0.5 0.1 20; x)").is_none());
        // A pale text on calm's stone background was waved through while oklch was unread.
        let pale = Theme { preset: Some("calm".into()), tokens: theme(&[("--vt-color-text-muted", "#b8b8b0")]).tokens };
        assert!(validate(&pale).unwrap_err()["tokens.--vt-color-text-muted"].iter().any(|m| m.contains("light mode")));
        assert_eq!(colour_value("#111111", "#111111"), "#111111");
        assert_eq!(colour_value("#111111", "#eeeeee"), "light-dark(#111111, #eeeeee)");
    }

    #[test]
    fn emails_take_the_light_side_of_the_theme() {
        let default = email_palette(&Theme::default());
        assert_eq!((default.accent.as_str(), default.text.as_str(), default.radius.as_str()), ("#1f3a5f", "#1c1d21", "12px"));
        let t = Theme { preset: Some("boutique".into()), tokens: theme(&[("--vt-color-accent", "light-dark(#6b2420, #e9a99a)")]).tokens };
        let p = email_palette(&t);
        assert_eq!(p.accent, "#6b2420");
        assert_eq!(p.bg, "#fbf6ee", "the preset's paper");
        assert!(p.font.contains("Charter") && !p.font.contains('"'), "{}", p.font);
    }

    #[test]
    fn css_has_the_preset_then_the_overrides_and_nothing_else() {
        let t = Theme { preset: Some("street".into()), tokens: theme(&[("--vt-radius", "2px")]).tokens };
        let css = css(&t);
        assert!(css.contains("html:root, :host {"), "{css}");
        assert!(css.contains("  --vt-radius: 2px;\n"));
        assert_eq!(css.matches("--vt-radius:").count(), 1, "the override replaces the preset's value");
        assert!(!css.contains("@token") && !css.contains(".vt-theme-street"));
        assert_eq!(super::css(&Theme::default()).lines().count(), 1, "no theme: a comment only");
    }
}

/// The kit's stylesheet (or the shop's theme) rewritten for the shadow roots of
/// embedded widgets, so the host page's own `--vt-*` values win over the kit's
/// defaults and the shop's theme.
///
/// A custom property declared on `:host` would hide the value the element
/// inherits from the host page (`:root { --vt-color-accent: ... }`), so the
/// defaults move to `--vt-d-*` names and every use reads the host's value
/// first: `var(--vt-color-accent)` becomes
/// `var(--vt-color-accent,var(--vt-d-color-accent))`. The shop's theme
/// (`GET /api/v1/theme.css`) goes through the same rewrite, so it sets
/// defaults too, and the host's own values still win.
pub fn shadow_css(css: &str) -> String {
    // The kit says `:root, :host`; the shop's theme `html:root, :host` (to outrank the kit's `:root`).
    let css = css.replace("html:root, :host", ":host").replace(":root, :host", ":host").replace(":root,:host", ":host");
    let mut out = String::with_capacity(css.len() * 5 / 4);
    let mut rest = css.as_str();
    while let Some(at) = rest.find("--vt-") {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let name_len = from[5..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).map_or(from.len(), |n| n + 5);
        let name = &from[5..name_len];
        let after = &from[name_len..];
        if out.ends_with("var(") && after.trim_start().starts_with(')') {
            // A use without a fallback: the host's value, else the default.
            out.push_str(&format!("--vt-{name},var(--vt-d-{name})"));
        } else if out.ends_with("var(") {
            // A use with its own fallback: the host's value, else the default, else that fallback.
            out.push_str(&format!("--vt-{name},var(--vt-d-{name}"));
            let close = matching_paren(after);
            out.push_str(&after[..close]);
            out.push(')');
            rest = &after[close..];
            continue;
        } else {
            // A declaration (or a name in a comment): it sets the default.
            out.push_str(&format!("--vt-d-{name}"));
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The index of the `)` closing the `var(` whose name `s` follows.
fn matching_paren(s: &str) -> usize {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return i,
            ')' => depth -= 1,
            _ => {}
        }
    }
    s.len()
}


#[cfg(test)]
mod shadow_tests {
    use super::shadow_css;
    #[test]
    fn the_shops_theme_applies_to_the_shadow_host() {
        assert_eq!(shadow_css("html:root, :host {\n  --vt-color-accent: #0b6e4f;\n}"), ":host {\n  --vt-d-color-accent: #0b6e4f;\n}");
    }

    #[test]
    fn declarations_become_defaults_and_uses_read_the_host_first() {
        let css = ":root, :host { --vt-color-accent: #123; --vt-hover: color-mix(in srgb, var(--vt-color-accent), black 10%); }\n.b { color: var(--vt-color-accent); margin: var(--vt-space, 4px); }";
        assert_eq!(
            shadow_css(css),
            ":host { --vt-d-color-accent: #123; --vt-d-hover: color-mix(in srgb, var(--vt-color-accent,var(--vt-d-color-accent)), black 10%); }\n.b { color: var(--vt-color-accent,var(--vt-d-color-accent)); margin: var(--vt-space,var(--vt-d-space, 4px)); }"
        );
    }
}
