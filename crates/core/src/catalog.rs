//! Catalog wire types: products, variants, listings and the listing query.

use serde::{Deserialize, Serialize};

use crate::money::Money;

/// At or below this many units a variant shows "Only N left".
pub const LOW_STOCK_THRESHOLD: i64 = 5;

/// An image with its intrinsic size, so pages reserve space (no layout shift).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Image {
    /// Absolute path or URL.
    pub url: String,
    /// Alternative text for screen readers.
    pub alt: String,
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategoryRef {
    pub handle: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Category {
    pub handle: String,
    pub name: String,
    pub description: String,
    /// Products in this category.
    pub product_count: u64,
}

/// One value of a product option, e.g. "Navy" of "Colour".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OptionValue {
    pub value: String,
    /// A CSS colour for a swatch, for colour-like options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swatch: Option<String>,
}

/// A dimension a product varies on (Size, Colour, Material), with its values in display order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProductOption {
    pub name: String,
    pub values: Vec<OptionValue>,
}

/// How available a variant is, derived from its stock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum StockStatus {
    InStock,
    LowStock,
    OutOfStock,
}

impl StockStatus {
    pub fn from_available(available: i64) -> StockStatus {
        if available <= 0 {
            StockStatus::OutOfStock
        } else if available <= LOW_STOCK_THRESHOLD {
            StockStatus::LowStock
        } else {
            StockStatus::InStock
        }
    }

    /// Shopper-facing label: "In stock", "Only 3 left", "Out of stock".
    pub fn label(self, available: i64) -> String {
        match self {
            StockStatus::InStock => crate::t!("core-stock-in-stock"),
            StockStatus::LowStock => crate::t!("core-stock-low", count = available),
            StockStatus::OutOfStock => crate::t!("core-stock-out-of-stock"),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            StockStatus::InStock => "in-stock",
            StockStatus::LowStock => "low-stock",
            StockStatus::OutOfStock => "out-of-stock",
        }
    }
}

/// A purchasable combination of option values, with its own SKU, price and stock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Variant {
    pub id: i64,
    pub sku: String,
    /// Option values joined for display, e.g. "M / Navy".
    pub title: String,
    /// One value per product option, in the product's option order.
    pub options: Vec<String>,
    pub price: Money,
    /// The "was" price, shown struck through when above `price`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compare_at_price: Option<Money>,
    /// Units that can be bought now (stock minus reservations).
    pub available: i64,
    pub stock_status: StockStatus,
    /// Index into the product's `images` showing this variant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<u32>,
}

/// A product as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Product {
    pub id: i64,
    /// URL-safe unique name, e.g. "merino-crew-sweater".
    pub handle: String,
    pub title: String,
    /// Plain text; paragraphs separated by blank lines.
    pub description: String,
    pub category: CategoryRef,
    pub images: Vec<Image>,
    pub options: Vec<ProductOption>,
    pub variants: Vec<Variant>,
    /// Unix seconds.
    pub created_at: i64,
}

/// What choosing among a product's variants needs of one: the core's
/// [`Variant`], and the embedded widgets' lighter reading of the same JSON
/// (`src/embed` in the storefront), so both pick variants by the same rules.
pub trait Choice {
    fn id(&self) -> i64;
    /// One value per product option, in the product's option order.
    fn values(&self) -> &[String];
    /// Units that can be bought now.
    fn in_stock(&self) -> i64;
}

impl Choice for Variant {
    fn id(&self) -> i64 {
        self.id
    }
    fn values(&self) -> &[String] {
        &self.options
    }
    fn in_stock(&self) -> i64 {
        self.available
    }
}

/// The variant whose option values are exactly `values`.
pub fn variant_for<'a, V: Choice>(variants: &'a [V], values: &[String]) -> Option<&'a V> {
    variants.iter().find(|v| v.values() == values)
}

/// The first variant that can be bought, else the first variant.
pub fn default_variant<V: Choice>(variants: &[V]) -> Option<&V> {
    variants.iter().find(|v| v.in_stock() > 0).or(variants.first())
}

/// The option values of variant `wanted` when it is one of `variants`, else
/// of the [default variant](default_variant): what a product view starts
/// with selected.
pub fn initial_options<V: Choice>(variants: &[V], wanted: Option<i64>) -> Vec<String> {
    wanted
        .and_then(|id| variants.iter().find(|v| v.id() == id))
        .or_else(|| default_variant(variants))
        .map(|v| v.values().to_vec())
        .unwrap_or_default()
}

/// Whether `value` of option `option` can be picked, given the values
/// picked for the options before it (options are chosen in order, as
/// shoppers read them: a colour is offered if any size of it is in stock;
/// a size is judged for the chosen colour).
pub fn value_state<V: Choice>(variants: &[V], selected: &[String], option: usize, value: &str) -> ValueState {
    let mut exists = false;
    for v in variants {
        let matches_before = v.values().iter().zip(selected).take(option).all(|(a, b)| a == b);
        if matches_before && v.values().get(option).is_some_and(|x| x == value) {
            exists = true;
            if v.in_stock() > 0 {
                return ValueState::Available;
            }
        }
    }
    if exists { ValueState::SoldOut } else { ValueState::Missing }
}

/// The selection after picking `value` for `option`: later picks are kept
/// when that combination exists (even sold out: the shopper's size stays
/// their size), otherwise the first in-stock variant with the earlier
/// picks fills them in.
pub fn select<V: Choice>(variants: &[V], selected: &[String], option: usize, value: &str) -> Vec<String> {
    let mut next: Vec<String> = selected.to_vec();
    if option >= next.len() {
        return next;
    }
    next[option] = value.to_string();
    if variant_for(variants, &next).is_some() {
        return next;
    }
    let prefix = &next[..=option];
    let candidates = || variants.iter().filter(|v| v.values().len() > option && v.values()[..=option] == *prefix);
    match candidates().find(|v| v.in_stock() > 0).or_else(|| candidates().next()) {
        Some(v) => v.values().to_vec(),
        None => next,
    }
}

impl Product {
    /// The variant whose option values are exactly `values`.
    pub fn variant_for(&self, values: &[String]) -> Option<&Variant> {
        variant_for(&self.variants, values)
    }

    /// See [`initial_options`].
    pub fn initial_options(&self, wanted: Option<i64>) -> Vec<String> {
        initial_options(&self.variants, wanted)
    }

    /// See [`default_variant`].
    pub fn default_variant(&self) -> Option<&Variant> {
        default_variant(&self.variants)
    }

    /// See [`value_state`].
    pub fn value_state(&self, selected: &[String], option: usize, value: &str) -> ValueState {
        value_state(&self.variants, selected, option, value)
    }

    /// See [`select`].
    pub fn select(&self, selected: &[String], option: usize, value: &str) -> Vec<String> {
        select(&self.variants, selected, option, value)
    }
}

impl Product {
    /// schema.org `Product` structured data (JSON-LD) for search engines:
    /// one `Offer` per variant with price, currency and availability. `base`
    /// is the site origin, e.g. `https://shop.example.com`. Safe to embed in
    /// a `<script>` element (`<` is escaped).
    pub fn json_ld(&self, shop_name: &str, base: &str) -> String {
        let offers: Vec<serde_json::Value> = self
            .variants
            .iter()
            .map(|v| {
                serde_json::json!({
                    "@type": "Offer",
                    "sku": v.sku,
                    "name": v.title,
                    "price": v.price.rounded().amount.to_string(),
                    "priceCurrency": v.price.currency.code(),
                    "availability": if v.available > 0 { "https://schema.org/InStock" } else { "https://schema.org/OutOfStock" },
                    "url": format!("{base}/products/{}?variant={}", self.handle, v.id),
                })
            })
            .collect();
        let doc = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Product",
            "name": self.title,
            "description": self.description,
            "sku": self.variants.first().map(|v| v.sku.clone()),
            "category": self.category.name,
            "image": self.images.iter().map(|i| format!("{base}{}", i.url)).collect::<Vec<_>>(),
            "brand": { "@type": "Brand", "name": shop_name },
            "offers": offers,
        });
        doc.to_string().replace('<', "\\u003c")
    }
}

/// How a variant option value shows on the product page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueState {
    /// Some variant with this value (and the earlier picks) is in stock.
    Available,
    /// Such variants exist but every one is sold out.
    SoldOut,
    /// No variant has this value with the earlier picks.
    Missing,
}

impl ValueState {
    /// Why the value cannot be picked, for labels and tooltips.
    pub fn reason(self) -> Option<String> {
        match self {
            ValueState::Available => None,
            ValueState::SoldOut => Some(crate::t!("core-option-sold-out")),
            ValueState::Missing => Some(crate::t!("core-option-unavailable")),
        }
    }
}

/// A product as a listing card shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProductSummary {
    pub id: i64,
    pub handle: String,
    pub title: String,
    pub category: CategoryRef,
    /// Lowest variant price ("from").
    pub price: Money,
    /// Highest variant price; equal to `price` when all variants cost the same.
    pub price_max: Money,
    /// Compare-at price of the cheapest variant, when it is on sale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compare_at_price: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    /// Units available over all variants.
    pub available: i64,
    /// Colour swatches of the product's variants (CSS colours), for the card.
    #[serde(default)]
    pub swatches: Vec<String>,
    pub variant_count: u32,
    /// The variant "Add to cart" on a card adds: set when the product has exactly one variant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub single_variant_id: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn product() -> Product {
        let money = Money::from_minor(1000, crate::Currency::Usd);
        let v = |id, c: &str, s: &str, available| Variant {
            id,
            sku: format!("SKU{id}"),
            title: format!("{c} / {s}"),
            options: vec![c.into(), s.into()],
            price: money,
            compare_at_price: None,
            available,
            stock_status: StockStatus::from_available(available),
            image: None,
        };
        Product {
            id: 1,
            handle: "tee".into(),
            title: "Tee".into(),
            description: String::new(),
            category: CategoryRef { handle: "c".into(), name: "C".into() },
            images: vec![],
            options: vec![],
            // Red: S sold out, M in stock, no L. Blue: everything sold out.
            variants: vec![v(1, "Red", "S", 0), v(2, "Red", "M", 4), v(3, "Blue", "S", 0), v(4, "Blue", "M", 0), v(5, "Blue", "L", 0)],
            created_at: 0,
        }
    }

    #[test]
    fn value_states_follow_option_order() {
        let p = product();
        let sel = vec!["Red".to_string(), "M".to_string()];
        assert_eq!(p.value_state(&sel, 0, "Red"), ValueState::Available);
        assert_eq!(p.value_state(&sel, 0, "Blue"), ValueState::SoldOut);
        assert_eq!(p.value_state(&sel, 0, "Green"), ValueState::Missing);
        assert_eq!(p.value_state(&sel, 1, "S"), ValueState::SoldOut);
        assert_eq!(p.value_state(&sel, 1, "M"), ValueState::Available);
        assert_eq!(p.value_state(&sel, 1, "L"), ValueState::Missing);
    }

    #[test]
    fn selecting_never_lands_on_a_missing_combination() {
        let p = product();
        let sel = vec!["Blue".to_string(), "L".to_string()];
        assert_eq!(p.select(&sel, 0, "Red"), vec!["Red", "M"]);
        let sel = vec!["Red".to_string(), "M".to_string()];
        assert_eq!(p.select(&sel, 0, "Blue"), vec!["Blue", "M"]);
        assert_eq!(p.select(&sel, 1, "S"), vec!["Red", "S"]);
        assert_eq!(p.default_variant().unwrap().id, 2);
    }

    #[test]
    fn json_ld_describes_offers_and_cannot_close_the_script() {
        let mut p = product();
        p.title = "Tee </script><script>alert(1)</script>".into();
        let ld = p.json_ld("Shop", "https://shop.test");
        assert!(!ld.contains("</script>"));
        let v: serde_json::Value = serde_json::from_str(&ld).unwrap();
        assert_eq!(v["@type"], "Product");
        assert_eq!(v["offers"].as_array().unwrap().len(), 5);
        assert_eq!(v["offers"][1]["price"], "10.00");
        assert_eq!(v["offers"][1]["priceCurrency"], "USD");
        assert_eq!(v["offers"][1]["availability"], "https://schema.org/InStock");
        assert_eq!(v["offers"][0]["availability"], "https://schema.org/OutOfStock");
        assert_eq!(v["name"], "Tee </script><script>alert(1)</script>");
    }

    #[test]
    fn stock_labels() {
        assert_eq!(StockStatus::from_available(0).label(0), "Out of stock");
        assert_eq!(StockStatus::from_available(3).label(3), "Only 3 left");
        assert_eq!(StockStatus::from_available(40).label(40), "In stock");
    }
}

/// `POST /api/v1/products/{handle}/restock-notices`: email me once when this
/// sold-out variant is back (the form states that consent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RestockRequest {
    pub variant_id: i64,
    pub email: String,
}

/// The answer to a restock request: what will happen, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RestockAnswer {
    pub message: String,
}
