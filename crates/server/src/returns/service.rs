//! Returns, the stored part: eligibility from what was delivered and
//! returned, the request written under the order's lock (so twenty parallel
//! requests for the last unit make one return), the return as its shopper
//! sees it, and its events and emails.

use std::collections::HashMap;

use vitrine_core::catalog::Image;
use vitrine_core::checkout::OrderEvent;
use vitrine_core::i18n::Lang;
use vitrine_core::pricing::Totals;
use vitrine_core::returns::{
    self, ExchangeOption, LineFacts, PurchasedLine, Resolution, ResolutionOption, ReturnEvent, ReturnLineView, ReturnMethod, ReturnMoney,
    ReturnPhoto, ReturnPolicy, ReturnRequest, ReturnStatus, ReturnSummary, ReturnView, Returnable, ReturnableAnswer, ReturnableLine,
};
use vitrine_core::{ApiErrorBody, Currency, Money};

use crate::db::{now, Tx};
use crate::error::{ApiError, Result};
use crate::orders::{self, OrderRow, ORDER_COLUMNS};
use crate::outbox::{self, esc, html_email, Message};
use crate::said::Said;
use crate::secrets;
use crate::state::AppState;
use crate::stock::{self, Take};

/// Photos: the types accepted (checked by content), the size limit, how many.
pub const PHOTO_TYPES: [&str; 3] = ["image/jpeg", "image/png", "image/webp"];
pub const PHOTO_MAX_BYTES: u64 = 8 * 1024 * 1024;
pub const PHOTO_MAX_COUNT: u32 = 6;
/// Where return parcels go, and with whom.
pub const RETURN_CARRIER: &str = "UPS";
/// Days a return label is good for, from its approval.
pub const RETURN_LABEL_DAYS: i64 = 14;
const COMMENT_MAX: usize = 500;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReturnRow {
    pub id: i64,
    pub rma: String,
    pub order_id: i64,
    pub status: String,
    pub request_hash: String,
    pub rejection_reason: Option<String>,
    pub return_carrier: Option<String>,
    pub return_tracking: Option<String>,
    pub created_at: i64,
    pub resolved_at: Option<i64>,
}

pub const RETURN_COLUMNS: &str = "id, rma, order_id, status, request_hash, rejection_reason, return_carrier, return_tracking, created_at, resolved_at";

impl ReturnRow {
    pub fn status(&self) -> ReturnStatus {
        ReturnStatus::parse(&self.status).unwrap_or(ReturnStatus::Canceled)
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReturnLineRow {
    pub id: i64,
    pub order_line_id: i64,
    pub quantity: i64,
    pub reason: String,
    pub comment: Option<String>,
    pub resolution: String,
    pub exchange_variant_id: Option<i64>,
    pub received_quantity: i64,
    pub condition: Option<String>,
    pub prior_units: i64,
    pub value_minor: i64,
    pub resolved_at: Option<i64>,
}

impl ReturnLineRow {
    pub fn resolution(&self) -> Resolution {
        Resolution::parse(&self.resolution).unwrap_or(Resolution::Refund)
    }
}

const LINE_COLUMNS: &str =
    "id, order_line_id, quantity, reason, comment, resolution, exchange_variant_id, received_quantity, condition, prior_units, value_minor, resolved_at";

/// An order line with what returns need of it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OrderLineRow {
    pub id: i64,
    pub variant_id: i64,
    pub product_handle: String,
    pub product_title: String,
    pub variant_title: String,
    pub image_json: Option<String>,
    pub quantity: i64,
    pub total_minor: i64,
}

impl OrderLineRow {
    fn image(&self) -> Option<Image> {
        self.image_json.as_deref().and_then(|j| serde_json::from_str(j).ok())
    }
}

/// The return's page token: signed like the order link, for another purpose.
pub fn return_token(link_secret: &str, rma: &str) -> String {
    secrets::hmac_hex(link_secret, &[b"return:", rma.as_bytes()])[..32].to_string()
}

pub fn status_url(link_secret: &str, rma: &str) -> String {
    format!("/returns/{rma}?token={}", return_token(link_secret, rma))
}

/// "R-" and 8 of Crockford's base32, as order numbers.
fn new_rma() -> String {
    format!("R-{}", &orders::new_number()[3..])
}

pub async fn find(state: &AppState, rma: &str) -> Result<Option<ReturnRow>> {
    Ok(sqlx::query_as(&format!("SELECT {RETURN_COLUMNS} FROM returns WHERE rma = $1")).bind(rma).fetch_optional(&state.db.pool).await?)
}

pub fn no_return() -> ApiError {
    ApiError::missing("return", vitrine_core::t!("server-return-link-missing"))
}

/// The return a link opens; a missing return and a wrong token are one 404.
pub async fn return_for_link(state: &AppState, rma: &str, token: &str) -> Result<ReturnRow> {
    if !secrets::same(token, &return_token(&state.link_secret, rma)) {
        return Err(no_return());
    }
    find(state, rma).await?.ok_or_else(no_return)
}

pub fn policy(state: &AppState) -> ReturnPolicy {
    state.catalog.get().rules.returns.clone()
}

async fn order_lines(conn: &mut sqlx::AnyConnection, order_id: i64) -> Result<Vec<OrderLineRow>> {
    Ok(sqlx::query_as(
        "SELECT id, variant_id, product_handle, product_title, variant_title, image_json, quantity, total_minor FROM order_lines WHERE order_id = $1 ORDER BY id",
    )
    .bind(order_id)
    .fetch_all(conn)
    .await?)
}

/// What each line of the order paid, in minor units: its total, plus its tax
/// when tax was added on top. The rest of the order's total is shipping.
fn paid_per_line(order: &OrderRow, lines: &[OrderLineRow]) -> HashMap<i64, i64> {
    let totals: Option<Totals> = serde_json::from_str(&order.totals_json).ok();
    lines
        .iter()
        .map(|l| {
            let tax = totals
                .as_ref()
                .filter(|t| !t.tax_included)
                .and_then(|t| t.lines.iter().find(|lt| lt.key == l.variant_id))
                .and_then(|lt| lt.tax.to_minor())
                .unwrap_or(0);
            (l.id, l.total_minor + tax)
        })
        .collect()
}

/// Shipping as paid (with its tax, after a free-shipping code): what the
/// order's total holds beyond its lines.
pub fn shipping_paid(order: &OrderRow, lines: &[OrderLineRow]) -> i64 {
    (order.total_minor - paid_per_line(order, lines).values().sum::<i64>()).max(0)
}

/// Per order line: delivered units and when, units returned, units in open returns.
async fn line_facts(conn: &mut sqlx::AnyConnection, order_id: i64) -> Result<HashMap<i64, LineFacts>> {
    let mut facts: HashMap<i64, LineFacts> = HashMap::new();
    let delivered: Vec<(i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT sl.line_id, CAST(SUM(sl.quantity) AS BIGINT), MAX(s.delivered_at) FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id \
         WHERE s.order_id = $1 AND s.delivered_at IS NOT NULL GROUP BY sl.line_id",
    )
    .bind(order_id)
    .fetch_all(&mut *conn)
    .await?;
    for (line, qty, at) in delivered {
        let f = facts.entry(line).or_default();
        f.delivered_quantity = qty;
        f.delivered_at = at;
    }
    let claimed: Vec<(i64, String, i64, i64)> = sqlx::query_as(
        "SELECT rl.order_line_id, r.status, rl.quantity, rl.received_quantity FROM return_lines rl JOIN returns r ON r.id = rl.return_id WHERE r.order_id = $1",
    )
    .bind(order_id)
    .fetch_all(&mut *conn)
    .await?;
    for (line, status, qty, received) in claimed {
        let f = facts.entry(line).or_default();
        match ReturnStatus::parse(&status) {
            Some(s) if s.is_open() => f.open_return_quantity += qty,
            Some(ReturnStatus::Refunded | ReturnStatus::Credited | ReturnStatus::Exchanged) => f.returned_quantity += received,
            _ => {}
        }
    }
    Ok(facts)
}

fn purchased(state: &AppState, line: &OrderLineRow) -> PurchasedLine {
    let category = state.catalog.get().product(&line.product_handle).map(|p| p.category.handle.clone());
    PurchasedLine { line_id: line.id, product_handle: line.product_handle.clone(), category, quantity: line.quantity }
}

async fn returnables(state: &AppState, conn: &mut sqlx::AnyConnection, order_id: i64, lines: &[OrderLineRow], policy: &ReturnPolicy) -> Result<Vec<Returnable>> {
    let facts = line_facts(conn, order_id).await?;
    let at = now();
    Ok(lines.iter().map(|l| returns::returnable(&purchased(state, l), &facts.get(&l.id).copied().unwrap_or_default(), policy, at)).collect())
}

fn exchange_options(state: &AppState, line: &OrderLineRow) -> Vec<ExchangeOption> {
    let snapshot = state.catalog.get();
    let Some(product) = snapshot.product(&line.product_handle) else { return Vec::new() };
    product
        .variants
        .iter()
        .filter(|v| v.available > 0)
        .map(|v| ExchangeOption { variant_id: v.id, title: v.title.clone(), price: v.price, available: v.available })
        .collect()
}

pub async fn returnable_answer(state: &AppState, order: &OrderRow) -> Result<ReturnableAnswer> {
    let policy = policy(state);
    let mut conn = state.db.pool.acquire().await?;
    let lines = order_lines(&mut conn, order.id).await?;
    let paid = paid_per_line(order, &lines);
    let found = returnables(state, &mut conn, order.id, &lines, &policy).await?;
    let currency = order.currency();
    let answer_lines = lines
        .iter()
        .zip(found)
        .map(|(l, r)| ReturnableLine {
            line_id: l.id,
            returnable_quantity: r.returnable_quantity,
            reason: r.reason.map(|why| why.message()),
            reason_code: r.reason,
            returnable_until: r.returnable_until,
            product_title: l.product_title.clone(),
            variant_title: l.variant_title.clone(),
            image: l.image(),
            quantity: l.quantity,
            unit_refund: returns::refundable_amount(Money::from_minor(paid[&l.id], currency), l.quantity, 0, 1),
            exchange_options: if r.returnable_quantity > 0 { exchange_options(state, l) } else { Vec::new() },
        })
        .collect();
    let resolutions = Resolution::ALL
        .into_iter()
        .map(|code| ResolutionOption {
            code,
            label: code.label().to_string(),
            bonus_percent: if code == Resolution::StoreCredit { policy.store_credit_bonus_percent } else { 0 },
        })
        .collect();
    let rows: Vec<ReturnRow> = sqlx::query_as(&format!("SELECT {RETURN_COLUMNS} FROM returns WHERE order_id = $1 ORDER BY id DESC"))
        .bind(order.id)
        .fetch_all(&mut *conn)
        .await?;
    let mut summaries = Vec::new();
    for r in rows {
        summaries.push(summary(state, &mut conn, &r, &order.number).await?);
    }
    Ok(ReturnableAnswer {
        lines: answer_lines,
        reasons: policy.reasons_shown(),
        resolutions,
        photo_types: PHOTO_TYPES.iter().map(|s| s.to_string()).collect(),
        photo_max_bytes: PHOTO_MAX_BYTES,
        photo_max_count: PHOTO_MAX_COUNT,
        window_days: policy.window_days,
        returns: summaries,
    })
}

pub async fn summary(state: &AppState, conn: &mut sqlx::AnyConnection, r: &ReturnRow, order_number: &str) -> Result<ReturnSummary> {
    let items: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(SUM(quantity), 0) AS BIGINT) FROM return_lines WHERE return_id = $1")
        .bind(r.id)
        .fetch_one(conn)
        .await?;
    Ok(ReturnSummary {
        rma: r.rma.clone(),
        order_number: order_number.to_string(),
        status: r.status(),
        items,
        requested_at: r.created_at,
        status_url: status_url(&state.link_secret, &r.rma),
    })
}

fn request_hash(req: &ReturnRequest) -> String {
    secrets::hash(&serde_json::to_string(req).unwrap_or_default())
}

async fn replay(state: &AppState, order: &OrderRow, key: &str, hash: &str) -> Result<Option<ReturnView>> {
    let row: Option<ReturnRow> = sqlx::query_as(&format!("SELECT {RETURN_COLUMNS} FROM returns WHERE order_id = $1 AND idempotency_key = $2"))
        .bind(order.id)
        .bind(key)
        .fetch_optional(&state.db.pool)
        .await?;
    match row {
        None => Ok(None),
        Some(r) if r.request_hash == hash => Ok(Some(view(state, &r).await?)),
        Some(_) => Err(ApiError::Validation(
            ApiErrorBody::new("This Idempotency-Key was already used for a different return request.")
                .with("Idempotency-Key", "was used with a different request body; use a new key for a new request"),
        )),
    }
}

/// Writes the return: validated against what is returnable now, under the
/// order's lock; exchange variants are taken out of stock at once.
pub async fn create(state: &AppState, order: &OrderRow, key: &str, req: &ReturnRequest) -> Result<ReturnView> {
    let hash = request_hash(req);
    if let Some(done) = replay(state, order, key, &hash).await? {
        return Ok(done);
    }
    let policy = policy(state);
    let mut tx = state.db.begin_write().await?;
    let lock = state.db.for_update();
    sqlx::query_scalar::<_, i64>(&format!("SELECT id FROM orders WHERE id = $1{lock}")).bind(order.id).fetch_one(&mut *tx).await?;
    // A request with this key that won the lock first: answer as it did.
    let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM returns WHERE order_id = $1 AND idempotency_key = $2")
        .bind(order.id)
        .bind(key)
        .fetch_optional(&mut *tx)
        .await?;
    if exists.is_some() {
        drop(tx);
        return replay(state, order, key, &hash).await?.ok_or_else(|| ApiError::Internal("return vanished".into()));
    }
    let lines = order_lines(&mut tx, order.id).await?;
    let found = returnables(state, &mut tx, order.id, &lines, &policy).await?;
    // Photos come after the request (POST .../photos); a line whose reason
    // needs one waits for it before the shop approves.
    let photos = vec![1; req.lines.len()];
    let mut errors = match returns::validate_request(&req.lines, &found, &policy.reasons, &photos) {
        Ok(()) => ApiErrorBody::new(vitrine_core::t!("server-return-check-items")),
        Err(body) => body,
    };
    let snapshot = state.catalog.get();
    for (i, l) in req.lines.iter().enumerate() {
        if l.comment.as_deref().is_some_and(|c| c.chars().count() > COMMENT_MAX) {
            errors = errors.with(&format!("lines[{i}].comment"), vitrine_core::t!("server-return-comment-too-long", max = COMMENT_MAX));
        }
        if let (Some(variant), Some(line)) = (l.exchange_variant_id, lines.iter().find(|x| x.id == l.line_id)) {
            match snapshot.variant(variant) {
                Some((product, _)) if product.handle == line.product_handle => {}
                _ => errors = errors.with(&format!("lines[{i}].exchange_variant_id"), vitrine_core::t!("server-return-exchange-same-product")),
            }
        }
    }
    if !errors.errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    // Exchanges: the replacement is taken out of stock now.
    let mut sold_out = ApiErrorBody::new(vitrine_core::t!("server-return-exchange-sold-out"));
    let mut taken = Vec::new();
    for (i, l) in req.lines.iter().enumerate() {
        if let Some(variant) = l.exchange_variant_id {
            if stock::take(&mut tx, variant, l.quantity, Take::Sell).await? {
                taken.push(variant);
            } else {
                let title = snapshot.variant(variant).map(|(_, v)| v.title.clone()).unwrap_or_default();
                sold_out = sold_out.with(&format!("lines[{i}].exchange_variant_id"), vitrine_core::t!("server-return-exchange-item-sold-out", title = &title));
            }
        }
    }
    if !sold_out.errors.is_empty() {
        return Err(ApiError::Validation(sold_out));
    }
    let at = now();
    let rma = new_rma();
    let return_id: i64 = sqlx::query_scalar(
        "INSERT INTO returns (rma, order_id, status, idempotency_key, request_hash, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(&rma)
    .bind(order.id)
    .bind(ReturnStatus::Requested.as_str())
    .bind(key)
    .bind(&hash)
    .bind(at)
    .fetch_one(&mut *tx)
    .await?;
    let paid = paid_per_line(order, &lines);
    let currency = order.currency();
    let facts = line_facts(&mut tx, order.id).await?;
    for l in &req.lines {
        let line = lines.iter().find(|x| x.id == l.line_id).ok_or_else(|| ApiError::Internal("validated line vanished".into()))?;
        let f = facts.get(&l.line_id).copied().unwrap_or_default();
        // Units claimed before this return, other than by itself.
        let prior = f.returned_quantity + f.open_return_quantity;
        let value = returns::refundable_amount(Money::from_minor(paid[&line.id], currency), line.quantity, prior, l.quantity);
        sqlx::query(
            "INSERT INTO return_lines (return_id, order_line_id, quantity, reason, comment, resolution, exchange_variant_id, prior_units, value_minor) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(return_id)
        .bind(l.line_id)
        .bind(l.quantity)
        .bind(&l.reason)
        .bind(l.comment.as_deref().map(str::trim).filter(|c| !c.is_empty()))
        .bind(l.resolution.as_str())
        .bind(l.exchange_variant_id)
        .bind(prior)
        .bind(value.to_minor().unwrap_or(0))
        .execute(&mut *tx)
        .await?;
    }
    add_event(&mut tx, state, return_id, "requested", order.lang(), &Said::new("server-event-return-requested")).await?;
    let said = Said::new("server-event-order-return-requested").text("rma", &*rma);
    orders::add_event(&mut tx, state, order.id, "return_requested", order.lang(), &said).await?;
    let row: ReturnRow = sqlx::query_as(&format!("SELECT {RETURN_COLUMNS} FROM returns WHERE id = $1")).bind(return_id).fetch_one(&mut *tx).await?;
    email(state, &mut tx, order, &row, "return_requested", || {
        (
            vitrine_core::t!("email-return-requested-subject", rma = &*rma),
            vec![vitrine_core::t!("email-return-requested-thanks", number = &order.number), vitrine_core::t!("email-return-requested-review")],
        )
    })
    .await?;
    tx.commit().await?;
    state.catalog.stock_changed(taken);
    state.live.changed(&order.number);
    view(state, &row).await
}

/// Adds a line to a return's history: what it says, and its words in the
/// order's language `lang` (see [`crate::said`]).
pub async fn add_event(tx: &mut Tx, state: &AppState, return_id: i64, kind: &str, lang: Lang, said: &Said) -> Result<()> {
    sqlx::query("INSERT INTO return_events (return_id, kind, message, said, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(return_id)
        .bind(kind)
        .bind(said.in_lang(state, lang))
        .bind(said.to_json())
        .bind(now())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// An email about the return, once per return and kind.
/// `write` gives the subject and the paragraphs, called in the shopper's language.
pub async fn email(
    state: &AppState,
    tx: &mut Tx,
    order: &OrderRow,
    r: &ReturnRow,
    kind: &'static str,
    write: impl FnOnce() -> (String, Vec<String>),
) -> Result<()> {
    let link = format!("{}{}", state.config.public_url, status_url(&state.link_secret, &r.rma));
    let (subject, text, html) = crate::outbox::in_lang(order.lang(), || {
        let (subject, lines) = write();
        let text = format!("{}\n\n{}\n", lines.join("\n\n"), vitrine_core::t!("email-return-follow", link = &link));
        let inner: String = lines.iter().map(|l| format!("<p>{}</p>", esc(l))).collect();
        let html = html_email(state, &subject, &inner, Some((&vitrine_core::t!("email-return-button"), &link)));
        (subject, text, html)
    });
    let message = Message {
        kind,
        recipient: order.email.clone(),
        subject,
        text,
        html,
        order_number: Some(order.number.clone()),
        dedupe_key: format!("{kind}:{}", r.rma),
    };
    outbox::queue(tx, &message).await
}

/// The core's transition, as a 409 with the refusal's words when refused.
pub fn next(status: ReturnStatus, event: &ReturnEvent) -> Result<ReturnStatus> {
    returns::transition(status, event).map_err(|r| ApiError::Conflict(ApiErrorBody::new(r.message.clone()).with("status", r.message)))
}

/// Moves a locked return to `status` and tells its pages.
pub async fn set_status(tx: &mut Tx, return_id: i64, status: ReturnStatus) -> Result<()> {
    let resolved = if status.is_final() { Some(now()) } else { None };
    sqlx::query("UPDATE returns SET status = $1, updated_at = $2, resolved_at = COALESCE(resolved_at, $3) WHERE id = $4")
        .bind(status.as_str())
        .bind(now())
        .bind(resolved)
        .bind(return_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The return and its order, locked for a change.
pub async fn lock(state: &AppState, tx: &mut Tx, rma: &str) -> Result<(ReturnRow, OrderRow)> {
    let lock = state.db.for_update();
    let r: ReturnRow = sqlx::query_as(&format!("SELECT {RETURN_COLUMNS} FROM returns WHERE rma = $1"))
        .bind(rma)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or_else(no_return)?;
    let order: OrderRow = sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = $1{lock}")).bind(r.order_id).fetch_one(&mut **tx).await?;
    // Read again under the order's lock: changes to a return hold it.
    let r: ReturnRow = sqlx::query_as(&format!("SELECT {RETURN_COLUMNS} FROM returns WHERE id = $1")).bind(r.id).fetch_one(&mut **tx).await?;
    Ok((r, order))
}

pub async fn lines_of(conn: &mut sqlx::AnyConnection, return_id: i64) -> Result<Vec<ReturnLineRow>> {
    Ok(sqlx::query_as(&format!("SELECT {LINE_COLUMNS} FROM return_lines WHERE return_id = $1 ORDER BY id")).bind(return_id).fetch_all(conn).await?)
}

/// What a return line is worth back for the units received (or asked for,
/// before anything arrived).
pub fn line_value(order: &OrderRow, order_line: &OrderLineRow, paid: i64, l: &ReturnLineRow) -> Money {
    let units = if l.received_quantity > 0 { l.received_quantity } else { l.quantity };
    returns::refundable_amount(Money::from_minor(paid, order.currency()), order_line.quantity, l.prior_units, units)
}

/// The lines with their order lines and values.
pub async fn valued_lines(conn: &mut sqlx::AnyConnection, order: &OrderRow, return_id: i64) -> Result<Vec<(ReturnLineRow, OrderLineRow, Money)>> {
    let lines = lines_of(conn, return_id).await?;
    let order_lines = order_lines(conn, order.id).await?;
    let paid = paid_per_line(order, &order_lines);
    let mut out = Vec::new();
    for l in lines {
        let ol = order_lines.iter().find(|x| x.id == l.order_line_id).cloned().ok_or_else(|| ApiError::Internal("return line without order line".into()))?;
        let value = line_value(order, &ol, paid[&ol.id], &l);
        out.push((l, ol, value));
    }
    Ok(out)
}

pub async fn all_order_lines(conn: &mut sqlx::AnyConnection, order_id: i64) -> Result<Vec<OrderLineRow>> {
    order_lines(conn, order_id).await
}

fn lines_needing_photos(policy: &ReturnPolicy, lines: &[ReturnLineRow], photo_lines: &[Option<i64>]) -> Vec<i64> {
    lines
        .iter()
        .filter(|l| policy.reason(&l.reason).is_some_and(|r| r.photo_required))
        // A photo names its return line; one without a line counts for a one-line return.
        .filter(|l| !photo_lines.iter().any(|p| *p == Some(l.id) || (p.is_none() && lines.len() == 1)))
        .map(|l| l.id)
        .collect()
}

/// Return line ids whose reason needs a photo that is not attached.
pub async fn missing_photos(state: &AppState, conn: &mut sqlx::AnyConnection, return_id: i64) -> Result<Vec<i64>> {
    let lines = lines_of(conn, return_id).await?;
    let photo_lines: Vec<Option<i64>> = sqlx::query_scalar("SELECT line_id FROM return_photos WHERE return_id = $1").bind(return_id).fetch_all(conn).await?;
    Ok(lines_needing_photos(&policy(state), &lines, &photo_lines))
}

fn method(state: &AppState, r: &ReturnRow) -> ReturnMethod {
    let status = r.status();
    let address_lines = vec![
        format!("{} Returns", state.config.shop_name),
        format!("RMA {}", r.rma),
        "1200 Warehouse Way, Dock 4".into(),
        "Reno, NV 89502".into(),
        "United States".into(),
    ];
    let instructions = match status {
        ReturnStatus::Requested => vitrine_core::t!("server-return-method-requested", carrier = RETURN_CARRIER),
        ReturnStatus::Approved => vitrine_core::t!("server-return-method-approved", carrier = RETURN_CARRIER, days = RETURN_LABEL_DAYS),
        ReturnStatus::Rejected | ReturnStatus::Canceled => vitrine_core::t!("server-return-method-closed"),
        _ => vitrine_core::t!("server-return-method-sent"),
    };
    let label_ready = r.return_tracking.is_some() && !matches!(status, ReturnStatus::Rejected | ReturnStatus::Canceled);
    ReturnMethod {
        kind: "label".into(),
        instructions,
        carrier: r.return_carrier.clone().filter(|_| label_ready),
        tracking_number: r.return_tracking.clone().filter(|_| label_ready),
        address_lines,
        qr_text: r.return_tracking.as_ref().filter(|_| label_ready).map(|t| format!("RMA:{};TRK:{t}", r.rma)),
    }
}

/// The return as its shopper (and the operator) sees it.
pub async fn view(state: &AppState, r: &ReturnRow) -> Result<ReturnView> {
    let mut conn = state.db.pool.acquire().await?;
    let order: OrderRow = sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = $1")).bind(r.order_id).fetch_one(&mut *conn).await?;
    let policy = policy(state);
    let currency = order.currency();
    let snapshot = state.catalog.get();
    let valued = valued_lines(&mut conn, &order, r.id).await?;
    let photos: Vec<(String, Option<i64>, String, i64)> =
        sqlx::query_as("SELECT id, line_id, content_type, size FROM return_photos WHERE return_id = $1 ORDER BY created_at, id")
            .bind(r.id)
            .fetch_all(&mut *conn)
            .await?;
    let photo_lines: Vec<Option<i64>> = photos.iter().map(|p| p.1).collect();
    let plain: Vec<ReturnLineRow> = valued.iter().map(|(l, _, _)| l.clone()).collect();
    let missing = lines_needing_photos(&policy, &plain, &photo_lines);
    let token = return_token(&state.link_secret, &r.rma);
    let mut refund_total = Money::zero(currency);
    let mut credit_total = Money::zero(currency);
    let mut exchange_difference = Money::zero(currency);
    let lines = valued
        .iter()
        .map(|(l, ol, value)| {
            match l.resolution() {
                Resolution::Refund => refund_total = refund_total.plus(*value),
                Resolution::StoreCredit => credit_total = credit_total.plus(returns::store_credit(*value, policy.store_credit_bonus_percent)),
                Resolution::Exchange => {
                    if let Some((_, v)) = l.exchange_variant_id.and_then(|id| snapshot.variant(id)) {
                        let units = if l.received_quantity > 0 { l.received_quantity } else { l.quantity };
                        let paid_unit = returns::refundable_amount(*value, units, 0, 1);
                        exchange_difference = exchange_difference.plus(returns::exchange_difference(paid_unit, v.price, units));
                    }
                }
            }
            ReturnLineView {
                id: l.id,
                line_id: l.order_line_id,
                product_title: ol.product_title.clone(),
                variant_title: ol.variant_title.clone(),
                image: ol.image(),
                quantity: l.quantity,
                reason_label: policy.reason_label(&l.reason),
                reason: l.reason.clone(),
                comment: l.comment.clone(),
                resolution: l.resolution(),
                exchange_variant_id: l.exchange_variant_id,
                exchange_title: l.exchange_variant_id.and_then(|id| snapshot.variant(id)).map(|(_, v)| v.title.clone()),
                received_quantity: l.received_quantity,
                condition: l.condition.clone(),
                value: *value,
                photo_missing: missing.contains(&l.id),
            }
        })
        .collect();
    let events: Vec<(String, String, Option<String>, i64)> = sqlx::query_as("SELECT kind, message, said, created_at FROM return_events WHERE return_id = $1 ORDER BY created_at DESC, id DESC")
        .bind(r.id)
        .fetch_all(&mut *conn)
        .await?;
    let payouts: Vec<(String, i64, String, Option<String>, i64)> =
        sqlx::query_as("SELECT kind, amount_minor, status, credit_code, created_at FROM return_payouts WHERE return_id = $1 ORDER BY id")
            .bind(r.id)
            .fetch_all(&mut *conn)
            .await?;
    let status = r.status();
    Ok(ReturnView {
        rma: r.rma.clone(),
        order_number: order.number.clone(),
        status,
        status_label: status.label().to_string(),
        rejection_reason: r.rejection_reason.clone(),
        lines,
        photos: photos
            .into_iter()
            .map(|(id, line_id, content_type, size)| ReturnPhoto {
                url: format!("/api/v1/returns/{}/photos/{id}?token={token}", r.rma),
                id,
                line_id,
                content_type,
                bytes: size.max(0) as u64,
            })
            .collect(),
        photos_needed: !missing.is_empty() && status == ReturnStatus::Requested,
        method: method(state, r),
        progress: returns::milestones(status),
        events: events.into_iter().map(|(kind, message, said, at)| OrderEvent { kind, message: crate::said::read(state, said.as_deref(), message), at }).collect(),
        refund_total,
        credit_total,
        exchange_difference,
        money: payouts
            .into_iter()
            .map(|(kind, amount, status, code, at)| ReturnMoney { kind, amount: Money::from_minor(amount, currency), status, code, at })
            .collect(),
        requested_at: r.created_at,
        status_url: status_url(&state.link_secret, &r.rma),
        label_url: format!("/returns/{}/label?token={token}", r.rma),
    })
}

/// The order's currency, for callers that hold only the row.
pub fn currency_of(order: &OrderRow) -> Currency {
    order.currency()
}
