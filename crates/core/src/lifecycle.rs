//! The order lifecycle as one state machine, shared by the server (which
//! decides) and the browser (which explains): placed → confirmed (paid) →
//! processing → partially shipped / shipped → out for delivery → delivered,
//! with canceled and delivery exceptions on the side.
//!
//! Fulfilment is per shipment: an order ships in one or more parcels, each
//! with some of its lines. Once anything has shipped, the order's state is
//! *derived* from the parcels and their carrier statuses
//! ([`Fulfilment::shipped_state`]), so it can never disagree with them.
//!
//! ```
//! use vitrine_core::lifecycle::{Fulfilment, LifecycleEvent, OrderState, OrderedLine, RefusalCode};
//!
//! let mut order = Fulfilment::new(vec![OrderedLine { line_id: 1, quantity: 2 }]);
//! let state = order.apply(OrderState::AwaitingPayment, &LifecycleEvent::Pay).unwrap();
//! let state = order.apply(state, &LifecycleEvent::ShipRemaining { shipment_id: 7 }).unwrap();
//! assert_eq!(state, OrderState::Shipped);
//! let refused = order.apply(state, &LifecycleEvent::Cancel).unwrap_err();
//! assert_eq!(refused.code, RefusalCode::AlreadyShipped);
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::tracking::TrackingStatus;

/// Where an order stands: the order status everyone uses.
pub use crate::checkout::OrderStatus as OrderState;

/// The state one parcel puts its order in, from its latest carrier status
/// (`None`: no carrier news yet, or an untracked service).
pub fn shipment_state(tracking: Option<TrackingStatus>) -> OrderState {
    match tracking {
        None | Some(TrackingStatus::Pending | TrackingStatus::InfoReceived | TrackingStatus::InTransit) => OrderState::Shipped,
        Some(TrackingStatus::OutForDelivery | TrackingStatus::AvailableForPickup) => OrderState::OutForDelivery,
        Some(TrackingStatus::Delivered) => OrderState::Delivered,
        Some(TrackingStatus::AttemptFail | TrackingStatus::Exception | TrackingStatus::Expired) => OrderState::Exception,
    }
}

/// An order line and how many were bought.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderedLine {
    pub line_id: i64,
    pub quantity: i64,
}

/// How many of an order line went into a parcel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShipmentLine {
    pub line_id: i64,
    pub quantity: i64,
}

/// One parcel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Shipment {
    pub id: i64,
    pub lines: Vec<ShipmentLine>,
    /// The carrier's current status ([`crate::tracking::current_status`]);
    /// `None` until the carrier reports, and always for untracked services.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking: Option<TrackingStatus>,
}

/// What an order bought and what has shipped so far: the context every
/// fulfilment transition is checked against.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Fulfilment {
    pub lines: Vec<OrderedLine>,
    #[serde(default)]
    pub shipments: Vec<Shipment>,
}

/// Something that happens to an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LifecycleEvent {
    /// The money arrived: card captured, transfer received, invoice paid.
    Pay,
    /// The payment was declined or abandoned, or its deadline passed.
    PaymentFailed,
    /// Staff verified the order and started picking and packing.
    Process,
    /// A parcel left with these lines.
    Ship { shipment_id: i64, lines: Vec<ShipmentLine> },
    /// A parcel left with everything not shipped yet.
    ShipRemaining { shipment_id: i64 },
    /// A parcel's current carrier status changed (from the feed, or set by
    /// staff for untracked services).
    Track { shipment_id: i64, status: TrackingStatus },
    Cancel,
}

/// Why an event was refused, as a machine code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RefusalCode {
    NotPaid,
    AlreadyPaid,
    AlreadyProcessing,
    AlreadyShipped,
    PartiallyShipped,
    AlreadyDelivered,
    AlreadyCanceled,
    Canceled,
    NotShipped,
    FullyShipped,
    EmptyShipment,
    InvalidQuantity,
    UnknownLine,
    DuplicateLine,
    ExceedsRemaining,
    DuplicateShipment,
    UnknownShipment,
}

/// A refused transition: a code for programs and a sentence for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Refusal {
    pub code: RefusalCode,
    pub message: String,
    /// The shipment line at fault, when one is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_id: Option<i64>,
}

impl Refusal {
    fn new(code: RefusalCode, message: impl Into<String>) -> Refusal {
        Refusal { code, message: message.into(), line_id: None }
    }

    fn line(code: RefusalCode, line_id: i64, message: String) -> Refusal {
        Refusal { code, message, line_id: Some(line_id) }
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Refusal {}

impl Fulfilment {
    pub fn new(lines: Vec<OrderedLine>) -> Fulfilment {
        Fulfilment { lines, shipments: Vec::new() }
    }

    /// How many of a line were bought; `None` when it isn't on the order.
    pub fn ordered(&self, line_id: i64) -> Option<i64> {
        let mut found = self.lines.iter().filter(|l| l.line_id == line_id).peekable();
        found.peek()?;
        Some(found.map(|l| l.quantity).sum())
    }

    /// How many of a line are in parcels already.
    pub fn shipped(&self, line_id: i64) -> i64 {
        self.shipments.iter().flat_map(|s| &s.lines).filter(|l| l.line_id == line_id).map(|l| l.quantity).sum()
    }

    /// How many of a line are still to ship.
    pub fn remaining(&self, line_id: i64) -> i64 {
        self.ordered(line_id).unwrap_or(0) - self.shipped(line_id)
    }

    /// Every line with something still to ship, with how many.
    pub fn remaining_lines(&self) -> Vec<ShipmentLine> {
        let mut out: Vec<ShipmentLine> = Vec::new();
        for l in &self.lines {
            if out.iter().any(|o| o.line_id == l.line_id) {
                continue;
            }
            let quantity = self.remaining(l.line_id);
            if quantity > 0 {
                out.push(ShipmentLine { line_id: l.line_id, quantity });
            }
        }
        out
    }

    pub fn is_fully_shipped(&self) -> bool {
        self.remaining_lines().is_empty()
    }

    /// Checks a new parcel's lines: at least one, each on the order, listed
    /// once, at least 1 and no more than is left to ship.
    pub fn validate_shipment(&self, lines: &[ShipmentLine]) -> Result<(), Refusal> {
        if lines.is_empty() {
            return Err(Refusal::new(RefusalCode::EmptyShipment, crate::t!("core-ship-empty")));
        }
        for (i, l) in lines.iter().enumerate() {
            let id = l.line_id;
            if l.quantity <= 0 {
                return Err(Refusal::line(RefusalCode::InvalidQuantity, id, crate::t!("core-ship-line-at-least-one", line = id.to_string())));
            }
            let Some(ordered) = self.ordered(id) else {
                return Err(Refusal::line(RefusalCode::UnknownLine, id, crate::t!("core-ship-line-unknown", line = id.to_string())));
            };
            if lines[..i].iter().any(|earlier| earlier.line_id == id) {
                let message = crate::t!("core-ship-line-twice", line = id.to_string());
                return Err(Refusal::line(RefusalCode::DuplicateLine, id, message));
            }
            let shipped = self.shipped(id);
            let left = ordered - shipped;
            if l.quantity > left {
                let message = if left <= 0 {
                    crate::t!("core-ship-line-all-shipped", ordered = ordered, line = id.to_string())
                } else {
                    crate::t!("core-ship-line-exceeds", left = left, line = id.to_string(), ordered = ordered, shipped = shipped, quantity = l.quantity)
                };
                return Err(Refusal::line(RefusalCode::ExceedsRemaining, id, message));
            }
        }
        Ok(())
    }

    /// The order's state as its parcels tell it; `None` before the first parcel.
    /// A problem with any parcel shows first; then unshipped items; then the
    /// parcels' progress (all delivered → delivered; any out for delivery →
    /// out for delivery; else shipped).
    pub fn shipped_state(&self) -> Option<OrderState> {
        if self.shipments.is_empty() {
            return None;
        }
        let parcels: Vec<OrderState> = self.shipments.iter().map(|s| shipment_state(s.tracking)).collect();
        Some(if parcels.contains(&OrderState::Exception) {
            OrderState::Exception
        } else if !self.is_fully_shipped() {
            OrderState::PartiallyShipped
        } else if parcels.iter().all(|p| *p == OrderState::Delivered) {
            OrderState::Delivered
        } else if parcels.contains(&OrderState::OutForDelivery) {
            OrderState::OutForDelivery
        } else {
            OrderState::Shipped
        })
    }

    /// [`transition`], and on success records the parcel or its new status.
    /// A refused event changes nothing.
    pub fn apply(&mut self, state: OrderState, event: &LifecycleEvent) -> Result<OrderState, Refusal> {
        let (next, updated) = step(state, event, self)?;
        if let Some(updated) = updated {
            *self = updated;
        }
        Ok(next)
    }
}

/// The state after `event`, or why it can't happen now. Pure: `ctx` is what
/// the order bought and shipped before the event (see [`Fulfilment::apply`]).
pub fn transition(state: OrderState, event: &LifecycleEvent, ctx: &Fulfilment) -> Result<OrderState, Refusal> {
    step(state, event, ctx).map(|(next, _)| next)
}

fn step(state: OrderState, event: &LifecycleEvent, ctx: &Fulfilment) -> Result<(OrderState, Option<Fulfilment>), Refusal> {
    use OrderState as S;
    use RefusalCode as C;
    let refuse = |code, key: &str| Err(Refusal::new(code, crate::i18n::text(key, &[])));

    if state == S::Canceled {
        return match event {
            LifecycleEvent::Cancel => refuse(C::AlreadyCanceled, "core-order-refuse-already-canceled"),
            LifecycleEvent::Pay => {
                refuse(C::Canceled, "core-order-refuse-canceled-payment")
            }
            _ => refuse(C::Canceled, "core-order-refuse-canceled"),
        };
    }

    match event {
        LifecycleEvent::Pay => match state {
            S::PendingPayment | S::AwaitingPayment => Ok((S::Confirmed, None)),
            _ => refuse(C::AlreadyPaid, "core-order-refuse-already-paid"),
        },
        LifecycleEvent::PaymentFailed => match state {
            S::PendingPayment | S::AwaitingPayment => Ok((S::Canceled, None)),
            _ => refuse(C::AlreadyPaid, "core-order-refuse-paid-failed-attempt"),
        },
        LifecycleEvent::Process => match state {
            S::Confirmed => Ok((S::Processing, None)),
            S::PendingPayment | S::AwaitingPayment => {
                refuse(C::NotPaid, "core-order-refuse-not-paid-prepare")
            }
            S::Processing => refuse(C::AlreadyProcessing, "core-order-refuse-already-processing"),
            S::Delivered => refuse(C::AlreadyDelivered, "core-order-refuse-already-delivered"),
            _ => refuse(C::AlreadyShipped, "core-order-refuse-already-shipping"),
        },
        LifecycleEvent::Ship { shipment_id, lines } => ship(state, ctx, *shipment_id, Some(lines)),
        LifecycleEvent::ShipRemaining { shipment_id } => ship(state, ctx, *shipment_id, None),
        LifecycleEvent::Track { shipment_id, status } => match state {
            S::PendingPayment | S::AwaitingPayment | S::Confirmed | S::Processing => {
                refuse(C::NotShipped, "core-order-refuse-not-shipped")
            }
            S::Delivered => refuse(C::AlreadyDelivered, "core-order-refuse-delivered-tracking"),
            _ => {
                let mut updated = ctx.clone();
                let Some(parcel) = updated.shipments.iter_mut().find(|s| s.id == *shipment_id) else {
                    return Err(Refusal::new(C::UnknownShipment, crate::t!("core-order-refuse-unknown-shipment", shipment = shipment_id.to_string())));
                };
                parcel.tracking = Some(*status);
                let next = updated.shipped_state().expect("has a shipment");
                Ok((next, Some(updated)))
            }
        },
        LifecycleEvent::Cancel => match state {
            S::PendingPayment | S::AwaitingPayment | S::Confirmed | S::Processing => Ok((S::Canceled, None)),
            S::PartiallyShipped => refuse(
                C::PartiallyShipped,
                "core-order-refuse-cancel-partially-shipped",
            ),
            S::Delivered => refuse(C::AlreadyDelivered, "core-order-refuse-cancel-delivered"),
            _ => refuse(C::AlreadyShipped, "core-order-refuse-cancel-shipped"),
        },
    }
}

fn ship(
    state: OrderState,
    ctx: &Fulfilment,
    shipment_id: i64,
    lines: Option<&[ShipmentLine]>,
) -> Result<(OrderState, Option<Fulfilment>), Refusal> {
    use OrderState as S;
    let fully_shipped = || Refusal::new(RefusalCode::FullyShipped, crate::t!("core-order-refuse-fully-shipped"));
    match state {
        S::PendingPayment | S::AwaitingPayment => {
            return Err(Refusal::new(RefusalCode::NotPaid, crate::t!("core-order-refuse-not-paid-ship")));
        }
        S::Shipped | S::OutForDelivery | S::Delivered => return Err(fully_shipped()),
        _ => {}
    }
    // `None`: everything not shipped yet.
    let lines = match lines {
        Some(lines) => lines.to_vec(),
        None => ctx.remaining_lines(),
    };
    if lines.is_empty() && ctx.is_fully_shipped() {
        return Err(fully_shipped());
    }
    if ctx.shipments.iter().any(|s| s.id == shipment_id) {
        let message = crate::t!("core-order-refuse-duplicate-shipment", shipment = shipment_id.to_string());
        return Err(Refusal::new(RefusalCode::DuplicateShipment, message));
    }
    ctx.validate_shipment(&lines)?;
    let mut updated = ctx.clone();
    updated.shipments.push(Shipment { id: shipment_id, lines, tracking: None });
    let next = updated.shipped_state().expect("has a shipment");
    Ok((next, Some(updated)))
}

#[cfg(test)]
mod tests {
    use crate::checkout::PaymentStatus;
    use super::*;
    use proptest::prelude::*;
    use LifecycleEvent as E;
    use OrderState::*;
    use RefusalCode as C;

    fn line(line_id: i64, quantity: i64) -> ShipmentLine {
        ShipmentLine { line_id, quantity }
    }

    /// Line 1 × 2 and line 2 × 1.
    fn bought() -> Fulfilment {
        Fulfilment::new(vec![OrderedLine { line_id: 1, quantity: 2 }, OrderedLine { line_id: 2, quantity: 1 }])
    }

    fn with(parcels: &[(&[ShipmentLine], Option<TrackingStatus>)]) -> Fulfilment {
        let mut f = bought();
        for (i, (lines, tracking)) in parcels.iter().enumerate() {
            f.shipments.push(Shipment { id: i as i64 + 1, lines: lines.to_vec(), tracking: *tracking });
        }
        f
    }

    /// A context consistent with each state.
    fn context(state: OrderState) -> Fulfilment {
        let all: &[ShipmentLine] = &[line(1, 2), line(2, 1)];
        let some: &[ShipmentLine] = &[line(1, 2)];
        match state {
            PartiallyShipped => with(&[(some, Some(TrackingStatus::InTransit))]),
            Shipped => with(&[(all, Some(TrackingStatus::InTransit))]),
            OutForDelivery => with(&[(all, Some(TrackingStatus::OutForDelivery))]),
            Delivered => with(&[(all, Some(TrackingStatus::Delivered))]),
            Exception => with(&[(some, Some(TrackingStatus::Exception))]),
            _ => bought(),
        }
    }

    fn events() -> [LifecycleEvent; 7] {
        [
            E::Pay,
            E::PaymentFailed,
            E::Process,
            E::Ship { shipment_id: 9, lines: vec![line(2, 1)] },
            E::ShipRemaining { shipment_id: 9 },
            E::Track { shipment_id: 1, status: TrackingStatus::Delivered },
            E::Cancel,
        ]
    }

    #[test]
    fn every_allowed_and_refused_transition() {
        type R = Result<OrderState, RefusalCode>;
        // Columns: Pay, PaymentFailed, Process, Ship(line 2), ShipRemaining, Track(1 → Delivered), Cancel.
        let table: [(OrderState, [R; 7]); 10] = [
            (PendingPayment, [Ok(Confirmed), Ok(Canceled), Err(C::NotPaid), Err(C::NotPaid), Err(C::NotPaid), Err(C::NotShipped), Ok(Canceled)]),
            (AwaitingPayment, [Ok(Confirmed), Ok(Canceled), Err(C::NotPaid), Err(C::NotPaid), Err(C::NotPaid), Err(C::NotShipped), Ok(Canceled)]),
            (Confirmed, [Err(C::AlreadyPaid), Err(C::AlreadyPaid), Ok(Processing), Ok(PartiallyShipped), Ok(Shipped), Err(C::NotShipped), Ok(Canceled)]),
            (Processing, [Err(C::AlreadyPaid), Err(C::AlreadyPaid), Err(C::AlreadyProcessing), Ok(PartiallyShipped), Ok(Shipped), Err(C::NotShipped), Ok(Canceled)]),
            (PartiallyShipped, [Err(C::AlreadyPaid), Err(C::AlreadyPaid), Err(C::AlreadyShipped), Ok(Shipped), Ok(Shipped), Ok(PartiallyShipped), Err(C::PartiallyShipped)]),
            (Shipped, [Err(C::AlreadyPaid), Err(C::AlreadyPaid), Err(C::AlreadyShipped), Err(C::FullyShipped), Err(C::FullyShipped), Ok(Delivered), Err(C::AlreadyShipped)]),
            (OutForDelivery, [Err(C::AlreadyPaid), Err(C::AlreadyPaid), Err(C::AlreadyShipped), Err(C::FullyShipped), Err(C::FullyShipped), Ok(Delivered), Err(C::AlreadyShipped)]),
            (Delivered, [Err(C::AlreadyPaid), Err(C::AlreadyPaid), Err(C::AlreadyDelivered), Err(C::FullyShipped), Err(C::FullyShipped), Err(C::AlreadyDelivered), Err(C::AlreadyDelivered)]),
            (Exception, [Err(C::AlreadyPaid), Err(C::AlreadyPaid), Err(C::AlreadyShipped), Ok(Exception), Ok(Exception), Ok(PartiallyShipped), Err(C::AlreadyShipped)]),
            (Canceled, [Err(C::Canceled), Err(C::Canceled), Err(C::Canceled), Err(C::Canceled), Err(C::Canceled), Err(C::Canceled), Err(C::AlreadyCanceled)]),
        ];
        assert_eq!(table.map(|(s, _)| s), OrderState::ALL, "one row per state");
        for (state, expected) in table {
            let ctx = context(state);
            assert_eq!(ctx.shipped_state().unwrap_or(state), state, "context for {state:?}");
            for (event, want) in events().iter().zip(expected) {
                let got = transition(state, event, &ctx);
                assert_eq!(got.as_ref().map(|s| *s).map_err(|r| r.code), want, "{state:?} + {event:?}");
                if let Err(r) = got {
                    assert!(r.message.ends_with('.') && r.message.len() > 15, "{state:?} + {event:?}: {}", r.message);
                }
            }
        }
    }

    #[test]
    fn refusals_explain_themselves() {
        let r = transition(Shipped, &E::Cancel, &context(Shipped)).unwrap_err();
        assert_eq!(r.message, "An order that has shipped can't be canceled; start a return instead.");
        assert_eq!(r.to_string(), r.message);
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json, serde_json::json!({ "code": "already_shipped", "message": r.message }));
    }

    #[test]
    fn shipment_validation() {
        let f = with(&[(&[line(1, 1)], None)]);
        let check = |lines: &[ShipmentLine]| f.validate_shipment(lines).map_err(|r| (r.code, r.line_id, r.message));
        assert_eq!(check(&[line(1, 1), line(2, 1)]), Ok(()));
        assert_eq!(check(&[]).unwrap_err().0, C::EmptyShipment);
        assert_eq!(check(&[line(2, 0)]).unwrap_err(), (C::InvalidQuantity, Some(2), "Ship at least 1 of line 2.".into()));
        assert_eq!(check(&[line(2, -1)]).unwrap_err().0, C::InvalidQuantity);
        assert_eq!(check(&[line(3, 1)]).unwrap_err(), (C::UnknownLine, Some(3), "Line 3 isn't on this order.".into()));
        assert_eq!(check(&[line(2, 1), line(2, 1)]).unwrap_err().0, C::DuplicateLine);
        assert_eq!(
            check(&[line(1, 2)]).unwrap_err(),
            (C::ExceedsRemaining, Some(1), "Only 1 of line 1 left to ship (2 ordered, 1 shipped), not 2.".into())
        );
        let done = with(&[(&[line(1, 2)], None)]);
        assert_eq!(done.validate_shipment(&[line(1, 1)]).unwrap_err().message, "All 2 of line 1 have already shipped.");
        assert_eq!(f.remaining_lines(), vec![line(1, 1), line(2, 1)]);
        assert_eq!((f.ordered(1), f.shipped(1), f.remaining(1), f.ordered(5)), (Some(2), 1, 1, None));
    }

    #[test]
    fn duplicate_shipment_ids_are_refused() {
        let mut f = bought();
        f.apply(Confirmed, &E::Ship { shipment_id: 1, lines: vec![line(1, 1)] }).unwrap();
        let again = f.apply(PartiallyShipped, &E::Ship { shipment_id: 1, lines: vec![line(1, 1)] }).unwrap_err();
        assert_eq!(again.code, C::DuplicateShipment);
        assert_eq!(f.shipments.len(), 1, "a refused event records nothing");
        let unknown = f.apply(PartiallyShipped, &E::Track { shipment_id: 4, status: TrackingStatus::InTransit }).unwrap_err();
        assert_eq!(unknown.code, C::UnknownShipment);
    }

    #[test]
    fn state_derives_from_parcels() {
        use TrackingStatus as T;
        let a: &[ShipmentLine] = &[line(1, 2)];
        let b: &[ShipmentLine] = &[line(2, 1)];
        let derived = |x: Option<T>, y: Option<T>| with(&[(a, x), (b, y)]).shipped_state().unwrap();
        assert_eq!(derived(None, None), Shipped);
        assert_eq!(derived(Some(T::Delivered), Some(T::InTransit)), Shipped);
        assert_eq!(derived(Some(T::Delivered), Some(T::OutForDelivery)), OutForDelivery);
        assert_eq!(derived(Some(T::AvailableForPickup), Some(T::Pending)), OutForDelivery);
        assert_eq!(derived(Some(T::Delivered), Some(T::Delivered)), Delivered);
        assert_eq!(derived(Some(T::Delivered), Some(T::AttemptFail)), Exception);
        assert_eq!(derived(Some(T::Expired), Some(T::Delivered)), Exception);
        // Delivered parcels don't make a partly shipped order delivered.
        assert_eq!(with(&[(a, Some(T::Delivered))]).shipped_state(), Some(PartiallyShipped));
        assert_eq!(bought().shipped_state(), None);
        // An exception that clears goes back to the parcels' progress.
        let mut f = with(&[(a, Some(T::InTransit)), (b, Some(T::InTransit))]);
        let s = f.apply(Shipped, &E::Track { shipment_id: 2, status: T::Exception }).unwrap();
        assert_eq!(s, Exception);
        assert_eq!(f.apply(s, &E::Track { shipment_id: 2, status: T::InTransit }).unwrap(), Shipped);
    }

    #[test]
    fn spellings_and_starting_states() {
        for s in OrderState::ALL {
            assert_eq!(OrderState::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.as_str()));
            assert!(!s.label().is_empty());
        }
        assert_eq!(OrderState::placed(PaymentStatus::OnDelivery), Confirmed);
        assert_eq!(OrderState::placed(PaymentStatus::RequiresAction), PendingPayment);
        assert_eq!(OrderState::placed(PaymentStatus::Awaiting), AwaitingPayment);
        assert_eq!(OrderState::placed(PaymentStatus::Failed), Canceled);
        let e: LifecycleEvent = serde_json::from_str(r#"{"type":"ship","shipment_id":3,"lines":[{"line_id":1,"quantity":2}]}"#).unwrap();
        assert_eq!(e, E::Ship { shipment_id: 3, lines: vec![line(1, 2)] });
        let t: LifecycleEvent = serde_json::from_str(r#"{"type":"track","shipment_id":3,"status":"OutForDelivery"}"#).unwrap();
        assert_eq!(t, E::Track { shipment_id: 3, status: TrackingStatus::OutForDelivery });
    }

    fn event() -> impl Strategy<Value = LifecycleEvent> {
        let lines = prop::collection::vec((0..4i64, -1..4i64).prop_map(|(l, q)| line(l, q)), 0..3);
        let status = (0..9usize).prop_map(|i| TrackingStatus::ALL[i]);
        prop_oneof![
            Just(E::Pay),
            Just(E::PaymentFailed),
            Just(E::Process),
            (0..5i64, lines).prop_map(|(shipment_id, lines)| E::Ship { shipment_id, lines }),
            (0..5i64).prop_map(|shipment_id| E::ShipRemaining { shipment_id }),
            (0..5i64, status).prop_map(|(shipment_id, status)| E::Track { shipment_id, status }),
            Just(E::Cancel),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        #[test]
        fn no_event_sequence_reaches_an_illegal_state(
            start in prop_oneof![Just(PendingPayment), Just(AwaitingPayment), Just(Confirmed)],
            ordered in prop::collection::vec(1..4i64, 1..4),
            events in prop::collection::vec(event(), 0..40),
        ) {
            let lines = ordered.iter().enumerate().map(|(i, q)| OrderedLine { line_id: i as i64, quantity: *q }).collect();
            let mut f = Fulfilment::new(lines);
            let mut state = start;
            let mut paid = start == Confirmed;
            for e in &events {
                let before = f.clone();
                match f.apply(state, e) {
                    Ok(next) => {
                        prop_assert!(!state.is_final(), "{:?} left a final state", state);
                        if next == Confirmed { paid = true; }
                        if next == Canceled { prop_assert!(f.shipments.is_empty(), "canceled after shipping"); }
                        if !f.shipments.is_empty() {
                            prop_assert!(paid, "shipped before payment");
                            prop_assert_eq!(Some(next), f.shipped_state());
                        }
                        if next == Delivered {
                            prop_assert!(f.is_fully_shipped());
                            prop_assert!(f.shipments.iter().all(|s| s.tracking == Some(TrackingStatus::Delivered)));
                        }
                        state = next;
                    }
                    Err(r) => {
                        prop_assert_eq!(&f, &before, "refused {:?} changed the fulfilment", e);
                        prop_assert!(!r.message.is_empty());
                    }
                }
                for l in &f.lines {
                    prop_assert!(f.shipped(l.line_id) <= l.quantity, "line {} over-shipped", l.line_id);
                }
                prop_assert!(f.shipments.iter().flat_map(|s| &s.lines).all(|l| l.quantity > 0 && f.ordered(l.line_id).is_some()));
            }
        }
    }
}
