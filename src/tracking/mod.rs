//! Order tracking: the order page as a tracking page (milestones, one card
//! per parcel with its checkpoints, estimates and delay notices, kept live
//! over Server-Sent Events with a polling fallback) and the guest lookup
//! page that finds an order by number and email.

mod announce;
mod delay_callout;
mod delivery_estimate;
mod format;
mod lookup_page;
mod milestone_stepper;
mod order_details;
mod order_tracking;
mod shipment_card;
mod tracking_page;
mod tracking_timeline;
mod use_order_events;

pub use announce::change_announcement;
pub use delay_callout::DelayCallout;
pub use delivery_estimate::DeliveryEstimate;
pub use format::{format_day, format_time, iso_time};
pub use lookup_page::{OrderLookupPage, LOOKUP_PATH};
pub use milestone_stepper::MilestoneStepper;
pub use order_details::OrderDetails;
pub use order_tracking::OrderTracking;
pub use shipment_card::ShipmentCard;
pub use tracking_page::TrackingPage;
pub use tracking_timeline::TrackingTimeline;
pub use use_order_events::{use_order_events, use_order_events_with_options, Connection, UseOrderEventsOptions, UseOrderEventsReturn};
