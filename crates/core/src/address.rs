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
    /// Example or range of the region's postal codes ("90000,96199").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zipex: Option<String>,
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

use std::collections::BTreeMap;

use crate::error::FieldErrors;

/// A regex engine, supplied by the caller: the server uses the `regex`
/// crate, the browser its own `RegExp`, so the wasm carries no regex engine.
/// Google's patterns are case-insensitive and use a common regex subset.
pub trait Patterns {
    /// `pattern` matches all of `text`.
    fn full_match(&self, pattern: &str, text: &str) -> bool;
    /// `pattern` matches at the start of `text`.
    fn prefix_match(&self, pattern: &str, text: &str) -> bool;
}

/// A postal address as a shopper types it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Address {
    pub name: String,
    pub company: String,
    /// Street and number.
    pub address1: String,
    /// Apartment, suite, building.
    pub address2: String,
    /// District or neighbourhood, where the country uses one.
    pub dependent_locality: String,
    pub city: String,
    /// State, province, prefecture... as a code once normalised ("CA").
    pub region: String,
    pub postal_code: String,
    pub sorting_code: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub phone: String,
}

/// Every `Address` field by name, in the order a form asks for them (so the
/// first field with a problem is the first one a shopper meets).
pub const ADDRESS_FIELDS: &[&str] =
    &["country", "name", "company", "address1", "address2", "dependent_locality", "city", "region", "postal_code", "sorting_code", "phone"];

impl Address {
    /// The field called `name` (one of [`ADDRESS_FIELDS`]); "" for any other name.
    pub fn field(&self, name: &str) -> &str {
        match name {
            "name" => &self.name,
            "company" => &self.company,
            "address1" => &self.address1,
            "address2" => &self.address2,
            "dependent_locality" => &self.dependent_locality,
            "city" => &self.city,
            "region" => &self.region,
            "postal_code" => &self.postal_code,
            "sorting_code" => &self.sorting_code,
            "country" => &self.country,
            "phone" => &self.phone,
            _ => "",
        }
    }

    /// Sets the field called `name`; false (and nothing changes) for an unknown name.
    pub fn set_field(&mut self, name: &str, value: String) -> bool {
        let slot = match name {
            "name" => &mut self.name,
            "company" => &mut self.company,
            "address1" => &mut self.address1,
            "address2" => &mut self.address2,
            "dependent_locality" => &mut self.dependent_locality,
            "city" => &mut self.city,
            "region" => &mut self.region,
            "postal_code" => &mut self.postal_code,
            "sorting_code" => &mut self.sorting_code,
            "country" => &mut self.country,
            "phone" => &mut self.phone,
            _ => return false,
        };
        *slot = value;
        true
    }

    /// One line for summaries: the filled fields, comma-separated
    /// ("Ada Lovelace, 1600 Amphitheatre Pkwy, Mountain View, CA, 94043, US").
    pub fn summary(&self) -> String {
        [&self.name, &self.company, &self.address1, &self.address2, &self.city, &self.region, &self.postal_code, &self.country]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Whether the shop shows an optional address field, and whether it must be filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FieldRule {
    Hidden,
    #[default]
    Optional,
    Required,
}

/// The merchant's choices for the fields the address data leaves open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressFieldConfig {
    pub company: FieldRule,
    pub address2: FieldRule,
    pub phone: FieldRule,
}

impl Default for AddressFieldConfig {
    fn default() -> Self {
        AddressFieldConfig { company: FieldRule::Optional, address2: FieldRule::Optional, phone: FieldRule::Optional }
    }
}

/// One field of an address form, in the country's order and words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldSpec {
    /// The `Address` field: "postal_code".
    pub key: String,
    /// "ZIP code", "Postcode", "Prefecture"...
    pub label: String,
    pub required: bool,
    /// The HTML `autocomplete` token (without the section), e.g. "postal-code".
    pub autocomplete: String,
    /// For regions: (code, name) choices.
    pub options: Vec<(String, String)>,
    /// An example value, for hints: "e.g. 95014".
    pub example: Option<String>,
}

fn title_case(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// The label for a kind of area the address data names ("state", "suburb"),
/// in the shopper's language; a kind the catalogue doesn't know reads as
/// the data's word in title case.
fn area_label(kind: &str) -> String {
    let key = match kind {
        "area" => "core-address-area",
        "city" => "core-address-city",
        "county" => "core-address-county",
        "department" => "core-address-department",
        "district" => "core-address-district",
        "emirate" => "core-address-emirate",
        "island" => "core-address-island",
        "neighborhood" => "core-address-neighbourhood",
        "parish" => "core-address-parish",
        "post_town" => "core-address-town-or-city",
        "prefecture" => "core-address-prefecture",
        "province" => "core-address-province",
        "region" => "core-address-region",
        "state" => "core-address-state",
        "suburb" => "core-address-suburb",
        "townland" => "core-address-townland",
        "village_township" => "core-address-village-or-township",
        other => return title_case(&other.replace('_', " ")),
    };
    crate::i18n::text(key, &[])
}

/// A field label as it reads inside a sentence. English writes it in lower
/// case, keeping initialisms ("ZIP code"), after "a" or "an" when
/// `with_article`; the other languages' messages quote the label as the
/// form shows it.
fn label_in_text(label: &str, with_article: bool) -> String {
    if crate::i18n::current() != crate::i18n::Lang::En {
        return label.to_string();
    }
    if with_article {
        return article(label);
    }
    if label.chars().nth(1).is_some_and(char::is_uppercase) { label.to_string() } else { label.to_lowercase() }
}

impl AddressFormat {
    pub fn postal_label(&self) -> String {
        match self.zip_name_type.as_str() {
            "zip" => crate::t!("core-address-zip-code"),
            "pin" => crate::t!("core-address-pin-code"),
            "eircode" => crate::t!("core-address-eircode"),
            _ if self.code == "GB" => crate::t!("core-address-postcode"),
            _ => crate::t!("core-address-postal-code"),
        }
    }

    pub fn region_label(&self) -> String {
        match self.state_name_type.as_str() {
            "" | "oblast" => area_label("region"),
            "do_si" => area_label("province"),
            other => area_label(other),
        }
    }

    pub fn city_label(&self) -> String {
        match self.locality_name_type.as_str() {
            "" => area_label("city"),
            other => area_label(other),
        }
    }

    pub fn district_label(&self) -> String {
        match self.sublocality_name_type.as_str() {
            "" => area_label("district"),
            other => area_label(other),
        }
    }

    fn requires(&self, letter: char) -> bool {
        self.require.contains(letter)
    }

    /// The region matching `input` by code, key or name (either script).
    pub fn find_region(&self, input: &str) -> Option<&Region> {
        let norm = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
        let wanted = norm(input);
        if wanted.is_empty() {
            return None;
        }
        self.regions.iter().find(|r| {
            norm(r.code()) == wanted
                || norm(&r.key) == wanted
                || norm(&r.name) == wanted
                || r.local.as_deref().is_some_and(|l| norm(l) == wanted)
        })
    }

    /// Form rows in the order this country writes addresses, with the
    /// merchant's optional fields. The country picker is not included.
    pub fn layout(&self, config: &AddressFieldConfig) -> Vec<Vec<FieldSpec>> {
        let field = |key: &str, label: String, required: bool, autocomplete: &str| FieldSpec {
            key: key.into(),
            label,
            required,
            autocomplete: autocomplete.into(),
            options: Vec::new(),
            example: None,
        };
        let mut rows: Vec<Vec<FieldSpec>> = Vec::new();
        for line in self.fmt.split("%n") {
            let mut row = Vec::new();
            let mut chars = line.chars();
            while let Some(c) = chars.next() {
                if c != '%' {
                    continue;
                }
                match chars.next() {
                    Some('N') => row.push(field("name", crate::t!("core-address-full-name"), true, "name")),
                    Some('O') if config.company != FieldRule::Hidden => {
                        row.push(field("company", crate::t!("core-address-company"), config.company == FieldRule::Required || self.requires('O'), "organization"))
                    }
                    Some('A') => {
                        rows.push(vec![field("address1", crate::t!("core-address-address"), true, "address-line1")]);
                        if config.address2 != FieldRule::Hidden {
                            rows.push(vec![field(
                                "address2",
                                crate::t!("core-address-address2"),
                                config.address2 == FieldRule::Required,
                                "address-line2",
                            )]);
                        }
                    }
                    Some('D') => row.push(field("dependent_locality", self.district_label(), self.requires('D'), "address-level3")),
                    Some('C') => row.push(field("city", self.city_label(), self.requires('C'), "address-level2")),
                    Some('S') => {
                        let mut f = field("region", self.region_label(), self.requires('S'), "address-level1");
                        f.options = self.regions.iter().map(|r| (r.code().to_string(), r.name.clone())).collect();
                        row.push(f);
                    }
                    Some('Z') if self.zip.is_some() => {
                        let mut f = field("postal_code", self.postal_label(), self.requires('Z'), "postal-code");
                        f.example = self.zipex.as_deref().and_then(|z| z.split(',').next()).map(str::to_string);
                        row.push(f);
                    }
                    Some('X') => row.push(field("sorting_code", crate::t!("core-address-sorting-code"), self.requires('X'), "off")),
                    _ => {}
                }
            }
            if !row.is_empty() {
                rows.push(row);
            }
        }
        if config.phone != FieldRule::Hidden {
            rows.push(vec![field("phone", crate::t!("core-address-phone"), config.phone == FieldRule::Required, "tel")]);
        }
        rows
    }
}

/// What [`validate`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressValidation {
    /// True when the address has the fields and formats the country needs.
    /// It says nothing about whether the address exists or is deliverable.
    pub valid: bool,
    /// Problems by field name.
    pub errors: FieldErrors,
    /// The address trimmed, with postal code and region in their standard form.
    pub normalized: Address,
    /// Field -> a value the shopper probably meant ("region": "CA").
    pub suggestions: BTreeMap<String, String>,
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn article(label: &str) -> String {
    let lower = label.to_lowercase();
    let an = lower.starts_with(['a', 'e', 'i', 'o', 'u']) && !lower.starts_with("eu");
    let keep = label.chars().nth(1).is_some_and(|c| c.is_uppercase());
    format!("{} {}", if an { "an" } else { "a" }, if keep { label.to_string() } else { lower })
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Normalised postal code candidates to try against the pattern, in order.
/// Where the country writes codes with a space ("NW1 6XE", "K1A 0B1"), the
/// spaced form comes first, so "nw16xe" normalises to "NW1 6XE".
fn postal_candidates(raw: &str, spaced: bool) -> Vec<String> {
    let upper = clean(raw).to_uppercase();
    let compact: String = upper.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = vec![upper.clone(), compact.clone()];
    if compact.len() > 3 && compact.is_char_boundary(compact.len() - 3) {
        let with_space = format!("{} {}", &compact[..compact.len() - 3], &compact[compact.len() - 3..]);
        if spaced {
            out.insert(0, with_space);
        } else {
            out.push(with_space);
        }
    }
    if compact.len() == 9 && compact.bytes().all(|b| b.is_ascii_digit()) {
        out.push(format!("{}-{}", &compact[..5], &compact[5..]));
    }
    out.dedup();
    out
}

/// Checks an address against its country's format and the merchant's
/// field choices, the same way in the browser and on the server.
pub fn validate(address: &Address, format: &AddressFormat, config: &AddressFieldConfig, patterns: &dyn Patterns) -> AddressValidation {
    let mut errors = FieldErrors::new();
    let mut suggestions = BTreeMap::new();
    let mut add = |field: &str, msg: String| errors.entry(field.to_string()).or_default().push(msg);
    let mut n = Address {
        name: clean(&address.name),
        company: clean(&address.company),
        address1: clean(&address.address1),
        address2: clean(&address.address2),
        dependent_locality: clean(&address.dependent_locality),
        city: clean(&address.city),
        region: clean(&address.region),
        postal_code: String::new(),
        sorting_code: clean(&address.sorting_code),
        country: format.code.clone(),
        phone: clean(&address.phone),
    };
    for row in format.layout(config) {
        for f in row {
            // The postal code is checked as typed; it is normalised below.
            let value = match f.key.as_str() {
                "postal_code" => address.postal_code.as_str(),
                "country" => continue,
                k if ADDRESS_FIELDS.contains(&k) => n.field(k),
                _ => continue,
            };
            if f.required && value.trim().is_empty() {
                let label = label_in_text(&f.label, true);
                let key = if f.key == "region" && !format.regions.is_empty() { "core-address-choose" } else { "core-address-enter" };
                add(&f.key, crate::i18n::text(key, &[("label", label.into())]));
            } else if value.chars().count() > 100 {
                add(&f.key, crate::t!("core-address-too-long", label = &f.label));
            }
        }
    }
    if config.company == FieldRule::Hidden {
        n.company.clear();
    }
    if config.phone == FieldRule::Hidden {
        n.phone.clear();
    }
    // Region: accept a code, a key or a name; store the code.
    let mut region = None;
    if !n.region.is_empty() && !format.regions.is_empty() {
        match format.find_region(&n.region) {
            Some(r) => {
                n.region = r.code().to_string();
                region = Some(r);
            }
            None => {
                let label = label_in_text(&format.region_label(), false);
                let best = format
                    .regions
                    .iter()
                    .map(|r| (edit_distance(&n.region, &r.name).min(edit_distance(&n.region, r.code())), r))
                    .min_by_key(|(d, _)| *d);
                match best {
                    Some((d, r)) if d <= 3 => {
                        suggestions.insert("region".into(), r.code().to_string());
                        add("region", crate::t!("core-address-region-suggest", label = &label, name = &r.name, code = r.code()));
                    }
                    _ => add("region", crate::t!("core-address-region-unknown", value = format!("{:?}", n.region), label = &label, country = &format.name)),
                }
            }
        }
    }
    // Postal code: the country's pattern, then consistency with the region.
    let label = format.postal_label();
    match &format.zip {
        None => {}
        Some(_) if address.postal_code.trim().is_empty() => {}
        Some(pattern) => {
            let spaced = format.zipex.as_deref().is_some_and(|z| z.split(',').next().is_some_and(|e| e.contains(' ')));
            let found = postal_candidates(&address.postal_code, spaced).into_iter().find(|c| patterns.full_match(pattern, c));
            match found {
                Some(code) => {
                    n.postal_code = code;
                    if let Some(r) = region {
                        if let Some(prefix) = r.zip.as_deref() {
                            if !patterns.prefix_match(prefix, &n.postal_code) {
                                let message = match r.zipex.as_deref().and_then(|z| z.split_once(',')) {
                                    Some((from, to)) => crate::t!(
                                        "core-address-postal-other-region-range",
                                        code = &n.postal_code,
                                        region = &r.name,
                                        label = &label,
                                        from = from,
                                        to = to
                                    ),
                                    None => crate::t!("core-address-postal-other-region", code = &n.postal_code, region = &r.name, label = &label),
                                };
                                add("postal_code", message);
                                let owner = format.regions.iter().find(|o| {
                                    o.zip.as_deref().is_some_and(|p| patterns.prefix_match(p, &n.postal_code))
                                });
                                if let Some(o) = owner {
                                    suggestions.insert("region".into(), o.code().to_string());
                                }
                            }
                        }
                    }
                }
                None => {
                    n.postal_code = clean(&address.postal_code).to_uppercase();
                    let example = format.zipex.as_deref().and_then(|z| z.split(',').next()).unwrap_or("");
                    let label = label_in_text(&label, false);
                    let message = if example.is_empty() {
                        crate::t!("core-address-postal-invalid", label = label)
                    } else {
                        crate::t!("core-address-postal-invalid-example", label = label, example = example)
                    };
                    add("postal_code", message);
                }
            }
        }
    }
    if !n.phone.is_empty() {
        let digits = n.phone.chars().filter(char::is_ascii_digit).count();
        let allowed = n.phone.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c));
        if !allowed || !(6..=15).contains(&digits) {
            add("phone", crate::t!("core-address-phone-invalid"));
        }
    }
    AddressValidation { valid: errors.is_empty(), errors, normalized: n, suggestions }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Re;
    impl Patterns for Re {
        fn full_match(&self, p: &str, t: &str) -> bool {
            regex::Regex::new(&format!("(?i)^(?:{p})$")).unwrap().is_match(t)
        }
        fn prefix_match(&self, p: &str, t: &str) -> bool {
            regex::Regex::new(&format!("(?i)^(?:{p})")).unwrap().is_match(t)
        }
    }

    fn format(code: &str) -> AddressFormat {
        #[derive(Deserialize)]
        struct Data {
            countries: BTreeMap<String, AddressFormat>,
        }
        let data: Data = serde_json::from_str(include_str!("../data/address_formats.json")).unwrap();
        data.countries[code].clone()
    }

    fn check(a: Address) -> AddressValidation {
        validate(&a, &format(&a.country), &AddressFieldConfig::default(), &Re)
    }

    fn us(region: &str, zip: &str) -> Address {
        Address {
            name: "Ada Lovelace".into(),
            address1: "1600 Amphitheatre Pkwy".into(),
            city: "Mountain View".into(),
            region: region.into(),
            postal_code: zip.into(),
            country: "US".into(),
            ..Address::default()
        }
    }

    #[test]
    fn a_california_zip_in_california_is_fine() {
        let v = check(us("CA", "94043"));
        assert!(v.valid, "{:?}", v.errors);
        assert_eq!(v.normalized.postal_code, "94043");
        let v = check(us("california", " 94043-1351 "));
        assert!(v.valid);
        assert_eq!((v.normalized.region.as_str(), v.normalized.postal_code.as_str()), ("CA", "94043-1351"));
        assert!(check(us("CA", "940431351")).valid, "ZIP+4 without the hyphen");
    }

    #[test]
    fn a_new_york_zip_is_not_californian() {
        let v = check(us("CA", "10001"));
        assert!(!v.valid);
        assert_eq!(
            v.errors["postal_code"][0],
            "10001 is not a California ZIP code (California ZIP codes run from 90000 to 96199)."
        );
        assert_eq!(v.suggestions["region"], "NY", "the ZIP belongs to New York");
    }

    #[test]
    fn misspelt_regions_get_a_suggestion() {
        let v = check(us("Califronia", "94043"));
        assert_eq!(v.suggestions["region"], "CA");
        assert!(v.errors["region"][0].contains("Did you mean California (CA)?"));
        let v = check(us("", ""));
        assert_eq!(v.errors["region"][0], "Choose a state.");
        assert_eq!(v.errors["postal_code"][0], "Enter a ZIP code.");
        assert!(check(us("CA", "9404")).errors["postal_code"][0].starts_with("Enter a valid ZIP code, like 95014"));
    }

    #[test]
    fn uk_postcodes_follow_the_royal_mail_format() {
        let mut a = Address { name: "Sherlock Holmes".into(), address1: "221B Baker Street".into(), city: "London".into(), country: "GB".into(), ..Address::default() };
        assert_eq!(check(a.clone()).errors["postal_code"][0], "Enter a postcode.");
        a.postal_code = "nw16xe".into();
        let v = check(a.clone());
        assert!(v.valid, "{:?}", v.errors);
        assert_eq!(v.normalized.postal_code, "NW1 6XE");
        a.postal_code = "12345".into();
        assert!(check(a).errors["postal_code"][0].starts_with("Enter a valid postcode"));
    }

    #[test]
    fn hong_kong_has_no_postcode_and_germany_five_digits() {
        let hk = Address { name: "Wong".into(), address1: "1 Queen's Road Central".into(), region: "Hong Kong Island".into(), country: "HK".into(), postal_code: "999077".into(), ..Address::default() };
        let f = format("HK");
        assert!(f.zip.is_none());
        assert!(!f.layout(&AddressFieldConfig::default()).iter().flatten().any(|x| x.key == "postal_code"));
        let v = check(hk);
        assert!(v.valid, "{:?}", v.errors);
        assert_eq!(v.normalized.postal_code, "", "a postcode HK doesn't use is dropped");
        let mut de = Address { name: "Max Mustermann".into(), address1: "Unter den Linden 1".into(), city: "Berlin".into(), postal_code: "10117".into(), country: "DE".into(), ..Address::default() };
        assert!(check(de.clone()).valid);
        de.postal_code = "1011".into();
        assert_eq!(check(de.clone()).errors["postal_code"][0], "Enter a valid postal code, like 26133.");
        de.postal_code = "101177".into();
        assert!(!check(de).valid);
    }

    #[test]
    fn japan_takes_prefectures_by_name_code_or_kanji() {
        let mut jp = Address { name: "Yamada Taro".into(), address1: "1-1 Chiyoda".into(), city: "Chiyoda-ku".into(), postal_code: "100-0001".into(), country: "JP".into(), ..Address::default() };
        for region in ["Tokyo", "東京都", "13"] {
            jp.region = region.into();
            let v = check(jp.clone());
            assert!(v.valid, "{region}: {:?}", v.errors);
            assert_eq!(v.normalized.region, "13");
        }
        jp.region = "Osaka".into();
        assert!(check(jp.clone()).errors["postal_code"][0].contains("is not a Osaka"), "100- is Tokyo");
        jp.postal_code = "1000001".into();
        jp.region = "Tokyo".into();
        assert_eq!(check(jp).normalized.postal_code, "1000001");
    }

    #[test]
    fn layout_follows_the_country_and_the_merchant() {
        let cfg = AddressFieldConfig { company: FieldRule::Hidden, address2: FieldRule::Optional, phone: FieldRule::Required };
        let keys: Vec<String> = format("US").layout(&cfg).into_iter().flatten().map(|f| f.key).collect();
        assert_eq!(keys, ["name", "address1", "address2", "city", "region", "postal_code", "phone"]);
        let labels: Vec<String> = format("GB").layout(&cfg).into_iter().flatten().map(|f| f.label).collect();
        assert!(labels.contains(&"Town or city".to_string()) && labels.contains(&"Postcode".to_string()));
        let rows = format("US").layout(&cfg);
        let region = rows.iter().flatten().find(|f| f.key == "region").unwrap();
        assert!(region.options.iter().any(|(c, n)| c == "CA" && n == "California"));
        assert_eq!(rows.iter().flatten().find(|f| f.key == "postal_code").unwrap().autocomplete, "postal-code");
        let v = validate(&us("CA", "94043"), &format("US"), &cfg, &Re);
        assert_eq!(v.errors["phone"][0], "Enter a phone.");
    }

    #[test]
    fn phone_numbers_are_checked_loosely() {
        let mut a = us("CA", "94043");
        a.phone = "+1 (650) 253-0000".into();
        assert!(check(a.clone()).valid);
        a.phone = "call me".into();
        assert!(!check(a).valid);
    }

    #[test]
    fn fields_by_name_read_and_write_the_same_field() {
        let mut a = Address::default();
        for (i, name) in ADDRESS_FIELDS.iter().enumerate() {
            assert!(a.set_field(name, format!("v{i}")), "{name}");
        }
        for (i, name) in ADDRESS_FIELDS.iter().enumerate() {
            assert_eq!(a.field(name), format!("v{i}"), "{name}");
        }
        let distinct: std::collections::BTreeSet<&str> = ADDRESS_FIELDS.iter().map(|n| a.field(n)).collect();
        assert_eq!(distinct.len(), ADDRESS_FIELDS.len(), "every name is its own field");
        let before = a.clone();
        assert!(!a.set_field("street", "x".into()));
        assert_eq!(a, before);
        assert_eq!(a.field("street"), "");
    }

    #[test]
    fn every_layout_field_has_a_name() {
        let config = AddressFieldConfig { company: FieldRule::Required, address2: FieldRule::Required, phone: FieldRule::Required };
        for code in ["US", "GB", "JP", "DE", "CN", "BR"] {
            for f in format(code).layout(&config).into_iter().flatten() {
                assert!(ADDRESS_FIELDS.contains(&f.key.as_str()), "{code}: {}", f.key);
            }
        }
    }

    #[test]
    fn the_summary_is_the_filled_fields_in_one_line() {
        assert_eq!(us("CA", "94043").summary(), "Ada Lovelace, 1600 Amphitheatre Pkwy, Mountain View, CA, 94043, US");
        let a = Address { company: "Analytical Engines Ltd".into(), address2: "Floor 2".into(), phone: "+1 555".into(), ..us("CA", "") };
        assert_eq!(a.summary(), "Ada Lovelace, Analytical Engines Ltd, 1600 Amphitheatre Pkwy, Floor 2, Mountain View, CA, US");
        assert_eq!(Address::default().summary(), "");
    }
}
