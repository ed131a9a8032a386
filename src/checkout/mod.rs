//! Checkout: address, delivery, payment (card details to the provider only),
//! review and the bank challenge; the order page is in `tracking`. The
//! checkout page wires one component per step; the steps share a
//! [`CheckoutState`].

mod address_form;
mod address_step;
mod card_form;
mod challenge_dialog;
mod checkout_page;
mod contact_step;
mod delivery_step;
mod error_route;
mod order_summary;
mod patterns;
mod payment_step;
mod review_step;
mod state;
mod step;

pub use address_form::AddressForm;
pub use address_step::AddressStep;
pub use card_form::{CardFields, CardForm};
pub use challenge_dialog::ChallengeDialog;
pub use checkout_page::CheckoutPage;
pub use contact_step::{email_hint, ContactStep, EMAIL_HINT};
pub use delivery_step::DeliveryStep;
pub use error_route::{route_error, ErrorRoute};
pub use order_summary::OrderSummary;
pub use patterns::JsPatterns;
pub use payment_step::PaymentStep;
pub use review_step::{Challenge, ReviewStep};
pub use state::CheckoutState;
pub use step::{focus, Step, StepSection};
