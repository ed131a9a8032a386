use gloo_net::http::Method;
use vitrine_core::checkout::{Order, OrderLookup, OrderLookupResult};
use vitrine_core::listing::encode;

use super::{get_with_signal, read, url, with_json, ApiError};

/// An order by its number and signed token, aborted through `signal`
/// (from the caller's [`Aborter`](super::Aborter)).
pub async fn order_with_signal(number: &str, order_token: &str, signal: Option<&web_sys::AbortSignal>) -> Result<Order, ApiError> {
    get_with_signal(&format!("/orders/{}?token={}", encode(number), encode(order_token)), signal).await
}

/// The order's live stream (`text/event-stream`, `event: order`), for an `EventSource`.
pub fn order_events_url(number: &str, order_token: &str) -> String {
    url(&format!("/orders/{}/events?token={}", encode(number), encode(order_token)))
}

/// A refused lookup: the error, and for a 429 how many seconds to wait (`Retry-After`).
#[derive(Debug, Clone, PartialEq)]
pub struct LookupError {
    pub error: ApiError,
    pub retry_after: Option<u64>,
}

/// Finds a guest order by number and email: its signed status link, or the
/// one not-found answer (404) for a wrong number and a wrong email alike.
pub async fn lookup_order(lookup: &OrderLookup) -> Result<OrderLookupResult, LookupError> {
    let refused = |error| LookupError { error, retry_after: None };
    let req = with_json(super::request(Method::POST, "/orders/lookup"), lookup).map_err(refused)?;
    let res = req.send().await;
    let retry_after = res.as_ref().ok().and_then(|r| r.headers().get("Retry-After")).and_then(|v| v.trim().parse().ok());
    read(res).await.map_err(|error| LookupError { error, retry_after })
}
