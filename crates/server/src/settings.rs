//! The `settings` table, the one place that reads or writes it: the shop's
//! currency, its link secret and provider keys (made once per database),
//! and the rules an import sets (tax style, address fields, payment rules),
//! which the catalog snapshot loads so running servers follow an import.

use vitrine_core::address::AddressFieldConfig;
use vitrine_core::Currency;

use crate::db::{Db, Tx};
use crate::rules::PaymentRule;
use crate::secrets::{self, PspKeys};

const CURRENCY: &str = "currency";
const LINK_SECRET: &str = "order_link_secret";
const TAX_INCLUSIVE: &str = "tax_inclusive";
const ADDRESS_FIELDS: &str = "address_fields";
const PAYMENT_RULES: &str = "payment_rules";
const RETURN_POLICY: &str = "return_policy";
const PSP_PUBLISHABLE: &str = "psp_publishable_key";
const PSP_SECRET: &str = "psp_secret_key";
const PSP_WEBHOOK_SECRET: &str = "psp_webhook_secret";
const AFTERSHIP_SECRET: &str = "aftership_webhook_secret";
const CARRIER_SECRET: &str = "carrier_webhook_secret";

#[derive(Debug)]
pub struct SettingsError(pub String);

impl std::fmt::Display for SettingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SettingsError {}

impl From<sqlx::Error> for SettingsError {
    fn from(e: sqlx::Error) -> Self {
        SettingsError(format!("database: {e}"))
    }
}

async fn get(db: &Db, key: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT value FROM settings WHERE key = $1").bind(key).fetch_optional(&db.pool).await
}

/// Stores `value` unless the key already has one (the first writer wins when
/// two servers start on a new database at once); returns the stored value.
async fn get_or_insert(db: &Db, key: &str, value: &str) -> Result<String, sqlx::Error> {
    if let Some(v) = get(db, key).await? {
        return Ok(v);
    }
    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING").bind(key).bind(value).execute(&db.pool).await?;
    sqlx::query_scalar("SELECT value FROM settings WHERE key = $1").bind(key).fetch_one(&db.pool).await
}

async fn put(tx: &mut Tx, key: &str, value: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM settings WHERE key = $1").bind(key).execute(&mut **tx).await?;
    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2)").bind(key).bind(value).execute(&mut **tx).await?;
    Ok(())
}

/// A database prices in one currency forever: amounts are stored in its minor
/// units, so switching would turn $19.99 into ¥1999. Returns the database's
/// currency, storing `wanted` on a new database.
pub async fn currency(db: &Db, wanted: Currency) -> Result<Currency, SettingsError> {
    let stored = get_or_insert(db, CURRENCY, wanted.code()).await?;
    let c = Currency::from_code(&stored).ok_or_else(|| SettingsError(format!("database has unknown currency {stored}")))?;
    if c != wanted {
        tracing::warn!(database = c.code(), requested = wanted.code(), "this database prices in its own currency; keeping it");
    }
    Ok(c)
}

/// The secret that signs order links: `VITRINE_SECRET` (16+ characters), or
/// one made for this database on first start.
pub async fn link_secret(db: &Db) -> Result<String, sqlx::Error> {
    match std::env::var("VITRINE_SECRET").ok().filter(|s| s.len() >= 16) {
        Some(s) => Ok(s),
        None => get_or_insert(db, LINK_SECRET, &secrets::random_hex(32)).await,
    }
}

/// The sandbox provider's keys, made on a new database.
pub async fn psp_keys(db: &Db) -> Result<PspKeys, sqlx::Error> {
    let fresh = PspKeys::generate();
    Ok(PspKeys {
        publishable: get_or_insert(db, PSP_PUBLISHABLE, &fresh.publishable).await?,
        secret: get_or_insert(db, PSP_SECRET, &fresh.secret).await?,
        webhook_secret: get_or_insert(db, PSP_WEBHOOK_SECRET, &fresh.webhook_secret).await?,
    })
}

/// The carrier webhook secrets: `VITRINE_AFTERSHIP_SECRET` (the one set in
/// AfterShip's dashboard) and `VITRINE_CARRIER_SECRET`, or ones made for this
/// database on first start (`vitrine-server carrier-secrets` prints them).
pub async fn carrier_secrets(db: &Db) -> Result<secrets::CarrierSecrets, sqlx::Error> {
    let env = |k: &str| std::env::var(k).ok().filter(|s| s.len() >= 16);
    Ok(secrets::CarrierSecrets {
        aftership: match env("VITRINE_AFTERSHIP_SECRET") {
            Some(s) => s,
            None => get_or_insert(db, AFTERSHIP_SECRET, &secrets::random_hex(24)).await?,
        },
        carrier: match env("VITRINE_CARRIER_SECRET") {
            Some(s) => s,
            None => get_or_insert(db, CARRIER_SECRET, &format!("whsec_{}", secrets::random_hex(24))).await?,
        },
    })
}

/// The rules a catalog import sets, as the snapshot loads them.
#[derive(Debug, Clone, Default)]
pub struct ImportedRules {
    pub tax_inclusive: bool,
    pub address_fields: AddressFieldConfig,
    pub payment_rules: Vec<PaymentRule>,
    pub return_policy: vitrine_core::returns::ReturnPolicy,
}

const THEME: &str = "theme";

/// The shop's theme (`PUT /api/v1/admin/theme`), if one was stored.
pub async fn theme(db: &Db) -> Result<Option<vitrine_core::theme::Theme>, sqlx::Error> {
    Ok(from_json(get(db, THEME).await?))
}

/// Stores the shop's theme (validated by the caller).
pub async fn put_theme(tx: &mut Tx, theme: &vitrine_core::theme::Theme) -> Result<(), sqlx::Error> {
    put(tx, THEME, &serde_json::to_string(theme).unwrap_or_default()).await
}

pub async fn imported_rules(db: &Db) -> Result<ImportedRules, sqlx::Error> {
    Ok(ImportedRules {
        tax_inclusive: get(db, TAX_INCLUSIVE).await?.is_some_and(|v| v == "true"),
        address_fields: from_json(get(db, ADDRESS_FIELDS).await?).unwrap_or_default(),
        payment_rules: from_json(get(db, PAYMENT_RULES).await?).unwrap_or_else(crate::rules::default_payment_rules),
        return_policy: from_json(get(db, RETURN_POLICY).await?).unwrap_or_default(),
    })
}

/// Writes the rules an import names (and leaves the others), inside the
/// import's transaction.
pub async fn put_imported_rules(
    tx: &mut Tx,
    tax_inclusive: Option<bool>,
    address_fields: Option<&AddressFieldConfig>,
    payment_rules: Option<&[PaymentRule]>,
    return_policy: Option<&vitrine_core::returns::ReturnPolicy>,
) -> Result<(), sqlx::Error> {
    if let Some(inclusive) = tax_inclusive {
        put(tx, TAX_INCLUSIVE, if inclusive { "true" } else { "false" }).await?;
    }
    if let Some(fields) = address_fields {
        put(tx, ADDRESS_FIELDS, &to_json(fields)).await?;
    }
    if let Some(rules) = payment_rules {
        put(tx, PAYMENT_RULES, &to_json(&rules)).await?;
    }
    if let Some(policy) = return_policy {
        put(tx, RETURN_POLICY, &to_json(policy)).await?;
    }
    Ok(())
}

/// Plain data types serialise without failing.
fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn from_json<T: serde::de::DeserializeOwned>(value: Option<String>) -> Option<T> {
    value.and_then(|j| serde_json::from_str(&j).ok())
}
