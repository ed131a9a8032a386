//! Orders after placement: the owner's view (by number plus a link token)
//! and finishing a payment that needed a challenge. Settling payments
//! (paid, canceled, expired) is in [`payment`].
//!
//! An order waiting for its payment holds stock: its lines count in
//! `variants.reserved`. Paying turns the reservation into a sale (stock and
//! reservation both drop); canceling releases it. Both are conditional on
//! the order's status, so webhook, poll and expiry can race safely.

pub mod follow_up;

/// The SQL condition (on `orders o`) of an order that counts as sold: paid
/// or to be paid, not canceled, and not a synthetic test order. Metrics,
/// reports, sales velocity and alerts all count with it.
pub const SOLD: &str = "o.status <> 'canceled' AND o.status <> 'pending_payment' AND o.is_test = 0";

pub mod lookup;
pub mod payment;

use axum::extract::{Path, Query, State};
use axum::Json;
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::address::Address;
use vitrine_core::card::Brand;
use vitrine_core::catalog::Image;
use vitrine_core::checkout::{mask_credit_code, Order, OrderEvent, OrderLine, OrderPayment, OrderStatus, PaymentKind, PaymentStatus, StoreCreditUse};
use vitrine_core::i18n::Lang;
use vitrine_core::pricing::Totals;
use vitrine_core::{ApiErrorBody, Currency, Money};

use crate::db::{now, Tx};
use crate::error::{ApiError, Result};
use crate::payments::Charge;
use crate::said::Said;
use crate::secrets;
use crate::state::AppState;
pub use payment::{cancel_pending, finish_cart, mark_paid, reconcile_payments, sync_payment, PendingCancel};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(orders_show)).routes(routes!(orders_payment)).routes(routes!(lookup::orders_lookup))
}

/// The order's status link (relative), with its link token.
pub fn status_url(link_secret: &str, number: &str) -> String {
    format!("/orders/{number}?token={}", secrets::link_token(link_secret, number))
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
    pub total_minor: i64,
    pub totals_json: String,
    pub shipping_address_json: String,
    pub shipping_method_name: String,
    pub payment_kind: String,
    pub payment_status: String,
    pub payment_intent: Option<String>,
    pub card_brand: Option<String>,
    pub card_last4: Option<String>,
    pub discount_code: Option<String>,
    pub reserved_until: Option<i64>,
    pub ship_min_days: Option<i64>,
    pub ship_max_days: Option<i64>,
    pub created_at: i64,
    /// Store credit spent on the order (`store_credit`), and its code.
    pub credit_code: Option<String>,
    pub credit_minor: i64,
    /// The shopper's language ("en", "de", "fr", "ar"): their emails are written in it.
    pub locale: String,
}

impl OrderRow {
    /// The language the shopper ordered in.
    pub fn lang(&self) -> vitrine_core::i18n::Lang {
        crate::i18n::stored(&self.locale)
    }

    pub fn currency(&self) -> Currency {
        Currency::from_code(&self.currency).unwrap_or(Currency::Usd)
    }

    /// The shipping method as its reader reads it: the shop's name for it
    /// and its delivery time in business days, in the current language.
    /// Orders placed before 2026-12-06 stored the name with the days in
    /// English ("Standard (3–5 business days)"); those words are dropped.
    pub fn shipping_method(&self) -> String {
        let name = &self.shipping_method_name;
        let (Some(min), Some(max)) = (self.ship_min_days, self.ship_max_days) else {
            return name.clone();
        };
        let name = name.strip_suffix(&format!(" ({min}–{max} business days)")).unwrap_or(name);
        vitrine_core::t!("server-shipping-method", name = name, min = min, max = max)
    }

    /// What the payment method pays: the total minus store credit.
    pub fn due_minor(&self) -> i64 {
        (self.total_minor - self.credit_minor).max(0)
    }

    /// Store credit pays the whole order: nothing to charge.
    pub fn covered_by_credit(&self) -> bool {
        self.credit_minor > 0 && self.due_minor() == 0
    }
}

pub const ORDER_COLUMNS: &str = "id, number, cart_id, email, status, currency, total_minor, totals_json, shipping_address_json, shipping_method_name, \
     payment_kind, payment_status, payment_intent, card_brand, card_last4, discount_code, reserved_until, ship_min_days, ship_max_days, created_at, \
     credit_code, credit_minor, locale";

#[derive(sqlx::FromRow)]
struct LineRow {
    id: i64,
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

pub async fn find_by_id(state: &AppState, id: i64) -> Result<OrderRow> {
    Ok(sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = $1")).bind(id).fetch_one(&state.db.pool).await?)
}

fn bank_instructions(state: &AppState, kind: PaymentKind, number: &str, total: Money) -> Option<String> {
    let locale = state.locale();
    match kind {
        PaymentKind::BankTransfer => Some(format!(
            "Transfer {} to {} (IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX) with reference {number}. We ship when it arrives; \
             your items are reserved for 7 days.",
            total.format(locale),
            state.config.shop_name
        )),
        PaymentKind::Invoice => Some(format!("We'll email an invoice for {} with your parcel; it's due 14 days after delivery.", total.format(locale))),
        PaymentKind::CashOnDelivery => Some(format!("Pay {} to the courier on delivery.", total.format(locale))),
        PaymentKind::Card => None,
    }
}

/// The order as its owner sees it.
pub async fn view(state: &AppState, row: &OrderRow) -> Result<Order> {
    let mut conn = state.db.pool.acquire().await?;
    view_on(&mut conn, state, row).await
}

/// [`view`] on a given connection (a transaction's, to see what it wrote).
pub async fn view_on(conn: &mut sqlx::AnyConnection, state: &AppState, row: &OrderRow) -> Result<Order> {
    let currency = Currency::from_code(&row.currency).unwrap_or(state.currency());
    let lines: Vec<LineRow> = sqlx::query_as(
        "SELECT id, product_handle, product_title, variant_title, sku, image_json, quantity, unit_price_minor, discount_minor, total_minor \
         FROM order_lines WHERE order_id = $1 ORDER BY id",
    )
    .bind(row.id)
    .fetch_all(&mut *conn)
    .await?;
    let events: Vec<(String, String, Option<String>, i64)> =
        sqlx::query_as("SELECT kind, message, said, created_at FROM order_events WHERE order_id = $1 ORDER BY created_at, id")
            .bind(row.id)
            .fetch_all(&mut *conn)
            .await?;
    let totals: Totals = serde_json::from_str(&row.totals_json).map_err(|e| ApiError::Internal(format!("order totals: {e}")))?;
    let kind = PaymentKind::parse(&row.payment_kind).unwrap_or(PaymentKind::Card);
    let status = OrderStatus::parse(&row.status).unwrap_or(OrderStatus::Canceled);
    let shipments = crate::tracking::shipments::shipment_views(conn, row.id).await?;
    Ok(Order {
        number: row.number.clone(),
        status,
        email: row.email.clone(),
        shipping_address: serde_json::from_str::<Address>(&row.shipping_address_json).unwrap_or_default(),
        shipping_method: row.shipping_method(),
        lines: lines
            .into_iter()
            .map(|l| OrderLine {
                id: l.id,
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
            status: PaymentStatus::parse(&row.payment_status).unwrap_or(PaymentStatus::Failed),
            brand: row.card_brand.as_deref().and_then(|b| serde_json::from_value::<Brand>(serde_json::Value::String(b.into())).ok()),
            last4: row.card_last4.clone(),
            instructions: bank_instructions(state, kind, &row.number, Money::from_minor(row.due_minor(), currency)),
            store_credit: row.credit_code.as_deref().filter(|_| row.credit_minor > 0).map(|code| StoreCreditUse {
                code: mask_credit_code(code),
                amount: Money::from_minor(row.credit_minor, currency),
            }),
            amount_due: (row.credit_minor > 0).then(|| Money::from_minor(row.due_minor(), currency)),
        },
        totals,
        events: events.into_iter().map(|(kind, message, said, at)| OrderEvent { kind, message: crate::said::read(state, said.as_deref(), message), at }).collect(),
        placed_at: row.created_at,
        status_url: status_url(&state.link_secret, &row.number),
        progress: vitrine_core::tracking::milestones(status),
        estimate: order_estimate(row, status, &shipments),
        delay: shipments.iter().find_map(|s| s.delay.clone()),
        shipments,
    })
}

/// When the order should arrive: the latest window of its parcels still on
/// their way, or the shipping method's while nothing has shipped.
fn order_estimate(row: &OrderRow, status: OrderStatus, shipments: &[vitrine_core::checkout::OrderShipment]) -> Option<vitrine_core::delivery::DeliveryWindow> {
    use vitrine_core::tracking::TrackingStatus;
    if matches!(status, OrderStatus::Canceled | OrderStatus::Delivered) {
        return None;
    }
    let open: Vec<_> = shipments.iter().filter(|s| s.status != Some(TrackingStatus::Delivered)).filter_map(|s| s.estimate).collect();
    if !shipments.is_empty() && status != OrderStatus::PartiallyShipped {
        return open.into_iter().max_by_key(|w| w.latest);
    }
    let by_method = crate::tracking::estimates::for_order(row.created_at, row.ship_min_days, row.ship_max_days);
    open.into_iter().chain(by_method).max_by_key(|w| w.latest)
}

/// Adds a line to an order's history: what it says, and its words in the
/// order's language `lang` (see [`crate::said`]).
pub async fn add_event(tx: &mut Tx, state: &AppState, order_id: i64, kind: &str, lang: Lang, said: &Said) -> Result<()> {
    add_event_at(tx, state, order_id, kind, lang, said, now()).await
}

/// [`add_event`] for something that happened at `at` (Unix seconds): a
/// carrier's checkpoint, reported after the fact.
pub async fn add_event_at(tx: &mut Tx, state: &AppState, order_id: i64, kind: &str, lang: Lang, said: &Said, at: i64) -> Result<()> {
    sqlx::query("INSERT INTO order_events (order_id, kind, message, said, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(order_id)
        .bind(kind)
        .bind(said.in_lang(state, lang))
        .bind(said.to_json())
        .bind(at)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    pub token: String,
}

/// The order a link opens: its number plus the link token. A missing order
/// and a wrong token are the same 404.
pub async fn order_for_link(state: &AppState, number: &str, token: &str) -> Result<OrderRow> {
    let not_found = || ApiError::missing("order", vitrine_core::t!("server-order-link-missing"));
    if !secrets::same(token, &secrets::link_token(&state.link_secret, number)) {
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
    let row = order_for_link(&state, &number, &q.token).await?;
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
    let row = order_for_link(&state, &number, &q.token).await?;
    if row.status == OrderStatus::PendingPayment.as_str() {
        match sync_payment(&state, &row).await? {
            Some(Charge::Declined { decline, .. }) => {
                return Err(ApiError::PaymentFailed(ApiErrorBody::new(decline.message.clone()).with("payment", decline.message)));
            }
            Some(Charge::RequiresAction { .. }) => {
                return Err(ApiError::Conflict(
                    ApiErrorBody::new(vitrine_core::t!("server-payment-awaiting-confirmation")).with("payment", "requires_action"),
                ));
            }
            _ => {}
        }
    } else if row.status == OrderStatus::Canceled.as_str() && row.payment_status == PaymentStatus::Failed.as_str() {
        return Err(ApiError::PaymentFailed(ApiErrorBody::new(vitrine_core::t!("server-payment-failed")).with("payment", "failed")));
    }
    // Read again: settling the payment may have changed it.
    let row = find(&state, &row.number).await?.ok_or_else(|| ApiError::Internal("order vanished".into()))?;
    Ok(Json(view(&state, &row).await?))
}

