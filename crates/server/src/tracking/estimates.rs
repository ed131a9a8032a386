//! Delivery estimates and delays. An order's window comes from its shipping
//! method (business days, a 14:00 cut-off, one processing day); a parcel's
//! from the day it shipped, refined by the carrier's expected date. A parcel
//! is late when its window has passed undelivered or the carrier reports a
//! problem; the shopper is told before they ask (a notice on the page and
//! one email per parcel and reason).

use vitrine_core::checkout::DelayNotice;
use vitrine_core::delivery::{self, Date, DelayReason, DeliveryRule, DeliveryWindow, EstimateSource};
use vitrine_core::tracking::TrackingStatus;

/// Orders placed after this hour (shop time) leave the next business day.
pub const CUTOFF_HOUR: u8 = 14;
/// Business days to pick and pack.
pub const PROCESSING_DAYS: u32 = 1;

/// The shop's time zone as a fixed offset from UTC (minutes).
pub fn utc_offset_minutes() -> i32 {
    0
}

fn rule(min_days: i64, max_days: i64, processing_days: u32) -> DeliveryRule {
    DeliveryRule {
        utc_offset_minutes: utc_offset_minutes(),
        cutoff_hour: CUTOFF_HOUR,
        processing_days,
        min_transit_days: min_days.clamp(0, 60) as u32,
        max_transit_days: max_days.clamp(0, 60) as u32,
    }
}

/// Before anything ships: when the order should arrive.
pub fn for_order(placed_at: i64, min_days: Option<i64>, max_days: Option<i64>) -> Option<DeliveryWindow> {
    Some(delivery::estimate(placed_at, &rule(min_days?, max_days?, PROCESSING_DAYS)))
}

/// A parcel's window from the day it shipped.
pub fn for_shipment(shipped_at: i64, min_days: Option<i64>, max_days: Option<i64>) -> Option<DeliveryWindow> {
    Some(delivery::estimate(shipped_at, &rule(min_days?, max_days?, 0)))
}

/// A window as stored on a shipment (ISO dates and a source).
pub fn stored(earliest: Option<&str>, latest: Option<&str>, source: Option<&str>) -> Option<DeliveryWindow> {
    let earliest = Date::parse_iso(earliest?)?;
    let latest = Date::parse_iso(latest?)?;
    let source = if source == Some("carrier") { EstimateSource::Carrier } else { EstimateSource::Method };
    Some(DeliveryWindow { earliest, latest, source })
}

pub fn source_str(w: &DeliveryWindow) -> &'static str {
    match w.source {
        EstimateSource::Carrier => "carrier",
        EstimateSource::Method => "method",
    }
}

/// Why a parcel is late now, if it is.
pub fn delay(window: Option<&DeliveryWindow>, now: i64, latest: Option<TrackingStatus>) -> Option<DelayReason> {
    match window {
        Some(w) => delivery::delay(w, now, utc_offset_minutes(), latest),
        None => latest.filter(|s| s.is_problem()).map(|s| match s {
            TrackingStatus::AttemptFail => DelayReason::FailedAttempt,
            TrackingStatus::Expired => DelayReason::NoRecentNews,
            _ => DelayReason::CarrierException,
        }),
    }
}

/// The notice the shopper reads: what happened and what happens next.
pub fn notice(reason: DelayReason, carrier: &str, window: Option<DeliveryWindow>, detail: Option<&str>) -> DelayNotice {
    let detail = detail.filter(|d| !d.trim().is_empty()).map(|d| format!(" ({})", d.trim().trim_end_matches('.'))).unwrap_or_default();
    let message = match reason {
        DelayReason::CarrierException => {
            format!("{carrier} reported a problem with your parcel{detail}. We're on it with them and will update you as soon as it moves again.")
        }
        DelayReason::FailedAttempt => format!(
            "{carrier} tried to deliver your parcel but couldn't{detail}. They'll try again on the next business day, or you can arrange a redelivery with them."
        ),
        DelayReason::NoRecentNews => format!("{carrier} hasn't reported any news on your parcel for a while. We've asked them and will let you know."),
        DelayReason::WindowPassed => format!(
            "Your parcel is taking longer than we promised. It's still on its way with {carrier}; we're sorry for the wait and are keeping an eye on it."
        ),
    };
    DelayNotice { reason, message, estimate: window.filter(|_| !matches!(reason, DelayReason::CarrierException | DelayReason::FailedAttempt)) }
}

/// "Tue 9 Dec – Thu 11 Dec 2026", for emails (the browser formats its own).
pub fn describe(w: &DeliveryWindow) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let day = |d: Date| format!("{:.3} {} {}", format!("{:?}", d.weekday()), d.day(), MONTHS[(d.month() as usize).clamp(1, 12) - 1]);
    if w.earliest == w.latest {
        format!("{} {}", day(w.earliest), w.latest.year())
    } else {
        format!("{} – {} {}", day(w.earliest), day(w.latest), w.latest.year())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_say_what_happened_and_keep_the_new_window_only_when_it_means_something() {
        let w = DeliveryWindow { earliest: Date::new(2026, 12, 8).unwrap(), latest: Date::new(2026, 12, 10).unwrap(), source: EstimateSource::Method };
        let n = notice(DelayReason::FailedAttempt, "UPS", Some(w), Some("Recipient not available."));
        assert!(n.message.contains("UPS tried to deliver") && n.message.contains("(Recipient not available)"), "{}", n.message);
        assert_eq!(n.estimate, None);
        assert_eq!(notice(DelayReason::WindowPassed, "UPS", Some(w), None).estimate, Some(w));
        assert!(describe(&w).ends_with("2026") && describe(&w).contains('–'), "{}", describe(&w));
    }
}
