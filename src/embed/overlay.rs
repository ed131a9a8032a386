//! `<vitrine-checkout>`: the shop's own checkout over the host's page, in an
//! iframe from the shop's origin inside a modal dialog. The checkout's
//! inputs stay in one ordinary document, where the browser's address and
//! card autofill work (they do not reliably inside shadow roots: Chromium
//! 746593, WebKit 172567), and the card number only ever reaches the
//! payment step's own fields on the shop's page. The two sides talk by
//! `postMessage`, each checking the other's origin and window ([`super::frame`]
//! is the iframe's side):
//!
//! - the iframe says `vitrine:hello`; this side answers `vitrine:cart` with
//!   the cart's id and token (the iframe cannot read the host's storage);
//! - `vitrine:order-placed` `{number, total, statusUrl}`: the order exists;
//!   the cart is done, and the host gets the event;
//! - `vitrine:close`: Escape in the iframe.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{cart, dispatch, document, field, object, shop_origin, Kind};

/// The checkout's iframe, while the overlay is open.
fn frame() -> Option<web_sys::HtmlIFrameElement> {
    let host = document().query_selector(Kind::Checkout.tag()).ok().flatten()?;
    host.shadow_root()?.query_selector("iframe").ok().flatten()?.dyn_into().ok()
}

/// The address the overlay's iframe opens: the shop's checkout, told the
/// host's origin (the only one it will talk to) and the widgets' language.
pub fn src() -> String {
    let here = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    format!("{}/checkout?embed={}&lang={}", shop_origin(), String::from(js_sys::encode_uri_component(&here)), crate::i18n::lang().tag())
}

/// Listens to the checkout iframe (messages from the shop's origin and from
/// that iframe's window only).
pub fn listen() {
    let shop = shop_origin();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        if ev.origin() != shop {
            return;
        }
        let Some(window) = frame().and_then(|f| f.content_window()) else { return };
        if !ev.source().is_some_and(|s| JsValue::from(s) == JsValue::from(window.clone())) {
            return;
        }
        let data = ev.data();
        match field(&data, "type").as_string().as_deref() {
            Some("vitrine:hello") => {
                let reply = match cart::key() {
                    Some(key) => object(&[("type", "vitrine:cart".into()), ("id", key.id.into()), ("token", key.cart_token.into())]),
                    None => object(&[("type", "vitrine:cart".into())]),
                };
                let _ = window.post_message(&reply, &shop);
            }
            Some("vitrine:order-placed") => {
                let detail = object(&["number", "total", "statusUrl"].map(|key| (key, field(&data, key))));
                let host = document().query_selector(Kind::Checkout.tag()).ok().flatten();
                dispatch("order-placed", &detail, host.map(Into::into));
                cart::reset();
            }
            Some("vitrine:close") => super::set_checkout_open(false),
            _ => {}
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    }
    on_message.forget();
}

/// Focus goes back to the first cart button on the page (the drawer that
/// opened the checkout is closed by then).
pub fn focus_cart_button() {
    let button = document()
        .query_selector(Kind::CartButton.tag())
        .ok()
        .flatten()
        .and_then(|host| host.shadow_root())
        .and_then(|root| root.query_selector("button").ok().flatten()) // i18n: not shown
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(b) = button {
        let _ = b.focus();
    }
}
