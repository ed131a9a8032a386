//! Carrier feeds. Two signed webhook formats, both stored by event id before
//! they act (`webhook_events`), so a repeated or replayed delivery changes
//! nothing twice:
//! - `POST /webhooks/aftership`: AfterShip's tracking webhooks, verified as
//!   AfterShip signs them (`aftership-hmac-sha256`: base64 HMAC-SHA256 of the
//!   raw body); its nine statuses are our vocabulary, its checkpoints become
//!   our events, its estimated delivery refines ours;
//! - `POST /webhooks/carrier`: our own simpler JSON, signed like the payment
//!   webhooks (`Vitrine-Signature: t=..,v1=..`, five-minute tolerance).
//!
//! An event for a tracking number we don't know is accepted (200) and
//! logged: answering an error would only make the sender retry forever.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use serde::Deserialize;
use vitrine_core::delivery::Date;
use vitrine_core::tracking::{TrackingEvent, TrackingStatus};
use vitrine_core::ApiErrorBody;

use super::shipments;
use crate::db::now;
use crate::error::{parse_json, ApiError, Result};
use crate::secrets;
use crate::state::AppState;
use crate::webhook_events;

pub const AFTERSHIP_SIGNATURE_HEADER: &str = "aftership-hmac-sha256";

fn rejected(why: &str) -> ApiError {
    ApiError::BadRequest(ApiErrorBody::new(format!("Webhook rejected: {why}.")).with("signature", why))
}

/// Unix seconds of an ISO 8601 time ("2026-12-03T10:00:00+01:00", "...Z",
/// or without an offset, taken as UTC).
pub fn parse_time(s: &str) -> Option<i64> {
    let s = s.trim();
    let date = Date::parse_iso(s.get(..10)?)?;
    let mut secs = date.to_days() * 86_400;
    let rest = s.get(10..).unwrap_or("");
    let Some(time) = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' ')) else { return Some(secs) };
    let num = |a: usize, b: usize| time.get(a..b)?.parse::<i64>().ok();
    secs += num(0, 2)? * 3600 + num(3, 5)? * 60 + num(6, 8).unwrap_or(0);
    let zone = time.get(8..).unwrap_or("").trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    if let Some(sign) = zone.chars().next().filter(|c| *c == '+' || *c == '-') {
        let z = &zone[1..];
        let (h, m) = (z.get(0..2)?.parse::<i64>().ok()?, z.get(z.len().saturating_sub(2)..)?.parse::<i64>().ok()?);
        let offset = h * 3600 + if z.len() > 2 { m * 60 } else { 0 };
        secs -= if sign == '+' { offset } else { -offset };
    }
    Some(secs)
}

/// Finds the parcel a carrier reports on.
async fn shipment_by_tracking(state: &AppState, tracking_number: &str) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar("SELECT id FROM shipments WHERE tracking_number = $1 ORDER BY id DESC LIMIT 1")
        .bind(tracking_number.trim())
        .fetch_optional(&state.db.pool)
        .await?)
}

#[derive(Deserialize)]
struct AfterShipWebhook {
    #[serde(default)]
    event_id: Option<String>,
    #[serde(default)]
    event: Option<String>,
    #[serde(default)]
    ts: Option<i64>,
    msg: AfterShipTracking,
}

#[derive(Deserialize)]
struct AfterShipTracking {
    tracking_number: String,
    #[serde(default)]
    tag: Option<String>,
    #[serde(default)]
    subtag: Option<String>,
    #[serde(default)]
    subtag_message: Option<String>,
    #[serde(default)]
    checkpoints: Vec<AfterShipCheckpoint>,
    #[serde(default)]
    expected_delivery: Option<String>,
    #[serde(default)]
    aftership_estimated_delivery_date: Option<AfterShipEstimate>,
}

#[derive(Deserialize)]
struct AfterShipCheckpoint {
    #[serde(default)]
    checkpoint_time: Option<String>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    location: Option<String>,
    #[serde(default)]
    city: Option<String>,
    #[serde(default)]
    country_name: Option<String>,
    #[serde(default)]
    tag: Option<String>,
    #[serde(default)]
    subtag: Option<String>,
}

#[derive(Deserialize)]
struct AfterShipEstimate {
    #[serde(default)]
    estimated_delivery_date: Option<String>,
    #[serde(default)]
    estimated_delivery_date_min: Option<String>,
    #[serde(default)]
    estimated_delivery_date_max: Option<String>,
}

fn date_of(s: Option<&str>) -> Option<Date> {
    Date::parse_iso(s?.get(..10)?)
}

impl AfterShipTracking {
    /// The carrier's expected delivery: AfterShip's range, or its single date.
    fn expected(&self) -> Option<(Date, Option<Date>)> {
        if let Some(e) = &self.aftership_estimated_delivery_date {
            let min = date_of(e.estimated_delivery_date_min.as_deref()).or(date_of(e.estimated_delivery_date.as_deref()));
            let max = date_of(e.estimated_delivery_date_max.as_deref());
            if let Some(min) = min {
                return Some((min, max));
            }
        }
        date_of(self.expected_delivery.as_deref()).map(|d| (d, None))
    }

    fn events(&self, fallback_time: i64) -> Vec<TrackingEvent> {
        let mut out: Vec<TrackingEvent> = self
            .checkpoints
            .iter()
            .filter_map(|c| {
                let status = c.tag.as_deref().and_then(TrackingStatus::from_tag)?;
                let location = c.location.clone().filter(|l| !l.trim().is_empty()).or_else(|| {
                    let parts: Vec<&str> = [c.city.as_deref(), c.country_name.as_deref()].into_iter().flatten().filter(|p| !p.is_empty()).collect();
                    (!parts.is_empty()).then(|| parts.join(", "))
                });
                Some(TrackingEvent {
                    status,
                    substatus: c.subtag.clone().filter(|s| !s.is_empty()),
                    message: c.message.clone().unwrap_or_default(),
                    location,
                    occurred_at: c.checkpoint_time.as_deref().and_then(parse_time).unwrap_or(fallback_time),
                })
            })
            .collect();
        if out.is_empty() {
            // No checkpoint yet (Pending, InfoReceived): the tag itself is the news.
            if let Some(status) = self.tag.as_deref().and_then(TrackingStatus::from_tag) {
                out.push(TrackingEvent {
                    status,
                    substatus: self.subtag.clone().filter(|s| !s.is_empty()),
                    message: self.subtag_message.clone().unwrap_or_default(),
                    location: None,
                    occurred_at: fallback_time,
                });
            }
        }
        out
    }
}

/// Tracking updates from AfterShip (`tracking_update`, `edd_revise`).
#[utoipa::path(
    post,
    path = "/api/v1/webhooks/aftership",
    tag = "tracking",
    params(("aftership-hmac-sha256" = String, Header, description = "base64 HMAC-SHA256 of the raw body with the AfterShip webhook secret")),
    request_body(content = Object, description = "AfterShip's webhook body: `{event, event_id, ts, msg: tracking}`", content_type = "application/json"),
    responses(
        (status = 200, description = "Applied, already applied, or for an unknown tracking number (logged)"),
        (status = 400, description = "Missing or wrong signature", body = ApiErrorBody),
        (status = 422, description = "Not an AfterShip tracking webhook", body = ApiErrorBody),
    )
)]
pub async fn webhooks_aftership(State(state): State<AppState>, headers: HeaderMap, body: axum::body::Bytes) -> Result<StatusCode> {
    let given = headers.get(AFTERSHIP_SIGNATURE_HEADER).and_then(|v| v.to_str().ok()).unwrap_or("");
    if given.is_empty() {
        return Err(rejected("the aftership-hmac-sha256 header is missing"));
    }
    if !secrets::same(given.trim(), &secrets::aftership_signature(&state.carrier_secrets.aftership, &body)) {
        return Err(rejected("the signature does not match"));
    }
    let hook: AfterShipWebhook = parse_json(&body)?;
    let event_id = hook.event_id.clone().unwrap_or_else(|| secrets::hash(&String::from_utf8_lossy(&body)));
    if !webhook_events::receive(&state.db, "aftership", &event_id).await? {
        return Ok(StatusCode::OK);
    }
    let Some(shipment) = shipment_by_tracking(&state, &hook.msg.tracking_number).await? else {
        if let Some(status) = hook.msg.tag.as_deref().and_then(TrackingStatus::from_tag) {
            if crate::returns::admin::carrier_event(&state, &hook.msg.tracking_number, status).await? {
                webhook_events::processed(&state.db, "aftership", &event_id).await?;
                return Ok(StatusCode::OK);
            }
        }
        tracing::warn!(tracking = %hook.msg.tracking_number, event = ?hook.event, "AfterShip event for a tracking number we don't know; ignored");
        webhook_events::processed(&state.db, "aftership", &event_id).await?;
        return Ok(StatusCode::OK);
    };
    let expected = hook.msg.expected();
    let events = hook.msg.events(hook.ts.unwrap_or_else(now));
    let mut expected_once = expected;
    for e in &events {
        shipments::record_event(&state, shipment, e, expected_once.take()).await?;
    }
    if let Some(expected) = expected_once {
        shipments::refine_estimate(&state, shipment, expected).await?;
    }
    webhook_events::processed(&state.db, "aftership", &event_id).await?;
    Ok(StatusCode::OK)
}

/// Our own carrier event format.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CarrierEvent {
    /// Unique per event; a repeat is ignored.
    pub id: String,
    pub tracking_number: String,
    /// AfterShip's spelling: `InTransit`, `OutForDelivery`, `Delivered`...
    pub status: TrackingStatus,
    #[serde(default)]
    pub substatus: Option<String>,
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub location: Option<String>,
    /// When it happened, unix seconds.
    pub time: i64,
    /// The carrier's expected delivery date, `YYYY-MM-DD`.
    #[serde(default)]
    pub expected_delivery: Option<String>,
}

/// Carrier events in our own format, signed like the payment webhooks.
#[utoipa::path(
    post,
    path = "/api/v1/webhooks/carrier",
    tag = "tracking",
    params(("Vitrine-Signature" = String, Header, description = "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\"> with the carrier webhook secret")),
    request_body = CarrierEvent,
    responses(
        (status = 200, description = "Applied, already applied, or for an unknown tracking number (logged)"),
        (status = 400, description = "Missing, wrong or stale signature", body = ApiErrorBody),
        (status = 422, description = "Not a carrier event", body = ApiErrorBody),
    )
)]
pub async fn webhooks_carrier(State(state): State<AppState>, headers: HeaderMap, body: axum::body::Bytes) -> Result<StatusCode> {
    let signature = headers.get(secrets::WEBHOOK_SIGNATURE_HEADER).and_then(|v| v.to_str().ok()).unwrap_or("");
    secrets::verify_webhook(&state.carrier_secrets.carrier, signature, &body, now()).map_err(rejected)?;
    let event: CarrierEvent = parse_json(&body)?;
    if event.id.trim().is_empty() || event.id.len() > 200 {
        return Err(ApiError::invalid("id", "must be 1 to 200 characters"));
    }
    if !webhook_events::receive(&state.db, "carrier", &event.id).await? {
        return Ok(StatusCode::OK);
    }
    let Some(shipment) = shipment_by_tracking(&state, &event.tracking_number).await? else {
        if crate::returns::admin::carrier_event(&state, &event.tracking_number, event.status).await? {
            webhook_events::processed(&state.db, "carrier", &event.id).await?;
            return Ok(StatusCode::OK);
        }
        tracing::warn!(tracking = %event.tracking_number, "carrier event for a tracking number we don't know; ignored");
        webhook_events::processed(&state.db, "carrier", &event.id).await?;
        return Ok(StatusCode::OK);
    };
    let expected = date_of(event.expected_delivery.as_deref()).map(|d| (d, None));
    let tracking = TrackingEvent {
        status: event.status,
        substatus: event.substatus.filter(|s| !s.is_empty()),
        message: event.message,
        location: event.location.filter(|l| !l.is_empty()),
        occurred_at: event.time,
    };
    shipments::record_event(&state, shipment, &tracking, expected).await?;
    webhook_events::processed(&state.db, "carrier", &event.id).await?;
    Ok(StatusCode::OK)
}

#[cfg(test)]
mod tests {
    use super::parse_time;

    #[test]
    fn iso_times_with_and_without_offsets() {
        assert_eq!(parse_time("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_time("1970-01-01T01:00:00+01:00"), Some(0));
        assert_eq!(parse_time("1970-01-01T00:00:00-05:00"), Some(5 * 3600));
        assert_eq!(parse_time("2026-12-03T10:15:30.123Z"), Some(1_796_292_930));
        assert_eq!(parse_time("1970-01-02"), Some(86_400));
        assert_eq!(parse_time("garbage"), None);
    }
}
