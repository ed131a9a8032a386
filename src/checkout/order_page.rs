use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use vitrine_core::card::card_label;
use vitrine_core::checkout::{Order, OrderStatus, PaymentKind};

use crate::api;
use crate::shell::NotFound;
use crate::store::ShopStore;
use crate::ui::{ErrorNotice, ProductPageSkeleton};

/// `/orders/:number?token=...`: the confirmation after checkout and, later,
/// the order's status. The signed token in the link is the only key.
///
/// Needs a router (`/orders/:number?token=...`), [`ShopStore`](crate::store::ShopStore) and `leptos_meta`'s meta context.
///
/// ```ignore
/// view! { <Route path=path!("/orders/:number") view=OrderPage/> }
/// ```
#[component]
pub fn OrderPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let order = LocalResource::new(move || {
        let number = params.with(|p| p.get("number").unwrap_or_default());
        let order_token = query.with(|q| q.get("token").unwrap_or_default());
        async move { api::order(&number, &order_token).await }
    });
    view! {
        <Transition fallback=|| view! { <ProductPageSkeleton/> }>
            {move || Suspend::new(async move {
                match order.await {
                    Ok(o) => view! { <OrderView order=o/> }.into_any(),
                    Err(e) if e.is_not_found() => view! { <NotFound what="This order"/> }.into_any(),
                    Err(error) => view! {
                        <ErrorNotice title="The order could not be loaded" error retry=Callback::new(move |_| order.refetch())/>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn OrderView(order: Order) -> impl IntoView {
    let shop = ShopStore::expect();
    let just_placed = order.events.len() <= 2 && matches!(order.status, OrderStatus::Confirmed | OrderStatus::AwaitingPayment);
    let heading = if just_placed { "Thank you for your order".to_string() } else { format!("Order {}", order.number) };
    let address = order.shipping_address.summary();
    let payment = match (order.payment.kind, order.payment.brand, &order.payment.last4) {
        (PaymentKind::Card, Some(b), Some(l)) => card_label(b, l),
        (k, _, _) => k.label().to_string(),
    };
    let t = order.totals.clone();
    view! {
        <Title text=format!("Order {} · {}", order.number, shop.name().get_untracked())/>
        <section class="vt-order" aria-labelledby="vt-order-title">
            <header class="vt-order__header">
                <h1 id="vt-order-title" class="vt-page__title">{heading}</h1>
                <p class="vt-order__meta">
                    {format!("Order {} · ", order.number)}
                    <span class=format!("vt-status vt-status--{}", order.status.as_str())>{order.status.label()}</span>
                </p>
                {just_placed.then(|| view! {
                    <p class="vt-order__lede">{format!("We've emailed a confirmation to {}. Keep this page's link to check your order's status.", order.email)}</p>
                })}
            </header>
            {order.payment.instructions.clone().filter(|_| order.payment.kind != PaymentKind::Card).map(|i| view! {
                <p class="vt-notice">{i}</p>
            })}
            <div class="vt-order__grid">
                <div>
                    <h2 class="vt-order__section">"Items"</h2>
                    <ul class="vt-mini-lines">
                        {order.lines.iter().map(|l| view! {
                            <li class="vt-mini-line">
                                <span class="vt-mini-line__media">
                                    {l.image.clone().map(|i| view! { <img src=i.url alt="" width="56" height="56"/> })}
                                    <span class="vt-mini-line__qty" aria-hidden="true">{l.quantity}</span>
                                </span>
                                <span class="vt-mini-line__text">
                                    <span class="vt-mini-line__title">{l.product_title.clone()}</span>
                                    <span class="vt-mini-line__variant">{format!("{} · Qty {}", l.variant_title, l.quantity)}</span>
                                </span>
                                <span class="vt-mini-line__price">{shop.format(l.total)}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                    <dl class="vt-totals">
                        <div class="vt-totals__row"><dt>"Subtotal"</dt><dd>{shop.format(t.subtotal)}</dd></div>
                        {(!t.discount_total.is_zero()).then(|| view! {
                            <div class="vt-totals__row vt-totals__row--discount"><dt>"Discount"</dt><dd>{format!("−{}", shop.format(t.discount_total))}</dd></div>
                        })}
                        <div class="vt-totals__row"><dt>"Shipping"</dt><dd>{t.shipping.map(|s| shop.format(s)).unwrap_or_default()}</dd></div>
                        <div class="vt-totals__row"><dt>{if t.tax_included { "Tax (included)" } else { "Tax" }}</dt><dd>{shop.format(t.tax_total)}</dd></div>
                        <div class="vt-totals__row vt-totals__row--total"><dt>"Total"</dt><dd>{shop.format(t.total)}</dd></div>
                    </dl>
                </div>
                <div class="vt-order__side">
                    <h2 class="vt-order__section">"Shipping to"</h2>
                    <address class="vt-order__address">{address}</address>
                    <p>{order.shipping_method.clone()}</p>
                    <h2 class="vt-order__section">"Payment"</h2>
                    <p>{payment}</p>
                    <h2 class="vt-order__section">"History"</h2>
                    <ol class="vt-timeline">
                        {order.events.iter().map(|e| {
                            let (y, m, d) = civil(e.at);
                            view! { <li><time>{format!("{y:04}-{m:02}-{d:02}")}</time>" "{e.message.clone()}</li> }
                        }).collect_view()}
                    </ol>
                </div>
            </div>
            <a class="vt-button vt-button--secondary" href="/">"Continue shopping"</a>
        </section>
    }
}

fn civil(secs: i64) -> (i64, u32, u32) {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(secs as f64 * 1000.0));
    (i64::from(d.get_full_year()), d.get_month() + 1, d.get_date())
}
