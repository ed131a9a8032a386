use leptos::prelude::*;
use vitrine_core::card::{check_cvc, check_expiry, check_number, digits, format_expiry, format_number, Brand};
use vitrine_core::{t, FieldErrors};

use crate::api::CardDetails;

/// What the shopper typed into the card form.
#[derive(Clone, Copy)]
pub struct CardFields {
    pub number: RwSignal<String>,
    pub expiry: RwSignal<String>,
    pub cvc: RwSignal<String>,
    pub name: RwSignal<String>,
}

impl CardFields {
    pub fn new() -> CardFields {
        CardFields { number: RwSignal::new(String::new()), expiry: RwSignal::new(String::new()), cvc: RwSignal::new(String::new()), name: RwSignal::new(String::new()) }
    }

    /// Checks the fields (Luhn, brand length, expiry not past, CVC length)
    /// and returns the details for the provider, or problems by field.
    pub fn check(&self) -> Result<CardDetails, FieldErrors> {
        let mut errors = FieldErrors::new();
        let now = js_sys::Date::new_0();
        let today = (now.get_full_year() as i32, now.get_month() + 1);
        let brand = match check_number(&self.number.get_untracked()) {
            Ok(b) => b,
            Err(m) => {
                errors.insert("number".into(), vec![m.into()]);
                Brand::Unknown
            }
        };
        let expiry = check_expiry(&self.expiry.get_untracked(), today);
        if let Err(m) = &expiry {
            errors.insert("expiry".into(), vec![m.clone()]);
        }
        if let Err(m) = check_cvc(&self.cvc.get_untracked(), brand) {
            errors.insert("cvc".into(), vec![m.into()]);
        }
        match (errors.is_empty(), expiry) {
            (true, Ok((exp_month, exp_year))) => Ok(CardDetails {
                number: digits(&self.number.get_untracked()),
                exp_month,
                exp_year,
                cvc: self.cvc.get_untracked().trim().to_string(),
                name: Some(self.name.get_untracked()).filter(|n| !n.trim().is_empty()),
            }),
            _ => Err(errors),
        }
    }
}

impl Default for CardFields {
    fn default() -> Self {
        Self::new()
    }
}

/// Card number (formatted as you type, brand detected), expiry, security
/// code and name. The details go only to the payment provider.
///
/// Needs no context.
///
/// ```ignore
/// let card = CardFields::new();
/// let errors = RwSignal::new(FieldErrors::new());
/// view! { <CardForm card errors/> }
/// // later: card.check() -> Result<CardDetails, FieldErrors>
/// ```
#[component]
pub fn CardForm(
    /// The fields.
    card: CardFields,
    /// Problems by field: "number", "expiry", "cvc".
    errors: RwSignal<FieldErrors>,
) -> impl IntoView {
    let brand = move || Brand::detect(&digits(&card.number.get()));
    let error = move |k: &'static str| move || errors.with(|e| e.get(k).and_then(|v| v.first().cloned()));
    let invalid = move |k: &'static str| move || errors.with(|e| e.contains_key(k)).then_some("true");
    let clear = move |k: &'static str| errors.update(|e| {
        e.remove(k);
    });
    view! {
        <div class="vt-card-form">
            <div class="vt-field vt-field--wide">
                <label for="vt-card-number" class="vt-field__label">{t!("checkout-card-number")}</label>
                <div class="vt-card-form__number">
                    <input id="vt-card-number" class="vt-input" type="text" inputmode="numeric" autocomplete="cc-number"
                        placeholder="1234 1234 1234 1234" maxlength="23" prop:value=move || card.number.get()
                        aria-invalid=invalid("number") aria-describedby="vt-card-number-error vt-card-brand"
                        on:input=move |ev| { card.number.set(format_number(&event_target_value(&ev))); clear("number"); }/>
                    <span id="vt-card-brand" class="vt-card-form__brand" aria-live="polite">
                        {move || match brand() { Brand::Unknown => String::new(), b => b.name().to_string() }}
                    </span>
                </div>
                <p id="vt-card-number-error" class="vt-field__error">{error("number")}</p>
            </div>
            <div class="vt-address__row">
                <div class="vt-field">
                    <label for="vt-card-expiry" class="vt-field__label">{t!("checkout-card-expiry")}</label>
                    <input id="vt-card-expiry" class="vt-input" type="text" inputmode="numeric" autocomplete="cc-exp"
                        placeholder=t!("checkout-card-expiry-placeholder") maxlength="7" prop:value=move || card.expiry.get()
                        aria-invalid=invalid("expiry") aria-describedby="vt-card-expiry-error"
                        on:input=move |ev| {
                            let raw = event_target_value(&ev);
                            // Let backspace remove the " / " separator.
                            let shown = if raw.ends_with(" /") { raw.trim_end_matches(" /").to_string() } else { format_expiry(&raw) };
                            card.expiry.set(shown);
                            clear("expiry");
                        }/>
                    <p id="vt-card-expiry-error" class="vt-field__error">{error("expiry")}</p>
                </div>
                <div class="vt-field">
                    <label for="vt-card-cvc" class="vt-field__label">{t!("checkout-card-cvc")}</label>
                    <input id="vt-card-cvc" class="vt-input" type="text" inputmode="numeric" autocomplete="cc-csc"
                        placeholder=move || t!("checkout-card-cvc-digits", count = if brand() == Brand::Amex { 4 } else { 3 }) maxlength="4"
                        prop:value=move || card.cvc.get() aria-invalid=invalid("cvc") aria-describedby="vt-card-cvc-error"
                        on:input=move |ev| { card.cvc.set(event_target_value(&ev)); clear("cvc"); }/>
                    <p id="vt-card-cvc-error" class="vt-field__error">{error("cvc")}</p>
                </div>
            </div>
            <div class="vt-field vt-field--wide">
                <label for="vt-card-name" class="vt-field__label">{t!("checkout-card-name")}</label>
                <input id="vt-card-name" class="vt-input" type="text" autocomplete="cc-name" prop:value=move || card.name.get()
                    on:input=move |ev| card.name.set(event_target_value(&ev))/>
            </div>
            <p class="vt-card-form__note">{t!("checkout-card-note")}</p>
        </div>
    }
}
