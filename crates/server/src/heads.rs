//! Real `<head>`s for the storefront's pages, `/sitemap.xml` and `/robots.txt`.
//!
//! The storefront renders in the browser, so crawlers and link previews would
//! only see `index.html`'s placeholder head. For the catalog (`/`, with its
//! `?category=` and `?q=` views) and every `/products/{handle}`, the server
//! answers `index.html` with the page's title, description, canonical URL,
//! Open Graph and Twitter tags, a preload of the largest image and, for
//! products, the same Product JSON-LD the page emits. Everything comes from
//! the in-memory catalog snapshot; no request touches the database. An
//! unknown product is a 404 with the same app (it shows its not-found page).

use std::collections::HashMap;
use std::fmt::Write;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use vitrine_core::catalog::{Image, Product};
use vitrine_core::listing::ProductQuery;
use vitrine_core::t;

use crate::assets::Assets;
use crate::{cart_screen, catalog_screen};
use crate::catalog::snapshot::CatalogSnapshot;
use crate::state::AppState;

/// `/sitemap.xml` and `/robots.txt`.
pub fn router() -> Router<AppState> {
    let changes = Arc::new(Changes::new());
    Router::new()
        .route("/sitemap.xml", get(move |state: State<AppState>, headers: HeaderMap| sitemap_show(state, headers, changes.clone())))
        .route("/robots.txt", get(robots_show))
        .layer(CompressionLayer::new().br(false).gzip(true).quality(CompressionLevel::Precise(2)))
}

/// Answers a storefront route (any GET/HEAD path that is not a file) with
/// `index.html` and the page's head; `None` leaves the request to the files.
pub async fn respond(state: &AppState, assets: &Assets, method: &Method, uri: &Uri, headers: &HeaderMap) -> Option<Response> {
    let path = uri.path();
    let last = path.rsplit('/').next().unwrap_or("");
    if (method != Method::GET && method != Method::HEAD) || assets.is_file(path) || last.contains('.') {
        return None;
    }
    if path == "/search" {
        let to = uri.query().map_or_else(|| "/".to_string(), |q| format!("/?{q}"));
        return Some(Redirect::permanent(&to).into_response());
    }
    // The first screens are written in the page's language, chosen as the app chooses it.
    let lang = cart_screen::page_lang(headers, uri.query());
    let page = Page {
        shop: &state.config.shop_name,
        base: base_url(state, headers),
        locale: state.config.locale.replace('-', "_"),
        description: assets.default_description().unwrap_or(""),
        // A preloaded API request carries the browser's Accept-Language, and
        // the browser hands its answer to the app's fetch even though that
        // names the page's language: preload only where the two agree.
        preload_api: lang == crate::i18n::accepted(headers),
    };
    let snapshot = state.catalog.get();
    let cart_page = cart_screen::Kind::of(path);
    let prices = catalog_screen::Prices::new(&state.config.locale, lang);
    let mut drawn = cart_page.is_some();
    let mut private = false;
    let (status, (head, first_screen)) = match path.strip_prefix("/products/").filter(|h| !h.is_empty() && !h.contains('/')) {
        Some(handle) => match snapshot.product(handle) {
            Some(product) => {
                drawn = true;
                (StatusCode::OK, crate::i18n::scope(lang, async { page.product(product, variant_param(uri.query())) }).await)
            }
            None => (StatusCode::NOT_FOUND, (page.not_found(), None)),
        },
        None if path == "/" => {
            drawn = true;
            (StatusCode::OK, crate::i18n::scope(lang, async { page.listing(&snapshot, uri.query().unwrap_or(""), &prices) }).await)
        }
        None if crate::assets::entry_of(path) == Some("admin") => (StatusCode::OK, (page.console(), None)),
        None if path.trim_end_matches('/') == "/orders/lookup" => {
            drawn = true;
            let (title, screen) = crate::i18n::scope(lang, async { lookup_screen() }).await;
            (StatusCode::OK, (page.plain(&title), Some(screen)))
        }
        None => match cart_page {
            // The cart and the checkout: drawn from the cart the browser's cookie opens.
            Some(kind) => {
                let pictures = cart_screen::cookie_cart_pictures(state, headers).await;
                let (title, screen) = crate::i18n::scope(lang, async { cart_screen::draw(kind, page.shop, pictures.as_deref()) }).await;
                (StatusCode::OK, (page.plain(&title), screen))
            }
            // A page a signed link opens: drawn only when its token opens it.
            None => match crate::link_screen::Link::of(path) {
                Some(link) => {
                    private = true;
                    match crate::i18n::scope(lang, crate::link_screen::draw(state, &link, uri.query(), page.shop)).await {
                        Some((title, screen, api)) => {
                            drawn = true;
                            let mut head = page.plain(&title);
                            page.preload_fetch(&mut head, &api);
                            (StatusCode::OK, (head, Some(screen)))
                        }
                        None => (StatusCode::OK, (page.plain(&state.config.shop_name), None)),
                    }
                }
                None => (StatusCode::OK, (page.plain(&state.config.shop_name), None)),
            },
        },
    };
    let rules = &snapshot.rules;
    let head = if rules.theme_css.contains('{') { format!("{head}<style id=\"vt-theme\">{}</style>", rules.theme_css) } else { head };
    let mut res = assets.page(path, method, headers, status, &head, first_screen.as_deref());
    if drawn {
        res.headers_mut().append(header::VARY, HeaderValue::from_static("cookie, accept-language"));
    }
    if private {
        // An order's or a return's words (the email address, too): for this browser only.
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    }
    Some(res)
}

/// The order lookup's title and first screen: its heading and intro as the
/// app draws them (`src/tracking/lookup_page.rs`), and room for the form, so
/// the page's largest text paints before the app's wasm and the page's own
/// module arrive. Call in the page's language (`crate::i18n::scope`).
fn lookup_screen() -> (String, String) {
    let title = t!("tracking-lookup-title");
    let screen = format!(
        r#"<section class="vt-tracking vt-tracking--lookup" aria-labelledby="vt-lookup-title"><h1 id="vt-lookup-title" class="vt-page__title">{}</h1><p class="vt-tracking__intro">{}</p><div class="vt-skeleton vt-skeleton--block" aria-hidden="true"></div></section>"#,
        esc(&title),
        esc(&t!("tracking-lookup-intro"))
    );
    (title, screen)
}

/// The API's path as the storefront's `index.html` names it (`<meta name="vitrine-api">`).
const API: &str = "/api/v1";

/// The public origin: `--public-url` when set, else `http://{Host}`.
fn base_url(state: &AppState, headers: &HeaderMap) -> String {
    if !state.config.public_url.is_empty() {
        return state.config.public_url.clone();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b)))
        .unwrap_or("localhost");
    format!("http://{host}")
}

fn variant_param(query: Option<&str>) -> Option<i64> {
    query?.split('&').find_map(|kv| kv.strip_prefix("variant=")?.parse().ok())
}

/// What every head of one request shares.
struct Page<'a> {
    shop: &'a str,
    base: String,
    locale: String,
    description: &'a str,
    /// The page's language is the one the browser asks the API for.
    preload_api: bool,
}

/// The tags common to all pages; `image` is also preloaded.
struct Meta<'a> {
    title: String,
    description: &'a str,
    canonical: Option<String>,
    og_type: &'a str,
    image: Option<&'a Image>,
    noindex: bool,
}

impl Page<'_> {
    /// Preloads the API request the page will make first, so its answer is
    /// there when the app mounts (the same URL, mode and credentials as the
    /// app's `fetch`), unless the app will ask in another language.
    fn preload_fetch(&self, head: &mut String, path_and_query: &str) {
        if self.preload_api {
            let _ = writeln!(head, r#"<link rel="preload" href="{API}{}" as="fetch" crossorigin>"#, esc(path_and_query));
        }
    }

    /// A product's head, and a first screen with its main picture.
    fn product(&self, p: &Product, variant: Option<i64>) -> (String, Option<String>) {
        let shown = variant.and_then(|id| p.variants.iter().find(|v| v.id == id)).or_else(|| p.default_variant());
        let summary: String = p.description.split("\n\n").next().unwrap_or("").chars().take(160).collect();
        let image = shown.and_then(|v| v.image).and_then(|i| p.images.get(i as usize)).or(p.images.first());
        let mut head = self.meta(&Meta {
            title: format!("{} · {}", p.title, self.shop),
            description: if summary.trim().is_empty() { self.description } else { &summary },
            canonical: Some(format!("{}/products/{}", self.base, p.handle)),
            og_type: "product",
            image,
            noindex: false,
        });
        if let Some(v) = shown {
            let (amount, currency) = (v.price.rounded().amount.to_string(), v.price.currency.code());
            let availability = if v.available > 0 { "in stock" } else { "out of stock" };
            for (property, value) in [
                ("og:price:amount", amount.as_str()),
                ("og:price:currency", currency),
                ("product:price:amount", amount.as_str()),
                ("product:price:currency", currency),
                ("product:availability", availability),
            ] {
                let _ = writeln!(head, r#"<meta property="{property}" content="{}">"#, esc(value));
            }
        }
        let _ = writeln!(head, r#"<script type="application/ld+json">{}</script>"#, p.json_ld(self.shop, &self.base));
        self.preload_fetch(&mut head, &format!("/products/{}", vitrine_core::listing::encode(&p.handle)));
        let media = if image.is_some() { "vt-gallery__main" } else { "vt-gallery__main vt-skeleton" };
        let mut screen = catalog_screen::breadcrumbs(p);
        let _ = write!(screen, r#"<div class="vt-product" aria-hidden="true"><div class="vt-gallery"><div class="{media}">"#);
        if let Some(img) = image {
            catalog_screen::picture(&mut screen, img, true);
        }
        screen.push_str(
            r#"</div></div><div class="vt-product__info"><div class="vt-skeleton vt-skeleton--title"></div><div class="vt-skeleton vt-skeleton--line vt-skeleton--short"></div><div class="vt-skeleton vt-skeleton--block"></div></div></div>"#,
        );
        (head, Some(screen))
    }

    /// `/` with the catalog's query: "Shop all", a category, or search results;
    /// the head, and a first screen with the first cards' pictures.
    fn listing(&self, snapshot: &CatalogSnapshot, raw_query: &str, prices: &catalog_screen::Prices) -> (String, Option<String>) {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw_query).unwrap_or_default();
        // `?lang=` chooses the page's language; the app takes it out of the address.
        let parsed = ProductQuery::parse(pairs.iter().filter(|(k, _)| k != "lang").map(|(k, v)| (k.as_str(), v.as_str())));
        // A link the app will refuse (`?page=-1`, `?sort=bogus`) gets the
        // head of "Shop all" but no first screen or preload of it.
        let valid = parsed.is_ok();
        let q = parsed.unwrap_or_default();
        let category = match q.categories.as_slice() {
            [one] if q.q.is_empty() => snapshot.categories.iter().find(|c| &c.handle == one),
            _ => None,
        };
        let heading = match category {
            _ if !q.q.is_empty() => format!("Results for “{}”", q.q),
            Some(c) => c.name.clone(),
            None => "Shop all".to_string(),
        };
        let mut canonical: Vec<(&str, String)> = Vec::new();
        if !q.q.is_empty() {
            canonical.push(("q", q.q.clone()));
        }
        if let Some(c) = category {
            canonical.push(("category", c.handle.clone()));
        }
        if q.page > 1 {
            canonical.push(("page", q.page.to_string()));
        }
        let canonical = match serde_urlencoded::to_string(&canonical).unwrap_or_default() {
            s if s.is_empty() => format!("{}/", self.base),
            s => format!("{}/?{s}", self.base),
        };
        let list = snapshot.list(&q).ok().filter(|_| valid);
        let image = list.as_ref().and_then(|l| l.items.first()).and_then(|p| p.image.as_ref());
        let mut head = self.meta(&Meta {
            title: format!("{heading} · {}", self.shop),
            description: category.map(|c| c.description.as_str()).filter(|d| !d.trim().is_empty()).unwrap_or(self.description),
            canonical: Some(canonical),
            og_type: "website",
            image,
            noindex: !q.q.is_empty(),
        });
        if valid {
            self.preload_fetch(&mut head, &format!("/products{}", q.to_query_string()));
        }
        // The app's heading is in the page's language (the head's stays the shop's).
        let shown = catalog_screen::heading(&q, category.map(|c| c.name.as_str()));
        let screen = list.as_ref().and_then(|l| catalog_screen::listing(&q, l, &shown, prices));
        (head, screen)
    }

    fn not_found(&self) -> String {
        self.meta(&Meta { title: "Not found".into(), description: "", canonical: None, og_type: "website", image: None, noindex: true })
    }

    /// The operator's console: never indexed, nothing to preview.
    fn console(&self) -> String {
        let title = format!("Console · {}", self.shop);
        self.meta(&Meta { title, description: "", canonical: None, og_type: "website", image: None, noindex: true })
    }

    /// Cart, checkout, orders and any other route the app knows.
    fn plain(&self, title: &str) -> String {
        let description = self.description;
        self.meta(&Meta { title: title.into(), description, canonical: None, og_type: "website", image: None, noindex: false })
    }

    fn meta(&self, m: &Meta) -> String {
        let mut h = String::with_capacity(2048);
        let _ = writeln!(h, "<title>{}</title>", esc(&m.title));
        let name = |h: &mut String, key: &str, value: &str| {
            if !value.is_empty() {
                let attr = if key.starts_with("og:") { "property" } else { "name" };
                let _ = writeln!(h, r#"<meta {attr}="{key}" content="{}">"#, esc(value));
            }
        };
        name(&mut h, "description", m.description);
        if m.noindex {
            name(&mut h, "robots", "noindex");
        }
        if let Some(url) = &m.canonical {
            let _ = writeln!(h, r#"<link rel="canonical" href="{}">"#, esc(url));
        }
        name(&mut h, "og:type", m.og_type);
        name(&mut h, "og:site_name", self.shop);
        name(&mut h, "og:locale", &self.locale);
        name(&mut h, "og:title", &m.title);
        name(&mut h, "og:description", m.description);
        name(&mut h, "og:url", m.canonical.as_deref().unwrap_or(""));
        name(&mut h, "twitter:card", if m.image.is_some() { "summary_large_image" } else { "summary" });
        name(&mut h, "twitter:title", &m.title);
        name(&mut h, "twitter:description", m.description);
        if let Some(img) = m.image {
            let url = absolute(&self.base, &img.url);
            name(&mut h, "og:image", &url);
            name(&mut h, "og:image:alt", &img.alt);
            if img.width > 0 && img.height > 0 {
                name(&mut h, "og:image:width", &img.width.to_string());
                name(&mut h, "og:image:height", &img.height.to_string());
            }
            name(&mut h, "twitter:image", &url);
            // The same URL the page's <img> asks for, so the preload is used.
            let _ = writeln!(h, r#"<link rel="preload" as="image" fetchpriority="high" href="{}">"#, esc(&img.url));
        }
        h
    }
}

fn absolute(base: &str, url: &str) -> String {
    if url.starts_with("http://") || url.starts_with("https://") {
        url.to_string()
    } else if let Some(rest) = url.strip_prefix("//") {
        format!("https://{rest}")
    } else if url.starts_with('/') {
        format!("{base}{url}")
    } else {
        format!("{base}/{url}")
    }
}

/// Escapes text for HTML element content and quoted attributes (and XML).
pub use vitrine_core::escape_html as esc;

async fn robots_show(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let body = format!(
        "User-agent: *\nAllow: /\nDisallow: /checkout\nDisallow: /cart\nDisallow: /orders/\nDisallow: /returns/\nDisallow: /admin\nDisallow: /theme\nDisallow: /api/\n\nSitemap: {}/sitemap.xml\n",
        base_url(&state, &headers)
    );
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], body).into_response()
}

/// The sitemap protocol's limit for one file.
const SITEMAP_MAX_URLS: usize = 50_000;

async fn sitemap_show(State(state): State<AppState>, headers: HeaderMap, changes: Arc<Changes>) -> Response {
    let base = base_url(&state, &headers);
    let snapshot = state.catalog.get();
    let lastmod = changes.lastmod(&snapshot);
    let newest = |ids: &mut dyn Iterator<Item = i64>| ids.filter_map(|id| lastmod.get(&id)).max().copied().unwrap_or(changes.started);
    let mut xml = String::with_capacity(200 + snapshot.products.len() * 140);
    xml.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    let url = |xml: &mut String, loc: String, at: i64| {
        let (y, m, d) = crate::dates::civil_from_unix(at);
        let _ = writeln!(xml, "<url><loc>{}</loc><lastmod>{y:04}-{m:02}-{d:02}</lastmod></url>", esc(&loc));
    };
    url(&mut xml, format!("{base}/"), newest(&mut snapshot.products.iter().map(|p| p.id)));
    for c in &snapshot.categories {
        let at = newest(&mut snapshot.products.iter().filter(|p| p.category.handle == c.handle).map(|p| p.id));
        let query = serde_urlencoded::to_string([("category", &c.handle)]).unwrap_or_default();
        url(&mut xml, format!("{base}/?{query}"), at);
    }
    let room = SITEMAP_MAX_URLS.saturating_sub(1 + snapshot.categories.len());
    for p in snapshot.products.iter().take(room) {
        url(&mut xml, format!("{base}/products/{}", p.handle), lastmod.get(&p.id).copied().unwrap_or(changes.started));
    }
    xml.push_str("</urlset>\n");
    ([(header::CONTENT_TYPE, "application/xml; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=300")], xml).into_response()
}

/// (catalog version seen, product id -> (fingerprint of its page, when it changed)).
type Seen = (i64, HashMap<i64, (u64, i64)>);

/// When each product's page last changed, as far as this process has seen.
/// The snapshot carries no update times, so a product's `lastmod` is the
/// catalog load time (this server's start), moved forward when what its page
/// shows (title, text, images, prices, in or out of stock) changes.
struct Changes {
    started: i64,
    seen: Mutex<Seen>,
}

impl Changes {
    fn new() -> Changes {
        Changes { started: now(), seen: Mutex::new((i64::MIN, HashMap::new())) }
    }

    /// Product id -> Unix time of its last change.
    fn lastmod(&self, snapshot: &CatalogSnapshot) -> HashMap<i64, i64> {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let (version, products) = &mut *seen;
        if *version != snapshot.version {
            let at = if *version == i64::MIN { self.started } else { now() };
            let mut next = HashMap::with_capacity(snapshot.products.len());
            for p in &snapshot.products {
                let print = fingerprint(p);
                let since = match products.get(&p.id) {
                    Some(&(old, since)) if old == print => since,
                    _ => at,
                };
                next.insert(p.id, (print, since));
            }
            *products = next;
            *version = snapshot.version;
        }
        products.iter().map(|(&id, &(_, since))| (id, since)).collect()
    }
}

fn fingerprint(p: &Product) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (&p.handle, &p.title, &p.description, &p.category.handle).hash(&mut h);
    for i in &p.images {
        i.url.hash(&mut h);
    }
    for v in &p.variants {
        (v.id, v.price.amount, v.compare_at_price.map(|c| c.amount), v.available > 0).hash(&mut h);
    }
    h.finish()
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(super::esc(r#"</title><script>"a" & 'b'"#), "&lt;/title&gt;&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;");
    }

    #[test]
    fn absolute_urls() {
        assert_eq!(super::absolute("https://s.test", "/images/a.svg"), "https://s.test/images/a.svg");
        assert_eq!(super::absolute("https://s.test", "https://cdn.test/a.jpg"), "https://cdn.test/a.jpg");
    }
}
