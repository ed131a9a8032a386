//! Product listings: the query (search text, filters, sort, page) as it
//! travels in URLs, and the page of results with facet counts.
//!
//! The same [`ProductQuery`] parses the API's query string on the server and
//! the address bar in the storefront, so a listing URL is shareable and the
//! back button restores exactly what was shown.
//!
//! ```
//! use vitrine_core::listing::{ProductQuery, Sort};
//! let q = ProductQuery::parse([("q", "wool"), ("option.size", "M"), ("sort", "price-asc")]).unwrap();
//! assert_eq!(q.sort, Sort::PriceAsc);
//! assert_eq!(q.to_query_string(), "?q=wool&option.size=M&sort=price-asc");
//! ```

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::catalog::{CategoryRef, ProductSummary};
use crate::error::ApiErrorBody;
use crate::money::{parse_decimal, Money};

/// Default and maximum page sizes of listings.
pub const DEFAULT_PER_PAGE: u32 = 24;
pub const MAX_PER_PAGE: u32 = 100;
/// Pages beyond this are refused: nobody pages that deep, and it bounds the work.
pub const MAX_PAGE: u32 = 10_000;
/// Longest search text accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most filter values one query may carry.
pub const MAX_FILTER_VALUES: usize = 50;
/// Prefix of option filter parameters: `option.colour=Navy`.
pub const OPTION_PREFIX: &str = "option.";

/// Result order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Sort {
    /// Best match for the search text; without one, the shop's featured order.
    #[default]
    Relevance,
    PriceAsc,
    PriceDesc,
    Newest,
    Name,
}

impl Sort {
    pub const ALL: [Sort; 5] = [Sort::Relevance, Sort::PriceAsc, Sort::PriceDesc, Sort::Newest, Sort::Name];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::PriceAsc => "price-asc",
            Sort::PriceDesc => "price-desc",
            Sort::Newest => "newest",
            Sort::Name => "name",
        }
    }

    pub fn parse(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Label for a sort menu (the app's and the server's first screen);
    /// relevance is "Best match" when searching, "Featured" otherwise.
    pub fn label(self, searching: bool) -> String {
        match self {
            Sort::Relevance if searching => crate::t!("catalog-sort-best-match"),
            Sort::Relevance => crate::t!("catalog-sort-featured"),
            Sort::PriceAsc => crate::t!("catalog-sort-price-asc"),
            Sort::PriceDesc => crate::t!("catalog-sort-price-desc"),
            Sort::Newest => crate::t!("catalog-sort-newest"),
            Sort::Name => crate::t!("catalog-sort-name"),
        }
    }
}

/// What to list. Filters combine with AND across filters and OR within one
/// (`category=a&category=b` is "a or b"); option and stock filters apply to
/// variants, so "Size M, in stock" only matches products whose M is in stock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductQuery {
    /// Search text, trimmed, whitespace collapsed; empty for none.
    pub q: String,
    /// Category handles.
    pub categories: Vec<String>,
    /// Option name (lowercase, e.g. "colour") -> accepted values.
    pub options: BTreeMap<String, Vec<String>>,
    pub price_min: Option<Decimal>,
    pub price_max: Option<Decimal>,
    pub in_stock: bool,
    pub sort: Sort,
    pub page: u32,
    pub per_page: u32,
}

impl Default for ProductQuery {
    fn default() -> Self {
        ProductQuery {
            q: String::new(),
            categories: Vec::new(),
            options: BTreeMap::new(),
            price_min: None,
            price_max: None,
            in_stock: false,
            sort: Sort::Relevance,
            page: 1,
            per_page: DEFAULT_PER_PAGE,
        }
    }
}

/// Normalises search text: control characters dropped, whitespace collapsed.
pub fn clean_text(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

fn is_handle(s: &str) -> bool {
    !s.is_empty() && s.len() <= 120 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl ProductQuery {
    /// Parses query pairs. Every problem is reported against its parameter;
    /// unknown parameters are errors, never silently ignored.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<ProductQuery, ApiErrorBody> {
        let mut q = ProductQuery::default();
        let mut err = ApiErrorBody::new(crate::t!("core-query-invalid"));
        let mut seen: Vec<&str> = Vec::new();
        let mut filter_values = 0usize;
        for (key, value) in pairs {
            let scalar = matches!(key, "q" | "page" | "per_page" | "sort" | "price_min" | "price_max" | "in_stock");
            if scalar {
                if seen.contains(&key) {
                    err = err.with(key, crate::t!("core-query-repeated"));
                    continue;
                }
                seen.push(key);
            }
            match key {
                "q" => {
                    let text = clean_text(value);
                    if text.chars().count() > MAX_QUERY_CHARS {
                        err = err.with("q", crate::t!("core-query-text-too-long", max = MAX_QUERY_CHARS));
                    } else {
                        q.q = text;
                    }
                }
                "page" => match parse_bounded(value, 1, MAX_PAGE) {
                    Ok(n) => q.page = n,
                    Err(e) => err = err.with("page", e),
                },
                "per_page" => match parse_bounded(value, 1, MAX_PER_PAGE) {
                    Ok(n) => q.per_page = n,
                    Err(e) => err = err.with("per_page", e),
                },
                "sort" => match Sort::parse(value) {
                    Some(s) => q.sort = s,
                    None => {
                        let all: Vec<&str> = Sort::ALL.iter().map(|s| s.as_str()).collect();
                        err = err.with("sort", crate::t!("core-query-sort-one-of", choices = all.join(", ")));
                    }
                },
                "price_min" | "price_max" => match parse_decimal(value) {
                    Ok(d) if d.is_sign_negative() && !d.is_zero() => err = err.with(key, crate::t!("core-query-price-negative")),
                    Ok(d) if d > Decimal::from(1_000_000_000i64) => err = err.with(key, crate::t!("core-query-price-too-large")),
                    Ok(d) => {
                        if key == "price_min" { q.price_min = Some(d) } else { q.price_max = Some(d) }
                    }
                    Err(e) => err = err.with(key, crate::t!("core-query-price-not-decimal", problem = e)),
                },
                "in_stock" => match value {
                    "true" | "1" => q.in_stock = true,
                    "false" | "0" => q.in_stock = false,
                    _ => err = err.with("in_stock", crate::t!("core-query-in-stock-bool")),
                },
                "category" => {
                    filter_values += 1;
                    if !is_handle(value) {
                        err = err.with("category", crate::t!("core-query-category-invalid", value = format!("{:?}", truncate(value))));
                    } else if !q.categories.iter().any(|c| c == value) {
                        q.categories.push(value.to_string());
                    }
                }
                k if k.starts_with(OPTION_PREFIX) => {
                    filter_values += 1;
                    let name = k[OPTION_PREFIX.len()..].to_lowercase();
                    let v = clean_text(value);
                    if name.is_empty() || name.chars().count() > 40 {
                        err = err.with(k, crate::t!("core-query-option-name"));
                    } else if v.is_empty() || v.chars().count() > 100 {
                        err = err.with(k, crate::t!("core-query-option-value"));
                    } else {
                        let values = q.options.entry(name).or_default();
                        if !values.contains(&v) {
                            values.push(v);
                        }
                    }
                }
                other => {
                    let shown = truncate(other);
                    err = err.with(&shown, crate::t!("core-query-unknown-parameter", name = format!("{shown:?}")));
                }
            }
        }
        if filter_values > MAX_FILTER_VALUES {
            err = err.with("filters", crate::t!("core-query-too-many-filters", max = MAX_FILTER_VALUES));
        }
        if let (Some(min), Some(max)) = (q.price_min, q.price_max) {
            if min > max {
                err = err.with("price_min", crate::t!("core-query-price-min-above-max"));
            }
        }
        if err.errors.is_empty() { Ok(q) } else { Err(err) }
    }

    /// Query pairs in a stable order; defaults are left out so URLs stay short.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if !self.q.is_empty() {
            out.push(("q".into(), self.q.clone()));
        }
        for c in &self.categories {
            out.push(("category".into(), c.clone()));
        }
        for (name, values) in &self.options {
            for v in values {
                out.push((format!("{OPTION_PREFIX}{name}"), v.clone()));
            }
        }
        if let Some(p) = self.price_min {
            out.push(("price_min".into(), p.normalize().to_string()));
        }
        if let Some(p) = self.price_max {
            out.push(("price_max".into(), p.normalize().to_string()));
        }
        if self.in_stock {
            out.push(("in_stock".into(), "true".into()));
        }
        if self.sort != Sort::Relevance {
            out.push(("sort".into(), self.sort.as_str().into()));
        }
        if self.page != 1 {
            out.push(("page".into(), self.page.to_string()));
        }
        if self.per_page != DEFAULT_PER_PAGE {
            out.push(("per_page".into(), self.per_page.to_string()));
        }
        out
    }

    /// `?a=b&c=d` (percent-encoded), or "" when every value is a default.
    pub fn to_query_string(&self) -> String {
        let mut s = String::new();
        for (k, v) in self.to_pairs() {
            s.push(if s.is_empty() { '?' } else { '&' });
            s.push_str(&encode(&k));
            s.push('=');
            s.push_str(&encode(&v));
        }
        s
    }

    pub fn offset(&self) -> u64 {
        u64::from(self.page - 1) * u64::from(self.per_page)
    }

    /// True when any filter (not search text, sort or page) is set.
    pub fn has_filters(&self) -> bool {
        !self.categories.is_empty()
            || !self.options.is_empty()
            || self.price_min.is_some()
            || self.price_max.is_some()
            || self.in_stock
    }

    /// The same query on its first page (any filter change resets paging).
    pub fn first_page(&self) -> ProductQuery {
        ProductQuery { page: 1, ..self.clone() }
    }

    /// Adds or removes one value of a facet (`category`, `option.size`, `in_stock`), back on page 1.
    pub fn toggled(&self, facet: &str, value: &str) -> ProductQuery {
        let mut q = self.first_page();
        let flip = |list: &mut Vec<String>| match list.iter().position(|v| v == value) {
            Some(i) => {
                list.remove(i);
            }
            None => list.push(value.to_string()),
        };
        if facet == "category" {
            flip(&mut q.categories);
        } else if facet == "in_stock" {
            q.in_stock = !q.in_stock;
        } else if let Some(name) = facet.strip_prefix(OPTION_PREFIX) {
            let values = q.options.entry(name.to_string()).or_default();
            flip(values);
            if values.is_empty() {
                q.options.remove(name);
            }
        }
        q
    }

    /// Every filter removed; search text and sort kept.
    pub fn cleared(&self) -> ProductQuery {
        ProductQuery { q: self.q.clone(), sort: self.sort, per_page: self.per_page, ..ProductQuery::default() }
    }

    /// The filters in effect as removable chips: each chip's label and the
    /// query without it (back on page 1). Labels come from `list`'s facets
    /// when known (the raw value otherwise); prices are written by `price`
    /// in the listing's currency. One source for the app's chips and the
    /// server's first screen.
    pub fn chips(&self, list: Option<&ProductList>, price: impl Fn(Money) -> String) -> Vec<(String, ProductQuery)> {
        let facet = |name: &str| list.and_then(|l| l.facets.iter().find(|f| f.name == name));
        let mut out = Vec::new();
        for c in &self.categories {
            let label = facet("category").and_then(|f| f.values.iter().find(|v| &v.value == c)).map_or_else(|| c.clone(), |v| v.label.clone());
            out.push((label, self.toggled("category", c)));
        }
        for (name, values) in &self.options {
            let name = format!("{OPTION_PREFIX}{name}");
            let f = facet(&name);
            for v in values {
                let label = f.map_or_else(|| v.clone(), |f| crate::t!("catalog-filter-chip", facet = &f.label, value = v.as_str()));
                out.push((label, self.toggled(&name, v)));
            }
        }
        if self.price_min.is_some() || self.price_max.is_some() {
            let currency = list.and_then(|l| l.price_range).map(|r| r.min.currency);
            let fmt = |d: Decimal| currency.map_or_else(|| d.normalize().to_string(), |c| price(Money::new(d, c)));
            let label = match (self.price_min, self.price_max) {
                (Some(a), Some(b)) => crate::t!("catalog-filter-price-range", min = fmt(a), max = fmt(b)),
                (Some(a), None) => crate::t!("catalog-filter-price-from", min = fmt(a)),
                (None, b) => crate::t!("catalog-filter-price-to", max = fmt(b.unwrap_or_default())),
            };
            out.push((label, ProductQuery { price_min: None, price_max: None, ..self.first_page() }));
        }
        if self.in_stock {
            out.push((crate::t!("catalog-filter-in-stock"), self.toggled("in_stock", "true")));
        }
        out
    }
}

fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

/// Percent-encodes a query component (RFC 3986 unreserved characters stay).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn parse_bounded(value: &str, min: u32, max: u32) -> Result<u32, String> {
    let v = value.trim();
    let bad = || crate::t!("core-query-whole-number", min = min.to_string(), max = max.to_string());
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    match v.parse::<u64>() {
        Ok(n) if n >= u64::from(min) && n <= u64::from(max) => Ok(n as u32),
        _ => Err(bad()),
    }
}

/// One value of a facet, with how many products it would show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FacetValue {
    /// What goes in the URL.
    pub value: String,
    /// What a shopper reads.
    pub label: String,
    /// Products matching the query and every other filter, plus this value.
    pub count: u64,
    pub selected: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swatch: Option<String>,
}

/// A filter the listing can be narrowed by, with counts for the current query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Facet {
    /// The query parameter: `category`, `option.<name>` or `in_stock`.
    pub name: String,
    pub label: String,
    pub values: Vec<FacetValue>,
}

/// Lowest and highest variant price among the matching products (ignoring the price filter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PriceRange {
    pub min: Money,
    pub max: Money,
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
    /// Facets with counts for this query; empty values are left out.
    #[serde(default)]
    pub facets: Vec<Facet>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_range: Option<PriceRange>,
    /// When a search word matched only after a spelling correction, the
    /// corrected search text ("sweatr" -> "sweater").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrected_query: Option<String>,
}

/// Search-as-you-type suggestions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Suggestions {
    pub q: String,
    pub products: Vec<ProductSummary>,
    /// Categories with matching products, and how many.
    pub categories: Vec<CategorySuggestion>,
    /// Products matching in all (the results page shows them).
    pub total: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategorySuggestion {
    pub category: CategoryRef,
    pub count: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chips_name_each_filter_and_remove_only_it() {
        crate::i18n::add(crate::i18n::Lang::En, include_str!("../../../locales/en/catalog.ftl")).unwrap();
        let q = ProductQuery::parse([("category", "apparel"), ("option.size", "M"), ("price_min", "10"), ("in_stock", "true"), ("page", "3")]).unwrap();
        let value = |v: &str, label: &str| FacetValue { value: v.into(), label: label.into(), count: 1, selected: true, swatch: None };
        let usd = |a: &str| Money::new(a.parse().unwrap(), crate::money::Currency::Usd);
        let list = ProductList {
            items: vec![],
            total: 0,
            page: 3,
            per_page: 24,
            page_count: 3,
            facets: vec![
                Facet { name: "category".into(), label: "Category".into(), values: vec![value("apparel", "Apparel")] },
                Facet { name: "option.size".into(), label: "Size".into(), values: vec![value("M", "M")] },
            ],
            price_range: Some(PriceRange { min: usd("5"), max: usd("90") }),
            corrected_query: None,
        };
        let chips = q.chips(Some(&list), |m| format!("${}", m.amount));
        let labels: Vec<&str> = chips.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, ["Apparel", "Size: M", "Price: from $10", "In stock only"]);
        assert!(chips[0].1.categories.is_empty() && chips[0].1.options.contains_key("size") && chips[0].1.page == 1);
        assert!(!chips[1].1.options.contains_key("size") && chips[1].1.categories == ["apparel"]);
        assert!(chips[2].1.price_min.is_none() && chips[2].1.in_stock);
        assert!(!chips[3].1.in_stock && chips[3].1.price_min.is_some());
        // Before the first results: raw values, the amount without a currency.
        let bare: Vec<String> = q.chips(None, |_| unreachable!()).into_iter().map(|(l, _)| l).collect();
        assert_eq!(bare, ["apparel", "M", "Price: from 10", "In stock only"]);
        assert!(ProductQuery::default().chips(Some(&list), |m| m.amount.to_string()).is_empty());
    }

    #[test]
    fn parses_every_parameter() {
        let q = ProductQuery::parse([
            ("q", "  merino \t  sweater "),
            ("category", "apparel"),
            ("category", "accessories"),
            ("category", "apparel"),
            ("option.Colour", "Navy"),
            ("option.colour", "Forest"),
            ("option.size", "M"),
            ("price_min", "20"),
            ("price_max", "150.50"),
            ("in_stock", "true"),
            ("sort", "price-desc"),
            ("page", "2"),
            ("per_page", "12"),
        ])
        .unwrap();
        assert_eq!(q.q, "merino sweater");
        assert_eq!(q.categories, ["apparel", "accessories"]);
        assert_eq!(q.options["colour"], ["Navy", "Forest"]);
        assert_eq!(q.options["size"], ["M"]);
        assert_eq!(q.price_max, Some(Decimal::new(15050, 2)));
        assert!(q.in_stock && q.has_filters());
        assert_eq!((q.sort, q.page, q.per_page, q.offset()), (Sort::PriceDesc, 2, 12, 12));
        let again = ProductQuery::parse(
            q.to_pairs().iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>(),
        )
        .unwrap();
        assert_eq!(again, q, "to_pairs round-trips");
    }

    #[test]
    fn rejects_bad_input_per_parameter() {
        let cases: &[(&str, &str, &str)] = &[
            ("page", "0", "whole number"),
            ("page", "-1", "whole number"),
            ("page", "99999999999999999999", "whole number"),
            ("per_page", "101", "whole number"),
            ("per_page", "2.5", "whole number"),
            ("sort", "cheapest", "must be one of"),
            ("price_min", "-5", "negative"),
            ("price_min", "1e3", "decimal amount"),
            ("in_stock", "yes", "true or false"),
            ("category", "Not A Handle", "not a category handle"),
            ("option.", "x", "option name"),
            ("colour", "red", "unknown parameter"),
        ];
        for (k, v, expect) in cases {
            let e = ProductQuery::parse([(*k, *v)]).unwrap_err();
            let field = if k.is_empty() { "option." } else { k };
            let msg = e.field(field).unwrap_or_else(|| panic!("{k}={v}: {e:?}"));
            assert!(msg.contains(expect), "{k}={v}: {msg}");
        }
        let long = "x".repeat(201);
        assert!(ProductQuery::parse([("q", long.as_str())]).unwrap_err().field("q").unwrap().contains("200"));
        assert!(ProductQuery::parse([("q", "a"), ("q", "b")]).unwrap_err().field("q").is_some());
        let e = ProductQuery::parse([("price_min", "50"), ("price_max", "10")]).unwrap_err();
        assert_eq!(e.field("price_min"), Some("must not be above price_max"));
    }

    #[test]
    fn odd_unicode_is_accepted_as_text() {
        let q = ProductQuery::parse([("q", "café \u{200b}\u{0}☕ ЖЖ 𝔘")]).unwrap();
        assert_eq!(q.q, "café \u{200b} ☕ ЖЖ 𝔘");
    }

    #[test]
    fn toggles_and_clears_filters() {
        let q = ProductQuery { page: 3, q: "tee".into(), ..ProductQuery::default() };
        let q = q.toggled("option.size", "M");
        assert_eq!((q.page, q.options["size"].clone()), (1, vec!["M".to_string()]));
        let q = q.toggled("category", "apparel").toggled("in_stock", "true");
        assert_eq!(q.to_query_string(), "?q=tee&category=apparel&option.size=M&in_stock=true");
        let q = q.toggled("option.size", "M");
        assert!(!q.options.contains_key("size"));
        assert_eq!(q.cleared().to_query_string(), "?q=tee");
        assert_eq!(encode("Cedar & Smoke"), "Cedar%20%26%20Smoke");
    }
}
