//! One theme on every surface without a rebuild (issue 13): the operator
//! stores the shop's theme with `PUT /api/v1/admin/theme` (a preset and
//! token overrides, validated by `vitrine-core::theme`, never pasted raw);
//! `GET /api/v1/theme.css` serves it to any origin (embedded widgets load it
//! into their shadow roots) with an ETag; and every storefront page gets it
//! inlined in its server-written head, so it costs no extra request. The
//! theme lives in the `settings` table and reaches every server instance
//! with the catalog snapshot (within 2 s).

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::theme::{self, Theme};
use vitrine_core::ApiErrorBody;

use crate::admin::Admin;
use crate::error::{ApiError, ApiJson, Result};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(theme_css)).routes(routes!(admin_theme_show, admin_theme_update))
}

/// The stylesheet of a stored theme: a comment only when there is none.
pub fn css_of(stored: Option<&Theme>) -> String {
    stored.map(theme::css).unwrap_or_else(|| theme::css(&Theme::default()))
}

/// The shop's theme as CSS custom properties for `:root` and `:host`.
#[utoipa::path(
    get,
    path = "/api/v1/theme.css",
    tag = "shop",
    responses(
        (status = 200, description = "The theme's stylesheet (`text/css`), with an ETag", content_type = "text/css"),
        (status = 304, description = "Not modified since the ETag sent in If-None-Match"),
    )
)]
pub async fn theme_css(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let css = state.catalog.get().rules.theme_css.clone();
    let etag = format!("\"{}\"", &crate::secrets::hash(&css)[..20]);
    let common = [
        (header::ETAG, HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("\"0\""))),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        (header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*")),
    ];
    let unchanged = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    if unchanged {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    (StatusCode::OK, common, [(header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8"))], css).into_response()
}

/// The stored theme (an empty one when none was stored).
#[utoipa::path(
    get,
    path = "/api/v1/admin/theme",
    tag = "admin",
    security(("admin_key" = [])),
    responses((status = 200, body = Theme), (status = 401, body = ApiErrorBody))
)]
pub async fn admin_theme_show(_admin: Admin, State(state): State<AppState>) -> Result<Json<Theme>> {
    Ok(Json(crate::settings::theme(&state.db).await?.unwrap_or_default()))
}

/// Stores the shop's theme: a preset and `--vt-*` overrides. Every value is
/// checked by its token's kind and every text colour against its backgrounds
/// (WCAG AA); any problem is a 422 naming the field, and the stored theme
/// stays as it was.
#[utoipa::path(
    put,
    path = "/api/v1/admin/theme",
    tag = "admin",
    request_body = Theme,
    security(("admin_key" = [])),
    responses(
        (status = 200, body = Theme, description = "Stored; every page and GET /api/v1/theme.css use it within 2 s"),
        (status = 401, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody, description = "A value that is not of its token's kind, an unknown token or preset, or a colour under AA contrast"),
    )
)]
pub async fn admin_theme_update(_admin: Admin, State(state): State<AppState>, ApiJson(mut theme): ApiJson<Theme>) -> Result<Json<Theme>> {
    theme.tokens = theme.tokens.into_iter().map(|(k, v)| (k.trim().to_string(), v.trim().to_string())).collect();
    theme::validate(&theme).map_err(|errors| {
        let mut body = ApiErrorBody::new("The theme was not saved: fix the values named below.");
        body.errors = errors;
        ApiError::Validation(body)
    })?;
    let mut tx = state.db.begin_write().await?;
    crate::settings::put_theme(&mut tx, &theme).await?;
    sqlx::query("UPDATE catalog_version SET version = version + 1 WHERE id = 1").execute(&mut *tx).await?;
    tx.commit().await?;
    state.catalog.reload().await?;
    Ok(Json(theme))
}
