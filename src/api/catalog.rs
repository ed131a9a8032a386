use vitrine_core::catalog::{Category, Product, ProductList, ProductQuery};

use super::{get, ApiError};

/// Encodes query pairs for a URL.
pub fn encode_query(pairs: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (k, v) in pairs {
        out.push(if out.is_empty() { '?' } else { '&' });
        out.push_str(k);
        out.push('=');
        out.push_str(&String::from(js_sys::encode_uri_component(v)));
    }
    out
}

pub async fn products(query: &ProductQuery) -> Result<ProductList, ApiError> {
    get(&format!("/products{}", encode_query(&query.to_pairs()))).await
}

pub async fn product(handle: &str) -> Result<Product, ApiError> {
    get(&format!("/products/{}", js_sys::encode_uri_component(handle))).await
}

pub async fn categories() -> Result<Vec<Category>, ApiError> {
    get("/categories").await
}
