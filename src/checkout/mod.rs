//! Checkout: address, delivery, payment (card details to the provider only),
//! review, the bank challenge, and the order page.

mod address_form;
mod card_form;
mod challenge_dialog;
mod checkout_page;
mod order_page;
mod order_summary;
mod patterns;
mod step;

pub use address_form::AddressForm;
pub use card_form::{CardFields, CardForm};
pub use challenge_dialog::ChallengeDialog;
pub use checkout_page::CheckoutPage;
pub use order_page::OrderPage;
pub use order_summary::OrderSummary;
pub use patterns::JsPatterns;
pub use step::{Step, StepSection};
