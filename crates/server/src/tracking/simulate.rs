//! The demo's carrier: every parcel of a demo shop moves along realistic
//! checkpoints over a few minutes (`VITRINE_CARRIER_SPEED` seconds per step,
//! default 40), as a real carrier would report them through the webhook.
//! Every fifth parcel hits a delay (an exception, then back in transit) and
//! every seventh a failed delivery attempt before it is delivered, so the
//! demo shows the whole journey. Each step is an ordinary carrier event,
//! stored once (the events' own time makes a repeated step a duplicate).
//! It moves only parcels it alone reports on: one with an event from
//! anyone else (the operator by hand, a real carrier's webhook, the demo's
//! past: none of them carry a substatus) is left to them.
//! A parcel goes where a parcel goes: label and pick-up at the shop's
//! warehouse, through the carrier's hub, then the local station, the round
//! and the door in the shipping address's town.

use vitrine_core::address::Address;
use vitrine_core::tracking::{TrackingEvent, TrackingStatus};

use super::shipments;
use crate::db::now;
use crate::error::Result;
use crate::state::AppState;

/// Seconds between two checkpoints of a simulated parcel.
pub fn speed() -> i64 {
    std::env::var("VITRINE_CARRIER_SPEED").ok().and_then(|v| v.parse().ok()).filter(|s: &i64| *s > 0).unwrap_or(40)
}

/// Where the demo shop ships from (its returns go back there too).
const WAREHOUSE: &str = "Reno, NV";
/// The carrier's sorting hub for parcels within the United States, and the
/// one an international parcel reaches its country through.
const HUB: &str = "Louisville, KY";
const ABROAD_HUB: &str = "Cologne, DE";

/// Where a checkpoint happened: at the warehouse, at a hub, or in the
/// destination's town ("Cambridge, MA"; "Berlin, DE" abroad).
pub fn location(substatus: &str, to: &Address) -> String {
    let town = if to.country.is_empty() || to.country == "US" {
        [to.city.as_str(), to.region.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(", ")
    } else {
        [to.city.as_str(), to.country.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(", ")
    };
    let abroad = !to.country.is_empty() && to.country != "US";
    match substatus {
        "InfoReceived_001" | "InTransit_002" => WAREHOUSE.into(),
        "InTransit_007" => HUB.into(),
        "Exception_004" | "InTransit_003" if abroad => ABROAD_HUB.into(),
        "Exception_004" | "InTransit_003" => HUB.into(),
        _ if town.is_empty() => HUB.into(),
        _ => town,
    }
}

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
    let parcels: Vec<(i64, i64, String)> = sqlx::query_as(
        "SELECT s.id, s.created_at, o.shipping_address_json FROM shipments s JOIN orders o ON o.id = s.order_id \
         WHERE (s.status IS NULL OR s.status <> 'delivered') \
         AND NOT EXISTS (SELECT 1 FROM tracking_events e WHERE e.shipment_id = s.id AND e.substatus = '')",
    )
    .fetch_all(&state.db.pool)
    .await?;
    let step = speed();
    let mut added = 0;
    for (id, shipped_at, address) in parcels {
        let to: Address = serde_json::from_str(&address).unwrap_or_default();
        let route = route(id);
        let reached = ((now() - shipped_at) / step + 1).clamp(0, route.len() as i64) as usize;
        for (i, (status, substatus, message)) in route.iter().take(reached).enumerate() {
            let event = TrackingEvent {
                status: *status,
                substatus: Some((*substatus).to_string()),
                message: (*message).to_string(),
                location: Some(location(substatus, &to)),
                occurred_at: shipped_at + i as i64 * step,
            };
            if shipments::record_event(state, id, &event, None).await? {
                added += 1;
            }
        }
    }
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to(city: &str, region: &str, country: &str) -> Address {
        Address { city: city.into(), region: region.into(), country: country.into(), ..Default::default() }
    }

    #[test]
    fn a_parcel_leaves_the_warehouse_and_arrives_in_its_town() {
        let cambridge = to("Cambridge", "MA", "US");
        let at = |id, to: &Address| route(id).iter().map(|(_, sub, _)| location(sub, to)).collect::<Vec<_>>();
        assert_eq!(at(1, &cambridge), ["Reno, NV", "Reno, NV", "Louisville, KY", "Cambridge, MA", "Cambridge, MA", "Cambridge, MA"]);
        // Held up by the weather at the hub, then a missed delivery at the door.
        let both = at(35, &cambridge);
        assert_eq!(both[3..5], ["Louisville, KY", "Louisville, KY"]);
        assert!(both[5..].iter().all(|l| l == "Cambridge, MA"), "{both:?}");
        let berlin = at(5, &to("Berlin", "", "DE"));
        assert_eq!(berlin[3..], ["Cologne, DE", "Cologne, DE", "Berlin, DE", "Berlin, DE", "Berlin, DE"]);
    }
}
