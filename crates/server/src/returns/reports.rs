//! Seed 004's "track return rates by product and investigate why": return
//! rate per product and per reason over a period, and how long shoppers
//! wait for their money (request to refund or credit; the target is 2
//! business days).

pub use vitrine_core::admin::{ProductReturnRate, ReasonShare, RefundTime, ReturnsReport};
use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::Json;
use serde::Deserialize;
use vitrine_core::delivery::Date;
use vitrine_core::ApiErrorBody;

use crate::admin::Admin;
use crate::db::now;
use crate::error::{ApiError, Result};
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct PeriodQuery {
    /// First day (YYYY-MM-DD, UTC); default 30 days before `to`.
    #[serde(default)]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD, UTC), included; default today.
    #[serde(default)]
    pub to: Option<String>,
}

fn ratio(a: i64, b: i64) -> f64 {
    if b <= 0 { 0.0 } else { (a as f64 / b as f64 * 10_000.0).round() / 10_000.0 }
}

pub fn parse_day(field: &str, s: Option<&str>) -> Result<Option<Date>> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => Date::parse_iso(s).map(Some).ok_or_else(|| ApiError::invalid(field, "must be a date, YYYY-MM-DD")),
    }
}

/// Paid out by the end of the second business day (Monday to Friday, UTC)
/// after the day of the request.
fn within_two_business_days(requested: i64, paid: i64) -> bool {
    Date::from_unix(paid, 0) <= Date::from_unix(requested, 0).add_business_days(2)
}

pub async fn report(state: &AppState, from: Option<Date>, to: Option<Date>) -> Result<ReturnsReport> {
    let to = to.unwrap_or_else(|| Date::from_unix(now(), 0));
    let from = from.unwrap_or_else(|| to.add_days(-29));
    if from > to {
        return Err(ApiError::Validation(ApiErrorBody::new("The period starts after it ends.").with("from", "must be on or before `to`")));
    }
    let (start, end) = (from.to_days() * 86_400, to.add_days(1).to_days() * 86_400);
    let sold: Vec<(String, String, i64)> = sqlx::query_as(
        &format!(
            "SELECT l.product_handle, MAX(l.product_title), CAST(SUM(l.quantity) AS BIGINT) FROM order_lines l JOIN orders o ON o.id = l.order_id \
             WHERE o.created_at >= $1 AND o.created_at < $2 AND {} GROUP BY l.product_handle",
            crate::orders::SOLD
        ),
    )
    .bind(start)
    .bind(end)
    .fetch_all(&state.db.pool)
    .await?;
    let returned: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT l.product_handle, rl.reason, CAST(SUM(rl.quantity) AS BIGINT) FROM return_lines rl JOIN returns r ON r.id = rl.return_id \
         JOIN order_lines l ON l.id = rl.order_line_id JOIN orders o ON o.id = r.order_id \
         WHERE o.created_at >= $1 AND o.created_at < $2 AND o.is_test = 0 AND r.status <> 'rejected' AND r.status <> 'canceled' GROUP BY l.product_handle, rl.reason",
    )
    .bind(start)
    .bind(end)
    .fetch_all(&state.db.pool)
    .await?;
    let counts: (i64, i64) = sqlx::query_as(
        &format!(
            "SELECT COUNT(DISTINCT o.id), COUNT(DISTINCT r.id) FROM orders o LEFT JOIN returns r ON r.order_id = o.id \
             WHERE o.created_at >= $1 AND o.created_at < $2 AND {}",
            crate::orders::SOLD
        ),
    )
    .bind(start)
    .bind(end)
    .fetch_one(&state.db.pool)
    .await?;
    let policy = super::service::policy(state);
    let label = |code: &str| policy.reason_label(code);
    let mut per_product: BTreeMap<String, (i64, BTreeMap<String, i64>)> = BTreeMap::new();
    let mut per_reason: BTreeMap<String, i64> = BTreeMap::new();
    for (handle, reason, units) in &returned {
        let e = per_product.entry(handle.clone()).or_default();
        e.0 += units;
        *e.1.entry(reason.clone()).or_default() += units;
        *per_reason.entry(reason.clone()).or_default() += units;
    }
    let units_sold: i64 = sold.iter().map(|s| s.2).sum();
    let units_returned: i64 = per_reason.values().sum();
    let mut by_product: Vec<ProductReturnRate> = sold
        .into_iter()
        .map(|(handle, title, units)| {
            let (back, reasons) = per_product.remove(&handle).unwrap_or_default();
            let top_reason = reasons.iter().max_by_key(|(code, n)| (**n, std::cmp::Reverse((*code).clone()))).map(|(code, _)| label(code));
            ProductReturnRate { return_rate: ratio(back, units), product_handle: handle, product_title: title, units_sold: units, units_returned: back, top_reason }
        })
        .collect();
    by_product.sort_by(|a, b| b.return_rate.total_cmp(&a.return_rate).then(b.units_returned.cmp(&a.units_returned)).then(a.product_handle.cmp(&b.product_handle)));
    let mut by_reason: Vec<ReasonShare> =
        per_reason.into_iter().map(|(reason, units)| ReasonShare { label: label(&reason), share: ratio(units, units_returned), reason, units }).collect();
    by_reason.sort_by(|a, b| b.units.cmp(&a.units).then(a.reason.cmp(&b.reason)));
    // Money out: the first succeeded payout of each return resolved in the period.
    let paid: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT r.created_at, MIN(p.created_at) FROM returns r JOIN return_payouts p ON p.return_id = r.id JOIN orders o ON o.id = r.order_id \
         WHERE p.status = 'succeeded' AND o.is_test = 0 GROUP BY r.id, r.created_at HAVING MIN(p.created_at) >= $1 AND MIN(p.created_at) < $2",
    )
    .bind(start)
    .bind(end)
    .fetch_all(&state.db.pool)
    .await?;
    let mut hours: Vec<f64> = paid.iter().map(|(req, out)| ((out - req).max(0) as f64) / 3600.0).collect();
    hours.sort_by(f64::total_cmp);
    let pick = |q: f64| -> Option<f64> {
        if hours.is_empty() {
            return None;
        }
        let i = ((hours.len() as f64 - 1.0) * q).round() as usize;
        Some((hours[i] * 10.0).round() / 10.0)
    };
    let on_time = paid.iter().filter(|(req, out)| within_two_business_days(*req, *out)).count() as i64;
    let refund_time = RefundTime {
        resolved: paid.len() as i64,
        median_hours: pick(0.5),
        p90_hours: pick(0.9),
        within_two_business_days: if paid.is_empty() { None } else { Some(ratio(on_time, paid.len() as i64)) },
    };
    Ok(ReturnsReport {
        from,
        to,
        orders: counts.0,
        returns: counts.1,
        units_sold,
        units_returned,
        return_rate: ratio(units_returned, units_sold),
        by_product,
        by_reason,
        refund_time,
    })
}

/// Return rates by product and reason, and refund times, over a period.
#[utoipa::path(
    get,
    path = "/api/v1/admin/reports/returns",
    tag = "admin",
    params(PeriodQuery),
    security(("admin_key" = [])),
    responses((status = 200, body = ReturnsReport), (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody))
)]
pub async fn admin_reports_returns(_admin: Admin, State(state): State<AppState>, Query(q): Query<PeriodQuery>) -> Result<Json<ReturnsReport>> {
    let from = parse_day("from", q.from.as_deref())?;
    let to = parse_day("to", q.to.as_deref())?;
    Ok(Json(report(&state, from, to).await?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_business_days_skip_the_weekend() {
        // Thursday 2026-12-03 10:00 UTC.
        let thu = 1_796_292_000;
        let h = 3600;
        assert!(within_two_business_days(thu, thu + 24 * h), "Friday");
        // Monday (Fri, Mon are the two business days).
        assert!(within_two_business_days(thu, thu + 4 * 24 * h));
        assert!(!within_two_business_days(thu, thu + 5 * 24 * h), "Tuesday is late");
    }
}
