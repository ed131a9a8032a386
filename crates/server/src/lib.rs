//! Vitrine's reference API server.
//!
//! [`app`] builds the whole HTTP application from an [`AppState`], so tests
//! drive it with `tower::ServiceExt::oneshot` and no socket:
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use vitrine_server::{app, db::{Db, DbConfig}, state::{AppState, ShopConfig}};
//! let db = Db::connect(&DbConfig::new("sqlite://data/vitrine.sqlite")).await?;
//! let state = AppState::new(db, ShopConfig { demo: true, ..ShopConfig::default() }).await?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! axum::serve(listener, app(state)).await?;
//! # Ok(()) }
//! ```

pub mod address;
pub mod admin;
pub mod assets;
pub mod cart_screen;
pub mod catalog_screen;
pub mod carts;
pub mod catalog;
pub mod changes;
pub mod checkout;
pub mod dates;
pub mod db;
pub mod demo;
pub mod error;
pub mod failpoint;
pub mod geo;
pub mod heads;
pub mod i18n;
pub mod jobs;
pub mod link_screen;
pub mod mail;
pub mod orders;
pub mod outbox;
pub mod payments;
pub mod psp;
pub mod rate_limit;
pub mod returns;
pub mod rules;
pub mod said;
pub mod secrets;
pub mod settings;
pub mod shop;
pub mod state;
pub mod stock;
pub mod store_credit;
pub mod test_order;
pub mod theme;
pub mod tracking;
pub mod webhook_events;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

use crate::error::ApiError;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Vitrine API",
        version = "1",
        description = "Storefront API: catalog, carts, checkout, orders, tracking and returns. \
                       Money is a decimal string plus an ISO 4217 code. Errors are `{message, errors}` JSON."
    ),
    modifiers(&SecurityAddon),
    tags(
        (name = "catalog", description = "Products, variants and categories"),
        (name = "carts", description = "Server-side carts, reachable with their secret token"),
        (name = "addresses", description = "Per-country address formats and validation"),
        (name = "checkout", description = "Shipping and payment methods, order placement"),
        (name = "orders", description = "Orders, payment completion and provider webhooks"),
        (name = "tracking", description = "Carrier webhooks: AfterShip's format and our own"),
        (name = "returns", description = "Self-service returns: what may go back, the request, photos, the return's page and label"),
        (name = "admin", description = "The operator's API (admin key): orders, checklist, shipments, tracking events, returns, reports"),
        (name = "shop", description = "Shop settings and health"),
    ),
    components(schemas(vitrine_core::ApiErrorBody))
)]
struct ApiDoc;

/// Declares the cart token scheme: `Authorization: Bearer <token>`.
struct SecurityAddon;

impl utoipa::Modify for SecurityAddon {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "cart_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("The secret token returned when the cart was created"))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "admin_key",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An admin key from `vitrine-server admin-key create --name NAME`"))
                    .build(),
            ),
        );
    }
}

/// The OpenAPI document, generated from the wire types and handler annotations.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api_router().split_for_parts().1
}

fn api_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(catalog::router())
        .merge(carts::router())
        .merge(checkout::router())
        .merge(orders::router())
        .merge(payments::webhooks::router())
        .merge(tracking::router())
        .merge(returns::router())
        .merge(admin::router())
        .merge(address::router())
        .merge(shop::router())
        .merge(theme::router())
        .merge(i18n::router())
}

/// The whole application: the API under `/api/v1`, the storefront for every other path.
pub fn app(state: AppState) -> Router {
    let (api, doc) = api_router().split_for_parts();
    let doc_json: Arc<str> = doc.to_pretty_json().unwrap_or_default().into();
    let api = api
        .route(
            "/api/v1/openapi.json",
            axum::routing::get(move || {
                let doc = doc_json.clone();
                async move { ([(header::CONTENT_TYPE, "application/json")], doc.to_string()) }
            }),
        )
        .route("/api/{*rest}", axum::routing::any(api_not_found))
        .layer(axum::middleware::from_fn_with_state(state.clone(), only_connected_sites))
        // The request's language (`Accept-Language`) for every message the handler writes.
        .layer(axum::middleware::from_fn(i18n::negotiate))
        // Dynamic responses: gzip at level 2 with the zlib-rs backend. On a
        // 15.6 KB listing page it gives 2,135 bytes against 2,022 at level 4,
        // and the listing serves 25% more requests per second (compression was
        // 40% of the CPU with miniz at level 4). Brotli's per-response encoder
        // state is larger still. Static assets are served pre-compressed with
        // brotli 11 (see `assets`).
        .layer(CompressionLayer::new().br(false).gzip(true).quality(CompressionLevel::Precise(2)))
        .layer(cors(&state.config.cors_origins));
    api.merge(psp::router())
        .route("/dev/mailbox", axum::routing::get(outbox::dev_mailbox))
        .route("/unsubscribe", axum::routing::get(carts::recovery::unsubscribe_page))
        .merge(heads::router())
        .fallback(static_files)
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30)))
        .layer(CatchPanicLayer::custom(|_| ApiError::Internal("handler panicked".into()).into_response()))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

async fn api_not_found() -> ApiError {
    ApiError::not_found("No API endpoint at this path.")
}

async fn static_files(State(state): State<AppState>, req: Request) -> Response {
    // Only the request's head: a body is not `Sync`, and the page may await the database.
    let (req, _) = req.into_parts();
    let mut res = match &state.assets {
        Some(assets) => heads::respond(&state, assets, &req.method, &req.uri, &req.headers)
            .await
            .unwrap_or_else(|| assets.respond(&req.method, &req.uri, &req.headers)),
        None => return (StatusCode::NOT_FOUND, "This server runs without a storefront (no --static-dir).").into_response(),
    };
    let headers = res.headers_mut();
    if req.uri.path().starts_with("/embed/") {
        // The embedded widgets' files load from other sites' pages (a module
        // script and its wasm are fetched in CORS mode). The stable script
        // is cached briefly and revalidated by ETag; the hashed files behind
        // it are immutable.
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
        headers.insert(HeaderName::from_static("cross-origin-resource-policy"), HeaderValue::from_static("cross-origin"));
        if headers.get(header::CACHE_CONTROL).is_some_and(|v| v == "no-cache") {
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
        }
    } else if headers.get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/html")) {
        // Only the shop itself and the connected sites may frame its pages
        // (the embed's checkout overlay frames the checkout).
        if let Ok(v) = HeaderValue::from_str(&frame_ancestors(&state.config.cors_origins)) {
            headers.insert(header::CONTENT_SECURITY_POLICY, v);
        }
    }
    res
}

/// `frame-ancestors` for the storefront's pages: the shop and its connected sites.
fn frame_ancestors(origins: &[String]) -> String {
    if origins.iter().any(|o| o == "*") {
        return "frame-ancestors *".into();
    }
    let mut policy = String::from("frame-ancestors 'self'");
    for o in origins.iter().map(|o| o.trim_end_matches('/')).filter(|o| !o.is_empty() && !o.contains([';', ',', ' ', '\'', '"'])) {
        policy.push(' ');
        policy.push_str(o);
    }
    policy
}

/// Browsers name the page's origin (`Origin`) on cross-origin requests and on
/// same-origin writes. A request from a site that is neither the shop itself
/// nor on the `--cors-origin` list gets no data: 403 with
/// `errors.origin`, readable by that site (so an embedded widget can say
/// "this site is not connected to the shop" instead of failing blind).
async fn only_connected_sites(State(state): State<AppState>, req: Request, next: axum::middleware::Next) -> Response {
    let Some(origin) = req.headers().get(header::ORIGIN).and_then(|v| v.to_str().ok()).map(str::to_string) else {
        return next.run(req).await;
    };
    let host = req.headers().get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("");
    let same_site = origin.split_once("://").is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(host));
    let allowed = state.config.cors_origins.iter().any(|o| o == "*" || o.trim_end_matches('/').eq_ignore_ascii_case(&origin));
    if same_site || allowed {
        return next.run(req).await;
    }
    let body = vitrine_core::ApiErrorBody::new(vitrine_core::t!("server-origin-not-connected"))
        .with("origin", vitrine_core::t!("server-origin-not-connected-field", origin = origin.as_str()));
    let mut res = (StatusCode::FORBIDDEN, axum::Json(body)).into_response();
    if let Ok(v) = HeaderValue::from_str(&origin) {
        res.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
        res.headers_mut().insert(header::VARY, HeaderValue::from_static("origin"));
    }
    res
}

fn cors(origins: &[String]) -> CorsLayer {
    let allowed: Vec<HeaderValue> = origins.iter().filter_map(|o| HeaderValue::from_str(o.trim_end_matches('/')).ok()).collect();
    let base = CorsLayer::new()
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION, header::IF_MATCH, HeaderName::from_static("idempotency-key")])
        .max_age(Duration::from_secs(600));
    if origins.iter().any(|o| o == "*") {
        base.allow_origin(AllowOrigin::any())
    } else {
        base.allow_origin(allowed)
    }
}
