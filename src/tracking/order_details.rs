use leptos::prelude::*;
use vitrine_core::t;
use crate::ui::MiniLine;
use vitrine_core::card::card_label;
use vitrine_core::checkout::{Order, PaymentKind};

use super::{format_time, iso_time};
use crate::store::ShopStore;

/// What was ordered and how: the items, the totals, where it goes, how it
/// is paid and the order's own history.
///
/// Needs [`ShopStore`](crate::store::ShopStore) (money in the shop's locale).
///
/// ```ignore
/// view! { <OrderDetails order/> }
/// ```
#[component]
pub fn OrderDetails(
    /// The order.
    order: Order,
) -> impl IntoView {
    let shop = ShopStore::expect();
    let method = match (order.payment.kind, order.payment.brand, &order.payment.last4) {
        (PaymentKind::Card, Some(b), Some(l)) => card_label(b, l),
        (k, _, _) => k.label().to_string(),
    };
    let payment = match (&order.payment.store_credit, order.payment.amount_due) {
        (Some(c), Some(due)) if due.amount.is_zero() => t!("tracking-payment-store-credit", code = &c.code, amount = shop.format(c.amount)),
        (Some(c), Some(due)) => t!("tracking-payment-store-credit-and", code = &c.code, amount = shop.format(c.amount), method = &method, due = shop.format(due)),
        _ => method,
    };
    let t = order.totals.clone();
    let mut history = order.events.clone();
    history.sort_by_key(|e| std::cmp::Reverse(e.at));
    view! {
        <div class="vt-order__grid">
            <div>
                <h2 class="vt-order__section">{t!("tracking-details-items")}</h2>
                <ul class="vt-mini-lines">
                    {order.lines.iter().map(|l| view! {
                        <li class="vt-mini-line">
                            <MiniLine image=l.image.clone() title=l.product_title.clone() quantity=l.quantity
                                variant=t!("tracking-item-detail", variant = &l.variant_title, quantity = l.quantity) price=shop.format(l.total)/>
                        </li>
                    }).collect_view()}
                </ul>
                <dl class="vt-totals">
                    <div class="vt-totals__row"><dt>{t!("tracking-details-subtotal")}</dt><dd>{shop.format(t.subtotal)}</dd></div>
                    {(!t.discount_total.is_zero()).then(|| view! {
                        <div class="vt-totals__row vt-totals__row--discount"><dt>{t!("tracking-details-discount")}</dt><dd>{format!("−{}", shop.format(t.discount_total))}</dd></div>
                    })}
                    <div class="vt-totals__row"><dt>{t!("tracking-details-shipping")}</dt><dd>{t.shipping.map(|s| shop.format(s)).unwrap_or_default()}</dd></div>
                    <div class="vt-totals__row"><dt>{if t.tax_included { t!("tracking-details-tax-included") } else { t!("tracking-details-tax") }}</dt><dd>{shop.format(t.tax_total)}</dd></div>
                    <div class="vt-totals__row vt-totals__row--total"><dt>{t!("tracking-details-total")}</dt><dd>{shop.format(t.total)}</dd></div>
                </dl>
            </div>
            <div class="vt-order__side">
                <h2 class="vt-order__section">{t!("tracking-details-shipping-to")}</h2>
                <address class="vt-order__address">{order.shipping_address.summary()}</address>
                <p>{order.shipping_method.clone()}</p>
                <h2 class="vt-order__section">{t!("tracking-details-payment")}</h2>
                <p>{payment}</p>
                <h2 class="vt-order__section">{t!("tracking-details-history")}</h2>
                <ol class="vt-timeline">
                    {history.into_iter().map(|e| view! {
                        <li><time datetime=iso_time(e.at)>{format_time(e.at)}</time>" "{e.message}</li>
                    }).collect_view()}
                </ol>
            </div>
        </div>
    }
}
