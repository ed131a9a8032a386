//! The embedded widgets' wasm: `embed/vitrine.js` (the stable script a site
//! owner adds; `scripts/embed-loader.js` is its source) imports this
//! module, calls [`start`], defines the `vitrine-*` elements on top of
//! [`connect`], [`disconnect`] and [`attribute_changed`], and puts the
//! rest on `window.Vitrine`. See `vitrine::embed` and docs/EMBED.md.

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
    embed::set_drawer_open(true);
}

/// `Vitrine.closeCart()`.
#[wasm_bindgen(js_name = closeCart)]
pub fn close_cart() {
    embed::set_drawer_open(false);
}

/// `Vitrine.openCheckout()`.
#[wasm_bindgen(js_name = openCheckout)]
pub fn open_checkout() {
    embed::set_checkout_open(true);
}

/// `Vitrine.addToCart(variantId, quantity)`: resolves to the cart (as in
/// `vitrine:cart-changed`), rejects with `{message, code}`.
#[wasm_bindgen(js_name = addToCart)]
pub async fn add_to_cart(variant_id: f64, quantity: Option<f64>) -> Result<JsValue, JsValue> {
    embed::add_to_cart(variant_id as i64, quantity.unwrap_or(1.0) as i64).await
}

/// `Vitrine.getCart()`: the cart as in `vitrine:cart-changed`, or `null`.
#[wasm_bindgen(js_name = getCart)]
pub fn get_cart() -> JsValue {
    embed::get_cart()
}
