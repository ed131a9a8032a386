//! The embedded widgets' wasm: `embed/vitrine.js` (the stable script a site
//! owner adds; `scripts/embed-loader.js` is its source) imports this
//! module, calls [`start`], defines the `vitrine-*` elements on top of
//! [`connect`], [`disconnect`] and [`attribute_changed`], and puts the
//! rest on `window.Vitrine`. See `vitrine::embed` and docs/EMBED.md.

use leptos::prelude::*;
use vitrine::embed;
use wasm_bindgen::prelude::*;

fn main() {}

/// Starts the runtime (API base, shop origin, language hint); resolves when the widgets can render.
#[wasm_bindgen]
pub async fn start(api: String, shop: String, lang: String) {
    embed::start(api, shop, lang).await;
}

/// A `vitrine-*` element joined the document.
#[wasm_bindgen]
pub fn connect(host: web_sys::HtmlElement) {
    embed::connect(host);
}

/// A `vitrine-*` element left the document.
#[wasm_bindgen]
pub fn disconnect(host: web_sys::HtmlElement) {
    embed::disconnect(host);
}

/// An observed attribute changed (`value` is `null` when removed).
#[wasm_bindgen(js_name = attributeChanged)]
pub fn attribute_changed(host: web_sys::HtmlElement, name: String, value: Option<String>) {
    embed::attribute_changed(host, name, value);
}

/// `Vitrine.openCart()`.
#[wasm_bindgen(js_name = openCart)]
pub fn open_cart() {
    embed::with_stores(|cart, _| cart.drawer_open.set(true));
}

/// `Vitrine.closeCart()`.
#[wasm_bindgen(js_name = closeCart)]
pub fn close_cart() {
    embed::with_stores(|cart, _| cart.drawer_open.set(false));
}

/// `Vitrine.openCheckout()`.
#[wasm_bindgen(js_name = openCheckout)]
pub fn open_checkout() {
    embed::with_stores(|cart, embed| {
        cart.drawer_open.set(false);
        embed.checkout_open.set(true);
    });
}

/// `Vitrine.addToCart(variantId, quantity)`: resolves to the cart (as in
/// `vitrine:cart-changed`), rejects with `{message, code}`.
#[wasm_bindgen(js_name = addToCart)]
pub async fn add_to_cart(variant_id: f64, quantity: Option<f64>) -> Result<JsValue, JsValue> {
    let Some(cart) = embed::with_stores(|cart, _| cart) else {
        return Err(embed::events_error(&vitrine_core::t!("common-embed-not-ready"), "not_ready"));
    };
    let (id, quantity) = (variant_id as i64, quantity.unwrap_or(1.0) as i64);
    let title = cart.cart().with_untracked(|c| c.as_ref().and_then(|c| c.lines.iter().find(|l| l.variant_id == id)).map(|l| l.product_title.clone()));
    match cart.add(id, quantity, &title.unwrap_or_default()).await {
        Ok(()) => Ok(cart.cart().with_untracked(|c| embed::cart_detail(c.as_ref()))),
        Err(e) => Err(embed::events_error(&e.to_string(), "cart")),
    }
}

/// `Vitrine.getCart()`: the cart as in `vitrine:cart-changed`, or `null`.
#[wasm_bindgen(js_name = getCart)]
pub fn get_cart() -> JsValue {
    embed::with_stores(|cart, _| cart.cart().with_untracked(|c| embed::cart_detail(c.as_ref()))).unwrap_or(JsValue::NULL)
}
