//! The host page's side of the widgets: CustomEvents (`vitrine:*`) that
//! bubble and are `composed`, dispatched on the element the shopper acted in
//! (so they reach `document` too), or on `document` when no element did.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::object;
use super::wire::J;


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

/// The `detail` of `vitrine:cart-changed` (and what `Vitrine.getCart()`
/// resolves to): `{cartId, itemCount, currency, lines, totals}`; money as
/// `{amount: "19.99", currency: "EUR"}`. `null` when there is no cart yet.
/// A copy: the host may change it without touching the widgets' cart.
pub fn cart_detail(cart: Option<&J>) -> JsValue {
    let Some(c) = cart else { return JsValue::NULL };
    let lines = js_sys::Array::new();
    for l in c.list("lines") {
        let fields = [
            ("id", "id"),
            ("variantId", "variant_id"),
            ("productHandle", "product_handle"),
            ("productTitle", "product_title"),
            ("variantTitle", "variant_title"),
            ("sku", "sku"),
            ("quantity", "quantity"),
            ("unitPrice", "unit_price"),
        ];
        lines.push(&object(&fields.map(|(to, from)| (to, l.get(from).0))));
    }
    let t = c.get("totals");
    let shipping = t.opt("shipping").map(|s| s.0).unwrap_or(JsValue::NULL);
    let totals = object(&[
        ("subtotal", t.get("subtotal").0),
        ("discount", t.get("discount_total").0),
        ("shipping", shipping),
        ("tax", t.get("tax_total").0),
        ("total", t.get("total").0),
    ]);
    let detail = object(&[
        ("cartId", c.get("id").0),
        ("itemCount", t.get("item_count").0),
        ("currency", c.get("currency").0),
        ("lines", lines.into()),
        ("totals", totals.into()),
    ]);
    js_sys::JSON::stringify(&detail).ok().and_then(|text| js_sys::JSON::parse(&String::from(text)).ok()).unwrap_or(JsValue::NULL)
}

/// An `{message, code}` detail for `vitrine:error`.
pub fn error_detail(message: &str, code: &str) -> JsValue {
    object(&[("message", message.into()), ("code", code.into())]).into()
}
