//! Admin keys: made by the CLI (`vitrine-server admin-key create --name`),
//! shown once, stored as a SHA-256 hash, listed and revoked by the CLI, and
//! checked by the [`Admin`] extractor on every `/api/v1/admin/...` route. A
//! missing, wrong and revoked key get the same 401.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use serde::Serialize;

use crate::db::{now, Db};
use crate::error::{ApiError, Result};
use crate::secrets;
use crate::state::AppState;

/// The operator behind a request, proven by a valid admin key.
#[derive(Debug, Clone)]
pub struct Admin {
    pub key_id: i64,
    /// The key's name, e.g. "warehouse" (who did what, in logs and ledgers).
    pub name: String,
}

impl FromRequestParts<AppState> for Admin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Admin> {
        check(state, &parts.headers).await
    }
}

/// The admin behind a request's `Authorization: Bearer` key, or the one 401.
pub async fn check(state: &AppState, headers: &axum::http::HeaderMap) -> Result<Admin> {
    let key = secrets::bearer(headers).ok_or(ApiError::Unauthorized)?;
    authenticate(&state.db, key).await?.ok_or(ApiError::Unauthorized)
}

/// The live key with this secret, if any.
pub async fn authenticate(db: &Db, key: &str) -> Result<Option<Admin>> {
    let row: Option<(i64, String, Option<i64>)> =
        sqlx::query_as("SELECT id, name, last_used_at FROM admin_keys WHERE key_hash = $1 AND revoked_at IS NULL")
            .bind(secrets::hash(key))
            .fetch_optional(&db.pool)
            .await?;
    let Some((key_id, name, last_used)) = row else { return Ok(None) };
    // Note use at most once a minute: no write per request.
    if last_used.is_none_or(|t| now() - t > 60) {
        sqlx::query("UPDATE admin_keys SET last_used_at = $1 WHERE id = $2").bind(now()).bind(key_id).execute(&db.pool).await?;
    }
    Ok(Some(Admin { key_id, name }))
}

/// A key as listed (never its secret).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct KeyInfo {
    pub id: i64,
    pub name: String,
    /// The first characters of the secret, to recognise it.
    pub prefix: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// Makes a key; the secret is returned once and never stored.
pub async fn create(db: &Db, name: &str) -> Result<(KeyInfo, String)> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 80 {
        return Err(ApiError::invalid("name", "Give the key a name of 1 to 80 characters (who or what uses it)."));
    }
    let secret = format!("vt_admin_{}", secrets::random_hex(24));
    let prefix = secret[..13].to_string();
    let id: i64 = sqlx::query_scalar("INSERT INTO admin_keys (name, key_hash, prefix, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(name)
        .bind(secrets::hash(&secret))
        .bind(&prefix)
        .bind(now())
        .fetch_one(&db.pool)
        .await?;
    let info = KeyInfo { id, name: name.into(), prefix, created_at: now(), last_used_at: None, revoked_at: None };
    Ok((info, secret))
}

pub async fn list(db: &Db) -> Result<Vec<KeyInfo>> {
    Ok(sqlx::query_as("SELECT id, name, prefix, created_at, last_used_at, revoked_at FROM admin_keys ORDER BY id").fetch_all(&db.pool).await?)
}

/// Revokes a key by id or name; false when no live key matched.
pub async fn revoke(db: &Db, id_or_name: &str) -> Result<bool> {
    let id: i64 = id_or_name.parse().unwrap_or(-1);
    let done = sqlx::query("UPDATE admin_keys SET revoked_at = $1 WHERE (id = $2 OR name = $3) AND revoked_at IS NULL")
        .bind(now())
        .bind(id)
        .bind(id_or_name)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() > 0)
}
