//! The host page's side of the widgets: CustomEvents (`vitrine:*`) that
//! bubble and are `composed`, dispatched on the element the shopper acted in
//! (so they reach `document` too), or on `document` when no element did.

use std::cell::RefCell;

use leptos::prelude::*;
use serde::Serialize;
use vitrine_core::cart::Cart;
use vitrine_core::Money;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::store::{CartStore, ShopStore};

thread_local! {
    /// The widget the shopper last clicked or typed in.
    static ACTING: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Notes clicks and keys in `host` (its shadow root's events reach it
/// retargeted), so the events they cause are dispatched on it.
pub fn note_actions_on(host: &web_sys::HtmlElement) {
    let marker = JsValue::from_str("__vitrineListens"); // i18n: not shown
    if js_sys::Reflect::get(host, &marker).is_ok_and(|v| v.is_truthy()) {
        return;
    }
    let _ = js_sys::Reflect::set(host, &marker, &JsValue::TRUE);
    let element: web_sys::Element = host.clone().unchecked_into();
    let note = Closure::<dyn Fn()>::new(move || ACTING.with(|a| *a.borrow_mut() = Some(element.clone())));
    for ev in ["click", "keydown", "change"] {
        let _ = host.add_event_listener_with_callback_and_bool(ev, note.as_ref().unchecked_ref(), true);
    }
    note.forget();
}

/// Dispatches `vitrine:{name}` with `detail` on `on`, else on the widget the
/// shopper last acted in (while it is on the page), else on `document`.
pub fn dispatch(name: &str, detail: &JsValue, on: Option<web_sys::EventTarget>) {
    let target = on.or_else(|| ACTING.with(|a| a.borrow().clone().filter(|e| e.is_connected()).map(Into::into))).or_else(|| {
        web_sys::window().and_then(|w| w.document()).map(Into::into)
    });
    let Some(target) = target else { return };
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(&format!("vitrine:{name}"), &init) {
        let _ = target.dispatch_event(&ev);
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LineDetail<'a> {
    id: i64,
    variant_id: i64,
    product_handle: &'a str,
    product_title: &'a str,
    variant_title: &'a str,
    sku: &'a str,
    quantity: i64,
    unit_price: Money,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TotalsDetail {
    subtotal: Money,
    discount: Money,
    shipping: Option<Money>,
    tax: Money,
    total: Money,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CartDetail<'a> {
    cart_id: &'a str,
    item_count: i64,
    currency: &'a str,
    lines: Vec<LineDetail<'a>>,
    totals: TotalsDetail,
}

/// The `detail` of `vitrine:cart-changed` (and what `Vitrine.getCart()`
/// resolves to): `{cartId, itemCount, currency, lines, totals}`; money as
/// `{amount: "19.99", currency: "EUR"}`. `null` when there is no cart yet.
pub fn cart_detail(cart: Option<&Cart>) -> JsValue {
    let Some(c) = cart else { return JsValue::NULL };
    let detail = CartDetail {
        cart_id: &c.id,
        item_count: c.item_count(),
        currency: c.currency.code(),
        lines: c
            .lines
            .iter()
            .map(|l| LineDetail {
                id: l.id,
                variant_id: l.variant_id,
                product_handle: &l.product_handle,
                product_title: &l.product_title,
                variant_title: &l.variant_title,
                sku: &l.sku,
                quantity: l.quantity,
                unit_price: l.unit_price,
            })
            .collect(),
        totals: TotalsDetail {
            subtotal: c.totals.subtotal,
            discount: c.totals.discount_total,
            shipping: c.totals.shipping,
            tax: c.totals.tax_total,
            total: c.totals.total,
        },
    };
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    detail.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// An `{message, code}` detail for `vitrine:error`.
pub fn error_detail(message: &str, code: &str) -> JsValue {
    super::object(&[("message", message.into()), ("code", code.into())]).into()
}

/// Dispatches `cart-changed` after every change to the cart (including the
/// saved cart's first load and changes from other tabs) and `error` when a
/// cart action or the shop itself fails.
pub fn watch(cart: CartStore, shop: ShopStore) {
    let all = cart.cart();
    Effect::new(move |seen: Option<Option<(String, i64)>>| {
        let now = all.with(|c| c.as_ref().map(|c| (c.id.clone(), c.version)));
        if seen.is_some_and(|s| s != now) {
            all.with_untracked(|c| dispatch("cart-changed", &cart_detail(c.as_ref()), None));
        }
        now
    });
    Effect::new(move |_| {
        if let Some(message) = cart.error.get() {
            dispatch("error", &error_detail(&message, "cart"), None);
        }
    });
    Effect::new(move |_| {
        if let Some(e) = shop.error() {
            let code = if e.status() == Some(403) && e.field("origin").is_some() { "not_connected" } else { "unreachable" };
            dispatch("error", &error_detail(&e.to_string(), code), web_sys::window().and_then(|w| w.document()).map(Into::into));
        }
    });
}
