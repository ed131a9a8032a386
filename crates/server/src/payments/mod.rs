//! Payments, the shop's side: the [`PaymentProvider`] seam the checkout
//! charges through (built in: [`sandbox::SandboxProvider`]; a real one, e.g.
//! Stripe, implements the same trait), and the provider's webhooks as the
//! shop receives them ([`webhooks`]). Which methods a cart is offered is a
//! shop rule (`rules::ShopRules::payment_methods`).

pub mod sandbox;
pub mod webhooks;

use std::future::Future;
use std::pin::Pin;

use vitrine_core::card::Brand;
use vitrine_core::checkout::CardProvider;
use vitrine_core::payment_intent::Decline;
use vitrine_core::Money;

use crate::error::Result;

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What a charge came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Charge {
    Succeeded { intent: String, brand: Option<Brand>, last4: Option<String> },
    /// The shopper must pass a challenge at `url` first.
    RequiresAction { intent: String, url: String, brand: Option<Brand>, last4: Option<String> },
    Declined { intent: Option<String>, decline: Decline },
}

pub trait PaymentProvider: Send + Sync {
    /// Where browsers tokenise cards.
    fn card_provider(&self) -> CardProvider;
    /// Charges a card token (made by the provider from the card, in the browser); the same `idempotency_key` never charges twice.
    fn charge<'a>(&'a self, amount: Money, card_token: &'a str, reference: &'a str, idempotency_key: &'a str) -> BoxFuture<'a, Result<Charge>>;
    /// The current state of a charge.
    fn status<'a>(&'a self, intent: &'a str) -> BoxFuture<'a, Result<Option<Charge>>>;
    /// The charge made for `reference` (an order number), if any: how a
    /// charge whose answer was lost in a crash is found again.
    fn find<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Result<Option<Charge>>>;
    /// Gives back `amount` of a succeeded charge. The same `idempotency_key`
    /// refunds once; refunds never add up to more than was charged.
    fn refund<'a>(&'a self, intent: &'a str, amount: Money, idempotency_key: &'a str) -> BoxFuture<'a, Result<()>>;
}

