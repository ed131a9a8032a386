use leptos::prelude::*;
use vitrine_core::card::card_label;
use vitrine_core::checkout::PaymentKind;
use vitrine_core::{t, FieldErrors};

use super::state::focus_first;
use super::{CardForm, CheckoutState, Step, StepSection};
use crate::api::{self, ApiError};

/// Checkout step 4: how to pay. Card details are checked in the browser,
/// then sent to the payment provider only; the shop keeps the token it
/// returns. Invoices need a company name on the address.
///
/// Needs [`CheckoutState`] in context.
///
/// ```ignore
/// view! { <PaymentStep/> } // inside the checkout page
/// ```
#[component]
pub fn PaymentStep() -> impl IntoView {
    let state = CheckoutState::expect();
    let (payments, payment, card, card_token, message) = (state.payments, state.payment, state.card, state.card_token, state.message);
    let card_errors = RwSignal::new(FieldErrors::new());

    let next = Action::new_local(move |_: &()| async move {
        let Some(kind) = payment.get_untracked() else {
            message.set(Some(t!("checkout-payment-choose")));
            return;
        };
        let chosen = payments.with_untracked(|p| p.iter().find(|m| m.kind == kind).cloned());
        if chosen.as_ref().is_some_and(|m| m.requires_company) && state.address.with_untracked(|a| a.company.trim().is_empty()) {
            message.set(Some(t!("checkout-payment-invoice-company")));
            return;
        }
        if kind == PaymentKind::Card {
            let details = match card.check() {
                Ok(d) => d,
                Err(errors) => {
                    focus_first("vt-card-", &errors, &["number", "expiry", "cvc"]);
                    card_errors.set(errors);
                    return;
                }
            };
            let Some(provider) = chosen.and_then(|m| m.provider) else { return };
            match api::tokenize(&provider, &details).await {
                Ok(t) => card_token.set(Some(t)),
                Err(e) => {
                    if let ApiError::Http { body, .. } = &e {
                        card_errors.set(body.errors.clone());
                    }
                    message.set(Some(e.to_string()));
                    return;
                }
            }
        }
        state.go_to(Step::Review, None);
    });

    let summary = Signal::derive(move || match (payment.get(), card_token.get()) {
        (Some(PaymentKind::Card), Some(t)) => card_label(t.card.brand, &t.card.last4),
        (Some(k), _) => k.label().to_string(),
        _ => String::new(),
    });
    view! {
        <StepSection step=Step::Payment title=t!("checkout-payment-title") current=state.step summary>
            <form class="vt-form" novalidate on:submit=move |ev| { ev.prevent_default(); next.dispatch(()); }>
                <fieldset class="vt-choices">
                    <legend class="vt-visually-hidden">{t!("checkout-payment-legend")}</legend>
                    {move || payments.get().into_iter().map(|m| {
                        let id = format!("vt-pay-{}", m.kind.as_str());
                        let for_id = id.clone();
                        let kind = m.kind;
                        view! {
                            <label class="vt-choice" for=for_id>
                                <input type="radio" id=id name="vt-pay" value=kind.as_str() prop:checked=move || payment.get() == Some(kind)
                                    on:change=move |_| { payment.set(Some(kind)); message.set(None); }/>
                                <span class="vt-choice__text">
                                    <span class="vt-choice__title">{m.label.clone()}</span>
                                    <span class="vt-choice__detail">{m.description.clone()}</span>
                                </span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <Show when=move || payment.get() == Some(PaymentKind::Card)>
                    <CardForm card errors=card_errors/>
                </Show>
                <div class="vt-field vt-checkout__credit">
                    <label class="vt-field__label" for="vt-credit-code">{t!("checkout-credit-label")}</label>
                    <input id="vt-credit-code" class="vt-input" type="text" autocomplete="off" spellcheck="false" inputmode="text"
                        aria-describedby="vt-credit-code-hint vt-credit-code-error"
                        aria-invalid=move || state.credit_error.with(|e| e.is_some().then_some("true"))
                        prop:value=move || state.credit_code.get()
                        on:input=move |ev| { state.credit_code.set(event_target_value(&ev)); state.credit_error.set(None); }/>
                    <p id="vt-credit-code-hint" class="vt-field__hint">{t!("checkout-credit-hint")}</p>
                    <p id="vt-credit-code-error" class="vt-field__error">{move || state.credit_error.get()}</p>
                </div>
                <button type="submit" class="vt-button vt-button--primary" disabled=move || next.pending().get()>
                    {move || if next.pending().get() { t!("checkout-payment-securing") } else { t!("checkout-payment-continue") }}
                </button>
            </form>
        </StepSection>
    }
}
