//! Catalog wire types: products, variants, listings and the listing query.

use serde::{Deserialize, Serialize};

use crate::error::ApiErrorBody;
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
            StockStatus::InStock => "In stock".into(),
            StockStatus::LowStock => format!("Only {available} left"),
            StockStatus::OutOfStock => "Out of stock".into(),
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

impl Product {
    /// The variant whose option values are exactly `values`.
    pub fn variant_for(&self, values: &[String]) -> Option<&Variant> {
        self.variants.iter().find(|v| v.options == values)
    }

    /// The first variant that can be bought, else the first variant.
    pub fn default_variant(&self) -> Option<&Variant> {
        self.variants.iter().find(|v| v.available > 0).or(self.variants.first())
    }

    /// Whether `value` of option `option` can be picked, given the values
    /// picked for the options before it (options are chosen in order, as
    /// shoppers read them: a colour is offered if any size of it is in stock;
    /// a size is judged for the chosen colour).
    pub fn value_state(&self, selected: &[String], option: usize, value: &str) -> ValueState {
        let mut exists = false;
        for v in &self.variants {
            let matches_before = v.options.iter().zip(selected).take(option).all(|(a, b)| a == b);
            if matches_before && v.options.get(option).is_some_and(|x| x == value) {
                exists = true;
                if v.available > 0 {
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
    pub fn select(&self, selected: &[String], option: usize, value: &str) -> Vec<String> {
        let mut next: Vec<String> = selected.to_vec();
        if option >= next.len() {
            return next;
        }
        next[option] = value.to_string();
        if self.variant_for(&next).is_some() {
            return next;
        }
        let prefix = &next[..=option];
        let candidates = || self.variants.iter().filter(|v| v.options.len() > option && v.options[..=option] == *prefix);
        match candidates().find(|v| v.available > 0).or_else(|| candidates().next()) {
            Some(v) => v.options.clone(),
            None => next,
        }
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
    pub fn reason(self) -> Option<&'static str> {
        match self {
            ValueState::Available => None,
            ValueState::SoldOut => Some("sold out"),
            ValueState::Missing => Some("not available in this combination"),
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

/// One page of a product listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProductList {
    pub items: Vec<ProductSummary>,
    /// Products matching the query over all pages.
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
    pub page_count: u32,
}

/// Default and maximum page sizes of listings.
pub const DEFAULT_PER_PAGE: u32 = 24;
pub const MAX_PER_PAGE: u32 = 100;
/// Pages beyond this are refused: nobody pages that deep, and it bounds the work.
pub const MAX_PAGE: u32 = 10_000;

/// The listing query, parsed from URL query pairs by the server (to answer)
/// and by the storefront (to restore its view from the address bar).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductQuery {
    pub page: u32,
    pub per_page: u32,
}

impl Default for ProductQuery {
    fn default() -> Self {
        ProductQuery { page: 1, per_page: DEFAULT_PER_PAGE }
    }
}

impl ProductQuery {
    /// Parses query pairs. Unknown parameters and out-of-range numbers are
    /// errors with a message per parameter, never silently ignored.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<ProductQuery, ApiErrorBody> {
        let mut q = ProductQuery::default();
        let mut err = ApiErrorBody::new("The product query is invalid.");
        for (key, value) in pairs {
            match key {
                "page" => match parse_bounded(value, 1, MAX_PAGE) {
                    Ok(n) => q.page = n,
                    Err(e) => err = err.with("page", e),
                },
                "per_page" => match parse_bounded(value, 1, MAX_PER_PAGE) {
                    Ok(n) => q.per_page = n,
                    Err(e) => err = err.with("per_page", e),
                },
                other => {
                    let shown: String = other.chars().take(40).collect();
                    err = err.with(&shown, format!("unknown parameter {shown:?}"));
                }
            }
        }
        if err.errors.is_empty() { Ok(q) } else { Err(err) }
    }

    /// Query pairs for a URL; defaults are left out so URLs stay short.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.page != 1 {
            out.push(("page", self.page.to_string()));
        }
        if self.per_page != DEFAULT_PER_PAGE {
            out.push(("per_page", self.per_page.to_string()));
        }
        out
    }

    pub fn offset(&self) -> u64 {
        u64::from(self.page - 1) * u64::from(self.per_page)
    }
}

fn parse_bounded(value: &str, min: u32, max: u32) -> Result<u32, String> {
    let v = value.trim();
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("must be a whole number from {min} to {max}"));
    }
    match v.parse::<u64>() {
        Ok(n) if n >= u64::from(min) && n <= u64::from(max) => Ok(n as u32),
        _ => Err(format!("must be a whole number from {min} to {max}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects_query_pairs() {
        assert_eq!(ProductQuery::parse([]).unwrap(), ProductQuery::default());
        let q = ProductQuery::parse([("page", "3"), ("per_page", "12")]).unwrap();
        assert_eq!((q.page, q.per_page, q.offset()), (3, 12, 24));
        for (k, v) in [("page", "0"), ("page", "-1"), ("page", "abc"), ("page", "99999999999999999999"), ("per_page", "101"), ("page", "1.5")] {
            let e = ProductQuery::parse([(k, v)]).unwrap_err();
            assert!(e.field(k).unwrap().contains("whole number"), "{k}={v}: {e:?}");
        }
        let e = ProductQuery::parse([("colour", "red")]).unwrap_err();
        assert_eq!(e.field("colour"), Some("unknown parameter \"colour\""));
    }

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
    fn stock_labels() {
        assert_eq!(StockStatus::from_available(0).label(0), "Out of stock");
        assert_eq!(StockStatus::from_available(3).label(3), "Only 3 left");
        assert_eq!(StockStatus::from_available(40).label(40), "In stock");
    }
}
