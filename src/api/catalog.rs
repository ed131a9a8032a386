use vitrine_core::catalog::{Category, Product};
use vitrine_core::listing::{encode, ProductList, ProductQuery, Suggestions};

use super::{get, get_with_signal, ApiError};

pub async fn products(query: &ProductQuery, signal: Option<&web_sys::AbortSignal>) -> Result<ProductList, ApiError> {
    get_with_signal(&format!("/products{}", query.to_query_string()), signal).await
}

pub async fn product(handle: &str) -> Result<Product, ApiError> {
    get(&format!("/products/{}", encode(handle))).await
}

pub async fn categories() -> Result<Vec<Category>, ApiError> {
    get("/categories").await
}

pub async fn suggestions(q: &str, signal: Option<&web_sys::AbortSignal>) -> Result<Suggestions, ApiError> {
    get_with_signal(&format!("/search/suggestions?q={}&limit=6", encode(q)), signal).await
}

/// Asks for one email when the sold-out variant is back. 201 (noted) and 200
/// (already noted) both answer what will happen; 409 when it is in stock.
pub async fn request_restock(handle: &str, variant_id: i64, email: &str) -> Result<vitrine_core::catalog::RestockAnswer, ApiError> {
    let body = vitrine_core::catalog::RestockRequest { variant_id, email: email.to_string() };
    super::send(gloo_net::http::Method::POST, &format!("/products/{}/restock-notices", encode(handle)), Some(&body), super::Auth::default()).await
}
