use leptos::prelude::*;
use vitrine_core::t;
use vitrine_core::returns::ReturnView;

use crate::store::ShopStore;
use crate::tracking::{format_time, iso_time};

/// What a return is worth (refund, store credit with its bonus, what the
/// exchanges cost or give back) and the money that moved (store credit with
/// its code to use at checkout).
///
/// Needs [`ShopStore`] (money in the shop's locale).
///
/// ```ignore
/// view! { <ReturnMoneyTable view=v.clone()/> }
/// ```
#[component]
pub fn ReturnMoneyTable(
    /// The return.
    view: ReturnView,
) -> impl IntoView {
    let shop = ShopStore::expect();
    let d = view.exchange_difference;
    view! {
        <h2 class="vt-order__section">{t!("returns-money-title")}</h2>
        <dl class="vt-totals">
            {(!view.refund_total.is_zero()).then(|| view! {
                <div class="vt-totals__row"><dt>{t!("returns-money-refund")}</dt><dd>{shop.format(view.refund_total)}</dd></div>
            })}
            {(!view.credit_total.is_zero()).then(|| view! {
                <div class="vt-totals__row"><dt>{t!("returns-money-credit")}</dt><dd>{shop.format(view.credit_total)}</dd></div>
            })}
            {(!d.is_zero()).then(|| view! {
                <div class="vt-totals__row">
                    <dt>{if d.is_negative() { t!("returns-money-exchange-back") } else { t!("returns-money-exchange-pay") }}</dt>
                    <dd>{shop.format(if d.is_negative() { d.times(-1) } else { d })}</dd>
                </div>
            })}
            {(view.refund_total.is_zero() && view.credit_total.is_zero() && d.is_zero()).then(|| view! {
                <div class="vt-totals__row"><dt>{t!("returns-money-exchange")}</dt><dd>{t!("returns-money-same-price")}</dd></div>
            })}
        </dl>
        {(!view.money.is_empty()).then(|| view! {
            <ul class="vt-returns__payouts" aria-label=t!("returns-money-paid-out")>
                {view.money.iter().map(|m| {
                    let amount = shop.format(m.amount);
                    let text = match (m.kind == "store_credit", m.status == "succeeded") {
                        (true, true) => t!("returns-payout-credit-done", amount = amount),
                        (true, false) => t!("returns-payout-credit-pending", amount = amount),
                        (false, true) => t!("returns-payout-refund-done", amount = amount),
                        (false, false) => t!("returns-payout-refund-pending", amount = amount),
                    };
                    view! {
                        <li class="vt-returns__payout">
                            <span>{text}</span>
                            {m.code.clone().map(|c| view! { <span>" · "{t!("returns-payout-code")}" "<code class="vt-returns__code">{c}</code></span> })}
                            " · "<time datetime=iso_time(m.at)>{format_time(m.at)}</time>
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}
    }
}
