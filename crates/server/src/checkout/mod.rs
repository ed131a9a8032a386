//! Checkout: shipping and payment methods for a cart, and order placement.
//!
//! Placement (`POST /carts/{id}/checkout`, `Idempotency-Key` required):
//! 1. the key is claimed for (cart, key, body hash); a repeat replays the
//!    first answer, waits for it, or is refused if the body differs;
//! 2. email, address, shipping method, payment method and prices are
//!    checked again on the server (client totals are never used);
//! 3. one write transaction locks the cart and reserves every line with a
//!    conditional update (`stock - reserved >= quantity`), so stock is never
//!    oversold, then writes the order;
//! 4. the card is charged outside any lock; success turns the reservation
//!    into a sale, failure releases it; a challenge leaves it held until the
//!    shopper finishes (or the reservation expires).

mod idempotency;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::checkout::{CheckoutRequest, CheckoutResult, NextAction, OrderStatus, PaymentChoice, PaymentKind, PaymentMethod, ShippingMethod};
use vitrine_core::{ApiErrorBody, Locale, Money};

use crate::carts::view::{self, CartRow, Destination};
use crate::carts::{authorized, token};
use crate::db::now;
use crate::error::{parse_json, ApiError, Result};
use crate::orders::{self, add_event, finish_cart, new_number, order_token, OrderRow, ORDER_COLUMNS};
use crate::payments::{self, Charge};
use crate::state::AppState;

/// How long a card order may wait for its payment (challenge) before its stock is released.
pub const RESERVATION_SECS: i64 = 15 * 60;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(cart_shipping_methods_index))
        .routes(routes!(cart_payment_methods_index))
        .routes(routes!(cart_checkout_create))
}

fn methods_for(state: &AppState, cart: &vitrine_core::cart::Cart, country: &str) -> Vec<ShippingMethod> {
    let after_discounts = cart.totals.subtotal.minus(cart.totals.lines.iter().fold(Money::zero(cart.currency), |a, l| a.plus(l.discount)));
    let ts = now();
    state
        .catalog
        .get()
        .rules
        .rates_for(country)
        .into_iter()
        .map(|r| {
            let free = r.free_over.is_some_and(|f| after_discounts.amount >= f.amount);
            ShippingMethod {
                price: if free { Money::zero(cart.currency) } else { r.price },
                list_price: r.price,
                delivery_from: crate::dates::add_business_days(ts, r.min_days),
                delivery_to: crate::dates::add_business_days(ts, r.max_days),
                id: r.id,
                name: r.name,
                min_days: r.min_days,
                max_days: r.max_days,
            }
        })
        .collect()
}

fn need_country() -> ApiError {
    ApiError::invalid("country", "Enter a shipping address first: the methods depend on where it goes.")
}

/// Ways to ship this cart to its destination (set with `PATCH /carts/{id}`), priced for it.
#[utoipa::path(
    get,
    path = "/api/v1/carts/{id}/shipping-methods",
    tag = "checkout",
    params(("id" = String, Path, description = "Cart id")),
    security(("cart_token" = [])),
    responses(
        (status = 200, body = Vec<ShippingMethod>),
        (status = 404, body = ApiErrorBody),
        (status = 422, description = "The cart has no destination yet", body = ApiErrorBody),
    )
)]
pub async fn cart_shipping_methods_index(State(state): State<AppState>, Path(id): Path<String>, headers: HeaderMap) -> Result<Json<Vec<ShippingMethod>>> {
    let row = authorized(&state, &id, &headers).await?;
    let country = row.country.clone().ok_or_else(need_country)?;
    let cart = view::build(&state, &row, None).await?;
    Ok(Json(methods_for(&state, &cart, &country)))
}

/// Payment methods for this cart's country, currency and total.
#[utoipa::path(
    get,
    path = "/api/v1/carts/{id}/payment-methods",
    tag = "checkout",
    params(("id" = String, Path, description = "Cart id")),
    security(("cart_token" = [])),
    responses(
        (status = 200, body = Vec<PaymentMethod>),
        (status = 404, body = ApiErrorBody),
        (status = 422, description = "The cart has no destination yet", body = ApiErrorBody),
    )
)]
pub async fn cart_payment_methods_index(State(state): State<AppState>, Path(id): Path<String>, headers: HeaderMap) -> Result<Json<Vec<PaymentMethod>>> {
    let row = authorized(&state, &id, &headers).await?;
    let country = row.country.clone().ok_or_else(need_country)?;
    let cart = view::build(&state, &row, None).await?;
    let rules = &state.catalog.get().rules.payments;
    Ok(Json(payments::offered(rules, &country, cart.totals.total, &state.provider.card_provider()).into_iter().map(|(m, _)| m).collect()))
}

fn idempotency_key(headers: &HeaderMap) -> Result<String> {
    let key = headers.get("idempotency-key").and_then(|v| v.to_str().ok()).map(str::trim).unwrap_or("");
    if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(ApiError::invalid(
            "Idempotency-Key",
            "is required: a unique value (e.g. a UUID) per order attempt, reused when retrying the same attempt",
        ));
    }
    Ok(key.to_string())
}

/// Place the order. Send an `Idempotency-Key`: repeating a request with the
/// same key (a double click, a retry after a timeout) returns the first
/// answer and never creates a second order or charge.
#[utoipa::path(
    post,
    path = "/api/v1/carts/{id}/checkout",
    tag = "checkout",
    params(
        ("id" = String, Path, description = "Cart id"),
        ("Idempotency-Key" = String, Header, description = "Unique per order attempt; reuse it to retry the same attempt"),
    ),
    request_body = CheckoutRequest,
    security(("cart_token" = [])),
    responses(
        (status = 201, description = "Order placed (paid, or awaiting a transfer or invoice)", body = CheckoutResult),
        (status = 202, description = "Order placed; the shopper must pass the card challenge at `next_action.url`", body = CheckoutResult),
        (status = 402, description = "The card was declined; the message says why. Nothing was ordered.", body = ApiErrorBody),
        (status = 404, body = ApiErrorBody),
        (status = 409, description = "Out of stock, prices changed, or the same key is still being processed", body = ApiErrorBody),
        (status = 422, description = "Invalid email, address (per field, e.g. `shipping_address.postal_code`), method, or key reused with another body", body = ApiErrorBody),
    )
)]
pub async fn cart_checkout_create(State(state): State<AppState>, Path(id): Path<String>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let outcome = async {
        let row = authorized(&state, &id, &headers).await?;
        let key = idempotency_key(&headers)?;
        let hash = token::hash(&String::from_utf8_lossy(&body));
        match idempotency::claim(&state.db, &row.id, &key, &hash).await? {
            idempotency::Claim::Replay(status, stored) => {
                return Ok((StatusCode::from_u16(status).unwrap_or(StatusCode::OK), [("content-type", "application/json")], stored).into_response());
            }
            idempotency::Claim::Fresh => {}
        }
        let result = place(&state, &row, &key, &body).await;
        let (status, json) = match &result {
            Ok((s, r)) => (*s, serde_json::to_string(r).unwrap_or_default()),
            Err(ApiError::Internal(_)) => {
                idempotency::release(&state.db, &row.id, &key).await?;
                return result.map(|_| unreachable!());
            }
            Err(e) => (e.status(), serde_json::to_string(&e.body()).unwrap_or_default()),
        };
        idempotency::finish(&state.db, &row.id, &key, status.as_u16(), &json).await?;
        Ok((status, [("content-type", "application/json")], json).into_response())
    }
    .await;
    outcome.unwrap_or_else(IntoResponse::into_response)
}

fn check_email(email: &str) -> Result<String> {
    let e = email.trim().to_lowercase();
    let ok = e.len() <= 254
        && !e.contains(char::is_whitespace)
        && e.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !domain.contains('@')
        });
    if ok { Ok(e) } else { Err(ApiError::invalid("email", "Enter an email address like name@example.com.")) }
}

async fn place(state: &AppState, row: &CartRow, key: &str, body: &[u8]) -> Result<(StatusCode, CheckoutResult)> {
    let req: CheckoutRequest = parse_json(body)?;
    let locale = Locale::from_tag(&state.shop.locale);
    let email = check_email(&req.email)?;
    let validation = crate::address::check(state, &req.shipping_address);
    if !validation.valid {
        let mut err = ApiErrorBody::new("Check the shipping address.");
        for (field, problems) in validation.errors {
            for p in problems {
                err = err.with(&format!("shipping_address.{field}"), p);
            }
        }
        return Err(ApiError::Validation(err));
    }
    let address = validation.normalized;
    let destination = Destination { country: address.country.clone(), region: Some(address.region.clone()).filter(|r| !r.is_empty()) };
    let cart = view::build_for(state, row, &destination, Some(&req.shipping_method)).await?;
    if cart.lines.is_empty() {
        return Err(ApiError::invalid("cart", "Your cart is empty."));
    }
    if let Some(line) = cart.lines.iter().find(|l| l.issues.iter().any(|i| i.blocks_checkout())) {
        let issue = line.issues.iter().find(|i| i.blocks_checkout()).map(|i| i.message(|m| m.format(locale))).unwrap_or_default();
        let msg = format!("{}: {issue}", line.product_title);
        return Err(ApiError::Conflict(ApiErrorBody::new(msg.clone()).with("cart", msg)));
    }
    let method = methods_for(state, &cart, &address.country)
        .into_iter()
        .find(|m| m.id == req.shipping_method)
        .ok_or_else(|| ApiError::invalid("shipping_method", "That shipping method isn't available for this address. Choose another."))?;
    let offered = payments::offered(&state.catalog.get().rules.payments, &address.country, cart.totals.total, &state.provider.card_provider());
    let kind = req.payment.kind();
    let Some((payment_method, _)) = offered.iter().find(|(m, _)| m.kind == kind) else {
        return Err(ApiError::invalid("payment", format!("{} isn't available for this order. Choose another way to pay.", kind.label())));
    };
    if payment_method.requires_company && address.company.is_empty() {
        return Err(ApiError::invalid("shipping_address.company", "Paying by invoice needs a company name on the address."));
    }
    let total = cart.totals.total;
    if let Some(expected) = req.expected_total {
        if expected != total {
            let msg = format!("The total changed to {} since you last saw it. Please check your order and place it again.", total.format(locale));
            return Err(ApiError::Conflict(ApiErrorBody::new(msg.clone()).with("expected_total", msg)));
        }
    }

    // Reserve stock and write the order, atomically.
    let mut tx = state.db.begin_write().await?;
    let lock = state.db.for_update();
    let status: Option<String> =
        sqlx::query_scalar(&format!("SELECT status FROM carts WHERE id = $1{lock}")).bind(&row.id).fetch_optional(&mut *tx).await?;
    if status.as_deref() != Some("open") {
        return Err(ApiError::Conflict(
            ApiErrorBody::new("This cart is already being checked out or was ordered. Reload to see its state.").with("cart", "not open"),
        ));
    }
    let card = kind == PaymentKind::Card;
    for l in &cart.lines {
        // Card orders hold stock until the payment settles; the others sell it now.
        let sql = if card {
            "UPDATE variants SET reserved = reserved + $1 WHERE id = $2 AND stock - reserved >= $1"
        } else {
            "UPDATE variants SET stock = stock - $1 WHERE id = $2 AND stock - reserved >= $1"
        };
        let done = sqlx::query(sql).bind(l.quantity).bind(l.variant_id).execute(&mut *tx).await?;
        if done.rows_affected() == 0 {
            drop(tx);
            let left: i64 = sqlx::query_scalar("SELECT stock - reserved FROM variants WHERE id = $1")
                .bind(l.variant_id)
                .fetch_optional(&state.db.pool)
                .await?
                .unwrap_or(0);
            let msg = if left <= 0 {
                format!("{} ({}) just sold out.", l.product_title, l.variant_title)
            } else {
                format!("Only {left} of {} ({}) left. Lower the quantity to continue.", l.product_title, l.variant_title)
            };
            return Err(ApiError::Conflict(ApiErrorBody::new(msg.clone()).with("cart", msg)));
        }
    }
    let mut number = new_number();
    while sqlx::query_scalar::<_, i64>("SELECT id FROM orders WHERE number = $1").bind(&number).fetch_optional(&mut *tx).await?.is_some() {
        number = new_number();
    }
    let (order_status, payment_status) = match kind {
        PaymentKind::Card => (OrderStatus::PendingPayment, "pending"),
        PaymentKind::CashOnDelivery => (OrderStatus::Confirmed, "on_delivery"),
        PaymentKind::BankTransfer | PaymentKind::Invoice => (OrderStatus::AwaitingPayment, "awaiting"),
    };
    let ts = now();
    let order_id: i64 = sqlx::query_scalar(
        "INSERT INTO orders (number, cart_id, email, status, currency, total_minor, totals_json, shipping_address_json, shipping_method, \
         shipping_method_name, payment_kind, payment_status, discount_code, reserved_until, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id",
    )
    .bind(&number)
    .bind(&row.id)
    .bind(&email)
    .bind(order_status.as_str())
    .bind(cart.currency.code())
    .bind(total.to_minor().unwrap_or(0))
    .bind(serde_json::to_string(&cart.totals).unwrap_or_default())
    .bind(serde_json::to_string(&address).unwrap_or_default())
    .bind(&method.id)
    .bind(format!("{} ({}–{} business days)", method.name, method.min_days, method.max_days))
    .bind(kind.as_str())
    .bind(payment_status)
    .bind(cart.totals.discount_code.clone())
    .bind(card.then_some(ts + RESERVATION_SECS))
    .bind(ts)
    .fetch_one(&mut *tx)
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
        .execute(&mut *tx)
        .await?;
    }
    add_event(&mut tx, order_id, "placed", "Order placed.").await?;
    let order_row: OrderRow = sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = $1")).bind(order_id).fetch_one(&mut *tx).await?;
    if card {
        sqlx::query("UPDATE carts SET status = 'checking_out', version = version + 1, updated_at = $1 WHERE id = $2")
            .bind(ts)
            .bind(&row.id)
            .execute(&mut *tx)
            .await?;
    } else {
        finish_cart(&mut tx, &order_row).await?;
    }
    tx.commit().await?;
    state.stock_changed(cart.lines.iter().map(|l| l.variant_id));
    if !card {
        orders::send_confirmation(state, &order_row).await?;
    }

    let order_token = order_token(&state.secret, &number);
    let PaymentChoice::Card { token: card_token } = &req.payment else {
        let order = orders::view(state, &order_row).await?;
        return Ok((StatusCode::CREATED, CheckoutResult { order, order_token, next_action: None }));
    };
    // Charge outside any lock; the reservation holds the stock meanwhile.
    let charge = match state.provider.charge(total, card_token, &number, &format!("{}:{key}", row.id)).await {
        Ok(c) => c,
        Err(e) => {
            orders::cancel_pending(state, order_id, "The payment provider could not be reached.").await?;
            return Err(e);
        }
    };
    match charge {
        Charge::Succeeded { intent, brand, last4 } => {
            set_intent(state, order_id, &intent).await?;
            orders::mark_paid(state, order_id, brand, last4).await?;
            let row = orders::find(state, &number).await?.ok_or_else(|| ApiError::Internal("order vanished".into()))?;
            Ok((StatusCode::CREATED, CheckoutResult { order: orders::view(state, &row).await?, order_token, next_action: None }))
        }
        Charge::RequiresAction { intent, url, brand, last4 } => {
            sqlx::query("UPDATE orders SET payment_intent = $1, payment_status = 'requires_action', card_brand = $2, card_last4 = $3 WHERE id = $4")
                .bind(&intent)
                .bind(brand.map(|b| b.as_str().to_string()))
                .bind(last4)
                .bind(order_id)
                .execute(&state.db.pool)
                .await?;
            let row = orders::find(state, &number).await?.ok_or_else(|| ApiError::Internal("order vanished".into()))?;
            Ok((
                StatusCode::ACCEPTED,
                CheckoutResult { order: orders::view(state, &row).await?, order_token, next_action: Some(NextAction::Challenge { url }) },
            ))
        }
        Charge::Declined { intent, decline } => {
            if let Some(i) = intent {
                set_intent(state, order_id, &i).await?;
            }
            orders::cancel_pending(state, order_id, &decline.message).await?;
            Err(ApiError::PaymentFailed(ApiErrorBody::new(decline.message.clone()).with("payment", decline.message).with("decline_code", decline.code)))
        }
    }
}

async fn set_intent(state: &AppState, order_id: i64, intent: &str) -> Result<()> {
    sqlx::query("UPDATE orders SET payment_intent = $1 WHERE id = $2").bind(intent).bind(order_id).execute(&state.db.pool).await?;
    Ok(())
}
