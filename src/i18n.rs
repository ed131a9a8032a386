//! The shopper's language in the browser: chosen once per page load, before
//! the app mounts ([`boot`]), from `?lang=` in the address, then the choice
//! remembered in localStorage, then `navigator.languages`; English when
//! none of those is spoken here.
//!
//! English strings are compiled into each entry (they are the fallback for
//! any key); another language's catalogue is fetched from the server
//! (`GET /api/v1/locales/{lang}/{bundle}`) only when it is the one in use.
//! Messages come from [`vitrine_core::t!`]; numbers, money, percentages and
//! dates are written by the browser's `Intl` in the chosen language.
//!
//! Changing the language reloads the page ([`switch_to`]): every string is
//! read once, as the view is built, not through a signal.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use js_sys::{Array, Intl, Object, Reflect};
use vitrine_core::i18n::{self, Lang};
use vitrine_core::Money;
use wasm_bindgen::{JsCast, JsValue};

const COMMON: &str = include_str!(concat!(env!("OUT_DIR"), "/common.ftl"));
const CATALOG: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.ftl"));
const CART: &str = include_str!(concat!(env!("OUT_DIR"), "/cart.ftl"));
const CHECKOUT: &str = include_str!(concat!(env!("OUT_DIR"), "/checkout.ftl"));
const TRACKING: &str = include_str!(concat!(env!("OUT_DIR"), "/tracking.ftl"));
const RETURNS: &str = include_str!(concat!(env!("OUT_DIR"), "/returns.ftl"));
const CONSOLE: &str = include_str!(concat!(env!("OUT_DIR"), "/console.ftl"));
const THEME: &str = include_str!(concat!(env!("OUT_DIR"), "/theme.ftl"));

/// A set of catalogue areas loaded together: one per entry, so a page
/// carries only the words its kind of page says (keep in step with the
/// server's `BUNDLES` in crates/server/src/i18n.rs). The core's own strings
/// are in every bundle.
///
/// A value, not an enum matched at run time: an entry's wasm then holds the
/// English of only the bundles it names (a `match` reached through the
/// boot's future linked every area's text into every entry, 70 KB raw).
#[derive(Clone, Copy, Debug)]
pub struct Bundle {
    /// The name in `GET /api/v1/locales/{lang}/{name}`.
    name: &'static str,
    /// The English sources, compiled in.
    english: &'static [&'static str],
}

impl Bundle {
    /// Catalog, search, product, cart: `common`, `catalog`, `cart`.
    pub const SHOP: Bundle = Bundle { name: "shop", english: &[COMMON, CATALOG, CART] };
    /// Checkout and order pages: the shop's plus `checkout`, `tracking`.
    pub const CHECKOUT: Bundle = Bundle { name: "checkout", english: &[COMMON, CATALOG, CART, CHECKOUT, TRACKING] };
    /// Return pages: the checkout's plus `returns`.
    pub const RETURNS: Bundle = Bundle { name: "returns", english: &[COMMON, CATALOG, CART, CHECKOUT, TRACKING, RETURNS] };
    /// Every shopper-facing page (the theme editor previews them all).
    pub const STOREFRONT: Bundle = Bundle { name: "storefront", english: &[COMMON, CATALOG, CART, CHECKOUT, TRACKING, RETURNS] };
    /// The operator's console and the theme editor: `console`, `theme`.
    pub const CONSOLE: Bundle = Bundle { name: "console", english: &[CONSOLE, THEME] };

    pub fn name(self) -> &'static str {
        self.name
    }
}

/// localStorage key of the shopper's chosen language.
pub const STORAGE_KEY: &str = "vitrine:lang";

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
    /// The bundles whose English is in already.
    static LOADED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    static NUMBER_FORMATS: RefCell<HashMap<String, Intl::NumberFormat>> = RefCell::new(HashMap::new());
}

/// The language of this page.
pub fn lang() -> Lang {
    LANG.with(Cell::get)
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language for this page load: `?lang=` (remembered, then taken out
/// of the address), else the remembered choice, else the browser's.
fn choose() -> Lang {
    let Some(window) = web_sys::window() else { return Lang::En };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let from_url = web_sys::UrlSearchParams::new_with_str(&search).ok().and_then(|p| p.get("lang"));
    if let Some(tag) = from_url {
        if let Some(lang) = Lang::from_tag(&tag) {
            if let Some(s) = storage() {
                let _ = s.set_item(STORAGE_KEY, lang.tag());
            }
        }
        // The choice is remembered: take `lang` out of the address, so the
        // page's own query (filters, a search) reads as it did.
        if let Ok(url) = web_sys::Url::new(&location.href().unwrap_or_default()) {
            url.search_params().delete("lang");
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(&history.state().unwrap_or(JsValue::NULL), "", Some(&url.href()));
            }
        }
        if let Some(lang) = Lang::from_tag(&tag) {
            return lang;
        }
    }
    if let Some(lang) = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).and_then(|t| Lang::from_tag(&t)) {
        return lang;
    }
    let preferred: Vec<String> = window.navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    Lang::first_of(preferred.iter().map(String::as_str)).unwrap_or(Lang::En)
}

/// Mirrors the remembered language into the `vitrine_lang` cookie: the
/// server draws the cart's and the checkout's first screen in it. (A
/// `?lang=` on this page is in the address the server saw; it is
/// remembered by [`boot`] and mirrored on the next page.)
#[inline(never)]
pub fn mirror_choice() {
    let remembered = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).and_then(|t| Lang::from_tag(&t));
    crate::store::mirror_cookie(vitrine_core::LANG_COOKIE, remembered.map(Lang::tag));
}

/// Chooses the page's language, loads its strings and marks the document
/// (`<html lang dir>`). Call before mounting; resolves once the strings are
/// in (at once for English).
pub async fn boot(bundles: &[Bundle]) {
    let lang = choose();
    load(lang, bundles).await;
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.tag());
        let _ = root.set_attribute("dir", lang.dir());
    }
}

/// Makes `lang` the page's and loads its words for `bundles` (English from
/// the wasm; another language fetched).
async fn load(lang: Lang, bundles: &[Bundle]) {
    LANG.with(|l| l.set(lang));
    load_english(bundles);
    if lang != Lang::En {
        let fetches = bundles.iter().map(|b| fetch_bundle(lang, *b));
        for src in futures::future::join_all(fetches).await.into_iter().flatten() {
            add(lang, &src);
        }
    }
}

/// [`boot`] for widgets embedded in someone else's page: the language is the
/// one `hint` names (the script's `data-lang`, else the host page's
/// `<html lang>`), else the browser's; the host's address, storage and
/// `<html>` are left alone. Each widget marks its own root with
/// [`lang`]'s tag and direction.
pub async fn boot_embedded(bundles: &[Bundle], hint: &str) {
    let preferred: Vec<String> = web_sys::window().map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect()).unwrap_or_default();
    let lang = Lang::first_of(std::iter::once(hint).chain(preferred.iter().map(String::as_str))).unwrap_or(Lang::En);
    load(lang, bundles).await;
}

/// Installs the catalogue's hooks and the English of `bundles`, with no
/// request: the page's language stays English unless [`boot`] chose another.
/// Components mounted on their own (tests, widgets) call this first.
pub fn load_english(bundles: &[Bundle]) {
    i18n::set_current(lang_of_page);
    i18n::set_number_format(intl_integer);
    for bundle in bundles {
        if LOADED.with(|l| l.borrow().contains(&bundle.name)) {
            continue;
        }
        LOADED.with(|l| l.borrow_mut().push(bundle.name));
        for src in bundle.english {
            add(Lang::En, src);
        }
    }
}

fn lang_of_page() -> Lang {
    lang()
}

fn add(lang: Lang, src: &str) {
    if let Err(e) = i18n::add(lang, src) {
        web_sys::console::error_1(&JsValue::from_str(&format!("catalogue {}: {e}", lang.tag())));
    }
}

async fn fetch_bundle(lang: Lang, bundle: Bundle) -> Option<String> {
    let url = crate::api::url(&format!("/locales/{}/{}", lang.tag(), bundle.name()));
    let res = gloo_net::http::Request::get(&url).send().await.ok()?;
    if !res.ok() {
        return None;
    }
    res.text().await.ok()
}

/// Switches to `lang`: remembers it and reloads the page in it.
pub fn switch_to(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, lang.tag());
    }
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// The locale `Intl` writes numbers, money and dates in: the shop's own
/// locale when the shopper reads the shop's language (an en-GB shop writes
/// "£12.50"), else the shopper's language (German readers get "12,50 £").
/// Arabic keeps Latin digits, like order numbers and product codes.
pub fn intl_locale(shop_locale: &str) -> String {
    let lang = lang();
    if Lang::from_tag(shop_locale) == Some(lang) {
        shop_locale.to_string()
    } else if lang == Lang::Ar {
        "ar-u-nu-latn".to_string()
    } else {
        lang.tag().to_string()
    }
}

fn number_format(locale: &str, options: &[(&str, &str)]) -> Intl::NumberFormat {
    // (Not `{options:?}`: Debug-quoting strings would bring its escape tables into the wasm.)
    let key = options.iter().fold(locale.to_string(), |k, (a, b)| k + "|" + a + "=" + b);
    NUMBER_FORMATS.with(|cache| {
        cache
            .borrow_mut()
            .entry(key)
            .or_insert_with(|| {
                let locales = Array::of1(&JsValue::from_str(locale));
                let opts = Object::new();
                for (k, v) in options {
                    let _ = Reflect::set(&opts, &JsValue::from_str(k), &JsValue::from_str(v));
                }
                Intl::NumberFormat::new(&locales, &opts)
            })
            .clone()
    })
}

fn call_format(format: &Intl::NumberFormat, value: &JsValue) -> Option<String> {
    format.format().call1(&JsValue::NULL, value).ok()?.as_string()
}

fn intl_integer(lang: Lang, n: i64) -> String {
    // 0 to 999 are plain Latin digits in every language here (Arabic keeps
    // Latin digits): no `Intl.NumberFormat`, whose first construction loads
    // the locale's data (about 20 ms on a desktop, at start-up, for the cart
    // button's count).
    if (0..1000).contains(&n) {
        return n.to_string();
    }
    let locale = if lang == Lang::Ar { "ar-u-nu-latn" } else { lang.tag() };
    call_format(&number_format(locale, &[]), &JsValue::from_f64(n as f64)).unwrap_or_else(|| lang.group_digits(n))
}

/// A count in the page's language ("1,234", "1.234").
pub fn number(n: i64) -> String {
    intl_integer(lang(), n)
}

/// Money in the page's language and the shop's currency, written by
/// `Intl.NumberFormat` from the exact decimal (a string, never a float),
/// rounded to the currency's minor units first; or, where that is proven to
/// write the same ([`vitrine_core::Locale::writes_like_intl`]), by
/// [`vitrine_core::Locale::format`].
pub fn money(amount: Money, shop_locale: &str) -> String {
    let rounded = amount.rounded();
    let locale = intl_locale(shop_locale);
    // A shop's own currency in its own language: written here, exactly as
    // `Intl` would (no `Intl.NumberFormat` on a listing's first render).
    let native = vitrine_core::Locale::from_tag(&locale);
    if native.tag.eq_ignore_ascii_case(&locale) && native.writes_like_intl(rounded.currency) {
        return rounded.format(native);
    }
    let code = rounded.currency.to_string();
    let format = number_format(&locale, &[("style", "currency"), ("currency", &code)]);
    call_format(&format, &JsValue::from_str(&rounded.amount.to_string())).unwrap_or_else(|| rounded.format(vitrine_core::Locale::from_tag(shop_locale)))
}

/// Money as the API writes it (`{"amount": "19.99", "currency": "EUR"}`,
/// the amount already in the currency's minor units: the server rounds) in
/// the page's language, by `Intl.NumberFormat` from the exact decimal
/// string, never a float. The embedded widgets' path, which carries no
/// decimal arithmetic.
pub fn money_text(amount: &str, currency: &str, shop_locale: &str) -> String {
    let format = number_format(&intl_locale(shop_locale), &[("style", "currency"), ("currency", currency)]);
    call_format(&format, &JsValue::from_str(amount)).unwrap_or_else(|| format!("{amount} {currency}"))
}

/// A percentage from a whole-number percent ("15" → "15 %" in German).
pub fn percent(percent: &str, shop_locale: &str) -> String {
    let fraction = js_sys::Number::parse_float(percent) / 100.0;
    let format = number_format(&intl_locale(shop_locale), &[("style", "percent"), ("maximumFractionDigits", "2")]);
    call_format(&format, &JsValue::from_f64(fraction)).unwrap_or_else(|| format!("{percent}%"))
}

/// The language switcher's options: every language, in its own name.
pub fn languages() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter()
}

/// The `<select>`'s change handler.
pub fn on_choose(ev: web_sys::Event) {
    let value = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value());
    if let Some(lang) = value.as_deref().and_then(Lang::from_tag) {
        if lang != crate::i18n::lang() {
            switch_to(lang);
        }
    }
}

/// A country or region's name in the page's language (`Intl.DisplayNames`),
/// or `None` when the browser does not know the code.
pub fn region_name(code: &str) -> Option<String> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?; // i18n: not shown
    let ctor: js_sys::Function = Reflect::get(&intl, &JsValue::from_str("DisplayNames")).ok()?.dyn_into().ok()?; // i18n: not shown
    let opts = Object::new();
    Reflect::set(&opts, &JsValue::from_str("type"), &JsValue::from_str("region")).ok()?;
    let args = Array::of2(&Array::of1(&JsValue::from_str(lang().tag())), &opts);
    let names = Reflect::construct(&ctor, &args).ok()?;
    let of: js_sys::Function = Reflect::get(&names, &JsValue::from_str("of")).ok()?.dyn_into().ok()?;
    of.call1(&names, &JsValue::from_str(code)).ok()?.as_string().filter(|n| n != code)
}

/// Countries named in the page's language and sorted as its readers sort
/// (English keeps the shop's own names and order).
pub fn localize_countries(mut countries: Vec<vitrine_core::cart::Country>) -> Vec<vitrine_core::cart::Country> {
    if lang() == Lang::En {
        return countries;
    }
    for c in &mut countries {
        if let Some(name) = region_name(&c.code) {
            c.name = name;
        }
    }
    let locale = JsValue::from_str(lang().tag());
    countries.sort_by(|a, b| {
        let order = js_sys::JsString::from(a.name.as_str()).locale_compare(&b.name, &Array::of1(&locale), &Object::new());
        order.cmp(&0)
    });
    countries
}
