use leptos::prelude::*;
use vitrine_core::t;
use vitrine_core::checkout::{OrderLine, OrderShipment};

use super::{format_time, iso_time, DelayCallout, DeliveryEstimate, TrackingTimeline};

/// One parcel: its status, carrier and service, the tracking number (a link
/// to the carrier when there is one), the delivery estimate or the delivery
/// time, a delay notice, the items in it and the carrier's checkpoints.
///
/// Needs [`ShopStore`](crate::store::ShopStore) (dates in the shop's locale).
///
/// ```ignore
/// view! { <ShipmentCard shipment lines=order.lines.clone() position=(1, 2)/> }
/// ```
#[component]
pub fn ShipmentCard(
    /// Extra classes on the card.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The parcel.
    shipment: OrderShipment,
    /// The order's lines, to name the parcel's items (`ShipmentLine::line_id`).
    lines: Vec<OrderLine>,
    /// Which parcel of how many (1-based); "Parcel 1 of 2" when there are several.
    #[prop(default = (1, 1))]
    position: (usize, usize),
) -> impl IntoView {
    let s = shipment;
    let heading_id = format!("vt-parcel-{}", s.id);
    let labelled_by = heading_id.clone();
    let status = s.status.map(|st| st.as_str()).unwrap_or("pending");
    let class = move || format!("vt-tracking__parcel vt-tracking__parcel--{status} {}", class.get().unwrap_or_default());
    let count = (position.1 > 1).then(|| format!("{} · ", t!("tracking-parcel-position", index = position.0, count = position.1)));
    let link = s.tracking_url.clone().filter(|u| u.starts_with("https://") || u.starts_with("http://"));
    let number = s.tracking_number.clone();
    let items = s.lines.iter().filter_map(|sl| {
        let line = lines.iter().find(|l| l.id == sl.line_id)?;
        Some(view! {
            <li class="vt-tracking__item">
                <span class="vt-tracking__item-title">{line.product_title.clone()}</span>
                <span class="vt-tracking__item-detail">{t!("tracking-item-detail", variant = &line.variant_title, quantity = sl.quantity)}</span>
            </li>
        })
    }).collect_view();
    view! {
        <article class=class aria-labelledby=labelled_by>
            <header class="vt-tracking__parcel-head">
                <h2 id=heading_id class="vt-tracking__parcel-title">{s.status_label.clone()}</h2>
                <p class="vt-tracking__parcel-meta">
                    {count}{t!("tracking-parcel-shipped")}" "<time datetime=iso_time(s.shipped_at)>{format_time(s.shipped_at)}</time>
                </p>
            </header>
            <dl class="vt-tracking__facts">
                <div class="vt-tracking__fact">
                    <dt>{t!("tracking-parcel-carrier")}</dt>
                    <dd>{s.carrier.clone()}{s.service.clone().map(|sv| format!(" · {sv}"))}</dd>
                </div>
                <div class="vt-tracking__fact">
                    <dt>{t!("tracking-parcel-tracking-number")}</dt>
                    <dd class="vt-tracking__number">{match link {
                        Some(href) => view! {
                            <a href=href target="_blank" rel="noopener noreferrer">
                                {number}<span class="vt-visually-hidden">" "{t!("tracking-parcel-opens-new-tab")}</span>
                            </a>
                        }.into_any(),
                        None => view! { <span>{number}</span> }.into_any(),
                    }}</dd>
                </div>
                <div class="vt-tracking__fact">
                    {match (s.delivered_at, s.estimate) {
                        (Some(at), _) => view! { <dt>{t!("tracking-parcel-delivered")}</dt><dd><time datetime=iso_time(at)>{format_time(at)}</time></dd> }.into_any(),
                        (None, Some(window)) => view! { <dt>{t!("tracking-parcel-estimated-delivery")}</dt><dd><DeliveryEstimate window/></dd> }.into_any(),
                        (None, None) => view! { <dt>{t!("tracking-parcel-estimated-delivery")}</dt><dd>{t!("tracking-parcel-not-known-yet")}</dd> }.into_any(),
                    }}
                </div>
            </dl>
            {s.delay.clone().map(|notice| view! { <DelayCallout notice/> })}
            <h3 class="vt-tracking__subhead">{t!("tracking-parcel-contents")}</h3>
            <ul class="vt-tracking__items">{items}</ul>
            <h3 class="vt-tracking__subhead">{t!("tracking-parcel-history")}</h3>
            <TrackingTimeline events=s.events.clone()/>
        </article>
    }
}
