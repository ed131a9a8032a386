//! The request's language: negotiated from `Accept-Language` by a
//! middleware on the API, held in a task-local for the handler, and read by
//! `vitrine_core::t!` everywhere the server writes text for a shopper.
//! Also serves the storefront's and the console's catalogues
//! (`GET /api/v1/locales/{lang}/{bundle}`).

use std::collections::HashMap;
use std::sync::{Once, OnceLock};

use axum::extract::{Path, Request};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::i18n::Lang;
use vitrine_core::ApiErrorBody;

use crate::error::ApiError;
use crate::state::AppState;

tokio::task_local! {
    /// The language of the request being handled.
    pub static LANG: Lang;
}

/// The language in effect: the request's, else English.
pub fn current() -> Lang {
    LANG.try_with(|l| *l).unwrap_or_default()
}

/// Runs `f` in `lang` (emails written outside a request, tests).
pub async fn scope<F: std::future::Future>(lang: Lang, f: F) -> F::Output {
    LANG.scope(lang, f).await
}

/// The language stored with a cart, order or subscription ("de"): English
/// when unknown.
pub fn stored(tag: &str) -> Lang {
    Lang::from_tag(tag).unwrap_or_default()
}

macro_rules! ftl {
    ($lang:literal, $area:literal) => {
        include_str!(concat!("../../../locales/", $lang, "/", $area, ".ftl"))
    };
}

macro_rules! lang_sources {
    ($lang:literal) => {
        [
            ("core", ftl!($lang, "core")),
            ("common", ftl!($lang, "common")),
            ("catalog", ftl!($lang, "catalog")),
            ("cart", ftl!($lang, "cart")),
            ("checkout", ftl!($lang, "checkout")),
            ("tracking", ftl!($lang, "tracking")),
            ("returns", ftl!($lang, "returns")),
            ("console", ftl!($lang, "console")),
            ("theme", ftl!($lang, "theme")),
            ("server", ftl!($lang, "server")),
            ("email", ftl!($lang, "email")),
        ]
    };
}

/// Every catalogue file, by language and area.
fn sources(lang: Lang) -> [(&'static str, &'static str); 11] {
    match lang {
        Lang::En => lang_sources!("en"),
        Lang::De => lang_sources!("de"),
        Lang::Fr => lang_sources!("fr"),
        Lang::Ar => lang_sources!("ar"),
    }
}

fn source(lang: Lang, area: &str) -> &'static str {
    sources(lang).iter().find(|(a, _)| *a == area).map(|(_, s)| *s).unwrap_or("")
}

/// Areas in each bundle a browser loads: one per storefront entry (what its
/// pages say; keep in step with `Bundle::areas` in src/i18n.rs), the whole
/// storefront, and the console's own (the console entry loads `storefront`
/// as well, for the theme editor's preview).
const BUNDLES: [(&str, &[&str]); 5] = [
    ("shop", &["core", "common", "catalog", "cart"]),
    ("checkout", &["core", "common", "catalog", "cart", "checkout", "tracking"]),
    ("returns", &["core", "common", "catalog", "cart", "checkout", "tracking", "returns"]),
    ("storefront", &["core", "common", "catalog", "cart", "checkout", "tracking", "returns"]),
    ("console", &["console", "theme"]),
];

/// Loads the server's catalogues and tells `t!` where the language is (once
/// per process; every `AppState::new` calls it).
pub fn init() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        vitrine_core::i18n::set_current(current);
        for lang in Lang::ALL {
            // English core is built into vitrine-core. The storefront's words
            // draw the pages' first screens (`cart_screen`, `catalog_screen`,
            // the order lookup's in `heads`, the linked order's and return's in `link_screen`).
            const PAGES: [&str; 8] = ["server", "email", "common", "catalog", "cart", "checkout", "tracking", "returns"];
            let core: &[&str] = if lang == Lang::En { &[] } else { &["core"] };
            for area in core.iter().chain(PAGES.iter()) {
                if let Err(e) = vitrine_core::i18n::add(lang, source(lang, area)) {
                    tracing::error!(lang = lang.tag(), area, error = %e, "a catalogue does not parse");
                }
            }
        }
    });
}

/// Middleware: the request's language from `Accept-Language`, in effect for
/// the handler; the response varies by that header.
pub async fn negotiate(req: Request, next: Next) -> Response {
    let lang = query_lang(req.uri().query()).unwrap_or_else(|| accepted(req.headers()));
    let mut res = LANG.scope(lang, next.run(req)).await;
    res.headers_mut().append(header::VARY, HeaderValue::from_static("accept-language"));
    res
}

/// `?lang=` in a request's address, when it names a language the shop
/// speaks: it wins over `Accept-Language`, which an `EventSource` cannot set
/// (the live order and return pages follow the page's language this way).
pub fn query_lang(query: Option<&str>) -> Option<Lang> {
    query?.split('&').find_map(|kv| kv.strip_prefix("lang=")).and_then(Lang::from_tag)
}

/// The best language for the request's `Accept-Language`, English when none.
pub fn accepted(headers: &HeaderMap) -> Lang {
    headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(Lang::negotiate).unwrap_or_default()
}

/// A bundle's body and its ETag.
struct Bundle {
    body: String,
    etag: String,
}

fn bundles() -> &'static HashMap<(Lang, &'static str), Bundle> {
    static BUNDLES_BUILT: OnceLock<HashMap<(Lang, &'static str), Bundle>> = OnceLock::new();
    BUNDLES_BUILT.get_or_init(|| {
        let mut map = HashMap::new();
        for lang in Lang::ALL {
            for (name, areas) in BUNDLES {
                let mut body = String::new();
                for area in areas {
                    // Comments are for translators, not for browsers.
                    for line in source(lang, area).lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
                        body.push_str(line);
                        body.push('\n');
                    }
                }
                let hash = Sha256::digest(body.as_bytes());
                let etag = format!("\"{}\"", hash[..16].iter().map(|b| format!("{b:02x}")).collect::<String>());
                map.insert((lang, name), Bundle { body, etag });
            }
        }
        map
    })
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(locales_show))
}

/// A catalogue a browser loads for a language: `storefront` (the shop's
/// pages) or `console` (the operator's), in Fluent syntax.
#[utoipa::path(
    get,
    path = "/api/v1/locales/{lang}/{bundle}",
    tag = "shop",
    params(
        ("lang" = String, Path, description = "Language: en, de, fr or ar"),
        ("bundle" = String, Path, description = "shop, checkout, returns (one storefront entry's pages), storefront (all of them) or console"),
        ("If-None-Match" = Option<String>, Header, description = "The ETag of a copy already held"),
    ),
    responses(
        (status = 200, description = "The catalogue source (Fluent)", content_type = "text/plain"),
        (status = 304, description = "The held copy is current"),
        (status = 404, description = "No such language or bundle", body = ApiErrorBody),
    )
)]
pub async fn locales_show(Path((lang, bundle)): Path<(String, String)>, headers: HeaderMap) -> Response {
    let found = Lang::ALL
        .into_iter()
        .find(|l| l.tag() == lang)
        .and_then(|l| bundles().get(&(l, bundle.as_str())));
    let Some(b) = found else {
        return ApiError::not_found(vitrine_core::t!("server-locales-not-found")).into_response();
    };
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == b.etag || t.trim() == "*"));
    let common = [(header::ETAG, b.etag.clone()), (header::CACHE_CONTROL, "public, max-age=3600".to_string())];
    if matches {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    (StatusCode::OK, common, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], b.body.clone()).into_response()
}
