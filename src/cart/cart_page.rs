use leptos::prelude::*;
use leptos_meta::Title;
use vitrine_core::t;

use super::{CartLineView, CartTotals, DiscountForm, ShippingEstimate, UndoNotice};
use crate::store::{CartStore, ShopStore};

/// `/cart`: every line, the discount code, the shipping estimate and totals.
///
/// Needs [`CartStore`](crate::store::CartStore), [`ShopStore`](crate::store::ShopStore) and `leptos_meta`'s meta context (the page title).
///
/// ```ignore
/// view! { <Route path=path!("/cart") view=CartPage/> }
/// ```
#[component]
pub fn CartPage() -> impl IntoView {
    let cart = CartStore::expect();
    let shop = ShopStore::expect();
    let ids = Memo::new(move |_| cart.cart().with(|c| c.as_ref().map(|c| c.lines.iter().map(|l| l.id).collect::<Vec<_>>()).unwrap_or_default()));
    let blocked = move || cart.cart().with(|c| c.as_ref().is_some_and(|c| !c.lines.is_empty() && !c.can_check_out()));
    view! {
        <Title text=move || t!("cart-page-title", shop = shop.name().get())/>
        <section class="vt-cart-page" aria-labelledby="vt-cart-title">
            <h1 id="vt-cart-title" class="vt-page__title">{t!("cart-title")}</h1>
            <UndoNotice/>
            <Show when=move || !ids.with(Vec::is_empty) fallback=|| view! {
                <div class="vt-empty">
                    <p class="vt-empty__title">{t!("cart-empty-title")}</p>
                    <p class="vt-empty__body">{t!("cart-empty-body")}</p>
                    <a class="vt-button vt-button--primary" href="/">{t!("cart-start-shopping")}</a>
                </div>
            }>
                <div class="vt-cart-page__layout">
                    <div>
                        {move || blocked().then(|| view! {
                            <p class="vt-notice vt-notice--error" role="alert">{t!("cart-blocked")}</p>
                        })}
                        <ul class="vt-lines vt-lines--page">
                            <For each=move || ids.get() key=|id| *id let:id>
                                <CartLineView id/>
                            </For>
                        </ul>
                    </div>
                    <aside class="vt-summary" aria-label=t!("cart-summary-label")>
                        <h2 class="vt-summary__title">{t!("cart-summary-title")}</h2>
                        <DiscountForm/>
                        <ShippingEstimate/>
                        <CartTotals/>
                        <a class="vt-button vt-button--primary vt-button--block" href="/checkout"
                            aria-disabled=move || blocked().then_some("true")
                            on:click=move |ev| if blocked() { ev.prevent_default(); }>
                            {t!("cart-check-out")}
                        </a>
                        <p class="vt-summary__note">{move || if cart.cart().with(|c| c.as_ref().is_some_and(|c| c.tax_inclusive)) {
                            t!("cart-tax-included-note")
                        } else {
                            t!("cart-tax-added-note")
                        }}</p>
                    </aside>
                </div>
            </Show>
        </section>
    }
}
