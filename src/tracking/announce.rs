use vitrine_core::checkout::{Order, OrderShipment, OrderStatus};
use vitrine_core::tracking::TrackingStatus;

/// One sentence for the page's live region about what changed from
/// `before` to `after`, or `None` when nothing a shopper would notice did:
/// a new parcel, a parcel's new status or checkpoint, a new delay, then the
/// order's own status.
///
/// ```ignore
/// assert_eq!(change_announcement(&old, &new).as_deref(), Some("Your parcel is out for delivery."));
/// ```
pub fn change_announcement(before: &Order, after: &Order) -> Option<String> {
    let several = after.shipments.len() > 1;
    let name = |s: &OrderShipment| if several { format!("{} parcel", s.carrier) } else { "parcel".to_string() };
    for s in &after.shipments {
        let Some(old) = before.shipments.iter().find(|o| o.id == s.id) else {
            let all = after.status != OrderStatus::PartiallyShipped;
            let what = if all { "Your order" } else { "Part of your order" };
            return Some(format!("{what} has shipped with {}.", s.carrier));
        };
        if old.status != s.status {
            if let Some(status) = s.status {
                return Some(status_sentence(&format!("Your {}", name(s)), status, s));
            }
        }
        if s.events.len() > old.events.len() {
            if let Some(latest) = s.events.first() {
                return Some(format!("New update on your {}: {}.", name(s), latest.description().trim_end_matches('.')));
            }
        }
    }
    if after.delay.is_some() && before.delay != after.delay {
        return after.delay.as_ref().map(|d| format!("Your delivery is delayed. {}", d.message));
    }
    (before.status != after.status).then(|| format!("Your order's status is now: {}.", after.status.label()))
}

fn status_sentence(parcel: &str, status: TrackingStatus, s: &OrderShipment) -> String {
    match status {
        TrackingStatus::OutForDelivery => format!("{parcel} is out for delivery."),
        TrackingStatus::Delivered => format!("{parcel} was delivered."),
        TrackingStatus::AvailableForPickup => format!("{parcel} is ready for pickup."),
        TrackingStatus::AttemptFail => format!("{parcel} could not be delivered; the carrier will try again."),
        TrackingStatus::Exception => format!("{parcel} has a delivery problem. {}", s.delay.as_ref().map(|d| d.message.as_str()).unwrap_or("")).trim_end().to_string(),
        TrackingStatus::InTransit => format!("{parcel} is on its way."),
        other => format!("{parcel}: {}.", other.label()),
    }
}
