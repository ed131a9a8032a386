//! Stock, the one place its arithmetic lives. A variant has `stock` (on
//! hand) and `reserved` (held by orders waiting for their payment);
//! `available = stock - reserved`, never below zero. Every move is a
//! conditional UPDATE inside the caller's write transaction, so two
//! checkouts can never both take the last unit:
//! - [`take`]: a checkout holds units (card orders, until the payment
//!   settles) or sells them at once (manual methods);
//! - [`settle`]: a held order's payment ended: the units are sold, or
//!   released to be bought again;
//! - [`restock`]: sold units come back (a canceled order).

use std::collections::HashMap;

use crate::db::{Db, Tx};

/// What a checkout does with the units it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Take {
    /// Hold them in `reserved` until the payment settles.
    Hold,
    /// Take them out of stock now.
    Sell,
}

/// How a hold ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settle {
    /// The payment succeeded: the held units leave stock.
    Sold,
    /// The payment failed or timed out: the held units are available again.
    Released,
}

/// Takes `quantity` units of `variant` if that many are available; false
/// (and nothing changed) when they are not.
pub async fn take(tx: &mut Tx, variant: i64, quantity: i64, how: Take) -> Result<bool, sqlx::Error> {
    let sql = match how {
        Take::Hold => "UPDATE variants SET reserved = reserved + $1 WHERE id = $2 AND stock - reserved >= $1",
        Take::Sell => "UPDATE variants SET stock = stock - $1 WHERE id = $2 AND stock - reserved >= $1",
    };
    Ok(sqlx::query(sql).bind(quantity).bind(variant).execute(&mut **tx).await?.rows_affected() == 1)
}

/// Ends the hold on these (variant, quantity) lines. The caller has checked,
/// with the order locked, that the order still holds them.
pub async fn settle(tx: &mut Tx, lines: &[(i64, i64)], how: Settle) -> Result<(), sqlx::Error> {
    let sql = match how {
        Settle::Sold => "UPDATE variants SET stock = stock - $1, reserved = reserved - $1 WHERE id = $2",
        Settle::Released => "UPDATE variants SET reserved = reserved - $1 WHERE id = $2",
    };
    for &(variant, quantity) in lines {
        sqlx::query(sql).bind(quantity).bind(variant).execute(&mut **tx).await?;
    }
    Ok(())
}

/// Puts sold units back on hand (a canceled order that had paid).
pub async fn restock(tx: &mut Tx, lines: &[(i64, i64)]) -> Result<(), sqlx::Error> {
    for &(variant, quantity) in lines {
        sqlx::query("UPDATE variants SET stock = stock + $1 WHERE id = $2").bind(quantity).bind(variant).execute(&mut **tx).await?;
    }
    Ok(())
}

/// Units of one variant that can be bought now (0 for an unknown variant).
pub async fn available(db: &Db, variant: i64) -> Result<i64, sqlx::Error> {
    let left: Option<i64> = sqlx::query_scalar("SELECT stock - reserved FROM variants WHERE id = $1").bind(variant).fetch_optional(&db.pool).await?;
    Ok(left.unwrap_or(0).max(0))
}

/// Units available now, for many variants at once.
pub async fn available_many(db: &Db, variants: &[i64]) -> Result<HashMap<i64, i64>, sqlx::Error> {
    let mut out = HashMap::with_capacity(variants.len());
    for chunk in variants.chunks(500) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!("SELECT id, stock - reserved FROM variants WHERE id IN ({})", placeholders.join(", "));
        let mut query = sqlx::query_as::<_, (i64, i64)>(&sql);
        for id in chunk {
            query = query.bind(id);
        }
        out.extend(query.fetch_all(&db.pool).await?.into_iter().map(|(id, n)| (id, n.max(0))));
    }
    Ok(out)
}

/// `stock - reserved`, as the rows that carry both report it.
pub fn available_of(stock: i64, reserved: i64) -> i64 {
    (stock - reserved).max(0)
}
