//! The provider's payment intents over its own tables: create-and-confirm
//! ([`charge`]) and read ([`retrieve`]). No HTTP here: the provider's
//! handlers and the shop's in-process adapter (`payments::sandbox`) both
//! call these.

use serde::{Deserialize, Serialize};
use vitrine_core::card::Brand;
use vitrine_core::payment_intent::{transition, CardBehaviour, Decline, Event, IntentStatus};

use crate::db::{now, Db};
use crate::error::{ApiError, Result};
use crate::secrets;

#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct IntentView {
    pub id: String,
    pub amount: i64,
    pub currency: String,
    pub status: IntentStatus,
    pub client_secret: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_payment_error: Option<Decline>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<(Brand, String)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

#[derive(sqlx::FromRow)]
pub(super) struct IntentRow {
    pub(super) id: String,
    pub(super) client_secret: String,
    pub(super) amount_minor: i64,
    pub(super) currency: String,
    pub(super) status: String,
    pub(super) brand: Option<String>,
    pub(super) last4: Option<String>,
    pub(super) reference: Option<String>,
    pub(super) error_code: Option<String>,
    pub(super) error_message: Option<String>,
}

const INTENT_COLUMNS: &str = "id, client_secret, amount_minor, currency, status, brand, last4, reference, error_code, error_message";

impl IntentRow {
    pub(super) fn view(self, base_url: &str) -> IntentView {
        let status = IntentStatus::parse(&self.status).unwrap_or(IntentStatus::RequiresPaymentMethod);
        let brand = self.brand.as_deref().and_then(|b| serde_json::from_value::<Brand>(serde_json::Value::String(b.into())).ok());
        IntentView {
            challenge_url: (status == IntentStatus::RequiresAction)
                .then(|| format!("{base_url}/challenge/{}?client_secret={}", self.id, self.client_secret)),
            last_payment_error: self.error_code.map(|code| Decline { code, message: self.error_message.unwrap_or_default() }),
            card: brand.zip(self.last4),
            id: self.id,
            amount: self.amount_minor,
            currency: self.currency,
            status,
            client_secret: self.client_secret,
            reference: self.reference,
        }
    }
}

/// What the shop asks the provider to charge.
#[derive(Deserialize, Serialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct ChargeRequest {
    pub amount: i64,
    pub currency: String,
    pub token: String,
    /// The shop's reference (the order number), echoed in webhooks.
    pub reference: String,
    /// Same key, same intent: a retried charge never charges twice.
    pub idempotency_key: String,
}

pub(super) async fn fetch_intent(db: &Db, id: &str) -> Result<Option<IntentRow>> {
    Ok(sqlx::query_as(&format!("SELECT {INTENT_COLUMNS} FROM psp_payment_intents WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?)
}

/// Creates and confirms an intent for a card token, once per idempotency key.
pub async fn charge(db: &Db, base_url: &str, req: &ChargeRequest) -> Result<IntentView> {
    if let Some(id) = sqlx::query_scalar::<_, String>("SELECT id FROM psp_payment_intents WHERE idempotency_key = $1")
        .bind(&req.idempotency_key)
        .fetch_optional(&db.pool)
        .await?
    {
        return Ok(fetch_intent(db, &id).await?.ok_or_else(|| ApiError::Internal("intent vanished".into()))?.view(base_url));
    }
    if req.amount <= 0 {
        return Err(ApiError::invalid("amount", "must be above zero"));
    }
    let mut tx = db.begin_write().await?;
    let tok: Option<(String, String, String, i64)> =
        sqlx::query_as("SELECT brand, last4, behaviour, used FROM psp_tokens WHERE id = $1").bind(&req.token).fetch_optional(&mut *tx).await?;
    let Some((brand, last4, behaviour, used)) = tok else {
        return Err(ApiError::invalid("token", "No such card token. Enter the card details again."));
    };
    if used != 0 {
        return Err(ApiError::invalid("token", "This card token was already used. Enter the card details again."));
    }
    let behaviour = CardBehaviour::parse(&behaviour).unwrap_or(CardBehaviour::Succeed);
    let mut status = transition(IntentStatus::RequiresPaymentMethod, Event::Confirm(behaviour)).unwrap_or(IntentStatus::RequiresPaymentMethod);
    if status == IntentStatus::Processing {
        status = transition(status, Event::Settled).unwrap_or(status);
    }
    let decline = Decline::of(behaviour);
    let id = format!("pi_{}", secrets::random_hex(12));
    let ts = now();
    sqlx::query("UPDATE psp_tokens SET used = 1 WHERE id = $1").bind(&req.token).execute(&mut *tx).await?;
    let inserted = sqlx::query(
        "INSERT INTO psp_payment_intents (id, client_secret, amount_minor, currency, status, token, brand, last4, idempotency_key, reference, \
         error_code, error_message, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) \
         ON CONFLICT (idempotency_key) DO NOTHING",
    )
    .bind(&id)
    .bind(format!("{id}_secret_{}", secrets::random_hex(12)))
    .bind(req.amount)
    .bind(req.currency.to_ascii_uppercase())
    .bind(status.as_str())
    .bind(&req.token)
    .bind(&brand)
    .bind(&last4)
    .bind(&req.idempotency_key)
    .bind(&req.reference)
    .bind(decline.as_ref().map(|d| d.code.clone()))
    .bind(decline.as_ref().map(|d| d.message.clone()))
    .bind(ts)
    .execute(&mut *tx)
    .await?;
    if inserted.rows_affected() == 0 {
        drop(tx);
        return Box::pin(charge(db, base_url, req)).await;
    }
    tx.commit().await?;
    Ok(fetch_intent(db, &id).await?.ok_or_else(|| ApiError::Internal("intent vanished".into()))?.view(base_url))
}

pub async fn retrieve(db: &Db, base_url: &str, id: &str) -> Result<Option<IntentView>> {
    Ok(fetch_intent(db, id).await?.map(|r| r.view(base_url)))
}


/// The latest intent made for `reference` (the shop's order number).
pub async fn find_by_reference(db: &Db, base_url: &str, reference: &str) -> Result<Option<IntentView>> {
    let id: Option<String> = sqlx::query_scalar("SELECT id FROM psp_payment_intents WHERE reference = $1 ORDER BY created_at DESC, id LIMIT 1")
        .bind(reference)
        .fetch_optional(&db.pool)
        .await?;
    match id {
        Some(id) => retrieve(db, base_url, &id).await,
        None => Ok(None),
    }
}

/// Refunds part or all of a succeeded intent, once per idempotency key,
/// checked under the intent's lock so refunds never exceed the charge.
pub async fn refund(db: &Db, intent: &str, amount_minor: i64, idempotency_key: &str) -> Result<()> {
    if amount_minor <= 0 {
        return Err(ApiError::invalid("amount", "must be above zero"));
    }
    let mut tx = db.begin_write().await?;
    let done: Option<i64> = sqlx::query_scalar("SELECT amount_minor FROM psp_refunds WHERE idempotency_key = $1").bind(idempotency_key).fetch_optional(&mut *tx).await?;
    if done.is_some() {
        return Ok(());
    }
    let lock = db.for_update();
    let row: Option<(i64, String)> =
        sqlx::query_as(&format!("SELECT amount_minor, status FROM psp_payment_intents WHERE id = $1{lock}")).bind(intent).fetch_optional(&mut *tx).await?;
    let Some((charged, status)) = row else { return Err(ApiError::missing("intent", "No such payment.")) };
    if status != IntentStatus::Succeeded.as_str() {
        return Err(ApiError::Conflict(vitrine_core::ApiErrorBody::new("Only a succeeded payment can be refunded.").with("intent", status)));
    }
    let refunded: i64 =
        sqlx::query_scalar("SELECT CAST(COALESCE(SUM(amount_minor), 0) AS BIGINT) FROM psp_refunds WHERE intent_id = $1").bind(intent).fetch_one(&mut *tx).await?;
    if refunded + amount_minor > charged {
        let left = charged - refunded;
        return Err(ApiError::Conflict(
            vitrine_core::ApiErrorBody::new(format!("At most {left} (minor units) of this payment is left to refund.")).with("amount", "exceeds what is left"),
        ));
    }
    sqlx::query("INSERT INTO psp_refunds (id, intent_id, amount_minor, idempotency_key, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(format!("re_{}", secrets::random_hex(12)))
        .bind(intent)
        .bind(amount_minor)
        .bind(idempotency_key)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}
