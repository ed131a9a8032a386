//! Payments: the [`PaymentProvider`] seam the checkout charges through
//! (built in: the sandbox provider; a real one, e.g. Stripe, implements the
//! same trait), and the rules that decide which methods a cart is offered.

use std::future::Future;
use std::pin::Pin;

use serde::{Deserialize, Serialize};
use vitrine_core::card::Brand;
use vitrine_core::checkout::{CardProvider, PaymentKind, PaymentMethod};
use vitrine_core::payment_intent::{Decline, IntentStatus};
use vitrine_core::Money;

use crate::db::Db;
use crate::error::Result;
use crate::psp;

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
    /// Charges a card token; the same `idempotency_key` never charges twice.
    fn charge<'a>(&'a self, amount: Money, token: &'a str, reference: &'a str, idempotency_key: &'a str) -> BoxFuture<'a, Result<Charge>>;
    /// The current state of a charge that needed a challenge.
    fn status<'a>(&'a self, intent: &'a str) -> BoxFuture<'a, Result<Option<Charge>>>;
}

/// The built-in sandbox provider, in-process (a real provider is an HTTP
/// client with the same shape).
pub struct SandboxProvider {
    pub db: Db,
    pub base_url: String,
    pub publishable_key: String,
}

fn outcome(view: psp::IntentView) -> Charge {
    let (brand, last4) = view.card.map(|(b, l)| (Some(b), Some(l))).unwrap_or((None, None));
    match view.status {
        IntentStatus::Succeeded | IntentStatus::Processing => Charge::Succeeded { intent: view.id, brand, last4 },
        IntentStatus::RequiresAction => {
            Charge::RequiresAction { url: view.challenge_url.unwrap_or_default(), intent: view.id, brand, last4 }
        }
        IntentStatus::RequiresPaymentMethod | IntentStatus::Canceled => Charge::Declined {
            intent: Some(view.id),
            decline: view.last_payment_error.unwrap_or_else(|| Decline { code: "card_declined".into(), message: "Your card was declined.".into() }),
        },
    }
}

impl PaymentProvider for SandboxProvider {
    fn card_provider(&self) -> CardProvider {
        CardProvider { base_url: self.base_url.clone(), publishable_key: self.publishable_key.clone() }
    }

    fn charge<'a>(&'a self, amount: Money, token: &'a str, reference: &'a str, idempotency_key: &'a str) -> BoxFuture<'a, Result<Charge>> {
        Box::pin(async move {
            let req = psp::ChargeRequest {
                amount: amount.to_minor().unwrap_or(0),
                currency: amount.currency.code().into(),
                token: token.into(),
                reference: reference.into(),
                idempotency_key: idempotency_key.into(),
            };
            match psp::charge(&self.db, &self.base_url, &req).await {
                Ok(view) => Ok(outcome(view)),
                Err(crate::error::ApiError::Validation(body)) => Ok(Charge::Declined {
                    intent: None,
                    decline: Decline {
                        code: "invalid_token".into(),
                        message: body.errors.values().flatten().next().cloned().unwrap_or(body.message),
                    },
                }),
                Err(e) => Err(e),
            }
        })
    }

    fn status<'a>(&'a self, intent: &'a str) -> BoxFuture<'a, Result<Option<Charge>>> {
        Box::pin(async move { Ok(psp::retrieve(&self.db, &self.base_url, intent).await?.map(outcome)) })
    }
}

/// When a payment method is offered. Kept in settings (`payment_rules`),
/// set by a catalog import; a shop without rules offers cards only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentRule {
    /// `card`, `bank_transfer`, `cash_on_delivery` or `invoice`.
    pub kind: String,
    /// ISO codes, or `["*"]` for every destination.
    pub countries: Vec<String>,
    /// Offered only up to this total (decimal, shop currency).
    #[serde(default, with = "rust_decimal::serde::str_option")]
    #[schema(value_type = Option<String>)]
    pub max_total: Option<rust_decimal::Decimal>,
    #[serde(default)]
    pub requires_company: bool,
    /// Shown to the shopper, e.g. bank details.
    #[serde(default)]
    pub instructions: Option<String>,
}

pub fn default_rules() -> Vec<PaymentRule> {
    vec![PaymentRule { kind: "card".into(), countries: vec!["*".into()], max_total: None, requires_company: false, instructions: None }]
}

/// The stored rules; the catalog snapshot holds them (see `ShopRules`).
pub async fn load_rules(db: &Db) -> std::result::Result<Vec<PaymentRule>, sqlx::Error> {
    let json: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = 'payment_rules'").fetch_optional(&db.pool).await?;
    Ok(json.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_else(default_rules))
}

fn description(kind: PaymentKind) -> &'static str {
    match kind {
        PaymentKind::Card => "Visa, Mastercard, American Express and more. Your card details go straight to our payment provider.",
        PaymentKind::BankTransfer => "We reserve your items and email our bank details; we ship when the transfer arrives.",
        PaymentKind::CashOnDelivery => "Pay the courier when your parcel arrives.",
        PaymentKind::Invoice => "For businesses: pay within 14 days of delivery. Needs a company name on the address.",
    }
}

/// The methods offered for a destination and total, in the rules' order.
pub fn offered(rules: &[PaymentRule], country: &str, total: Money, card: &CardProvider) -> Vec<(PaymentMethod, PaymentRule)> {
    rules
        .iter()
        .filter(|r| r.countries.iter().any(|c| c == "*" || c.eq_ignore_ascii_case(country)))
        .filter(|r| r.max_total.is_none_or(|m| total.amount <= m))
        .filter_map(|r| {
            let kind = PaymentKind::parse(&r.kind)?;
            Some((
                PaymentMethod {
                    kind,
                    label: kind.label().into(),
                    description: description(kind).into(),
                    requires_company: r.requires_company || kind == PaymentKind::Invoice,
                    provider: (kind == PaymentKind::Card).then(|| card.clone()),
                },
                r.clone(),
            ))
        })
        .collect()
}
