use leptos::prelude::*;
use vitrine_core::cart::{Cart, CreateCart, CreateCartLine, UpdateCart, UpdateCartLine};
use vitrine_core::t;

use crate::api::{self, ApiError, CartKey};

thread_local! {
    /// localStorage key of the cart's id and token: `vitrine.cart` on the
    /// shop's own pages; embedded widgets key it by the shop's origin
    /// ([`set_storage_key`]), as the checkout iframe does by its own name.
    static KEY: std::cell::RefCell<String> = std::cell::RefCell::new(String::from(SHOP_KEY));
}

/// The shop's own pages' localStorage key.
const SHOP_KEY: &str = "vitrine.cart";

/// Keeps the cart under another localStorage key (call before [`CartStore::provide`]).
pub fn set_storage_key(key: &str) {
    KEY.with(|k| *k.borrow_mut() = key.to_string());
}

pub(crate) fn key_name() -> String {
    KEY.with(|k| k.borrow().clone())
}

/// Bumped after every change, so other tabs (storage event) reload the cart.
pub(crate) fn revision_name() -> String {
    format!("{}.rev", key_name())
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The saved `{"id", "token"}`, read by the browser's JSON (no serde: the
/// embedded widgets keep their cart the same way and carry no decoder).
pub(crate) fn load_key() -> Option<CartKey> {
    let text = storage()?.get_item(&key_name()).ok()??;
    let saved = js_sys::JSON::parse(&text).ok()?;
    let field = |name: &str| js_sys::Reflect::get(&saved, &wasm_bindgen::JsValue::from_str(name)).ok().and_then(|v| v.as_string()).filter(|v| !v.is_empty());
    Some(CartKey { id: field("id")?, cart_token: field("token")? })
}

pub(crate) fn save_key(key: Option<&CartKey>) {
    mirror_key(key);
    let Some(s) = storage() else { return };
    match key {
        Some(k) => {
            let saved = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&saved, &"id".into(), &k.id.as_str().into());
            let _ = js_sys::Reflect::set(&saved, &"token".into(), &k.cart_token.as_str().into());
            let text = js_sys::JSON::stringify(&saved).ok().and_then(|t| t.as_string()).unwrap_or_default();
            let _ = s.set_item(&key_name(), &text);
        }
        None => {
            let _ = s.remove_item(&key_name());
        }
    }
}

/// The shop's own pages mirror their cart's key into the `vitrine_cart`
/// cookie ([`super::mirror_cookie`]); widgets and the overlay's checkout,
/// which keep theirs under another name, do not.
fn mirror_key(key: Option<&CartKey>) {
    if KEY.with(|k| k.borrow().as_str() == SHOP_KEY) {
        super::mirror_cookie(vitrine_core::CART_COOKIE, key.map(|k| format!("{}.{}", k.id, k.cart_token)).as_deref());
    }
}

thread_local! {
    /// The cart read before the app mounted ([`preload`]), for [`CartStore::provide`].
    static PRELOADED: std::cell::RefCell<Option<Result<Cart, ApiError>>> = const { std::cell::RefCell::new(None) };
}

/// On the pages that are the cart (`/cart`, `/checkout`), reads the saved
/// cart before the app mounts, so the page's first render is the cart
/// itself: the server's first screen stays until then, and the page never
/// shows "Your cart is empty" while a full cart is on its way.
pub async fn preload() {
    let on_cart_page = web_sys::window().and_then(|w| w.location().pathname().ok()).is_some_and(|p| matches!(p.trim_end_matches('/'), "/cart" | "/checkout"));
    let Some(key) = load_key().filter(|_| on_cart_page && restore_param().is_none()) else { return };
    let result = api::get_cart(&key).await;
    PRELOADED.with(|p| *p.borrow_mut() = Some(result));
}

/// `?restore=ID.SIG` in this page's address (a cart reminder's link).
fn restore_param() -> Option<(String, String)> {
    let search = web_sys::window()?.location().search().ok()?;
    let value = search.trim_start_matches('?').split('&').find_map(|kv| kv.strip_prefix("restore="))?;
    let (id, signature) = value.split_once('.')?;
    let ok = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    (ok(id) && ok(signature)).then(|| (id.to_string(), signature.to_string()))
}

/// Drops `restore=` from the address, keeping the rest (Back does not restore again).
fn forget_restore_param() {
    let Some(w) = web_sys::window() else { return };
    let loc = w.location();
    let (Ok(path), Ok(search)) = (loc.pathname(), loc.search()) else { return };
    let kept: Vec<&str> = search.trim_start_matches('?').split('&').filter(|kv| !kv.is_empty() && !kv.starts_with("restore=")).collect();
    let url = if kept.is_empty() { path } else { format!("{path}?{}", kept.join("&")) };
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Keeps the cart another page of the shop's handed over (the embed's
/// checkout iframe gets the host's cart this way), before [`CartStore::provide`].
pub fn adopt_cart(id: Option<String>, token: Option<String>) {
    match id.zip(token) {
        Some((id, cart_token)) => save_key(Some(&CartKey { id, cart_token })),
        None => save_key(None),
    }
}

pub(crate) fn bump_revision(version: i64) {
    if let Some(s) = storage() {
        let _ = s.set_item(&revision_name(), &format!("{version}-{}", js_sys::Date::now()));
    }
}

/// A line the shopper just removed, which "Undo" puts back.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    pub variant_id: i64,
    pub quantity: i64,
    pub title: String,
}

/// The shopper's cart, shared by every component (and every widget) on the
/// page. It lives on the server; the browser keeps its id and token in
/// localStorage, so it survives reloads, and follows changes made in other
/// tabs through the `storage` event.
#[derive(Clone, Copy)]
pub struct CartStore {
    cart: RwSignal<Option<Cart>>,
    key: RwSignal<Option<CartKey>, LocalStorage>,
    busy: RwSignal<u32>,
    /// Read by screen readers (`aria-live`): "Added ... to your cart".
    pub announcement: RwSignal<String>,
    /// The last problem a cart action hit, for the cart views to show.
    pub error: RwSignal<Option<String>>,
    pub drawer_open: RwSignal<bool>,
    pub removed: RwSignal<Option<Removed>>,
}

impl CartStore {
    /// Creates the store, loads the saved cart and listens to other tabs.
    pub fn provide() -> CartStore {
        let store = CartStore {
            cart: RwSignal::new(None),
            key: RwSignal::new_local(load_key()),
            busy: RwSignal::new(0),
            announcement: RwSignal::new(String::new()),
            error: RwSignal::new(None),
            drawer_open: RwSignal::new(false),
            removed: RwSignal::new(None),
        };
        provide_context(store);
        mirror_key(store.key.get_untracked().as_ref());
        match (restore_param(), PRELOADED.with(|p| p.borrow_mut().take())) {
            (Some((id, signature)), _) => store.restore(id, signature),
            (None, Some(result)) => store.apply(result),
            (None, None) => store.refresh(),
        }
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            let changed = ev.key().unwrap_or_default();
            if changed == key_name() || changed == revision_name() {
                store.key.set(load_key());
                store.refresh();
            }
        });
        on_cleanup(move || handle.remove());
        store
    }

    pub fn expect() -> CartStore {
        expect_context::<CartStore>()
    }

    pub fn cart(&self) -> Signal<Option<Cart>> {
        self.cart.into()
    }

    /// Units in the cart.
    pub fn count(&self) -> Signal<i64> {
        let cart = self.cart;
        Signal::derive(move || cart.with(|c| c.as_ref().map(Cart::item_count).unwrap_or(0)))
    }

    /// True while a change is on its way to the server.
    pub fn busy(&self) -> Signal<bool> {
        let busy = self.busy;
        Signal::derive(move || busy.get() > 0)
    }

    /// Reloads the cart from the server; a cart that is gone (or whose
    /// token no longer works) is forgotten, and the next add starts a new one.
    pub fn refresh(&self) {
        let store = *self;
        let Some(key) = self.key.get_untracked() else {
            self.cart.set(None);
            return;
        };
        leptos::task::spawn_local(async move { store.apply(api::get_cart(&key).await) });
    }

    /// Takes the server's answer for the saved cart: a cart that is gone
    /// (or whose token no longer works) is forgotten.
    fn apply(&self, answer: Result<Cart, ApiError>) {
        match answer {
            Ok(cart) => self.cart.set(Some(cart)),
            Err(e) if e.is_not_found() && e.field("cart").is_some() => self.forget(),
            Err(_) => {}
        }
    }

    /// Takes the cart a reminder's link names (`?restore=ID.SIG`): this
    /// browser gets its own token for it, and the link leaves the address bar.
    fn restore(&self, id: String, signature: String) {
        let store = *self;
        leptos::task::spawn_local(async move {
            match api::restore_cart(&id, &signature).await {
                Ok(created) => {
                    let key = CartKey { id: created.id, cart_token: created.token };
                    save_key(Some(&key));
                    store.key.set(Some(key));
                    store.cart.set(Some(created.cart));
                    store.announcement.set(t!("common-cart-restored"));
                }
                Err(e) => {
                    store.error.set(Some(e.to_string()));
                    store.refresh();
                }
            }
            forget_restore_param();
        });
    }

    /// The cart's id and token, once a cart exists.
    pub fn key(&self) -> Option<CartKey> {
        self.key.get_untracked()
    }

    /// After an order: the cart is done; the next add starts a new one.
    pub fn reset(&self) {
        self.forget();
        bump_revision(0);
    }

    fn forget(&self) {
        save_key(None);
        self.key.set(None);
        self.cart.set(None);
    }

    fn accept(&self, cart: Cart) {
        bump_revision(cart.version);
        self.cart.set(Some(cart));
        self.error.set(None);
    }

    async fn ensure_key(&self) -> Result<CartKey, ApiError> {
        if let Some(k) = self.key.get_untracked() {
            return Ok(k);
        }
        let created = api::create_cart(&CreateCart::default()).await?;
        let key = CartKey { id: created.id, cart_token: created.token };
        save_key(Some(&key));
        self.key.set(Some(key.clone()));
        self.cart.set(Some(created.cart));
        Ok(key)
    }

    /// Runs a change; a missing or checked-out cart is replaced by a new one
    /// and the change tried once more on it.
    async fn run<F, Fut>(&self, change: F) -> Result<Cart, ApiError>
    where
        F: Fn(CartKey) -> Fut,
        Fut: std::future::Future<Output = Result<Cart, ApiError>>,
    {
        self.busy.update(|n| *n += 1);
        let result = async {
            let key = self.ensure_key().await?;
            match change(key).await {
                Err(e) if e.is_not_found() && e.field("cart").is_some() => {
                    self.forget();
                    let key = self.ensure_key().await?;
                    change(key).await
                }
                other => other,
            }
        }
        .await;
        self.busy.update(|n| *n -= 1);
        match &result {
            Ok(cart) => self.accept(cart.clone()),
            Err(e) => self.error.set(Some(e.to_string())),
        }
        result
    }

    /// Adds `quantity` of a variant; `title` is for the announcement.
    pub async fn add(&self, variant_id: i64, quantity: i64, title: &str) -> Result<(), ApiError> {
        let line = CreateCartLine { variant_id, quantity };
        self.run(|key| {
            let line = line.clone();
            async move { api::add_line(&key, &line).await }
        })
        .await?;
        self.announcement.set(format!(
            "{} {}",
            t!("common-cart-added", quantity = quantity, title = title),
            t!("common-cart-items", count = self.count().get_untracked())
        ));
        Ok(())
    }

    /// Sets a line's quantity. The totals update at once (priced in the
    /// browser with the same code the server runs); the server's answer then
    /// replaces them. A change made meanwhile in another tab wins, and the
    /// cart reloads with a notice.
    pub async fn set_quantity(&self, line_id: i64, quantity: i64) -> Result<(), ApiError> {
        let Some(version) = self.cart.with_untracked(|c| c.as_ref().map(|c| c.version)) else { return Ok(()) };
        self.cart.update(|c| {
            if let Some(c) = c {
                if let Some(l) = c.lines.iter_mut().find(|l| l.id == line_id) {
                    l.quantity = quantity;
                }
                c.reprice();
            }
        });
        let change = UpdateCartLine { quantity: Some(quantity), accept_current_price: None };
        let result = self
            .run(|key| {
                let change = change.clone();
                async move { api::update_line(&key, version, line_id, &change).await }
            })
            .await;
        if let Err(e) = &result {
            self.refresh();
            if e.status() == Some(409) && e.field("cart").is_some() {
                self.announcement.set(t!("common-cart-changed-elsewhere"));
            } else {
                self.announcement.set(e.to_string());
            }
        } else {
            self.announcement.set(t!("common-cart-quantity-updated", quantity = quantity));
        }
        result.map(|_| ())
    }

    /// Remembers the shopper's email on the cart (the checkout's contact
    /// step), so a cart left behind can get its one reminder. Best effort:
    /// checkout goes on whatever the answer.
    pub fn remember_email(&self, email: &str) {
        let Some(key) = self.key.get_untracked() else { return };
        let change = UpdateCart { country: None, region: None, shipping_method: None, email: Some(email.to_string()) };
        let store = *self;
        leptos::task::spawn_local(async move {
            if let Ok(cart) = api::update_cart(&key, &change).await {
                store.accept(cart);
            }
        });
    }

    /// Stops flagging a line's price change.
    pub async fn accept_price(&self, line_id: i64) -> Result<(), ApiError> {
        let Some(version) = self.cart.with_untracked(|c| c.as_ref().map(|c| c.version)) else { return Ok(()) };
        let change = UpdateCartLine { quantity: None, accept_current_price: Some(true) };
        self.run(|key| {
            let change = change.clone();
            async move { api::update_line(&key, version, line_id, &change).await }
        })
        .await
        .map(|_| ())
    }

    /// Removes a line, remembering it for "Undo".
    pub async fn remove(&self, line_id: i64) -> Result<(), ApiError> {
        let removed = self.cart.with_untracked(|c| {
            c.as_ref().and_then(|c| c.lines.iter().find(|l| l.id == line_id)).map(|l| Removed {
                variant_id: l.variant_id,
                quantity: l.quantity,
                title: l.product_title.clone(),
            })
        });
        self.run(|key| async move { api::remove_line(&key, line_id).await }).await?;
        if let Some(r) = removed {
            self.announcement.set(t!("common-cart-removed", title = &r.title));
            self.removed.set(Some(r));
        }
        Ok(())
    }

    /// Puts the last removed line back.
    pub async fn undo_remove(&self) -> Result<(), ApiError> {
        let Some(r) = self.removed.get_untracked() else { return Ok(()) };
        self.removed.set(None);
        self.add(r.variant_id, r.quantity, &r.title).await
    }

    pub async fn apply_discount(&self, code: &str) -> Result<(), ApiError> {
        let code = code.to_string();
        self.run(|key| {
            let code = code.clone();
            async move { api::apply_discount(&key, &code).await }
        })
        .await?;
        self.announcement.set(t!("common-cart-discount-applied", code = code.trim().to_uppercase()));
        Ok(())
    }

    pub async fn remove_discount(&self) -> Result<(), ApiError> {
        self.run(|key| async move { api::remove_discount(&key).await }).await?;
        self.announcement.set(t!("common-cart-discount-removed"));
        Ok(())
    }

    /// Sets where the order would ship, for the shipping and tax estimate.
    pub async fn set_destination(&self, country: Option<String>, region: Option<String>) -> Result<(), ApiError> {
        self.set_shipping(country, region, None).await
    }

    /// Sets the destination and the shipping method.
    pub async fn set_shipping(&self, country: Option<String>, region: Option<String>, method: Option<String>) -> Result<(), ApiError> {
        let change = UpdateCart { country, region, shipping_method: method, email: None };
        self.run(|key| {
            let change = change.clone();
            async move { api::update_cart(&key, &change).await }
        })
        .await
        .map(|_| ())
    }
}
