//! Idempotency keys for order placement, per cart, that survive a crash.
//!
//! The first request with a key claims it with a random lock token. The
//! order's own write transaction links the key to the order only while that
//! lock is still held (the recovery point), so a key produces at most one
//! order. Later requests with the same body get the stored answer, waiting a
//! little while the first is still running; with another body a 422. A claim
//! whose request died with the process (older than [`LOCK_TIMEOUT_SECS`]) is
//! taken over by the next retry, which resumes from the recovery point: it
//! returns the order that was committed, or runs the placement again.

use std::time::Duration;

use vitrine_core::ApiErrorBody;

use crate::db::{now, Db, Tx};
use crate::error::{ApiError, Result};
use crate::secrets;

/// A claim older than this belongs to a request that died: a retry takes it
/// over. Placement normally takes well under a second.
pub const LOCK_TIMEOUT_SECS: i64 = 10;

/// How long a repeat waits for the first request to finish before it is
/// told to retry (well under the 30 s request timeout).
const WAIT: Duration = Duration::from_secs(8);

/// The `idempotency_keys.status` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyStatus {
    InProgress,
    Done,
}

impl KeyStatus {
    fn as_str(self) -> &'static str {
        match self {
            KeyStatus::InProgress => "in_progress",
            KeyStatus::Done => "done",
        }
    }
}

/// A held claim on a key.
pub struct Lock {
    pub cart_id: String,
    pub key: String,
    token: String,
}

pub enum Claim {
    /// This request runs the placement from the start.
    Fresh(Lock),
    /// A request with this key died after its order was written: this one
    /// finishes that order.
    Resume(Lock, i64),
    /// An earlier request with this key answered (status, JSON body).
    Replay(u16, String),
}

#[derive(sqlx::FromRow)]
struct KeyRow {
    request_hash: String,
    status: String,
    response_status: Option<i64>,
    response_body: Option<String>,
    locked_at: Option<i64>,
    order_id: Option<i64>,
}

fn still_running() -> ApiError {
    ApiError::RetryLater(
        ApiErrorBody::new("This order is still being placed. Wait a moment and try again with the same key.").with("Idempotency-Key", "in progress"),
    )
}

pub async fn claim(db: &Db, cart_id: &str, key: &str, request_hash: &str) -> Result<Claim> {
    let lock = Lock { cart_id: cart_id.into(), key: key.into(), token: secrets::random_hex(12) };
    let inserted = sqlx::query(
        "INSERT INTO idempotency_keys (cart_id, key, request_hash, status, created_at, locked_at, lock_token) \
         VALUES ($1, $2, $3, $4, $5, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind(cart_id)
    .bind(key)
    .bind(request_hash)
    .bind(KeyStatus::InProgress.as_str())
    .bind(now())
    .bind(&lock.token)
    .execute(&db.pool)
    .await?;
    if inserted.rows_affected() == 1 {
        return Ok(Claim::Fresh(lock));
    }
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let row: Option<KeyRow> = sqlx::query_as(
            "SELECT request_hash, status, response_status, response_body, locked_at, order_id FROM idempotency_keys \
             WHERE cart_id = $1 AND key = $2",
        )
        .bind(cart_id)
        .bind(key)
        .fetch_optional(&db.pool)
        .await?;
        let Some(row) = row else {
            // Released after an internal error: this request may run.
            return Box::pin(claim(db, cart_id, key, request_hash)).await;
        };
        if row.request_hash != request_hash {
            return Err(ApiError::Validation(
                ApiErrorBody::new("This Idempotency-Key was already used for a different order request.")
                    .with("Idempotency-Key", "was used with a different request body; use a new key for a new attempt"),
            ));
        }
        if let (true, Some(code), Some(body)) = (row.status == KeyStatus::Done.as_str(), row.response_status, row.response_body) {
            return Ok(Claim::Replay(code as u16, body));
        }
        let locked_at = row.locked_at.unwrap_or(0);
        if now() - locked_at >= LOCK_TIMEOUT_SECS && take_over(db, &lock, locked_at).await? {
            tracing::warn!(cart = cart_id, order_id = ?row.order_id, "took over an idempotency key left by a request that died");
            return Ok(match row.order_id {
                Some(order_id) => Claim::Resume(lock, order_id),
                None => Claim::Fresh(lock),
            });
        }
        if tokio::time::Instant::now() >= deadline {
            return Err(still_running());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Takes a stale claim over (only one retry wins).
async fn take_over(db: &Db, lock: &Lock, stale_locked_at: i64) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE idempotency_keys SET locked_at = $1, lock_token = $2 \
         WHERE cart_id = $3 AND key = $4 AND status = $5 AND COALESCE(locked_at, 0) = $6",
    )
    .bind(now())
    .bind(&lock.token)
    .bind(&lock.cart_id)
    .bind(&lock.key)
    .bind(KeyStatus::InProgress.as_str())
    .bind(stale_locked_at)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The recovery point, inside the order's write transaction: links the key
/// to the order, or refuses when this request no longer holds the key (it
/// was so slow that a retry took it over), so the order is not written.
pub async fn link_order(tx: &mut Tx, lock: &Lock, order_id: i64) -> Result<()> {
    let done = sqlx::query("UPDATE idempotency_keys SET order_id = $1 WHERE cart_id = $2 AND key = $3 AND lock_token = $4 AND order_id IS NULL")
        .bind(order_id)
        .bind(&lock.cart_id)
        .bind(&lock.key)
        .bind(&lock.token)
        .execute(&mut **tx)
        .await?;
    if done.rows_affected() == 1 { Ok(()) } else { Err(still_running()) }
}

/// Stores the answer; later requests with the key replay it.
pub async fn finish(db: &Db, lock: &Lock, status: u16, body: &str) -> Result<()> {
    sqlx::query("UPDATE idempotency_keys SET status = $1, response_status = $2, response_body = $3 WHERE cart_id = $4 AND key = $5 AND lock_token = $6")
        .bind(KeyStatus::Done.as_str())
        .bind(i64::from(status))
        .bind(body)
        .bind(&lock.cart_id)
        .bind(&lock.key)
        .bind(&lock.token)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Forgets a key whose request failed on our side before it wrote an order,
/// so a retry can run at once.
pub async fn release(db: &Db, lock: &Lock) -> Result<()> {
    sqlx::query("DELETE FROM idempotency_keys WHERE cart_id = $1 AND key = $2 AND lock_token = $3 AND order_id IS NULL")
        .bind(&lock.cart_id)
        .bind(&lock.key)
        .bind(&lock.token)
        .execute(&db.pool)
        .await?;
    Ok(())
}
