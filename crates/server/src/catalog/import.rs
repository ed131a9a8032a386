//! Catalog import: validates a whole catalog document, then upserts it
//! (categories by handle, products by handle, variants by SKU) in one
//! transaction, so a bad file changes nothing.

use std::collections::{BTreeMap, HashSet};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use vitrine_core::catalog::{Image, OptionValue};
use vitrine_core::{ApiErrorBody, Currency, Money};

use crate::db::{now, Db};
use crate::error::{ApiError, Result};

#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CatalogImport {
    #[serde(default)]
    pub categories: Vec<CategoryImport>,
    #[serde(default)]
    pub products: Vec<ProductImport>,
    /// When present, replaces every shipping rate.
    #[serde(default)]
    pub shipping_rates: Option<Vec<ShippingRateImport>>,
    /// When present, replaces every tax rate.
    #[serde(default)]
    pub tax_rates: Option<Vec<TaxRateImport>>,
    /// Upserted by code.
    #[serde(default)]
    pub discount_codes: Vec<DiscountImport>,
    /// Prices include tax (VAT-style).
    #[serde(default)]
    pub tax_inclusive: Option<bool>,
    /// When present, replaces the payment method rules.
    #[serde(default)]
    pub payment_rules: Option<Vec<crate::rules::PaymentRule>>,
    /// When present, replaces the return policy: window in days from
    /// delivery, final-sale products and categories, their own windows,
    /// the store credit bonus, the reasons shoppers pick from.
    #[serde(default)]
    pub return_policy: Option<vitrine_core::returns::ReturnPolicy>,
    /// Which optional address fields checkout shows or requires (company,
    /// address2, phone: `hidden`, `optional` or `required`). Takes effect on restart.
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    pub address_fields: Option<vitrine_core::address::AddressFieldConfig>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ShippingRateImport {
    pub id: String,
    pub zone: String,
    /// ISO country codes, or `["*"]` for everywhere else.
    pub countries: Vec<String>,
    pub name: String,
    #[serde(with = "rust_decimal::serde::str")]
    #[schema(value_type = String)]
    pub price: Decimal,
    #[serde(default, with = "rust_decimal::serde::str_option")]
    #[schema(value_type = Option<String>)]
    pub free_over: Option<Decimal>,
    pub min_days: u32,
    pub max_days: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TaxRateImport {
    pub country: String,
    /// State or province code; absent for a country-wide rate.
    #[serde(default)]
    pub region: Option<String>,
    pub name: String,
    /// A fraction: "0.2" is 20 %.
    #[serde(with = "rust_decimal::serde::str")]
    #[schema(value_type = String)]
    pub rate: Decimal,
    #[serde(default)]
    pub shipping_taxable: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DiscountImport {
    pub code: String,
    /// `percentage`, `fixed_amount` or `free_shipping`.
    pub kind: String,
    /// The percent, or the amount in the shop currency; absent for free shipping.
    #[serde(default, with = "rust_decimal::serde::str_option")]
    #[schema(value_type = Option<String>)]
    pub value: Option<Decimal>,
    #[serde(default, with = "rust_decimal::serde::str_option")]
    #[schema(value_type = Option<String>)]
    pub minimum_subtotal: Option<Decimal>,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub starts_at: Option<i64>,
    #[serde(default)]
    pub expires_at: Option<i64>,
    #[serde(default)]
    pub usage_limit: Option<i64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CategoryImport {
    pub handle: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OptionImport {
    pub name: String,
    pub values: Vec<OptionValue>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProductImport {
    pub handle: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// Handle of a category in this document or already in the catalog.
    pub category: String,
    #[serde(default)]
    pub options: Vec<OptionImport>,
    #[serde(default)]
    pub images: Vec<Image>,
    pub variants: Vec<VariantImport>,
    /// Unix seconds; defaults to the import time.
    #[serde(default)]
    pub created_at: Option<i64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VariantImport {
    pub sku: String,
    /// One value per product option, in option order.
    #[serde(default)]
    pub options: Vec<String>,
    /// Decimal string in the shop currency.
    #[serde(with = "rust_decimal::serde::str")]
    #[schema(value_type = String, example = "49.00")]
    pub price: Decimal,
    #[serde(default, with = "rust_decimal::serde::str_option")]
    #[schema(value_type = Option<String>)]
    pub compare_at_price: Option<Decimal>,
    pub stock: i64,
    /// Index into the product's images.
    #[serde(default)]
    pub image: Option<u32>,
}

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ImportReport {
    pub categories: u64,
    pub products_created: u64,
    pub products_updated: u64,
    pub variants: u64,
}

pub fn is_handle(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 120
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn minor(amount: Decimal, currency: Currency, field: &str, err: &mut ApiErrorBody) -> Option<i64> {
    let m = Money::new(amount, currency);
    if m.is_negative() {
        err.errors.entry(field.into()).or_default().push("must not be negative".into());
        return None;
    }
    if !m.is_exact() {
        err.errors
            .entry(field.into())
            .or_default()
            .push(format!("has more than {} decimals for {}", currency.minor_units(), currency.code()));
        return None;
    }
    match m.to_minor() {
        Some(v) if v <= 1_000_000_000_000 => Some(v),
        _ => {
            err.errors.entry(field.into()).or_default().push("is too large".into());
            None
        }
    }
}

/// Checks the whole document; every problem is reported, keyed by its path
/// (`products[3].variants[0].price`).
pub fn validate(doc: &CatalogImport, currency: Currency, known_categories: &HashSet<String>) -> Result<(), ApiErrorBody> {
    let mut err = ApiErrorBody::new("The catalog has errors; nothing was imported.");
    let push = |err: &mut ApiErrorBody, f: String, m: &str| err.errors.entry(f).or_default().push(m.to_string());
    let mut categories: HashSet<&str> = known_categories.iter().map(String::as_str).collect();
    for (i, c) in doc.categories.iter().enumerate() {
        if !is_handle(&c.handle) {
            push(&mut err, format!("categories[{i}].handle"), "must be lowercase letters, digits and dashes");
        }
        if c.name.trim().is_empty() {
            push(&mut err, format!("categories[{i}].name"), "is required");
        }
        categories.insert(&c.handle);
    }
    let mut handles = HashSet::new();
    let mut skus = HashSet::new();
    for (i, p) in doc.products.iter().enumerate() {
        let at = |f: &str| format!("products[{i}].{f}");
        if !is_handle(&p.handle) {
            push(&mut err, at("handle"), "must be lowercase letters, digits and dashes");
        } else if !handles.insert(p.handle.as_str()) {
            push(&mut err, at("handle"), "appears twice in this file");
        }
        if p.title.trim().is_empty() || p.title.chars().count() > 200 {
            push(&mut err, at("title"), "is required and at most 200 characters");
        }
        if !categories.contains(p.category.as_str()) {
            push(&mut err, at("category"), "is not a known category handle");
        }
        if p.variants.is_empty() {
            push(&mut err, at("variants"), "needs at least one variant");
        }
        let mut combos = HashSet::new();
        for (j, v) in p.variants.iter().enumerate() {
            let vat = |f: &str| format!("products[{i}].variants[{j}].{f}");
            if v.sku.trim().is_empty() || v.sku.len() > 64 {
                push(&mut err, vat("sku"), "is required and at most 64 characters");
            } else if !skus.insert(v.sku.as_str()) {
                push(&mut err, vat("sku"), "appears twice in this file");
            }
            if v.options.len() != p.options.len() {
                push(&mut err, vat("options"), "needs one value per product option");
            } else {
                for (k, value) in v.options.iter().enumerate() {
                    if !p.options[k].values.iter().any(|o| &o.value == value) {
                        push(&mut err, vat("options"), &format!("{value:?} is not a value of option {:?}", p.options[k].name));
                    }
                }
                if !combos.insert(v.options.clone()) {
                    push(&mut err, vat("options"), "duplicates another variant's option values");
                }
            }
            minor(v.price, currency, &vat("price"), &mut err);
            if let Some(c) = v.compare_at_price {
                minor(c, currency, &vat("compare_at_price"), &mut err);
            }
            if v.stock < 0 {
                push(&mut err, vat("stock"), "must not be negative");
            }
            if v.image.is_some_and(|ix| ix as usize >= p.images.len()) {
                push(&mut err, vat("image"), "points past the product's images");
            }
        }
    }
    for (i, r) in doc.shipping_rates.iter().flatten().enumerate() {
        let at = |f: &str| format!("shipping_rates[{i}].{f}");
        if r.id.trim().is_empty() || r.name.trim().is_empty() {
            push(&mut err, at("name"), "id and name are required");
        }
        if r.countries.is_empty()
            || !r.countries.iter().all(|c| c == "*" || crate::geo::format(c).is_some())
        {
            push(&mut err, at("countries"), "must list ISO country codes, or \"*\"");
        }
        minor(r.price, currency, &at("price"), &mut err);
        if let Some(f) = r.free_over {
            minor(f, currency, &at("free_over"), &mut err);
        }
        if r.min_days > r.max_days {
            push(&mut err, at("min_days"), "must not be above max_days");
        }
    }
    for (i, t) in doc.tax_rates.iter().flatten().enumerate() {
        if crate::geo::format(&t.country).is_none() {
            push(&mut err, format!("tax_rates[{i}].country"), "is not an ISO country code");
        }
        if t.rate < Decimal::ZERO || t.rate >= Decimal::ONE {
            push(&mut err, format!("tax_rates[{i}].rate"), "must be a fraction from 0 to below 1, e.g. 0.2");
        }
    }
    for (i, r) in doc.payment_rules.iter().flatten().enumerate() {
        if vitrine_core::checkout::PaymentKind::parse(&r.kind).is_none() {
            push(&mut err, format!("payment_rules[{i}].kind"), "must be card, bank_transfer, cash_on_delivery or invoice");
        }
        if r.countries.is_empty() || !r.countries.iter().all(|c| c == "*" || crate::geo::format(c).is_some()) {
            push(&mut err, format!("payment_rules[{i}].countries"), "must list ISO country codes, or \"*\"");
        }
    }
    for (i, d) in doc.discount_codes.iter().enumerate() {
        let at = |f: &str| format!("discount_codes[{i}].{f}");
        let code = d.code.trim();
        if code.is_empty() || code.len() > 40 || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            push(&mut err, at("code"), "must be 1 to 40 letters, digits, - or _");
        }
        match (d.kind.as_str(), d.value) {
            ("percentage", Some(v)) if v > Decimal::ZERO && v <= Decimal::from(100) => {}
            ("percentage", _) => push(&mut err, at("value"), "a percentage needs a value above 0 and at most 100"),
            ("fixed_amount", Some(v)) if v > Decimal::ZERO => {
                minor(v, currency, &at("value"), &mut err);
            }
            ("fixed_amount", _) => push(&mut err, at("value"), "a fixed amount needs a value above 0"),
            ("free_shipping", _) => {}
            _ => push(&mut err, at("kind"), "must be percentage, fixed_amount or free_shipping"),
        }
        if let Some(m) = d.minimum_subtotal {
            minor(m, currency, &at("minimum_subtotal"), &mut err);
        }
    }
    if err.errors.is_empty() { Ok(()) } else { Err(err) }
}

#[derive(sqlx::FromRow)]
struct IdRow {
    id: i64,
}

/// Validates and imports `doc`; all or nothing.
pub async fn import(db: &Db, currency: Currency, doc: &CatalogImport) -> Result<ImportReport> {
    let known: HashSet<String> = sqlx::query_scalar::<_, String>("SELECT handle FROM categories")
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .collect();
    validate(doc, currency, &known).map_err(ApiError::Validation)?;
    let mut report = ImportReport::default();
    let ts = now();
    let mut tx = db.begin_write().await?;
    let mut category_ids: BTreeMap<String, i64> = BTreeMap::new();
    for (pos, c) in doc.categories.iter().enumerate() {
        let row: IdRow = sqlx::query_as(
            "INSERT INTO categories (handle, name, description, position) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (handle) DO UPDATE SET name = excluded.name, description = excluded.description, \
             position = excluded.position RETURNING id",
        )
        .bind(&c.handle)
        .bind(c.name.trim())
        .bind(&c.description)
        .bind(pos as i64)
        .fetch_one(&mut *tx)
        .await?;
        category_ids.insert(c.handle.clone(), row.id);
        report.categories += 1;
    }
    for p in &doc.products {
        let category_id = match category_ids.get(&p.category) {
            Some(id) => *id,
            None => {
                let row: IdRow = sqlx::query_as("SELECT id FROM categories WHERE handle = $1")
                    .bind(&p.category)
                    .fetch_one(&mut *tx)
                    .await?;
                category_ids.insert(p.category.clone(), row.id);
                row.id
            }
        };
        let options_json = serde_json::to_string(&p.options).map_err(|e| ApiError::Internal(e.to_string()))?;
        let images_json = serde_json::to_string(&p.images).map_err(|e| ApiError::Internal(e.to_string()))?;
        let existing: Option<IdRow> = sqlx::query_as("SELECT id FROM products WHERE handle = $1")
            .bind(&p.handle)
            .fetch_optional(&mut *tx)
            .await?;
        let product_id = match existing {
            Some(row) => {
                sqlx::query(
                    "UPDATE products SET title = $1, description = $2, category_id = $3, options_json = $4, \
                     images_json = $5, updated_at = $6 WHERE id = $7",
                )
                .bind(p.title.trim())
                .bind(&p.description)
                .bind(category_id)
                .bind(&options_json)
                .bind(&images_json)
                .bind(ts)
                .bind(row.id)
                .execute(&mut *tx)
                .await?;
                report.products_updated += 1;
                row.id
            }
            None => {
                let row: IdRow = sqlx::query_as(
                    "INSERT INTO products (handle, title, description, category_id, options_json, images_json, \
                     created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                )
                .bind(&p.handle)
                .bind(p.title.trim())
                .bind(&p.description)
                .bind(category_id)
                .bind(&options_json)
                .bind(&images_json)
                .bind(p.created_at.unwrap_or(ts))
                .bind(ts)
                .fetch_one(&mut *tx)
                .await?;
                report.products_created += 1;
                row.id
            }
        };
        let mut kept: Vec<String> = Vec::with_capacity(p.variants.len());
        for (pos, v) in p.variants.iter().enumerate() {
            let mut scratch = ApiErrorBody::default();
            let price = minor(v.price, currency, "price", &mut scratch).unwrap_or(0);
            let compare = v.compare_at_price.and_then(|c| minor(c, currency, "compare_at_price", &mut scratch));
            let options_json = serde_json::to_string(&v.options).map_err(|e| ApiError::Internal(e.to_string()))?;
            // Stock is "on hand"; units already reserved by checkouts stay reserved,
            // so an import never lets reserved exceed stock.
            sqlx::query(
                "INSERT INTO variants (product_id, position, sku, options_json, price_minor, compare_at_minor, stock, image_index) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                 ON CONFLICT (sku) DO UPDATE SET product_id = excluded.product_id, position = excluded.position, \
                 options_json = excluded.options_json, price_minor = excluded.price_minor, \
                 compare_at_minor = excluded.compare_at_minor, \
                 stock = CASE WHEN excluded.stock < variants.reserved THEN variants.reserved ELSE excluded.stock END, \
                 image_index = excluded.image_index",
            )
            .bind(product_id)
            .bind(pos as i64)
            .bind(v.sku.trim())
            .bind(&options_json)
            .bind(price)
            .bind(compare)
            .bind(v.stock)
            .bind(v.image.map(i64::from))
            .execute(&mut *tx)
            .await?;
            kept.push(v.sku.trim().to_string());
            report.variants += 1;
        }
        let existing_skus: Vec<String> = sqlx::query_scalar("SELECT sku FROM variants WHERE product_id = $1")
            .bind(product_id)
            .fetch_all(&mut *tx)
            .await?;
        for sku in existing_skus.into_iter().filter(|s| !kept.contains(s)) {
            sqlx::query("DELETE FROM variants WHERE sku = $1").bind(sku).execute(&mut *tx).await?;
        }
    }
    import_rules(&mut tx, currency, doc).await?;
    sqlx::query("UPDATE catalog_version SET version = version + 1 WHERE id = 1").execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(report)
}

async fn import_rules(tx: &mut crate::db::Tx, currency: Currency, doc: &CatalogImport) -> Result<()> {
    let to_minor = |d: Decimal| Money::new(d, currency).to_minor().unwrap_or(0);
    crate::settings::put_imported_rules(tx, doc.tax_inclusive, doc.address_fields.as_ref(), doc.payment_rules.as_deref(), doc.return_policy.as_ref())
        .await?;
    if let Some(rates) = &doc.shipping_rates {
        sqlx::query("DELETE FROM shipping_rates").execute(&mut **tx).await?;
        for (pos, r) in rates.iter().enumerate() {
            sqlx::query(
                "INSERT INTO shipping_rates (id, zone, countries, name, price_minor, free_over_minor, min_days, max_days, position) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(r.id.trim())
            .bind(r.zone.trim())
            .bind(r.countries.join(",").to_ascii_uppercase())
            .bind(r.name.trim())
            .bind(to_minor(r.price))
            .bind(r.free_over.map(to_minor))
            .bind(i64::from(r.min_days))
            .bind(i64::from(r.max_days))
            .bind(pos as i64)
            .execute(&mut **tx)
            .await?;
        }
    }
    if let Some(taxes) = &doc.tax_rates {
        sqlx::query("DELETE FROM tax_rates").execute(&mut **tx).await?;
        for t in taxes {
            sqlx::query("INSERT INTO tax_rates (country, region, name, rate, shipping_taxable) VALUES ($1, $2, $3, $4, $5)")
                .bind(t.country.to_ascii_uppercase())
                .bind(t.region.clone().unwrap_or_default().to_ascii_uppercase())
                .bind(t.name.trim())
                .bind(t.rate.normalize().to_string())
                .bind(i64::from(t.shipping_taxable))
                .execute(&mut **tx)
                .await?;
        }
    }
    for d in &doc.discount_codes {
        sqlx::query(
            "INSERT INTO discount_codes (code, kind, value, minimum_subtotal_minor, category, starts_at, expires_at, usage_limit, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, value = excluded.value, \
             minimum_subtotal_minor = excluded.minimum_subtotal_minor, category = excluded.category, \
             starts_at = excluded.starts_at, expires_at = excluded.expires_at, usage_limit = excluded.usage_limit",
        )
        .bind(d.code.trim().to_ascii_uppercase())
        .bind(&d.kind)
        .bind(d.value.unwrap_or_default().normalize().to_string())
        .bind(d.minimum_subtotal.map(to_minor))
        .bind(d.category.clone())
        .bind(d.starts_at)
        .bind(d.expires_at)
        .bind(d.usage_limit)
        .bind(now())
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> CatalogImport {
        serde_json::from_value(serde_json::json!({
            "categories": [{"handle": "tees", "name": "Tees"}],
            "products": [{
                "handle": "plain-tee", "title": "Plain Tee", "category": "tees",
                "options": [{"name": "Size", "values": [{"value": "S"}, {"value": "M"}]}],
                "variants": [
                    {"sku": "PT-S", "options": ["S"], "price": "19.99", "stock": 3},
                    {"sku": "PT-M", "options": ["M"], "price": "19.99", "compare_at_price": "25.00", "stock": 0}
                ]
            }]
        }))
        .unwrap()
    }

    #[test]
    fn accepts_a_good_document() {
        assert!(validate(&doc(), Currency::Usd, &HashSet::new()).is_ok());
    }

    #[test]
    fn reports_every_problem_with_its_path() {
        let mut d = doc();
        d.products[0].variants[0].price = Decimal::new(19999, 3);
        d.products[0].variants[1].options = vec!["XL".into()];
        d.products[0].variants[1].stock = -1;
        d.products[0].category = "nope".into();
        let e = validate(&d, Currency::Usd, &HashSet::new()).unwrap_err();
        assert!(e.field("products[0].variants[0].price").unwrap().contains("more than 2 decimals"));
        assert!(e.field("products[0].variants[1].options").unwrap().contains("\"XL\""));
        assert_eq!(e.field("products[0].variants[1].stock"), Some("must not be negative"));
        assert_eq!(e.field("products[0].category"), Some("is not a known category handle"));
        let mut d = doc();
        d.products[0].variants[0].price = Decimal::new(1999, 2);
        assert!(validate(&d, Currency::Jpy, &HashSet::new()).unwrap_err().field("products[0].variants[0].price").is_some());
    }
}
