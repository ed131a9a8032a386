use leptos::prelude::*;
use vitrine_core::t;
use crate::ui::MiniLine;

use crate::cart::CartTotals;
use crate::store::{CartStore, ShopStore};

/// The items and totals, beside every checkout step.
///
/// Needs [`CartStore`](crate::store::CartStore) and [`ShopStore`](crate::store::ShopStore).
///
/// ```ignore
/// view! { <aside><OrderSummary/></aside> }
/// ```
#[component]
pub fn OrderSummary() -> impl IntoView {
    let cart = CartStore::expect().cart();
    let shop = ShopStore::expect();
    view! {
        <aside class="vt-summary vt-checkout__summary" aria-label=t!("checkout-summary-label")>
            <h2 class="vt-summary__title">{t!("checkout-summary-title")}</h2>
            <ul class="vt-mini-lines">
                {move || cart.get().map(|c| c.lines.into_iter().map(|l| view! {
                    <li class="vt-mini-line">
                        <MiniLine image=l.image title=l.product_title quantity=l.quantity
                            // i18n: not shown ("Default": the API's name for a product's only variant)
                            variant=if l.variant_title == "Default" { t!("checkout-summary-qty", count = l.quantity) } else { t!("checkout-summary-variant-qty", variant = &l.variant_title, count = l.quantity) }
                            price=shop.format(l.unit_price.times(l.quantity))/>
                    </li>
                }).collect_view())}
            </ul>
            <CartTotals/>
        </aside>
    }
}
