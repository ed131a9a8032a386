use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use vitrine_core::address::{validate, Address};
use vitrine_core::checkout::{CheckoutRequest, CheckoutResult, NextAction, PaymentChoice, PaymentKind, PaymentMethod, ShippingMethod};
use vitrine_core::FieldErrors;

use super::step::{focus, Step, StepSection};
use super::{AddressForm, CardFields, CardForm, ChallengeDialog, JsPatterns, OrderSummary};
use crate::api::{self, ApiError, CardToken};
use crate::store::{CartStore, ShopStore};

fn new_attempt_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{}-{}", js_sys::Date::now(), js_sys::Math::random()))
}

fn email_ok(e: &str) -> bool {
    let e = e.trim();
    !e.contains(char::is_whitespace) && e.split_once('@').is_some_and(|(l, d)| !l.is_empty() && d.contains('.') && !d.ends_with('.'))
}

/// The first field with an error gets focus, so keyboard and screen-reader
/// users land on what to fix.
fn focus_first(prefix: &str, errors: &FieldErrors, order: &[&str]) {
    if let Some(k) = order.iter().find(|k| errors.contains_key(**k)) {
        focus(&format!("{prefix}{k}"));
    }
}

const ADDRESS_ORDER: &[&str] = &["country", "name", "company", "address1", "address2", "dependent_locality", "city", "region", "postal_code", "sorting_code", "phone"];

/// `/checkout`: contact, address, delivery, payment, review; one step at a
/// time, each checked in the browser with the shared rules and then by the
/// server, with the order summary alongside.
#[component]
pub fn CheckoutPage() -> impl IntoView {
    let cart = CartStore::expect();
    let shop = ShopStore::expect();
    let navigate = use_navigate();
    let step = RwSignal::new(Step::Contact);
    let email = RwSignal::new(String::new());
    let email_error = RwSignal::new(None::<String>);
    let address = RwSignal::new(Address {
        country: cart.cart().with_untracked(|c| c.as_ref().and_then(|c| c.country.clone())).unwrap_or_default(),
        region: cart.cart().with_untracked(|c| c.as_ref().and_then(|c| c.region.clone())).unwrap_or_default(),
        ..Address::default()
    });
    let address_errors = RwSignal::new(FieldErrors::new());
    let suggestions = RwSignal::new(Default::default());
    let format = LocalResource::new(move || {
        let country = address.with(|a| a.country.clone());
        async move { if country.is_empty() { None } else { api::address_format(&country).await.ok() } }
    });
    let format_signal = Signal::derive(move || format.get().flatten());
    let methods = RwSignal::new(Vec::<ShippingMethod>::new());
    let method = RwSignal::new(None::<String>);
    let payments = RwSignal::new(Vec::<PaymentMethod>::new());
    let payment = RwSignal::new(None::<PaymentKind>);
    let card = CardFields::new();
    let card_errors = RwSignal::new(FieldErrors::new());
    let token = RwSignal::new(None::<CardToken>);
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let attempt = StoredValue::new(new_attempt_key());
    let challenge = RwSignal::new(None::<(String, String, String)>);

    Effect::new(move |prev: Option<Step>| {
        let s = step.get();
        if prev.is_some_and(|p| p != s) {
            focus(s.id());
        }
        s
    });

    let go_to = move |s: Step, msg: Option<String>| {
        message.set(msg);
        step.set(s);
    };

    let finish = Callback::new(move |result: CheckoutResult| {
        cart.reset();
        navigate(&result.order.status_url, NavigateOptions::default());
    });

    // Step 1.
    let contact_next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if email_ok(&email.get_untracked()) {
            email_error.set(None);
            go_to(Step::Address, None);
        } else {
            email_error.set(Some("Enter an email address like name@example.com.".into()));
            focus("vt-email");
        }
    };

    // Step 2: the shared rules in the browser, then the server's word.
    let address_next = Action::new_local(move |_: &()| async move {
        let a = address.get_untracked();
        let Some(fmt) = format.get_untracked().flatten() else {
            address_errors.set([("country".to_string(), vec!["Choose a country.".to_string()])].into_iter().collect());
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
                        method.set(m.first().map(|x| x.id.clone()));
                        methods.set(m);
                        go_to(Step::Delivery, None);
                    }
                    Err(e) => message.set(Some(e.to_string())),
                }
            }
            Ok(v) => {
                suggestions.set(v.suggestions);
                focus_first("vt-addr-", &v.errors, ADDRESS_ORDER);
                address_errors.set(v.errors);
            }
            Err(e) => message.set(Some(e.to_string())),
        }
    });

    // Step 3.
    let delivery_next = Action::new_local(move |_: &()| async move {
        let a = address.get_untracked();
        let region = Some(a.region.clone()).filter(|r| !r.is_empty());
        if let Err(e) = cart.set_shipping(Some(a.country.clone()), region, method.get_untracked()).await {
            message.set(Some(e.to_string()));
            return;
        }
        let Some(key) = cart.key() else { return };
        match api::payment_methods(&key).await {
            Ok(p) => {
                if payment.get_untracked().is_none_or(|k| !p.iter().any(|m| m.kind == k)) {
                    payment.set(p.first().map(|m| m.kind));
                }
                payments.set(p);
                go_to(Step::Payment, None);
            }
            Err(e) => message.set(Some(e.to_string())),
        }
    });

    // Step 4: card details go to the provider, which returns a token.
    let payment_next = Action::new_local(move |_: &()| async move {
        let Some(kind) = payment.get_untracked() else {
            message.set(Some("Choose how you'd like to pay.".into()));
            return;
        };
        let chosen = payments.with_untracked(|p| p.iter().find(|m| m.kind == kind).cloned());
        if chosen.as_ref().is_some_and(|m| m.requires_company) && address.with_untracked(|a| a.company.trim().is_empty()) {
            message.set(Some("Paying by invoice needs a company name: add it to the address (step 2).".into()));
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
                Ok(t) => token.set(Some(t)),
                Err(e) => {
                    if let ApiError::Http { body, .. } = &e {
                        card_errors.set(body.errors.clone());
                    }
                    message.set(Some(e.to_string()));
                    return;
                }
            }
        }
        go_to(Step::Review, None);
    });

    // Step 5.
    let handle_error = move |e: ApiError| {
        match e.status() {
            Some(402) => {
                token.set(None);
                card.cvc.set(String::new());
                attempt.set_value(new_attempt_key());
                cart.refresh();
                go_to(Step::Payment, Some(e.to_string()));
            }
            Some(409) | Some(422) => {
                attempt.set_value(new_attempt_key());
                cart.refresh();
                let body = if let ApiError::Http { body, .. } = &e { body.errors.clone() } else { FieldErrors::new() };
                if body.keys().any(|k| k.starts_with("shipping_address.")) {
                    address_errors.set(body.iter().map(|(k, v)| (k.trim_start_matches("shipping_address.").to_string(), v.clone())).collect());
                    go_to(Step::Address, Some(e.to_string()));
                } else if body.contains_key("email") {
                    email_error.set(Some(e.to_string()));
                    go_to(Step::Contact, None);
                } else {
                    message.set(Some(e.to_string()));
                }
            }
            // No answer: the order may or may not exist. Retrying reuses the
            // same key, so it can't be placed twice.
            _ => message.set(Some(format!("{e} Trying again is safe: you won't be charged twice."))),
        }
    };
    let place = Action::new_local(move |_: &()| async move {
        let Some(key) = cart.key() else { return };
        let payment_choice = match payment.get_untracked() {
            Some(PaymentKind::Card) => match token.get_untracked() {
                Some(t) => PaymentChoice::Card { token: t.id },
                None => {
                    go_to(Step::Payment, Some("Enter your card details again.".into()));
                    return;
                }
            },
            Some(PaymentKind::BankTransfer) => PaymentChoice::BankTransfer,
            Some(PaymentKind::CashOnDelivery) => PaymentChoice::CashOnDelivery,
            Some(PaymentKind::Invoice) => PaymentChoice::Invoice,
            None => return,
        };
        let request = CheckoutRequest {
            email: email.get_untracked().trim().to_string(),
            shipping_address: address.get_untracked(),
            shipping_method: method.get_untracked().unwrap_or_default(),
            payment: payment_choice,
            expected_total: cart.cart().with_untracked(|c| c.as_ref().map(|c| c.totals.total)),
        };
        busy.set(true);
        let result = api::place_order(&key, &attempt.get_value(), &request).await;
        busy.set(false);
        match result {
            Ok(r) => match &r.next_action {
                Some(NextAction::Challenge { url }) => challenge.set(Some((url.clone(), r.order.number.clone(), r.order_token.clone()))),
                None => finish.run(r),
            },
            Err(e) => handle_error(e),
        }
    });
    let challenge_done = Callback::new(move |_status: String| {
        let Some((_, number, order_token)) = challenge.get_untracked() else { return };
        challenge.set(None);
        leptos::task::spawn_local(async move {
            busy.set(true);
            let result = api::finish_payment(&number, &order_token).await;
            busy.set(false);
            match result {
                Ok(order) => finish.run(CheckoutResult { order_token: order_token.clone(), order, next_action: None }),
                Err(e) => handle_error(e),
            }
        });
    });

    let contact_summary = Signal::derive(move || email.get());
    let address_summary = Signal::derive(move || {
        address.with(|a| {
            [&a.name, &a.company, &a.address1, &a.address2, &a.city, &a.region, &a.postal_code, &a.country]
                .into_iter()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        })
    });
    let delivery_summary = Signal::derive(move || {
        let id = method.get();
        methods.with(|m| m.iter().find(|x| Some(&x.id) == id.as_ref()).map(|x| format!("{} · {}", x.name, shop.format(x.price))).unwrap_or_default())
    });
    let payment_summary = Signal::derive(move || match (payment.get(), token.get()) {
        (Some(PaymentKind::Card), Some(t)) => format!("{} ending {}", t.card.brand.name(), t.card.last4),
        (Some(k), _) => k.label().to_string(),
        _ => String::new(),
    });
    let empty = move || cart.cart().with(|c| c.as_ref().is_none_or(|c| c.lines.is_empty()));

    view! {
        <Title text=move || format!("Checkout · {}", shop.name().get())/>
        <Show when=move || !empty() fallback=|| view! {
            <div class="vt-empty">
                <p class="vt-empty__title">"Your cart is empty"</p>
                <a class="vt-button vt-button--primary" href="/">"Start shopping"</a>
            </div>
        }>
            <div class="vt-checkout">
                <div class="vt-checkout__steps">
                    <h1 class="vt-catalog__title">"Checkout"</h1>
                    <p class="vt-notice vt-notice--error" role="alert" hidden=move || message.with(Option::is_none)>{move || message.get()}</p>
                    <StepSection step=Step::Contact title="Contact" current=step summary=contact_summary>
                        <form class="vt-form" on:submit=contact_next novalidate>
                            <div class="vt-field vt-field--wide">
                                <label for="vt-email" class="vt-field__label">"Email"</label>
                                <input id="vt-email" class="vt-input" type="email" autocomplete="email" required
                                    prop:value=move || email.get() on:input=move |ev| { email.set(event_target_value(&ev)); email_error.set(None); }
                                    aria-invalid=move || email_error.with(Option::is_some).then_some("true") aria-describedby="vt-email-error"/>
                                <p id="vt-email-error" class="vt-field__error">{move || email_error.get()}</p>
                                <p class="vt-field__hint">"For your receipt and updates about this order."</p>
                            </div>
                            <button type="submit" class="vt-button vt-button--primary">"Continue to shipping address"</button>
                        </form>
                    </StepSection>
                    <StepSection step=Step::Address title="Shipping address" current=step summary=address_summary>
                        <form class="vt-form" novalidate on:submit=move |ev| { ev.prevent_default(); address_next.dispatch(()); }>
                            <AddressForm address format=format_signal errors=address_errors suggestions/>
                            <button type="submit" class="vt-button vt-button--primary" disabled=move || address_next.pending().get()>
                                {move || if address_next.pending().get() { "Checking…" } else { "Continue to delivery" }}
                            </button>
                        </form>
                    </StepSection>
                    <StepSection step=Step::Delivery title="Delivery" current=step summary=delivery_summary>
                        <form class="vt-form" on:submit=move |ev| { ev.prevent_default(); delivery_next.dispatch(()); }>
                            <fieldset class="vt-choices">
                                <legend class="vt-visually-hidden">"Shipping method"</legend>
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
                                                <span class="vt-choice__detail">{format!("Arrives {} to {}", m.delivery_from, m.delivery_to)}</span>
                                            </span>
                                            <span class="vt-choice__price">{if m.price.is_zero() { "Free".to_string() } else { shop.format(m.price) }}</span>
                                        </label>
                                    }
                                }).collect_view()}
                            </fieldset>
                            <button type="submit" class="vt-button vt-button--primary" disabled=move || delivery_next.pending().get() || method.with(Option::is_none)>
                                "Continue to payment"
                            </button>
                        </form>
                    </StepSection>
                    <StepSection step=Step::Payment title="Payment" current=step summary=payment_summary>
                        <form class="vt-form" novalidate on:submit=move |ev| { ev.prevent_default(); payment_next.dispatch(()); }>
                            <fieldset class="vt-choices">
                                <legend class="vt-visually-hidden">"Payment method"</legend>
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
                            <button type="submit" class="vt-button vt-button--primary" disabled=move || payment_next.pending().get()>
                                {move || if payment_next.pending().get() { "Securing card details…" } else { "Review order" }}
                            </button>
                        </form>
                    </StepSection>
                    <StepSection step=Step::Review title="Review and place order" current=step summary=Signal::derive(String::new)>
                        <div class="vt-form">
                            <p>"Check the details above; you can edit any step. By placing the order you agree to pay the total shown."</p>
                            <button type="button" class="vt-button vt-button--primary vt-checkout__place"
                                disabled=move || busy.get() || place.pending().get() aria-busy=move || busy.get().to_string()
                                on:click=move |_| { place.dispatch(()); }>
                                {move || if busy.get() {
                                    "Placing your order…".to_string()
                                } else {
                                    cart.cart().with(|c| c.as_ref().map(|c| format!("Place order · {}", shop.format(c.totals.total)))).unwrap_or_default()
                                }}
                            </button>
                        </div>
                    </StepSection>
                </div>
                <OrderSummary/>
            </div>
            <ChallengeDialog url=Signal::derive(move || challenge.get().map(|c| c.0)) on_done=challenge_done/>
        </Show>
    }
}
