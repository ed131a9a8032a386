//! Address formats per country (and, with checkout, validation).

use axum::extract::Path;
use axum::Json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::address::AddressFormat;
use vitrine_core::ApiErrorBody;

use crate::error::{ApiError, Result};
use crate::geo;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(address_formats_show))
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
