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

use std::cell::RefCell;

use leptos::prelude::*;
use vitrine_core::t;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{dispatch, field, object, shop_origin, Embed, Kind};
use crate::store::CartStore;
use crate::ui::{Icon, IconKind};

thread_local! {
    static FRAME: RefCell<Option<web_sys::HtmlIFrameElement>> = const { RefCell::new(None) };
}

/// Listens to the checkout iframe (messages from the shop's origin and from
/// that iframe's window only).
pub fn listen(cart: CartStore, embed: Embed) {
    let shop = shop_origin();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        if ev.origin() != shop {
            return;
        }
        let Some(frame) = FRAME.with(|f| f.borrow().as_ref().and_then(|f| f.content_window())) else { return };
        let from_frame = ev.source().is_some_and(|s| JsValue::from(s) == JsValue::from(frame.clone()));
        if !from_frame {
            return;
        }
        let data = ev.data();
        match field(&data, "type").as_string().as_deref() {
            Some("vitrine:hello") => {
                let reply = match cart.key() {
                    Some(key) => object(&[("type", "vitrine:cart".into()), ("id", key.id.into()), ("token", key.cart_token.into())]),
                    None => object(&[("type", "vitrine:cart".into())]),
                };
                let _ = frame.post_message(&reply, &shop);
            }
            Some("vitrine:order-placed") => {
                let detail = object(&["number", "total", "statusUrl"].map(|key| (key, field(&data, key))));
                let host = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(Kind::Checkout.tag()).ok().flatten());
                dispatch("order-placed", &detail, host.map(Into::into));
                cart.reset();
            }
            Some("vitrine:close") => embed.checkout_open.set(false),
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
fn focus_cart_button() {
    let doc = web_sys::window().and_then(|w| w.document());
    let button = doc
        .and_then(|d| d.query_selector(Kind::CartButton.tag()).ok().flatten())
        .and_then(|host| host.shadow_root())
        .and_then(|root| root.query_selector("button").ok().flatten()) // i18n: not shown
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(b) = button {
        let _ = b.focus();
    }
}

/// The checkout overlay: a modal dialog (Escape and the close button close
/// it, the host's page is inert behind it) holding the shop's checkout.
#[component]
pub fn CheckoutOverlay() -> impl IntoView {
    let embed = expect_context::<Embed>();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let frame = NodeRef::<leptos::html::Iframe>::new();
    crate::ui::modal_while(dialog, move || embed.checkout_open.get());
    Effect::new(move |_| {
        let f = frame.get().map(|f| f.unchecked_into::<web_sys::HtmlIFrameElement>());
        FRAME.with(|slot| *slot.borrow_mut() = f);
    });
    let src = move || {
        let here = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
        format!("{}/checkout?embed={}&lang={}", shop_origin(), String::from(js_sys::encode_uri_component(&here)), crate::i18n::lang().tag())
    };
    let close = move || embed.checkout_open.set(false);
    view! {
        <dialog node_ref=dialog class="vt-dialog vt-embed-checkout" part="checkout-dialog" aria-labelledby="vt-embed-checkout-title"
            on:close=move |_| { close(); focus_cart_button(); }>
            <div class="vt-dialog__header">
                <h2 id="vt-embed-checkout-title" class="vt-dialog__title">{t!("common-embed-overlay-title")}</h2>
                <button type="button" class="vt-icon-button" aria-label=t!("common-embed-overlay-close") on:click=move |_| close()>
                    <Icon kind=IconKind::Close/>
                </button>
            </div>
            <Show when=move || embed.checkout_open.get()>
                <iframe node_ref=frame class="vt-embed-checkout__frame" part="checkout-frame"
                    title=t!("common-embed-overlay-frame") src=src() allow="payment"
                    on:load=move |_| { if let Some(f) = frame.get() { let _ = f.focus(); } }></iframe>
            </Show>
        </dialog>
    }
}
