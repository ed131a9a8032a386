//! Inbound webhooks (payment provider; carriers as they arrive), stored by
//! their event id before they act. A delivery whose handling finished is
//! answered 200 and ignored (a replay, or the sender's retry of a delivery
//! we answered too late); one whose handling died with the process is
//! handled again when the sender retries, so every action behind a webhook
//! must itself be idempotent (they are: each checks the state it moves from).

use crate::db::{now, Db};
use crate::error::Result;

/// Records the delivery; false when this event was already handled.
pub async fn receive(db: &Db, source: &str, event_id: &str) -> Result<bool> {
    sqlx::query("INSERT INTO webhook_events (source, event_id, received_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(source)
        .bind(event_id)
        .bind(now())
        .execute(&db.pool)
        .await?;
    let processed: Option<Option<i64>> = sqlx::query_scalar("SELECT processed_at FROM webhook_events WHERE source = $1 AND event_id = $2")
        .bind(source)
        .bind(event_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(!matches!(processed, Some(Some(_))))
}

/// The event's actions all committed.
pub async fn processed(db: &Db, source: &str, event_id: &str) -> Result<()> {
    sqlx::query("UPDATE webhook_events SET processed_at = $1 WHERE source = $2 AND event_id = $3 AND processed_at IS NULL")
        .bind(now())
        .bind(source)
        .bind(event_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}
