use leptos::prelude::*;
use vitrine_core::address::Address;
use vitrine_core::checkout::{PaymentKind, PaymentMethod, ShippingMethod};
use vitrine_core::FieldErrors;

use super::{focus, CardFields, Step};
use crate::api::CardToken;
use crate::store::CartStore;

/// What the checkout steps share: the step in progress, the shopper's
/// answers so far, and the page's one notice. Each step reads it from
/// context and keeps everything else to itself.
#[derive(Clone, Copy)]
pub struct CheckoutState {
    /// The step in progress.
    pub step: RwSignal<Step>,
    /// The page's notice: a problem that belongs to no field.
    pub message: RwSignal<Option<String>>,
    pub email: RwSignal<String>,
    pub email_error: RwSignal<Option<String>>,
    pub address: RwSignal<Address>,
    /// Problems by address field ("postal_code").
    pub address_errors: RwSignal<FieldErrors>,
    /// The shipping methods offered for the checked address.
    pub methods: RwSignal<Vec<ShippingMethod>>,
    /// The chosen shipping method's id.
    pub method: RwSignal<Option<String>>,
    /// The payment methods offered for this cart and address.
    pub payments: RwSignal<Vec<PaymentMethod>>,
    pub payment: RwSignal<Option<PaymentKind>>,
    /// What was typed into the card form.
    pub card: CardFields,
    /// What the payment provider returned for the card: all the shop ever sees of it.
    pub card_token: RwSignal<Option<CardToken>>,
    /// A store credit code to spend first (empty: none).
    pub credit_code: RwSignal<String>,
    /// The server's refusal of that code.
    pub credit_error: RwSignal<Option<String>>,
    /// The idempotency key of this order attempt: a retry after no answer
    /// reuses it, so an order can't be placed twice.
    pub attempt: StoredValue<String>,
}

impl CheckoutState {
    /// Creates the state (the destination starts as the cart's shipping
    /// estimate) and provides it as context. Needs [`CartStore`].
    pub fn provide() -> CheckoutState {
        let cart = CartStore::expect();
        let estimate = |f: fn(&vitrine_core::cart::Cart) -> Option<String>| cart.cart().with_untracked(|c| c.as_ref().and_then(f)).unwrap_or_default();
        let state = CheckoutState {
            step: RwSignal::new(Step::Contact),
            message: RwSignal::new(None),
            email: RwSignal::new(String::new()),
            email_error: RwSignal::new(None),
            address: RwSignal::new(Address { country: estimate(|c| c.country.clone()), region: estimate(|c| c.region.clone()), ..Address::default() }),
            address_errors: RwSignal::new(FieldErrors::new()),
            methods: RwSignal::new(Vec::new()),
            method: RwSignal::new(None),
            payments: RwSignal::new(Vec::new()),
            payment: RwSignal::new(None),
            card: CardFields::new(),
            card_token: RwSignal::new(None),
            credit_code: RwSignal::new(String::new()),
            credit_error: RwSignal::new(None),
            attempt: StoredValue::new(new_attempt_key()),
        };
        provide_context(state);
        state
    }

    /// The state provided by the checkout page. Panics outside one: that is a wiring bug.
    pub fn expect() -> CheckoutState {
        expect_context::<CheckoutState>()
    }

    /// Opens `step`, with `message` as the page's notice (or none).
    pub fn go_to(&self, step: Step, message: Option<String>) {
        self.message.set(message);
        self.step.set(step);
    }

    /// Starts a new order attempt: the server answered, so the next try is a new order.
    pub fn new_attempt(&self) {
        self.attempt.set_value(new_attempt_key());
    }
}

fn new_attempt_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{}-{}", js_sys::Date::now(), js_sys::Math::random()))
}

/// The first field with an error gets focus, so keyboard and screen-reader
/// users land on what to fix. `order` lists the fields as the form shows them.
pub(crate) fn focus_first(prefix: &str, errors: &FieldErrors, order: &[&str]) {
    if let Some(k) = order.iter().find(|k| errors.contains_key(**k)) {
        focus(&format!("{prefix}{k}"));
    }
}
