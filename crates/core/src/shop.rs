//! The shop's public settings, which every storefront reads first.

use serde::{Deserialize, Serialize};

use crate::address::AddressFieldConfig;
use crate::cart::Country;
use crate::money::Currency;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Shop {
    pub name: String,
    /// The currency every price is in.
    pub currency: Currency,
    /// BCP 47 tag the storefront formats money and dates with, e.g. "en-US".
    pub locale: String,
    /// Prices include tax (VAT-style); otherwise tax is added at checkout.
    #[serde(default)]
    pub tax_inclusive: bool,
    /// Where the shop ships, by name.
    #[serde(default)]
    pub ship_to: Vec<Country>,
    /// Which optional address fields the checkout shows or requires.
    #[serde(default)]
    pub address_fields: AddressFieldConfig,
}

/// `GET /api/v1/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// "ok" when the database answers.
    pub status: String,
    pub database: String,
    pub catalog_version: i64,
    pub products: u64,
}
