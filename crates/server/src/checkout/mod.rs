//! Checkout: shipping and payment methods for a cart, and order placement.
//!
//! Placement (`POST /carts/{id}/checkout`, `Idempotency-Key` required): the
//! key is claimed for (cart, key, body hash) and a repeat replays the first
//! answer, waits for it, or is refused if the body differs; then the stages
//! in [`place`] run: validate -> write order -> charge -> record.

pub mod idempotency;
pub mod place;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::checkout::{CheckoutRequest, CheckoutResult, PaymentMethod, ShippingMethod};
use vitrine_core::{ApiErrorBody, Money};

use crate::carts::cart_for_bearer;
use crate::carts::view;
use crate::db::now;
use crate::error::{ApiError, Result};
use crate::secrets;
use crate::state::AppState;

/// How long a card order may wait for its payment (challenge) before its stock is released.
pub const RESERVATION_SECS: i64 = 15 * 60;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(cart_shipping_methods_index))
        .routes(routes!(cart_payment_methods_index))
        .routes(routes!(cart_checkout_create))
}

fn methods_for(state: &AppState, cart: &vitrine_core::cart::Cart, country: &str) -> Vec<ShippingMethod> {
    let after_discounts = cart.totals.subtotal.minus(cart.totals.lines.iter().fold(Money::zero(cart.currency), |a, l| a.plus(l.discount)));
    let ts = now();
    state
        .catalog
        .get()
        .rules
        .rates_for(country)
        .into_iter()
        .map(|r| {
            let free = r.free_over.is_some_and(|f| after_discounts.amount >= f.amount);
            ShippingMethod {
                price: if free { Money::zero(cart.currency) } else { r.price },
                list_price: r.price,
                delivery_from: crate::dates::add_business_days(ts, r.min_days),
                delivery_to: crate::dates::add_business_days(ts, r.max_days),
                id: r.id,
                name: r.name,
                min_days: r.min_days,
                max_days: r.max_days,
            }
        })
        .collect()
}

fn need_country() -> ApiError {
    ApiError::invalid_sentence("country", vitrine_core::t!("server-address-first"))
}

/// Ways to ship this cart to its destination (set with `PATCH /carts/{id}`), priced for it.
#[utoipa::path(
    get,
    path = "/api/v1/carts/{id}/shipping-methods",
    tag = "checkout",
    params(("id" = String, Path, description = "Cart id")),
    security(("cart_token" = [])),
    responses(
        (status = 200, body = Vec<ShippingMethod>),
        (status = 404, body = ApiErrorBody),
        (status = 422, description = "The cart has no destination yet", body = ApiErrorBody),
    )
)]
pub async fn cart_shipping_methods_index(State(state): State<AppState>, Path(id): Path<String>, headers: HeaderMap) -> Result<Json<Vec<ShippingMethod>>> {
    let row = cart_for_bearer(&state, &id, &headers).await?;
    let country = row.country.clone().ok_or_else(need_country)?;
    let cart = view::build(&state, &row, None).await?;
    Ok(Json(methods_for(&state, &cart, &country)))
}

/// Payment methods for this cart's country, currency and total.
#[utoipa::path(
    get,
    path = "/api/v1/carts/{id}/payment-methods",
    tag = "checkout",
    params(("id" = String, Path, description = "Cart id")),
    security(("cart_token" = [])),
    responses(
        (status = 200, body = Vec<PaymentMethod>),
        (status = 404, body = ApiErrorBody),
        (status = 422, description = "The cart has no destination yet", body = ApiErrorBody),
    )
)]
pub async fn cart_payment_methods_index(State(state): State<AppState>, Path(id): Path<String>, headers: HeaderMap) -> Result<Json<Vec<PaymentMethod>>> {
    let row = cart_for_bearer(&state, &id, &headers).await?;
    let country = row.country.clone().ok_or_else(need_country)?;
    let cart = view::build(&state, &row, None).await?;
    let rules = &state.catalog.get().rules;
    Ok(Json(rules.payment_methods(&country, cart.totals.total, &state.provider.card_provider())))
}

fn idempotency_key(headers: &HeaderMap) -> Result<String> {
    let key = headers.get("idempotency-key").and_then(|v| v.to_str().ok()).map(str::trim).unwrap_or("");
    if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(ApiError::invalid(
            "Idempotency-Key",
            "is required: a unique value (e.g. a UUID) per order attempt, reused when retrying the same attempt",
        ));
    }
    Ok(key.to_string())
}

/// Place the order. Send an `Idempotency-Key`: repeating a request with the
/// same key (a double click, a retry after a timeout) returns the first
/// answer and never creates a second order or charge.
#[utoipa::path(
    post,
    path = "/api/v1/carts/{id}/checkout",
    tag = "checkout",
    params(
        ("id" = String, Path, description = "Cart id"),
        ("Idempotency-Key" = String, Header, description = "Unique per order attempt; reuse it to retry the same attempt"),
    ),
    request_body = CheckoutRequest,
    security(("cart_token" = [])),
    responses(
        (status = 201, description = "Order placed (paid, or awaiting a transfer or invoice)", body = CheckoutResult),
        (status = 202, description = "Order placed; the shopper must pass the card challenge at `next_action.url`", body = CheckoutResult),
        (status = 402, description = "The card was declined; the message says why. Nothing was ordered.", body = ApiErrorBody),
        (status = 404, body = ApiErrorBody),
        (status = 409, description = "Out of stock or prices changed; or the same key is still being processed (with `Retry-After`: retry with the same key)", body = ApiErrorBody),
        (status = 503, description = "The database is briefly unreachable; nothing was written (with `Retry-After`)", body = ApiErrorBody),
        (status = 422, description = "Invalid email, address (per field, e.g. `shipping_address.postal_code`), method, or key reused with another body", body = ApiErrorBody),
    )
)]
pub async fn cart_checkout_create(State(state): State<AppState>, Path(id): Path<String>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let outcome = async {
        let row = cart_for_bearer(&state, &id, &headers).await?;
        let key = idempotency_key(&headers)?;
        let hash = secrets::hash(&String::from_utf8_lossy(&body));
        let (lock, resume) = match idempotency::claim(&state.db, &row.id, &key, &hash).await? {
            idempotency::Claim::Replay(status, stored) => {
                return Ok((StatusCode::from_u16(status).unwrap_or(StatusCode::OK), [("content-type", "application/json")], stored).into_response());
            }
            idempotency::Claim::Fresh(lock) => (lock, None),
            idempotency::Claim::Resume(lock, order_id) => (lock, Some(order_id)),
        };
        crate::failpoint::hit("checkout.claimed", &row.id);
        let result = match resume {
            None => place::place(&state, &row, &lock, &body).await,
            Some(order_id) => place::resume(&state, &lock, order_id, &body).await,
        };
        crate::failpoint::hit("checkout.recorded", &row.id);
        let (status, json) = match &result {
            Ok((s, r)) => (*s, serde_json::to_string(r).unwrap_or_default()),
            // Not an answer to keep: a retry with the key runs (or resumes) again.
            Err(ApiError::Internal(_) | ApiError::Unavailable(_)) => {
                let _ = idempotency::release(&state.db, &lock).await;
                return result.map(|_| unreachable!());
            }
            Err(ApiError::RetryLater(_)) => return result.map(|_| unreachable!()),
            Err(e) => (e.status(), serde_json::to_string(&e.body()).unwrap_or_default()),
        };
        idempotency::finish(&state.db, &lock, status.as_u16(), &json).await?;
        Ok((status, [("content-type", "application/json")], json).into_response())
    }
    .await;
    outcome.unwrap_or_else(IntoResponse::into_response)
}


