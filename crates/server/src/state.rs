//! Shared server state and its configuration. Each fact lives once: the
//! command-line settings in [`ShopConfig`] (normalised at start: the
//! database's own currency, the public URL without a trailing slash), the
//! rules an import sets in the catalog snapshot. [`AppState::shop`] puts the
//! two together for the storefront.

use std::ops::Deref;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use vitrine_core::shop::Shop;
use vitrine_core::{Currency, Locale};

use crate::assets::Assets;
use crate::catalog::store::CatalogStore;
use crate::db::Db;
use crate::payments::sandbox::SandboxProvider;
use crate::payments::PaymentProvider;
use crate::rate_limit::RateLimits;
use crate::secrets::{CarrierSecrets, PspKeys};
use crate::changes::Live;
use crate::settings;

/// Everything `AppState::new` needs besides the database.
#[derive(Debug, Clone)]
pub struct ShopConfig {
    pub shop_name: String,
    /// The currency a new database prices in. In a running state: the
    /// database's own (an existing database keeps its currency).
    pub currency: Currency,
    pub locale: String,
    /// Seed the demo catalog when the catalog is empty.
    pub demo: bool,
    /// Products the demo catalog gets (the curated set, then generated ones).
    pub demo_size: usize,
    /// Built storefront to serve; `None` serves the API only.
    pub static_dir: Option<PathBuf>,
    /// Origins allowed to call the API from a browser (embedded widgets).
    pub cors_origins: Vec<String>,
    /// The storefront's public origin (`https://shop.example.com`), for links
    /// in emails and the provider's challenge page; empty: relative links.
    /// In a running state: without a trailing slash.
    pub public_url: String,
    /// Where operator alerts are emailed (through the outbox).
    pub alerts_email: String,
    /// The SMTP relay (`host:port`) the outbox's messages leave through
    /// (`crate::mail`); `None`: they wait (in demo mode, the demo mailbox
    /// is where they go).
    pub smtp_relay: Option<String>,
    /// The address the shop's emails come from.
    pub mail_from: String,
    /// A cart with items and an email, idle this long and not ordered, gets its one reminder.
    pub cart_recovery_after_secs: i64,
    /// The post-purchase follow-up goes this long after an order's last parcel was delivered.
    pub follow_up_after_secs: i64,
}

impl Default for ShopConfig {
    fn default() -> Self {
        ShopConfig {
            shop_name: "Vitrine Supply Co.".into(),
            currency: Currency::Usd,
            locale: "en-US".into(),
            demo: false,
            demo_size: crate::demo::CURATED_SIZE,
            static_dir: None,
            cors_origins: Vec::new(),
            public_url: String::new(),
            alerts_email: "ops@example.com".into(),
            smtp_relay: None,
            mail_from: "orders@example.com".into(),
            cart_recovery_after_secs: 4 * 3600,
            follow_up_after_secs: 7 * 86_400,
        }
    }
}

pub struct Inner {
    pub db: Db,
    pub config: ShopConfig,
    pub catalog: CatalogStore,
    pub assets: Option<Assets>,
    /// The sandbox provider's keys.
    pub psp: PspKeys,
    /// Where card payments are charged.
    pub provider: Arc<dyn PaymentProvider>,
    /// Signs order links (see `secrets::link_token`).
    pub link_secret: String,
    /// Where the provider posts webhooks; set once the server listens.
    pub webhook_url: OnceLock<String>,
    /// Secrets that sign carrier webhooks.
    pub carrier_secrets: CarrierSecrets,
    /// Wakes live order pages when an order changes.
    pub live: Live,
    /// Guest order lookups, counted per client and per order number.
    pub lookup_limits: RateLimits,
}

/// Cheap to clone; handlers get it through `State`.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

#[derive(Debug)]
pub struct StartError(pub String);

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StartError {}

impl From<sqlx::Error> for StartError {
    fn from(e: sqlx::Error) -> Self {
        StartError(format!("database: {e}"))
    }
}

impl From<settings::SettingsError> for StartError {
    fn from(e: settings::SettingsError) -> Self {
        StartError(e.0)
    }
}

impl AppState {
    /// Reads (or, on a new database, writes) the shop settings, seeds the
    /// demo catalog when asked and empty, loads the catalog and the assets.
    pub async fn new(db: Db, mut config: ShopConfig) -> Result<AppState, StartError> {
        crate::i18n::init();
        config.currency = settings::currency(&db, config.currency).await?;
        config.public_url = config.public_url.trim_end_matches('/').to_string();
        if config.demo {
            crate::demo::seed_if_empty(&db, config.demo_size, config.currency).await.map_err(StartError)?;
        }
        let catalog = CatalogStore::load(&db, config.currency).await?;
        let assets = match &config.static_dir {
            Some(dir) => Some(Assets::load(dir).map_err(|e| StartError(format!("static dir {}: {e}", dir.display())))?),
            None => None,
        };
        let psp = settings::psp_keys(&db).await?;
        let link_secret = settings::link_secret(&db).await?;
        let carrier_secrets = settings::carrier_secrets(&db).await?;
        let provider = Arc::new(SandboxProvider {
            db: db.clone(),
            base_url: format!("{}/psp/v1", config.public_url),
            publishable_key: psp.publishable.clone(),
        });
        Ok(AppState(Arc::new(Inner {
            db,
            config,
            catalog,
            assets,
            psp,
            provider,
            link_secret,
            webhook_url: OnceLock::new(),
            carrier_secrets,
            live: Live::default(),
            lookup_limits: RateLimits::default(),
        })))
    }

    /// The shop as the storefront sees it: settings plus the current rules.
    pub fn shop(&self) -> Shop {
        let snapshot = self.catalog.get();
        Shop {
            name: self.config.shop_name.clone(),
            currency: self.config.currency,
            locale: self.config.locale.clone(),
            tax_inclusive: snapshot.rules.tax_inclusive,
            ship_to: snapshot.rules.ship_to(),
            address_fields: snapshot.rules.address_fields,
        }
    }

    pub fn currency(&self) -> Currency {
        self.config.currency
    }

    /// The locale shopper-facing text is formatted in.
    pub fn locale(&self) -> Locale {
        Locale::from_tag(&self.config.locale)
    }

    /// The sandbox provider's API base (absolute when a public URL is set).
    pub fn psp_base_url(&self) -> String {
        format!("{}/psp/v1", self.config.public_url)
    }
}
