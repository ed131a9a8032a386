use leptos::prelude::*;

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
                (Some(s), Some(rate)) if s.is_zero() => format!("Free ({})", rate.name),
                (Some(s), Some(rate)) => format!("{} ({})", shop.format(s), rate.name),
                (Some(s), None) => shop.format(s),
                (None, _) => "Enter your country".to_string(),
            };
            let tax_label = c.tax.as_ref().map(|x| x.name.clone()).unwrap_or_else(|| "Tax".into());
            let tax = match (&c.tax, t.tax_included) {
                (None, _) => "Calculated at checkout".to_string(),
                (Some(_), true) => format!("{} included", shop.format(t.tax_total)),
                (Some(_), false) => shop.format(t.tax_total),
            };
            view! {
                <dl class="vt-totals">
                    <div class="vt-totals__row"><dt>"Subtotal"</dt><dd>{shop.format(t.subtotal)}</dd></div>
                    {(!t.discount_total.is_zero()).then(|| view! {
                        <div class="vt-totals__row vt-totals__row--discount">
                            <dt>{format!("Discount ({})", t.discount_code.clone().unwrap_or_default())}</dt>
                            <dd>{format!("−{}", shop.format(t.discount_total))}</dd>
                        </div>
                    })}
                    <div class="vt-totals__row"><dt>"Shipping"</dt><dd>{shipping}</dd></div>
                    <div class="vt-totals__row"><dt>{tax_label}</dt><dd>{tax}</dd></div>
                    <div class="vt-totals__row vt-totals__row--total">
                        <dt>"Total"</dt>
                        <dd>{shop.format(t.total)}<span class="vt-totals__currency">{format!(" {}", t.currency.code())}</span></dd>
                    </div>
                </dl>
            }
        })
    }
}
