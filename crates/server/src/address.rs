//! Address formats per country (and, with checkout, validation).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use axum::extract::{Path, State};
use axum::Json;
use regex::Regex;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::address::{validate, Address, AddressFormat, AddressValidation, Patterns};
use vitrine_core::ApiErrorBody;

use crate::error::{ApiError, ApiJson, Result};
use crate::geo;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(address_formats_show)).routes(routes!(addresses_validate))
}

/// Google's address patterns, compiled once each (case-insensitive).
pub struct RegexPatterns;

/// (pattern, anchored at the end) -> the compiled pattern, or None if invalid.
type PatternCache = Mutex<HashMap<(String, bool), Option<Regex>>>;

fn compiled(pattern: &str, anchor_end: bool) -> Option<Regex> {
    static CACHE: OnceLock<PatternCache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    map.entry((pattern.to_string(), anchor_end))
        .or_insert_with(|| Regex::new(&format!("(?i)^(?:{pattern}){}", if anchor_end { "$" } else { "" })).ok())
        .clone()
}

impl Patterns for RegexPatterns {
    fn full_match(&self, pattern: &str, text: &str) -> bool {
        compiled(pattern, true).is_some_and(|r| r.is_match(text))
    }

    fn prefix_match(&self, pattern: &str, text: &str) -> bool {
        compiled(pattern, false).is_some_and(|r| r.is_match(text))
    }
}

/// Validates `address` for the shop: a country it ships to, then the
/// country's format rules and the merchant's field choices.
pub fn check(state: &AppState, address: &Address) -> AddressValidation {
    let snapshot = state.catalog.get();
    let config = snapshot.rules.address_fields;
    let country = address.country.trim().to_ascii_uppercase();
    match geo::format(&country) {
        Some(format) if snapshot.rules.ships_to(&country) => validate(address, format, &config, &RegexPatterns),
        found => {
            let message = match found {
                Some(f) => format!("We don't ship to {} yet.", f.name),
                None if country.is_empty() => "Choose a country.".to_string(),
                None => format!("{country:?} is not a country code."),
            };
            let mut errors = vitrine_core::FieldErrors::new();
            errors.insert("country".into(), vec![message]);
            AddressValidation { valid: false, errors, normalized: address.clone(), suggestions: Default::default() }
        }
    }
}

/// Check an address: required fields, postal-code format, region, and that
/// the postal code belongs to the region where the data says so. Format
/// and consistency only: it does not claim the address exists.
#[utoipa::path(
    post,
    path = "/api/v1/addresses/validate",
    tag = "addresses",
    request_body = Address,
    responses(
        (status = 200, description = "`valid`, problems keyed by field, the normalised address and suggestions", body = AddressValidation),
        (status = 422, description = "The body is not an address", body = ApiErrorBody),
    )
)]
pub async fn addresses_validate(State(state): State<AppState>, ApiJson(address): ApiJson<Address>) -> Json<AddressValidation> {
    Json(check(&state, &address))
}

/// How a country writes addresses: field order, required fields, postal-code
/// pattern and examples, and its regions (states, provinces...) with codes.
#[utoipa::path(
    get,
    path = "/api/v1/address-formats/{country}",
    tag = "addresses",
    params(("country" = String, Path, description = "ISO 3166-1 alpha-2 code, e.g. `US`")),
    responses(
        (status = 200, body = AddressFormat),
        (status = 404, description = "No such country", body = ApiErrorBody),
    )
)]
pub async fn address_formats_show(Path(country): Path<String>) -> Result<Json<AddressFormat>> {
    geo::format(&country)
        .cloned()
        .map(Json)
        .ok_or_else(|| ApiError::missing("country", format!("{country:?} is not an ISO 3166-1 country code.")))
}
