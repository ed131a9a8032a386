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
