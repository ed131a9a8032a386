//! Catalog API: listings, product pages, categories.

pub mod import;
pub mod snapshot;

use axum::extract::{Path, RawQuery, State};
use axum::Json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::catalog::{Category, Product, ProductList, ProductQuery};
use vitrine_core::ApiErrorBody;

use crate::error::{ApiError, Result};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(products_index))
        .routes(routes!(products_show))
        .routes(routes!(categories_index))
}

/// Splits a raw query string into pairs, decoding `+` and `%XX`.
pub fn query_pairs(raw: Option<&str>) -> Result<Vec<(String, String)>> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(raw.unwrap_or(""))
        .map_err(|_| ApiError::Validation(ApiErrorBody::new("The query string could not be decoded.")))
}

/// List products, a page at a time.
#[utoipa::path(
    get,
    path = "/api/v1/products",
    tag = "catalog",
    params(
        ("page" = Option<u32>, Query, description = "1-based page number, 1 to 10000. Default 1.", minimum = 1, maximum = 10000),
        ("per_page" = Option<u32>, Query, description = "Products per page, 1 to 100. Default 24.", minimum = 1, maximum = 100),
    ),
    responses(
        (status = 200, description = "One page of products", body = ProductList),
        (status = 422, description = "A parameter is unknown or out of range; `errors` names it", body = ApiErrorBody),
    )
)]
pub async fn products_index(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<ProductList>> {
    let pairs = query_pairs(raw.as_deref())?;
    let q = ProductQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))).map_err(ApiError::Validation)?;
    Ok(Json(state.catalog.get().list(&q)))
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
pub async fn products_show(State(state): State<AppState>, Path(handle): Path<String>) -> Result<Json<Product>> {
    let snapshot = state.catalog.get();
    let product = snapshot
        .product(&handle)
        .ok_or_else(|| ApiError::not_found("There is no product at this address."))?;
    Ok(Json(Product::clone(product)))
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
