use vitrine_core::checkout::{Order, OrderShipment, OrderStatus};
use vitrine_core::t;
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
    for s in &after.shipments {
        let Some(old) = before.shipments.iter().find(|o| o.id == s.id) else {
            let all = after.status != OrderStatus::PartiallyShipped;
            return Some(if all {
                t!("tracking-announce-order-shipped", carrier = &s.carrier)
            } else {
                t!("tracking-announce-part-shipped", carrier = &s.carrier)
            });
        };
        if old.status != s.status {
            if let Some(status) = s.status {
                let parcel = if several { t!("tracking-announce-your-carrier-parcel", carrier = &s.carrier) } else { t!("tracking-announce-your-parcel") };
                return Some(status_sentence(&parcel, status, s));
            }
        }
        if s.events.len() > old.events.len() {
            if let Some(latest) = s.events.first() {
                let update = latest.description();
                let update = update.trim_end_matches('.');
                return Some(if several {
                    t!("tracking-announce-new-update-carrier", carrier = &s.carrier, update = update)
                } else {
                    t!("tracking-announce-new-update", update = update)
                });
            }
        }
    }
    if after.delay.is_some() && before.delay != after.delay {
        return after.delay.as_ref().map(|d| t!("tracking-announce-delayed", message = &d.message));
    }
    (before.status != after.status).then(|| t!("tracking-announce-order-status", status = after.status.label()))
}

fn status_sentence(parcel: &str, status: TrackingStatus, s: &OrderShipment) -> String {
    match status {
        TrackingStatus::OutForDelivery => t!("tracking-announce-out-for-delivery", parcel = parcel),
        TrackingStatus::Delivered => t!("tracking-announce-delivered", parcel = parcel),
        TrackingStatus::AvailableForPickup => t!("tracking-announce-ready-for-pickup", parcel = parcel),
        TrackingStatus::AttemptFail => t!("tracking-announce-attempt-failed", parcel = parcel),
        TrackingStatus::Exception => {
            let message = s.delay.as_ref().map(|d| d.message.as_str()).unwrap_or("");
            t!("tracking-announce-exception", parcel = parcel, message = message).trim_end().to_string()
        }
        TrackingStatus::InTransit => t!("tracking-announce-in-transit", parcel = parcel),
        other => t!("tracking-announce-parcel-status", parcel = parcel, status = other.label()),
    }
}
