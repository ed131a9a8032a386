//! The kit's stylesheet as a string, for components mounted inside a shadow
//! root (embedded widgets), where the page's `<link>`ed styles don't reach.
//! Only linked into a bundle that uses it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Every stylesheet of the kit, tokens first.
pub const STYLESHEET: &str = concat!(
    include_str!("../../style/tokens.css"),
    include_str!("../../style/base.css"),
    include_str!("../../style/shell.css"),
    include_str!("../../style/catalog.css"),
    include_str!("../../style/product.css"),
    include_str!("../../style/cart.css"),
    include_str!("../../style/checkout.css"),
);

/// Mounts `view` into a new open shadow root of `host`, with the kit's
/// styles injected, so nothing leaks into or out of the host page's CSS
/// (theme tokens still inherit in from the host).
///
/// ```ignore
/// let host: web_sys::HtmlElement = document().get_element_by_id("buy").unwrap().unchecked_into();
/// vitrine::ui::mount_in_shadow_root(host, || view! { <Price price=money/> }).forget();
/// ```
pub fn mount_in_shadow_root<V: IntoView + 'static>(host: web_sys::HtmlElement, view: impl FnOnce() -> V + 'static) -> leptos::mount::UnmountHandle<V::State> {
    // A widget carries the storefront's English words (no request).
    crate::i18n::load_english(&[crate::i18n::Bundle::Storefront]);
    let root = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .expect("the host element can have a shadow root");
    let style = document().create_element("style").expect("a style element");
    style.set_text_content(Some(STYLESHEET));
    root.append_child(&style).expect("append the styles");
    let container: web_sys::HtmlElement = document().create_element("div").expect("a div").unchecked_into();
    container.set_class_name("vt-widget");
    root.append_child(&container).expect("append the container");
    leptos::mount::mount_to(container, view)
}
