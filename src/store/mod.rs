//! App-wide reactive state, provided as typed contexts.

mod cart;
mod shop;

pub(crate) use cart::{bump_revision, key_name, load_key, preload as preload_cart, revision_name, save_key};
pub use cart::{adopt_cart, set_storage_key as set_cart_storage_key, CartStore, Removed};
pub use shop::ShopStore;

/// Mirrors a value this browser keeps (the cart's key, the chosen language)
/// into a first-party cookie, so the server can draw the cart's and the
/// checkout's first screen as the app will (`crates/server/src/cart_screen.rs`);
/// `None` clears it. The cookie grants nothing: the API wants the cart's
/// token in `Authorization`.
pub(crate) fn mirror_cookie(name: &str, value: Option<&str>) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let secure = if window.location().protocol().is_ok_and(|p| p == "https:") { "; Secure" } else { "" }; // i18n: not shown (a cookie attribute)
    let text = match value {
        Some(v) => format!("{name}={v}; Path=/; Max-Age=31536000; SameSite=Lax{secure}"),
        None => format!("{name}=; Path=/; Max-Age=0; SameSite=Lax{secure}"),
    };
    let _ = js_sys::Reflect::set(&document, &"cookie".into(), &text.into());
}
