//! Per-country address formats, from Google's i18n address metadata
//! (converted by `scripts/gen_address_data.py` into `data/address_formats.json`).
//! The server embeds every country; the browser fetches one country's format
//! when the shopper picks it.

use serde::{Deserialize, Serialize};

/// A first-level subdivision: state, province, prefecture...
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Region {
    /// The postal key (e.g. "CA" for California, "東京都" for Tokyo).
    pub key: String,
    /// Display name (Latin script where the data has one).
    pub name: String,
    /// ISO 3166-2 subdivision code without the country, when known ("CA", "13").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iso: Option<String>,
    /// Name in the local script, when different.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<String>,
    /// Postal codes of this region start with this pattern (a regex prefix).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
}

impl Region {
    /// The code stored and sent for this region: ISO when known, else the key.
    pub fn code(&self) -> &str {
        self.iso.as_deref().unwrap_or(&self.key)
    }
}

/// How one country writes and checks addresses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressFormat {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    pub name: String,
    /// Field order and lines: %N name, %O organisation, %A street, %D dependent
    /// locality, %C city, %S region, %Z postal code, %X sorting code, %n newline.
    pub fmt: String,
    /// Required fields, as letters of `fmt` ("ACSZ").
    pub require: String,
    /// Fields written in capitals ("CS").
    pub upper: String,
    /// Full-match pattern for postal codes; absent where the country has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// Example postal codes, comma-separated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zipex: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postprefix: Option<String>,
    /// "zip", "postal", "pin", "eircode"...
    #[serde(default)]
    pub zip_name_type: String,
    /// "state", "province", "prefecture", "county", "area"...
    #[serde(default)]
    pub state_name_type: String,
    /// "city", "post_town", "suburb", "district"...
    #[serde(default)]
    pub locality_name_type: String,
    #[serde(default)]
    pub sublocality_name_type: String,
    #[serde(default)]
    pub regions: Vec<Region>,
}
