use leptos::prelude::*;
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
        <aside class="vt-summary vt-checkout__summary" aria-label="Order summary">
            <h2 class="vt-summary__title">"Order summary"</h2>
            <ul class="vt-mini-lines">
                {move || cart.get().map(|c| c.lines.into_iter().map(|l| view! {
                    <li class="vt-mini-line">
                        <MiniLine image=l.image title=l.product_title quantity=l.quantity
                            variant=format!("{}Qty {}", if l.variant_title == "Default" { String::new() } else { format!("{} · ", l.variant_title) }, l.quantity)
                            price=shop.format(l.unit_price.times(l.quantity))/>
                    </li>
                }).collect_view())}
            </ul>
            <CartTotals/>
        </aside>
    }
}
