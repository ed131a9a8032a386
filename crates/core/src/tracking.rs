//! Carrier tracking in AfterShip's vocabulary: nine delivery statuses, their
//! coded sub-statuses, the events a carrier reports, and the milestone stepper
//! a shopper sees.
//!
//! Carriers report late, twice and out of order, so the current status is the
//! status of the event that *happened* last (by `occurred_at`), never the one
//! that arrived last; exact duplicates count once; and a status may go back
//! (an exception followed by in transit again).
//!
//! Spelling: [`TrackingStatus`] serialises as AfterShip's tag (`"InTransit"`),
//! so webhook bodies deserialise straight into it and the JSON the storefront
//! gets uses the same names as the carrier feed. [`TrackingStatus::as_str`] is
//! the snake_case spelling (`"in_transit"`) for database columns and CSS
//! modifiers; [`TrackingStatus::parse`] reads it back.

use serde::{Deserialize, Serialize};

use crate::lifecycle::OrderState;

/// AfterShip's nine delivery statuses ("tags").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum TrackingStatus {
    /// Added, but the carrier has nothing on it yet.
    Pending,
    /// The carrier has the label and is about to pick the parcel up.
    InfoReceived,
    InTransit,
    OutForDelivery,
    /// The carrier tried and failed; it usually leaves a notice and tries again.
    AttemptFail,
    Delivered,
    /// Waiting at a pickup point.
    AvailableForPickup,
    /// Customs hold, returned to sender, damaged, lost, refused...
    Exception,
    /// No news for 30 days since it was added.
    Expired,
}

impl TrackingStatus {
    pub const ALL: [TrackingStatus; 9] = [
        TrackingStatus::Pending,
        TrackingStatus::InfoReceived,
        TrackingStatus::InTransit,
        TrackingStatus::OutForDelivery,
        TrackingStatus::AttemptFail,
        TrackingStatus::Delivered,
        TrackingStatus::AvailableForPickup,
        TrackingStatus::Exception,
        TrackingStatus::Expired,
    ];

    /// Storage spelling (snake_case).
    pub fn as_str(self) -> &'static str {
        match self {
            TrackingStatus::Pending => "pending",
            TrackingStatus::InfoReceived => "info_received",
            TrackingStatus::InTransit => "in_transit",
            TrackingStatus::OutForDelivery => "out_for_delivery",
            TrackingStatus::AttemptFail => "attempt_fail",
            TrackingStatus::Delivered => "delivered",
            TrackingStatus::AvailableForPickup => "available_for_pickup",
            TrackingStatus::Exception => "exception",
            TrackingStatus::Expired => "expired",
        }
    }

    /// Reads [`TrackingStatus::as_str`] back.
    pub fn parse(s: &str) -> Option<TrackingStatus> {
        TrackingStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// AfterShip's spelling, as in webhooks (`tag`) and sub-status prefixes.
    pub fn tag(self) -> &'static str {
        match self {
            TrackingStatus::Pending => "Pending",
            TrackingStatus::InfoReceived => "InfoReceived",
            TrackingStatus::InTransit => "InTransit",
            TrackingStatus::OutForDelivery => "OutForDelivery",
            TrackingStatus::AttemptFail => "AttemptFail",
            TrackingStatus::Delivered => "Delivered",
            TrackingStatus::AvailableForPickup => "AvailableForPickup",
            TrackingStatus::Exception => "Exception",
            TrackingStatus::Expired => "Expired",
        }
    }

    /// Reads [`TrackingStatus::tag`] back.
    pub fn from_tag(tag: &str) -> Option<TrackingStatus> {
        TrackingStatus::ALL.into_iter().find(|x| x.tag() == tag)
    }

    /// Shopper-facing name.
    pub fn label(self) -> String {
        match self {
            TrackingStatus::Pending => crate::t!("core-tracking-pending"),
            TrackingStatus::InfoReceived => crate::t!("core-tracking-info-received"),
            TrackingStatus::InTransit => crate::t!("core-tracking-in-transit"),
            TrackingStatus::OutForDelivery => crate::t!("core-tracking-out-for-delivery"),
            TrackingStatus::AttemptFail => crate::t!("core-tracking-attempt-fail"),
            TrackingStatus::Delivered => crate::t!("core-tracking-delivered"),
            TrackingStatus::AvailableForPickup => crate::t!("core-tracking-available-for-pickup"),
            TrackingStatus::Exception => crate::t!("core-tracking-exception"),
            TrackingStatus::Expired => crate::t!("core-tracking-expired"),
        }
    }

    /// Something went wrong and the shopper may need to act or be told.
    pub fn is_problem(self) -> bool {
        matches!(self, TrackingStatus::AttemptFail | TrackingStatus::Exception | TrackingStatus::Expired)
    }

    /// How far along a parcel is; only used to order events reported in the
    /// same second (the further-along one counts as later).
    fn progress(self) -> u8 {
        match self {
            TrackingStatus::Pending => 0,
            TrackingStatus::InfoReceived => 1,
            TrackingStatus::Expired => 2,
            TrackingStatus::InTransit => 3,
            TrackingStatus::Exception => 4,
            TrackingStatus::OutForDelivery => 5,
            TrackingStatus::AttemptFail => 6,
            TrackingStatus::AvailableForPickup => 7,
            TrackingStatus::Delivered => 8,
        }
    }
}

/// Documented AfterShip sub-status codes with the catalogue key of their text for shoppers.
/// Unknown codes (carriers add them) fall back to [`TrackingStatus::label`].
pub const SUBSTATUSES: &[(&str, &str)] = &[
    ("Pending_001", "core-substatus-pending-001"),
    ("InfoReceived_001", "core-substatus-info-received-001"),
    ("InTransit_001", "core-substatus-in-transit-001"),
    ("InTransit_002", "core-substatus-in-transit-002"),
    ("InTransit_003", "core-substatus-in-transit-003"),
    ("InTransit_004", "core-substatus-in-transit-004"),
    ("InTransit_005", "core-substatus-in-transit-005"),
    ("InTransit_006", "core-substatus-in-transit-006"),
    ("InTransit_007", "core-substatus-in-transit-007"),
    ("InTransit_008", "core-substatus-in-transit-008"),
    ("InTransit_009", "core-substatus-in-transit-009"),
    ("OutForDelivery_001", "core-substatus-out-for-delivery-001"),
    ("OutForDelivery_003", "core-substatus-out-for-delivery-003"),
    ("OutForDelivery_004", "core-substatus-out-for-delivery-004"),
    ("AttemptFail_001", "core-substatus-attempt-fail-001"),
    ("AttemptFail_002", "core-substatus-attempt-fail-002"),
    ("AttemptFail_003", "core-substatus-attempt-fail-003"),
    ("Delivered_001", "core-substatus-delivered-001"),
    ("Delivered_002", "core-substatus-delivered-002"),
    ("Delivered_003", "core-substatus-delivered-003"),
    ("Delivered_004", "core-substatus-delivered-004"),
    ("Delivered_005", "core-substatus-delivered-005"),
    ("AvailableForPickup_001", "core-substatus-available-for-pickup-001"),
    ("Exception_001", "core-substatus-exception-001"),
    ("Exception_002", "core-substatus-exception-002"),
    ("Exception_003", "core-substatus-exception-003"),
    ("Exception_004", "core-substatus-exception-004"),
    ("Exception_005", "core-substatus-exception-005"),
    ("Exception_006", "core-substatus-exception-006"),
    ("Exception_007", "core-substatus-exception-007"),
    ("Exception_008", "core-substatus-exception-008"),
    ("Exception_009", "core-substatus-exception-009"),
    ("Exception_010", "core-substatus-exception-010"),
    ("Exception_011", "core-substatus-exception-011"),
    ("Exception_012", "core-substatus-exception-012"),
    ("Exception_013", "core-substatus-exception-013"),
    ("Exception_016", "core-substatus-exception-016"),
    ("Exception_017", "core-substatus-exception-017"),
    ("Exception_018", "core-substatus-exception-018"),
    ("Expired_001", "core-substatus-expired-001"),
];

/// Text for a sub-status code in the shopper's language, when it's one we know.
pub fn substatus_text(code: &str) -> Option<String> {
    SUBSTATUSES.iter().find(|(c, _)| *c == code).map(|(_, key)| crate::i18n::text(key, &[]))
}

/// The status a sub-status code belongs to (`"Exception_004"` → `Exception`).
pub fn substatus_parent(code: &str) -> Option<TrackingStatus> {
    code.split_once('_').and_then(|(tag, _)| TrackingStatus::from_tag(tag))
}

/// One checkpoint the carrier reported.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrackingEvent {
    pub status: TrackingStatus,
    /// AfterShip sub-status code, e.g. `"InTransit_007"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substatus: Option<String>,
    /// The carrier's own words.
    #[serde(default)]
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// When it happened (unix seconds), not when we heard of it.
    pub occurred_at: i64,
}

impl TrackingEvent {
    /// What to show a shopper: the known sub-status text, else the carrier's
    /// message, else the status label.
    pub fn description(&self) -> String {
        if let Some(text) = self.substatus.as_deref().and_then(substatus_text) {
            return text;
        }
        if !self.message.trim().is_empty() {
            return self.message.trim().to_string();
        }
        self.status.label()
    }

    /// Chronological order: time first; events in the same second by progress,
    /// then field by field, so the order never depends on arrival.
    fn chrono_key(&self) -> (i64, u8, Option<&str>, &str, Option<&str>) {
        (self.occurred_at, self.status.progress(), self.substatus.as_deref(), &self.message, self.location.as_deref())
    }
}

/// The events in the order they happened, exact duplicates removed.
pub fn timeline(events: &[TrackingEvent]) -> Vec<TrackingEvent> {
    let mut out = events.to_vec();
    out.sort_by(|a, b| a.chrono_key().cmp(&b.chrono_key()));
    out.dedup();
    out
}

/// The event that happened last, whatever order they arrived in.
pub fn latest_event(events: &[TrackingEvent]) -> Option<&TrackingEvent> {
    events.iter().max_by(|a, b| a.chrono_key().cmp(&b.chrono_key()))
}

/// Where the parcel is now: the status of the event that happened last.
pub fn current_status(events: &[TrackingEvent]) -> Option<TrackingStatus> {
    latest_event(events).map(|e| e.status)
}

/// What recording one more event did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// Already known: nothing changed.
    Duplicate,
    /// New, and the current status is `now` (`changed` when it differs from before;
    /// a late event from the past records history without changing it).
    New { now: TrackingStatus, changed: bool },
}

/// Adds an event to a shipment's history once. Notify the shopper only when
/// the answer says `changed`, so duplicates and stale events never notify twice.
pub fn record(events: &mut Vec<TrackingEvent>, event: TrackingEvent) -> Recorded {
    if events.contains(&event) {
        return Recorded::Duplicate;
    }
    let before = current_status(events);
    events.push(event);
    let now = current_status(events).expect("just pushed an event");
    Recorded::New { now, changed: before != Some(now) }
}

/// A step of the shopper's progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Milestone {
    Placed,
    Confirmed,
    Shipped,
    OutForDelivery,
    Delivered,
}

impl Milestone {
    pub const ALL: [Milestone; 5] =
        [Milestone::Placed, Milestone::Confirmed, Milestone::Shipped, Milestone::OutForDelivery, Milestone::Delivered];

    pub fn as_str(self) -> &'static str {
        match self {
            Milestone::Placed => "placed",
            Milestone::Confirmed => "confirmed",
            Milestone::Shipped => "shipped",
            Milestone::OutForDelivery => "out_for_delivery",
            Milestone::Delivered => "delivered",
        }
    }

    pub fn label(self) -> String {
        match self {
            Milestone::Placed => crate::t!("core-milestone-placed"),
            Milestone::Confirmed => crate::t!("core-milestone-confirmed"),
            Milestone::Shipped => crate::t!("core-milestone-shipped"),
            Milestone::OutForDelivery => crate::t!("core-milestone-out-for-delivery"),
            Milestone::Delivered => crate::t!("core-milestone-delivered"),
        }
    }

    /// The milestone an order in this state has reached; `None` when canceled.
    pub fn reached(state: OrderState) -> Option<Milestone> {
        Some(match state {
            OrderState::PendingPayment | OrderState::AwaitingPayment => Milestone::Placed,
            OrderState::Confirmed | OrderState::Processing => Milestone::Confirmed,
            OrderState::PartiallyShipped | OrderState::Shipped | OrderState::Exception => Milestone::Shipped,
            OrderState::OutForDelivery => Milestone::OutForDelivery,
            OrderState::Delivered => Milestone::Delivered,
            OrderState::Canceled => return None,
        })
    }
}

/// One step as the stepper renders it: an ordered list item, `aria-current="step"`
/// on the current one and hidden "(completed)" text on done ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MilestoneStep {
    pub milestone: Milestone,
    pub label: String,
    /// Reached before the current step.
    pub done: bool,
    pub current: bool,
}

/// The five steps, placed → delivered, with the one the order is at marked
/// current (a delivered order's current step is "Delivered"). A canceled order
/// has no progress bar: the list is empty.
pub fn milestones(state: OrderState) -> Vec<MilestoneStep> {
    let Some(at) = Milestone::reached(state) else { return Vec::new() };
    let at = at as usize;
    Milestone::ALL
        .into_iter()
        .enumerate()
        .map(|(i, milestone)| MilestoneStep { milestone, label: milestone.label(), done: i < at, current: i == at })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ev(status: TrackingStatus, at: i64) -> TrackingEvent {
        TrackingEvent { status, substatus: None, message: String::new(), location: None, occurred_at: at }
    }

    #[test]
    fn spellings_round_trip() {
        for s in TrackingStatus::ALL {
            assert_eq!(TrackingStatus::parse(s.as_str()), Some(s));
            assert_eq!(TrackingStatus::from_tag(s.tag()), Some(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.tag()));
        }
        let webhook: TrackingStatus = serde_json::from_str("\"AvailableForPickup\"").unwrap();
        assert_eq!(webhook, TrackingStatus::AvailableForPickup);
        assert_eq!(TrackingStatus::parse("InTransit"), None);
        assert_eq!(TrackingStatus::from_tag("in_transit"), None);
    }

    #[test]
    fn substatus_table_is_consistent() {
        for (code, text) in SUBSTATUSES {
            assert!(substatus_parent(code).is_some(), "{code} has no parent status");
            assert!(crate::i18n::text(text, &[]).ends_with('.'), "{code}");
            assert_eq!(SUBSTATUSES.iter().filter(|(c, _)| c == code).count(), 1, "{code} twice");
        }
        // Every status has at least its generic sub-status.
        for s in TrackingStatus::ALL {
            assert!(substatus_text(&format!("{}_001", s.tag())).is_some(), "{s:?}");
        }
        assert_eq!(substatus_parent("Exception_004"), Some(TrackingStatus::Exception));
        assert_eq!(substatus_parent("Nonsense_001"), None);
        assert_eq!(substatus_text("Delivered_005").as_deref(), Some("Your parcel was left with a neighbour."));
    }

    #[test]
    fn descriptions_prefer_known_text_then_carrier_words() {
        let mut e = ev(TrackingStatus::InTransit, 1);
        assert_eq!(e.description(), "In transit");
        e.message = "  Departed facility LEIPZIG ".into();
        assert_eq!(e.description(), "Departed facility LEIPZIG");
        e.substatus = Some("InTransit_007".into());
        assert_eq!(e.description(), "Your parcel left a carrier facility.");
        e.substatus = Some("InTransit_099".into());
        assert_eq!(e.description(), "Departed facility LEIPZIG");
    }

    #[test]
    fn current_status_follows_event_time_not_arrival() {
        use TrackingStatus::*;
        // Arrived: delivered first, then the older checkpoints.
        let events = [ev(Delivered, 400), ev(InfoReceived, 100), ev(OutForDelivery, 300), ev(InTransit, 200)];
        assert_eq!(current_status(&events), Some(Delivered));
        let order: Vec<_> = timeline(&events).iter().map(|e| e.status).collect();
        assert_eq!(order, [InfoReceived, InTransit, OutForDelivery, Delivered]);
        assert_eq!(current_status(&[]), None);
    }

    #[test]
    fn a_status_may_move_back() {
        use TrackingStatus::*;
        // Weather exception, then moving again.
        let events = [ev(InTransit, 100), ev(Exception, 200), ev(InTransit, 300)];
        assert_eq!(current_status(&events), Some(InTransit));
        let events = [ev(InTransit, 300), ev(Exception, 200)];
        assert_eq!(current_status(&events), Some(InTransit));
    }

    #[test]
    fn duplicates_change_nothing_twice() {
        use TrackingStatus::*;
        let mut history = Vec::new();
        assert_eq!(record(&mut history, ev(InTransit, 100)), Recorded::New { now: InTransit, changed: true });
        assert_eq!(record(&mut history, ev(InTransit, 100)), Recorded::Duplicate);
        assert_eq!(record(&mut history, ev(OutForDelivery, 300)), Recorded::New { now: OutForDelivery, changed: true });
        // A late checkpoint from before: history grows, status stays.
        assert_eq!(record(&mut history, ev(Exception, 200)), Recorded::New { now: OutForDelivery, changed: false });
        assert_eq!(record(&mut history, ev(OutForDelivery, 300)), Recorded::Duplicate);
        assert_eq!(history.len(), 3);
        let doubled = [ev(InTransit, 100), ev(InTransit, 100), ev(Delivered, 200)];
        assert_eq!(timeline(&doubled).len(), 2);
    }

    #[test]
    fn same_second_ties_are_deterministic() {
        use TrackingStatus::*;
        let a = [ev(OutForDelivery, 500), ev(Delivered, 500)];
        let b = [ev(Delivered, 500), ev(OutForDelivery, 500)];
        assert_eq!(current_status(&a), Some(Delivered));
        assert_eq!(current_status(&b), Some(Delivered));
        let mut x = ev(InTransit, 7);
        x.location = Some("B".into());
        let mut y = ev(InTransit, 7);
        y.location = Some("A".into());
        assert_eq!(latest_event(&[x.clone(), y.clone()]), latest_event(&[y, x]));
    }

    #[test]
    fn milestones_mark_one_current_step() {
        let steps = milestones(OrderState::Shipped);
        let names: Vec<_> = steps.iter().map(|s| s.milestone.as_str()).collect();
        assert_eq!(names, ["placed", "confirmed", "shipped", "out_for_delivery", "delivered"]);
        assert_eq!(steps.iter().filter(|s| s.current).count(), 1);
        assert!(steps[2].current && steps[0].done && steps[1].done && !steps[3].done);
        assert!(milestones(OrderState::AwaitingPayment)[0].current);
        assert!(milestones(OrderState::Processing)[1].current);
        assert!(milestones(OrderState::Exception)[2].current);
        let delivered = milestones(OrderState::Delivered);
        assert!(delivered[4].current && delivered[..4].iter().all(|s| s.done));
        assert!(milestones(OrderState::Canceled).is_empty());
    }

    fn status() -> impl Strategy<Value = TrackingStatus> {
        (0..9usize).prop_map(|i| TrackingStatus::ALL[i])
    }

    fn event() -> impl Strategy<Value = TrackingEvent> {
        (status(), 0..20i64, prop::option::of("[AB]")).prop_map(|(s, at, loc)| TrackingEvent {
            status: s,
            substatus: None,
            message: String::new(),
            location: loc,
            occurred_at: at,
        })
    }

    proptest! {
        #[test]
        fn arrival_order_and_duplicates_never_matter(
            events in prop::collection::vec(event(), 0..12),
            seed in any::<u64>(),
        ) {
            // Same set of events, shuffled and with every event repeated.
            let mut shuffled: Vec<_> = events.iter().chain(events.iter()).cloned().collect();
            let n = shuffled.len();
            for i in 0..n {
                let j = ((seed.wrapping_mul(6364136223846793005).wrapping_add(i as u64)) % n as u64) as usize;
                shuffled.swap(i, j);
            }
            prop_assert_eq!(current_status(&events), current_status(&shuffled));
            prop_assert_eq!(timeline(&events), timeline(&shuffled));
            let mut recorded = Vec::new();
            for e in shuffled {
                record(&mut recorded, e);
            }
            prop_assert_eq!(timeline(&recorded), timeline(&events));
            prop_assert_eq!(current_status(&recorded), current_status(&events));
        }
    }
}
