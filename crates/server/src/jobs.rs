//! Background jobs that must run on one server instance at a time (payment
//! reconciliation, delay emails, the demo carrier, alert checks): each
//! instance asks for the job's lease before running it; the holder renews
//! it every run, and when it stops (killed, stopped) the lease expires and
//! another instance takes it. Two instances on one PostgreSQL therefore
//! never send the same email twice or advance a parcel twice.

use crate::db::Db;
use crate::error::Result;

/// Takes or renews the lease `name` for `holder` until `at + ttl_secs`;
/// `false` while another holder's lease has not expired.
pub async fn lease(db: &Db, name: &str, holder: &str, at: i64, ttl_secs: i64) -> Result<bool> {
    let until = at + ttl_secs;
    let renewed = sqlx::query("UPDATE job_leases SET holder = $1, expires_at = $2 WHERE name = $3 AND (holder = $1 OR expires_at < $4)")
        .bind(holder)
        .bind(until)
        .bind(name)
        .bind(at)
        .execute(&db.pool)
        .await?;
    if renewed.rows_affected() == 1 {
        return Ok(true);
    }
    let taken = sqlx::query("INSERT INTO job_leases (name, holder, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(name)
        .bind(holder)
        .bind(until)
        .execute(&db.pool)
        .await?;
    Ok(taken.rows_affected() == 1)
}

/// Gives the lease up at once (a clean shutdown), so another instance need not wait for it to expire.
pub async fn release(db: &Db, name: &str, holder: &str) -> Result<()> {
    sqlx::query("DELETE FROM job_leases WHERE name = $1 AND holder = $2").bind(name).bind(holder).execute(&db.pool).await?;
    Ok(())
}
