//! Idempotency keys for order placement, per cart. The first request with
//! a key claims it; later ones with the same body get the stored answer
//! (waiting while the first is still running), with another body a 422.

use std::time::Duration;

use vitrine_core::ApiErrorBody;

use crate::db::{now, Db};
use crate::error::{ApiError, Result};

pub enum Claim {
    /// This request runs.
    Fresh,
    /// An earlier request with this key answered (status, JSON body).
    Replay(u16, String),
}

/// How long a repeat waits for the first request to finish.
const WAIT: Duration = Duration::from_secs(30);

pub async fn claim(db: &Db, cart_id: &str, key: &str, request_hash: &str) -> Result<Claim> {
    let inserted = sqlx::query(
        "INSERT INTO idempotency_keys (cart_id, key, request_hash, status, created_at) VALUES ($1, $2, $3, 'in_progress', $4) \
         ON CONFLICT DO NOTHING",
    )
    .bind(cart_id)
    .bind(key)
    .bind(request_hash)
    .bind(now())
    .execute(&db.pool)
    .await?;
    if inserted.rows_affected() == 1 {
        return Ok(Claim::Fresh);
    }
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let row: Option<(String, String, Option<i64>, Option<String>)> = sqlx::query_as(
            "SELECT request_hash, status, response_status, response_body FROM idempotency_keys WHERE cart_id = $1 AND key = $2",
        )
        .bind(cart_id)
        .bind(key)
        .fetch_optional(&db.pool)
        .await?;
        match row {
            // Released after an internal error: this request may run.
            None => return Box::pin(claim(db, cart_id, key, request_hash)).await,
            Some((hash, _, _, _)) if hash != request_hash => {
                return Err(ApiError::Validation(
                    ApiErrorBody::new("This Idempotency-Key was already used for a different order request.")
                        .with("Idempotency-Key", "was used with a different request body; use a new key for a new attempt"),
                ));
            }
            Some((_, status, Some(code), Some(body))) if status == "done" => return Ok(Claim::Replay(code as u16, body)),
            Some(_) if tokio::time::Instant::now() >= deadline => {
                return Err(ApiError::Conflict(
                    ApiErrorBody::new("This order is still being placed. Wait a moment and try again with the same key.")
                        .with("Idempotency-Key", "in progress"),
                ));
            }
            Some(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}

pub async fn finish(db: &Db, cart_id: &str, key: &str, status: u16, body: &str) -> Result<()> {
    sqlx::query("UPDATE idempotency_keys SET status = 'done', response_status = $1, response_body = $2 WHERE cart_id = $3 AND key = $4")
        .bind(i64::from(status))
        .bind(body)
        .bind(cart_id)
        .bind(key)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Forgets a key whose request failed on our side, so a retry can run.
pub async fn release(db: &Db, cart_id: &str, key: &str) -> Result<()> {
    sqlx::query("DELETE FROM idempotency_keys WHERE cart_id = $1 AND key = $2").bind(cart_id).bind(key).execute(&db.pool).await?;
    Ok(())
}
