//! Synthetic test orders (`vitrine-server test-order`): the operator marks
//! an open cart as a test before ordering from it, and the order placed from
//! it is a test order (`orders.is_test`). Metrics, reports, sales velocity,
//! alerts and follow-ups leave test orders out ([`crate::orders::SOLD`]), and
//! only a test order can be deleted, once nothing of it is out: canceled,
//! or every unit came back in a return. Deleting takes its parcels, returns,
//! emails and cart with it, so a weekly check leaves no trace.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use vitrine_core::ApiErrorBody;

use super::Admin;
use crate::error::{ApiError, Result};
use crate::state::AppState;

/// Mark an open cart as a test: the order placed from it is a test order.
#[utoipa::path(
    post,
    path = "/api/v1/admin/carts/{id}/test",
    tag = "admin",
    params(("id" = String, Path, description = "Cart id")),
    security(("admin_key" = [])),
    responses(
        (status = 204, description = "Marked (marking twice is the same)"),
        (status = 401, body = ApiErrorBody),
        (status = 404, description = "No open cart with this id", body = ApiErrorBody),
    )
)]
pub async fn admin_carts_mark_test(_admin: Admin, State(state): State<AppState>, Path(id): Path<String>) -> Result<StatusCode> {
    let done = sqlx::query("UPDATE carts SET is_test = 1 WHERE id = $1 AND status = 'open'").bind(&id).execute(&state.db.pool).await?;
    if done.rows_affected() != 1 {
        return Err(ApiError::missing("cart", "There is no open cart with this id."));
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Delete a test cart that was not ordered (what a test run that stopped early leaves).
#[utoipa::path(
    delete,
    path = "/api/v1/admin/carts/{id}",
    tag = "admin",
    params(("id" = String, Path, description = "Cart id")),
    security(("admin_key" = [])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody),
        (status = 409, description = "Not a test cart, or an order was placed from it (delete the order)", body = ApiErrorBody),
    )
)]
pub async fn admin_carts_delete(_admin: Admin, State(state): State<AppState>, Path(id): Path<String>) -> Result<StatusCode> {
    let mut tx = state.db.begin_write().await?;
    let lock = state.db.for_update();
    let row: Option<(i64,)> = sqlx::query_as(&format!("SELECT is_test FROM carts WHERE id = $1{lock}")).bind(&id).fetch_optional(&mut *tx).await?;
    let (is_test,) = row.ok_or_else(|| ApiError::missing("cart", "There is no such cart."))?;
    let ordered: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM orders WHERE cart_id = $1").bind(&id).fetch_one(&mut *tx).await?;
    if is_test == 0 || ordered > 0 {
        let why = if is_test == 0 { "Only test carts can be deleted." } else { "An order was placed from this cart: delete the test order instead." };
        return Err(ApiError::Conflict(ApiErrorBody::new(why).with("cart", why)));
    }
    sqlx::query("DELETE FROM idempotency_keys WHERE cart_id = $1").bind(&id).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM carts WHERE id = $1").bind(&id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Delete a test order and everything of it (parcels, returns, emails, its cart).
#[utoipa::path(
    delete,
    path = "/api/v1/admin/orders/{number}",
    tag = "admin",
    params(("number" = String, Path, description = "Order number")),
    security(("admin_key" = [])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody),
        (status = 409, description = "Not a test order, or some of it is still out (not canceled, units not back)", body = ApiErrorBody),
    )
)]
pub async fn admin_orders_delete(_admin: Admin, State(state): State<AppState>, Path(number): Path<String>) -> Result<StatusCode> {
    let mut tx = state.db.begin_write().await?;
    let lock = state.db.for_update();
    let row: Option<(i64, String, String, i64)> = sqlx::query_as(&format!("SELECT id, cart_id, status, is_test FROM orders WHERE number = $1{lock}"))
        .bind(&number)
        .fetch_optional(&mut *tx)
        .await?;
    let (id, cart_id, status, is_test) = row.ok_or_else(|| ApiError::not_found("There is no such order."))?;
    if is_test == 0 {
        return Err(ApiError::Conflict(
            ApiErrorBody::new("Only test orders can be deleted; cancel a real order instead.").with("number", "not a test order"),
        ));
    }
    if status != "canceled" {
        let (ordered, back): (i64, i64) = sqlx::query_as(
            "SELECT CAST(COALESCE((SELECT SUM(quantity) FROM order_lines WHERE order_id = $1), 0) AS BIGINT), \
             CAST(COALESCE((SELECT SUM(rl.received_quantity) FROM return_lines rl JOIN returns r ON r.id = rl.return_id WHERE r.order_id = $1), 0) AS BIGINT)",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        if back < ordered {
            return Err(ApiError::Conflict(
                ApiErrorBody::new(format!("{} of its {ordered} units are still out: cancel the order, or receive them back in a return, first.", ordered - back))
                    .with("status", status.as_str()),
            ));
        }
    }
    sqlx::query("DELETE FROM outbox WHERE order_number = $1").bind(&number).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM idempotency_keys WHERE order_id = $1 OR cart_id = $2").bind(id).bind(&cart_id).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM orders WHERE id = $1").bind(id).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM carts WHERE id = $1 AND is_test = 1").bind(&cart_id).execute(&mut *tx).await?;
    tx.commit().await?;
    state.live.changed(&number);
    Ok(StatusCode::NO_CONTENT)
}
