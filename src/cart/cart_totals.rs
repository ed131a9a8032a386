use leptos::prelude::*;
use vitrine_core::t;

use crate::store::{CartStore, ShopStore};

/// The breakdown: subtotal, discount, shipping, tax, total.
///
/// Needs [`CartStore`](crate::store::CartStore) and [`ShopStore`](crate::store::ShopStore).
///
/// ```ignore
/// view! { <CartTotals/> }
/// ```
#[component]
pub fn CartTotals() -> impl IntoView {
    let cart = CartStore::expect().cart();
    let shop = ShopStore::expect();
    move || {
        cart.get().map(|c| {
            let t = c.totals.clone();
            let shipping = match (t.shipping, &c.shipping_rate) {
                (Some(s), Some(rate)) if s.is_zero() => t!("cart-totals-shipping-free", rate = &rate.name),
                (Some(s), Some(rate)) => t!("cart-totals-shipping-rate", price = shop.format(s), rate = &rate.name),
                (Some(s), None) => shop.format(s),
                (None, _) => t!("cart-totals-shipping-unknown"),
            };
            let tax_label = c.tax.as_ref().map(|x| x.name.clone()).unwrap_or_else(|| t!("cart-totals-tax"));
            let tax = match (&c.tax, t.tax_included) {
                (None, _) => t!("cart-totals-tax-later"),
                (Some(_), true) => t!("cart-totals-tax-included", amount = shop.format(t.tax_total)),
                (Some(_), false) => shop.format(t.tax_total),
            };
            view! {
                <dl class="vt-totals">
                    <div class="vt-totals__row"><dt>{t!("cart-totals-subtotal")}</dt><dd>{shop.format(t.subtotal)}</dd></div>
                    {(!t.discount_total.is_zero()).then(|| view! {
                        <div class="vt-totals__row vt-totals__row--discount">
                            <dt>{t!("cart-totals-discount", code = t.discount_code.clone().unwrap_or_default())}</dt>
                            <dd>{format!("−{}", shop.format(t.discount_total))}</dd>
                        </div>
                    })}
                    <div class="vt-totals__row"><dt>{t!("cart-totals-shipping")}</dt><dd>{shipping}</dd></div>
                    <div class="vt-totals__row"><dt>{tax_label}</dt><dd>{tax}</dd></div>
                    <div class="vt-totals__row vt-totals__row--total">
                        <dt>{t!("cart-totals-total")}</dt>
                        <dd>{shop.format(t.total)}<span class="vt-totals__currency">{format!(" {}", t.currency.code())}</span></dd>
                    </div>
                </dl>
            }
        })
    }
}
