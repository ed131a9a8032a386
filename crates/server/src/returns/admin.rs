//! Returns for the operator (admin key): the queue, approve or reject,
//! receive and inspect, then the money or the exchange. Every change holds
//! the order's lock; refunds are written before the provider is asked (a
//! retry with the same `Idempotency-Key` finishes a refund whose answer was
//! lost) and never add up to more than was captured.

pub use vitrine_core::admin::{AdminReturnSummary, RefundReturn};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::Json;
use serde::Deserialize;
use vitrine_core::checkout::PaymentStatus;
use vitrine_core::returns::{self, Resolution, ReturnEvent, ReturnStatus, ReturnView};
use vitrine_core::tracking::TrackingStatus;
use vitrine_core::{ApiErrorBody, Money};

use crate::said::Said;
use super::service::{self, add_event, email, lock, next, set_status, ReturnRow, RETURN_CARRIER, RETURN_COLUMNS};
use crate::admin::Admin;
use crate::db::{now, Tx};
use crate::error::{ApiError, ApiJson, Result};
use crate::orders::{self, OrderRow};
use crate::secrets;
use crate::state::AppState;
use crate::stock;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ReturnStatusQuery {
    /// Only returns in this status (`requested`, `approved`, `received`...).
    #[serde(default)]
    pub status: Option<String>,
}

/// Returns by status, newest first (at most 500).
pub async fn list(state: &AppState, status: Option<&str>) -> Result<Vec<AdminReturnSummary>> {
    let status = match status.map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(ReturnStatus::parse(s).ok_or_else(|| {
            let all: Vec<&str> = ReturnStatus::ALL.iter().map(|s| s.as_str()).collect();
            ApiError::invalid("status", format!("must be one of {}", all.join(", ")))
        })?),
    };
    let rows: Vec<ReturnRow> = sqlx::query_as(&format!(
        "SELECT {RETURN_COLUMNS} FROM returns WHERE ($1 = '' OR status = $1) ORDER BY created_at DESC, id DESC LIMIT 500"
    ))
    .bind(status.map(ReturnStatus::as_str).unwrap_or(""))
    .fetch_all(&state.db.pool)
    .await?;
    summaries(state, rows).await
}

/// The returns of one order, newest first.
pub async fn of_order(state: &AppState, order_id: i64) -> Result<Vec<AdminReturnSummary>> {
    let rows: Vec<ReturnRow> = sqlx::query_as(&format!("SELECT {RETURN_COLUMNS} FROM returns WHERE order_id = $1 ORDER BY created_at DESC, id DESC"))
        .bind(order_id)
        .fetch_all(&state.db.pool)
        .await?;
    summaries(state, rows).await
}

async fn summaries(state: &AppState, rows: Vec<ReturnRow>) -> Result<Vec<AdminReturnSummary>> {
    let mut conn = state.db.pool.acquire().await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let (number, email): (String, String) = sqlx::query_as("SELECT number, email FROM orders WHERE id = $1").bind(r.order_id).fetch_one(&mut *conn).await?;
        let s = service::summary(state, &mut conn, &r, &number).await?;
        let photos_needed = r.status() == ReturnStatus::Requested && !service::missing_photos(state, &mut conn, r.id).await?.is_empty();
        out.push(AdminReturnSummary { rma: r.rma, order_number: number, email, status: s.status, items: s.items, requested_at: r.created_at, photos_needed });
    }
    Ok(out)
}

async fn commit_and_view(state: &AppState, tx: Tx, r: &ReturnRow, order: &OrderRow) -> Result<ReturnView> {
    tx.commit().await?;
    state.live.changed(&r.rma);
    state.live.changed(&order.number);
    let fresh = service::find(state, &r.rma).await?.ok_or_else(service::no_return)?;
    service::view(state, &fresh).await
}

/// Approves a request: the label is ready (carrier and tracking number).
pub async fn approve(state: &AppState, rma: &str) -> Result<ReturnView> {
    let mut tx = state.db.begin_write().await?;
    let (r, order) = lock(state, &mut tx, rma).await?;
    let to = next(r.status(), &ReturnEvent::Approve)?;
    let missing = service::missing_photos(state, &mut tx, r.id).await?;
    if !missing.is_empty() {
        return Err(ApiError::Conflict(
            ApiErrorBody::new("Waiting for the shopper's photos of the damaged or wrong items.").with("photos", format!("missing for return lines {missing:?}")),
        ));
    }
    let tracking = format!("1ZRT{}", secrets::random_hex(6).to_uppercase());
    sqlx::query("UPDATE returns SET return_carrier = $1, return_tracking = $2 WHERE id = $3").bind(RETURN_CARRIER).bind(&tracking).bind(r.id).execute(&mut *tx).await?;
    set_status(&mut tx, r.id, to).await?;
    let said = Said::new("server-event-return-approved").text("carrier", RETURN_CARRIER);
    add_event(&mut tx, state, r.id, "approved", order.lang(), &said).await?;
    email(state, &mut tx, &order, &r, "return_approved", || {
        (
            vitrine_core::t!("email-return-approved-subject", rma = &*rma),
            vec![vitrine_core::t!("email-return-approved-body", rma = &*rma), vitrine_core::t!("email-return-approved-label", carrier = RETURN_CARRIER, days = service::RETURN_LABEL_DAYS)],
        )
    })
    .await?;
    commit_and_view(state, tx, &r, &order).await
}

/// Gives back the exchange variants held for lines, `units` of each.
async fn release_exchanges(tx: &mut Tx, lines: &[(Option<i64>, i64)]) -> Result<Vec<i64>> {
    let held: Vec<(i64, i64)> = lines.iter().filter_map(|&(v, q)| v.filter(|_| q > 0).map(|v| (v, q))).collect();
    stock::restock(tx, &held).await?;
    Ok(held.into_iter().map(|(v, _)| v).collect())
}

/// Rejects a return with a reason the shopper sees; held exchanges go back to stock.
pub async fn reject(state: &AppState, rma: &str, reason: &str) -> Result<ReturnView> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(ApiError::invalid("reason", "Say why, in 1 to 500 characters: the shopper reads it."));
    }
    let mut tx = state.db.begin_write().await?;
    let (r, order) = lock(state, &mut tx, rma).await?;
    let to = next(r.status(), &ReturnEvent::Reject { reason: reason.to_string() })?;
    let lines = service::lines_of(&mut tx, r.id).await?;
    let released = release_exchanges(&mut tx, &lines.iter().map(|l| (l.exchange_variant_id, l.quantity)).collect::<Vec<_>>()).await?;
    sqlx::query("UPDATE returns SET rejection_reason = $1 WHERE id = $2").bind(reason).bind(r.id).execute(&mut *tx).await?;
    set_status(&mut tx, r.id, to).await?;
    let said = Said::new("server-event-return-rejected").text("reason", reason);
    add_event(&mut tx, state, r.id, "rejected", order.lang(), &said).await?;
    email(state, &mut tx, &order, &r, "return_rejected", || {
        (
            vitrine_core::t!("email-return-rejected-subject", rma = &*rma),
            vec![
                vitrine_core::t!("email-return-rejected-body", rma = &*rma),
                vitrine_core::t!("email-return-rejected-reason", reason = reason),
                vitrine_core::t!("email-return-rejected-reply"),
            ],
        )
    })
    .await?;
    let view = commit_and_view(state, tx, &r, &order).await?;
    state.catalog.stock_changed(released);
    Ok(view)
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReceiveLine {
    /// The return line's id (or the order line's).
    pub line_id: i64,
    /// Units that arrived (0 to what the line asked to return).
    pub quantity: i64,
    /// What staff saw ("as new", "worn", "damaged").
    #[serde(default)]
    pub condition: Option<String>,
    /// Put the units back in stock (default: yes).
    #[serde(default)]
    pub restock: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReceiveReturn {
    /// Per line; empty: everything asked for arrived as new.
    #[serde(default)]
    pub lines: Vec<ReceiveLine>,
}

/// The parcel arrived and staff checked it: units and condition per line.
/// The return is then inspected and its money (or exchange) may go out.
pub async fn receive(state: &AppState, rma: &str, req: &ReceiveReturn) -> Result<ReturnView> {
    let mut tx = state.db.begin_write().await?;
    let (r, order) = lock(state, &mut tx, rma).await?;
    let mut status = r.status();
    if matches!(status, ReturnStatus::Approved | ReturnStatus::InTransit) {
        status = next(status, &ReturnEvent::Receive)?;
    }
    let inspected = next(status, &ReturnEvent::Inspect)?;
    let lines = service::lines_of(&mut tx, r.id).await?;
    let mut errors = ApiErrorBody::new("Check the units received.");
    let mut plan: Vec<(usize, i64, Option<String>, bool)> = Vec::new();
    if req.lines.is_empty() {
        plan = lines.iter().enumerate().map(|(i, l)| (i, l.quantity, None, true)).collect();
    }
    for (k, given) in req.lines.iter().enumerate() {
        let Some(i) = lines.iter().position(|l| l.id == given.line_id).or_else(|| lines.iter().position(|l| l.order_line_id == given.line_id)) else {
            errors = errors.with(&format!("lines[{k}].line_id"), "is not a line of this return");
            continue;
        };
        if plan.iter().any(|p| p.0 == i) {
            errors = errors.with(&format!("lines[{k}].line_id"), "is listed twice");
        } else if !(0..=lines[i].quantity).contains(&given.quantity) {
            errors = errors.with(&format!("lines[{k}].quantity"), format!("must be 0 to {}", lines[i].quantity));
        } else if given.condition.as_deref().is_some_and(|c| c.chars().count() > 200) {
            errors = errors.with(&format!("lines[{k}].condition"), "at most 200 characters");
        } else {
            let condition = given.condition.as_deref().map(str::trim).filter(|c| !c.is_empty()).map(str::to_string);
            plan.push((i, given.quantity, condition, given.restock.unwrap_or(true)));
        }
    }
    if plan.iter().all(|p| p.1 == 0) && errors.errors.is_empty() {
        errors = errors.with("lines", "Nothing arrived? Receive at least one unit, or reject the return with a reason.");
    }
    if !errors.errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let order_lines = service::all_order_lines(&mut tx, order.id).await?;
    let mut back_in_stock = Vec::new();
    let mut unheld = Vec::new();
    let mut summary = Vec::new();
    for (i, units, condition, restock) in &plan {
        let l = &lines[*i];
        let ol = order_lines.iter().find(|o| o.id == l.order_line_id).ok_or_else(|| ApiError::Internal("order line vanished".into()))?;
        let resolved = if *units == 0 { Some(now()) } else { None };
        sqlx::query("UPDATE return_lines SET received_quantity = $1, condition = $2, resolved_at = $3 WHERE id = $4")
            .bind(units)
            .bind(condition)
            .bind(resolved)
            .bind(l.id)
            .execute(&mut *tx)
            .await?;
        if *restock && *units > 0 {
            back_in_stock.push((ol.variant_id, *units));
        }
        // An exchange replacement held for units that did not come back.
        if l.resolution() == Resolution::Exchange {
            unheld.push((l.exchange_variant_id, l.quantity - units));
        }
        summary.push(format!("{} × {}{}", units, ol.product_title, condition.as_deref().map(|c| format!(" ({c})")).unwrap_or_default()));
    }
    stock::restock(&mut tx, &back_in_stock).await?;
    let mut changed: Vec<i64> = back_in_stock.iter().map(|(v, _)| *v).collect();
    changed.extend(release_exchanges(&mut tx, &unheld).await?);
    set_status(&mut tx, r.id, inspected).await?;
    let said = Said::new("server-event-return-received").text("items", summary.join(", "));
    add_event(&mut tx, state, r.id, "received", order.lang(), &said).await?;
    email(state, &mut tx, &order, &r, "return_received", || {
        (
            vitrine_core::t!("email-return-received-subject", rma = &*rma),
            vec![vitrine_core::t!("email-return-received-body", rma = &*rma, summary = summary.join(", ")), vitrine_core::t!("email-return-received-next", days = 2)],
        )
    })
    .await?;
    let view = commit_and_view(state, tx, &r, &order).await?;
    state.catalog.stock_changed(changed);
    Ok(view)
}

/// After a resolution: when every received line is resolved, the return
/// takes the outcome's status.
async fn finish_if_done(tx: &mut Tx, r: &ReturnRow, event: ReturnEvent) -> Result<()> {
    let lines = service::lines_of(tx, r.id).await?;
    if lines.iter().all(|l| l.received_quantity == 0 || l.resolved_at.is_some()) {
        let to = next(ReturnStatus::Inspected, &event)?;
        set_status(tx, r.id, to).await?;
    }
    Ok(())
}

fn must_be_inspected(r: &ReturnRow, event: &ReturnEvent) -> Result<()> {
    let status = r.status();
    if status == ReturnStatus::Inspected {
        return Ok(());
    }
    // The core's words for why not (not received, closed...).
    next(status, event)?;
    Err(ApiError::Conflict(ApiErrorBody::new("This return is not waiting for that.").with("status", status.as_str())))
}

#[derive(sqlx::FromRow)]
struct Payout {
    id: i64,
    amount_minor: i64,
    request_hash: String,
    status: String,
}

/// Refunds the refund lines of an inspected return through the payment
/// provider. Once per `key`; never above what was captured minus what was
/// refunded, counted under the order's lock.
pub async fn refund(state: &AppState, rma: &str, key: &str, req: &RefundReturn) -> Result<ReturnView> {
    let hash = secrets::hash(&serde_json::to_string(req).unwrap_or_default());
    let mut tx = state.db.begin_write().await?;
    let (r, order) = lock(state, &mut tx, rma).await?;
    let existing: Option<Payout> =
        sqlx::query_as("SELECT id, amount_minor, request_hash, status FROM return_payouts WHERE return_id = $1 AND kind = 'refund' AND idempotency_key = $2")
            .bind(r.id)
            .bind(key)
            .fetch_optional(&mut *tx)
            .await?;
    if let Some(p) = existing {
        drop(tx);
        if p.request_hash != hash {
            return Err(ApiError::Validation(
                ApiErrorBody::new("This Idempotency-Key was already used for a different refund.").with("Idempotency-Key", "use a new key for a new refund"),
            ));
        }
        if p.status == "pending" {
            return settle_refund(state, rma, p.id, p.amount_minor, req.complete).await;
        }
        return service::view(state, &r).await;
    }
    must_be_inspected(&r, &ReturnEvent::Refund)?;
    let currency = order.currency();
    let valued = service::valued_lines(&mut tx, &order, r.id).await?;
    let due_lines: Vec<_> = valued.iter().filter(|(l, _, _)| l.resolution() == Resolution::Refund && l.received_quantity > 0 && l.resolved_at.is_none()).collect();
    if due_lines.is_empty() {
        return Err(ApiError::Conflict(ApiErrorBody::new("Nothing of this return is waiting for a refund.").with("lines", "no refund lines left")));
    }
    let policy = service::policy(state);
    let mut shipping = 0;
    if req.include_shipping {
        if !policy.refund_shipping {
            return Err(ApiError::invalid("include_shipping", "The shop's return policy doesn't refund shipping."));
        }
        let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM return_payouts WHERE order_id = $1 AND includes_shipping = 1").bind(order.id).fetch_one(&mut *tx).await?;
        if taken > 0 {
            return Err(ApiError::Conflict(ApiErrorBody::new("This order's shipping was already refunded.").with("include_shipping", "already refunded")));
        }
        let all = service::all_order_lines(&mut tx, order.id).await?;
        shipping = service::shipping_paid(&order, &all);
    }
    let lines_due: i64 = due_lines.iter().map(|(_, _, v)| v.to_minor().unwrap_or(0)).sum::<i64>() + shipping;
    let paid_for_return: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(SUM(amount_minor), 0) AS BIGINT) FROM return_payouts WHERE return_id = $1 AND kind = 'refund'")
        .bind(r.id)
        .fetch_one(&mut *tx)
        .await?;
    let left_for_return = (lines_due - paid_for_return).max(0);
    let amount = match req.amount {
        Some(a) => Money::new(a, currency).to_minor().filter(|m| *m > 0).ok_or_else(|| ApiError::invalid("amount", "must be above zero, in the order's currency"))?,
        None => left_for_return,
    };
    if amount > left_for_return {
        let left = Money::from_minor(left_for_return, currency).format(state.locale());
        return Err(ApiError::Validation(ApiErrorBody::new(format!("At most {left} is due for this return.")).with("amount", format!("at most {left}"))));
    }
    // The order-wide cap: what was captured, minus every refund so far (pending ones too).
    let Some(_) = order.payment_intent.as_ref().filter(|_| order.payment_status == PaymentStatus::Succeeded.as_str()) else {
        return Err(ApiError::Conflict(
            ApiErrorBody::new("This order wasn't paid by card through the shop: refund it by bank transfer, or issue store credit.").with("payment", order.payment_kind.clone()),
        ));
    };
    let refunded: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(SUM(amount_minor), 0) AS BIGINT) FROM return_payouts WHERE order_id = $1 AND kind = 'refund'")
        .bind(order.id)
        .fetch_one(&mut *tx)
        .await?;
    returns::refund_cap(Money::from_minor(order.due_minor(), currency), Money::from_minor(refunded, currency), Money::from_minor(amount, currency))
        .map_err(|refusal| ApiError::Conflict(ApiErrorBody::new(refusal.message.clone()).with("amount", refusal.message)))?;
    let payout_id: i64 = sqlx::query_scalar(
        "INSERT INTO return_payouts (return_id, order_id, kind, amount_minor, idempotency_key, request_hash, status, includes_shipping, created_at) \
         VALUES ($1, $2, 'refund', $3, $4, $5, 'pending', $6, $7) RETURNING id",
    )
    .bind(r.id)
    .bind(order.id)
    .bind(amount)
    .bind(key)
    .bind(&hash)
    .bind(i64::from(shipping > 0))
    .bind(now())
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    crate::failpoint::hit("returns.refund_written", rma);
    settle_refund(state, rma, payout_id, amount, req.complete).await
}

/// Asks the provider for a written refund (idempotent by the payout's id),
/// then records it: events, email, and the return's status when nothing
/// more is due.
async fn settle_refund(state: &AppState, rma: &str, payout_id: i64, amount_minor: i64, complete: bool) -> Result<ReturnView> {
    let r = service::find(state, rma).await?.ok_or_else(service::no_return)?;
    let order = orders::find_by_id(state, r.order_id).await?;
    let intent = order.payment_intent.clone().ok_or_else(|| ApiError::Internal("refund without a payment".into()))?;
    let amount = Money::from_minor(amount_minor, order.currency());
    state.provider.refund(&intent, amount, &format!("return-refund:{payout_id}")).await?;
    let mut tx = state.db.begin_write().await?;
    let (r, order) = lock(state, &mut tx, rma).await?;
    let marked = sqlx::query("UPDATE return_payouts SET status = 'succeeded' WHERE id = $1 AND status = 'pending'").bind(payout_id).execute(&mut *tx).await?;
    if marked.rows_affected() == 1 {
        add_event(&mut tx, state, r.id, "refunded", order.lang(), &Said::new("server-event-return-refunded").money("amount", amount)).await?;
        let said = Said::new("server-event-order-return-refunded").money("amount", amount).text("rma", &r.rma);
        orders::add_event(&mut tx, state, order.id, "refunded", order.lang(), &said).await?;
        let valued = service::valued_lines(&mut tx, &order, r.id).await?;
        let due: i64 = valued.iter().filter(|(l, _, _)| l.resolution() == Resolution::Refund && l.received_quantity > 0).map(|(_, _, v)| v.to_minor().unwrap_or(0)).sum();
        let paid: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(SUM(amount_minor), 0) AS BIGINT) FROM return_payouts WHERE return_id = $1 AND kind = 'refund' AND status = 'succeeded'")
            .bind(r.id)
            .fetch_one(&mut *tx)
            .await?;
        if paid >= due || complete {
            sqlx::query("UPDATE return_lines SET resolved_at = $1 WHERE return_id = $2 AND resolution = 'refund' AND received_quantity > 0 AND resolved_at IS NULL")
                .bind(now())
                .bind(r.id)
                .execute(&mut *tx)
                .await?;
            finish_if_done(&mut tx, &r, ReturnEvent::Refund).await?;
        }
        let order_refunded: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(SUM(amount_minor), 0) AS BIGINT) FROM return_payouts WHERE order_id = $1 AND kind = 'refund' AND status = 'succeeded'")
            .bind(order.id)
            .fetch_one(&mut *tx)
            .await?;
        if order_refunded >= order.total_minor {
            sqlx::query("UPDATE orders SET payment_status = $1 WHERE id = $2").bind(PaymentStatus::Refunded.as_str()).bind(order.id).execute(&mut *tx).await?;
        }
        let lang = order.lang();
        let said = amount.format(crate::outbox::money_locale(state, lang));
        let message = crate::outbox::in_lang(lang, || {
            let subject = vitrine_core::t!("email-refund-subject", rma = &r.rma);
            crate::outbox::Message {
                kind: "return_refunded",
                recipient: order.email.clone(),
                text: format!("{} {}", vitrine_core::t!("email-refund-body", amount = &said, rma = &r.rma), vitrine_core::t!("email-refund-banks")),
                html: crate::outbox::html_email(state, &subject, &format!(
                    "<p>{}</p><p>{}</p>",
                    vitrine_core::t!("email-refund-body", amount = format!("<strong>{}</strong>", crate::outbox::esc(&said)), rma = crate::outbox::esc(&r.rma)),
                    crate::outbox::esc(&vitrine_core::t!("email-refund-banks"))
                ), None),
                subject,
                order_number: Some(order.number.clone()),
                dedupe_key: format!("return_refunded:{payout_id}"),
            }
        });
        crate::outbox::queue(&mut tx, &message).await?;
    }
    commit_and_view(state, tx, &r, &order).await
}

/// Issues store credit (with the shop's bonus) for the store-credit lines of an inspected return, once.
pub async fn credit(state: &AppState, rma: &str) -> Result<ReturnView> {
    let mut tx = state.db.begin_write().await?;
    let (r, order) = lock(state, &mut tx, rma).await?;
    must_be_inspected(&r, &ReturnEvent::Credit)?;
    let valued = service::valued_lines(&mut tx, &order, r.id).await?;
    let due: Vec<_> = valued.iter().filter(|(l, _, _)| l.resolution() == Resolution::StoreCredit && l.received_quantity > 0 && l.resolved_at.is_none()).collect();
    if due.is_empty() {
        return Err(ApiError::Conflict(ApiErrorBody::new("Nothing of this return is waiting for store credit.").with("lines", "no store credit lines left")));
    }
    let currency = order.currency();
    let base = due.iter().fold(Money::zero(currency), |acc, (_, _, v)| acc.plus(*v));
    let policy = service::policy(state);
    let amount = returns::store_credit(base, policy.store_credit_bonus_percent);
    let minor = amount.to_minor().unwrap_or(0);
    let code = crate::store_credit::new_code();
    let at = now();
    sqlx::query("INSERT INTO store_credits (code, email, currency, balance_minor, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(&code)
        .bind(&order.email)
        .bind(currency.code())
        .bind(minor)
        .bind(at)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO store_credit_ledger (code, delta_minor, reason, return_id, order_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(&code)
        .bind(minor)
        .bind(format!("Return {rma}"))
        .bind(r.id)
        .bind(order.id)
        .bind(at)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO return_payouts (return_id, order_id, kind, amount_minor, idempotency_key, request_hash, status, credit_code, created_at) \
         VALUES ($1, $2, 'store_credit', $3, $4, '', 'succeeded', $5, $6)",
    )
    .bind(r.id)
    .bind(order.id)
    .bind(minor)
    .bind(format!("credit:{code}"))
    .bind(&code)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE return_lines SET resolved_at = $1 WHERE return_id = $2 AND resolution = 'store_credit' AND received_quantity > 0 AND resolved_at IS NULL")
        .bind(at)
        .bind(r.id)
        .execute(&mut *tx)
        .await?;
    finish_if_done(&mut tx, &r, ReturnEvent::Credit).await?;
    let said_to_shopper = amount.format(crate::outbox::money_locale(state, order.lang()));
    let bonus_percent = policy.store_credit_bonus_percent;
    let said = if bonus_percent > 0 {
        Said::new("server-event-return-credited-bonus").money("amount", amount).count("percent", bonus_percent.into()).text("code", &code)
    } else {
        Said::new("server-event-return-credited").money("amount", amount).text("code", &code)
    };
    add_event(&mut tx, state, r.id, "credited", order.lang(), &said).await?;
    email(state, &mut tx, &order, &r, "return_credited", || {
        let ready = if bonus_percent > 0 {
            vitrine_core::t!("email-return-credit-ready-bonus", amount = &said_to_shopper, percent = bonus_percent)
        } else {
            vitrine_core::t!("email-return-credit-ready", amount = &said_to_shopper)
        };
        (
            vitrine_core::t!("email-return-credit-subject", rma = &*rma),
            vec![ready, vitrine_core::t!("email-return-credit-code", code = &code)],
        )
    })
    .await?;
    commit_and_view(state, tx, &r, &order).await
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ShipExchange {
    pub carrier: String,
    pub tracking_number: String,
    #[serde(default)]
    pub tracking_url: Option<String>,
}

/// Ships the replacements of the exchange lines (held since the request) in
/// a shipment of their own, shown on the order.
pub async fn exchange(state: &AppState, rma: &str, req: &ShipExchange) -> Result<ReturnView> {
    let carrier = req.carrier.trim();
    let tracking = req.tracking_number.trim();
    if carrier.is_empty() || carrier.chars().count() > 60 {
        return Err(ApiError::invalid("carrier", "1 to 60 characters"));
    }
    if tracking.is_empty() || tracking.chars().count() > 80 {
        return Err(ApiError::invalid("tracking_number", "1 to 80 characters"));
    }
    let tracking_url = req.tracking_url.as_deref().map(str::trim).filter(|u| !u.is_empty());
    if tracking_url.is_some_and(|u| !(u.starts_with("https://") || u.starts_with("http://")) || u.len() > 500) {
        return Err(ApiError::invalid("tracking_url", "an http(s) URL of at most 500 characters"));
    }
    let mut tx = state.db.begin_write().await?;
    let (r, order) = lock(state, &mut tx, rma).await?;
    must_be_inspected(&r, &ReturnEvent::Exchange)?;
    let lines = service::lines_of(&mut tx, r.id).await?;
    let due: Vec<_> = lines.iter().filter(|l| l.resolution() == Resolution::Exchange && l.received_quantity > 0 && l.resolved_at.is_none()).collect();
    if due.is_empty() {
        return Err(ApiError::Conflict(ApiErrorBody::new("Nothing of this return is waiting for an exchange.").with("lines", "no exchange lines left")));
    }
    let at = now();
    sqlx::query("INSERT INTO shipments (order_id, carrier, tracking_number, tracking_url, service, created_at, updated_at, return_id) VALUES ($1, $2, $3, $4, 'Exchange', $5, $5, $6)")
        .bind(order.id)
        .bind(carrier)
        .bind(tracking)
        .bind(tracking_url)
        .bind(at)
        .bind(r.id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE return_lines SET resolved_at = $1 WHERE return_id = $2 AND resolution = 'exchange' AND received_quantity > 0 AND resolved_at IS NULL")
        .bind(at)
        .bind(r.id)
        .execute(&mut *tx)
        .await?;
    finish_if_done(&mut tx, &r, ReturnEvent::Exchange).await?;
    let snapshot = state.catalog.get();
    let what: Vec<String> = due
        .iter()
        .map(|l| {
            let title = l.exchange_variant_id.and_then(|v| snapshot.variant(v)).map(|(p, v)| format!("{} ({})", p.title, v.title)).unwrap_or_default();
            format!("{} × {title}", l.received_quantity)
        })
        .collect();
    let said = Said::new("server-event-return-exchanged").text("items", what.join(", ")).text("carrier", carrier).text("tracking", tracking);
    add_event(&mut tx, state, r.id, "exchanged", order.lang(), &said).await?;
    let said = Said::new("server-event-order-exchange-shipped").text("rma", rma).text("carrier", carrier).text("tracking", tracking);
    orders::add_event(&mut tx, state, order.id, "exchange_shipped", order.lang(), &said).await?;
    email(state, &mut tx, &order, &r, "return_exchanged", || {
        (
            vitrine_core::t!("email-exchange-subject", rma = &*rma),
            vec![
                vitrine_core::t!("email-exchange-body", items = what.join(", ")),
                format!("{}.", vitrine_core::t!("email-tracking-number", carrier = &*carrier, number = &*tracking)),
            ],
        )
    })
    .await?;
    commit_and_view(state, tx, &r, &order).await
}

/// A carrier event for a return parcel (same webhooks as shipments): the
/// carrier has it (in transit) or delivered it to the warehouse (received).
/// Returns false when no return has this tracking number.
pub async fn carrier_event(state: &AppState, tracking: &str, status: TrackingStatus) -> Result<bool> {
    let rma: Option<String> = sqlx::query_scalar("SELECT rma FROM returns WHERE return_tracking = $1").bind(tracking.trim()).fetch_optional(&state.db.pool).await?;
    let Some(rma) = rma else { return Ok(false) };
    let event = match status {
        TrackingStatus::InTransit | TrackingStatus::OutForDelivery | TrackingStatus::InfoReceived => ReturnEvent::Ship,
        TrackingStatus::Delivered => ReturnEvent::Receive,
        _ => return Ok(true),
    };
    let mut tx = state.db.begin_write().await?;
    let (r, order) = lock(state, &mut tx, &rma).await?;
    let mut status = r.status();
    // Delivered before any scan: it was shipped too.
    if event == ReturnEvent::Receive && status == ReturnStatus::Approved {
        status = next(status, &ReturnEvent::Ship)?;
    }
    let Ok(to) = returns::transition(status, &event) else { return Ok(true) }; // a late or repeated scan
    set_status(&mut tx, r.id, to).await?;
    let said = Said::new(if to == ReturnStatus::InTransit { "server-event-return-in-transit" } else { "server-event-return-arrived" });
    add_event(&mut tx, state, r.id, to.as_str(), order.lang(), &said).await?;
    commit_and_view(state, tx, &r, &order).await?;
    Ok(true)
}

// --- HTTP ---------------------------------------------------------------

/// Returns by status, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/admin/returns",
    tag = "admin",
    params(ReturnStatusQuery),
    security(("admin_key" = [])),
    responses((status = 200, body = Vec<AdminReturnSummary>), (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody))
)]
pub async fn admin_returns_index(_admin: Admin, State(state): State<AppState>, Query(q): Query<ReturnStatusQuery>) -> Result<Json<Vec<AdminReturnSummary>>> {
    Ok(Json(list(&state, q.status.as_deref()).await?))
}

/// A return with its lines, photos, money and history.
#[utoipa::path(
    get,
    path = "/api/v1/admin/returns/{rma}",
    tag = "admin",
    params(("rma" = String, Path, description = "Return number")),
    security(("admin_key" = [])),
    responses((status = 200, body = ReturnView), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody))
)]
pub async fn admin_returns_show(_admin: Admin, State(state): State<AppState>, Path(rma): Path<String>) -> Result<Json<ReturnView>> {
    let r = service::find(&state, &rma).await?.ok_or_else(service::no_return)?;
    Ok(Json(service::view(&state, &r).await?))
}

/// Approve a requested return: the label becomes available.
#[utoipa::path(
    post,
    path = "/api/v1/admin/returns/{rma}/approve",
    tag = "admin",
    params(("rma" = String, Path, description = "Return number")),
    security(("admin_key" = [])),
    responses(
        (status = 200, body = ReturnView),
        (status = 401, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody),
        (status = 409, description = "Not waiting for approval, or photos are missing", body = ApiErrorBody),
    )
)]
pub async fn admin_returns_approve(_admin: Admin, State(state): State<AppState>, Path(rma): Path<String>) -> Result<Json<ReturnView>> {
    Ok(Json(approve(&state, &rma).await?))
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RejectReturn {
    /// Shown to the shopper.
    #[serde(default)]
    pub reason: String,
}

/// Reject a return with a reason (before the parcel ships, or after inspection).
#[utoipa::path(
    post,
    path = "/api/v1/admin/returns/{rma}/reject",
    tag = "admin",
    params(("rma" = String, Path, description = "Return number")),
    request_body = RejectReturn,
    security(("admin_key" = [])),
    responses((status = 200, body = ReturnView), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody))
)]
pub async fn admin_returns_reject(_admin: Admin, State(state): State<AppState>, Path(rma): Path<String>, ApiJson(body): ApiJson<RejectReturn>) -> Result<Json<ReturnView>> {
    Ok(Json(reject(&state, &rma, &body.reason).await?))
}

/// Receive (and inspect) the parcel: units and condition per line.
#[utoipa::path(
    post,
    path = "/api/v1/admin/returns/{rma}/receive",
    tag = "admin",
    params(("rma" = String, Path, description = "Return number")),
    request_body = ReceiveReturn,
    security(("admin_key" = [])),
    responses((status = 200, body = ReturnView), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody))
)]
pub async fn admin_returns_receive(_admin: Admin, State(state): State<AppState>, Path(rma): Path<String>, ApiJson(body): ApiJson<ReceiveReturn>) -> Result<Json<ReturnView>> {
    Ok(Json(receive(&state, &rma, &body).await?))
}

/// Refund the refund lines of an inspected return (partial allowed).
#[utoipa::path(
    post,
    path = "/api/v1/admin/returns/{rma}/refund",
    tag = "admin",
    params(
        ("rma" = String, Path, description = "Return number"),
        ("Idempotency-Key" = String, Header, description = "One key per refund; a retry with it refunds once"),
    ),
    request_body = RefundReturn,
    security(("admin_key" = [])),
    responses(
        (status = 200, body = ReturnView),
        (status = 401, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody),
        (status = 409, description = "Not inspected, nothing due, or above what is left of the captured payment", body = ApiErrorBody),
        (status = 422, description = "Bad amount, above what is due, or the key was used for another refund", body = ApiErrorBody),
    )
)]
pub async fn admin_returns_refund(
    _admin: Admin,
    State(state): State<AppState>,
    Path(rma): Path<String>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<RefundReturn>,
) -> Result<Json<ReturnView>> {
    let key = super::idempotency_key(&headers)?;
    Ok(Json(refund(&state, &rma, &key, &body).await?))
}

/// Issue store credit (with the shop's bonus) for the store-credit lines.
#[utoipa::path(
    post,
    path = "/api/v1/admin/returns/{rma}/credit",
    tag = "admin",
    params(("rma" = String, Path, description = "Return number")),
    security(("admin_key" = [])),
    responses((status = 200, body = ReturnView), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody))
)]
pub async fn admin_returns_credit(_admin: Admin, State(state): State<AppState>, Path(rma): Path<String>) -> Result<Json<ReturnView>> {
    Ok(Json(credit(&state, &rma).await?))
}

/// Ship the exchange replacements (creates their shipment).
#[utoipa::path(
    post,
    path = "/api/v1/admin/returns/{rma}/exchange",
    tag = "admin",
    params(("rma" = String, Path, description = "Return number")),
    request_body = ShipExchange,
    security(("admin_key" = [])),
    responses((status = 200, body = ReturnView), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody))
)]
pub async fn admin_returns_exchange(_admin: Admin, State(state): State<AppState>, Path(rma): Path<String>, ApiJson(body): ApiJson<ShipExchange>) -> Result<Json<ReturnView>> {
    Ok(Json(exchange(&state, &rma, &body).await?))
}
