//! The catalog snapshot the API answers from, and how it follows the
//! database: stock moved by this server is patched in (milliseconds); any
//! other change (an import, another server's orders) bumps the shared
//! `catalog_version` and the snapshot is rebuilt.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, RwLock};

use vitrine_core::Currency;

use super::snapshot::CatalogSnapshot;
use crate::db::Db;

pub struct CatalogStore {
    db: Db,
    currency: Currency,
    current: RwLock<Arc<CatalogSnapshot>>,
    /// Variants whose stock moved since the last refresh.
    stock_dirty: Mutex<BTreeSet<i64>>,
}

impl CatalogStore {
    /// Loads the snapshot from the database.
    pub async fn load(db: &Db, currency: Currency) -> Result<CatalogStore, sqlx::Error> {
        let snapshot = CatalogSnapshot::load(db, currency).await?;
        Ok(CatalogStore { db: db.clone(), currency, current: RwLock::new(Arc::new(snapshot)), stock_dirty: Mutex::default() })
    }

    pub fn get(&self) -> Arc<CatalogSnapshot> {
        self.current.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn set(&self, snapshot: CatalogSnapshot) {
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(snapshot);
    }

    /// Stock of these variants moved (an order was placed, paid, canceled or
    /// expired): the snapshot follows on the next refresh.
    pub fn stock_changed(&self, variants: impl IntoIterator<Item = i64>) {
        self.stock_dirty.lock().unwrap_or_else(|e| e.into_inner()).extend(variants);
    }

    /// Brings the snapshot up to date. Stock moved here: bump the shared
    /// `catalog_version` (so other instances reload) and patch just those
    /// variants in. Anything else changed the version: rebuild the snapshot
    /// from the database. Returns whether the snapshot changed.
    pub async fn refresh(&self) -> Result<bool, sqlx::Error> {
        let dirty: Vec<i64> = std::mem::take(&mut *self.stock_dirty.lock().unwrap_or_else(|e| e.into_inner())).into_iter().collect();
        if dirty.is_empty() {
            return self.reload_if_stale().await;
        }
        let result = self.patch_stock(&dirty).await;
        if result.is_err() {
            // Try again on the next tick.
            self.stock_changed(dirty);
        }
        result
    }

    async fn patch_stock(&self, dirty: &[i64]) -> Result<bool, sqlx::Error> {
        let current = self.get();
        let version: i64 = sqlx::query_scalar("UPDATE catalog_version SET version = version + 1 WHERE id = 1 RETURNING version")
            .fetch_one(&self.db.pool)
            .await?;
        if version != current.version + 1 {
            // Someone else changed the catalog meanwhile: start from the database.
            self.reload().await?;
            return Ok(true);
        }
        let started = std::time::Instant::now();
        let available = crate::stock::available_many(&self.db, dirty).await?;
        self.set(current.with_stock(version, &available));
        tracing::debug!(variants = available.len(), elapsed_ms = started.elapsed().as_secs_f64() * 1000.0, "catalog stock patched");
        Ok(true)
    }

    /// Rebuilds the snapshot from the database.
    pub async fn reload(&self) -> Result<(), sqlx::Error> {
        let started = std::time::Instant::now();
        let snapshot = CatalogSnapshot::load(&self.db, self.currency).await?;
        let (version, products) = (snapshot.version, snapshot.products.len());
        self.set(snapshot);
        tracing::info!(version, products, elapsed_ms = started.elapsed().as_secs_f64() * 1000.0, "catalog loaded");
        Ok(())
    }

    /// Reloads the snapshot when another writer bumped its version.
    pub async fn reload_if_stale(&self) -> Result<bool, sqlx::Error> {
        let version: i64 = sqlx::query_scalar("SELECT version FROM catalog_version WHERE id = 1").fetch_one(&self.db.pool).await?;
        if version != self.get().version {
            self.reload().await?;
            return Ok(true);
        }
        Ok(false)
    }
}
