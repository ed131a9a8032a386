//! Vitrine: storefront and checkout components in Rust + Leptos.
//!
//! The crate is both the full storefront ([`mount_storefront`], used by
//! `index.html`) and a component library: every capability is a module of
//! components (`catalog`, ...) over a typed API client ([`api`]) and shared
//! reactive stores ([`store`]).

pub mod address;
pub mod admin;
pub mod api;
pub mod app;
pub mod cart;
pub mod catalog;
pub mod checkout;
pub mod embed;
pub mod entry;
pub mod i18n;
pub mod live;
pub mod returns;
pub mod shell;
pub mod store;
pub mod tracking;
pub mod ui;

use wasm_bindgen::JsCast;

/// Reads `<meta name="vitrine-api" content="...">` to point the API client
/// somewhere other than `/api/v1`.
fn configure_api_from_meta() {
    let content = document()
        .query_selector("meta[name=vitrine-api]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"));
    if let Some(url) = content.filter(|u| !u.trim().is_empty()) {
        api::set_base_url(&url);
    }
}

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a browser document")
}

/// Mounts the full storefront (every page, [`app::App`]) into `#vitrine`
/// (replacing the static placeholder shell there), or into `<body>` when
/// there is no such element.
pub fn mount_storefront() {
    mount::<_, true>(app::App, None, &[i18n::Bundle::STOREFRONT]);
}

/// Mounts the shop entry (catalog, search, product, cart): `app` is its
/// routes in the [`app::Shell`], defined in the shop's bin (`src/main.rs`)
/// because its product and cart pages are lazy (`#[lazy_route]`): a lazy
/// function is an exported symbol, so in this library every entry's wasm
/// would keep it and all it reaches.
pub fn mount_shop<V: leptos::IntoView + 'static>(app: fn() -> V) {
    mount::<_, true>(app, Some(entry::Entry::Shop), &[i18n::Bundle::SHOP]);
}

/// Mounts the checkout entry (checkout and orders): `app` is its routes in
/// the [`app::Shell`], defined in its bin (`src/bin/checkout.rs`; lazy
/// pages, see [`mount_shop`]). Inside an embedded shop's checkout overlay
/// (`?embed=<host origin>`, framed), it first takes the host's cart ([`embed::frame`]).
pub fn mount_checkout<V: leptos::IntoView + 'static>(app: fn() -> V) {
    match embed::frame::host_origin() {
        Some(host) => wasm_bindgen_futures::spawn_local(async move {
            embed::frame::join(host).await;
            mount::<_, true>(app, Some(entry::Entry::Checkout), &[i18n::Bundle::CHECKOUT]);
        }),
        None => mount::<_, true>(app, Some(entry::Entry::Checkout), &[i18n::Bundle::CHECKOUT]),
    }
}

/// Mounts the returns entry (start a return, the return's page and label):
/// `app` is its routes in the [`app::Shell`], defined in its bin
/// (`src/bin/returns.rs`; the cart drawer's contents are lazy, see [`mount_shop`]).
pub fn mount_returns<V: leptos::IntoView + 'static>(app: fn() -> V) {
    mount::<_, false>(app, Some(entry::Entry::Returns), &[i18n::Bundle::RETURNS]);
}

/// Mounts the operator's console: `app` is [`admin::AdminApp`] with the
/// console's routes, defined in its bin (`src/bin/admin.rs`; lazy pages,
/// see [`mount_shop`]).
pub fn mount_admin<V: leptos::IntoView + 'static>(app: fn() -> V) {
    mount::<_, false>(app, Some(entry::Entry::Admin), &[i18n::Bundle::STOREFRONT, i18n::Bundle::CONSOLE]);
}

/// `bundles`: the entry's words (each `mount_*` names its own, so its wasm
/// carries only their English). `CART_FIRST`: the entry has the cart's pages
/// (`/cart`, `/checkout`), which read the cart before they mount
/// ([`store::preload_cart`]); a constant, so the other entries carry none of it.
fn mount<V: leptos::IntoView + 'static, const CART_FIRST: bool>(app: fn() -> V, entry: Option<entry::Entry>, bundles: &'static [i18n::Bundle]) {
    // Panics abort in release (Cargo.toml): the hook only helps while developing.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    entry::remember_load();
    if let Some(here) = entry {
        entry::leave_by_links(here);
    }
    configure_api_from_meta();
    i18n::mirror_choice();
    // The page's language first (its strings fetched unless English), then the app.
    // Two spawns rather than one with a branch inside: with the branch, the
    // language boot stopped being inlined and the console grew by 3.6 KB.
    if CART_FIRST {
        // On the cart's pages, the cart too (the language is chosen first, synchronously).
        wasm_bindgen_futures::spawn_local(async move {
            next_task().await;
            futures::join!(i18n::boot(bundles), store::preload_cart());
            next_task().await;
            mount_now(app);
        });
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            next_task().await;
            i18n::boot(bundles).await;
            next_task().await;
            mount_now(app);
        });
    }
}

/// Resolves in a task of its own (`setTimeout(0)`): the wasm's start-up, the
/// words' parsing, the app's first render and what can wait (the footer, the
/// cart drawer) then block the page in short tasks rather than one long one
/// (total blocking time counts what each task runs past 50 ms).
pub(crate) async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if web_sys::window().and_then(|w| w.set_timeout_with_callback(&resolve).ok()).is_none() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn mount_now<V: leptos::IntoView + 'static>(app: fn() -> V) {
    let root = document().get_element_by_id("vitrine").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_inner_html("");
            leptos::mount::mount_to(root, app).forget();
        }
        None => leptos::mount::mount_to_body(app),
    }
}
