use leptos::prelude::*;
use vitrine_core::t;
use vitrine_core::tracking::{timeline, TrackingEvent};

use super::{format_time, iso_time};

/// A parcel's carrier checkpoints, newest first, as an ordered list: what
/// happened (`TrackingEvent::description`), when (a `<time>` in the
/// shopper's locale and time zone) and where. Events are ordered by when
/// they happened, not by when they arrived.
///
/// Needs no context.
///
/// ```ignore
/// view! { <TrackingTimeline events=shipment.events.clone()/> }
/// ```
#[component]
pub fn TrackingTimeline(
    /// Extra classes on the list.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The checkpoints, in any order.
    events: Vec<TrackingEvent>,
) -> impl IntoView {
    if events.is_empty() {
        return view! {
            <p class="vt-tracking__no-events">{t!("tracking-timeline-empty")}</p>
        }
        .into_any();
    }
    let mut newest_first = timeline(&events);
    newest_first.reverse();
    let class = move || format!("vt-tracking__events {}", class.get().unwrap_or_default());
    view! {
        <ol class=class>
            {newest_first.into_iter().enumerate().map(|(i, e)| {
                let latest = i == 0;
                view! {
                    <li class="vt-tracking__event" class:vt-tracking__event--latest=latest>
                        <p class="vt-tracking__event-text">{e.description()}</p>
                        <p class="vt-tracking__event-meta">
                            <time datetime=iso_time(e.occurred_at)>{format_time(e.occurred_at)}</time>
                            {e.location.clone().filter(|l| !l.trim().is_empty()).map(|l| view! {
                                <span class="vt-tracking__event-place">{l}</span>
                            })}
                        </p>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
    .into_any()
}
