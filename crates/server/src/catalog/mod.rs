//! Catalog API: listings, product pages, categories.

pub mod bitset;
pub mod fxhash;
pub mod import;
pub mod listing;
pub mod restock;
pub mod search;
pub mod snapshot;
pub mod store;

use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::catalog::{Category, Product};
use vitrine_core::listing::{clean_text, ProductList, ProductQuery, Suggestions, MAX_QUERY_CHARS};
use vitrine_core::ApiErrorBody;

use crate::error::{ApiError, Result};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(products_index))
        .routes(routes!(products_show))
        .routes(routes!(restock::restock_notices_create))
        .routes(routes!(categories_index))
        .routes(routes!(search_suggestions))
}

/// Splits a raw query string into pairs, decoding `+` and `%XX`.
pub fn query_pairs(raw: Option<&str>) -> Result<Vec<(String, String)>> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(raw.unwrap_or(""))
        .map_err(|_| ApiError::Validation(ApiErrorBody::new("The query string could not be decoded.")))
}

/// Search, filter, sort and page the catalog, with facet counts.
///
/// Filters combine with AND across parameters and OR within one
/// (`category=bags&category=home` is "bags or home"). Option, price and stock
/// filters apply to variants: `option.size=M&in_stock=true` lists products
/// whose size M is in stock. Facet counts are computed for the current query,
/// each facet with every filter except its own.
#[utoipa::path(
    get,
    path = "/api/v1/products",
    tag = "catalog",
    params(
        ("q" = Option<String>, Query, description = "Search text, at most 200 characters. Matches title, description, category, option values and SKU; words match as prefixes and with one typo. Any characters are allowed; none are syntax."),
        ("category" = Option<Vec<String>>, Query, description = "Category handle; repeat for several (OR).", explode = true),
        ("option.{name}" = Option<Vec<String>>, Query, description = "Option value filter, e.g. `option.colour=Navy` or `option.size=M`; repeat for several values (OR). Names are the lowercase option names listed in `facets`; an unknown name is a 422.", explode = true),
        ("price_min" = Option<String>, Query, description = "Lowest variant price, a decimal in the shop currency, e.g. `25` or `19.99`."),
        ("price_max" = Option<String>, Query, description = "Highest variant price, a decimal in the shop currency."),
        ("in_stock" = Option<bool>, Query, description = "`true`: only products with a variant (matching the other filters) in stock."),
        ("sort" = Option<String>, Query, description = "`relevance` (default; the featured order when there is no `q`), `price-asc`, `price-desc`, `newest`, `name`."),
        ("page" = Option<u32>, Query, description = "1-based page number, 1 to 10000. Default 1.", minimum = 1, maximum = 10000),
        ("per_page" = Option<u32>, Query, description = "Products per page, 1 to 100. Default 24.", minimum = 1, maximum = 100),
    ),
    responses(
        (status = 200, description = "One page of products, the total, facet counts and the price range", body = ProductList),
        (status = 422, description = "A parameter is unknown, repeated or out of range; `errors` names it", body = ApiErrorBody),
    )
)]
pub async fn products_index(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<ProductList>> {
    let pairs = query_pairs(raw.as_deref())?;
    let q = ProductQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))).map_err(ApiError::Validation)?;
    let list = state.catalog.get().list(&q).map_err(ApiError::Validation)?;
    Ok(Json(list))
}

/// Search-as-you-type: the best few products and the categories with matches.
#[utoipa::path(
    get,
    path = "/api/v1/search/suggestions",
    tag = "catalog",
    params(
        ("q" = String, Query, description = "What the shopper has typed so far (1 to 200 characters)."),
        ("limit" = Option<u32>, Query, description = "Products to suggest, 1 to 10. Default 6.", minimum = 1, maximum = 10),
    ),
    responses(
        (status = 200, description = "Suggestions", body = Suggestions),
        (status = 422, description = "`q` is missing or too long, or `limit` is out of range", body = ApiErrorBody),
    )
)]
pub async fn search_suggestions(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<Suggestions>> {
    let mut q = None;
    let mut limit = 6usize;
    let mut err = ApiErrorBody::new("The suggestion query is invalid.");
    for (k, v) in query_pairs(raw.as_deref())? {
        match k.as_str() {
            "q" => q = Some(clean_text(&v)),
            "limit" => match v.parse::<usize>() {
                Ok(n) if (1..=10).contains(&n) => limit = n,
                _ => err = err.with("limit", "must be a whole number from 1 to 10"),
            },
            other => {
                let shown: String = other.chars().take(40).collect();
                err = err.with(&shown, format!("unknown parameter {shown:?}"));
            }
        }
    }
    match &q {
        None => err = err.with("q", "is required"),
        Some(t) if t.chars().count() > MAX_QUERY_CHARS => err = err.with("q", format!("must be at most {MAX_QUERY_CHARS} characters")),
        _ => {}
    }
    if !err.errors.is_empty() {
        return Err(ApiError::Validation(err));
    }
    Ok(Json(state.catalog.get().suggest(&q.unwrap_or_default(), limit)))
}

/// One product with its options, variants, prices and stock.
#[utoipa::path(
    get,
    path = "/api/v1/products/{handle}",
    tag = "catalog",
    params(("handle" = String, Path, description = "The product's handle, e.g. `merino-crew-sweater`")),
    responses(
        (status = 200, description = "The product", body = Product),
        (status = 404, description = "No product has that handle", body = ApiErrorBody),
    )
)]
pub async fn products_show(State(state): State<AppState>, Path(handle): Path<String>) -> Result<impl IntoResponse> {
    let json = state
        .catalog
        .get()
        .product_json(&handle)
        .ok_or_else(|| ApiError::not_found(vitrine_core::t!("server-product-missing")))?;
    Ok(([(header::CONTENT_TYPE, "application/json")], json))
}

/// Every category, in merchandising order, with product counts.
#[utoipa::path(
    get,
    path = "/api/v1/categories",
    tag = "catalog",
    responses((status = 200, description = "All categories", body = Vec<Category>))
)]
pub async fn categories_index(State(state): State<AppState>) -> Json<Vec<Category>> {
    Json(state.catalog.get().categories.clone())
}
