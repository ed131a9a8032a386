//! The built-in sandbox provider as the shop's checkout sees it: the
//! [`PaymentProvider`] seam over the provider module (`crate::psp`), called
//! in-process (a real provider is an HTTP client with the same shape).

use vitrine_core::checkout::CardProvider;
use vitrine_core::payment_intent::{Decline, IntentStatus};
use vitrine_core::Money;

use super::{BoxFuture, Charge, PaymentProvider};
use crate::db::Db;
use crate::error::Result;
use crate::psp;

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

    fn charge<'a>(&'a self, amount: Money, card_token: &'a str, reference: &'a str, idempotency_key: &'a str) -> BoxFuture<'a, Result<Charge>> {
        Box::pin(async move {
            let req = psp::ChargeRequest {
                amount: amount.to_minor().unwrap_or(0),
                currency: amount.currency.code().into(),
                token: card_token.into(),
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

    fn refund<'a>(&'a self, intent: &'a str, amount: Money, idempotency_key: &'a str) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move { psp::intents::refund(&self.db, intent, amount.to_minor().unwrap_or(0), idempotency_key).await })
    }

    fn find<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Result<Option<Charge>>> {
        Box::pin(async move { Ok(psp::intents::find_by_reference(&self.db, &self.base_url, reference).await?.map(outcome)) })
    }
}
