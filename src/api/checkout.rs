use gloo_net::http::Method;
use serde::{Deserialize, Serialize};
use vitrine_core::address::{Address, AddressValidation};
use vitrine_core::card::Brand;
use vitrine_core::checkout::{CardProvider, CheckoutRequest, CheckoutResult, Order, PaymentMethod, ShippingMethod};

use super::{get, send, ApiError, Auth, CartKey};

const NO_BODY: Option<&()> = None;

pub async fn shipping_methods(key: &CartKey) -> Result<Vec<ShippingMethod>, ApiError> {
    send(Method::GET, &format!("/carts/{}/shipping-methods", key.id), NO_BODY, key.auth(None)).await
}

pub async fn payment_methods(key: &CartKey) -> Result<Vec<PaymentMethod>, ApiError> {
    send(Method::GET, &format!("/carts/{}/payment-methods", key.id), NO_BODY, key.auth(None)).await
}

pub async fn validate_address(address: &Address) -> Result<AddressValidation, ApiError> {
    send(Method::POST, "/addresses/validate", Some(address), Auth::default()).await
}

/// Places the order. `idempotency_key` identifies this attempt: a retry of
/// the same attempt (after a timeout) reuses it, so it can't order twice.
pub async fn place_order(key: &CartKey, idempotency_key: &str, request: &CheckoutRequest) -> Result<CheckoutResult, ApiError> {
    let res = super::request(Method::POST, &format!("/carts/{}/checkout", key.id))
        .header("Authorization", &format!("Bearer {}", key.cart_token))
        .header("Idempotency-Key", idempotency_key);
    let res = super::with_json(res, request)?
        .send()
        .await;
    super::read(res).await
}

/// An order, by its number and the signed token from its link.
pub async fn order(number: &str, order_token: &str) -> Result<Order, ApiError> {
    get(&format!("/orders/{}?token={}", vitrine_core::listing::encode(number), vitrine_core::listing::encode(order_token))).await
}

/// Finishes a card payment after the bank's challenge.
pub async fn finish_payment(number: &str, order_token: &str) -> Result<Order, ApiError> {
    let path = format!("/orders/{}/payment?token={}", vitrine_core::listing::encode(number), vitrine_core::listing::encode(order_token));
    send(Method::POST, &path, NO_BODY, Auth::default()).await
}

/// Card details as the provider's tokenisation endpoint takes them.
#[derive(Serialize, Debug)]
pub struct CardDetails {
    pub number: String,
    pub exp_month: u32,
    pub exp_year: i32,
    pub cvc: String,
    pub name: Option<String>,
}

#[derive(Deserialize, Clone, Debug, PartialEq)]
pub struct CardToken {
    pub id: String,
    pub card: TokenCard,
}

#[derive(Deserialize, Clone, Debug, PartialEq)]
pub struct TokenCard {
    pub brand: Brand,
    pub last4: String,
}

/// Sends card details to the payment provider (never to the shop) and
/// returns the token that stands for them.
pub async fn tokenize(provider: &CardProvider, card: &CardDetails) -> Result<CardToken, ApiError> {
    let res = gloo_net::http::RequestBuilder::new(&format!("{}/tokens", provider.base_url))
        .method(Method::POST)
        .header("Authorization", &format!("Bearer {}", provider.publishable_key));
    let res = super::with_json(res, card)?
        .send()
        .await;
    super::read(res).await
}
