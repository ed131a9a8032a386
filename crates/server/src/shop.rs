//! Shop settings and health.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::shop::{Health, Shop};

use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(shop_show)).routes(routes!(health_show))
}

/// The shop's name, currency, locale, tax style and the countries it ships to.
#[utoipa::path(get, path = "/api/v1/shop", tag = "shop", responses((status = 200, body = Shop)))]
pub async fn shop_show(State(state): State<AppState>) -> Json<Shop> {
    Json(state.shop())
}

/// Liveness and readiness: 200 when the database answers, 503 when it does not.
#[utoipa::path(
    get,
    path = "/api/v1/health",
    tag = "shop",
    responses((status = 200, body = Health), (status = 503, description = "The database does not answer", body = Health))
)]
pub async fn health_show(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let db_ok = sqlx::query_scalar::<_, i64>("SELECT 1").fetch_one(&state.db.pool).await.is_ok();
    let snapshot = state.catalog.get();
    let health = Health {
        status: if db_ok { "ok" } else { "degraded" }.into(),
        database: if db_ok { "ok" } else { "unreachable" }.into(),
        catalog_version: snapshot.version,
        products: snapshot.products.len() as u64,
    };
    (if db_ok { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE }, Json(health))
}
