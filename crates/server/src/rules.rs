//! The shop's pricing rules: shipping rates per zone, tax rates per country
//! and region, and whether prices include tax. Loaded with the catalog
//! snapshot (an import of rules bumps the catalog version too).

use std::collections::HashMap;

use rust_decimal::Decimal;
use vitrine_core::cart::Country;
use vitrine_core::pricing::{ShippingRate, TaxRate};
use vitrine_core::{Currency, Money};

use crate::db::Db;
use crate::geo;

#[derive(sqlx::FromRow)]
struct RateRow {
    id: String,
    countries: String,
    name: String,
    price_minor: i64,
    free_over_minor: Option<i64>,
    min_days: i64,
    max_days: i64,
}

#[derive(sqlx::FromRow)]
struct TaxRow {
    country: String,
    region: String,
    name: String,
    rate: String,
    shipping_taxable: i64,
}

#[derive(Clone)]
struct ZoneRate {
    /// Empty: everywhere not named by another zone.
    countries: Vec<String>,
    rate: ShippingRate,
}

#[derive(Default, Clone)]
pub struct ShopRules {
    pub tax_inclusive: bool,
    /// Which payment methods are offered where, in the order shown.
    pub payments: Vec<crate::payments::PaymentRule>,
    rates: Vec<ZoneRate>,
    taxes: HashMap<(String, String), TaxRate>,
}

impl ShopRules {
    pub async fn load(db: &Db, currency: Currency) -> Result<ShopRules, sqlx::Error> {
        let tax_inclusive = sqlx::query_scalar::<_, String>("SELECT value FROM settings WHERE key = 'tax_inclusive'")
            .fetch_optional(&db.pool)
            .await?
            .is_some_and(|v| v == "true");
        let rows: Vec<RateRow> = sqlx::query_as(
            "SELECT id, countries, name, price_minor, free_over_minor, min_days, max_days FROM shipping_rates ORDER BY position, id",
        )
        .fetch_all(&db.pool)
        .await?;
        let rates = rows
            .into_iter()
            .map(|r| ZoneRate {
                countries: if r.countries.trim() == "*" {
                    Vec::new()
                } else {
                    r.countries.split(',').map(|c| c.trim().to_ascii_uppercase()).filter(|c| !c.is_empty()).collect()
                },
                rate: ShippingRate {
                    id: r.id,
                    name: r.name,
                    price: Money::from_minor(r.price_minor, currency),
                    free_over: r.free_over_minor.map(|m| Money::from_minor(m, currency)),
                    min_days: r.min_days.max(0) as u32,
                    max_days: r.max_days.max(0) as u32,
                },
            })
            .collect();
        let tax_rows: Vec<TaxRow> = sqlx::query_as("SELECT country, region, name, rate, shipping_taxable FROM tax_rates")
            .fetch_all(&db.pool)
            .await?;
        let taxes = tax_rows
            .into_iter()
            .filter_map(|t| {
                let rate: Decimal = t.rate.parse().ok()?;
                Some((
                    (t.country.to_ascii_uppercase(), t.region.to_ascii_uppercase()),
                    TaxRate { name: t.name, rate, shipping_taxable: t.shipping_taxable != 0 },
                ))
            })
            .collect();
        let payments = crate::payments::load_rules(db).await?;
        Ok(ShopRules { tax_inclusive, payments, rates, taxes })
    }

    /// Shipping rates to `country`, cheapest first: the rates of the zones
    /// naming it, or else of the catch-all zone.
    pub fn rates_for(&self, country: &str) -> Vec<ShippingRate> {
        let country = country.to_ascii_uppercase();
        let named: Vec<&ZoneRate> = self.rates.iter().filter(|z| z.countries.contains(&country)).collect();
        let zone = if named.is_empty() { self.rates.iter().filter(|z| z.countries.is_empty()).collect() } else { named };
        let mut out: Vec<ShippingRate> = zone.into_iter().map(|z| z.rate.clone()).collect();
        out.sort_by(|a, b| a.price.amount.cmp(&b.price.amount).then(a.min_days.cmp(&b.min_days)));
        out
    }

    pub fn ships_to(&self, country: &str) -> bool {
        geo::format(country).is_some() && !self.rates_for(country).is_empty()
    }

    /// The tax at a destination. `None` while it depends on a region not yet
    /// given (US sales tax); zero where no rule applies.
    pub fn tax_for(&self, country: &str, region: Option<&str>) -> Option<TaxRate> {
        let country = country.to_ascii_uppercase();
        if let Some(t) = self.taxes.get(&(country.clone(), String::new())) {
            return Some(t.clone());
        }
        let regional = self.taxes.keys().any(|(c, r)| *c == country && !r.is_empty());
        match region.map(str::to_ascii_uppercase) {
            Some(r) if !r.is_empty() => Some(
                self.taxes
                    .get(&(country, r))
                    .cloned()
                    .unwrap_or(TaxRate { name: "Sales tax".into(), rate: Decimal::ZERO, shipping_taxable: false }),
            ),
            _ if regional => None,
            _ => Some(TaxRate { name: "Tax".into(), rate: Decimal::ZERO, shipping_taxable: false }),
        }
    }

    /// Every destination with a shipping rate, by name.
    pub fn ship_to(&self) -> Vec<Country> {
        let everywhere = self.rates.iter().any(|z| z.countries.is_empty());
        let mut codes: Vec<String> = if everywhere {
            geo::codes().map(str::to_string).collect()
        } else {
            self.rates.iter().flat_map(|z| z.countries.iter().cloned()).collect()
        };
        codes.sort();
        codes.dedup();
        let mut out: Vec<Country> = codes
            .into_iter()
            .filter_map(|c| geo::country_name(&c).map(|n| Country { name: n.to_string(), code: c }))
            .collect();
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }
}
