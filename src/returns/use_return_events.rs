use vitrine_core::returns::ReturnView;

use super::return_announcement;
use crate::api::{self, ApiError};
use crate::live::{use_live, Connection, LiveOptions, LiveResource, LiveReturn};

impl LiveResource for ReturnView {
    const EVENT: &'static str = "return";

    fn events_url(rma: &str, token: &str) -> String {
        api::return_events_url(rma, token)
    }

    async fn fetch(rma: &str, token: &str, signal: Option<&web_sys::AbortSignal>) -> Result<ReturnView, ApiError> {
        api::return_with_signal(rma, token, signal).await
    }

    fn announcement(before: &ReturnView, after: &ReturnView) -> Option<String> {
        return_announcement(before, after)
    }

    fn is_final(&self) -> bool {
        self.status.is_final()
    }
}

/// Options of [`use_return_events_with_options`]: the return as already
/// loaded and the polling intervals.
pub type UseReturnEventsOptions = LiveOptions<ReturnView>;

/// What [`use_return_events`] returns.
#[derive(Clone, Copy)]
pub struct UseReturnEventsReturn {
    /// The newest version of the return (`None` until one arrived).
    pub view: leptos::prelude::ReadSignal<Option<ReturnView>>,
    /// A sentence about the latest change ("Your return was approved."),
    /// for one polite live region; empty until something changed.
    pub announcement: leptos::prelude::ReadSignal<String>,
    pub connection: leptos::prelude::ReadSignal<Connection>,
}

/// A return, live: `GET /returns/{rma}/events?token=` (`event: return`)
/// through the browser's `EventSource`, polling with backoff when the stream
/// fails, stopping once the return is final; the same hook as
/// [`use_order_events`](crate::tracking::use_order_events) (see
/// [`use_live`]).
///
/// Needs no context.
///
/// ```ignore
/// let UseReturnEventsReturn { view, announcement, .. } = use_return_events(rma, token);
/// view! { <p class="vt-visually-hidden" role="status" aria-live="polite">{announcement}</p> }
/// ```
pub fn use_return_events(rma: String, token: String) -> UseReturnEventsReturn {
    use_return_events_with_options(rma, token, UseReturnEventsOptions::default())
}

/// [`use_return_events`] with options (the return already loaded, polling intervals).
pub fn use_return_events_with_options(rma: String, token: String, options: UseReturnEventsOptions) -> UseReturnEventsReturn {
    let LiveReturn { value, announcement, connection } = use_live(rma, token, options);
    UseReturnEventsReturn { view: value, announcement, connection }
}
