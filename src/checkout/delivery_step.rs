use leptos::prelude::*;
use vitrine_core::t;

use super::{CheckoutState, Step, StepSection};
use crate::api;
use crate::store::{CartStore, ShopStore};

/// Checkout step 3: the shipping method, with delivery dates and prices. The
/// choice goes to the cart (its totals update) and loads the payment methods.
///
/// Needs [`CheckoutState`], [`CartStore`] and [`ShopStore`] in context.
///
/// ```ignore
/// view! { <DeliveryStep/> } // inside the checkout page
/// ```
#[component]
pub fn DeliveryStep() -> impl IntoView {
    let state = CheckoutState::expect();
    let cart = CartStore::expect();
    let shop = ShopStore::expect();
    let (methods, method, payment) = (state.methods, state.method, state.payment);

    let next = Action::new_local(move |_: &()| async move {
        let a = state.address.get_untracked();
        let region = Some(a.region.clone()).filter(|r| !r.is_empty());
        if let Err(e) = cart.set_shipping(Some(a.country.clone()), region, method.get_untracked()).await {
            state.message.set(Some(e.to_string()));
            return;
        }
        let Some(key) = cart.key() else { return };
        match api::payment_methods(&key).await {
            Ok(p) => {
                if payment.get_untracked().is_none_or(|k| !p.iter().any(|m| m.kind == k)) {
                    payment.set(p.first().map(|m| m.kind));
                }
                state.payments.set(p);
                state.go_to(Step::Payment, None);
            }
            Err(e) => state.message.set(Some(e.to_string())),
        }
    });

    let summary = Signal::derive(move || {
        let id = method.get();
        methods.with(|m| m.iter().find(|x| Some(&x.id) == id.as_ref()).map(|x| format!("{} · {}", x.name, shop.format(x.price))).unwrap_or_default())
    });
    view! {
        <StepSection step=Step::Delivery title=t!("checkout-delivery-title") current=state.step summary>
            <form class="vt-form" on:submit=move |ev| { ev.prevent_default(); next.dispatch(()); }>
                <fieldset class="vt-choices">
                    <legend class="vt-visually-hidden">{t!("checkout-delivery-legend")}</legend>
                    {move || methods.get().into_iter().map(|m| {
                        let id = format!("vt-ship-{}", m.id);
                        let for_id = id.clone();
                        let value = m.id.clone();
                        let checked = { let v = m.id.clone(); move || method.get().as_deref() == Some(v.as_str()) };
                        view! {
                            <label class="vt-choice" for=for_id>
                                <input type="radio" id=id name="vt-ship" value=value.clone() prop:checked=checked
                                    on:change=move |_| method.set(Some(value.clone()))/>
                                <span class="vt-choice__text">
                                    <span class="vt-choice__title">{m.name.clone()}</span>
                                    <span class="vt-choice__detail">{t!("checkout-delivery-arrives", from = &m.delivery_from, to = &m.delivery_to)}</span>
                                </span>
                                <span class="vt-choice__price">{if m.price.is_zero() { t!("checkout-delivery-free") } else { shop.format(m.price) }}</span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <button type="submit" class="vt-button vt-button--primary" disabled=move || next.pending().get() || method.with(Option::is_none)>
                    {t!("checkout-delivery-continue")}
                </button>
            </form>
        </StepSection>
    }
}
