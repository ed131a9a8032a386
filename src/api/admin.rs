//! The operator's API (`/api/v1/admin/...`), every call with the admin key
//! as `Authorization: Bearer ...`. A 401 means the key is wrong or revoked.

use gloo_net::http::{Method, RequestBuilder};
use rust_decimal::Decimal;
use serde::Serialize;
use vitrine_core::admin::{
    AdjustStock, AdminOrder, AdminReturnSummary, CancelOrder, CreateShipment, CreateTrackingEvent, InventoryRow, Metrics, OrderQueue, OrderSummary,
    RefundReturn, StockAdjustment,
};
use vitrine_core::checkout::OrderShipment;
use vitrine_core::listing::encode;
use vitrine_core::returns::ReturnView;

use super::{read, send, url, ApiError, Auth};

fn auth(key: &str) -> Auth<'_> {
    Auth { bearer: Some(key), if_match: None }
}

/// No body.
const NONE: Option<&()> = None;

async fn get<T: serde::de::DeserializeOwned>(key: &str, path: &str) -> Result<T, ApiError> {
    send(Method::GET, &format!("/admin{path}"), NONE, auth(key)).await
}

async fn post<T: serde::de::DeserializeOwned>(key: &str, path: &str, body: &impl Serialize) -> Result<T, ApiError> {
    send(Method::POST, &format!("/admin{path}"), Some(body), auth(key)).await
}

/// The work queues, counted.
pub async fn admin_queue(key: &str) -> Result<OrderQueue, ApiError> {
    get(key, "/orders/queue").await
}

/// Orders of one status (`None`: all), or the late ones, newest first.
pub async fn admin_orders(key: &str, status: Option<&str>, late: bool) -> Result<Vec<OrderSummary>, ApiError> {
    let query = match (status, late) {
        (_, true) => "?late=true".to_string(),
        (Some(s), false) => format!("?status={}", encode(s)),
        (None, false) => String::new(),
    };
    get(key, &format!("/orders{query}")).await
}

/// Returns of one status, newest first.
pub async fn admin_returns(key: &str, status: &str) -> Result<Vec<AdminReturnSummary>, ApiError> {
    get(key, &format!("/returns?status={}", encode(status))).await
}

/// An order with its checklist, returns and messages.
pub async fn admin_order(key: &str, number: &str) -> Result<AdminOrder, ApiError> {
    get(key, &format!("/orders/{}", encode(number))).await
}

/// Runs the pre-packing checklist; 409 names each failed check.
pub async fn admin_verify(key: &str, number: &str) -> Result<AdminOrder, ApiError> {
    post(key, &format!("/orders/{}/verify", encode(number)), &Empty {}).await
}

/// Cancels an order that has not shipped (stock back, card refunded).
pub async fn admin_cancel(key: &str, number: &str, reason: &str) -> Result<AdminOrder, ApiError> {
    post(key, &format!("/orders/{}/cancel", encode(number)), &CancelOrder { reason: reason.to_string() }).await
}

/// Marks every parcel of the order delivered.
pub async fn admin_deliver(key: &str, number: &str) -> Result<AdminOrder, ApiError> {
    post(key, &format!("/orders/{}/deliver", encode(number)), &Empty {}).await
}

/// Ships what is left of the order (or the given lines) in one parcel.
pub async fn admin_ship(key: &str, number: &str, parcel: &CreateShipment) -> Result<OrderShipment, ApiError> {
    post(key, &format!("/orders/{}/shipments", encode(number)), parcel).await
}

/// Adds a carrier checkpoint to a parcel.
pub async fn admin_tracking_event(key: &str, shipment_id: i64, event: &CreateTrackingEvent) -> Result<OrderShipment, ApiError> {
    post(key, &format!("/shipments/{shipment_id}/events"), event).await
}

/// A return's next step: `approve`, `reject` or `receive` (everything arrived as new).
pub async fn admin_return_step(key: &str, rma: &str, step: &str) -> Result<ReturnView, ApiError> {
    post(key, &format!("/returns/{}/{step}", encode(rma)), &Empty {}).await
}

/// Refunds what a received return is due (all of it when `amount` is `None`).
pub async fn admin_return_refund(key: &str, rma: &str, amount: Option<Decimal>) -> Result<ReturnView, ApiError> {
    post(key, &format!("/returns/{}/refund", encode(rma)), &RefundReturn { amount, include_shipping: false, complete: false }).await
}

/// An empty JSON object (`{}`): the body of actions that take no fields.
#[derive(Serialize)]
struct Empty {}

/// Stock per variant: `below` = `reorder_point` or `zero` narrows it.
pub async fn admin_inventory(key: &str, below: Option<&str>, lead_time_days: u32, safety_weeks: u32) -> Result<Vec<InventoryRow>, ApiError> {
    let below = below.map(|b| format!("&below={}", encode(b))).unwrap_or_default();
    get(key, &format!("/inventory?lead_time_days={lead_time_days}&safety_weeks={safety_weeks}{below}")).await
}

/// The same list as CSV text, for a spreadsheet.
pub async fn admin_inventory_csv(key: &str, lead_time_days: u32, safety_weeks: u32) -> Result<String, ApiError> {
    let path = url(&format!("/admin/inventory?format=csv&lead_time_days={lead_time_days}&safety_weeks={safety_weeks}"));
    let res = RequestBuilder::new(&path).header("Authorization", &format!("Bearer {key}")).send().await.map_err(|_| ApiError::Network)?;
    if res.ok() {
        return res.text().await.map_err(|e| ApiError::Decode(e.to_string()));
    }
    read::<()>(Ok(res)).await.map(|_| String::new())
}

/// Changes a variant's stock by hand (never below zero or what is held); the ledger line.
pub async fn admin_adjust(key: &str, variant_id: i64, delta: i64, reason: &str) -> Result<StockAdjustment, ApiError> {
    post(key, &format!("/inventory/{variant_id}/adjustments"), &AdjustStock { delta, reason: reason.to_string() }).await
}

/// A variant's stock ledger, newest first.
pub async fn admin_ledger(key: &str, variant_id: i64) -> Result<Vec<StockAdjustment>, ApiError> {
    get(key, &format!("/inventory/{variant_id}/adjustments")).await
}

/// The weekly numbers for a period (YYYY-MM-DD, both included).
pub async fn admin_metrics(key: &str, from: &str, to: &str) -> Result<Metrics, ApiError> {
    get(key, &format!("/reports/metrics?from={}&to={}", encode(from), encode(to))).await
}

/// Alerts in `state` (`open`, `resolved` or `all`), newest first.
pub async fn admin_alerts(key: &str, state: &str) -> Result<Vec<vitrine_core::alerts::Alert>, ApiError> {
    get(key, &format!("/alerts?state={}", encode(state))).await
}

/// Resolves an alert (idempotent).
pub async fn admin_resolve_alert(key: &str, id: i64) -> Result<vitrine_core::alerts::Alert, ApiError> {
    post(key, &format!("/alerts/{id}/resolve"), &Empty {}).await
}

/// The shop's stored theme (empty when none was stored).
pub async fn admin_theme(key: &str) -> Result<vitrine_core::theme::Theme, ApiError> {
    get(key, "/theme").await
}

/// Stores the shop's theme: every page uses it at once.
pub async fn admin_put_theme(key: &str, theme: &vitrine_core::theme::Theme) -> Result<vitrine_core::theme::Theme, ApiError> {
    send(Method::PUT, "/admin/theme", Some(theme), auth(key)).await
}
