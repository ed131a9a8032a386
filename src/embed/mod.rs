//! Embedded widgets: the shop on someone else's site with one script tag,
//! `<script type="module" src="https://shop.example/embed/vitrine.js">`
//! (docs/EMBED.md).
//!
//! That stable script (`embed/vitrine.js`, written by `scripts/build_web.sh`
//! around the hashed build of bin `vitrine-embed`) defines the custom
//! elements in a few lines of JavaScript, since a Rust type cannot extend
//! `HTMLElement` (wasm-bindgen#2853): their lifecycle callbacks call
//! [`connect`], [`disconnect`] and [`attribute_changed`]. Every element lives
//! in this one wasm instance, so they share one cart ([`cart`]).
//!
//! The widgets render without a view framework: each one writes the kit's
//! markup as text ([`views`]) into its shadow root and re-renders when its
//! data changes, and one listener per shadow root reads the clicked
//! control's `data-act`. Leptos' reactive system and renderer were two
//! thirds of the embed's code; without them a page with widgets loads a
//! fraction of the bytes (docs/EMBED.md, "Size"). The storefront's
//! components stay the source of the markup, the classes and the words;
//! the core's logic (variant choice, stock, line notices) is shared as is.
//!
//! Each widget renders in an open shadow root with the kit's styles and the
//! shop's theme (`GET /api/v1/theme.css`) adopted as constructed stylesheets
//! ([`crate::ui::shadow_container`]; no inline `<style>` or `style=`, so a
//! host whose CSP forbids inline styles still works), where the host's own
//! `--vt-*` values win. The checkout opens over the host's page in an iframe
//! of the shop's own checkout ([`overlay`], [`frame`]), where browser
//! autofill works.

mod cart;
mod events;
pub mod frame;
mod overlay;
mod views;
mod wire;

use std::cell::{Cell, RefCell};

use vitrine_core::catalog::{initial_options, select, variant_for, Choice};
use vitrine_core::listing::encode;
use vitrine_core::pricing::MAX_LINE_QUANTITY;
use vitrine_core::t;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{self, ApiError};
use crate::i18n;
use wire::J;

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

/// Data a widget waits for.
pub(crate) enum Load<T> {
    Loading,
    Ready(T),
    Failed(ApiError),
}

/// A product as `GET /products/{handle}` answers, with its variants read
/// for choosing among them (by the core's rules: [`Choice`]).
pub(crate) struct Prod {
    pub j: J,
    pub variants: Vec<Var>,
}

pub(crate) struct Var {
    pub j: J,
    id: i64,
    values: Vec<String>,
    pub available: i64,
}

impl Choice for Var {
    fn id(&self) -> i64 {
        self.id
    }
    fn values(&self) -> &[String] {
        &self.values
    }
    fn in_stock(&self) -> i64 {
        self.available
    }
}

impl Prod {
    fn read(j: J) -> Prod {
        let variants = j
            .list("variants")
            .into_iter()
            .map(|v| Var { id: v.int("id"), values: v.list("options").iter().map(J::text).collect(), available: v.int("available"), j: v })
            .collect();
        Prod { j, variants }
    }
}

/// `<vitrine-product>`'s own state.
pub(crate) struct ProductState {
    /// `None` inside: no `handle` attribute.
    pub load: Load<Option<Prod>>,
    /// The picked value per option.
    pub selected: Vec<String>,
    pub quantity: i64,
    /// The last add's outcome: (worked, words).
    pub message: Option<(bool, String)>,
    /// An add is on its way (the button is disabled: a double click adds once).
    pub pending: bool,
    /// Bumped per request: only the newest answer is shown.
    generation: u32,
}

/// `<vitrine-product-grid>`'s own state.
pub(crate) struct GridState {
    /// The listing's products (`GET /products`'s `items`).
    pub load: Load<Vec<J>>,
    /// Placeholder cards while loading.
    pub skeleton: usize,
    /// Variants a quick add is adding, and those it added.
    pub adding: Vec<i64>,
    pub added: Vec<i64>,
    generation: u32,
}

enum Local {
    Product(ProductState),
    Grid(GridState),
    Plain,
}

struct Widget {
    kind: Kind,
    host: web_sys::HtmlElement,
    root: web_sys::ShadowRoot,
    /// `div.vt-widget`: language, direction, preset.
    wrap: web_sys::Element,
    /// What each render replaces.
    body: web_sys::Element,
    /// A polite live region that stays across renders.
    live: web_sys::Element,
    /// The drawer's or the overlay's `<dialog>`, which stays across renders.
    dialog: Option<web_sys::HtmlDialogElement>,
    /// The control that had focus when a render disabled it (an add on its
    /// way): it gets focus back once enabled, unless focus went elsewhere.
    refocus: Option<String>,
    local: Local,
}

thread_local! {
    static WIDGETS: RefCell<Vec<Widget>> = const { RefCell::new(Vec::new()) };
    static SHOP_ORIGIN: RefCell<String> = const { RefCell::new(String::new()) };
    /// The shop's locale, or why this site cannot have the shop's data.
    static SHOP: RefCell<Option<Result<String, ApiError>>> = const { RefCell::new(None) };
    /// One listener for every widget's shadow root.
    static LISTENER: RefCell<Option<Closure<dyn Fn(web_sys::Event)>>> = const { RefCell::new(None) };
    static STARTED: Cell<bool> = const { Cell::new(false) };
}

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a browser document")
}

/// A plain JavaScript object of `fields`: events' details and the overlay's messages.
pub(crate) fn object(fields: &[(&str, JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(key), value);
    }
    o
}

/// `data[key]` (`undefined` when absent).
pub(crate) fn field(data: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(data, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
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
    let shop_origin = shop_origin.trim_end_matches('/').to_string();
    api::set_base_url(&api);
    api::set_shop_origin(&shop_origin);
    crate::store::set_cart_storage_key(&format!("vitrine.cart@{shop_origin}"));
    SHOP_ORIGIN.with(|o| *o.borrow_mut() = shop_origin);
    i18n::boot_embedded(&[i18n::Bundle::SHOP], &lang_hint).await;
    STARTED.with(|s| s.set(true));
    wasm_bindgen_futures::spawn_local(load_shop());
    wasm_bindgen_futures::spawn_local(load_theme(api));
    cart::start();
    overlay::listen();
}

/// Loads the shop's settings (its money format); a refusal is this site's
/// "not connected" state, told to the host as `vitrine:error`.
async fn load_shop() {
    let result = wire::get("/shop").await.map(|shop| shop.str("locale"));
    if let Err(e) = &result {
        let code = if refused(e) { "not_connected" } else { "unreachable" };
        dispatch("error", &events::error_detail(&e.to_string(), code), Some(document().into()));
    }
    SHOP.with(|s| *s.borrow_mut() = Some(result));
    render_where(|_| true);
}

/// The shop refused this site's origin (it is not on `--cors-origin`).
fn refused(e: &ApiError) -> bool {
    e.status() == Some(403) && e.field("origin").is_some()
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

fn element(tag: &str, class: &str) -> web_sys::Element {
    let el = document().create_element(tag).expect("an element");
    if !class.is_empty() {
        el.set_class_name(class);
    }
    el
}

/// Renders a `vitrine-*` element that joined the document.
pub fn connect(host: web_sys::HtmlElement) {
    let Some(kind) = Kind::of(&host.tag_name()) else { return };
    if !STARTED.with(Cell::get) || WIDGETS.with(|ws| ws.borrow().iter().any(|w| w.host.is_same_node(Some(&host)))) {
        return;
    }
    let container = crate::ui::shadow_container(&host);
    let Some(root) = host.shadow_root() else { return };
    events::note_actions_on(&host);
    listen_on(&root);
    let lang = i18n::lang();
    let wrap = element("div", "vt-widget");
    let _ = wrap.set_attribute("part", "widget");
    let _ = wrap.set_attribute("lang", lang.tag());
    let _ = wrap.set_attribute("dir", lang.dir());
    let _ = container.append_child(&wrap);
    // The drawer and the overlay are dialogs that stay while their insides render.
    let dialog = match kind {
        Kind::Cart => Some(("vt-dialog vt-drawer", "drawer", "vt-drawer-title")),
        Kind::Checkout => Some(("vt-dialog vt-embed-checkout", "checkout-dialog", "vt-embed-checkout-title")),
        _ => None,
    }
    .map(|(class, part, title)| {
        let d = element("dialog", class);
        let _ = d.set_attribute("part", part);
        let _ = d.set_attribute("aria-labelledby", title);
        let _ = wrap.append_child(&d);
        d.unchecked_into::<web_sys::HtmlDialogElement>()
    });
    let parent: &web_sys::Element = dialog.as_ref().map(|d| d.as_ref()).unwrap_or(&wrap);
    let body = element("div", "vt-embed-contents");
    let live = element("p", "vt-visually-hidden");
    let _ = live.set_attribute("aria-live", "polite");
    let _ = parent.append_child(&body);
    let _ = parent.append_child(&live);
    let local = match kind {
        Kind::Product => Local::Product(ProductState { load: Load::Loading, selected: Vec::new(), quantity: 1, message: None, pending: false, generation: 0 }),
        Kind::ProductGrid => {
            Local::Grid(GridState { load: Load::Loading, skeleton: 8, adding: Vec::new(), added: Vec::new(), generation: 0 })
        }
        _ => Local::Plain,
    };
    WIDGETS.with(|ws| ws.borrow_mut().push(Widget { kind, host: host.clone(), root, wrap, body, live, dialog, refocus: None, local }));
    match kind {
        Kind::Product => load_product(&host),
        Kind::ProductGrid => load_grid(&host),
        _ => render(&host),
    }
}

/// Forgets an element that left the document (it renders again if it comes back).
pub fn disconnect(host: web_sys::HtmlElement) {
    WIDGETS.with(|ws| ws.borrow_mut().retain(|w| !w.host.is_same_node(Some(&host))));
    if let Some(root) = host.shadow_root() {
        root.set_inner_html("");
    }
}

/// An attribute of a rendered element changed (`None`: removed).
pub fn attribute_changed(host: web_sys::HtmlElement, name: String, value: Option<String>) {
    let Some(kind) = with_widget(&host, |w| w.kind) else { return };
    match (kind, name.as_str()) {
        (Kind::Product, "handle") => load_product(&host),
        (Kind::Product, "variant") => {
            let wanted = value.and_then(|v| v.trim().parse::<i64>().ok());
            with_product(&host, |p| {
                if let Load::Ready(Some(product)) = &p.load {
                    p.selected = initial_options(&product.variants, wanted);
                    p.quantity = 1;
                }
            });
            render(&host);
        }
        (Kind::ProductGrid, "category" | "q" | "sort" | "limit") => load_grid(&host),
        _ => render(&host),
    }
}

fn with_widget<R>(host: &web_sys::HtmlElement, f: impl FnOnce(&mut Widget) -> R) -> Option<R> {
    WIDGETS.with(|ws| ws.borrow_mut().iter_mut().find(|w| w.host.is_same_node(Some(host))).map(f))
}

fn with_product<R>(host: &web_sys::HtmlElement, f: impl FnOnce(&mut ProductState) -> R) -> Option<R> {
    with_widget(host, |w| match &mut w.local {
        Local::Product(p) => Some(f(p)),
        _ => None,
    })
    .flatten()
}

fn with_grid<R>(host: &web_sys::HtmlElement, f: impl FnOnce(&mut GridState) -> R) -> Option<R> {
    with_widget(host, |w| match &mut w.local {
        Local::Grid(g) => Some(f(g)),
        _ => None,
    })
    .flatten()
}

/// (Re)loads a product widget's product, by its `handle` attribute.
fn load_product(host: &web_sys::HtmlElement) {
    let handle = host.get_attribute("handle").map(|h| h.trim().to_string()).filter(|h| !h.is_empty());
    let Some(generation) = with_product(host, |p| {
        p.generation += 1;
        p.message = None;
        p.load = if handle.is_some() { Load::Loading } else { Load::Ready(None) };
        p.generation
    }) else {
        return;
    };
    render(host);
    let Some(handle) = handle else { return };
    let host = host.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = wire::get(&format!("/products/{}", encode(&handle))).await;
        let wanted = host.get_attribute("variant").and_then(|v| v.trim().parse::<i64>().ok());
        with_product(&host, |p| {
            if p.generation != generation {
                return;
            }
            p.load = match result {
                Ok(j) => {
                    let product = Prod::read(j);
                    p.selected = initial_options(&product.variants, wanted);
                    p.quantity = 1;
                    Load::Ready(Some(product))
                }
                Err(e) => Load::Failed(e),
            };
        });
        render(&host);
    });
}

/// (Re)loads a grid by its `category`, `q`, `sort` and `limit` (1 to 48,
/// default 8). The API checks them: a value it refuses shows its words.
fn load_grid(host: &web_sys::HtmlElement) {
    let limit = host.get_attribute("limit").and_then(|l| l.trim().parse::<u32>().ok()).unwrap_or(8).clamp(1, 48);
    let mut path = format!("/products?per_page={limit}");
    for name in ["category", "q", "sort"] {
        if let Some(v) = host.get_attribute(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty()) {
            path.push_str(&format!("&{name}={}", encode(&v)));
        }
    }
    let Some(generation) = with_grid(host, |g| {
        g.generation += 1;
        g.skeleton = (limit as usize).min(8);
        g.load = Load::Loading;
        g.generation
    }) else {
        return;
    };
    render(host);
    let host = host.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = wire::get(&path).await;
        with_grid(&host, |g| {
            if g.generation == generation {
                g.load = match result {
                    Ok(list) => Load::Ready(list.list("items")),
                    Err(e) => Load::Failed(e),
                };
            }
        });
        render(&host);
    });
}

/// The presets a widget takes by its `theme` attribute (style/themes/).
const PRESETS: [&str; 6] = ["light", "dark", "auto", "boutique", "calm", "street"];

fn money_format() -> views::Fmt {
    let locale = SHOP.with(|s| s.borrow().as_ref().and_then(|s| s.as_ref().ok()).filter(|l| !l.is_empty()).cloned());
    views::Fmt { locale: locale.unwrap_or_else(|| "en-US".to_string()) } // i18n: not shown
}

fn shop_error() -> Option<ApiError> {
    SHOP.with(|s| s.borrow().as_ref().and_then(|s| s.as_ref().err().cloned()))
}

/// Renders one widget: its markup from its state (and the cart's, the
/// shop's), its swatches' colours, focus back on the control that had it,
/// and a dialog shown or closed as its state says.
fn render(host: &web_sys::HtmlElement) {
    let fmt = money_format();
    let error = shop_error();
    let open = cart::with(|c| (c.drawer_open, c.checkout_open));
    let Some((html, w)) = with_widget(host, |w| {
        let html = match (&w.local, w.kind) {
            // The product widgets say why they are empty; the cart's say nothing
            // until opened, and the cart button stays a button.
            (Local::Product(_) | Local::Grid(_), _) if error.is_some() => Some(views::not_connected(error.as_ref().expect("checked"))),
            // Its own request refused before the shop's answer came: the same state.
            (Local::Product(ProductState { load: Load::Failed(e), .. }) | Local::Grid(GridState { load: Load::Failed(e), .. }), _) if refused(e) => {
                Some(views::not_connected(e))
            }
            (Local::Product(p), _) => Some(views::product(p, &fmt)),
            (Local::Grid(g), _) => Some(views::grid(g, &fmt)),
            (_, Kind::CartButton) => Some(cart::with(views::cart_button)),
            (_, Kind::Cart) => Some(cart::with(|c| views::drawer(c, &fmt))),
            // The checkout's iframe is not reloaded by renders while it is open.
            (_, _) => {
                let has_frame = w.body.query_selector("iframe").ok().flatten().is_some();
                (open.1 != has_frame || w.body.child_element_count() == 0).then(|| views::checkout(open.1.then(overlay::src).as_deref()))
            }
        };
        (html, (w.kind, w.root.clone(), w.wrap.clone(), w.body.clone(), w.dialog.clone(), w.refocus.take()))
    }) else {
        return;
    };
    let (kind, root, wrap, body, dialog, refocus) = w;
    let preset = host.get_attribute("theme").filter(|t| PRESETS.contains(&t.as_str()));
    wrap.set_class_name(&match preset {
        Some(p) => format!("vt-widget vt-widget--themed vt-theme-{p}"),
        None => "vt-widget".to_string(), // i18n: not shown
    });
    if let Some(html) = html {
        // Focus on a control here, else (nothing else took it) on the one a render disabled.
        let nowhere = document().active_element().is_none_or(|a| a.tag_name() == "BODY"); // i18n: not shown
        let focused = root.active_element().and_then(|e| e.get_attribute("data-k")).or(refocus.filter(|_| nowhere));
        body.set_inner_html(&html);
        if let Ok(swatches) = body.query_selector_all("[data-swatch]") {
            for i in 0..swatches.length() {
                if let Some(el) = swatches.get(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = el.style().set_property("--vt-swatch", &el.get_attribute("data-swatch").unwrap_or_default());
                }
            }
        }
        if let Some(k) = focused {
            let again = body.query_selector(&format!("[data-k=\"{}\"]", views::esc(&k))).ok().flatten();
            match again.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                Some(el) if !el.has_attribute("disabled") => {
                    let _ = el.focus();
                }
                Some(_) => {
                    with_widget(host, |w| w.refocus = Some(k));
                }
                None => {}
            }
        }
    }
    if let Some(d) = dialog {
        let want = if kind == Kind::Cart { open.0 } else { open.1 };
        if want && !d.open() {
            let _ = d.show_modal();
        } else if !want && d.open() {
            d.close();
        }
    }
}

/// Renders every widget of the kinds `which` picks.
fn render_where(which: impl Fn(Kind) -> bool) {
    let hosts: Vec<web_sys::HtmlElement> = WIDGETS.with(|ws| ws.borrow().iter().filter(|w| which(w.kind)).map(|w| w.host.clone()).collect());
    for host in hosts {
        render(&host);
    }
}

/// The cart changed: its button and drawer show it.
fn render_cart() {
    render_where(|k| matches!(k, Kind::CartButton | Kind::Cart));
}

/// Says `text` in the live regions of the widgets of the kinds `which` picks.
fn announce_in(which: impl Fn(Kind) -> bool, text: &str) {
    WIDGETS.with(|ws| {
        for w in ws.borrow().iter().filter(|w| which(w.kind)) {
            w.live.set_text_content(Some(text));
        }
    });
}

/// A cart change said by the open drawer, else by the cart buttons.
fn announce_cart(text: &str) {
    let drawer = cart::with(|c| c.drawer_open);
    announce_in(|k| if drawer { k == Kind::Cart } else { k == Kind::CartButton }, text);
}

/// Opens or closes the cart drawer (adding a `<vitrine-cart>` when the page has none).
pub fn set_drawer_open(open: bool) {
    if open {
        ensure_element(Kind::Cart);
    }
    cart::update(|c| c.drawer_open = open);
}

/// Opens or closes the checkout overlay (adding a `<vitrine-checkout>` when the page has none).
pub fn set_checkout_open(open: bool) {
    if open {
        ensure_element(Kind::Checkout);
    }
    if cart::with(|c| c.checkout_open) == open {
        return;
    }
    cart::update(|c| {
        c.checkout_open = open;
        if open {
            c.drawer_open = false;
        }
    });
    render_where(|k| k == Kind::Checkout);
}

/// `Vitrine.addToCart(variantId, quantity)`: the cart (as in `vitrine:cart-changed`), or `{message, code}`.
pub async fn add_to_cart(variant_id: i64, quantity: i64) -> Result<JsValue, JsValue> {
    let title = cart::with(|c| c.cart.as_ref()?.list("lines").into_iter().find(|l| l.int("variant_id") == variant_id).map(|l| l.str("product_title")));
    match cart::add(variant_id, quantity, &title.unwrap_or_default()).await {
        Ok(()) => Ok(get_cart()),
        Err(e) => Err(events::error_detail(&e.to_string(), "cart")),
    }
}

/// `Vitrine.getCart()`: the cart as in `vitrine:cart-changed`, or `null`.
pub fn get_cart() -> JsValue {
    cart::with(|c| cart_detail(c.cart.as_ref()))
}

/// Adds one listener per kind of event to a widget's shadow root (capturing,
/// so the dialogs' `close` and the iframe's `load`, which do not bubble, reach it).
fn listen_on(root: &web_sys::ShadowRoot) {
    LISTENER.with(|l| {
        let mut l = l.borrow_mut();
        let f = l.get_or_insert_with(|| Closure::<dyn Fn(web_sys::Event)>::new(on_event));
        for name in ["click", "change", "input", "submit", "close", "load"] {
            // The same function twice on one root is one listener (a widget moved in the page).
            let _ = root.add_event_listener_with_callback_and_bool(name, f.as_ref().unchecked_ref(), true);
        }
    });
}

fn data(el: &web_sys::Element, name: &str) -> i64 {
    el.get_attribute(name).and_then(|v| v.parse().ok()).unwrap_or(0)
}

/// What a click, change, closed dialog or loaded iframe in a widget does.
fn on_event(ev: web_sys::Event) {
    let root = ev.current_target().and_then(|t| t.dyn_into::<web_sys::ShadowRoot>().ok());
    let Some(host) = root.and_then(|r| r.host().dyn_into::<web_sys::HtmlElement>().ok()) else { return };
    let Some(kind) = with_widget(&host, |w| w.kind) else { return };
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    match ev.type_().as_str() {
        "close" if target.tag_name() == "DIALOG" => { // i18n: not shown
            if kind == Kind::Checkout {
                set_checkout_open(false);
                overlay::focus_cart_button();
            } else {
                set_drawer_open(false);
            }
        }
        "load" if target.tag_name() == "IFRAME" => { // i18n: not shown
            if let Ok(f) = target.dyn_into::<web_sys::HtmlElement>() {
                let _ = f.focus();
            }
        }
        "click" => {
            if let Some(el) = target.closest("[data-act]").ok().flatten() {
                act(&host, kind, &el, &el.get_attribute("data-act").unwrap_or_default());
            }
        }
        "input" if target.get_attribute("data-act").as_deref() == Some("discount-code") => {
            // Kept as typed, so a render while typing (the cart changed) does not lose it.
            let value = target.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            cart::set(|c| c.discount.code = value);
        }
        "submit" if target.get_attribute("data-form").as_deref() == Some("discount") => {
            ev.prevent_default();
            apply_discount(&host);
        }
        "change" => {
            let act = target.get_attribute("data-act").unwrap_or_default();
            if act == "option" || act == "qty" {
                changed(&host, &target, &act);
            }
        }
        _ => {}
    }
}

/// A click on a control with `data-act`.
fn act(host: &web_sys::HtmlElement, kind: Kind, el: &web_sys::Element, act: &str) {
    let line = data(el, "data-line");
    match act {
        "step" if line != 0 => {
            if let Some((q, max)) = cart::with(|c| c.line(line)) {
                let next = (q + data(el, "data-by")).clamp(1, max);
                if next != q {
                    wasm_bindgen_futures::spawn_local(cart::set_quantity(line, next));
                }
            }
        }
        "step" => {
            let by = data(el, "data-by");
            with_product(host, |p| p.quantity = (p.quantity + by).clamp(1, max_quantity(p)));
            render(host);
        }
        "add" => add(host),
        "quick" => quick_add(host, data(el, "data-variant")),
        "open-cart" => set_drawer_open(true),
        "close-cart" => set_drawer_open(false),
        "checkout" => set_checkout_open(true),
        "close-checkout" => set_checkout_open(false),
        "remove" => wasm_bindgen_futures::spawn_local(cart::remove(line)),
        "discount-remove" => wasm_bindgen_futures::spawn_local(cart::remove_discount()),
        "undo" => wasm_bindgen_futures::spawn_local(cart::undo_remove()),
        "fix" => match el.get_attribute("data-to").and_then(|v| v.parse::<i64>().ok()) {
            Some(to) => wasm_bindgen_futures::spawn_local(cart::set_quantity(line, to)),
            None => wasm_bindgen_futures::spawn_local(cart::accept_price(line)),
        },
        "retry" if kind == Kind::Product => load_product(host),
        _ => {}
    }
}

/// The most of the chosen variant one add may take.
fn max_quantity(p: &ProductState) -> i64 {
    match &p.load {
        Load::Ready(Some(product)) => variant_for(&product.variants, &p.selected).map(|v| v.available).unwrap_or(1).clamp(1, MAX_LINE_QUANTITY),
        _ => 1,
    }
}

/// A changed option (a radio) or quantity field.
fn changed(host: &web_sys::HtmlElement, target: &web_sys::Element, act: &str) {
    let value = target.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
    let line = data(target, "data-line");
    if act == "qty" && line != 0 {
        match (cart::with(|c| c.line(line)), value.trim().parse::<i64>()) {
            (Some((q, max)), Ok(n)) if n.clamp(1, max) != q => wasm_bindgen_futures::spawn_local(cart::set_quantity(line, n.clamp(1, max))),
            // Not a number, or no change: the field shows the quantity again.
            _ => render_cart(),
        }
        return;
    }
    let said = with_product(host, |p| {
        if act == "qty" {
            if let Ok(n) = value.trim().parse::<i64>() {
                p.quantity = n.clamp(1, max_quantity(p));
            }
            return None;
        }
        let Load::Ready(Some(product)) = &p.load else { return None };
        p.selected = select(&product.variants, &p.selected, data(target, "data-option") as usize, &value);
        p.quantity = 1;
        p.message = None;
        // The new variant's stock, said as the picture and price change.
        let available = variant_for(&product.variants, &p.selected).map(|v| v.available).unwrap_or(0);
        Some(crate::catalog::stock_label(vitrine_core::catalog::StockStatus::from_available(available), available))
    })
    .flatten();
    render(host);
    if let Some(text) = said {
        announce_in_widget(host, &text);
    }
}

fn announce_in_widget(host: &web_sys::HtmlElement, text: &str) {
    with_widget(host, |w| w.live.set_text_content(Some(text)));
}

/// The product widget's "Add to cart".
fn add(host: &web_sys::HtmlElement) {
    let Some(Some((variant, quantity, title))) = with_product(host, |p| {
        let Load::Ready(Some(product)) = &p.load else { return None };
        let variant = variant_for(&product.variants, &p.selected)?.id;
        if p.pending {
            return None;
        }
        p.pending = true;
        Some((variant, p.quantity, product.j.str("title")))
    }) else {
        return;
    };
    render(host);
    let host = host.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = cart::add(variant, quantity, &title).await;
        let said = with_product(&host, |p| {
            p.pending = false;
            let message = match result {
                Ok(()) => {
                    p.quantity = 1;
                    (true, t!("cart-added", count = quantity))
                }
                Err(e) => (false, e.to_string()),
            };
            p.message = Some(message.clone());
            message.1
        });
        render(&host);
        if let Some(text) = said {
            announce_in_widget(&host, &text);
        }
    });
}

/// A grid card's "Add to cart" (single-variant products).
fn quick_add(host: &web_sys::HtmlElement, variant: i64) {
    let title = with_grid(host, |g| {
        let title = match &g.load {
            Load::Ready(items) => items.iter().find(|p| p.int("single_variant_id") == variant).map(|p| p.str("title")),
            _ => None,
        };
        if g.adding.contains(&variant) || title.is_none() {
            return None;
        }
        g.adding.push(variant);
        title
    });
    let Some(Some(title)) = title else { return };
    render(host);
    let host = host.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let ok = cart::add(variant, 1, &title).await.is_ok();
        with_grid(&host, |g| {
            g.adding.retain(|v| *v != variant);
            if ok {
                g.added.push(variant);
            }
        });
        render(&host);
    });
}

/// The drawer's discount code: applied, or refused with the server's reason next to the field, which gets focus.
fn apply_discount(host: &web_sys::HtmlElement) {
    let (code, pending) = cart::with(|c| (c.discount.code.trim().to_string(), c.discount.pending));
    if pending {
        return;
    }
    if code.is_empty() {
        cart::update(|c| c.discount.error = Some(t!("cart-discount-empty")));
        focus_discount_field(host);
        return;
    }
    cart::update(|c| c.discount.pending = true);
    let host = host.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = cart::apply_discount(&code).await;
        let refused = result.is_err();
        cart::update(|c| {
            c.discount.pending = false;
            match result {
                Ok(()) => {
                    c.discount.error = None;
                    c.discount.code.clear();
                }
                Err(e) => c.discount.error = Some(e.field("code").unwrap_or_else(|| e.to_string())),
            }
        });
        if refused {
            focus_discount_field(&host);
        }
    });
}

fn focus_discount_field(host: &web_sys::HtmlElement) {
    let field = host.shadow_root().and_then(|r| r.query_selector("#vt-discount-code").ok().flatten());
    if let Some(f) = field.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = f.focus();
    }
}
