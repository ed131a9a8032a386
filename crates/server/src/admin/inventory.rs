//! Inventory for the operator: per variant on hand, reserved, available,
//! weekly sales over the last 8 weeks, days of cover and the reorder point
//! (`vitrine_core::inventory`), the low and out-of-stock lists, CSV export,
//! and stock adjustments with a reason in a ledger, never below zero.

pub use vitrine_core::admin::{InventoryRow, AdjustStock, StockAdjustment};
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use vitrine_core::inventory::{self, StockPlan};
use vitrine_core::ApiErrorBody;

use super::Admin;
use crate::db::now;
use crate::error::{ApiError, ApiJson, Result};
use crate::state::AppState;

const WEEKS: usize = 8;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct InventoryQuery {
    /// `reorder_point` (at or below it), `zero` (out of stock); all when absent.
    #[serde(default)]
    pub below: Option<String>,
    /// The supplier's lead time in days (default 7).
    #[serde(default)]
    pub lead_time_days: Option<u32>,
    /// Safety stock in weeks of average sales (default 2; the seed says 2 to 3).
    #[serde(default)]
    pub safety_weeks: Option<u32>,
    /// `csv` for a spreadsheet.
    #[serde(default)]
    pub format: Option<String>,
}

#[derive(sqlx::FromRow)]
struct VariantRow {
    id: i64,
    sku: String,
    handle: String,
    title: String,
    options_json: String,
    stock: i64,
    reserved: i64,
}

/// Every variant's row, optionally only the low or the out-of-stock ones.
pub async fn list(state: &AppState, below: Option<&str>, lead_time_days: u32, safety_weeks: u32) -> Result<Vec<InventoryRow>> {
    let below = match below.map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(b @ ("reorder_point" | "zero")) => Some(b.to_string()),
        Some(_) => return Err(ApiError::invalid("below", "must be reorder_point or zero")),
    };
    if lead_time_days > 365 || safety_weeks > 52 {
        return Err(ApiError::invalid("lead_time_days", "lead time at most 365 days, safety at most 52 weeks"));
    }
    let variants: Vec<VariantRow> = sqlx::query_as(
        "SELECT v.id, v.sku, p.handle, p.title, v.options_json, v.stock, v.reserved FROM variants v JOIN products p ON p.id = v.product_id \
         ORDER BY p.title, v.position, v.id",
    )
    .fetch_all(&state.db.pool)
    .await?;
    let at = now();
    let since = at - WEEKS as i64 * 7 * 86_400;
    let sales: Vec<(i64, i64, i64)> = sqlx::query_as(
        &format!(
            "SELECT l.variant_id, o.created_at, l.quantity FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.created_at > $1 AND {}",
            crate::orders::SOLD
        ),
    )
    .bind(since)
    .fetch_all(&state.db.pool)
    .await?;
    let mut by_variant: std::collections::HashMap<i64, Vec<(i64, i64)>> = std::collections::HashMap::new();
    for (v, t, q) in sales {
        by_variant.entry(v).or_default().push((t, q));
    }
    let mut rows = Vec::new();
    for v in variants {
        let available = crate::stock::available_of(v.stock, v.reserved);
        let weekly = inventory::weekly_sales(by_variant.get(&v.id).map(Vec::as_slice).unwrap_or(&[]), at, WEEKS);
        let plan = StockPlan::new(&weekly, available, lead_time_days, safety_weeks);
        let status = vitrine_core::admin::stock_status(available, &plan);
        let keep = match below.as_deref() {
            Some("zero") => status == "out",
            Some(_) => status != "ok",
            None => true,
        };
        if keep {
            let options: Vec<String> = serde_json::from_str(&v.options_json).unwrap_or_default();
            rows.push(InventoryRow {
                variant_id: v.id,
                sku: v.sku,
                product_handle: v.handle,
                product_title: v.title,
                variant_title: options.join(" / "),
                on_hand: v.stock,
                reserved: v.reserved,
                available,
                weekly_sales: weekly,
                plan,
                status: status.into(),
            });
        }
    }
    Ok(rows)
}

fn csv_field(s: &str) -> String {
    // Quote always; a leading formula character is neutralised for spreadsheets.
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    format!("\"{}\"", s.replace('"', "\"\""))
}

pub fn to_csv(rows: &[InventoryRow]) -> String {
    let mut out = String::from("sku,product,variant,on_hand,reserved,available,sold_8_weeks,weekly_average,days_of_cover,reorder_point,status\n");
    for r in rows {
        let sold: i64 = r.weekly_sales.iter().sum();
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{}.{:02},{},{},{}\n",
            csv_field(&r.sku),
            csv_field(&r.product_title),
            csv_field(&r.variant_title),
            r.on_hand,
            r.reserved,
            r.available,
            sold,
            r.plan.weekly_average_centi / 100,
            r.plan.weekly_average_centi % 100,
            r.plan.days_of_cover.map(|d| d.to_string()).unwrap_or_default(),
            r.plan.reorder_point,
            r.status
        ));
    }
    out
}

/// Stock per variant with weekly sales, days of cover and reorder points.
#[utoipa::path(
    get,
    path = "/api/v1/admin/inventory",
    tag = "admin",
    params(InventoryQuery),
    security(("admin_key" = [])),
    responses(
        (status = 200, description = "JSON rows, or CSV with `format=csv`", body = Vec<InventoryRow>),
        (status = 401, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody),
    )
)]
pub async fn admin_inventory_index(_admin: Admin, State(state): State<AppState>, Query(q): Query<InventoryQuery>) -> Result<Response> {
    let rows = list(&state, q.below.as_deref(), q.lead_time_days.unwrap_or(7), q.safety_weeks.unwrap_or(2)).await?;
    match q.format.as_deref() {
        Some("csv") => Ok((
            [(header::CONTENT_TYPE, "text/csv; charset=utf-8"), (header::CONTENT_DISPOSITION, "attachment; filename=\"inventory.csv\"")],
            to_csv(&rows),
        )
            .into_response()),
        None | Some("json") => Ok(Json(rows).into_response()),
        Some(_) => Err(ApiError::invalid("format", "must be json or csv")),
    }
}

const LEDGER: &str = "SELECT id, variant_id, delta, stock_after, reason, actor, created_at FROM stock_adjustments";

/// A ledger line as stored: id, variant, delta, stock after, reason, actor, time.
type LedgerRow = (i64, i64, i64, i64, String, String, i64);

fn adjustment((id, variant_id, delta, stock_after, reason, actor, created_at): LedgerRow) -> StockAdjustment {
    StockAdjustment { id, variant_id, delta, stock_after, reason, actor, created_at }
}

/// Changes a variant's stock by hand, under its row lock: never below zero
/// nor below what is held for orders; every change is in the ledger.
pub async fn adjust(state: &AppState, variant_id: i64, delta: i64, reason: &str, actor: &str) -> Result<StockAdjustment> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 200 {
        return Err(ApiError::invalid("reason", "Say why, in 1 to 200 characters (it goes in the ledger)."));
    }
    let mut tx = state.db.begin_write().await?;
    let lock = state.db.for_update();
    let row: Option<(i64, i64)> = sqlx::query_as(&format!("SELECT stock, reserved FROM variants WHERE id = $1{lock}")).bind(variant_id).fetch_optional(&mut *tx).await?;
    let (stock, reserved) = row.ok_or_else(|| ApiError::missing("variant", "There is no variant with that id."))?;
    let after = inventory::check_adjustment(stock, reserved, delta).map_err(|why| ApiError::Validation(ApiErrorBody::new(why.clone()).with("delta", why)))?;
    sqlx::query("UPDATE variants SET stock = $1 WHERE id = $2").bind(after).bind(variant_id).execute(&mut *tx).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO stock_adjustments (variant_id, delta, stock_after, reason, actor, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(variant_id)
    .bind(delta)
    .bind(after)
    .bind(reason)
    .bind(actor)
    .bind(now())
    .fetch_one(&mut *tx)
    .await?;
    let entry: LedgerRow = sqlx::query_as(&format!("{LEDGER} WHERE id = $1")).bind(id).fetch_one(&mut *tx).await?;
    tx.commit().await?;
    state.catalog.stock_changed([variant_id]);
    Ok(adjustment(entry))
}

/// Add or take away stock by hand, with a reason.
#[utoipa::path(
    post,
    path = "/api/v1/admin/inventory/{variant_id}/adjustments",
    tag = "admin",
    params(("variant_id" = i64, Path, description = "Variant id")),
    request_body = AdjustStock,
    security(("admin_key" = [])),
    responses(
        (status = 201, description = "Changed; the ledger line", body = StockAdjustment),
        (status = 401, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody),
        (status = 422, description = "Below zero or below what is held, no reason, or zero change: nothing changed", body = ApiErrorBody),
    )
)]
pub async fn admin_inventory_adjust(
    admin: Admin,
    State(state): State<AppState>,
    Path(variant_id): Path<i64>,
    ApiJson(body): ApiJson<AdjustStock>,
) -> Result<(StatusCode, Json<StockAdjustment>)> {
    Ok((StatusCode::CREATED, Json(adjust(&state, variant_id, body.delta, &body.reason, &admin.name).await?)))
}

/// A variant's stock ledger, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/admin/inventory/{variant_id}/adjustments",
    tag = "admin",
    params(("variant_id" = i64, Path, description = "Variant id")),
    security(("admin_key" = [])),
    responses((status = 200, body = Vec<StockAdjustment>), (status = 401, body = ApiErrorBody))
)]
pub async fn admin_inventory_ledger(_admin: Admin, State(state): State<AppState>, Path(variant_id): Path<i64>) -> Result<Json<Vec<StockAdjustment>>> {
    Ok(Json(
        sqlx::query_as::<_, LedgerRow>(&format!("{LEDGER} WHERE variant_id = $1 ORDER BY id DESC LIMIT 500"))
            .bind(variant_id)
            .fetch_all(&state.db.pool)
            .await?
            .into_iter()
            .map(adjustment)
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        assert_eq!(csv_field("Tee, \"soft\""), "\"Tee, \"\"soft\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
    }
}
