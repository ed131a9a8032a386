//! Store credit spent at checkout. Codes are issued by returns
//! (`returns::admin::credit`) with a balance and a ledger; an order spends
//! one inside the transaction that writes it (the credit row locked, the
//! balance never below zero, one ledger row per order), the payment method
//! is charged what is left, and a canceled order gets its credit back once.
//!
//! A wrong code, a code in another currency and a used-up code get one
//! field error each on `store_credit_code`; the codes are random (40 bits)
//! and checkout itself is rate limited by the cart's token and its
//! idempotency keys, so the field is no faster an oracle than guessing.

use vitrine_core::checkout::credit_to_spend;
use vitrine_core::{Currency, Money};

use crate::db::{now, Db, Tx};
use crate::error::{ApiError, Result};


/// "sc-7qk2 9xh4 " -> "SC-7QK2-9XH4".
pub fn normalize(code: &str) -> String {
    let compact: String = code.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_uppercase();
    match compact.strip_prefix("SC") {
        Some(rest) if rest.len() == 8 => format!("SC-{}-{}", &rest[..4], &rest[4..]),
        _ => compact,
    }
}

/// Checks a code before anything is written: it exists, is in the order's
/// currency and has something left. Returns the code as stored and its balance.
pub async fn check(db: &Db, code: &str, currency: Currency) -> Result<(String, i64)> {
    let code = normalize(code);
    let row: Option<(String, i64)> =
        sqlx::query_as("SELECT currency, balance_minor FROM store_credits WHERE code = $1").bind(&code).fetch_optional(&db.pool).await?;
    match row {
        None => Err(ApiError::invalid_sentence("store_credit_code", vitrine_core::t!("server-credit-invalid"))),
        Some((c, _)) if c != currency.code() => {
            Err(ApiError::invalid_sentence("store_credit_code", vitrine_core::t!("server-credit-currency", credit = c, order = currency.code())))
        }
        Some((_, balance)) if balance <= 0 => Err(ApiError::invalid_sentence("store_credit_code", vitrine_core::t!("server-credit-used-up"))),
        Some((_, balance)) => Ok((code, balance)),
    }
}

/// Spends `code` on the order `order_id` of `total_minor`, in the order's
/// write transaction: locks the credit, takes what the order needs (at most
/// the balance), writes the ledger row and the order's columns. Returns the
/// amount spent; a code used up meanwhile (a parallel order took it) is the
/// same field error as at the check, and the transaction is dropped.
pub async fn spend(tx: &mut Tx, for_update: &str, code: &str, order_id: i64, total: Money) -> Result<i64> {
    let balance: Option<i64> = sqlx::query_scalar(&format!("SELECT balance_minor FROM store_credits WHERE code = $1{for_update}"))
        .bind(code)
        .fetch_optional(&mut **tx)
        .await?;
    let balance = balance.ok_or_else(|| ApiError::invalid_sentence("store_credit_code", vitrine_core::t!("server-credit-invalid")))?;
    let spend = credit_to_spend(total, Money::from_minor(balance, total.currency)).to_minor().unwrap_or(0);
    if spend <= 0 {
        return Err(ApiError::invalid_sentence("store_credit_code", vitrine_core::t!("server-credit-used-up")));
    }
    let taken = sqlx::query("UPDATE store_credits SET balance_minor = balance_minor - $1 WHERE code = $2 AND balance_minor >= $1")
        .bind(spend)
        .bind(code)
        .execute(&mut **tx)
        .await?;
    if taken.rows_affected() != 1 {
        return Err(ApiError::invalid_sentence("store_credit_code", vitrine_core::t!("server-credit-used-up")));
    }
    ledger(tx, code, -spend, "checkout", order_id).await?;
    sqlx::query("UPDATE orders SET credit_code = $1, credit_minor = $2 WHERE id = $3").bind(code).bind(spend).bind(order_id).execute(&mut **tx).await?;
    Ok(spend)
}

/// A canceled order's credit goes back to its code, once (the ledger says
/// whether it already did).
pub async fn restore(tx: &mut Tx, order_id: i64) -> Result<()> {
    let row: Option<(Option<String>, i64)> =
        sqlx::query_as("SELECT credit_code, credit_minor FROM orders WHERE id = $1").bind(order_id).fetch_optional(&mut **tx).await?;
    let Some((Some(code), amount)) = row.filter(|r| r.1 > 0) else { return Ok(()) };
    let done: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM store_credit_ledger WHERE order_id = $1 AND reason = 'order_canceled'")
        .bind(order_id)
        .fetch_one(&mut **tx)
        .await?;
    if done > 0 {
        return Ok(());
    }
    sqlx::query("UPDATE store_credits SET balance_minor = balance_minor + $1 WHERE code = $2").bind(amount).bind(&code).execute(&mut **tx).await?;
    ledger(tx, &code, amount, "order_canceled", order_id).await
}

/// Issues a credit of `minor` to `email` (a goodwill gesture, a gift): a
/// new code, its balance and the ledger's first row. Returns the code.
pub async fn issue(db: &Db, email: &str, currency: Currency, minor: i64, reason: &str) -> Result<String> {
    if minor <= 0 {
        return Err(ApiError::invalid("amount", "must be above zero"));
    }
    let code = new_code();
    let mut tx = db.begin_write().await?;
    sqlx::query("INSERT INTO store_credits (code, email, currency, balance_minor, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(&code)
        .bind(email)
        .bind(currency.code())
        .bind(minor)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO store_credit_ledger (code, delta_minor, reason, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&code)
        .bind(minor)
        .bind(reason)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(code)
}

/// A store credit code, like order numbers: "SC-" and 8 of Crockford's base32.
pub fn new_code() -> String {
    format!("SC-{}", &crate::orders::new_number()[3..])
}

/// A code's balance and every movement (delta, reason, order id, when), oldest first.
pub async fn statement(db: &Db, code: &str) -> Result<Option<(String, i64, Vec<(i64, String, Option<i64>, i64)>)>> {
    let code = normalize(code);
    let Some((currency, balance)) =
        sqlx::query_as::<_, (String, i64)>("SELECT currency, balance_minor FROM store_credits WHERE code = $1").bind(&code).fetch_optional(&db.pool).await?
    else {
        return Ok(None);
    };
    let moves = sqlx::query_as("SELECT delta_minor, reason, order_id, created_at FROM store_credit_ledger WHERE code = $1 ORDER BY id")
        .bind(&code)
        .fetch_all(&db.pool)
        .await?;
    Ok(Some((currency, balance, moves)))
}

async fn ledger(tx: &mut Tx, code: &str, delta: i64, reason: &str, order_id: i64) -> Result<()> {
    sqlx::query("INSERT INTO store_credit_ledger (code, delta_minor, reason, order_id, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(code)
        .bind(delta)
        .bind(reason)
        .bind(order_id)
        .bind(now())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_are_forgiven_their_case_and_spacing() {
        assert_eq!(super::normalize("sc-7qk2 9xh4 "), "SC-7QK2-9XH4");
        assert_eq!(super::normalize("SC7QK29XH4"), "SC-7QK2-9XH4");
        assert_eq!(super::normalize("nonsense"), "NONSENSE");
    }
}
