//! An order's payment after placement: a held order is paid (its
//! reservation becomes a sale) or canceled (its reservation is released and
//! its cart reopened), whichever of the checkout, the challenge page, the
//! provider's webhook or the expiry job gets there first. Each step locks
//! the order and checks it is still pending, so they race safely.

use vitrine_core::card::Brand;
use vitrine_core::checkout::{OrderStatus, PaymentStatus};
use vitrine_core::i18n::Lang;
use vitrine_core::payment_intent::Decline;

use super::{add_event, OrderRow, ORDER_COLUMNS};
use crate::said::Said;
use crate::carts::CartStatus;
use crate::db::{now, Tx};
use crate::error::Result;
use crate::outbox;
use crate::payments::Charge;
use crate::state::AppState;
use crate::stock::{self, Settle};

/// Locks the order: its status and its language (what its history is written in).
async fn lock_order(state: &AppState, tx: &mut Tx, id: i64) -> Result<Option<(String, String)>> {
    let lock = state.db.for_update();
    Ok(sqlx::query_as(&format!("SELECT status, locale FROM orders WHERE id = $1{lock}")).bind(id).fetch_optional(&mut **tx).await?)
}

/// Settles the stock reserved by an order still awaiting payment, in a write
/// transaction with the order locked: `Sold` takes the units out of stock,
/// `Released` makes them available again. Returns the transaction (to finish
/// the order in), the (variant, quantity) lines and the order's language, or
/// None when the order is no longer pending: someone settled it first.
async fn settle_reservation(state: &AppState, order_id: i64, how: Settle) -> Result<Option<(Tx, Vec<(i64, i64)>, Lang)>> {
    let mut tx = state.db.begin_write().await?;
    let Some((status, locale)) = lock_order(state, &mut tx, order_id).await? else {
        return Ok(None);
    };
    if status != OrderStatus::PendingPayment.as_str() {
        return Ok(None);
    }
    let lines: Vec<(i64, i64)> = sqlx::query_as("SELECT variant_id, quantity FROM order_lines WHERE order_id = $1")
        .bind(order_id)
        .fetch_all(&mut *tx)
        .await?;
    stock::settle(&mut tx, &lines, how).await?;
    Ok(Some((tx, lines, crate::i18n::stored(&locale))))
}

/// A pending order's payment succeeded: the reservation becomes a sale, the
/// cart is done, the code's use is counted, the email is queued. Idempotent.
pub async fn mark_paid(state: &AppState, order_id: i64, brand: Option<Brand>, last4: Option<String>) -> Result<()> {
    let Some((mut tx, lines, lang)) = settle_reservation(state, order_id, Settle::Sold).await? else {
        return Ok(());
    };
    sqlx::query(
        "UPDATE orders SET status = $1, payment_status = $2, reserved_until = NULL, \
         card_brand = COALESCE($3, card_brand), card_last4 = COALESCE($4, card_last4), updated_at = $5 WHERE id = $6",
    )
    .bind(OrderStatus::Confirmed.as_str())
    .bind(PaymentStatus::Succeeded.as_str())
    .bind(brand.map(|b| b.as_str().to_string()))
    .bind(last4)
    .bind(now())
    .bind(order_id)
    .execute(&mut *tx)
    .await?;
    add_event(&mut tx, state, order_id, "paid", lang, &Said::new("server-event-paid")).await?;
    let row: OrderRow = sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = $1")).bind(order_id).fetch_one(&mut *tx).await?;
    finish_cart(&mut tx, &row).await?;
    outbox::queue_order_confirmation(state, &mut tx, &row).await?;
    tx.commit().await?;
    state.catalog.stock_changed(lines.iter().map(|&(variant, _)| variant));
    Ok(())
}

/// The cart became an order: close it and count its discount code's use.
pub async fn finish_cart(tx: &mut Tx, row: &OrderRow) -> Result<()> {
    sqlx::query("UPDATE carts SET status = $1, version = version + 1, updated_at = $2 WHERE id = $3")
        .bind(CartStatus::Completed.as_str())
        .bind(now())
        .bind(&row.cart_id)
        .execute(&mut **tx)
        .await?;
    if let Some(code) = &row.discount_code {
        sqlx::query("UPDATE discount_codes SET times_used = times_used + 1 WHERE code = $1").bind(code).execute(&mut **tx).await?;
    }
    Ok(())
}

/// Why a pending order is canceled: what its history tells the shopper.
#[derive(Debug, Clone, Copy)]
pub enum PendingCancel<'a> {
    /// The card was declined (the provider's words, in the order's language
    /// when they are ours).
    Declined(&'a Decline),
    /// The reservation ran out with no charge.
    TimedOut,
    /// The payment provider could not be reached.
    ProviderUnreachable,
}

impl PendingCancel<'_> {
    /// The history line.
    fn said(self) -> Said {
        match self {
            PendingCancel::Declined(d) => decline_said(d),
            PendingCancel::TimedOut => Said::new("server-event-payment-timed-out"),
            PendingCancel::ProviderUnreachable => Said::new("server-event-provider-unreachable"),
        }
    }
}

/// A decline's history line: when it is one of the core's decline messages
/// (in any language), that message; else the provider's own words.
fn decline_said(d: &Decline) -> Said {
    const KEYS: [&str; 5] = [
        "core-decline-generic",
        "core-decline-insufficient-funds",
        "core-decline-expired-card",
        "core-decline-incorrect-cvc",
        "core-decline-authentication-failed",
    ];
    vitrine_core::i18n::key_of(&d.message, KEYS).map(Said::new).unwrap_or_else(|| Said::words(&d.message))
}

/// A pending order's payment failed or timed out: release its stock, cancel
/// it, and reopen the cart so the shopper can pay another way. Idempotent.
pub async fn cancel_pending(state: &AppState, order_id: i64, why: PendingCancel<'_>) -> Result<()> {
    let Some((mut tx, lines, lang)) = settle_reservation(state, order_id, Settle::Released).await? else {
        return Ok(());
    };
    sqlx::query("UPDATE orders SET status = $1, payment_status = $2, reserved_until = NULL, updated_at = $3 WHERE id = $4")
        .bind(OrderStatus::Canceled.as_str())
        .bind(PaymentStatus::Failed.as_str())
        .bind(now())
        .bind(order_id)
        .execute(&mut *tx)
        .await?;
    add_event(&mut tx, state, order_id, "canceled", lang, &why.said()).await?;
    crate::store_credit::restore(&mut tx, order_id).await?;
    sqlx::query(
        "UPDATE carts SET status = $1, version = version + 1, updated_at = $2 \
         WHERE id = (SELECT cart_id FROM orders WHERE id = $3) AND status = $4",
    )
    .bind(CartStatus::Open.as_str())
    .bind(now())
    .bind(order_id)
    .bind(CartStatus::CheckingOut.as_str())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    state.catalog.stock_changed(lines.iter().map(|&(variant, _)| variant));
    Ok(())
}

/// Brings a pending card order up to date with the provider.
pub async fn sync_payment(state: &AppState, row: &OrderRow) -> Result<Option<Charge>> {
    let Some(intent) = &row.payment_intent else { return Ok(None) };
    let charge = state.provider.status(intent).await?;
    match &charge {
        Some(Charge::Succeeded { brand, last4, .. }) => mark_paid(state, row.id, *brand, last4.clone()).await?,
        Some(Charge::Declined { decline, .. }) => cancel_pending(state, row.id, PendingCancel::Declined(decline)).await?,
        _ => {}
    }
    Ok(charge)
}

/// Settles every card order still waiting for its payment with what the
/// provider knows: paid exactly once (a charge made just before a crash is
/// found by its reference, the order number), declined, or, once its
/// reservation has run out with no charge, canceled and its stock released.
/// Runs at start-up and every half minute; never charges anything.
pub async fn reconcile_payments(state: &AppState) -> Result<Reconciled> {
    let pending: Vec<OrderRow> = sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE status = $1 AND created_at < $2"))
        .bind(OrderStatus::PendingPayment.as_str())
        .bind(now() - RECONCILE_AFTER_SECS)
        .fetch_all(&state.db.pool)
        .await?;
    let mut done = Reconciled::default();
    for row in pending {
        if row.covered_by_credit() {
            // Store credit paid it in full; the request died before saying so.
            mark_paid(state, row.id, None, None).await?;
            done.paid += 1;
            continue;
        }
        let charge = match &row.payment_intent {
            Some(intent) => state.provider.status(intent).await?,
            None => state.provider.find(&row.number).await?,
        };
        match charge {
            Some(Charge::Succeeded { intent, brand, last4 }) => {
                set_intent(state, row.id, &intent).await?;
                mark_paid(state, row.id, brand, last4).await?;
                done.paid += 1;
            }
            Some(Charge::Declined { decline, .. }) => {
                cancel_pending(state, row.id, PendingCancel::Declined(&decline)).await?;
                done.canceled += 1;
            }
            _ if row.reserved_until.is_some_and(|t| t < now()) => {
                cancel_pending(state, row.id, PendingCancel::TimedOut).await?;
                done.canceled += 1;
            }
            _ => {}
        }
    }
    Ok(done)
}

/// Orders younger than this are left to the request placing them.
const RECONCILE_AFTER_SECS: i64 = 20;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Reconciled {
    pub paid: usize,
    pub canceled: usize,
}

pub async fn set_intent(state: &AppState, order_id: i64, intent: &str) -> Result<()> {
    sqlx::query("UPDATE orders SET payment_intent = $1 WHERE id = $2 AND payment_intent IS NULL").bind(intent).bind(order_id).execute(&state.db.pool).await?;
    Ok(())
}
