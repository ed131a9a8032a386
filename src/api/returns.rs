use gloo_net::http::Method;
use vitrine_core::listing::encode;
use vitrine_core::returns::{ReturnRequest, ReturnView, ReturnableAnswer};

use super::{get, get_with_signal, read, url, with_json, ApiError};

/// What of an order may be returned now (and why not the rest), with the
/// shop's reasons, resolutions and photo limits. 404 for a wrong number or token.
pub async fn returnable(number: &str, order_token: &str) -> Result<ReturnableAnswer, ApiError> {
    get(&format!("/orders/{}/returnable?token={}", encode(number), encode(order_token))).await
}

/// Starts a return. `idempotency_key` identifies this attempt: a retry of the
/// same request (after a timeout, a double click) reuses it and gets the same return.
pub async fn create_return(number: &str, order_token: &str, idempotency_key: &str, request: &ReturnRequest) -> Result<ReturnView, ApiError> {
    let path = format!("/orders/{}/returns?token={}", encode(number), encode(order_token));
    let req = super::request(Method::POST, &path).header("Idempotency-Key", idempotency_key);
    read(with_json(req, request)?.send().await).await
}

/// Attaches one photo (a `File`, sent as the form field `photo`) to a return,
/// for the return line `line_id` when given. 422 with the reason for a file
/// that is not an accepted image or too large.
pub async fn upload_return_photo(rma: &str, return_token: &str, photo: &web_sys::Blob, file_name: &str, line_id: Option<i64>) -> Result<ReturnView, ApiError> {
    let form = web_sys::FormData::new().map_err(|_| ApiError::Decode("no FormData".into()))?;
    form.append_with_blob_and_filename("photo", photo, file_name).map_err(|_| ApiError::Decode("the photo could not be read".into()))?;
    if let Some(id) = line_id {
        let _ = form.append_with_str("line_id", &id.to_string());
    }
    let path = format!("/returns/{}/photos?token={}", encode(rma), encode(return_token));
    // The browser writes the multipart Content-Type with its boundary.
    let req = super::request(Method::POST, &path).body(form).map_err(|e| ApiError::Decode(e.to_string()))?;
    read(req.send().await).await
}

/// A return by its number and its own token, aborted through `signal`.
pub async fn return_with_signal(rma: &str, return_token: &str, signal: Option<&web_sys::AbortSignal>) -> Result<ReturnView, ApiError> {
    get_with_signal(&format!("/returns/{}?token={}", encode(rma), encode(return_token)), signal).await
}

/// A return by its number and its own token.
pub async fn return_view(rma: &str, return_token: &str) -> Result<ReturnView, ApiError> {
    get(&format!("/returns/{}?token={}", encode(rma), encode(return_token))).await
}

/// The return's live stream (`text/event-stream`, `event: return`), for an `EventSource`.
pub fn return_events_url(rma: &str, return_token: &str) -> String {
    url(&format!("/returns/{}/events?token={}", encode(rma), encode(return_token)))
}

/// The printable return label the server draws (`image/svg+xml`).
pub fn return_label_svg_url(rma: &str, return_token: &str) -> String {
    url(&format!("/returns/{}/label.svg?token={}", encode(rma), encode(return_token)))
}
