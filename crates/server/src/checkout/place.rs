//! Order placement as named stages, each a function of handler size:
//! [`validate`] (everything is checked again on the server) ->
//! [`write_order`] (one write transaction: lock the cart, take the stock,
//! write the order) -> [`charge`] (the card, outside any lock) ->
//! [`record`] (the charge's outcome settles the order). Recovery points
//! between them are where crash safety hooks in.

use axum::http::StatusCode;
use vitrine_core::address::Address;
use vitrine_core::cart::Cart;
use vitrine_core::checkout::{
    normalize_email, CheckoutRequest, CheckoutResult, NextAction, OrderStatus, PaymentChoice, PaymentKind, PaymentStatus, ShippingMethod,
};
use vitrine_core::ApiErrorBody;

use super::idempotency::{self, Lock};
use super::{methods_for, RESERVATION_SECS};
use crate::carts::view::{self, CartRow, Destination};
use crate::carts::CartStatus;
use crate::db::{now, Tx};
use crate::error::{parse_json, ApiError, Result};
use crate::orders::payment::set_intent;
use crate::orders::{self, add_event, finish_cart, new_number, OrderRow, ORDER_COLUMNS};
use crate::outbox;
use crate::payments::Charge;
use crate::secrets;
use crate::state::AppState;
use crate::stock::{self, Take};

/// An order request that passed every check: what the order is written from.
pub struct Validated {
    pub email: String,
    pub address: Address,
    pub cart: Cart,
    pub method: ShippingMethod,
    pub payment: PaymentChoice,
    /// A store credit code to spend first, and its balance when checked.
    pub credit: Option<(String, i64)>,
}

impl Validated {
    /// How the order is written. An order store credit pays in full is
    /// written like a card order (its stock held) and marked paid at once,
    /// without charging anything.
    fn kind(&self) -> PaymentKind {
        if self.covered() {
            PaymentKind::Card
        } else {
            self.payment.kind()
        }
    }

    fn covered(&self) -> bool {
        self.credit.as_ref().is_some_and(|(_, balance)| self.cart.totals.total.to_minor().is_some_and(|t| *balance >= t))
    }
}

/// Runs every stage; the answer is what the idempotency key stores.
pub async fn place(state: &AppState, row: &CartRow, lock: &Lock, body: &[u8]) -> Result<(StatusCode, CheckoutResult)> {
    let checked = validate(state, row, body).await?;
    let order = write_order(state, row, lock, &checked).await?;
    crate::failpoint::hit("checkout.written", &row.id);
    if order.covered_by_credit() {
        return paid_by_credit(state, &order).await;
    }
    let PaymentChoice::Card { token: card_token } = &checked.payment else {
        return answer(state, &order.number, StatusCode::CREATED, None).await;
    };
    let outcome = charge(state, &order, card_token, &charge_key(lock)).await?;
    crate::failpoint::hit("checkout.charged", &row.id);
    record(state, &order, outcome).await
}

/// Store credit paid the whole order: it is paid now, nothing is charged.
async fn paid_by_credit(state: &AppState, order: &OrderRow) -> Result<(StatusCode, CheckoutResult)> {
    orders::payment::mark_paid(state, order.id, None, None).await?;
    answer(state, &order.number, StatusCode::CREATED, None).await
}

/// The provider's idempotency key for an order attempt's charge.
fn charge_key(lock: &Lock) -> String {
    format!("{}:{}", lock.cart_id, lock.key)
}

/// A request with this key died after its order was written: finish that
/// order from where it stands. The charge is asked again with the same
/// provider idempotency key, which never charges twice.
pub async fn resume(state: &AppState, lock: &Lock, order_id: i64, body: &[u8]) -> Result<(StatusCode, CheckoutResult)> {
    let order: OrderRow = sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = $1"))
        .bind(order_id)
        .fetch_optional(&state.db.pool)
        .await?
        .ok_or_else(|| ApiError::Internal(format!("order {order_id} of an idempotency key vanished")))?;
    let status = OrderStatus::parse(&order.status).unwrap_or(OrderStatus::Canceled);
    tracing::info!(order = %order.number, status = order.status, "resuming a placement after a crash");
    if status != OrderStatus::PendingPayment && status != OrderStatus::Canceled {
        return answer(state, &order.number, StatusCode::CREATED, None).await;
    }
    if status == OrderStatus::PendingPayment && order.covered_by_credit() {
        return paid_by_credit(state, &order).await;
    }
    let outcome = match &order.payment_intent {
        Some(intent) => state.provider.status(intent).await?,
        None if status == OrderStatus::PendingPayment => {
            let req: CheckoutRequest = parse_json(body)?;
            let PaymentChoice::Card { token: card_token } = &req.payment else {
                return answer(state, &order.number, StatusCode::CREATED, None).await;
            };
            Some(charge(state, &order, card_token, &charge_key(lock)).await?)
        }
        None => None,
    };
    match outcome {
        Some(outcome) => record(state, &order, outcome).await,
        None => Err(ApiError::PaymentFailed(
            ApiErrorBody::new(vitrine_core::t!("server-payment-failed")).with("payment", "failed"),
        )),
    }
}

/// Stage 1: the email, the address, the cart's lines and stock, the
/// shipping and payment methods and the total, all checked on the server.
pub async fn validate(state: &AppState, row: &CartRow, body: &[u8]) -> Result<Validated> {
    let req: CheckoutRequest = parse_json(body)?;
    let email = normalize_email(&req.email).ok_or_else(|| ApiError::invalid_sentence("email", vitrine_core::t!("server-email-invalid")))?;
    let address = checked_address(state, &req.shipping_address)?;
    let destination = Destination { country: address.country.clone(), region: Some(address.region.clone()).filter(|r| !r.is_empty()) };
    let cart = view::build_for(state, row, &destination, Some(&req.shipping_method)).await?;
    if cart.lines.is_empty() {
        return Err(ApiError::invalid_sentence("cart", vitrine_core::t!("server-cart-empty")));
    }
    if let Some((line, issue)) = cart.lines.iter().find_map(|l| l.issues.iter().find(|i| i.blocks_checkout()).map(|i| (l, i))) {
        return Err(conflict("cart", vitrine_core::t!("server-line-problem", title = &line.product_title, problem = issue.message(|m| m.format(crate::outbox::money_locale(state, crate::i18n::current()))))));
    }
    let method = methods_for(state, &cart, &address.country)
        .into_iter()
        .find(|m| m.id == req.shipping_method)
        .ok_or_else(|| ApiError::invalid_sentence("shipping_method", vitrine_core::t!("server-shipping-unavailable-address")))?;
    let kind = req.payment.kind();
    let offered = state.catalog.get().rules.payment_methods(&address.country, cart.totals.total, &state.provider.card_provider());
    let Some(payment_method) = offered.iter().find(|m| m.kind == kind) else {
        return Err(ApiError::invalid_sentence("payment", vitrine_core::t!("server-payment-unavailable", method = kind.label())));
    };
    if payment_method.requires_company && address.company.is_empty() {
        return Err(ApiError::invalid_sentence("shipping_address.company", vitrine_core::t!("server-invoice-needs-company")));
    }
    let total = cart.totals.total;
    if req.expected_total.is_some_and(|expected| expected != total) {
        let msg = vitrine_core::t!("server-total-changed", total = total.format(crate::outbox::money_locale(state, crate::i18n::current())));
        return Err(conflict("expected_total", msg));
    }
    let credit = match req.store_credit_code.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        Some(code) => Some(crate::store_credit::check(&state.db, code, cart.currency).await?),
        None => None,
    };
    Ok(Validated { email, address, cart, method, payment: req.payment, credit })
}

fn conflict(field: &str, msg: String) -> ApiError {
    ApiError::Conflict(ApiErrorBody::new(msg.clone()).with(field, msg))
}

/// The address, normalised, or every problem keyed `shipping_address.<field>`.
fn checked_address(state: &AppState, address: &Address) -> Result<Address> {
    let validation = crate::address::check(state, address);
    if validation.valid {
        return Ok(validation.normalized);
    }
    let mut err = ApiErrorBody::new(vitrine_core::t!("server-check-address"));
    for (field, problems) in validation.errors {
        for p in problems {
            err = err.with(&format!("shipping_address.{field}"), p);
        }
    }
    Err(ApiError::Validation(err))
}

/// Stage 2: one write transaction locks the cart, takes every line's stock
/// (held for card orders, sold for the others) and writes the order. A
/// manual-payment order is finished here (cart closed, email queued).
pub async fn write_order(state: &AppState, row: &CartRow, lock: &Lock, checked: &Validated) -> Result<OrderRow> {
    let card = checked.kind() == PaymentKind::Card;
    let mut tx = state.db.begin_write().await?;
    let for_update = state.db.for_update();
    let status: Option<String> =
        sqlx::query_scalar(&format!("SELECT status FROM carts WHERE id = $1{for_update}")).bind(&row.id).fetch_optional(&mut *tx).await?;
    if status.as_deref() != Some(CartStatus::Open.as_str()) {
        return Err(ApiError::Conflict(
            ApiErrorBody::new(vitrine_core::t!("server-cart-not-open")).with("cart", "not open"),
        ));
    }
    let how = if card { Take::Hold } else { Take::Sell };
    for l in &checked.cart.lines {
        if !stock::take(&mut tx, l.variant_id, l.quantity, how).await? {
            drop(tx);
            let left = stock::available(&state.db, l.variant_id).await?;
            let msg = if left <= 0 {
                vitrine_core::t!("server-line-sold-out", title = &l.product_title, variant = &l.variant_title)
            } else {
                vitrine_core::t!("server-line-only-left", count = left, title = &l.product_title, variant = &l.variant_title)
            };
            return Err(conflict("cart", msg));
        }
    }
    let mut order = insert_order(&mut tx, state, row, checked).await?;
    if let Some((code, _)) = &checked.credit {
        let spent = crate::store_credit::spend(&mut tx, for_update, code, order.id, checked.cart.totals.total).await?;
        credit_still_fits(checked, spent)?;
        order = sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = $1")).bind(order.id).fetch_one(&mut *tx).await?;
    }
    idempotency::link_order(&mut tx, lock, order.id).await?;
    let cart_status = if card { CartStatus::CheckingOut } else { CartStatus::Completed };
    if card {
        sqlx::query("UPDATE carts SET status = $1, version = version + 1, updated_at = $2 WHERE id = $3")
            .bind(cart_status.as_str())
            .bind(now())
            .bind(&row.id)
            .execute(&mut *tx)
            .await?;
    } else {
        finish_cart(&mut tx, &order).await?;
        outbox::queue_order_confirmation(state, &mut tx, &order).await?;
    }
    crate::failpoint::hit("checkout.before_commit", &row.id);
    tx.commit().await?;
    state.catalog.stock_changed(checked.cart.lines.iter().map(|l| l.variant_id));
    Ok(order)
}

/// An order written as paid by store credit (because the balance covered it
/// when checked) must still be covered once the credit is spent under the
/// lock: a parallel checkout may have spent part of it in between. A card
/// order charges the rest to the card; any other method would leave an
/// order nobody pays, so it is refused and the transaction rolls back.
fn credit_still_fits(checked: &Validated, spent: i64) -> Result<()> {
    let total = checked.cart.totals.total.to_minor().unwrap_or(0);
    if !checked.covered() || spent >= total || checked.payment.kind() == PaymentKind::Card {
        return Ok(());
    }
    Err(ApiError::invalid_sentence("store_credit_code", vitrine_core::t!("server-credit-spent-meanwhile")))
}

/// Writes the order, its lines and its first event.
async fn insert_order(tx: &mut Tx, state: &AppState, row: &CartRow, checked: &Validated) -> Result<OrderRow> {
    let Validated { cart, method, address, email, .. } = checked;
    let kind = checked.kind();
    let mut number = new_number();
    while sqlx::query_scalar::<_, i64>("SELECT id FROM orders WHERE number = $1").bind(&number).fetch_optional(&mut **tx).await?.is_some() {
        number = new_number();
    }
    let (order_status, payment_status) = match kind {
        PaymentKind::Card => (OrderStatus::PendingPayment, PaymentStatus::Pending),
        PaymentKind::CashOnDelivery => (OrderStatus::Confirmed, PaymentStatus::OnDelivery),
        PaymentKind::BankTransfer | PaymentKind::Invoice => (OrderStatus::AwaitingPayment, PaymentStatus::Awaiting),
    };
    let ts = now();
    // The language the shopper checked out in: their emails are written in it.
    sqlx::query("UPDATE carts SET locale = $1 WHERE id = $2").bind(crate::i18n::current().tag()).bind(&row.id).execute(&mut **tx).await?;
    let order_id: i64 = sqlx::query_scalar(
        "INSERT INTO orders (number, cart_id, email, status, currency, total_minor, totals_json, shipping_address_json, shipping_method, \
         shipping_method_name, payment_kind, payment_status, discount_code, reserved_until, created_at, updated_at, ship_min_days, ship_max_days, is_test, locale) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16, $17, (SELECT is_test FROM carts WHERE id = $2), $18) RETURNING id",
    )
    .bind(&number)
    .bind(&row.id)
    .bind(email)
    .bind(order_status.as_str())
    .bind(cart.currency.code())
    .bind(cart.totals.total.to_minor().unwrap_or(0))
    .bind(serde_json::to_string(&cart.totals).unwrap_or_default())
    .bind(serde_json::to_string(address).unwrap_or_default())
    .bind(&method.id)
    .bind(&method.name)
    .bind(kind.as_str())
    .bind(payment_status.as_str())
    .bind(cart.totals.discount_code.clone())
    .bind((kind == PaymentKind::Card).then_some(ts + RESERVATION_SECS))
    .bind(ts)
    .bind(i64::from(method.min_days))
    .bind(i64::from(method.max_days))
    .bind(crate::i18n::current().tag())
    .fetch_one(&mut **tx)
    .await?;
    for l in &cart.lines {
        let lt = cart.totals.lines.iter().find(|t| t.key == l.id);
        sqlx::query(
            "INSERT INTO order_lines (order_id, variant_id, product_handle, product_title, variant_title, sku, image_json, quantity, \
             unit_price_minor, discount_minor, total_minor) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(order_id)
        .bind(l.variant_id)
        .bind(&l.product_handle)
        .bind(&l.product_title)
        .bind(&l.variant_title)
        .bind(&l.sku)
        .bind(l.image.as_ref().and_then(|i| serde_json::to_string(i).ok()))
        .bind(l.quantity)
        .bind(l.unit_price.to_minor().unwrap_or(0))
        .bind(lt.and_then(|t| t.discount.to_minor()).unwrap_or(0))
        .bind(lt.and_then(|t| t.total.to_minor()).unwrap_or(0))
        .execute(&mut **tx)
        .await?;
    }
    // The order's language is the request's (stored with it above).
    add_event(tx, state, order_id, "placed", crate::i18n::current(), &crate::said::Said::new("server-event-placed")).await?;
    Ok(sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = $1")).bind(order_id).fetch_one(&mut **tx).await?)
}

/// Stage 3: charges the card, outside any lock (the reservation holds the
/// stock meanwhile). The provider's idempotency key is the checkout's, so a
/// retried charge never charges twice. Unreachable provider: the order is
/// canceled and its stock released.
pub async fn charge(state: &AppState, order: &OrderRow, card_token: &str, idempotency_key: &str) -> Result<Charge> {
    let due = vitrine_core::Money::from_minor(order.due_minor(), order.currency());
    match state.provider.charge(due, card_token, &order.number, idempotency_key).await {
        Ok(c) => Ok(c),
        Err(e) => {
            orders::cancel_pending(state, order.id, orders::PendingCancel::ProviderUnreachable).await?;
            Err(e)
        }
    }
}

/// Stage 4: the charge's outcome settles the order: paid, waiting for the
/// shopper's challenge, or declined (canceled, stock released, cart open).
pub async fn record(state: &AppState, order: &OrderRow, outcome: Charge) -> Result<(StatusCode, CheckoutResult)> {
    match outcome {
        Charge::Succeeded { intent, brand, last4 } => {
            set_intent(state, order.id, &intent).await?;
            orders::mark_paid(state, order.id, brand, last4).await?;
            answer(state, &order.number, StatusCode::CREATED, None).await
        }
        Charge::RequiresAction { intent, url, brand, last4 } => {
            sqlx::query("UPDATE orders SET payment_intent = $1, payment_status = $2, card_brand = $3, card_last4 = $4 WHERE id = $5")
                .bind(&intent)
                .bind(PaymentStatus::RequiresAction.as_str())
                .bind(brand.map(|b| b.as_str().to_string()))
                .bind(last4)
                .bind(order.id)
                .execute(&state.db.pool)
                .await?;
            answer(state, &order.number, StatusCode::ACCEPTED, Some(NextAction::Challenge { url })).await
        }
        Charge::Declined { intent, decline } => {
            if let Some(i) = intent {
                set_intent(state, order.id, &i).await?;
            }
            orders::cancel_pending(state, order.id, orders::PendingCancel::Declined(&decline)).await?;
            Err(ApiError::PaymentFailed(ApiErrorBody::new(decline.message.clone()).with("payment", decline.message).with("decline_code", decline.code)))
        }
    }
}

/// The checkout's answer: the order as stored now, and its link token.
async fn answer(state: &AppState, number: &str, status: StatusCode, next_action: Option<NextAction>) -> Result<(StatusCode, CheckoutResult)> {
    let row = orders::find(state, number).await?.ok_or_else(|| ApiError::Internal("order vanished".into()))?;
    let order_token = secrets::link_token(&state.link_secret, number);
    Ok((status, CheckoutResult { order: orders::view(state, &row).await?, order_token, next_action }))
}

