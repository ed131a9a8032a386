//! Self-service returns (RMAs). The shopper, with the order's link token,
//! asks what may go back (`returnable`), makes a return with an
//! `Idempotency-Key`, adds photos, and follows it on its own page (its own
//! token); the operator approves or rejects, receives and inspects, then
//! refunds (through the payment provider seam, never above what was
//! captured), issues store credit or ships the exchange ([`admin`]).
//!
//! The rules are the core's ([`vitrine_core::returns`]): eligibility per
//! line, the reasons, the money, the return's state machine.

pub mod admin;
pub mod label;
pub mod photos;
pub mod reports;
pub mod service;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::returns::{ReturnRequest, ReturnView, ReturnableAnswer};
use vitrine_core::ApiErrorBody;

use crate::error::{ApiError, ApiJson, Result};
use crate::orders::{order_for_link, TokenQuery};
use crate::state::AppState;

pub use service::{return_for_link, ReturnRow};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(orders_returnable))
        .routes(routes!(orders_returns_create))
        .routes(routes!(returns_show))
        .routes(routes!(returns_events))
        .routes(routes!(photos::returns_photos_create))
        .routes(routes!(photos::returns_photos_show))
        .routes(routes!(label::returns_label))
}

/// What of an order may be returned now, why not the rest, and the shop's
/// reasons and resolutions.
#[utoipa::path(
    get,
    path = "/api/v1/orders/{number}/returnable",
    tag = "returns",
    params(
        ("number" = String, Path, description = "Order number"),
        ("token" = String, Query, description = "The signed token from the order link"),
    ),
    responses(
        (status = 200, body = ReturnableAnswer),
        (status = 404, description = "No such order, or the token does not open it (the same answer)", body = ApiErrorBody),
    )
)]
pub async fn orders_returnable(State(state): State<AppState>, Path(number): Path<String>, Query(q): Query<TokenQuery>) -> Result<Json<ReturnableAnswer>> {
    let order = order_for_link(&state, &number, &q.token).await?;
    Ok(Json(service::returnable_answer(&state, &order).await?))
}

/// Start a return. The same `Idempotency-Key` with the same body answers
/// the same return; with another body, 422.
#[utoipa::path(
    post,
    path = "/api/v1/orders/{number}/returns",
    tag = "returns",
    params(
        ("number" = String, Path, description = "Order number"),
        ("token" = String, Query, description = "The signed token from the order link"),
        ("Idempotency-Key" = String, Header, description = "One key per attempt to start a return; retries reuse it"),
    ),
    request_body = ReturnRequest,
    responses(
        (status = 201, description = "The return (also for a repeat of the same request)", body = ReturnView),
        (status = 404, body = ApiErrorBody),
        (status = 422, description = "Field-level errors (`lines[0].quantity`...), or the key was used for another request", body = ApiErrorBody),
    )
)]
pub async fn orders_returns_create(
    State(state): State<AppState>,
    Path(number): Path<String>,
    Query(q): Query<TokenQuery>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<ReturnRequest>,
) -> Result<(StatusCode, Json<ReturnView>)> {
    let order = order_for_link(&state, &number, &q.token).await?;
    let key = idempotency_key(&headers)?;
    let view = service::create(&state, &order, &key, &body).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// The `Idempotency-Key` header, required where money or stock moves.
pub fn idempotency_key(headers: &HeaderMap) -> Result<String> {
    let key = headers.get("idempotency-key").and_then(|v| v.to_str().ok()).map(str::trim).unwrap_or("");
    if key.is_empty() || key.len() > 200 {
        return Err(ApiError::Validation(
            ApiErrorBody::new("Send an Idempotency-Key header (1 to 200 characters), the same on every retry.").with("Idempotency-Key", "required"),
        ));
    }
    Ok(key.to_string())
}

/// A return, opened with its own token (from its page link).
#[utoipa::path(
    get,
    path = "/api/v1/returns/{rma}",
    tag = "returns",
    params(
        ("rma" = String, Path, description = "Return number, e.g. R-7QK2-9XH4"),
        ("token" = String, Query, description = "The return's token (from its page link)"),
    ),
    responses((status = 200, body = ReturnView), (status = 404, description = "No such return, or the token does not open it (the same answer)", body = ApiErrorBody))
)]
pub async fn returns_show(State(state): State<AppState>, Path(rma): Path<String>, Query(q): Query<TokenQuery>) -> Result<Json<ReturnView>> {
    let row = return_for_link(&state, &rma, &q.token).await?;
    Ok(Json(service::view(&state, &row).await?))
}

/// The return, live: `event: return` with the ReturnView each time it changes.
#[utoipa::path(
    get,
    path = "/api/v1/returns/{rma}/events",
    tag = "returns",
    params(
        ("rma" = String, Path, description = "Return number"),
        ("token" = String, Query, description = "The return's token"),
        ("lang" = Option<String>, Query, description = "The language of the events' words (en, de, fr, ar); it wins over Accept-Language, which an EventSource cannot send."),
    ),
    responses(
        (status = 200, description = "`text/event-stream` of `event: return` with the ReturnView as data", content_type = "text/event-stream"),
        (status = 404, body = ApiErrorBody),
    )
)]
pub async fn returns_events(State(state): State<AppState>, Path(rma): Path<String>, Query(q): Query<TokenQuery>) -> Result<Response> {
    let row = return_for_link(&state, &rma, &q.token).await?;
    let first = service::view(&state, &row).await?;
    let sse = crate::tracking::live::watch(state, rma, "return", first, |state, rma| async move {
        match service::find(&state, &rma).await {
            Ok(Some(row)) => service::view(&state, &row).await.ok(),
            _ => None,
        }
    });
    Ok(sse.into_response())
}
