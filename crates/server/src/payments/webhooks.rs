//! The payment provider's webhooks, as the shop receives them: verified
//! (`secrets::verify_webhook`), then the order is brought up to date by
//! asking the provider, never by trusting the event body for money.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::ApiErrorBody;

use crate::db::now;
use crate::error::{ApiError, Result};
use crate::orders::{self, OrderRow, ORDER_COLUMNS};
use crate::secrets::{verify_webhook, WEBHOOK_SIGNATURE_HEADER};
use crate::state::AppState;
use crate::webhook_events;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(webhooks_psp))
}

/// Payment events from the provider, signed with the webhook secret.
#[utoipa::path(
    post,
    path = "/api/v1/webhooks/psp",
    tag = "orders",
    params(("Vitrine-Signature" = String, Header, description = "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\">")),
    request_body(content = Object, description = "`{type, created, data}` where data is the payment intent", content_type = "application/json"),
    responses(
        (status = 200, description = "Processed (or nothing to do)"),
        (status = 400, description = "Missing, wrong or stale signature", body = ApiErrorBody),
    )
)]
pub async fn webhooks_psp(State(state): State<AppState>, headers: HeaderMap, body: axum::body::Bytes) -> Result<StatusCode> {
    let signature = headers.get(WEBHOOK_SIGNATURE_HEADER).and_then(|v| v.to_str().ok()).unwrap_or("");
    verify_webhook(&state.psp.webhook_secret, signature, &body, now())
        .map_err(|why| ApiError::BadRequest(ApiErrorBody::new(format!("Webhook rejected: {why}.")).with("signature", why)))?;
    let event: serde_json::Value = crate::error::parse_json(&body)?;
    // Events without an id (not ours) are keyed by their body's hash.
    let event_id = event["id"].as_str().map(str::to_string).unwrap_or_else(|| crate::secrets::hash(&String::from_utf8_lossy(&body)));
    if !webhook_events::receive(&state.db, "psp", &event_id).await? {
        return Ok(StatusCode::OK);
    }
    crate::failpoint::hit("webhook.received", &event_id);
    if let Some(intent) = event["data"]["id"].as_str() {
        let row: Option<OrderRow> = sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE payment_intent = $1"))
            .bind(intent)
            .fetch_optional(&state.db.pool)
            .await?;
        if let Some(row) = row {
            // Never trust the event body for money: ask the provider.
            orders::sync_payment(&state, &row).await?;
        }
    }
    webhook_events::processed(&state.db, "psp", &event_id).await?;
    Ok(StatusCode::OK)
}

