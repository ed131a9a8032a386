use leptos::prelude::*;
use leptos_meta::Title;
use vitrine_core::t;

use super::{focus, AddressStep, CheckoutState, ContactStep, DeliveryStep, OrderSummary, PaymentStep, ReviewStep, Step};
use crate::store::{CartStore, ShopStore};

/// `/checkout`: contact, address, delivery, payment, review; one step at a
/// time, each checked in the browser with the shared rules and then by the
/// server, with the order summary alongside. The page provides the
/// [`CheckoutState`] the steps share and moves focus to each step as it opens.
///
/// Needs a router, [`CartStore`] and [`ShopStore`] (and `leptos_meta`'s
/// meta context for the title), as [`App`](crate::app::App) provides them.
///
/// ```ignore
/// view! { <Route path=path!("/checkout") view=CheckoutPage/> }
/// ```
#[component]
pub fn CheckoutPage() -> impl IntoView {
    let cart = CartStore::expect();
    let shop = ShopStore::expect();
    let state = CheckoutState::provide();
    Effect::new(move |prev: Option<Step>| {
        let s = state.step.get();
        if prev.is_some_and(|p| p != s) {
            focus(s.id());
        }
        s
    });
    let message = state.message;
    let empty = move || cart.cart().with(|c| c.as_ref().is_none_or(|c| c.lines.is_empty()));
    view! {
        <Title text=move || t!("checkout-page-title", shop = shop.name().get())/>
        <Show when=move || !empty() fallback=|| view! {
            <div class="vt-empty">
                <p class="vt-empty__title">{t!("checkout-empty-title")}</p>
                <a class="vt-button vt-button--primary" href="/">{t!("checkout-start-shopping")}</a>
            </div>
        }>
            <div class="vt-checkout">
                <div class="vt-checkout__steps">
                    <h1 class="vt-page__title">{t!("checkout-title")}</h1>
                    <p class="vt-notice vt-notice--error" role="alert" hidden=move || message.with(Option::is_none)>{move || message.get()}</p>
                    <ContactStep/>
                    <AddressStep/>
                    <DeliveryStep/>
                    <PaymentStep/>
                    <ReviewStep/>
                </div>
                <OrderSummary/>
            </div>
        </Show>
    }
}
