use leptos::prelude::*;
use vitrine_core::checkout::DelayNotice;
use vitrine_core::delivery::DelayReason;
use vitrine_core::t;

use super::DeliveryEstimate;
use crate::ui::{Icon, IconKind};

/// A delay, told before the shopper asks: a headline for the reason, the
/// server's sentence about what happened and what happens next, and the new
/// estimate when there is one. A `role="status"` callout with an icon and
/// words (not colour alone).
///
/// Needs [`ShopStore`](crate::store::ShopStore) (dates in the shop's locale).
///
/// ```ignore
/// view! { {shipment.delay.clone().map(|notice| view! { <DelayCallout notice/> })} }
/// ```
#[component]
pub fn DelayCallout(
    /// Extra classes.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The notice (`OrderShipment::delay` or `Order::delay`).
    notice: DelayNotice,
) -> impl IntoView {
    let title = match notice.reason {
        DelayReason::CarrierException => t!("tracking-delay-carrier-exception"),
        DelayReason::FailedAttempt => t!("tracking-delay-failed-attempt"),
        DelayReason::NoRecentNews => t!("tracking-delay-no-news"),
        DelayReason::WindowPassed => t!("tracking-delay-window-passed"),
    };
    let class = move || format!("vt-tracking__delay {}", class.get().unwrap_or_default());
    view! {
        <div class=class role="status">
            <span class="vt-tracking__delay-icon"><Icon kind=IconKind::Alert size=22/></span>
            <div class="vt-tracking__delay-text">
                <p class="vt-tracking__delay-title">{title}</p>
                <p>{notice.message}</p>
                {notice.estimate.map(|window| view! { <p><DeliveryEstimate window lead=t!("tracking-delay-new-estimate")/></p> })}
            </div>
        </div>
    }
}
