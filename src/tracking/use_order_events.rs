use vitrine_core::checkout::Order;

use super::change_announcement;
use crate::api::{self, ApiError};
pub use crate::live::Connection;
use crate::live::{use_live, LiveOptions, LiveResource, LiveReturn};

impl LiveResource for Order {
    const EVENT: &'static str = "order";

    fn events_url(number: &str, token: &str) -> String {
        api::order_events_url(number, token)
    }

    async fn fetch(number: &str, token: &str, signal: Option<&web_sys::AbortSignal>) -> Result<Order, ApiError> {
        api::order_with_signal(number, token, signal).await
    }

    fn announcement(before: &Order, after: &Order) -> Option<String> {
        change_announcement(before, after)
    }

    fn is_final(&self) -> bool {
        self.status.is_final()
    }
}

/// Options of [`use_order_events_with_options`]: the order as already loaded
/// (shown at once; the first pushed version is compared with it, so the
/// connect itself announces nothing) and the polling intervals.
pub type UseOrderEventsOptions = LiveOptions<Order>;

/// What [`use_order_events`] returns.
#[derive(Clone, Copy)]
pub struct UseOrderEventsReturn {
    /// The newest version of the order (`None` until one arrived).
    pub order: leptos::prelude::ReadSignal<Option<Order>>,
    /// A sentence about the latest change ("Your parcel is out for
    /// delivery."), for one polite live region; empty until something changed.
    pub announcement: leptos::prelude::ReadSignal<String>,
    pub connection: leptos::prelude::ReadSignal<Connection>,
}

/// An order, live: `GET /orders/{number}/events?token=` through the
/// browser's `EventSource`, which pushes the order at once and on every
/// change. When the stream fails (a proxy that buffers, a server that went
/// away) it is closed and the order is polled instead, every 5 s at first,
/// doubling up to 60 s while nothing changes (polling stops once the order
/// is delivered or canceled). The stream, the timer and a poll in flight
/// end when the calling component unmounts. See [`use_live`].
///
/// Needs no context.
///
/// ```ignore
/// let UseOrderEventsReturn { order, announcement, .. } = use_order_events(number, token);
/// view! { <p class="vt-visually-hidden" role="status" aria-live="polite">{announcement}</p> }
/// ```
pub fn use_order_events(number: String, token: String) -> UseOrderEventsReturn {
    use_order_events_with_options(number, token, UseOrderEventsOptions::default())
}

/// [`use_order_events`] with options (the order already loaded, polling intervals).
pub fn use_order_events_with_options(number: String, token: String, options: UseOrderEventsOptions) -> UseOrderEventsReturn {
    let LiveReturn { value, announcement, connection } = use_live(number, token, options);
    UseOrderEventsReturn { order: value, announcement, connection }
}
