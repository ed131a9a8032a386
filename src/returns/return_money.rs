use leptos::prelude::*;
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
        <h2 class="vt-order__section">"Money"</h2>
        <dl class="vt-totals">
            {(!view.refund_total.is_zero()).then(|| view! {
                <div class="vt-totals__row"><dt>"Refund to your payment"</dt><dd>{shop.format(view.refund_total)}</dd></div>
            })}
            {(!view.credit_total.is_zero()).then(|| view! {
                <div class="vt-totals__row"><dt>"Store credit (with bonus)"</dt><dd>{shop.format(view.credit_total)}</dd></div>
            })}
            {(!d.is_zero()).then(|| view! {
                <div class="vt-totals__row">
                    <dt>{if d.is_negative() { "Exchange: back to you" } else { "Exchange: you pay" }}</dt>
                    <dd>{shop.format(if d.is_negative() { d.times(-1) } else { d })}</dd>
                </div>
            })}
            {(view.refund_total.is_zero() && view.credit_total.is_zero() && d.is_zero()).then(|| view! {
                <div class="vt-totals__row"><dt>"Exchange"</dt><dd>"Same price"</dd></div>
            })}
        </dl>
        {(!view.money.is_empty()).then(|| view! {
            <ul class="vt-returns__payouts" aria-label="Money paid out">
                {view.money.iter().map(|m| {
                    let what = if m.kind == "store_credit" { "Store credit" } else { "Refund" };
                    let state = if m.status == "succeeded" { "done" } else { "on its way" };
                    view! {
                        <li class="vt-returns__payout">
                            <span>{format!("{what} of {}, {state}", shop.format(m.amount))}</span>
                            {m.code.clone().map(|c| view! { <span>" · code "<code class="vt-returns__code">{c}</code></span> })}
                            " · "<time datetime=iso_time(m.at)>{format_time(m.at)}</time>
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}
    }
}
