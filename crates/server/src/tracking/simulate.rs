//! The demo's carrier: every parcel of a demo shop moves along realistic
//! checkpoints over a few minutes (`VITRINE_CARRIER_SPEED` seconds per step,
//! default 40), as a real carrier would report them through the webhook.
//! Every fifth parcel hits a delay (an exception, then back in transit) and
//! every seventh a failed delivery attempt before it is delivered, so the
//! demo shows the whole journey. Each step is an ordinary carrier event,
//! stored once (the events' own time makes a repeated step a duplicate).

use vitrine_core::tracking::{TrackingEvent, TrackingStatus};

use super::shipments;
use crate::db::now;
use crate::error::Result;
use crate::state::AppState;

/// Seconds between two checkpoints of a simulated parcel.
pub fn speed() -> i64 {
    std::env::var("VITRINE_CARRIER_SPEED").ok().and_then(|v| v.parse().ok()).filter(|s: &i64| *s > 0).unwrap_or(40)
}

const CITIES: [&str; 6] = ["Louisville, KY", "Memphis, TN", "Chicago, IL", "Leipzig, DE", "Newark, NJ", "Ontario, CA"];

/// The checkpoints a parcel goes through, as (step, status, substatus, message).
pub fn route(shipment_id: i64) -> Vec<(TrackingStatus, &'static str, &'static str)> {
    use TrackingStatus::*;
    let mut steps = vec![
        (InfoReceived, "InfoReceived_001", "Shipping label created; the carrier is waiting for the parcel."),
        (InTransit, "InTransit_002", "Picked up by the carrier."),
        (InTransit, "InTransit_007", "Departed the sorting facility."),
    ];
    if shipment_id % 5 == 0 {
        steps.push((Exception, "Exception_004", "Delayed by severe weather at the hub."));
        steps.push((InTransit, "InTransit_003", "Back on its way after the weather delay."));
    }
    steps.push((InTransit, "InTransit_004", "Arrived at the local delivery station."));
    steps.push((OutForDelivery, "OutForDelivery_001", "Out for delivery."));
    if shipment_id % 7 == 0 {
        steps.push((AttemptFail, "AttemptFail_001", "Delivery attempted; nobody was available to receive the parcel."));
        steps.push((OutForDelivery, "OutForDelivery_001", "Out for delivery again."));
    }
    steps.push((Delivered, "Delivered_001", "Delivered to the front door."));
    steps
}

/// Adds the checkpoints every demo parcel has reached by now. Returns how
/// many events were new.
pub async fn advance(state: &AppState) -> Result<usize> {
    let parcels: Vec<(i64, i64)> = sqlx::query_as("SELECT id, created_at FROM shipments WHERE status IS NULL OR status <> 'delivered'")
        .fetch_all(&state.db.pool)
        .await?;
    let step = speed();
    let mut added = 0;
    for (id, shipped_at) in parcels {
        let route = route(id);
        let reached = ((now() - shipped_at) / step + 1).clamp(0, route.len() as i64) as usize;
        for (i, (status, substatus, message)) in route.iter().take(reached).enumerate() {
            let event = TrackingEvent {
                status: *status,
                substatus: Some((*substatus).to_string()),
                message: (*message).to_string(),
                location: Some(CITIES[(id as usize + i) % CITIES.len()].to_string()),
                occurred_at: shipped_at + i as i64 * step,
            };
            if shipments::record_event(state, id, &event, None).await? {
                added += 1;
            }
        }
    }
    Ok(added)
}
