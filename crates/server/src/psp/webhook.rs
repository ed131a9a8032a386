//! Signed webhooks from the provider to the shop: `Vitrine-Signature:
//! t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, accepted within five
//! minutes of `t` (so a captured request can't be replayed later).

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::IntentView;
use crate::db::now;
use crate::state::AppState;

pub const HEADER: &str = "vitrine-signature";
pub const TOLERANCE_SECS: i64 = 300;

fn mac(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut m = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    m.update(timestamp.to_string().as_bytes());
    m.update(b".");
    m.update(body);
    m.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

/// The header value for `body` signed at `timestamp`.
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    format!("t={timestamp},v1={}", mac(secret, timestamp, body))
}

/// Checks a signature header against `body`, at time `now`.
pub fn verify(secret: &str, header: &str, body: &[u8], now: i64) -> Result<(), &'static str> {
    let mut t = None;
    let mut sigs = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", v)) => t = v.parse::<i64>().ok(),
            Some(("v1", v)) => sigs.push(v),
            _ => {}
        }
    }
    let t = t.ok_or("the signature has no timestamp")?;
    if (now - t).abs() > TOLERANCE_SECS {
        return Err("the signature is too old (or from the future)");
    }
    let expected = mac(secret, t, body);
    if sigs.iter().any(|s| crate::carts::token::same(s, &expected)) { Ok(()) } else { Err("the signature does not match") }
}

/// The event body for an intent's outcome.
pub fn event(view: &IntentView) -> serde_json::Value {
    let kind = match view.status {
        vitrine_core::payment_intent::IntentStatus::Succeeded => "payment_intent.succeeded",
        _ => "payment_intent.payment_failed",
    };
    serde_json::json!({ "type": kind, "created": now(), "data": view })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_verify_within_tolerance_only() {
        let body = br#"{"type":"payment_intent.succeeded"}"#;
        let h = sign("whsec_x", 1_000_000, body);
        assert_eq!(verify("whsec_x", &h, body, 1_000_100), Ok(()));
        assert_eq!(verify("whsec_x", &h, body, 1_000_000 + 301), Err("the signature is too old (or from the future)"));
        assert_eq!(verify("whsec_y", &h, body, 1_000_000), Err("the signature does not match"));
        assert_eq!(verify("whsec_x", &h, b"{}", 1_000_000), Err("the signature does not match"));
        assert!(verify("whsec_x", "v1=abc", body, 0).is_err());
    }
}
