//! The kit's styles inside shadow roots (embedded widgets, components
//! mounted on their own), where the page's `<link>`ed styles don't reach.
//!
//! Every shadow root adopts the same two constructed stylesheets
//! (`adoptedStyleSheets`: no inline `<style>`, so a page whose CSP forbids
//! inline styles still works, and one sheet serves every root): the kit's
//! (`OUT_DIR/embed.css`, written by `build.rs`) and the shop's theme (empty
//! until [`set_theme`]). Both go through
//! [`vitrine_core::theme::shadow_css`], so the host page's own `--vt-*`
//! values win over the theme, and the theme over the kit's defaults.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The kit's styles for shadow roots, comments stripped (`build.rs`): tokens,
/// base, shell, catalog, product, cart, the embed's own rules and the presets
/// by class. Not the checkout's: checkout inputs stay out of shadow roots
/// (browser autofill; see `crate::embed`).
const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/embed.css"));

thread_local! {
    /// The kit's sheet and the shop's theme, created on first use.
    static SHEETS: RefCell<Option<js_sys::Array>> = const { RefCell::new(None) };
}

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a browser document")
}

fn sheets() -> js_sys::Array {
    SHEETS.with(|s| {
        s.borrow_mut()
            .get_or_insert_with(|| {
                let kit = web_sys::CssStyleSheet::new().expect("constructable stylesheets");
                kit.replace_sync(&vitrine_core::theme::shadow_css(STYLES)).expect("the kit's styles parse");
                let theme = web_sys::CssStyleSheet::new().expect("constructable stylesheets");
                js_sys::Array::of2(&kit, &theme)
            })
            .clone()
    })
}

/// Puts the shop's theme (`GET /api/v1/theme.css`) into every shadow root at once.
pub fn set_theme(css: &str) {
    let theme: web_sys::CssStyleSheet = sheets().get(1).unchecked_into();
    let _ = theme.replace_sync(&vitrine_core::theme::shadow_css(css));
}

/// `host`'s open shadow root (attached now, or emptied when it had one)
/// with the kit's styles adopted, and a `div.vt-shadow` in it to mount into.
pub fn shadow_container(host: &web_sys::HtmlElement) -> web_sys::HtmlElement {
    let root = host.shadow_root().unwrap_or_else(|| {
        host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).expect("the host element can have a shadow root")
    });
    root.set_inner_html("");
    let _ = js_sys::Reflect::set(&root, &JsValue::from_str("adoptedStyleSheets"), &sheets());
    let container: web_sys::HtmlElement = document().create_element("div").expect("a div").unchecked_into();
    container.set_class_name("vt-shadow");
    root.append_child(&container).expect("append the container");
    container
}

/// Mounts `view` into a new open shadow root of `host` ([`shadow_container`]),
/// so nothing leaks into or out of the host page's CSS (theme tokens still
/// inherit in from the host), in a `.vt-widget` root.
///
/// ```ignore
/// let host: web_sys::HtmlElement = document().get_element_by_id("buy").unwrap().unchecked_into();
/// vitrine::ui::mount_in_shadow_root(host, || view! { <Price price=money/> }).forget();
/// ```
pub fn mount_in_shadow_root<V: IntoView + 'static>(host: web_sys::HtmlElement, view: impl FnOnce() -> V + 'static) -> leptos::mount::UnmountHandle<impl Mountable> {
    // A widget carries the storefront's English words (no request).
    crate::i18n::load_english(&[crate::i18n::Bundle::STOREFRONT]);
    let container = shadow_container(&host);
    leptos::mount::mount_to(container, move || view! { <div class="vt-widget">{view()}</div> })
}
