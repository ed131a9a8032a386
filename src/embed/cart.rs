//! The one cart every widget on the host's page shares. It lives on the
//! server; its id and token stay in the host origin's localStorage under
//! `vitrine.cart@<shop origin>` (the storefront's own keeping, keyed by the
//! shop: [`crate::store`]) and go to the API in a header. Changes made in
//! other tabs arrive through the `storage` event.
//!
//! Every total shown is the server's answer: the widgets never price. The
//! cart is kept as the API's JSON ([`J`]).

use std::cell::RefCell;

use gloo_net::http::Method;
use vitrine_core::t;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::wire::{call, J};
use crate::api::{ApiError, Auth, CartKey};
use crate::store::{bump_revision, key_name, load_key, revision_name, save_key, Removed};

/// The cart and what the cart's widgets show about it.
#[derive(Default)]
pub struct CartState {
    pub cart: Option<J>,
    pub key: Option<CartKey>,
    /// Changes on their way to the server.
    pub busy: u32,
    pub drawer_open: bool,
    pub checkout_open: bool,
    /// The line just removed, which "Undo" puts back.
    pub removed: Option<Removed>,
    /// The drawer's discount code field: what is typed, why it was refused, an apply on its way.
    pub discount: DiscountEntry,
    /// The cart last told to the host (`vitrine:cart-changed`): id and version.
    told: Option<(String, i64)>,
}

#[derive(Default)]
pub struct DiscountEntry {
    pub code: String,
    pub error: Option<String>,
    pub pending: bool,
}

impl CartState {
    /// Units in the cart.
    pub fn count(&self) -> i64 {
        self.cart.as_ref().map(|c| c.get("totals").int("item_count")).unwrap_or(0)
    }

    /// The line `id`: its quantity and the most it may have.
    pub fn line(&self, id: i64) -> Option<(i64, i64)> {
        let line = self.cart.as_ref()?.list("lines").into_iter().find(|l| l.int("id") == id)?;
        Some((line.int("quantity"), line.int("max_quantity").max(1)))
    }
}

fn id_version(cart: &J) -> (String, i64) {
    (cart.str("id"), cart.int("version"))
}

thread_local! {
    static CART: RefCell<CartState> = RefCell::new(CartState::default());
}

/// Reads the cart's state.
pub fn with<R>(f: impl FnOnce(&CartState) -> R) -> R {
    CART.with(|c| f(&c.borrow()))
}

/// Changes the cart's state, then renders the cart's widgets and tells the
/// host when the cart itself changed.
pub fn update(f: impl FnOnce(&mut CartState)) {
    CART.with(|c| f(&mut c.borrow_mut()));
    super::render_cart();
    let (now, told) = with(|s| (s.cart.as_ref().map(id_version), s.told.clone()));
    if now != told {
        CART.with(|c| c.borrow_mut().told = now.clone());
        // Including the saved cart's first load (nothing was told before it).
        let detail = with(|s| super::events::cart_detail(s.cart.as_ref()));
        super::events::dispatch("cart-changed", &detail, None);
    }
}

/// Changes the cart's state without rendering (what the shopper is typing).
pub fn set(f: impl FnOnce(&mut CartState)) {
    CART.with(|c| f(&mut c.borrow_mut()));
}

/// Loads the saved cart and follows other tabs.
pub fn start() {
    update(|s| s.key = load_key());
    refresh();
    let on_storage = Closure::<dyn Fn(web_sys::StorageEvent)>::new(|ev: web_sys::StorageEvent| {
        let changed = ev.key().unwrap_or_default();
        if changed == key_name() || changed == revision_name() {
            update(|s| s.key = load_key());
            refresh();
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
    }
    on_storage.forget();
}

/// Reloads the cart from the server; a cart that is gone is forgotten.
pub fn refresh() {
    let Some(key) = with(|s| s.key.clone()) else {
        update(|s| s.cart = None);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match call(Method::GET, &format!("/carts/{}", key.id), None, key.auth(None)).await {
            Ok(cart) => update(|s| s.cart = Some(cart)),
            Err(e) if e.is_not_found() && e.field("cart").is_some() => forget(),
            Err(_) => {}
        }
    });
}

/// The cart's id and token, once a cart exists.
pub fn key() -> Option<CartKey> {
    with(|s| s.key.clone())
}

/// After an order: the cart is done; the next add starts a new one.
pub fn reset() {
    forget();
    bump_revision(0);
}

fn forget() {
    save_key(None);
    update(|s| {
        s.key = None;
        s.cart = None;
    });
}

async fn ensure_key() -> Result<CartKey, ApiError> {
    if let Some(k) = key() {
        return Ok(k);
    }
    let created = call(Method::POST, "/carts", Some("{}".to_string()), Auth::default()).await?;
    let key = CartKey { id: created.str("id"), cart_token: created.str("token") };
    save_key(Some(&key));
    let k = key.clone();
    update(move |s| {
        s.key = Some(k);
        s.cart = Some(created.get("cart"));
    });
    Ok(key)
}

/// What one change sends.
#[derive(Clone)]
enum Change {
    /// `POST lines {variant_id, quantity}`.
    Add(i64, i64),
    /// `PATCH lines/{id}` with this body, based on the cart's `version`.
    Line { version: i64, id: i64, body: String },
    /// `DELETE lines/{id}`.
    Remove(i64),
    /// `POST discount` with this body.
    Discount(String),
    /// `DELETE discount`.
    NoDiscount,
}

async fn send(key: &CartKey, change: &Change) -> Result<J, ApiError> {
    let lines = format!("/carts/{}/lines", key.id);
    let discount = format!("/carts/{}/discount", key.id);
    match change {
        Change::Add(variant, quantity) => {
            call(Method::POST, &lines, Some(format!(r#"{{"variant_id":{variant},"quantity":{quantity}}}"#)), key.auth(None)).await
        }
        Change::Line { version, id, body } => call(Method::PATCH, &format!("{lines}/{id}"), Some(body.clone()), key.auth(Some(*version))).await,
        Change::Remove(id) => call(Method::DELETE, &format!("{lines}/{id}"), None, key.auth(None)).await,
        Change::Discount(body) => call(Method::POST, &discount, Some(body.clone()), key.auth(None)).await,
        Change::NoDiscount => call(Method::DELETE, &discount, None, key.auth(None)).await,
    }
}

/// Runs a change; a missing or checked-out cart is replaced by a new one
/// and the change tried once more on it. A failure goes to the host as
/// `vitrine:error` and to the shopper through the live regions.
async fn run(change: Change) -> Result<(), ApiError> {
    update(|s| s.busy += 1);
    let result = async {
        let key = ensure_key().await?;
        match send(&key, &change).await {
            Err(e) if e.is_not_found() && e.field("cart").is_some() => {
                forget();
                let key = ensure_key().await?;
                send(&key, &change).await
            }
            other => other,
        }
    }
    .await;
    match result {
        Ok(cart) => {
            bump_revision(cart.int("version"));
            update(|s| {
                s.busy -= 1;
                s.cart = Some(cart);
            });
            Ok(())
        }
        Err(e) => {
            update(|s| s.busy -= 1);
            super::events::dispatch("error", &super::events::error_detail(&e.to_string(), "cart"), None);
            Err(e)
        }
    }
}

/// Adds `quantity` of a variant; `title` is for the announcement.
pub async fn add(variant_id: i64, quantity: i64, title: &str) -> Result<(), ApiError> {
    run(Change::Add(variant_id, quantity)).await?;
    let count = with(CartState::count);
    super::announce_cart(&format!("{} {}", t!("common-cart-added", quantity = quantity, title = title), t!("common-cart-items", count = count)));
    Ok(())
}

fn version() -> Option<i64> {
    with(|s| s.cart.as_ref().map(|c| c.int("version")))
}

/// Sets a line's quantity; a change made meanwhile in another tab wins, and the cart reloads with a notice.
pub async fn set_quantity(line_id: i64, quantity: i64) {
    let Some(version) = version() else { return };
    let change = Change::Line { version, id: line_id, body: format!(r#"{{"quantity":{quantity}}}"#) };
    match run(change).await {
        Ok(()) => super::announce_cart(&t!("common-cart-quantity-updated", quantity = quantity)),
        Err(e) => {
            refresh();
            let said = if e.status() == Some(409) && e.field("cart").is_some() { t!("common-cart-changed-elsewhere") } else { e.to_string() };
            super::announce_cart(&said);
        }
    }
}

/// Stops flagging a line's price change.
pub async fn accept_price(line_id: i64) {
    let Some(version) = version() else { return };
    let change = Change::Line { version, id: line_id, body: r#"{"accept_current_price":true}"#.to_string() };
    if run(change).await.is_err() {
        refresh();
    }
}

/// Removes a line, remembering it for "Undo".
pub async fn remove(line_id: i64) {
    let removed = with(|s| {
        s.cart.as_ref()?.list("lines").into_iter().find(|l| l.int("id") == line_id).map(|l| Removed {
            variant_id: l.int("variant_id"),
            quantity: l.int("quantity"),
            title: l.str("product_title"),
        })
    });
    if run(Change::Remove(line_id)).await.is_ok() {
        if let Some(r) = removed {
            super::announce_cart(&t!("common-cart-removed", title = &r.title));
            update(|s| s.removed = Some(r));
        }
    }
}

/// Puts the last removed line back.
pub async fn undo_remove() {
    let Some(r) = with(|s| s.removed.clone()) else { return };
    update(|s| s.removed = None);
    let _ = add(r.variant_id, r.quantity, &r.title).await;
}

/// Applies a discount code (the server checks it and prices the cart).
pub async fn apply_discount(code: &str) -> Result<(), ApiError> {
    let body = js_sys::JSON::stringify(&super::object(&[("code", code.into())])).ok().and_then(|t| t.as_string()).unwrap_or_default();
    run(Change::Discount(body)).await?;
    // The code as the shop keeps it (the shopper may have typed it in lower case).
    let applied = with(|s| s.cart.as_ref().and_then(|c| c.opt("discount")).map(|d| d.str("code"))).unwrap_or_default();
    super::announce_cart(&t!("common-cart-discount-applied", code = applied));
    Ok(())
}

/// Takes the cart's discount code off.
pub async fn remove_discount() {
    if run(Change::NoDiscount).await.is_ok() {
        super::announce_cart(&t!("common-cart-discount-removed"));
    }
}
