use leptos::prelude::*;
use vitrine_core::{t, Money};

use crate::store::ShopStore;

/// A price, with the compare-at ("was") price struck through when on sale.
///
/// Needs [`ShopStore`](crate::store::ShopStore) (currency format of the shop's locale).
///
/// ```ignore
/// view! { <Price price=variant.price compare_at=variant.compare_at_price /> }
/// ```
#[component]
pub fn Price(
    /// Extra classes for the wrapper.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// What the shopper pays.
    #[prop(into)]
    price: Signal<Money>,
    /// The "was" price; shown only when higher than `price`.
    #[prop(optional, into)]
    compare_at: Signal<Option<Money>>,
    /// Prefix with "From" (a product whose variants cost different amounts).
    #[prop(optional, into)]
    from: Signal<bool>,
) -> impl IntoView {
    let shop = ShopStore::expect();
    let was = move || compare_at.get().filter(|c| c.amount > price.get().amount);
    view! {
        <span class=move || format!("vt-price {}", class.get().unwrap_or_default()) part="price">
            <Show when=move || from.get()>
                <span class="vt-price__from">{format!("{} ", t!("common-price-from"))}</span>
            </Show>
            <span class="vt-price__current" class:vt-price__current--sale=move || was().is_some()>
                {move || shop.format(price.get())}
            </span>
            {move || {
                was()
                    .map(|w| {
                        view! {
                            <s class="vt-price__was">
                                <span class="vt-visually-hidden">{format!("{} ", t!("common-price-was"))}</span>
                                {shop.format(w)}
                            </s>
                        }
                    })
            }}
        </span>
    }
}
