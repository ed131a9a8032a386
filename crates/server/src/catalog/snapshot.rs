//! The in-memory read model of the catalog. The database is the source of
//! truth; a snapshot is rebuilt from it after every catalog write (and when
//! another instance bumped `catalog_version`), so reads never touch SQL.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use axum::body::Bytes;

use vitrine_core::catalog::{Category, CategoryRef, Image, Product, ProductOption, ProductSummary, StockStatus, Variant};
use vitrine_core::listing::{ProductList, ProductQuery, Suggestions};
use vitrine_core::{ApiErrorBody, Currency, Money};

use super::listing::ListingIndex;
use super::search::{Document, SearchIndex};
use crate::db::Db;
use crate::rules::ShopRules;

#[derive(sqlx::FromRow)]
struct CategoryRow {
    id: i64,
    handle: String,
    name: String,
    description: String,
}

#[derive(sqlx::FromRow)]
struct ProductRow {
    id: i64,
    handle: String,
    title: String,
    description: String,
    category_id: i64,
    options_json: String,
    images_json: String,
    created_at: i64,
}

#[derive(sqlx::FromRow)]
struct VariantRow {
    id: i64,
    product_id: i64,
    sku: String,
    options_json: String,
    price_minor: i64,
    compare_at_minor: Option<i64>,
    stock: i64,
    reserved: i64,
    image_index: Option<i64>,
}

/// One immutable view of the catalog, with its search and listing indexes.
pub struct CatalogSnapshot {
    pub version: i64,
    pub categories: Vec<Category>,
    /// In "featured" order: category position, then id.
    pub products: Vec<Arc<Product>>,
    pub summaries: Vec<ProductSummary>,
    /// Shared between a snapshot and its stock-patched successors.
    by_handle: Arc<HashMap<String, usize>>,
    /// Each product's JSON, serialised on first request.
    json: Vec<OnceLock<Bytes>>,
    /// Variant id -> (product index, variant index).
    variants: Arc<HashMap<i64, (usize, usize)>>,
    /// Shipping, tax and tax-inclusion rules.
    pub rules: ShopRules,
    /// Text only: stock changes share it between snapshots.
    search: Arc<SearchIndex>,
    listing: ListingIndex,
}

impl CatalogSnapshot {
    pub async fn load(db: &Db, currency: Currency) -> Result<CatalogSnapshot, sqlx::Error> {
        let version: i64 = sqlx::query_scalar("SELECT version FROM catalog_version WHERE id = 1")
            .fetch_one(&db.pool)
            .await?;
        let category_rows: Vec<CategoryRow> =
            sqlx::query_as("SELECT id, handle, name, description FROM categories ORDER BY position, id")
                .fetch_all(&db.pool)
                .await?;
        let product_rows: Vec<ProductRow> = sqlx::query_as(
            "SELECT p.id, p.handle, p.title, p.description, p.category_id, p.options_json, p.images_json, p.created_at \
             FROM products p JOIN categories c ON c.id = p.category_id ORDER BY c.position, c.id, p.id",
        )
        .fetch_all(&db.pool)
        .await?;
        let variant_rows: Vec<VariantRow> = sqlx::query_as(
            "SELECT id, product_id, sku, options_json, price_minor, compare_at_minor, stock, reserved, image_index \
             FROM variants ORDER BY product_id, position, id",
        )
        .fetch_all(&db.pool)
        .await?;
        let mut snapshot = Self::build(version, currency, category_rows, product_rows, variant_rows);
        snapshot.rules = ShopRules::load(db, currency).await?;
        Ok(snapshot)
    }

    fn build(
        version: i64,
        currency: Currency,
        category_rows: Vec<CategoryRow>,
        product_rows: Vec<ProductRow>,
        variant_rows: Vec<VariantRow>,
    ) -> CatalogSnapshot {
        let mut variants_by_product: HashMap<i64, Vec<Variant>> = HashMap::new();
        for v in variant_rows {
            let options: Vec<String> = serde_json::from_str(&v.options_json).unwrap_or_default();
            let available = (v.stock - v.reserved).max(0);
            let price = Money::from_minor(v.price_minor, currency);
            let compare_at_price = v
                .compare_at_minor
                .filter(|c| *c > v.price_minor)
                .map(|c| Money::from_minor(c, currency));
            variants_by_product.entry(v.product_id).or_default().push(Variant {
                id: v.id,
                title: if options.is_empty() { "Default".into() } else { options.join(" / ") },
                sku: v.sku,
                options,
                price,
                compare_at_price,
                available,
                stock_status: StockStatus::from_available(available),
                image: v.image_index.and_then(|i| u32::try_from(i).ok()),
            });
        }
        let mut category_refs: HashMap<i64, CategoryRef> = HashMap::new();
        let mut counts: HashMap<i64, u64> = HashMap::new();
        for p in &product_rows {
            *counts.entry(p.category_id).or_default() += 1;
        }
        let categories: Vec<Category> = category_rows
            .into_iter()
            .map(|c| {
                category_refs.insert(c.id, CategoryRef { handle: c.handle.clone(), name: c.name.clone() });
                Category {
                    product_count: counts.get(&c.id).copied().unwrap_or(0),
                    handle: c.handle,
                    name: c.name,
                    description: c.description,
                }
            })
            .collect();
        let mut products = Vec::with_capacity(product_rows.len());
        let mut summaries = Vec::with_capacity(product_rows.len());
        let mut by_handle = HashMap::with_capacity(product_rows.len());
        for p in product_rows {
            let variants = variants_by_product.remove(&p.id).unwrap_or_default();
            if variants.is_empty() {
                continue;
            }
            let options: Vec<ProductOption> = serde_json::from_str(&p.options_json).unwrap_or_default();
            let images: Vec<Image> = serde_json::from_str(&p.images_json).unwrap_or_default();
            let category = category_refs
                .get(&p.category_id)
                .cloned()
                .unwrap_or(CategoryRef { handle: String::new(), name: String::new() });
            let product = Product {
                id: p.id,
                handle: p.handle,
                title: p.title,
                description: p.description,
                category,
                images,
                options,
                variants,
                created_at: p.created_at,
            };
            by_handle.insert(product.handle.clone(), products.len());
            summaries.push(summarise(&product));
            products.push(Arc::new(product));
        }
        let documents: Vec<Document> = products
            .iter()
            .map(|p| Document {
                title: &p.title,
                category: &p.category.name,
                options: p.options.iter().flat_map(|o| o.values.iter().map(|v| v.value.as_str())).collect(),
                skus: p.variants.iter().map(|v| v.sku.as_str()).collect(),
                description: &p.description,
            })
            .collect();
        let search = Arc::new(SearchIndex::build(&documents));
        let listing = ListingIndex::build(&products, &categories, currency);
        let json = products.iter().map(|_| OnceLock::new()).collect();
        let variants: HashMap<i64, (usize, usize)> = products
            .iter()
            .enumerate()
            .flat_map(|(pi, p)| p.variants.iter().enumerate().map(move |(vi, v)| (v.id, (pi, vi))))
            .collect();
        let rules = ShopRules::default();
        CatalogSnapshot {
            version,
            categories,
            products,
            summaries,
            by_handle: Arc::new(by_handle),
            json,
            variants: Arc::new(variants),
            rules,
            search,
            listing,
        }
    }

    /// This snapshot with new available quantities for some variants (stock
    /// moved by orders), as `version`. Products, summaries, cached JSON and
    /// the listing index (stock filter, facet counts) follow; the text index
    /// and everything else is shared. Unknown variant ids are skipped.
    pub fn with_stock(&self, version: i64, available: &HashMap<i64, i64>) -> CatalogSnapshot {
        let mut products = self.products.clone();
        let mut summaries = self.summaries.clone();
        let mut json = self.json.clone();
        let mut touched: Vec<usize> = Vec::new();
        for (id, &qty) in available {
            let Some(&(pi, vi)) = self.variants.get(id) else { continue };
            let qty = qty.max(0);
            let product = Arc::make_mut(&mut products[pi]);
            let variant = &mut product.variants[vi];
            variant.available = qty;
            variant.stock_status = StockStatus::from_available(qty);
            touched.push(pi);
        }
        touched.sort_unstable();
        touched.dedup();
        for &pi in &touched {
            summaries[pi] = summarise(&products[pi]);
            json[pi] = OnceLock::new();
        }
        CatalogSnapshot {
            version,
            categories: self.categories.clone(),
            listing: ListingIndex::build(&products, &self.categories, self.listing.currency()),
            products,
            summaries,
            by_handle: self.by_handle.clone(),
            json,
            variants: self.variants.clone(),
            rules: self.rules.clone(),
            search: self.search.clone(),
        }
    }


    pub fn product(&self, handle: &str) -> Option<&Arc<Product>> {
        self.by_handle.get(handle).map(|&i| &self.products[i])
    }

    /// A variant and its product.
    pub fn variant(&self, id: i64) -> Option<(&Product, &Variant)> {
        let &(p, v) = self.variants.get(&id)?;
        let product = &self.products[p];
        Some((product, &product.variants[v]))
    }

    /// The product's JSON, as `GET /products/{handle}` answers it.
    pub fn product_json(&self, handle: &str) -> Option<Bytes> {
        let i = *self.by_handle.get(handle)?;
        Some(self.json[i].get_or_init(|| serde_json::to_vec(&*self.products[i]).unwrap_or_default().into()).clone())
    }

    /// One page of results for `q`, with facet counts.
    pub fn list(&self, q: &ProductQuery) -> Result<ProductList, ApiErrorBody> {
        self.listing.run(q, &self.search, &self.summaries)
    }

    /// Search-as-you-type suggestions.
    pub fn suggest(&self, q: &str, limit: usize) -> Suggestions {
        self.listing.suggest(q, &self.search, &self.summaries, limit)
    }
}

/// The card view of a product.
pub fn summarise(p: &Product) -> ProductSummary {
    let cheapest = p
        .variants
        .iter()
        .min_by_key(|v| (v.available <= 0, v.price.amount))
        .expect("a listed product has variants");
    let price = p.variants.iter().map(|v| v.price).min_by_key(|m| m.amount).unwrap_or(cheapest.price);
    let price_max = p.variants.iter().map(|v| v.price).max_by_key(|m| m.amount).unwrap_or(price);
    let swatches = p
        .options
        .iter()
        .flat_map(|o| o.values.iter())
        .filter_map(|v| v.swatch.clone())
        .collect();
    ProductSummary {
        id: p.id,
        handle: p.handle.clone(),
        title: p.title.clone(),
        category: p.category.clone(),
        price,
        price_max,
        compare_at_price: cheapest.compare_at_price.filter(|_| cheapest.price == price),
        image: p.images.first().cloned(),
        available: p.variants.iter().map(|v| v.available).sum(),
        swatches,
        variant_count: p.variants.len() as u32,
        single_variant_id: (p.variants.len() == 1).then(|| p.variants[0].id),
    }
}
