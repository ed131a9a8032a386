//! Shared server state and its configuration.

use std::ops::Deref;
use std::path::PathBuf;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use vitrine_core::shop::Shop;
use vitrine_core::Currency;

use crate::assets::Assets;
use crate::catalog::snapshot::{CatalogSnapshot, CatalogStore};
use crate::db::Db;
use crate::payments::{PaymentProvider, SandboxProvider};
use crate::psp::PspKeys;
use vitrine_core::address::AddressFieldConfig;

/// Everything `AppState::new` needs besides the database.
#[derive(Debug, Clone)]
pub struct ShopConfig {
    pub shop_name: String,
    /// The currency a new database prices in. An existing database keeps its own.
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
    pub public_url: String,
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
        }
    }
}

pub struct Inner {
    pub db: Db,
    pub shop: Shop,
    pub catalog: CatalogStore,
    pub assets: Option<Assets>,
    pub config: ShopConfig,
    /// The sandbox provider's keys.
    pub psp: PspKeys,
    /// Where card payments are charged.
    pub provider: Arc<dyn PaymentProvider>,
    /// Signs order links.
    pub secret: String,
    pub public_url: String,
    /// Where the provider posts webhooks; set once the server listens.
    pub webhook_url: OnceLock<String>,
    pub address_fields: AddressFieldConfig,
    /// Variants whose stock moved since the last refresh.
    stock_dirty: Mutex<BTreeSet<i64>>,
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

impl AppState {
    /// Reads (or, on a new database, writes) the shop settings, seeds the
    /// demo catalog when asked and empty, loads the catalog and the assets.
    pub async fn new(db: Db, config: ShopConfig) -> Result<AppState, StartError> {
        let currency = settle_currency(&db, config.currency).await?;
        if config.demo {
            let products: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM products").fetch_one(&db.pool).await?;
            if products == 0 {
                let doc = crate::demo::catalog(config.demo_size, currency);
                let report = crate::catalog::import::import(&db, currency, &doc)
                    .await
                    .map_err(|e| StartError(format!("seeding the demo catalog failed: {e:?}")))?;
                tracing::info!(products = report.products_created, variants = report.variants, "seeded the demo catalog");
            }
        }
        let snapshot = CatalogSnapshot::load(&db, currency).await?;
        let catalog = CatalogStore::new(snapshot);
        let assets = match &config.static_dir {
            Some(dir) => Some(Assets::load(dir).map_err(|e| StartError(format!("static dir {}: {e}", dir.display())))?),
            None => None,
        };
        // Rules-derived fields (ship_to, tax_inclusive) are filled per request from the snapshot.
        let psp = PspKeys::load_or_create(&db).await?;
        let secret = match std::env::var("VITRINE_SECRET").ok().filter(|s| s.len() >= 16) {
            Some(s) => s,
            None => setting_or_create(&db, "order_link_secret", || crate::carts::token::random_hex(32)).await?,
        };
        let address_fields: AddressFieldConfig = sqlx::query_scalar::<_, String>("SELECT value FROM settings WHERE key = 'address_fields'")
            .fetch_optional(&db.pool)
            .await?
            .and_then(|j| serde_json::from_str(&j).ok())
            .unwrap_or_default();
        let public_url = config.public_url.trim_end_matches('/').to_string();
        let provider = Arc::new(SandboxProvider {
            db: db.clone(),
            base_url: format!("{public_url}/psp/v1"),
            publishable_key: psp.publishable.clone(),
        });
        let shop = Shop {
            name: config.shop_name.clone(),
            currency,
            locale: config.locale.clone(),
            tax_inclusive: false,
            ship_to: Vec::new(),
            address_fields,
        };
        Ok(AppState(Arc::new(Inner {
            db,
            shop,
            catalog,
            assets,
            config,
            psp,
            provider,
            secret,
            public_url,
            webhook_url: OnceLock::new(),
            address_fields,
            stock_dirty: Mutex::new(BTreeSet::new()),
        })))
    }

    /// The sandbox provider's API base (absolute when a public URL is set).
    pub fn psp_base_url(&self) -> String {
        format!("{}/psp/v1", self.public_url)
    }

    /// Stock of these variants moved (an order was placed, paid, canceled or
    /// expired): the catalog snapshot follows on the next tick.
    pub fn stock_changed(&self, variants: impl IntoIterator<Item = i64>) {
        self.stock_dirty.lock().unwrap_or_else(|e| e.into_inner()).extend(variants);
    }

    /// Brings the catalog snapshot up to date. Stock moved here: bump the
    /// shared `catalog_version` (so other instances reload) and patch just
    /// those variants in. Anything else changed the version (an import,
    /// another instance's orders): rebuild the snapshot from the database.
    /// Returns whether the snapshot changed.
    pub async fn refresh(&self) -> Result<bool, sqlx::Error> {
        let dirty: Vec<i64> = std::mem::take(&mut *self.stock_dirty.lock().unwrap_or_else(|e| e.into_inner())).into_iter().collect();
        if dirty.is_empty() {
            return self.refresh_catalog_if_stale().await;
        }
        let result = self.patch_stock(&dirty).await;
        if result.is_err() {
            // Try again on the next tick.
            self.stock_changed(dirty);
        }
        result
    }

    async fn patch_stock(&self, dirty: &[i64]) -> Result<bool, sqlx::Error> {
        let current = self.catalog.get();
        let version: i64 = sqlx::query_scalar("UPDATE catalog_version SET version = version + 1 WHERE id = 1 RETURNING version")
            .fetch_one(&self.db.pool)
            .await?;
        if version != current.version + 1 {
            // Someone else changed the catalog meanwhile: start from the database.
            self.reload_catalog().await?;
            return Ok(true);
        }
        let started = std::time::Instant::now();
        let mut available = HashMap::with_capacity(dirty.len());
        for chunk in dirty.chunks(500) {
            let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!("SELECT id, stock - reserved FROM variants WHERE id IN ({})", placeholders.join(", "));
            let mut query = sqlx::query_as::<_, (i64, i64)>(&sql);
            for id in chunk {
                query = query.bind(id);
            }
            available.extend(query.fetch_all(&self.db.pool).await?);
        }
        let patched = current.with_stock(version, &available);
        self.catalog.set(patched);
        tracing::debug!(variants = available.len(), elapsed_ms = started.elapsed().as_secs_f64() * 1000.0, "catalog stock patched");
        Ok(true)
    }

    /// Rebuilds the catalog snapshot from the database.
    pub async fn reload_catalog(&self) -> Result<(), sqlx::Error> {
        let started = std::time::Instant::now();
        let snapshot = CatalogSnapshot::load(&self.db, self.shop.currency).await?;
        let (version, products) = (snapshot.version, snapshot.products.len());
        self.catalog.set(snapshot);
        tracing::info!(version, products, elapsed_ms = started.elapsed().as_secs_f64() * 1000.0, "catalog loaded");
        Ok(())
    }

    /// Reloads the catalog when another writer bumped its version.
    pub async fn refresh_catalog_if_stale(&self) -> Result<bool, sqlx::Error> {
        let version: i64 = sqlx::query_scalar("SELECT version FROM catalog_version WHERE id = 1")
            .fetch_one(&self.db.pool)
            .await?;
        if version != self.catalog.get().version {
            self.reload_catalog().await?;
            return Ok(true);
        }
        Ok(false)
    }
}

async fn setting_or_create(db: &Db, key: &str, make: impl FnOnce() -> String) -> Result<String, StartError> {
    if let Some(v) = sqlx::query_scalar::<_, String>("SELECT value FROM settings WHERE key = $1").bind(key).fetch_optional(&db.pool).await? {
        return Ok(v);
    }
    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING").bind(key).bind(make()).execute(&db.pool).await?;
    Ok(sqlx::query_scalar("SELECT value FROM settings WHERE key = $1").bind(key).fetch_one(&db.pool).await?)
}

/// A database prices in one currency forever: amounts are stored in its minor
/// units, so switching would turn $19.99 into ¥1999.
pub async fn settle_currency(db: &Db, wanted: Currency) -> Result<Currency, StartError> {
    let stored: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = 'currency'")
        .fetch_optional(&db.pool)
        .await?;
    match stored {
        Some(code) => {
            let c = Currency::from_code(&code).ok_or_else(|| StartError(format!("database has unknown currency {code}")))?;
            if c != wanted {
                tracing::warn!(database = c.code(), requested = wanted.code(), "this database prices in its own currency; keeping it");
            }
            Ok(c)
        }
        None => {
            sqlx::query("INSERT INTO settings (key, value) VALUES ('currency', $1)")
                .bind(wanted.code())
                .execute(&db.pool)
                .await?;
            Ok(wanted)
        }
    }
}
