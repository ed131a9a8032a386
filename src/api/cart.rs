use gloo_net::http::Method;
use vitrine_core::address::AddressFormat;
use vitrine_core::cart::{ApplyDiscount, Cart, CreateCart, CreateCartLine, CreatedCart, UpdateCart, UpdateCartLine};

use super::{get, send, ApiError, Auth};

/// A cart's id and secret token, as kept in the browser (localStorage
/// `vitrine.cart`, as `{"id", "token"}`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CartKey {
    pub id: String,
    #[serde(rename = "token")]
    pub cart_token: String,
}

impl CartKey {
    pub(crate) fn auth(&self, version: Option<i64>) -> Auth<'_> {
        Auth { bearer: Some(&self.cart_token), if_match: version }
    }
}

const NO_BODY: Option<&()> = None;

pub async fn create_cart(body: &CreateCart) -> Result<CreatedCart, ApiError> {
    send(Method::POST, "/carts", Some(body), Auth::default()).await
}

/// Opens a saved cart from a reminder's link (`/cart?restore=ID.SIG`): a
/// token for this browser. 404 for a wrong link or an ordered cart.
pub async fn restore_cart(id: &str, signature: &str) -> Result<CreatedCart, ApiError> {
    let body = vitrine_core::cart::RestoreCart { token: signature.to_string() };
    send(Method::POST, &format!("/carts/{}/restore", vitrine_core::listing::encode(id)), Some(&body), Auth::default()).await
}

pub async fn get_cart(key: &CartKey) -> Result<Cart, ApiError> {
    send(Method::GET, &format!("/carts/{}", key.id), NO_BODY, key.auth(None)).await
}

pub async fn add_line(key: &CartKey, line: &CreateCartLine) -> Result<Cart, ApiError> {
    send(Method::POST, &format!("/carts/{}/lines", key.id), Some(line), key.auth(None)).await
}

pub async fn update_line(key: &CartKey, version: i64, line_id: i64, change: &UpdateCartLine) -> Result<Cart, ApiError> {
    send(Method::PATCH, &format!("/carts/{}/lines/{line_id}", key.id), Some(change), key.auth(Some(version))).await
}

pub async fn remove_line(key: &CartKey, line_id: i64) -> Result<Cart, ApiError> {
    send(Method::DELETE, &format!("/carts/{}/lines/{line_id}", key.id), NO_BODY, key.auth(None)).await
}

pub async fn update_cart(key: &CartKey, change: &UpdateCart) -> Result<Cart, ApiError> {
    send(Method::PATCH, &format!("/carts/{}", key.id), Some(change), key.auth(None)).await
}

pub async fn apply_discount(key: &CartKey, code: &str) -> Result<Cart, ApiError> {
    let body = ApplyDiscount { code: code.to_string() };
    send(Method::POST, &format!("/carts/{}/discount", key.id), Some(&body), key.auth(None)).await
}

pub async fn remove_discount(key: &CartKey) -> Result<Cart, ApiError> {
    send(Method::DELETE, &format!("/carts/{}/discount", key.id), NO_BODY, key.auth(None)).await
}

pub async fn address_format(country: &str) -> Result<AddressFormat, ApiError> {
    get(&format!("/address-formats/{}", vitrine_core::listing::encode(country))).await
}
