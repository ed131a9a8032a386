//! The checkout's side of the embed's checkout overlay ([`super::overlay`]):
//! the checkout entry runs inside the overlay's iframe when its address says
//! `?embed=<host origin>` and it is framed. It then keeps its cart under its
//! own storage key, takes the cart from the host's widgets (`vitrine:hello`,
//! answered with `vitrine:cart`), hides the shop's header and footer, tells
//! the host when the order is placed, and turns Escape into "close".
//! Messages go to that host origin only; the server lets only the origins on
//! its `--cors-origin` list frame the shop (`frame-ancestors`).

use std::cell::RefCell;

use vitrine_core::checkout::CheckoutResult;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static HOST: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn get(data: &JsValue, key: &str) -> Option<String> {
    super::field(data, key).as_string()
}

fn parent() -> Option<web_sys::Window> {
    let w = web_sys::window()?;
    let p = w.parent().ok().flatten()?;
    (JsValue::from(p.clone()) != JsValue::from(w)).then_some(p)
}

/// The host's origin when this page is the embed's checkout (`?embed=` names
/// an origin and the page is framed).
pub fn host_origin() -> Option<String> {
    parent()?;
    let search = web_sys::window()?.location().search().ok()?;
    let value = web_sys::UrlSearchParams::new_with_str(&search).ok()?.get("embed")?;
    let origin = web_sys::Url::new(&value).ok()?.origin();
    (origin != "null" && !origin.is_empty()).then_some(origin)
}

fn post(kind: &str, fields: &[(&str, JsValue)]) {
    let (Some(host), Some(p)) = (HOST.with(|h| h.borrow().clone()), parent()) else { return };
    let o = super::object(fields);
    let _ = js_sys::Reflect::set(&o, &"type".into(), &kind.into());
    let _ = p.post_message(&o, &host);
}

/// Joins the host's page: asks for its cart and waits for it (at most 5 s;
/// the checkout then shows an empty cart).
pub async fn join(host: String) {
    HOST.with(|h| *h.borrow_mut() = Some(host.clone()));
    crate::store::set_cart_storage_key("vitrine.cart.embedded");
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("vt-embedded");
    }
    let (tx, rx) = futures::channel::oneshot::channel::<()>();
    let tx = RefCell::new(Some(tx));
    let expected = host.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let from_parent = parent().zip(ev.source()).is_some_and(|(p, s)| JsValue::from(p) == JsValue::from(s));
        if ev.origin() != expected || !from_parent || get(&ev.data(), "type").as_deref() != Some("vitrine:cart") {
            return;
        }
        let data = ev.data();
        crate::store::adopt_cart(get(&data, "id"), get(&data, "token"));
        if let Some(tx) = tx.borrow_mut().take() {
            let _ = tx.send(());
        }
    });
    let on_key = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |ev: web_sys::KeyboardEvent| {
        // Escape closes the overlay unless a dialog of the checkout's own (the card challenge) is open.
        let own_dialog = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector("dialog[open]").ok().flatten()); // i18n: not shown
        if ev.key() == "Escape" && own_dialog.is_none() {
            post("vitrine:close", &[]);
        }
    });
    // "Continue shopping" (a link to the shop's front page) closes the overlay:
    // the shopper is shopping on the host's page. A link to another of the
    // shop's pages (a product in the summary, a return) opens in a new tab,
    // so the overlay keeps the checkout or the order it shows.
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        let Some(a) = crate::entry::link_elsewhere(&ev, crate::entry::Entry::Checkout) else { return };
        ev.prevent_default();
        ev.stop_propagation();
        if a.pathname() == "/" {
            post("vitrine:close", &[]);
        } else if let Some(w) = web_sys::window() {
            let _ = w.open_with_url_and_target_and_features(&a.href(), "_blank", "noopener");
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
        let _ = w.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
        let _ = w.add_event_listener_with_callback_and_bool("click", on_click.as_ref().unchecked_ref(), true);
    }
    on_message.forget();
    on_key.forget();
    on_click.forget();
    post("vitrine:hello", &[]);
    let timeout = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 5000);
        }
    }));
    futures::future::select(rx, Box::pin(timeout)).await;
}

/// Tells the host the order is placed (nothing outside an embed).
pub fn order_placed(result: &CheckoutResult) {
    if HOST.with(|h| h.borrow().is_none()) {
        return;
    }
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let total = serde_wasm_bindgen::to_value(&result.order.totals.total).unwrap_or(JsValue::NULL);
    post(
        "vitrine:order-placed",
        &[
            ("number", result.order.number.clone().into()),
            ("total", total),
            ("statusUrl", format!("{origin}{}", result.order.status_url).into()),
        ],
    );
}
