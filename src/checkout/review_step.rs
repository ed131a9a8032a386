use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use vitrine_core::checkout::{normalize_email, CheckoutRequest, CheckoutResult, NextAction, PaymentChoice, PaymentKind};
use vitrine_core::{t, FieldErrors};

use super::{route_error, ChallengeDialog, CheckoutState, ErrorRoute, Step, StepSection};
use crate::api::{self, ApiError};
use crate::store::{CartStore, ShopStore};

/// A placed order whose payment waits for the shopper's bank (3-D Secure style).
#[derive(Clone, Debug, PartialEq)]
pub struct Challenge {
    /// The provider's challenge page.
    pub url: String,
    /// The order's number.
    pub number: String,
    /// The signed token that grants access to the order.
    pub order_token: String,
}

/// Checkout step 5: places the order (once, however often it is clicked or
/// retried), runs the bank's challenge when the card needs one, and opens
/// the order page. A refusal sends the shopper to the step that can fix it
/// (see [`route_error`]).
///
/// Needs [`CheckoutState`], [`CartStore`], [`ShopStore`] and a router in context.
///
/// ```ignore
/// view! { <Router> /* ... */ <ReviewStep/> </Router> } // inside the checkout page
/// ```
#[component]
pub fn ReviewStep() -> impl IntoView {
    let state = CheckoutState::expect();
    let cart = CartStore::expect();
    let shop = ShopStore::expect();
    let navigate = use_navigate();
    let challenge = RwSignal::new(None::<Challenge>);

    let finish = Callback::new(move |result: CheckoutResult| {
        cart.reset();
        crate::embed::frame::order_placed(&result);
        navigate(&result.order.status_url, NavigateOptions::default());
    });
    let recover = move |e: ApiError| {
        let errors = if let ApiError::Http { body, .. } = &e { body.errors.clone() } else { FieldErrors::new() };
        let route = route_error(e.status(), &errors);
        if route.is_answer() {
            state.new_attempt();
            cart.refresh();
        }
        match route {
            ErrorRoute::Payment => {
                state.card_token.set(None);
                state.card.cvc.set(String::new());
                state.go_to(Step::Payment, Some(e.to_string()));
            }
            ErrorRoute::Address(problems) => {
                state.address_errors.set(problems);
                state.go_to(Step::Address, Some(e.to_string()));
            }
            ErrorRoute::Contact => {
                state.email_error.set(Some(e.to_string()));
                state.go_to(Step::Contact, None);
            }
            ErrorRoute::Credit(problem) => {
                state.credit_error.set(Some(problem));
                state.go_to(Step::Payment, None);
                // After the step has opened (and focused its heading): to the field at fault.
                set_timeout(|| super::step::focus("vt-credit-code"), std::time::Duration::ZERO);
            }
            ErrorRoute::Review => state.message.set(Some(e.to_string())),
            ErrorRoute::Retry => state.message.set(Some(t!("checkout-retry", error = e.to_string()))),
        }
    };

    let place = Action::new_local(move |_: &()| async move {
        let Some(key) = cart.key() else { return };
        let payment = match state.payment.get_untracked() {
            Some(PaymentKind::Card) => match state.card_token.get_untracked() {
                Some(t) => PaymentChoice::Card { token: t.id },
                None => {
                    state.go_to(Step::Payment, Some(t!("checkout-card-again")));
                    return;
                }
            },
            Some(PaymentKind::BankTransfer) => PaymentChoice::BankTransfer,
            Some(PaymentKind::CashOnDelivery) => PaymentChoice::CashOnDelivery,
            Some(PaymentKind::Invoice) => PaymentChoice::Invoice,
            None => return,
        };
        let email = state.email.get_untracked();
        let request = CheckoutRequest {
            email: normalize_email(&email).unwrap_or_else(|| email.trim().to_string()),
            shipping_address: state.address.get_untracked(),
            shipping_method: state.method.get_untracked().unwrap_or_default(),
            payment,
            expected_total: cart.cart().with_untracked(|c| c.as_ref().map(|c| c.totals.total)),
            store_credit_code: Some(state.credit_code.get_untracked().trim().to_string()).filter(|c| !c.is_empty()),
        };
        match api::place_order(&key, &state.attempt.get_value(), &request).await {
            Ok(r) => match &r.next_action {
                Some(NextAction::Challenge { url }) => {
                    challenge.set(Some(Challenge { url: url.clone(), number: r.order.number.clone(), order_token: r.order_token.clone() }))
                }
                None => finish.run(r),
            },
            Err(e) => recover(e),
        }
    });
    let confirm = Action::new_local(move |c: &Challenge| {
        let c = c.clone();
        async move {
            match api::finish_payment(&c.number, &c.order_token).await {
                Ok(order) => finish.run(CheckoutResult { order_token: c.order_token, order, next_action: None }),
                Err(e) => recover(e),
            }
        }
    });
    let challenge_done = Callback::new(move |_status: String| {
        let Some(c) = challenge.get_untracked() else { return };
        challenge.set(None);
        confirm.dispatch(c);
    });

    let busy = Signal::derive(move || place.pending().get() || confirm.pending().get());
    let label = move || {
        if busy.get() {
            t!("checkout-review-placing")
        } else {
            cart.cart().with(|c| c.as_ref().map(|c| t!("checkout-review-place", total = shop.format(c.totals.total)))).unwrap_or_default()
        }
    };
    view! {
        <StepSection step=Step::Review title=t!("checkout-review-title") current=state.step summary=Signal::derive(String::new)>
            <div class="vt-form">
                <p>{t!("checkout-review-note")}</p>
                <Show when=move || !state.credit_code.with(|c| c.trim().is_empty())>
                    <p class="vt-checkout__credit-note">
                        {move || t!("checkout-review-credit", code = state.credit_code.get().trim().to_uppercase())}
                    </p>
                </Show>
                <button type="button" class="vt-button vt-button--primary vt-checkout__place"
                    disabled=move || busy.get() aria-busy=move || busy.get().to_string()
                    on:click=move |_| { place.dispatch(()); }>
                    {label}
                </button>
            </div>
        </StepSection>
        <ChallengeDialog url=Signal::derive(move || challenge.with(|c| c.as_ref().map(|c| c.url.clone()))) on_done=challenge_done/>
    }
}
