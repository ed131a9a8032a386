//! The shop's rules: shipping rates per zone, tax rates per country and
//! region, whether prices include tax, which payment methods are offered
//! where, and the merchant's address-field choices. Loaded with the catalog
//! snapshot (an import of rules bumps the catalog version too), so every
//! server follows an import within one refresh.

use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use vitrine_core::address::AddressFieldConfig;
use vitrine_core::cart::Country;
use vitrine_core::checkout::{CardProvider, PaymentKind, PaymentMethod};
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
    pub payments: Vec<PaymentRule>,
    /// Which optional address fields the shop asks for.
    pub address_fields: AddressFieldConfig,
    /// Return window, final sale, reasons, store credit bonus.
    pub returns: vitrine_core::returns::ReturnPolicy,
    /// The shop's theme as a stylesheet (`crate::theme`): a comment when none is stored.
    pub theme_css: String,
    /// The same theme for HTML emails (inline styles).
    pub email: vitrine_core::theme::EmailPalette,
    rates: Vec<ZoneRate>,
    taxes: HashMap<(String, String), TaxRate>,
}

impl ShopRules {
    pub async fn load(db: &Db, currency: Currency) -> Result<ShopRules, sqlx::Error> {
        let imported = crate::settings::imported_rules(db).await?;
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
        let theme = crate::settings::theme(db).await?;
        Ok(ShopRules {
            tax_inclusive: imported.tax_inclusive,
            payments: imported.payment_rules,
            address_fields: imported.address_fields,
            returns: imported.return_policy,
            theme_css: crate::theme::css_of(theme.as_ref()),
            email: vitrine_core::theme::email_palette(&theme.clone().unwrap_or_default()),
            rates,
            taxes,
        })
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

/// When a payment method is offered. Set by a catalog import
/// (`payment_rules`); a shop without rules offers cards only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentRule {
    /// `card`, `bank_transfer`, `cash_on_delivery` or `invoice`.
    pub kind: String,
    /// ISO codes, or `["*"]` for every destination.
    pub countries: Vec<String>,
    /// Offered only up to this total (decimal, shop currency).
    #[serde(default, with = "rust_decimal::serde::str_option")]
    #[schema(value_type = Option<String>)]
    pub max_total: Option<rust_decimal::Decimal>,
    #[serde(default)]
    pub requires_company: bool,
    /// Shown to the shopper, e.g. bank details.
    #[serde(default)]
    pub instructions: Option<String>,
}

pub fn default_payment_rules() -> Vec<PaymentRule> {
    vec![PaymentRule { kind: "card".into(), countries: vec!["*".into()], max_total: None, requires_company: false, instructions: None }]
}

fn description(kind: PaymentKind) -> &'static str {
    match kind {
        PaymentKind::Card => "Visa, Mastercard, American Express and more. Your card details go straight to our payment provider.",
        PaymentKind::BankTransfer => "We reserve your items and email our bank details; we ship when the transfer arrives.",
        PaymentKind::CashOnDelivery => "Pay the courier when your parcel arrives.",
        PaymentKind::Invoice => "For businesses: pay within 14 days of delivery. Needs a company name on the address.",
    }
}

impl ShopRules {
    /// The payment methods offered for a destination and total, in the rules' order.
    pub fn payment_methods(&self, country: &str, total: Money, card: &CardProvider) -> Vec<PaymentMethod> {
        self.payments
            .iter()
            .filter(|r| r.countries.iter().any(|c| c == "*" || c.eq_ignore_ascii_case(country)))
            .filter(|r| r.max_total.is_none_or(|m| total.amount <= m))
            .filter_map(|r| {
                let kind = PaymentKind::parse(&r.kind)?;
                Some(PaymentMethod {
                    kind,
                    label: kind.label().into(),
                    description: description(kind).into(),
                    requires_company: r.requires_company || kind == PaymentKind::Invoice,
                    provider: (kind == PaymentKind::Card).then(|| card.clone()),
                })
            })
            .collect()
    }
}
