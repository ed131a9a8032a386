//! Guest order lookup: `POST /orders/lookup` with the order number and the
//! email it was placed with answers the order's signed status link. "No
//! such order" and "wrong email" get the same status, body and timing (the
//! answer is held to a fixed minimum time and both paths do the same work),
//! and attempts are limited per client and per order number, with
//! `Retry-After`. Postal codes are not accepted as proof: they are
//! guessable (saleor#18878).

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, State};
use axum::http::{header, Extensions, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use vitrine_core::checkout::{normalize_email, OrderLookup, OrderLookupResult};
use vitrine_core::ApiErrorBody;

use super::status_url;
use crate::error::{ApiError, ApiJson};
use crate::secrets;
use crate::state::AppState;

/// Attempts allowed per client address in [`WINDOW`].
pub const PER_CLIENT: usize = 20;
/// Attempts allowed per order number in [`WINDOW`].
pub const PER_NUMBER: usize = 8;
pub use crate::rate_limit::WINDOW;
/// Every answer takes at least this long, found or not.
const MIN_ANSWER: Duration = Duration::from_millis(250);

pub const NOT_FOUND_MESSAGE: &str = "We couldn't find an order with that number and email. Check both against your confirmation email.";

/// "vt-7qk2 9xh4" -> "VT-7QK2-9XH4".
pub fn normalize_number(raw: &str) -> String {
    let compact: String = raw.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_uppercase();
    match compact.strip_prefix("VT") {
        Some(rest) if rest.len() == 8 => format!("VT-{}-{}", &rest[..4], &rest[4..]),
        _ => raw.trim().to_ascii_uppercase(),
    }
}

fn too_many(secs: u64) -> Response {
    let body = ApiErrorBody::new(vitrine_core::t!("server-lookup-too-many", minutes = secs.div_ceil(60)));
    let mut res = (StatusCode::TOO_MANY_REQUESTS, Json(body)).into_response();
    res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
    res
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, Json(ApiErrorBody::new(vitrine_core::t!("server-lookup-not-found")))).into_response()
}

/// Find a guest order by its number and email.
#[utoipa::path(
    post,
    path = "/api/v1/orders/lookup",
    tag = "orders",
    request_body = OrderLookup,
    responses(
        (status = 200, description = "The order's signed status link", body = OrderLookupResult),
        (status = 404, description = "No order with that number and email (one answer for both)", body = ApiErrorBody),
        (status = 422, body = ApiErrorBody),
        (status = 429, description = "Too many attempts from this client or for this order number; see `Retry-After`", body = ApiErrorBody),
    )
)]
pub async fn orders_lookup(State(state): State<AppState>, extensions: Extensions, ApiJson(body): ApiJson<OrderLookup>) -> Response {
    let started = Instant::now();
    let client = extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string()).unwrap_or_else(|| "local".into());
    let number = normalize_number(&body.number);
    if number.len() > 40 || body.email.len() > 254 {
        return ApiError::invalid("number", "is too long").into_response();
    }
    if let Err(secs) = state.lookup_limits.hit(&format!("ip:{client}"), PER_CLIENT) {
        return too_many(secs);
    }
    if let Err(secs) = state.lookup_limits.hit(&format!("number:{number}"), PER_NUMBER) {
        return too_many(secs);
    }
    let found = match crate::orders::find(&state, &number).await {
        Ok(row) => row,
        Err(e) => return e.into_response(),
    };
    // The same work either way: hash and compare against the stored email or a stand-in.
    let given = secrets::hash(&normalize_email(&body.email).unwrap_or_default());
    let stored = secrets::hash(found.as_ref().map(|r| r.email.as_str()).unwrap_or("nobody@invalid.example"));
    let matches = secrets::same(&given, &stored) && found.is_some();
    let answer = match found.filter(|_| matches) {
        Some(row) => Json(OrderLookupResult { status_url: status_url(&state.link_secret, &row.number) }).into_response(),
        None => not_found(),
    };
    tokio::time::sleep(MIN_ANSWER.saturating_sub(started.elapsed())).await;
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_forgiven_their_case_and_spacing() {
        assert_eq!(normalize_number("vt-7qk2-9xh4"), "VT-7QK2-9XH4");
        assert_eq!(normalize_number(" VT 7QK2 9XH4 "), "VT-7QK2-9XH4");
        assert_eq!(normalize_number("VT7QK29XH4"), "VT-7QK2-9XH4");
        assert_eq!(normalize_number("nonsense"), "NONSENSE");
    }
}
