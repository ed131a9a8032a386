//! The provider's side of webhooks: the event it sends to the shop, signed
//! as `crate::secrets::verify_webhook` checks it.

use super::IntentView;
use crate::db::now;
use crate::state::AppState;

use crate::secrets::{sign_webhook as sign, WEBHOOK_SIGNATURE_HEADER as HEADER};

/// The event body for an intent's outcome.
pub fn event(view: &IntentView) -> serde_json::Value {
    let kind = match view.status {
        vitrine_core::payment_intent::IntentStatus::Succeeded => "payment_intent.succeeded",
        _ => "payment_intent.payment_failed",
    };
    // One id per outcome of an intent: every delivery of it (retries) repeats the id.
    let id = format!("evt_{}_{}", view.id, view.status.as_str());
    serde_json::json!({ "id": id, "type": kind, "created": now(), "data": view })
}

/// Posts the event to the shop's webhook URL in the background, retrying
/// three times. Without a configured URL (tests drive the app in-process)
/// nothing is sent; the shop also asks the provider directly.
pub fn send(state: &AppState, view: &IntentView) {
    let Some(url) = state.webhook_url.get().cloned() else { return };
    let body = event(view).to_string();
    let secret = state.psp.webhook_secret.clone();
    tokio::spawn(async move {
        let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .build_http::<http_body_util::Full<axum::body::Bytes>>();
        for attempt in 0..3u64 {
            let signature = sign(&secret, now(), body.as_bytes());
            let req = axum::http::Request::post(&url)
                .header("content-type", "application/json")
                .header(HEADER, signature)
                .body(http_body_util::Full::new(axum::body::Bytes::from(body.clone())));
            let Ok(req) = req else { return };
            match client.request(req).await {
                Ok(res) if res.status().is_success() => return,
                Ok(res) => tracing::warn!(status = %res.status(), attempt, "webhook refused"),
                Err(e) => tracing::warn!(error = %e, attempt, "webhook delivery failed"),
            }
            tokio::time::sleep(std::time::Duration::from_millis(500 * (attempt + 1))).await;
        }
    });
}
