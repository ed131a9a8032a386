//! Shipments and their carrier events, and the order status they imply.
//! Every change locks the order row, goes through the core state machine
//! (`vitrine_core::lifecycle`), writes the order's history and the
//! shopper's email in the same transaction, then wakes live order pages.

pub use vitrine_core::admin::{CreateShipment, CreateTrackingEvent};
use vitrine_core::checkout::{OrderShipment, OrderStatus};
use vitrine_core::delivery::{Date, DeliveryWindow, EstimateSource};
use vitrine_core::lifecycle::{Fulfilment, LifecycleEvent, OrderedLine, Refusal, RefusalCode, Shipment, ShipmentLine};
use vitrine_core::tracking::{current_status, timeline, TrackingEvent, TrackingStatus};
use vitrine_core::ApiErrorBody;

use super::{estimates, messages};
use crate::db::{now, Tx};
use crate::error::{ApiError, Result};
use crate::orders::{add_event, add_event_at, OrderRow, ORDER_COLUMNS};
use crate::said::Said;
use crate::state::AppState;

fn refused(r: Refusal) -> ApiError {
    let field = match r.code {
        RefusalCode::UnknownLine | RefusalCode::DuplicateLine | RefusalCode::InvalidQuantity | RefusalCode::EmptyShipment => "lines",
        _ => "order",
    };
    let body = ApiErrorBody::new(r.message.clone()).with(field, r.message.clone()).with("code", serde_json::to_value(r.code).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default());
    match r.code {
        RefusalCode::UnknownLine | RefusalCode::DuplicateLine | RefusalCode::InvalidQuantity | RefusalCode::EmptyShipment => ApiError::Validation(body),
        _ => ApiError::Conflict(body),
    }
}

fn no_order() -> ApiError {
    ApiError::missing("order", "There is no order with that number.")
}

fn check_text(field: &str, value: &str, max: usize) -> Result<String> {
    let v = value.trim();
    if v.is_empty() || v.chars().count() > max || v.chars().any(char::is_control) {
        return Err(ApiError::invalid(field, format!("must be 1 to {max} printable characters")));
    }
    Ok(v.to_string())
}

fn check_url(field: &str, value: Option<&str>) -> Result<Option<String>> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) if (v.starts_with("https://") || v.starts_with("http://")) && v.len() <= 500 && !v.contains(char::is_whitespace) => Ok(Some(v.into())),
        Some(_) => Err(ApiError::invalid(field, "must be an http(s) URL of at most 500 characters")),
    }
}

/// Locks the order by number inside `tx`.
async fn lock_order(state: &AppState, tx: &mut Tx, number: &str) -> Result<OrderRow> {
    let lock = state.db.for_update();
    sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE number = $1{lock}"))
        .bind(number)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or_else(no_order)
}

/// The order's lines and parcels, as the state machine sees them.
async fn fulfilment(tx: &mut Tx, order_id: i64) -> Result<Fulfilment> {
    let lines: Vec<(i64, i64)> = sqlx::query_as("SELECT id, quantity FROM order_lines WHERE order_id = $1 ORDER BY id").bind(order_id).fetch_all(&mut **tx).await?;
    let mut f = Fulfilment::new(lines.into_iter().map(|(line_id, quantity)| OrderedLine { line_id, quantity }).collect());
    let parcels: Vec<(i64, Option<String>)> =
        sqlx::query_as("SELECT id, status FROM shipments WHERE order_id = $1 ORDER BY id").bind(order_id).fetch_all(&mut **tx).await?;
    for (id, status) in parcels {
        let lines: Vec<(i64, i64)> =
            sqlx::query_as("SELECT line_id, quantity FROM shipment_lines WHERE shipment_id = $1 ORDER BY line_id").bind(id).fetch_all(&mut **tx).await?;
        let lines = lines.into_iter().map(|(line_id, quantity)| ShipmentLine { line_id, quantity }).collect();
        f.shipments.push(Shipment { id, lines, tracking: status.as_deref().and_then(TrackingStatus::parse) });
    }
    Ok(f)
}

async fn set_status(tx: &mut Tx, order: &OrderRow, to: OrderStatus) -> Result<()> {
    sqlx::query("UPDATE orders SET status = $1, updated_at = $2 WHERE id = $3").bind(to.as_str()).bind(now()).bind(order.id).execute(&mut **tx).await?;
    Ok(())
}

/// Ships lines of a paid order in a new parcel. Shipping more than was
/// ordered, or the same units twice (two operators at once), is refused.
pub async fn create(state: &AppState, number: &str, req: &CreateShipment) -> Result<OrderShipment> {
    let carrier = check_text("carrier", &req.carrier, 60)?;
    let tracking_number = check_text("tracking_number", &req.tracking_number, 80)?;
    let tracking_url = check_url("tracking_url", req.tracking_url.as_deref())?;
    let service = req.service.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(|s| check_text("service", s, 60)).transpose()?;
    let mut tx = state.db.begin_write().await?;
    let order = lock_order(state, &mut tx, number).await?;
    let status = OrderStatus::parse(&order.status).unwrap_or(OrderStatus::Canceled);
    let mut f = fulfilment(&mut tx, order.id).await?;
    let lines = if req.lines.is_empty() { f.remaining_lines() } else { req.lines.clone() };
    let ts = now();
    let (min_days, max_days) = ship_days(&mut tx, order.id).await?;
    let window = estimates::for_shipment(ts, min_days, max_days);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO shipments (order_id, carrier, tracking_number, tracking_url, service, est_earliest, est_latest, est_source, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(order.id)
    .bind(&carrier)
    .bind(&tracking_number)
    .bind(&tracking_url)
    .bind(&service)
    .bind(window.map(|w| w.earliest.to_string()))
    .bind(window.map(|w| w.latest.to_string()))
    .bind(window.as_ref().map(estimates::source_str))
    .bind(ts)
    .fetch_one(&mut *tx)
    .await?;
    let next = f.apply(status, &LifecycleEvent::Ship { shipment_id: id, lines: lines.clone() }).map_err(refused)?;
    for l in &lines {
        sqlx::query("INSERT INTO shipment_lines (shipment_id, line_id, quantity) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(l.line_id)
            .bind(l.quantity)
            .execute(&mut *tx)
            .await?;
    }
    set_status(&mut tx, &order, next).await?;
    let key = if next == OrderStatus::PartiallyShipped { "server-event-shipped-part" } else { "server-event-shipped" };
    let said = Said::new(key).text("carrier", &carrier).text("tracking", &tracking_number);
    add_event(&mut tx, state, order.id, "shipped", order.lang(), &said).await?;
    let parcel = shipment_views(&mut tx, order.id).await?.into_iter().find(|s| s.id == id).ok_or_else(|| ApiError::Internal("shipment vanished".into()))?;
    messages::shipped(state, &mut tx, &order, &parcel).await?;
    tx.commit().await?;
    state.live.changed(&order.number);
    Ok(parcel)
}

async fn ship_days(tx: &mut Tx, order_id: i64) -> Result<(Option<i64>, Option<i64>)> {
    Ok(sqlx::query_as("SELECT ship_min_days, ship_max_days FROM orders WHERE id = $1").bind(order_id).fetch_one(&mut **tx).await?)
}

/// Records a carrier checkpoint. Events are ordered by their own time, so a
/// late or repeated delivery changes nothing twice, and a status may move
/// back (an exception, then in transit). Returns false for a duplicate.
pub async fn record_event(state: &AppState, shipment_id: i64, event: &TrackingEvent, expected: Option<Expected>) -> Result<bool> {
    let mut tx = state.db.begin_write().await?;
    let number: Option<String> = sqlx::query_scalar("SELECT o.number FROM shipments s JOIN orders o ON o.id = s.order_id WHERE s.id = $1")
        .bind(shipment_id)
        .fetch_optional(&mut *tx)
        .await?;
    let number = number.ok_or_else(|| ApiError::missing("shipment", "There is no shipment with that id."))?;
    let order = lock_order(state, &mut tx, &number).await?;
    let inserted = sqlx::query(
        "INSERT INTO tracking_events (shipment_id, status, substatus, message, location, occurred_at, received_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
    )
    .bind(shipment_id)
    .bind(event.status.as_str())
    .bind(event.substatus.clone().unwrap_or_default())
    .bind(event.message.trim())
    .bind(event.location.clone().unwrap_or_default())
    .bind(event.occurred_at)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    if let Some(expected) = expected {
        store_carrier_estimate(&mut tx, shipment_id, expected).await?;
    }
    if inserted.rows_affected() == 0 {
        tx.commit().await?;
        return Ok(false);
    }
    let events = events_of(&mut tx, shipment_id).await?;
    let latest = current_status(&events);
    let delivered_at = events.iter().filter(|e| e.status == TrackingStatus::Delivered).map(|e| e.occurred_at).min();
    sqlx::query("UPDATE shipments SET status = $1, delivered_at = $2, updated_at = $3 WHERE id = $4")
        .bind(latest.map(TrackingStatus::as_str))
        .bind(delivered_at.filter(|_| latest == Some(TrackingStatus::Delivered)))
        .bind(now())
        .bind(shipment_id)
        .execute(&mut *tx)
        .await?;
    // The order moved when the carrier's newest checkpoint happened (not in the future).
    let moved_at = events.iter().map(|e| e.occurred_at).max().unwrap_or(event.occurred_at).min(now());
    follow_parcels(state, &mut tx, &order, moved_at).await?;
    let parcel = shipment_views(&mut tx, order.id).await?.into_iter().find(|s| s.id == shipment_id);
    if let (Some(parcel), Some(status)) = (parcel, latest) {
        messages::tracking_update(state, &mut tx, &order, &parcel, status).await?;
    }
    tx.commit().await?;
    state.live.changed(&order.number);
    Ok(true)
}

/// A carrier's expected delivery: a date, or a range.
pub type Expected = (Date, Option<Date>);

async fn store_carrier_estimate(tx: &mut Tx, shipment_id: i64, (earliest, latest): Expected) -> Result<()> {
    let w = DeliveryWindow { earliest, latest: earliest, source: EstimateSource::Carrier }.refine(earliest, latest);
    sqlx::query("UPDATE shipments SET est_earliest = $1, est_latest = $2, est_source = 'carrier', updated_at = $3 WHERE id = $4")
        .bind(w.earliest.to_string())
        .bind(w.latest.to_string())
        .bind(now())
        .bind(shipment_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The carrier revised its expected delivery (no new checkpoint).
pub async fn refine_estimate(state: &AppState, shipment_id: i64, expected: Expected) -> Result<()> {
    let mut tx = state.db.begin_write().await?;
    store_carrier_estimate(&mut tx, shipment_id, expected).await?;
    let number: Option<String> = sqlx::query_scalar("SELECT o.number FROM shipments s JOIN orders o ON o.id = s.order_id WHERE s.id = $1")
        .bind(shipment_id)
        .fetch_optional(&mut *tx)
        .await?;
    tx.commit().await?;
    if let Some(number) = number {
        state.live.changed(&number);
    }
    Ok(())
}

/// The order's status follows its parcels (unless it was canceled).
async fn follow_parcels(state: &AppState, tx: &mut Tx, order: &OrderRow, at: i64) -> Result<()> {
    let current = OrderStatus::parse(&order.status).unwrap_or(OrderStatus::Canceled);
    if current == OrderStatus::Canceled {
        return Ok(());
    }
    let Some(next) = fulfilment(tx, order.id).await?.shipped_state() else { return Ok(()) };
    if next != current {
        set_status(tx, order, next).await?;
        let said = Said::new("server-event-order-status").text("status", next.as_str()).order_status("label", next);
        add_event_at(tx, state, order.id, next.as_str(), order.lang(), &said, at).await?;
        tracing::info!(order = %order.number, from = current.as_str(), to = next.as_str(), "order follows its parcels");
    }
    Ok(())
}

async fn events_of(tx: &mut sqlx::AnyConnection, shipment_id: i64) -> Result<Vec<TrackingEvent>> {
    let rows: Vec<(String, String, String, String, i64)> = sqlx::query_as(
        "SELECT status, substatus, message, location, occurred_at FROM tracking_events WHERE shipment_id = $1 ORDER BY occurred_at, id",
    )
    .bind(shipment_id)
    .fetch_all(&mut *tx)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(status, substatus, message, location, occurred_at)| {
            Some(TrackingEvent {
                status: TrackingStatus::parse(&status)?,
                substatus: Some(substatus).filter(|s| !s.is_empty()),
                message,
                location: Some(location).filter(|l| !l.is_empty()),
                occurred_at,
            })
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct ShipmentRow {
    id: i64,
    carrier: String,
    tracking_number: String,
    tracking_url: Option<String>,
    service: Option<String>,
    status: Option<String>,
    est_earliest: Option<String>,
    est_latest: Option<String>,
    est_source: Option<String>,
    created_at: i64,
    delivered_at: Option<i64>,
}

/// An order's parcels as its shopper sees them, newest first.
pub async fn shipment_views(conn: &mut sqlx::AnyConnection, order_id: i64) -> Result<Vec<OrderShipment>> {
    let rows: Vec<ShipmentRow> = sqlx::query_as(
        "SELECT id, carrier, tracking_number, tracking_url, service, status, est_earliest, est_latest, est_source, created_at, delivered_at \
         FROM shipments WHERE order_id = $1 ORDER BY created_at DESC, id DESC",
    )
    .bind(order_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let lines: Vec<(i64, i64)> =
            sqlx::query_as("SELECT line_id, quantity FROM shipment_lines WHERE shipment_id = $1 ORDER BY line_id").bind(r.id).fetch_all(&mut *conn).await?;
        let mut events = timeline(&events_of(conn, r.id).await?);
        events.reverse();
        let status = r.status.as_deref().and_then(TrackingStatus::parse);
        let estimate = estimates::stored(r.est_earliest.as_deref(), r.est_latest.as_deref(), r.est_source.as_deref());
        let delay = estimates::delay(estimate.as_ref(), now(), status)
            .filter(|_| status != Some(TrackingStatus::Delivered))
            .map(|reason| estimates::notice(reason, &r.carrier, estimate, events.first().map(|e| e.description()).as_deref()));
        out.push(OrderShipment {
            id: r.id,
            carrier: r.carrier,
            tracking_number: r.tracking_number,
            tracking_url: r.tracking_url,
            service: r.service,
            status_label: status.unwrap_or(TrackingStatus::InfoReceived).label(),
            status,
            lines: lines.into_iter().map(|(line_id, quantity)| ShipmentLine { line_id, quantity }).collect(),
            events,
            estimate,
            delay,
            shipped_at: r.created_at,
            delivered_at: r.delivered_at,
        });
    }
    Ok(out)
}

/// Marks every parcel of the order delivered (the operator's word, e.g. for
/// an untracked service).
pub async fn deliver_all(state: &AppState, number: &str) -> Result<usize> {
    let ids: Vec<(i64, Option<String>)> = sqlx::query_as(
        "SELECT s.id, s.status FROM shipments s JOIN orders o ON o.id = s.order_id WHERE o.number = $1 ORDER BY s.id",
    )
    .bind(number)
    .fetch_all(&state.db.pool)
    .await?;
    if ids.is_empty() {
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM orders WHERE number = $1").bind(number).fetch_optional(&state.db.pool).await?;
        exists.ok_or_else(no_order)?;
        return Err(ApiError::Conflict(ApiErrorBody::new("Nothing has shipped yet: create a shipment first.").with("order", "not shipped")));
    }
    let mut marked = 0;
    for (id, status) in ids {
        if status.as_deref() == Some(TrackingStatus::Delivered.as_str()) {
            continue;
        }
        let event = TrackingEvent {
            status: TrackingStatus::Delivered,
            substatus: Some("Delivered_001".into()),
            message: "Delivered.".into(),
            location: None,
            occurred_at: now(),
        };
        if record_event(state, id, &event, None).await? {
            marked += 1;
        }
    }
    Ok(marked)
}

/// One parcel as its shopper sees it.
pub async fn find(state: &AppState, shipment_id: i64) -> Result<Option<OrderShipment>> {
    let order_id: Option<i64> = sqlx::query_scalar("SELECT order_id FROM shipments WHERE id = $1").bind(shipment_id).fetch_optional(&state.db.pool).await?;
    let Some(order_id) = order_id else { return Ok(None) };
    let mut conn = state.db.pool.acquire().await?;
    Ok(shipment_views(&mut conn, order_id).await?.into_iter().find(|s| s.id == shipment_id))
}

/// Emails the shoppers of parcels whose delivery window has passed (once
/// per parcel and reason) and wakes their pages. Runs every half minute.
pub async fn notify_delays(state: &AppState) -> Result<usize> {
    let late: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT s.id, s.order_id FROM shipments s WHERE (s.status IS NULL OR s.status <> 'delivered') AND s.est_latest IS NOT NULL \
         AND s.est_latest < $1 AND NOT EXISTS (SELECT 1 FROM outbox m WHERE m.dedupe_key = 'delayed:' || CAST(s.id AS TEXT) || ':window_passed')",
    )
    .bind(vitrine_core::delivery::Date::from_unix(now(), estimates::utc_offset_minutes()).to_string())
    .fetch_all(&state.db.pool)
    .await?;
    let mut told = 0;
    for (shipment_id, order_id) in late {
        let mut tx = state.db.begin_write().await?;
        let order: OrderRow = sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = $1")).bind(order_id).fetch_one(&mut *tx).await?;
        let parcel = shipment_views(&mut tx, order_id).await?.into_iter().find(|s| s.id == shipment_id);
        if let Some((parcel, delay)) = parcel.and_then(|p| p.delay.clone().map(|d| (p, d))) {
            if delay.reason == vitrine_core::delivery::DelayReason::WindowPassed {
                messages::delayed(state, &mut tx, &order, &parcel, &delay).await?;
                told += 1;
            }
        }
        tx.commit().await?;
        state.live.changed(&order.number);
    }
    Ok(told)
}
