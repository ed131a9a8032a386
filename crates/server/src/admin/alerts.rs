//! Operator alerts (issue 15): the rules are checked by a background job
//! (under a lease: one instance at a time); a condition that starts to hold
//! raises one alert and one email to the operator, in one transaction; it
//! stays one alert while it holds; it resolves when the operator says so or
//! when the condition clears, and a later occurrence is a new alert. At most
//! one active occurrence per (rule, subject) is a unique index, so racing
//! checks raise it once.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::Json;
use serde::Deserialize;
use vitrine_core::alerts::{Alert, AlertRule, AlertState, AlertThresholds};
use vitrine_core::delivery::Date;
use vitrine_core::ApiErrorBody;

use super::Admin;
use crate::error::{ApiError, Result};
use crate::outbox::{self, esc, Message};
use crate::state::AppState;

/// A rule's condition holding on a subject now.
#[derive(Debug, Clone)]
pub struct Condition {
    pub rule: AlertRule,
    pub subject: String,
    pub title: String,
    pub detail: String,
    pub link: Option<String>,
}

/// Every condition that holds at `at` (unix seconds).
pub async fn conditions(state: &AppState, at: i64, t: &AlertThresholds) -> Result<Vec<Condition>> {
    let mut out = Vec::new();
    for row in super::inventory::list(state, Some("reorder_point"), t.lead_time_days, t.safety_weeks).await? {
        let name = format!("{} – {}", row.product_title, row.variant_title);
        let link = Some(format!("/admin/inventory?below={}", if row.status == "out" { "zero" } else { "reorder_point" }));
        let c = if row.status == "out" {
            Condition { rule: AlertRule::StockOut, title: format!("{name} is out of stock"), detail: format!("SKU {}: nothing available ({} held for orders).", row.sku, row.reserved), link, subject: format!("variant:{}", row.variant_id) }
        } else {
            Condition {
                rule: AlertRule::StockLow,
                title: format!("Reorder {name}"),
                detail: format!("SKU {}: {} available, at or below the reorder point of {}.", row.sku, row.available, row.plan.reorder_point),
                link,
                subject: format!("variant:{}", row.variant_id),
            }
        };
        out.push(c);
    }
    let today = Date::from_unix(at, 0);
    let report = crate::returns::reports::report(state, Some(today.add_days(1 - t.return_window_days.max(1))), Some(today)).await?;
    for p in report.by_product.iter().filter(|p| t.return_rate_high(p.units_sold, p.units_returned)) {
        out.push(Condition {
            rule: AlertRule::ReturnRate,
            subject: format!("product:{}", p.product_handle),
            title: format!("Returns of {} are at {:.0} %", p.product_title, p.return_rate * 100.0),
            detail: format!(
                "{} of {} units sold in the last {} days were sent back{}.",
                p.units_returned,
                p.units_sold,
                t.return_window_days,
                p.top_reason.as_deref().map(|r| format!(", most often: {r}")).unwrap_or_default()
            ),
            link: Some("/admin/metrics".into()),
        });
    }
    for (number, status, placed) in super::orders::late_at(state, at).await? {
        let hours = (at - placed) / 3600;
        let detail = if status == "shipped" {
            format!("Placed {hours} hours ago; a parcel is past its latest estimated delivery day.")
        } else {
            format!("Placed {hours} hours ago and not shipped yet.")
        };
        out.push(Condition { rule: AlertRule::LateShipment, subject: format!("order:{number}"), title: format!("Order {number} is late"), detail, link: Some(format!("/admin/orders/{number}")) });
    }
    let since = at - t.decline_window_minutes.max(1) * 60;
    let (attempts, declined): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN error_code IS NOT NULL THEN 1 ELSE 0 END), 0) AS BIGINT) FROM psp_payment_intents WHERE updated_at > $1 AND updated_at <= $2",
    )
    .bind(since)
    .bind(at)
    .fetch_one(&state.db.pool)
    .await?;
    if t.decline_spike(declined, attempts) {
        out.push(Condition {
            rule: AlertRule::DeclineSpike,
            subject: "payments".into(),
            title: format!("{declined} card payments declined in the last {} minutes", t.decline_window_minutes),
            detail: format!("{declined} of {attempts} card payments were declined: check the payment provider's status and the checkout."),
            link: Some("/admin".into()),
        });
    }
    Ok(out)
}

/// What one check did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Checked {
    pub raised: usize,
    pub cleared: usize,
}

/// Raises an alert for each condition that started to hold, clears those
/// that stopped. Safe to run from several places at once.
pub async fn check(state: &AppState, at: i64) -> Result<Checked> {
    let t = AlertThresholds::default();
    let now_holding = conditions(state, at, &t).await?;
    let active: Vec<(i64, String, String)> = sqlx::query_as("SELECT id, rule, subject FROM alerts WHERE active = 1").fetch_all(&state.db.pool).await?;
    let active_keys: HashMap<(String, String), i64> = active.into_iter().map(|(id, r, s)| ((r, s), id)).collect();
    let mut done = Checked::default();
    let mut holding = std::collections::HashSet::new();
    for c in &now_holding {
        let key = (c.rule.as_str().to_string(), c.subject.clone());
        holding.insert(key.clone());
        if active_keys.contains_key(&key) {
            continue;
        }
        let mut tx = state.db.begin_write().await?;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO alerts (rule, subject, title, detail, link, state, active, raised_at) VALUES ($1, $2, $3, $4, $5, 'open', 1, $6) \
             ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(c.rule.as_str())
        .bind(&c.subject)
        .bind(&c.title)
        .bind(&c.detail)
        .bind(&c.link)
        .bind(at)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else { continue }; // another check raised it first
        let base = state.config.public_url.trim_end_matches('/');
        let href = format!("{base}{}", c.link.as_deref().unwrap_or("/admin"));
        let html = outbox::html_email(state, &c.title, &format!("<p style=\"margin:0\">{}</p>", esc(&c.detail)), Some(("Open the console", &href)));
        let message = Message {
            kind: "alert",
            recipient: state.config.alerts_email.clone(),
            subject: format!("[{}] {}", c.rule.label(), c.title),
            text: format!("{}\n\n{}\n\n{href}\n", c.title, c.detail),
            html,
            order_number: c.subject.strip_prefix("order:").map(str::to_string),
            dedupe_key: format!("alert:{id}"),
        };
        outbox::queue(&mut tx, &message).await?;
        tx.commit().await?;
        done.raised += 1;
    }
    for ((rule, subject), id) in active_keys {
        if holding.contains(&(rule, subject)) {
            continue;
        }
        let cleared = sqlx::query(
            "UPDATE alerts SET active = 0, state = 'resolved', resolved_at = COALESCE(resolved_at, $1), resolved_by = COALESCE(resolved_by, 'cleared') \
             WHERE id = $2 AND active = 1",
        )
        .bind(at)
        .bind(id)
        .execute(&state.db.pool)
        .await?;
        done.cleared += cleared.rows_affected() as usize;
    }
    Ok(done)
}

type AlertRow = (i64, String, String, String, String, Option<String>, String, i64, i64, Option<i64>, Option<String>);
const COLUMNS: &str = "SELECT id, rule, subject, title, detail, link, state, active, raised_at, resolved_at, resolved_by FROM alerts";

fn alert((id, rule, subject, title, detail, link, state, active, raised_at, resolved_at, resolved_by): AlertRow) -> Option<Alert> {
    Some(Alert {
        id,
        rule: AlertRule::parse(&rule)?,
        subject,
        title,
        detail,
        link,
        state: AlertState::parse(&state)?,
        active: active == 1,
        raised_at,
        resolved_at,
        resolved_by,
    })
}

/// Alerts in `state` (all when `None`), newest first (at most 500).
pub async fn list(state: &AppState, which: Option<AlertState>) -> Result<Vec<Alert>> {
    let rows: Vec<AlertRow> = match which {
        Some(s) => sqlx::query_as(&format!("{COLUMNS} WHERE state = $1 ORDER BY raised_at DESC, id DESC LIMIT 500")).bind(s.as_str()).fetch_all(&state.db.pool).await?,
        None => sqlx::query_as(&format!("{COLUMNS} ORDER BY raised_at DESC, id DESC LIMIT 500")).fetch_all(&state.db.pool).await?,
    };
    Ok(rows.into_iter().filter_map(alert).collect())
}

/// The operator resolves an alert; the occurrence stays active (no new
/// alert) until its condition clears. Resolving twice changes nothing.
pub async fn resolve(state: &AppState, id: i64, by: &str, at: i64) -> Result<Alert> {
    sqlx::query("UPDATE alerts SET state = 'resolved', resolved_at = $1, resolved_by = $2 WHERE id = $3 AND state = 'open'")
        .bind(at)
        .bind(by)
        .bind(id)
        .execute(&state.db.pool)
        .await?;
    let row: Option<AlertRow> = sqlx::query_as(&format!("{COLUMNS} WHERE id = $1")).bind(id).fetch_optional(&state.db.pool).await?;
    row.and_then(alert).ok_or_else(|| ApiError::missing("alert", "There is no alert with that id."))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct AlertQuery {
    /// `open` (default), `resolved` or `all`.
    #[serde(default)]
    pub state: Option<String>,
}

/// Alerts, newest first: open ones by default.
#[utoipa::path(
    get,
    path = "/api/v1/admin/alerts",
    tag = "admin",
    params(AlertQuery),
    security(("admin_key" = [])),
    responses((status = 200, body = Vec<Alert>), (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody))
)]
pub async fn admin_alerts_index(_admin: Admin, State(state): State<AppState>, Query(q): Query<AlertQuery>) -> Result<Json<Vec<Alert>>> {
    let which = match q.state.as_deref().map(str::trim).unwrap_or("open") {
        "all" => None,
        "" | "open" => Some(AlertState::Open),
        "resolved" => Some(AlertState::Resolved),
        _ => return Err(ApiError::invalid("state", "must be open, resolved or all")),
    };
    Ok(Json(list(&state, which).await?))
}

/// Resolve an alert (it was dealt with); idempotent.
#[utoipa::path(
    post,
    path = "/api/v1/admin/alerts/{id}/resolve",
    tag = "admin",
    params(("id" = i64, Path, description = "Alert id")),
    security(("admin_key" = [])),
    responses((status = 200, body = Alert), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody))
)]
pub async fn admin_alerts_resolve(admin: Admin, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Json<Alert>> {
    Ok(Json(resolve(&state, id, &admin.name, crate::db::now()).await?))
}
