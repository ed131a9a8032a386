use leptos::prelude::*;
use vitrine_core::address::{validate, ADDRESS_FIELDS};
use vitrine_core::{t, FieldErrors};

use super::state::focus_first;
use super::{focus, AddressForm, CheckoutState, JsPatterns, Step, StepSection};
use crate::address::use_address_format;
use crate::api;
use crate::store::{CartStore, ShopStore};

/// Checkout step 2: the shipping address, laid out the country's way,
/// checked in the browser with the shared rules and then by the server. A
/// good address becomes the cart's destination and loads the shipping methods.
///
/// Needs [`CheckoutState`], [`CartStore`] and [`ShopStore`] in context.
///
/// ```ignore
/// view! { <AddressStep/> } // inside the checkout page
/// ```
#[component]
pub fn AddressStep() -> impl IntoView {
    let state = CheckoutState::expect();
    let cart = CartStore::expect();
    let shop = ShopStore::expect();
    let (address, address_errors, message) = (state.address, state.address_errors, state.message);
    let suggestions = RwSignal::new(Default::default());
    let format = use_address_format(Signal::derive(move || address.with(|a| a.country.clone())));

    let next = Action::new_local(move |_: &()| async move {
        let a = address.get_untracked();
        let Some(fmt) = format.get_untracked().flatten() else {
            address_errors.set([("country".to_string(), vec![t!("checkout-address-country-missing")])].into_iter().collect());
            focus("vt-addr-country");
            return;
        };
        let local = validate(&a, &fmt, &shop.address_fields().get_untracked(), &JsPatterns);
        let checked = if local.valid { api::validate_address(&a).await } else { Ok(local) };
        match checked {
            Ok(v) if v.valid => {
                address.set(v.normalized.clone());
                address_errors.set(FieldErrors::new());
                let region = Some(v.normalized.region.clone()).filter(|r| !r.is_empty());
                if let Err(e) = cart.set_shipping(Some(v.normalized.country.clone()), region, None).await {
                    message.set(Some(e.to_string()));
                    return;
                }
                let Some(key) = cart.key() else { return };
                match api::shipping_methods(&key).await {
                    Ok(m) => {
                        state.method.set(m.first().map(|x| x.id.clone()));
                        state.methods.set(m);
                        state.go_to(Step::Delivery, None);
                    }
                    Err(e) => message.set(Some(e.to_string())),
                }
            }
            Ok(v) => {
                suggestions.set(v.suggestions);
                focus_first("vt-addr-", &v.errors, ADDRESS_FIELDS);
                address_errors.set(v.errors);
            }
            Err(e) => message.set(Some(e.to_string())),
        }
    });

    let summary = Signal::derive(move || address.with(|a| a.summary()));
    view! {
        <StepSection step=Step::Address title=t!("checkout-address-title") current=state.step summary>
            <form class="vt-form" novalidate on:submit=move |ev| { ev.prevent_default(); next.dispatch(()); }>
                <AddressForm address format=Signal::derive(move || format.get().flatten()) errors=address_errors suggestions/>
                <button type="submit" class="vt-button vt-button--primary" disabled=move || next.pending().get()>
                    {move || if next.pending().get() { t!("checkout-address-checking") } else { t!("checkout-address-continue") }}
                </button>
            </form>
        </StepSection>
    }
}
