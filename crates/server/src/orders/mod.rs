//! Orders after placement: the owner's view (by number plus a signed
//! token), finishing a payment that needed a challenge, the provider's
//! webhooks, expiry of stale reservations, and the demo mailbox.
//!
//! An order waiting for its payment holds stock: its lines count in
//! `variants.reserved`. Paying turns the reservation into a sale (stock and
//! reservation both drop); canceling releases it. Both are conditional on
//! the order's status, so webhook, poll and expiry can race safely.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::address::Address;
use vitrine_core::card::Brand;
use vitrine_core::catalog::Image;
use vitrine_core::checkout::{Order, OrderEvent, OrderLine, OrderPayment, OrderStatus, PaymentKind};
use vitrine_core::pricing::Totals;
use vitrine_core::{ApiErrorBody, Currency, Locale, Money};

use crate::db::now;
use crate::error::{ApiError, Result};
use crate::payments::Charge;
use crate::psp::webhook;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(orders_show)).routes(routes!(orders_payment)).routes(routes!(webhooks_psp))
}

/// The token that opens an order: HMAC-SHA256 of its number with the shop secret.
pub fn order_token(secret: &str, number: &str) -> String {
    let mut m = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    m.update(b"order:");
    m.update(number.as_bytes());
    m.finalize().into_bytes()[..16].iter().map(|b| format!("{b:02x}")).collect()
}

pub fn status_url(secret: &str, number: &str) -> String {
    format!("/orders/{number}?token={}", order_token(secret, number))
}

/// Human-friendly and not guessable: "VT-" and 8 of Crockford's base32
/// (no I, L, O, U), 40 random bits.
pub fn new_number() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("the OS random source");
    let chars: String = bytes.iter().map(|b| ALPHABET[(*b % 32) as usize] as char).collect();
    format!("VT-{}-{}", &chars[..4], &chars[4..])
}

#[derive(sqlx::FromRow)]
pub struct OrderRow {
    pub id: i64,
    pub number: String,
    pub cart_id: String,
    pub email: String,
    pub status: String,
    pub currency: String,
    pub totals_json: String,
    pub shipping_address_json: String,
    pub shipping_method_name: String,
    pub payment_kind: String,
    pub payment_status: String,
    pub payment_intent: Option<String>,
    pub card_brand: Option<String>,
    pub card_last4: Option<String>,
    pub discount_code: Option<String>,
    pub created_at: i64,
}

pub const ORDER_COLUMNS: &str = "id, number, cart_id, email, status, currency, totals_json, shipping_address_json, shipping_method_name, \
     payment_kind, payment_status, payment_intent, card_brand, card_last4, discount_code, created_at";

#[derive(sqlx::FromRow)]
struct LineRow {
    product_handle: String,
    product_title: String,
    variant_title: String,
    sku: String,
    image_json: Option<String>,
    quantity: i64,
    unit_price_minor: i64,
    discount_minor: i64,
    total_minor: i64,
}

pub async fn find(state: &AppState, number: &str) -> Result<Option<OrderRow>> {
    Ok(sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE number = $1"))
        .bind(number)
        .fetch_optional(&state.db.pool)
        .await?)
}

fn bank_instructions(state: &AppState, kind: PaymentKind, number: &str, total: Money) -> Option<String> {
    let locale = Locale::from_tag(&state.shop.locale);
    match kind {
        PaymentKind::BankTransfer => Some(format!(
            "Transfer {} to {} (IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX) with reference {number}. We ship when it arrives; \
             your items are reserved for 7 days.",
            total.format(locale),
            state.shop.name
        )),
        PaymentKind::Invoice => Some(format!("We'll email an invoice for {} with your parcel; it's due 14 days after delivery.", total.format(locale))),
        PaymentKind::CashOnDelivery => Some(format!("Pay {} to the courier on delivery.", total.format(locale))),
        PaymentKind::Card => None,
    }
}

/// The order as its owner sees it.
pub async fn view(state: &AppState, row: &OrderRow) -> Result<Order> {
    let currency = Currency::from_code(&row.currency).unwrap_or(state.shop.currency);
    let lines: Vec<LineRow> = sqlx::query_as(
        "SELECT product_handle, product_title, variant_title, sku, image_json, quantity, unit_price_minor, discount_minor, total_minor \
         FROM order_lines WHERE order_id = $1 ORDER BY id",
    )
    .bind(row.id)
    .fetch_all(&state.db.pool)
    .await?;
    let events: Vec<(String, String, i64)> =
        sqlx::query_as("SELECT kind, message, created_at FROM order_events WHERE order_id = $1 ORDER BY created_at, id")
            .bind(row.id)
            .fetch_all(&state.db.pool)
            .await?;
    let totals: Totals = serde_json::from_str(&row.totals_json).map_err(|e| ApiError::Internal(format!("order totals: {e}")))?;
    let kind = PaymentKind::parse(&row.payment_kind).unwrap_or(PaymentKind::Card);
    Ok(Order {
        number: row.number.clone(),
        status: OrderStatus::parse(&row.status).unwrap_or(OrderStatus::Canceled),
        email: row.email.clone(),
        shipping_address: serde_json::from_str::<Address>(&row.shipping_address_json).unwrap_or_default(),
        shipping_method: row.shipping_method_name.clone(),
        lines: lines
            .into_iter()
            .map(|l| OrderLine {
                product_handle: l.product_handle,
                product_title: l.product_title,
                variant_title: l.variant_title,
                sku: l.sku,
                image: l.image_json.and_then(|j| serde_json::from_str::<Image>(&j).ok()),
                quantity: l.quantity,
                unit_price: Money::from_minor(l.unit_price_minor, currency),
                discount: Money::from_minor(l.discount_minor, currency),
                total: Money::from_minor(l.total_minor, currency),
            })
            .collect(),
        payment: OrderPayment {
            kind,
            status: row.payment_status.clone(),
            brand: row.card_brand.as_deref().and_then(|b| serde_json::from_value::<Brand>(serde_json::Value::String(b.into())).ok()),
            last4: row.card_last4.clone(),
            instructions: bank_instructions(state, kind, &row.number, totals.total),
        },
        totals,
        events: events.into_iter().map(|(kind, message, at)| OrderEvent { kind, message, at }).collect(),
        placed_at: row.created_at,
        status_url: status_url(&state.secret, &row.number),
    })
}

type Tx = sqlx::Transaction<'static, sqlx::Any>;

pub async fn add_event(tx: &mut Tx, order_id: i64, kind: &str, message: &str) -> Result<()> {
    sqlx::query("INSERT INTO order_events (order_id, kind, message, created_at) VALUES ($1, $2, $3, $4)")
        .bind(order_id)
        .bind(kind)
        .bind(message)
        .bind(now())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Writes the confirmation email to the outbox (the demo mailbox shows it).
pub async fn queue_confirmation(state: &AppState, tx: &mut Tx, order: &Order) -> Result<()> {
    let locale = Locale::from_tag(&state.shop.locale);
    let mut body = format!("Thank you for your order {} at {}.\n\n", order.number, state.shop.name);
    for l in &order.lines {
        body.push_str(&format!("  {} × {} ({}) — {}\n", l.quantity, l.product_title, l.variant_title, l.total.format(locale)));
    }
    body.push_str(&format!("\nTotal: {}\nShipping: {}\n", order.totals.total.format(locale), order.shipping_method));
    if let Some(i) = &order.payment.instructions {
        body.push_str(&format!("\n{i}\n"));
    }
    body.push_str(&format!("\nSee your order any time: {}{}\n", state.public_url, order.status_url));
    sqlx::query("INSERT INTO outbox (kind, recipient, subject, body, order_number, created_at) VALUES ('order_confirmation', $1, $2, $3, $4, $5)")
        .bind(&order.email)
        .bind(format!("Your order {} is confirmed", order.number))
        .bind(body)
        .bind(&order.number)
        .bind(now())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn lock_order(state: &AppState, tx: &mut Tx, id: i64) -> Result<Option<String>> {
    let lock = state.db.for_update();
    Ok(sqlx::query_scalar(&format!("SELECT status FROM orders WHERE id = $1{lock}")).bind(id).fetch_optional(&mut **tx).await?)
}

/// Settles the stock reserved by an order still awaiting payment, in a write
/// transaction with the order locked: `sold` takes the units out of stock,
/// otherwise they become available again. Returns the transaction (to finish
/// the order in) and the (variant, quantity) lines, or None when the order is
/// no longer pending: someone settled it first.
async fn settle_reservation(state: &AppState, order_id: i64, sold: bool) -> Result<Option<(Tx, Vec<(i64, i64)>)>> {
    let mut tx = state.db.begin_write().await?;
    if lock_order(state, &mut tx, order_id).await?.as_deref() != Some(OrderStatus::PendingPayment.as_str()) {
        return Ok(None);
    }
    let lines: Vec<(i64, i64)> = sqlx::query_as("SELECT variant_id, quantity FROM order_lines WHERE order_id = $1")
        .bind(order_id)
        .fetch_all(&mut *tx)
        .await?;
    let update = if sold {
        "UPDATE variants SET stock = stock - $1, reserved = reserved - $1 WHERE id = $2"
    } else {
        "UPDATE variants SET reserved = reserved - $1 WHERE id = $2"
    };
    for &(variant, quantity) in &lines {
        sqlx::query(update).bind(quantity).bind(variant).execute(&mut *tx).await?;
    }
    Ok(Some((tx, lines)))
}

/// A pending order's payment succeeded: the reservation becomes a sale, the
/// cart is done, the code's use is counted, the email is queued. Idempotent.
pub async fn mark_paid(state: &AppState, order_id: i64, brand: Option<Brand>, last4: Option<String>) -> Result<()> {
    let Some((mut tx, lines)) = settle_reservation(state, order_id, true).await? else {
        return Ok(());
    };
    sqlx::query(
        "UPDATE orders SET status = 'confirmed', payment_status = 'succeeded', reserved_until = NULL, \
         card_brand = COALESCE($1, card_brand), card_last4 = COALESCE($2, card_last4), updated_at = $3 WHERE id = $4",
    )
    .bind(brand.map(|b| b.as_str().to_string()))
    .bind(last4)
    .bind(now())
    .bind(order_id)
    .execute(&mut *tx)
    .await?;
    add_event(&mut tx, order_id, "paid", "Payment confirmed. We're preparing your order.").await?;
    let row: OrderRow = sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = $1")).bind(order_id).fetch_one(&mut *tx).await?;
    finish_cart(&mut tx, &row).await?;
    tx.commit().await?;
    state.stock_changed(lines.iter().map(|&(variant, _)| variant));
    send_confirmation(state, &row).await
}

/// Queues the confirmation email of a placed order (after its transaction
/// committed, so the email shows exactly what was stored).
pub async fn send_confirmation(state: &AppState, row: &OrderRow) -> Result<()> {
    let row = find(state, &row.number).await?.ok_or_else(|| ApiError::Internal("order vanished".into()))?;
    let order = view(state, &row).await?;
    let mut tx = state.db.begin_write().await?;
    queue_confirmation(state, &mut tx, &order).await?;
    tx.commit().await?;
    Ok(())
}

/// The cart became an order: close it and count its discount code's use.
pub async fn finish_cart(tx: &mut Tx, row: &OrderRow) -> Result<()> {
    sqlx::query("UPDATE carts SET status = 'completed', version = version + 1, updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(&row.cart_id)
        .execute(&mut **tx)
        .await?;
    if let Some(code) = &row.discount_code {
        sqlx::query("UPDATE discount_codes SET times_used = times_used + 1 WHERE code = $1").bind(code).execute(&mut **tx).await?;
    }
    Ok(())
}

/// A pending order's payment failed or timed out: release its stock, cancel
/// it, and reopen the cart so the shopper can pay another way. Idempotent.
pub async fn cancel_pending(state: &AppState, order_id: i64, message: &str) -> Result<()> {
    let Some((mut tx, lines)) = settle_reservation(state, order_id, false).await? else {
        return Ok(());
    };
    sqlx::query("UPDATE orders SET status = 'canceled', payment_status = 'failed', reserved_until = NULL, updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(order_id)
        .execute(&mut *tx)
        .await?;
    add_event(&mut tx, order_id, "canceled", message).await?;
    sqlx::query(
        "UPDATE carts SET status = 'open', version = version + 1, updated_at = $1 \
         WHERE id = (SELECT cart_id FROM orders WHERE id = $2) AND status = 'checking_out'",
    )
    .bind(now())
    .bind(order_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    state.stock_changed(lines.iter().map(|&(variant, _)| variant));
    Ok(())
}

/// Brings a pending card order up to date with the provider.
pub async fn sync_payment(state: &AppState, row: &OrderRow) -> Result<Option<Charge>> {
    let Some(intent) = &row.payment_intent else { return Ok(None) };
    let charge = state.provider.status(intent).await?;
    match &charge {
        Some(Charge::Succeeded { brand, last4, .. }) => mark_paid(state, row.id, *brand, last4.clone()).await?,
        Some(Charge::Declined { decline, .. }) => cancel_pending(state, row.id, &decline.message).await?,
        _ => {}
    }
    Ok(charge)
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

async fn authorized(state: &AppState, number: &str, token: &str) -> Result<OrderRow> {
    let not_found = || ApiError::missing("order", "There is no order with that number and link. Check the link in your confirmation email.");
    if !crate::carts::token::same(token, &order_token(&state.secret, number)) {
        return Err(not_found());
    }
    find(state, number).await?.ok_or_else(not_found)
}

/// An order, opened with the signed token from its confirmation link.
#[utoipa::path(
    get,
    path = "/api/v1/orders/{number}",
    tag = "orders",
    params(
        ("number" = String, Path, description = "Order number, e.g. VT-7QK2-9XH4"),
        ("token" = String, Query, description = "The signed token from the order link"),
    ),
    responses(
        (status = 200, body = Order),
        (status = 404, description = "No such order, or the token does not open it (the same answer)", body = ApiErrorBody),
    )
)]
pub async fn orders_show(State(state): State<AppState>, Path(number): Path<String>, Query(q): Query<TokenQuery>) -> Result<Json<Order>> {
    let row = authorized(&state, &number, &q.token).await?;
    Ok(Json(view(&state, &row).await?))
}

/// After a card challenge: asks the provider how it ended and finishes the
/// order (paid), or cancels it and reopens the cart (failed).
#[utoipa::path(
    post,
    path = "/api/v1/orders/{number}/payment",
    tag = "orders",
    params(
        ("number" = String, Path, description = "Order number"),
        ("token" = String, Query, description = "The signed token from the checkout answer"),
    ),
    responses(
        (status = 200, description = "Paid", body = Order),
        (status = 402, description = "The payment failed; the message says why. The cart is open again.", body = ApiErrorBody),
        (status = 409, description = "The challenge is not finished yet", body = ApiErrorBody),
        (status = 404, body = ApiErrorBody),
    )
)]
pub async fn orders_payment(State(state): State<AppState>, Path(number): Path<String>, Query(q): Query<TokenQuery>) -> Result<Json<Order>> {
    let row = authorized(&state, &number, &q.token).await?;
    if row.status == OrderStatus::PendingPayment.as_str() {
        match sync_payment(&state, &row).await? {
            Some(Charge::Declined { decline, .. }) => {
                return Err(ApiError::PaymentFailed(ApiErrorBody::new(decline.message.clone()).with("payment", decline.message)));
            }
            Some(Charge::RequiresAction { .. }) => {
                return Err(ApiError::Conflict(
                    ApiErrorBody::new("Your bank is still waiting for you to confirm the payment.").with("payment", "requires_action"),
                ));
            }
            _ => {}
        }
    } else if row.status == OrderStatus::Canceled.as_str() && row.payment_status == "failed" {
        return Err(ApiError::PaymentFailed(ApiErrorBody::new("This payment didn't go through. Your cart is open to try again.").with("payment", "failed")));
    }
    // Read again: settling the payment may have changed it.
    let row = find(&state, &row.number).await?.ok_or_else(|| ApiError::Internal("order vanished".into()))?;
    Ok(Json(view(&state, &row).await?))
}

/// Payment events from the provider, signed with the webhook secret.
#[utoipa::path(
    post,
    path = "/api/v1/webhooks/psp",
    tag = "orders",
    params(("Vitrine-Signature" = String, Header, description = "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\">")),
    request_body(content = Object, description = "`{type, created, data}` where data is the payment intent", content_type = "application/json"),
    responses(
        (status = 200, description = "Processed (or nothing to do)"),
        (status = 400, description = "Missing, wrong or stale signature", body = ApiErrorBody),
    )
)]
pub async fn webhooks_psp(State(state): State<AppState>, headers: HeaderMap, body: axum::body::Bytes) -> Result<StatusCode> {
    let signature = headers.get(webhook::HEADER).and_then(|v| v.to_str().ok()).unwrap_or("");
    webhook::verify(&state.psp.webhook_secret, signature, &body, now())
        .map_err(|why| ApiError::BadRequest(ApiErrorBody::new(format!("Webhook rejected: {why}.")).with("signature", why)))?;
    let event: serde_json::Value = crate::error::parse_json(&body)?;
    let Some(intent) = event["data"]["id"].as_str() else { return Ok(StatusCode::OK) };
    let row: Option<OrderRow> = sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE payment_intent = $1"))
        .bind(intent)
        .fetch_optional(&state.db.pool)
        .await?;
    if let Some(row) = row {
        // Never trust the event body for money: ask the provider.
        sync_payment(&state, &row).await?;
    }
    Ok(StatusCode::OK)
}

/// Cancels orders whose payment was not completed in time, releasing stock.
pub async fn expire_reservations(state: &AppState) -> Result<usize> {
    let stale: Vec<i64> = sqlx::query_scalar("SELECT id FROM orders WHERE status = 'pending_payment' AND reserved_until < $1")
        .bind(now())
        .fetch_all(&state.db.pool)
        .await?;
    let mut released = 0;
    for id in stale {
        let row: Option<OrderRow> =
            sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = $1")).bind(id).fetch_optional(&state.db.pool).await?;
        let Some(row) = row else { continue };
        match sync_payment(state, &row).await? {
            Some(Charge::Succeeded { .. }) => {}
            _ => {
                cancel_pending(state, id, "The payment wasn't completed in time, so the order was canceled and the items released.").await?;
                released += 1;
            }
        }
    }
    Ok(released)
}

/// The demo mailbox: every message the shop would have sent.
pub async fn dev_mailbox(State(state): State<AppState>) -> Response {
    if !state.config.demo {
        return (StatusCode::NOT_FOUND, "The mailbox exists in demo mode only.").into_response();
    }
    let rows: Vec<(String, String, String, i64)> =
        match sqlx::query_as("SELECT recipient, subject, body, created_at FROM outbox ORDER BY id DESC LIMIT 100").fetch_all(&state.db.pool).await {
            Ok(r) => r,
            Err(e) => return ApiError::from(e).into_response(),
        };
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let items: String = rows
        .iter()
        .map(|(to, subject, body, at)| {
            let (y, m, d) = crate::dates::civil_from_unix(*at);
            format!(
                "<article><h2>{}</h2><p class=\"meta\">To {} · {y:04}-{m:02}-{d:02}</p><pre>{}</pre></article>",
                esc(subject),
                esc(to),
                esc(body)
            )
        })
        .collect();
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Demo mailbox</title><style>body{{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1c1d21}}\
         article{{border:1px solid #e3e0d8;border-radius:12px;padding:1rem 1.25rem;margin:1rem 0}} h2{{font-size:1.1rem;margin:0}}\
         .meta{{color:#5a5e68;margin:.25rem 0 .75rem}} pre{{white-space:pre-wrap;font:inherit;margin:0}}</style></head>\
         <body><h1>Demo mailbox</h1><p>Messages the shop sent, newest first ({}).</p>{}</body></html>",
        rows.len(),
        if items.is_empty() { "<p>No messages yet.</p>".to_string() } else { items }
    ))
    .into_response()
}
