//! The demo's past (issue 14): the history generator writes orders that the
//! rest of the shop reads as its own (the operator's order page, metrics,
//! inventory sales, the returns report), priced like any order, without
//! touching today's stock or holding reservations. On SQLite and PostgreSQL
//! over the fixture shop.

mod common;

use axum::http::{Method, StatusCode};
use common::orders::{admin, admin_key};
use common::TestApp;
use vitrine_server::db::now;
use vitrine_server::demo::history::{seed, HistoryPlan};

on_both_backends!(fixtures: crate::common::fixture_config() =>
    the_past_reads_as_the_shops_own,
);

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.state.db.pool).await.unwrap()
}

async fn the_past_reads_as_the_shops_own(app: &TestApp) {
    let stock_before = scalar(app, "SELECT CAST(SUM(stock) AS BIGINT) FROM variants").await;
    let plan = HistoryPlan { days: 60, orders_per_day: 4.0, until: now(), seed: 7 };
    let counts = seed(&app.state.db, &app.state.catalog.get(), app.state.currency(), plan).await.expect("history");
    assert!(counts.orders > 120 && counts.orders < 480, "about 4 a day for 60 days: {counts:?}");
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM orders").await as usize, counts.orders);
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM orders WHERE status = 'canceled'").await as usize, counts.canceled);
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM returns").await as usize, counts.returns);
    assert!(counts.returns > 0 && counts.abandoned_carts >= 2 * counts.orders, "{counts:?}");
    assert_eq!(scalar(app, "SELECT CAST(SUM(stock) AS BIGINT) FROM variants").await, stock_before, "history moves no stock");
    assert_eq!(scalar(app, "SELECT CAST(COALESCE(SUM(reserved), 0) AS BIGINT) FROM variants").await, 0, "and holds none");
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM outbox").await, 0, "and emails nobody");
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM orders WHERE created_at >= $1".replace("$1", &now().to_string()).as_str()).await, 0, "all in the past");
    // Every total is the sum of its lines plus shipping and tax, as the core priced it.
    let off = scalar(
        app,
        "SELECT COUNT(*) FROM orders o WHERE o.total_minor < (SELECT SUM(l.total_minor) FROM order_lines l WHERE l.order_id = o.id)",
    )
    .await;
    assert_eq!(off, 0, "no order totals less than its lines");

    let key = admin_key(app).await;
    let number: String = sqlx::query_scalar("SELECT number FROM orders WHERE status = 'delivered' ORDER BY id LIMIT 1")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let order = admin(app, &key, Method::GET, &format!("/orders/{number}"), &[], None).await;
    assert_eq!(order.status, StatusCode::OK, "{}", String::from_utf8_lossy(&order.body));
    let order = order.json();
    let shipments = order["order"]["shipments"].as_array().or(order["shipments"].as_array()).expect("shipments in the operator's view");
    assert_eq!(shipments.len(), 1, "{order}");

    let m = admin(app, &key, Method::GET, "/reports/metrics", &[], None).await;
    assert_eq!(m.status, StatusCode::OK, "{}", String::from_utf8_lossy(&m.body));
    let m = m.json();
    let since = now() - 30 * 86_400;
    let paid_in_window =
        scalar(app, &format!("SELECT COUNT(*) FROM orders WHERE created_at >= {since} AND status <> 'canceled' AND status <> 'pending_payment'")).await;
    assert!(paid_in_window > 0);
    // The default period is the last 30 days, by calendar day: within a day's orders of the count.
    let orders = m["orders"].as_i64().unwrap();
    assert!((orders - paid_in_window).abs() <= 20, "metrics orders {orders} vs {paid_in_window} in the last 30 days");
    let median = m["cycle_time"]["median_hours"].as_f64().unwrap();
    assert!((7.0..=60.0).contains(&median), "packed within 0.3 to 2.5 days: median {median} h");
    let rate = m["cart_abandonment"]["rate"].as_f64().unwrap();
    assert!((0.5..0.85).contains(&rate), "two or three carts left per order: {rate}");
    assert!(!m["returns"]["by_product"].as_array().unwrap().is_empty(), "{}", m["returns"]);

    let inventory = admin(app, &key, Method::GET, "/inventory", &[], None).await.json();
    let rows = inventory.as_array().or(inventory["variants"].as_array()).expect("inventory rows").clone();
    let selling = rows.iter().filter(|r| r["weekly_sales"].as_array().is_some_and(|w| w.iter().any(|n| n.as_i64().unwrap_or(0) > 0))).count();
    assert!(selling > 0, "the last 8 weeks have sales: {}", rows.first().map(|r| r.to_string()).unwrap_or_default());
}
