use leptos::prelude::*;
use leptos_meta::Title;
use std::collections::BTreeMap;
use vitrine_core::t;

use vitrine_core::theme::{self, colour_sides, colour_value, Theme, PRESETS};
use vitrine_core::FieldErrors;

use super::{AdminSession, ThemePreview};
use crate::api;

/// The colour tokens the editor offers (their labels and what they paint: [`colour_words`]).
const COLOURS: [&str; 12] = [
    "--vt-color-accent",
    "--vt-color-accent-hover",
    "--vt-color-accent-text",
    "--vt-color-bg",
    "--vt-color-surface",
    "--vt-color-surface-muted",
    "--vt-color-text",
    "--vt-color-text-muted",
    "--vt-color-border-strong",
    "--vt-color-sale",
    "--vt-color-danger",
    "--vt-color-focus",
];

/// A colour token's label and what it paints.
fn colour_words(token: &str) -> (String, String) {
    match token {
        "--vt-color-accent" => (t!("theme-colour-accent"), t!("theme-colour-accent-what")),
        "--vt-color-accent-hover" => (t!("theme-colour-accent-hover"), t!("theme-colour-accent-hover-what")),
        "--vt-color-accent-text" => (t!("theme-colour-accent-text"), t!("theme-colour-accent-text-what")),
        "--vt-color-bg" => (t!("theme-colour-bg"), t!("theme-colour-bg-what")),
        "--vt-color-surface" => (t!("theme-colour-surface"), t!("theme-colour-surface-what")),
        "--vt-color-surface-muted" => (t!("theme-colour-surface-muted"), t!("theme-colour-surface-muted-what")),
        "--vt-color-text" => (t!("theme-colour-text"), t!("theme-colour-text-what")),
        "--vt-color-text-muted" => (t!("theme-colour-text-muted"), t!("theme-colour-text-muted-what")),
        "--vt-color-border-strong" => (t!("theme-colour-border-strong"), t!("theme-colour-border-strong-what")),
        "--vt-color-sale" => (t!("theme-colour-sale"), t!("theme-colour-sale-what")),
        "--vt-color-danger" => (t!("theme-colour-danger"), t!("theme-colour-danger-what")),
        "--vt-color-focus" => (t!("theme-colour-focus"), t!("theme-colour-focus-what")),
        other => (other.to_string(), String::new()),
    }
}

/// Font stacks a shopper's system already has (no downloads); their names: [`font_name`].
const FONTS: [&str; 6] = [
    "ui-sans-serif, system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif", // i18n: not shown
    "\"Gill Sans\", \"Gill Sans MT\", Seravek, \"Trebuchet MS\", Calibri, sans-serif", // i18n: not shown
    "Charter, \"Bitstream Charter\", \"Sitka Text\", Cambria, Georgia, serif", // i18n: not shown
    "\"Iowan Old Style\", \"Palatino Linotype\", Palatino, \"Book Antiqua\", Georgia, serif", // i18n: not shown
    "\"Arial Black\", \"Helvetica Neue\", Helvetica, Arial, sans-serif", // i18n: not shown
    "ui-monospace, \"SF Mono\", Menlo, Consolas, \"Liberation Mono\", monospace", // i18n: not shown
];

/// The name of the font stack `FONTS[i]`.
fn font_name(i: usize) -> String {
    match i {
        0 => t!("theme-font-system-sans"),
        1 => t!("theme-font-humanist-sans"),
        2 => t!("theme-font-transitional-serif"),
        3 => t!("theme-font-old-style-serif"),
        4 => t!("theme-font-heavy-grotesque"),
        _ => t!("theme-font-monospace"),
    }
}

/// The presets' ids, in the order of their radios.
const PRESET_NAMES: [&str; 6] = ["auto", "light", "dark", "boutique", "street", "calm"];

/// What each preset looks like, for its radio: its display name and a description.
fn preset_words(name: &str) -> (String, String) {
    match name {
        "auto" => (t!("theme-preset-auto"), t!("theme-preset-auto-words")),
        "light" => (t!("theme-preset-light"), t!("theme-preset-light-words")),
        "dark" => (t!("theme-preset-dark"), t!("theme-preset-dark-words")),
        "boutique" => (t!("theme-preset-boutique"), t!("theme-preset-boutique-words")),
        "street" => (t!("theme-preset-street"), t!("theme-preset-street-words")),
        "calm" => (t!("theme-preset-calm"), t!("theme-preset-calm-words")),
        other => (other.to_string(), String::new()),
    }
}

/// The spacing steps' default sizes (rem), scaled together.
const SPACES: [(&str, f64); 7] =
    [("--vt-space-1", 0.25), ("--vt-space-2", 0.5), ("--vt-space-3", 0.75), ("--vt-space-4", 1.0), ("--vt-space-5", 1.5), ("--vt-space-6", 2.0), ("--vt-space-7", 3.0)];
/// Spacing scales, their names: [`scale_names`].
const SCALES: [f64; 4] = [0.85, 1.0, 1.15, 1.3];
/// Button shapes (`--vt-radius-pill`), their names: [`shape_names`].
const SHAPES: [&str; 3] = ["0px", "8px", "999px"];
/// Densities (font size, line height), their names: [`density_names`].
const DENSITIES: [(&str, &str); 3] = [("0.9375rem", "1.45"), ("1rem", "1.55"), ("1.0625rem", "1.65")];

fn scale_names() -> Vec<String> {
    vec![t!("theme-spacing-tight"), t!("theme-spacing-regular"), t!("theme-spacing-roomy"), t!("theme-spacing-spacious")]
}

fn shape_names() -> Vec<String> {
    vec![t!("theme-shape-square"), t!("theme-shape-rounded"), t!("theme-shape-pill")]
}

fn density_names() -> Vec<String> {
    vec![t!("theme-density-compact"), t!("theme-density-regular"), t!("theme-density-comfortable")]
}

fn set(theme: RwSignal<Theme>, token: &str, value: Option<String>) {
    theme.update(|t| match value {
        Some(v) => {
            t.tokens.insert(token.to_string(), v);
        }
        None => {
            t.tokens.remove(token);
        }
    });
}

fn field_id(token: &str) -> String {
    format!("vt-theme-{}", token.trim_start_matches("--vt-"))
}

/// The theme editor at `/theme` (issue 13): a preset, colours (light and
/// dark), fonts, corners, button shape, spacing and density, with every
/// surface of the shop previewed beside it as it changes; a colour that puts
/// text under WCAG AA contrast is flagged at its field (the same check the
/// API makes); the result as CSS to paste, a JSON file, and "Apply to the
/// shop" (`PUT /api/v1/admin/theme`). Part of the console's entry, so the
/// shop's first load carries none of it.
///
/// Needs [`AdminSession`] (signed in) and [`ShopStore`](crate::store::ShopStore).
#[component]
pub fn ThemeEditor() -> impl IntoView {
    let session = AdminSession::expect();
    let theme = RwSignal::new(Theme::default());
    let stored = RwSignal::new(None::<Theme>);
    let server_errors = RwSignal::new(FieldErrors::new());
    let message = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    let load_key = session.key_now();
    leptos::task::spawn_local(async move {
        match api::admin_theme(&load_key).await {
            Ok(t) => {
                theme.set(t.clone());
                stored.set(Some(t));
            }
            Err(e) => {
                session.check(&e);
                message.set(Some((false, t!("theme-load-failed", error = e.to_string()))));
            }
        }
    });
    // The API's own check, run here as the merchant edits: contrast problems appear where they are made.
    let problems = Memo::new(move |_| theme.with(|t| theme::validate(t).err().unwrap_or_default()));
    let error_of = move |token: &'static str| {
        move || {
            let key = format!("tokens.{token}");
            problems.with(|p| p.get(&key).cloned()).or_else(|| server_errors.with(|e| e.get(&key).cloned())).map(|v| v.join("\n"))
        }
    };
    // Every token's value in effect, read once per change for all the controls.
    let values = Memo::new(move |_| theme.with(theme::effective));
    let value = move |token: &str| values.with(|v| v.get(token).cloned().unwrap_or_default());
    let changed = Memo::new(move |_| stored.with(|s| s.as_ref() != Some(&theme.get())));
    let css = Memo::new(move |_| theme.with(theme::css));
    let json = Memo::new(move |_| theme.with(json_of));
    let download = move || format!("data:application/json;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&json.get())));
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let count = problems.with_untracked(|p| p.len());
        if count > 0 {
            message.set(Some((false, t!("theme-contrast-failing", count = count))));
            focus_first_invalid();
            return;
        }
        busy.set(true);
        let key = session.key_now();
        let t = theme.get_untracked();
        leptos::task::spawn_local(async move {
            match api::admin_put_theme(&key, &t).await {
                Ok(saved) => {
                    server_errors.set(FieldErrors::new());
                    stored.set(Some(saved));
                    message.set(Some((true, t!("theme-applied"))));
                    session.say(t!("theme-applied-notice"));
                }
                Err(e) => {
                    session.check(&e);
                    if let api::ApiError::Http { body, .. } = &e {
                        server_errors.set(body.errors.clone());
                    }
                    message.set(Some((false, t!("theme-not-applied", error = e.to_string()))));
                    focus_first_invalid();
                }
            }
            busy.set(false);
        });
    };
    let preset_now = move || theme.with(|t| t.preset.clone().unwrap_or_else(|| "auto".into()));
    view! {
        <Title text=t!("theme-title")/>
        <div class="vt-admin__head">
            <h1 class="vt-page__title">{t!("theme-title")}</h1>
        </div>
        <p class="vt-theme-editor__lede">{t!("theme-lede")}</p>
        <div class="vt-theme-editor">
            <form class="vt-theme-editor__controls" novalidate on:submit=apply aria-label=t!("theme-settings-label")>
                <fieldset class="vt-theme-editor__group">
                    <legend class="vt-theme-editor__legend">{t!("theme-preset-legend")}</legend>
                    <p class="vt-field__hint" id="vt-theme-preset-hint">{t!("theme-preset-hint")}</p>
                    <div class="vt-theme-editor__presets">
                        {PRESET_NAMES.iter().map(|name| {
                            let name = *name;
                            let (label, words) = preset_words(name);
                            view! {
                                <label class="vt-choice">
                                    <input type="radio" name="vt-theme-preset" value=name aria-describedby="vt-theme-preset-hint"
                                        prop:checked=move || preset_now() == name
                                        on:change=move |_| { theme.set(Theme { preset: (name != "auto").then(|| name.to_string()), ..Theme::default() }); server_errors.set(FieldErrors::new()); }/>
                                    <span class="vt-choice__text"><span class="vt-choice__title">{label}</span><span class="vt-choice__detail">{words}</span></span>
                                </label>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
                <fieldset class="vt-theme-editor__group">
                    <legend class="vt-theme-editor__legend">{t!("theme-colours-legend")}</legend>
                    <p class="vt-field__hint">{t!("theme-colours-hint")}</p>
                    {COLOURS.iter().map(|token| {
                        let (label, what) = colour_words(token);
                        view! { <ColourField theme values token=*token label what error=Signal::derive(error_of(token))/> }
                    }).collect_view()}
                </fieldset>
                <fieldset class="vt-theme-editor__group">
                    <legend class="vt-theme-editor__legend">{t!("theme-type-legend")}</legend>
                    <FontField theme values token="--vt-font-body" label=t!("theme-font-body")/>
                    <FontField theme values token="--vt-font-heading" label=t!("theme-font-heading")/>
                    <ChoiceGroup name="vt-theme-density" label=t!("theme-density") options=density_names()
                        current=Signal::derive(move || {
                            let size = value("--vt-font-size");
                            DENSITIES.iter().position(|(s, _)| *s == size).unwrap_or(1)
                        })
                        on_pick=Callback::new(move |i: usize| {
                            let (size, line) = DENSITIES[i];
                            set(theme, "--vt-font-size", Some(size.into()));
                            set(theme, "--vt-line-height", Some(line.into()));
                        })/>
                </fieldset>
                <fieldset class="vt-theme-editor__group">
                    <legend class="vt-theme-editor__legend">{t!("theme-shape-legend")}</legend>
                    <div class="vt-field">
                        <label class="vt-field__label" for="vt-theme-radius">{t!("theme-corner-radius")}</label>
                        <div class="vt-theme-editor__range">
                            <input id="vt-theme-radius" type="range" min="0" max="24" step="1"
                                prop:value=move || px(&value("--vt-radius")).to_string()
                                on:input=move |ev| {
                                    let r: u32 = event_target_value(&ev).parse().unwrap_or(12);
                                    set(theme, "--vt-radius", Some(format!("{r}px")));
                                    set(theme, "--vt-radius-sm", Some(format!("{}px", (r * 2).div_ceil(3))));
                                }/>
                            <output for="vt-theme-radius">{move || t!("theme-radius-value", px = px(&value("--vt-radius")))}</output>
                        </div>
                    </div>
                    <ChoiceGroup name="vt-theme-buttons" label=t!("theme-buttons") options=shape_names()
                        current=Signal::derive(move || {
                            let r = px(&value("--vt-radius-pill"));
                            if r == 0 { 0 } else if r < 100 { 1 } else { 2 }
                        })
                        on_pick=Callback::new(move |i: usize| set(theme, "--vt-radius-pill", Some(SHAPES[i].into())))/>
                    <ChoiceGroup name="vt-theme-spacing" label=t!("theme-spacing") options=scale_names()
                        current=Signal::derive(move || {
                            let four = value("--vt-space-4");
                            let rem: f64 = four.trim_end_matches("rem").parse().unwrap_or(1.0);
                            SCALES.iter().enumerate().min_by(|a, b| (a.1 - rem).abs().total_cmp(&(b.1 - rem).abs())).map(|(i, _)| i).unwrap_or(1)
                        })
                        on_pick=Callback::new(move |i: usize| {
                            let scale = SCALES[i];
                            for (token, base) in SPACES {
                                set(theme, token, Some(format!("{}rem", ((base * scale) * 1000.0).round() / 1000.0)));
                            }
                        })/>
                </fieldset>
                <div class="vt-theme-editor__actions">
                    <p class="vt-theme-editor__message" class:vt-theme-editor__message--error=move || message.with(|m| m.as_ref().is_some_and(|(ok, _)| !ok))
                        role="status" aria-live="polite">
                        {move || message.get().map(|(_, t)| t)}
                    </p>
                    <p class="vt-field__hint">{move || if changed.get() { t!("theme-changes-pending") } else { t!("theme-changes-none") }}</p>
                    <button type="submit" class="vt-button vt-button--primary" aria-disabled=move || busy.get().then_some("true")>
                        {move || if busy.get() { t!("theme-applying") } else { t!("theme-apply") }}
                    </button>
                    <button type="button" class="vt-button vt-button--secondary"
                        on:click=move |_| { theme.set(stored.get_untracked().unwrap_or_default()); server_errors.set(FieldErrors::new()); message.set(None); }>
                        {t!("theme-undo")}
                    </button>
                    <a class="vt-button vt-button--secondary" download="vitrine-theme.json" href=download>{t!("theme-download")}</a>
                </div>
                <div class="vt-field">
                    <label class="vt-field__label" for="vt-theme-css">{t!("theme-css-label")}</label>
                    <p class="vt-field__hint" id="vt-theme-css-hint">{t!("theme-css-hint")}</p>
                    <textarea id="vt-theme-css" class="vt-input vt-theme-editor__css" readonly rows="8" aria-describedby="vt-theme-css-hint" prop:value=move || css.get()></textarea>
                </div>
            </form>
            <ThemePreview theme/>
        </div>
    }
}

/// The theme file: the API's JSON, indented.
fn json_of(theme: &Theme) -> String {
    use serde::Serialize;
    let value = theme.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(wasm_bindgen::JsValue::NULL);
    js_sys::JSON::stringify_with_replacer_and_space(&value, &wasm_bindgen::JsValue::NULL, &wasm_bindgen::JsValue::from(2))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// Pixels of a length like `12px` (0 for anything else).
fn px(v: &str) -> u32 {
    v.trim().trim_end_matches("px").parse::<f64>().map(|x| x.round().clamp(0.0, 9999.0) as u32).unwrap_or(0)
}

fn focus_first_invalid() {
    leptos::prelude::request_animation_frame(|| {
        let first = document().query_selector(".vt-theme-editor [aria-invalid='true']").ok().flatten();
        if let Some(el) = first.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
            let _ = el.focus();
        }
    });
}

/// A colour token's light and dark sides, as two colour pickers, with the
/// contrast problem (if any) below them.
#[component]
fn ColourField(theme: RwSignal<Theme>, values: Memo<BTreeMap<String, String>>, token: &'static str, label: String, what: String, error: Signal<Option<String>>) -> impl IntoView {
    let id = field_id(token);
    let sides = Memo::new(move |_| values.with(|v| v.get(token).and_then(|v| colour_sides(v))).unwrap_or_else(|| ("#000000".into(), "#000000".into())));
    let pick = move |dark: bool, v: String| {
        let (l, d) = sides.get_untracked();
        let (l, d) = if dark { (l, v) } else { (v, d) };
        set(theme, token, Some(colour_value(&l, &d)));
    };
    // A contrast problem names the side that fails ("in light mode"); any other problem is the token's.
    let invalid = move |side: &'static str| {
        move || error.get().filter(|e| e.contains(side) || !(e.contains("light mode") || e.contains("dark mode"))).map(|_| "true")
    };
    let described = format!("{id}-what {id}-error");
    view! {
        <div class="vt-theme-colour" class:vt-theme-colour--invalid=move || error.get().is_some() role="group" aria-labelledby=format!("{id}-label")>
            <span class="vt-field__label" id=format!("{id}-label")>{label.clone()}</span>
            <span class="vt-field__hint" id=format!("{id}-what")>{what}</span>
            <div class="vt-theme-colour__pickers">
                <label class="vt-theme-colour__side">
                    <input type="color" id=format!("{id}-light") aria-describedby=described.clone() aria-invalid=invalid("light mode")
                        prop:value=move || sides.get().0 on:input=move |ev| pick(false, event_target_value(&ev))/>
                    <span>{t!("theme-colour-light-side", label = &label)}</span>
                </label>
                <label class="vt-theme-colour__side">
                    <input type="color" id=format!("{id}-dark") aria-describedby=described aria-invalid=invalid("dark mode")
                        prop:value=move || sides.get().1 on:input=move |ev| pick(true, event_target_value(&ev))/>
                    <span>{t!("theme-colour-dark-side", label = &label)}</span>
                </label>
            </div>
            <p class="vt-field__error" id=format!("{id}-error")>{move || error.get()}</p>
        </div>
    }
}

/// A font token as a choice of system font stacks.
#[component]
fn FontField(theme: RwSignal<Theme>, values: Memo<BTreeMap<String, String>>, token: &'static str, label: String) -> impl IntoView {
    let id = field_id(token);
    let heading = token == "--vt-font-heading";
    let current = Memo::new(move |_| values.with(|v| v.get(token).cloned().unwrap_or_default()));
    let known = move || FONTS.iter().any(|s| *s == current.get());
    // A heading font of `var(--vt-font-body)` follows the body's.
    let follows_body = move || current.get().starts_with("var("); // i18n: not shown
    view! {
        <div class="vt-field">
            <label class="vt-field__label" for=id.clone()>{label}</label>
            <select id=id class="vt-select" on:change=move |ev| {
                let v = event_target_value(&ev);
                set(theme, token, (!v.is_empty()).then_some(v));
            }>
                {heading.then(|| view! { <option value="" selected=follows_body>{t!("theme-font-same-as-body")}</option> })}
                <Show when=move || !known() && !follows_body()>
                    <option value="" selected=true>{t!("theme-font-preset")}</option>
                </Show>
                {FONTS.iter().enumerate().map(|(i, stack)| view! {
                    <option value=*stack selected=move || current.get() == *stack style=format!("font-family: {stack}")>{font_name(i)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// One choice of a few, as radios in a fieldset.
#[component]
fn ChoiceGroup(name: &'static str, label: String, options: Vec<String>, current: Signal<usize>, on_pick: Callback<usize>) -> impl IntoView {
    view! {
        <fieldset class="vt-theme-editor__choices">
            <legend class="vt-field__label">{label}</legend>
            <div class="vt-theme-editor__segments">
                {options.into_iter().enumerate().map(|(i, option)| view! {
                    <label class="vt-theme-editor__segment">
                        <input type="radio" name=name prop:checked=move || current.get() == i on:change=move |_| on_pick.run(i)/>
                        <span>{option}</span>
                    </label>
                }).collect_view()}
            </div>
        </fieldset>
    }
}

#[allow(dead_code)]
const _PRESETS_LISTED: () = assert!(PRESETS.len() == PRESET_NAMES.len());
