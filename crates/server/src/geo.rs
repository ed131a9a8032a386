//! Countries: names and address formats, from the data file the core crate
//! ships (Google's i18n address metadata), parsed once on first use.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;
use vitrine_core::address::AddressFormat;

#[derive(Deserialize)]
struct Data {
    countries: BTreeMap<String, AddressFormat>,
}

static DATA: &str = include_str!("../../core/data/address_formats.json");

fn data() -> &'static BTreeMap<String, AddressFormat> {
    static PARSED: OnceLock<BTreeMap<String, AddressFormat>> = OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str::<Data>(DATA).map(|d| d.countries).unwrap_or_default())
}

/// The address format of `code` (case-insensitive ISO 3166-1 alpha-2).
pub fn format(code: &str) -> Option<&'static AddressFormat> {
    data().get(&code.to_ascii_uppercase())
}

/// English name of a country.
pub fn country_name(code: &str) -> Option<&'static str> {
    format(code).map(|f| f.name.as_str())
}

/// Every country code the data knows.
pub fn codes() -> impl Iterator<Item = &'static str> {
    data().keys().map(String::as_str)
}

#[cfg(test)]
mod tests {
    #[test]
    fn knows_countries_and_regions() {
        assert_eq!(super::country_name("us"), Some("United States"));
        assert_eq!(super::country_name("DE"), Some("Germany"));
        assert!(super::codes().count() > 240);
        let us = super::format("US").unwrap();
        let ca = us.regions.iter().find(|r| r.key == "CA").unwrap();
        assert_eq!((ca.name.as_str(), ca.zip.as_deref()), ("California", Some("9[0-5]|96[01]")));
        assert_eq!(super::format("JP").unwrap().regions.iter().find(|r| r.code() == "13").unwrap().name, "Tokyo");
    }
}
