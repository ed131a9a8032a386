//! Seed 004's weekly numbers for a period: revenue by day, order value,
//! order cycle time (placed → first parcel), cart abandonment and
//! conversion, inventory turnover, customer lifetime value, and the returns
//! report (rate by product and reason, refund time).

pub use vitrine_core::admin::{DayRevenue, CycleTime, Abandonment, Turnover, Customer, Metrics};
use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::Json;
use vitrine_core::delivery::Date;
use vitrine_core::inventory::median_p90;
use vitrine_core::{ApiErrorBody, Money};

use super::Admin;
use crate::error::{ApiError, Result};
use crate::returns::reports::{self, PeriodQuery};
use crate::state::AppState;

const PAID: &str = crate::orders::SOLD;

fn ratio(a: i64, b: i64, places: i32) -> f64 {
    if b <= 0 {
        return 0.0;
    }
    let scale = 10f64.powi(places);
    (a as f64 / b as f64 * scale).round() / scale
}

fn hours(secs: i64) -> f64 {
    (secs as f64 / 360.0).round() / 10.0
}

pub async fn metrics(state: &AppState, from: Option<Date>, to: Option<Date>) -> Result<Metrics> {
    let returns = reports::report(state, from, to).await?;
    let (from, to) = (returns.from, returns.to);
    let (start, end) = (from.to_days() * 86_400, to.add_days(1).to_days() * 86_400);
    let currency = state.currency();
    let money = |minor: i64| Money::from_minor(minor, currency);
    let pool = &state.db.pool;
    let placed: Vec<(i64, i64, String)> = sqlx::query_as(&format!("SELECT o.created_at, o.total_minor, o.email FROM orders o WHERE o.created_at >= $1 AND o.created_at < $2 AND {PAID}"))
        .bind(start)
        .bind(end)
        .fetch_all(pool)
        .await?;
    let revenue: i64 = placed.iter().map(|p| p.1).sum();
    let mut days: BTreeMap<Date, (i64, i64)> = BTreeMap::new();
    let mut day = from;
    while day <= to && days.len() < 400 {
        days.insert(day, (0, 0));
        day = day.add_days(1);
    }
    for (at, total, _) in &placed {
        let e = days.entry(Date::from_unix(*at, 0)).or_default();
        e.0 += 1;
        e.1 += total;
    }
    let cycles: Vec<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT o.created_at, MIN(s.created_at) FROM orders o JOIN shipments s ON s.order_id = o.id AND s.return_id IS NULL \
         WHERE o.created_at >= $1 AND o.created_at < $2 AND {PAID} GROUP BY o.id, o.created_at"
    ))
    .bind(start)
    .bind(end)
    .fetch_all(pool)
    .await?;
    let mut waits: Vec<i64> = cycles.iter().map(|(placed, shipped)| (shipped - placed).max(0)).collect();
    let mp = median_p90(&mut waits);
    let (carts, ordered): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM orders o WHERE o.cart_id = c.id) THEN 1 ELSE 0 END), 0) AS BIGINT) FROM carts c \
         WHERE c.created_at >= $1 AND c.created_at < $2 AND c.is_test = 0 \
         AND (EXISTS (SELECT 1 FROM cart_lines l WHERE l.cart_id = c.id) OR EXISTS (SELECT 1 FROM orders o WHERE o.cart_id = c.id))",
    )
    .bind(start)
    .bind(end)
    .fetch_one(pool)
    .await?;
    let sold: i64 = sqlx::query_scalar(&format!(
        "SELECT CAST(COALESCE(SUM(l.quantity), 0) AS BIGINT) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.created_at >= $1 AND o.created_at < $2 AND {PAID}"
    ))
    .bind(start)
    .bind(end)
    .fetch_one(pool)
    .await?;
    let on_hand: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(SUM(stock), 0) AS BIGINT) FROM variants").fetch_one(pool).await?;
    let sold_since: i64 = sqlx::query_scalar(&format!(
        "SELECT CAST(COALESCE(SUM(l.quantity), 0) AS BIGINT) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.created_at >= $1 AND {PAID}"
    ))
    .bind(start)
    .fetch_one(pool)
    .await?;
    let adjusted_since: i64 =
        sqlx::query_scalar("SELECT CAST(COALESCE(SUM(delta), 0) AS BIGINT) FROM stock_adjustments WHERE created_at >= $1").bind(start).fetch_one(pool).await?;
    let at_start = (on_hand + sold_since - adjusted_since).max(0);
    let average = (on_hand + at_start) as f64 / 2.0;
    let turns = if average > 0.0 { (sold as f64 / average * 100.0).round() / 100.0 } else { 0.0 };
    // Lifetime value: everything each customer of the period ever paid.
    let emails: std::collections::BTreeSet<String> = placed.iter().map(|p| p.2.to_lowercase()).collect();
    let all: Vec<(String, i64, i64)> =
        sqlx::query_as(&format!("SELECT LOWER(o.email), COUNT(*), CAST(SUM(o.total_minor) AS BIGINT) FROM orders o WHERE {PAID} GROUP BY LOWER(o.email)"))
            .fetch_all(pool)
            .await?;
    let mut customers: Vec<Customer> = all
        .into_iter()
        .filter(|(e, _, _)| emails.contains(e))
        .map(|(email, orders, total)| Customer { email, orders, lifetime_value: money(total) })
        .collect();
    let clv_total: i64 = customers.iter().map(|c| c.lifetime_value.to_minor().unwrap_or(0)).sum();
    let average_clv = if customers.is_empty() { 0 } else { clv_total / customers.len() as i64 };
    customers.sort_by(|a, b| b.lifetime_value.amount.cmp(&a.lifetime_value.amount).then(a.email.cmp(&b.email)));
    customers.truncate(10);
    let orders = placed.len() as i64;
    Ok(Metrics {
        from,
        to,
        orders,
        revenue: money(revenue),
        average_order_value: money(if orders > 0 { (revenue + orders / 2) / orders } else { 0 }),
        revenue_by_day: days.into_iter().map(|(date, (orders, total))| DayRevenue { date, orders, revenue: money(total) }).collect(),
        cycle_time: CycleTime { shipped: cycles.len() as i64, median_hours: mp.map(|m| hours(m.0)), p90_hours: mp.map(|m| hours(m.1)) },
        cart_abandonment: Abandonment { carts, ordered, abandoned: carts - ordered, rate: ratio(carts - ordered, carts, 4) },
        conversion_rate: ratio(ordered, carts, 4),
        inventory_turnover: Turnover { units_sold: sold, units_on_hand: on_hand, units_on_hand_at_start: at_start, turns },
        average_lifetime_value: money(average_clv),
        top_customers: customers,
        returns,
    })
}

/// The weekly numbers for a period (default: the last 30 days).
#[utoipa::path(
    get,
    path = "/api/v1/admin/reports/metrics",
    tag = "admin",
    params(PeriodQuery),
    security(("admin_key" = [])),
    responses((status = 200, body = Metrics), (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody))
)]
pub async fn admin_reports_metrics(_admin: Admin, State(state): State<AppState>, Query(q): Query<PeriodQuery>) -> Result<Json<Metrics>> {
    let (from, to) = (reports::parse_day("from", q.from.as_deref())?, reports::parse_day("to", q.to.as_deref())?);
    if let (Some(f), Some(t)) = (from, to) {
        if t.to_days() - f.to_days() > 366 {
            return Err(ApiError::invalid("from", "a period of at most 366 days"));
        }
    }
    Ok(Json(metrics(&state, from, to).await?))
}
