use leptos::prelude::*;
use vitrine_core::t;
use leptos_meta::Title;
use vitrine_core::checkout::{Order, OrderStatus, PaymentKind, PaymentStatus};
use vitrine_core::listing::encode;
use vitrine_core::tracking::TrackingStatus;

use super::{format_time, use_order_events_with_options, DelayCallout, DeliveryEstimate, MilestoneStepper, OrderDetails, ShipmentCard, UseOrderEventsOptions, UseOrderEventsReturn};
use crate::store::ShopStore;

/// An order as its tracking page: the status, the milestone stepper, one
/// card per parcel (or the estimate and a promise to email before anything
/// ships; a clear notice when canceled), then the items, totals, address and
/// payment. Kept live with [`use_order_events`](super::use_order_events);
/// changes are read out through one polite live region.
///
/// Needs [`ShopStore`](crate::store::ShopStore) and `leptos_meta`'s meta context.
///
/// ```ignore
/// view! { <OrderTracking initial=order token/> }
/// ```
#[component]
pub fn OrderTracking(
    /// The order as loaded.
    initial: Order,
    /// The signed token from the order's link (opens its live stream).
    #[prop(into)]
    token: String,
) -> impl IntoView {
    let shop = ShopStore::expect();
    let just_placed = initial.events.len() <= 2 && matches!(initial.status, OrderStatus::Confirmed | OrderStatus::AwaitingPayment);
    let number = initial.number.clone();
    let email = initial.email.clone();
    let placed_at = initial.placed_at;
    let heading = if just_placed { t!("tracking-order-thanks") } else { t!("tracking-order-heading", number = &number) };
    let return_url = format!("/orders/{}/return?token={}", encode(&number), encode(&token));
    let options = UseOrderEventsOptions { initial: Some(initial.clone()), ..Default::default() };
    let UseOrderEventsReturn { order, announcement, .. } = use_order_events_with_options(number.clone(), token, options);
    let current = Signal::derive(move || order.get().unwrap_or_else(|| initial.clone()));
    let status = Memo::new(move |_| current.with(|o| o.status));
    view! {
        <Title text={let number = number.clone(); move || t!("tracking-order-page-title", number = &number, shop = shop.name().get())}/>
        <section class="vt-order vt-tracking" aria-labelledby="vt-order-title">
            <header class="vt-order__header">
                <h1 id="vt-order-title" class="vt-page__title">{heading}</h1>
                <p class="vt-order__meta">
                    {if just_placed { format!("{} · ", t!("tracking-order-heading", number = &number)) } else { format!("{} · ", t!("tracking-order-placed", time = format_time(placed_at))) }}
                    <span class=move || format!("vt-status vt-status--{}", status.get().as_str())>{move || status.get().label()}</span>
                </p>
                {just_placed.then(|| view! {
                    <p class="vt-order__lede">{t!("tracking-order-emailed", email = &email)}</p>
                })}
            </header>
            <Show when=move || current.with(has_delivery)>
                <p class="vt-tracking__return">
                    <a class="vt-button vt-button--secondary" href=return_url.clone()>{t!("tracking-order-start-return")}</a>
                </p>
            </Show>
            {move || view! { <TrackingBody order=current.get()/> }}
            <p class="vt-visually-hidden" role="status" aria-live="polite">{move || announcement.get()}</p>
            <a class="vt-button vt-button--secondary" href="/">{t!("tracking-order-continue-shopping")}</a>
        </section>
    }
}

/// Something arrived: a return can be started.
fn has_delivery(order: &Order) -> bool {
    order.status == OrderStatus::Delivered || order.shipments.iter().any(|s| s.status == Some(TrackingStatus::Delivered))
}

#[component]
fn TrackingBody(order: Order) -> impl IntoView {
    let canceled = order.status == OrderStatus::Canceled;
    let parcels = order.shipments.len();
    let parcel_delayed = order.shipments.iter().any(|s| s.delay.is_some());
    let shipped: i64 = order.shipments.iter().flat_map(|s| &s.lines).map(|l| l.quantity).sum();
    let ordered: i64 = order.lines.iter().map(|l| l.quantity).sum();
    let instructions = order.payment.instructions.clone().filter(|_| order.payment.kind != PaymentKind::Card && !canceled);
    let refunded = order.payment.status == PaymentStatus::Refunded;
    let mut newest_first = order.shipments.clone();
    newest_first.sort_by_key(|s| std::cmp::Reverse((s.shipped_at, s.id)));
    view! {
        {instructions.map(|i| view! { <p class="vt-notice">{i}</p> })}
        {canceled.then(|| view! {
            <div class="vt-tracking__canceled">
                <p class="vt-tracking__canceled-title">{t!("tracking-order-canceled-title")}</p>
                <p>{if refunded { t!("tracking-order-canceled-refunded") } else { t!("tracking-order-canceled-not-charged") }}</p>
            </div>
        })}
        <MilestoneStepper steps=order.progress.clone()/>
        {order.delay.clone().filter(|_| !parcel_delayed && !canceled).map(|notice| view! { <DelayCallout notice/> })}
        {(parcels == 0 && !canceled).then(|| view! {
            <div class="vt-tracking__pending">
                {order.estimate.map(|window| view! { <p class="vt-tracking__pending-estimate"><DeliveryEstimate window/></p> })}
                <p>{t!("tracking-order-pending")}</p>
            </div>
        })}
        {(parcels > 0 && shipped < ordered && !canceled).then(|| view! {
            <p class="vt-tracking__rest">{t!("tracking-order-rest-follows")}</p>
        })}
        {(parcels > 0).then(|| view! {
            <div class="vt-tracking__parcels">
                {newest_first.into_iter().enumerate().map(|(i, s)| view! {
                    <ShipmentCard shipment=s lines=order.lines.clone() position=(parcels - i, parcels)/>
                }).collect_view()}
            </div>
        })}
        <OrderDetails order=order.clone()/>
    }
}
