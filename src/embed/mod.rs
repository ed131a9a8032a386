//! Embedded widgets: the shop on someone else's site with one script tag,
//! `<script type="module" src="https://shop.example/embed/vitrine.js">`
//! (docs/EMBED.md).
//!
//! That stable script (`embed/vitrine.js`, written by `scripts/build_web.sh`
//! around the hashed build of bin `vitrine-embed`) defines the custom
//! elements in a few lines of JavaScript, since a Rust type cannot extend
//! `HTMLElement` (wasm-bindgen#2853): their lifecycle callbacks call
//! [`connect`], [`disconnect`] and [`attribute_changed`]. Every element lives
//! in this one wasm instance, so they share one [`CartStore`] and one
//! [`ShopStore`], provided by a root owner that every widget's own owner
//! descends from.
//!
//! Each widget renders in an open shadow root with the kit's styles and the
//! shop's theme (`GET /api/v1/theme.css`) adopted as constructed stylesheets
//! ([`crate::ui::shadow_container`]; no inline `<style>`, so a host whose
//! CSP forbids inline styles still works), where the host's own `--vt-*`
//! values win. The cart's token lives in the host origin's localStorage under
//! `vitrine.cart@<shop origin>` and goes to the API in a header, never a
//! cookie. The checkout opens over the host's page in an iframe of the
//! shop's own checkout ([`overlay`], [`frame`]), where browser autofill works.

mod events;
pub mod frame;
mod overlay;
mod widgets;

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use vitrine_core::t;

use crate::cart::{CartButton, CartDrawer, CheckoutHere};
use crate::i18n;
use crate::store::{CartStore, ShopStore};

pub use events::{cart_detail, dispatch, error_detail as events_error};

/// The elements, by tag name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `<vitrine-product handle="..." variant="...">`
    Product,
    /// `<vitrine-product-grid category="..." q="..." sort="..." limit="8">`
    ProductGrid,
    /// `<vitrine-cart-button>`
    CartButton,
    /// `<vitrine-cart>`: the drawer.
    Cart,
    /// `<vitrine-checkout>`: the checkout over the host's page.
    Checkout,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Product, Kind::ProductGrid, Kind::CartButton, Kind::Cart, Kind::Checkout];

    pub fn tag(self) -> &'static str {
        match self {
            Kind::Product => "vitrine-product",
            Kind::ProductGrid => "vitrine-product-grid",
            Kind::CartButton => "vitrine-cart-button",
            Kind::Cart => "vitrine-cart",
            Kind::Checkout => "vitrine-checkout",
        }
    }

    fn of(tag: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.tag().eq_ignore_ascii_case(tag))
    }
}

/// A widget's attributes, live: the host's script may change them at any time.
#[derive(Clone, Copy)]
pub struct Attrs(RwSignal<HashMap<String, String>>);

impl Attrs {
    pub fn get(&self, name: &'static str) -> Signal<Option<String>> {
        let all = self.0;
        Signal::derive(move || all.with(|m| m.get(name).cloned()))
    }
}

/// What the widgets share besides the stores.
#[derive(Clone, Copy)]
pub struct Embed {
    /// The checkout overlay is open.
    pub checkout_open: RwSignal<bool>,
}

struct Mounted {
    host: web_sys::HtmlElement,
    attrs: Attrs,
    _view: Box<dyn std::any::Any>,
}

thread_local! {
    static ROOT: RefCell<Option<Owner>> = const { RefCell::new(None) };
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static SHOP_ORIGIN: RefCell<String> = const { RefCell::new(String::new()) };
}

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a browser document")
}

/// A plain JavaScript object of `fields`: events' details and the overlay's messages.
pub(crate) fn object(fields: &[(&str, wasm_bindgen::JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&o, &wasm_bindgen::JsValue::from_str(key), value);
    }
    o
}

/// `data[key]` (`undefined` when absent).
pub(crate) fn field(data: &wasm_bindgen::JsValue, key: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(data, &wasm_bindgen::JsValue::from_str(key)).unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
}

/// The shop's origin (`https://shop.example`).
pub fn shop_origin() -> String {
    SHOP_ORIGIN.with(|o| o.borrow().clone())
}

/// Starts the runtime: the API at `api`, the shop at `shop_origin`, the
/// language `lang_hint` names (else the browser's). Resolves once the
/// words are in; the elements then render.
pub async fn start(api: String, shop_origin: String, lang_hint: String) {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // The stores start requests before any widget mounts (mounting would set this up).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let shop_origin = shop_origin.trim_end_matches('/').to_string();
    crate::api::set_base_url(&api);
    crate::api::set_shop_origin(&shop_origin);
    crate::store::set_cart_storage_key(&format!("vitrine.cart@{shop_origin}"));
    SHOP_ORIGIN.with(|o| *o.borrow_mut() = shop_origin.clone());
    i18n::boot_embedded(&[i18n::Bundle::SHOP], &lang_hint).await;
    let owner = Owner::new();
    owner.with(|| {
        let shop = ShopStore::provide();
        let cart = CartStore::provide();
        let embed = Embed { checkout_open: RwSignal::new(false) };
        provide_context(embed);
        provide_context(CheckoutHere(Callback::new(move |_| embed.checkout_open.set(true))));
        // The drawer and the checkout need no element of their own on the
        // host's page: one is added when first needed.
        Effect::new(move |_| {
            if cart.drawer_open.get() {
                ensure_element(Kind::Cart);
            }
        });
        Effect::new(move |_| {
            if embed.checkout_open.get() {
                ensure_element(Kind::Checkout);
            }
        });
        events::watch(cart, shop);
        overlay::listen(cart, embed);
    });
    ROOT.with(|r| *r.borrow_mut() = Some(owner));
    leptos::task::spawn_local(load_theme(api));
}

/// Fills the theme sheet with the shop's theme; every widget restyles at once.
async fn load_theme(api: String) {
    let Ok(res) = gloo_net::http::Request::get(&format!("{api}/theme.css")).send().await else { return };
    if !res.ok() {
        return;
    }
    if let Ok(css) = res.text().await {
        crate::ui::set_theme(&css);
    }
}

/// Appends an element of `kind` to the host's `<body>` unless one is on the page.
fn ensure_element(kind: Kind) {
    let doc = document();
    if doc.query_selector(kind.tag()).ok().flatten().is_none() {
        if let (Ok(el), Some(body)) = (doc.create_element(kind.tag()), doc.body()) {
            let _ = body.append_child(&el);
        }
    }
}

/// Renders a `vitrine-*` element that joined the document.
pub fn connect(host: web_sys::HtmlElement) {
    let Some(kind) = Kind::of(&host.tag_name()) else { return };
    if MOUNTED.with(|m| m.borrow().iter().any(|w| w.host.is_same_node(Some(&host)))) {
        return;
    }
    let Some(owner) = ROOT.with(|r| r.borrow().clone()) else { return };
    let container = crate::ui::shadow_container(&host);
    events::note_actions_on(&host);
    let names = host.get_attribute_names();
    let initial: HashMap<String, String> = names
        .iter()
        .filter_map(|n| n.as_string())
        .filter_map(|n| host.get_attribute(&n).map(|v| (n, v)))
        .collect();
    let (attrs, view) = owner.with(|| {
        let attrs = Attrs(RwSignal::new(initial));
        let view = leptos::mount::mount_to(container, move || widget(kind, attrs));
        (attrs, view)
    });
    MOUNTED.with(|m| m.borrow_mut().push(Mounted { host, attrs, _view: Box::new(view) }));
}

/// Unmounts an element that left the document (it renders again if it comes back).
pub fn disconnect(host: web_sys::HtmlElement) {
    let gone = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        m.iter().position(|w| w.host.is_same_node(Some(&host))).map(|i| m.remove(i))
    });
    if let Some(w) = gone {
        w.attrs.0.dispose();
        drop(w._view);
        if let Some(root) = host.shadow_root() {
            root.set_inner_html("");
        }
    }
}

/// An attribute of a rendered element changed (`None`: removed).
pub fn attribute_changed(host: web_sys::HtmlElement, name: String, value: Option<String>) {
    MOUNTED.with(|m| {
        if let Some(w) = m.borrow().iter().find(|w| w.host.is_same_node(Some(&host))) {
            w.attrs.0.update(|a| match value {
                Some(v) => {
                    a.insert(name, v);
                }
                None => {
                    a.remove(&name);
                }
            });
        }
    });
}

/// The stores, for the JavaScript API.
pub fn with_stores<R>(f: impl FnOnce(CartStore, Embed) -> R) -> Option<R> {
    ROOT.with(|r| r.borrow().clone()).map(|owner| owner.with(|| f(CartStore::expect(), expect_context::<Embed>())))
}

/// The presets a widget takes by its `theme` attribute (style/themes/).
const PRESETS: [&str; 6] = ["light", "dark", "auto", "boutique", "calm", "street"];

/// One widget's view: its language and direction, an optional preset
/// (`theme="dark"`: then it paints its own background), and the clear "not connected" state when the shop
/// refuses this site.
fn widget(kind: Kind, attrs: Attrs) -> impl IntoView {
    let shop = ShopStore::expect();
    let cart = CartStore::expect();
    let theme = attrs.get("theme");
    let lang = i18n::lang();
    let body = move || match kind {
        Kind::Product => view! { <widgets::ProductWidget attrs/> }.into_any(),
        Kind::ProductGrid => view! { <widgets::GridWidget attrs/> }.into_any(),
        Kind::CartButton => view! {
            <CartButton/>
            <p class="vt-visually-hidden" aria-live="polite">{move || cart.announcement.get()}</p>
        }
        .into_any(),
        Kind::Cart => view! { <CartDrawer/> }.into_any(),
        Kind::Checkout => view! { <overlay::CheckoutOverlay/> }.into_any(),
    };
    // The drawer and the overlay are dialogs: they say nothing until opened. The
    // cart button stays a button (its empty cart says the rest): the product
    // widgets carry the explanation, a header has no room for it.
    let quiet = matches!(kind, Kind::Cart | Kind::Checkout | Kind::CartButton);
    view! {
        <div class=move || match theme.get().filter(|t| PRESETS.contains(&t.as_str())) {
                Some(preset) => format!("vt-widget vt-widget--themed vt-theme-{preset}"),
                None => "vt-widget".to_string(), // i18n: not shown
            }
            part="widget" lang=lang.tag() dir=lang.dir()>
            {move || match shop.error() {
                Some(e) if !quiet => view! { <NotConnected error=e/> }.into_any(),
                _ => body().into_any(),
            }}
        </div>
    }
}

/// What a widget shows when the shop does not answer this site: refused
/// (the site's origin is not on the shop's `--cors-origin` list) or unreachable.
#[component]
fn NotConnected(error: crate::api::ApiError) -> impl IntoView {
    let refused = error.status() == Some(403) && error.field("origin").is_some();
    view! {
        <div class="vt-embed-error" part="error" role="alert">
            <p class="vt-embed-error__title">
                {if refused { t!("common-embed-not-connected") } else { t!("common-embed-unreachable") }}
            </p>
            <p class="vt-embed-error__hint">
                {if refused { t!("common-embed-not-connected-hint") } else { t!("common-embed-unreachable-hint") }}
            </p>
        </div>
    }
}
