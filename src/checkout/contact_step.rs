use leptos::prelude::*;
use vitrine_core::checkout::normalize_email;
use vitrine_core::t;

use super::{focus, CheckoutState, Step, StepSection};

/// What the contact step says about an email address the shared rule
/// refuses, in the page's language.
pub fn email_hint() -> String {
    t!("checkout-email-hint")
}

/// The English of [`email_hint`] (`checkout-email-hint`), for tests and for
/// code not yet reading the catalogue; views call [`email_hint`].
// i18n: not shown (the English fallback; views show email_hint())
pub const EMAIL_HINT: &str = "Enter an email address like name@example.com.";

/// Checkout step 1: the email address, checked with the rule the server
/// runs, and kept on the cart (for one reminder if the cart is left).
///
/// Needs [`CheckoutState`] and [`CartStore`](crate::store::CartStore) in context (the checkout page provides them).
///
/// ```ignore
/// CheckoutState::provide();
/// view! { <ContactStep/> }
/// ```
#[component]
pub fn ContactStep() -> impl IntoView {
    let state = CheckoutState::expect();
    let (email, email_error) = (state.email, state.email_error);
    let cart = crate::store::CartStore::expect();
    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(address) = normalize_email(&email.get_untracked()) {
            cart.remember_email(&address);
            email_error.set(None);
            state.go_to(Step::Address, None);
        } else {
            email_error.set(Some(email_hint()));
            focus("vt-email");
        }
    };
    view! {
        <StepSection step=Step::Contact title=t!("checkout-contact-title") current=state.step summary=Signal::derive(move || email.get())>
            <form class="vt-form" on:submit=next novalidate>
                <div class="vt-field vt-field--wide">
                    <label for="vt-email" class="vt-field__label">{t!("checkout-email-label")}</label>
                    <input id="vt-email" class="vt-input" type="email" autocomplete="email" required
                        prop:value=move || email.get() on:input=move |ev| { email.set(event_target_value(&ev)); email_error.set(None); }
                        aria-invalid=move || email_error.with(Option::is_some).then_some("true") aria-describedby="vt-email-error"/>
                    <p id="vt-email-error" class="vt-field__error">{move || email_error.get()}</p>
                    <p class="vt-field__hint">{t!("checkout-email-note")}</p>
                </div>
                <button type="submit" class="vt-button vt-button--primary">{t!("checkout-contact-continue")}</button>
            </form>
        </StepSection>
    }
}
