//! The operator's inventory and numbers (issue 14, API), on SQLite and
//! PostgreSQL over the fixture shop: stock with weekly sales, cover and
//! reorder points; adjustments that never go below zero and all land in the
//! ledger; metrics that match a history worked out by hand.

mod common;

use axum::http::{Method, StatusCode};
use common::fixtures::{MUG, SWEATER, TOTE};
use common::orders::{admin, admin_key, card_order_as};
use common::{Shopper, TestApp};
use serde_json::{json, Value};

on_both_backends!(fixtures: crate::common::fixture_config() =>
    inventory_shows_sales_cover_and_reorder_points,
    adjustments_never_go_below_zero_and_all_land_in_the_ledger,
    metrics_match_a_history_worked_out_by_hand,
    the_queue_counts_each_kind_of_work_and_lists_the_late,
);

async fn first_variant(app: &TestApp, handle: &str) -> (i64, String) {
    let p = app.get(&format!("/api/v1/products/{handle}")).await.json();
    let v = &p["variants"][0];
    (v["id"].as_i64().unwrap(), v["sku"].as_str().unwrap().to_string())
}

fn row(rows: &Value, variant: i64) -> Option<&Value> {
    rows.as_array().unwrap().iter().find(|r| r["variant_id"] == variant)
}

async fn stock(app: &TestApp, variant: i64) -> i64 {
    sqlx::query_scalar("SELECT stock FROM variants WHERE id = $1").bind(variant).fetch_one(&app.state.db.pool).await.unwrap()
}

async fn inventory_shows_sales_cover_and_reorder_points(app: &TestApp) {
    let key = admin_key(app).await;
    let (sweater, sku) = first_variant(app, SWEATER).await;
    let before = stock(app, sweater).await;
    card_order_as(app, "ada@example.com", &[(sweater, 3)]).await;
    let all = admin(app, &key, Method::GET, "/inventory", &[], None).await;
    assert_eq!(all.status, StatusCode::OK, "{}", String::from_utf8_lossy(&all.body));
    let rows = all.json();
    let r = row(&rows, sweater).unwrap();
    assert_eq!(r["on_hand"], before - 3);
    assert_eq!(r["weekly_sales"].as_array().unwrap().len(), 8);
    assert_eq!(r["weekly_sales"][7], 3, "sold this week");
    // 3 sold in 8 weeks: 0.375 a week; 1 week lead + 2 safety = 21 days -> 1.125 -> 2.
    assert_eq!(r["plan"]["reorder_point"], 2);
    assert_eq!(r["plan"]["weekly_average_centi"], 37);
    assert_eq!(r["plan"]["days_of_cover"], (before - 3) * 56 / 3);
    // Six weeks of lead time and three of safety: 63 days -> 3.375 -> 4.
    let longer = admin(app, &key, Method::GET, "/inventory?lead_time_days=42&safety_weeks=3", &[], None).await.json();
    assert_eq!(row(&longer, sweater).unwrap()["plan"]["reorder_point"], 4);
    // Take stock down to the reorder point: the variant is "low".
    let down = before - 3 - 2;
    let res = admin(app, &key, Method::POST, &format!("/inventory/{sweater}/adjustments"), &[], Some(json!({"delta": -down, "reason": "stock count"}))).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let low = admin(app, &key, Method::GET, "/inventory?below=reorder_point", &[], None).await.json();
    assert_eq!(row(&low, sweater).unwrap()["status"], "low");
    assert!(low.as_array().unwrap().iter().all(|r| r["status"] != "ok"));
    let zero = admin(app, &key, Method::GET, "/inventory?below=zero", &[], None).await.json();
    assert!(row(&zero, sweater).is_none());
    assert!(zero.as_array().unwrap().iter().all(|r| r["status"] == "out"), "{zero}");
    let csv = admin(app, &key, Method::GET, "/inventory?format=csv", &[], None).await;
    assert_eq!(csv.headers["content-type"], "text/csv; charset=utf-8");
    let text = String::from_utf8(csv.body).unwrap();
    assert!(text.starts_with("sku,product,variant,on_hand"));
    assert!(text.lines().any(|l| l.starts_with(&format!("\"{sku}\",")) && l.ends_with(",2,low")), "{text}");
    assert_eq!(admin(app, &key, Method::GET, "/inventory?below=everything", &[], None).await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn adjustments_never_go_below_zero_and_all_land_in_the_ledger(app: &TestApp) {
    let key = admin_key(app).await;
    let (mug, _) = first_variant(app, MUG).await;
    let before = stock(app, mug).await;
    let path = format!("/inventory/{mug}/adjustments");
    let below = admin(app, &key, Method::POST, &path, &[], Some(json!({"delta": -(before + 1), "reason": "count"}))).await;
    assert_eq!(below.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(below.json()["errors"]["delta"][0].as_str().unwrap().contains("below zero"));
    assert_eq!(admin(app, &key, Method::POST, &path, &[], Some(json!({"delta": 1, "reason": "  "}))).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(admin(app, &key, Method::POST, "/inventory/999999/adjustments", &[], Some(json!({"delta": 1, "reason": "x"}))).await.status, StatusCode::NOT_FOUND);
    assert_eq!(stock(app, mug).await, before, "refusals changed nothing");
    // Ten parallel deliveries of one unit: all land, all in the ledger.
    let tasks = (0..10).map(|i| {
        let (key, path) = (&key, &path);
        async move { admin(app, key, Method::POST, path, &[], Some(json!({"delta": 1, "reason": format!("delivery {i}")}))).await.status }
    });
    let statuses = futures_util::future::join_all(tasks).await;
    assert!(statuses.iter().all(|s| *s == StatusCode::CREATED), "{statuses:?}");
    assert_eq!(stock(app, mug).await, before + 10);
    let ledger = admin(app, &key, Method::GET, &path, &[], None).await.json();
    let lines = ledger.as_array().unwrap();
    assert_eq!(lines.len(), 10);
    assert!(lines.iter().all(|l| l["actor"] == "ops-desk" && l["delta"] == 1));
    let mut after: Vec<i64> = lines.iter().map(|l| l["stock_after"].as_i64().unwrap()).collect();
    after.sort_unstable();
    assert_eq!(after, ((before + 1)..=(before + 10)).collect::<Vec<_>>(), "each saw the one before");
    // No key, or a revoked one: 401 and nothing changes.
    assert_eq!(app.request(Method::POST, &format!("/api/v1/admin{path}"), &[], Some(json!({"delta": 5, "reason": "x"}))).await.status, StatusCode::UNAUTHORIZED);
    assert!(vitrine_server::admin::keys::revoke(&app.state.db, "ops-desk").await.unwrap());
    assert_eq!(admin(app, &key, Method::POST, &path, &[], Some(json!({"delta": 5, "reason": "x"}))).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(admin(app, &key, Method::GET, "/reports/metrics", &[], None).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(stock(app, mug).await, before + 10);
}

async fn metrics_match_a_history_worked_out_by_hand(app: &TestApp) {
    let key = admin_key(app).await;
    let (mug, _) = first_variant(app, MUG).await;
    let (tote, _) = first_variant(app, TOTE).await;
    // Three orders by two customers; two abandoned carts with items; one empty cart (not counted).
    let a = card_order_as(app, "ada@example.com", &[(mug, 2)]).await;
    let b = card_order_as(app, "grace@example.com", &[(tote, 1)]).await;
    let c = card_order_as(app, "ada@example.com", &[(mug, 1), (tote, 1)]).await;
    for _ in 0..2 {
        let s = Shopper::new(app).await;
        assert_eq!(s.add(app, mug, 1).await.status, StatusCode::OK);
    }
    Shopper::new(app).await;
    // Placed at noon; a ships 24 h later, b 72 h later; c has not shipped.
    let noon = vitrine_server::db::now() - 5 * 86_400;
    let pool = &app.state.db.pool;
    for (number, shipped_after) in [(&a.number, Some(24)), (&b.number, Some(72)), (&c.number, None)] {
        sqlx::query("UPDATE orders SET created_at = $1 WHERE number = $2").bind(noon).bind(number).execute(pool).await.unwrap();
        if let Some(h) = shipped_after {
            let ship = json!({"lines": [], "carrier": "UPS", "tracking_number": format!("1Z{h}")});
            assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{number}/shipments"), &[], Some(ship)).await.status, StatusCode::CREATED);
            sqlx::query("UPDATE shipments SET created_at = $1 WHERE tracking_number = $2").bind(noon + h * 3600).bind(format!("1Z{h}")).execute(pool).await.unwrap();
        }
    }
    let totals: Vec<i64> = sqlx::query_scalar("SELECT total_minor FROM orders ORDER BY id").fetch_all(pool).await.unwrap();
    let revenue: i64 = totals.iter().sum();
    let res = admin(app, &key, Method::GET, "/reports/metrics", &[], None).await;
    assert_eq!(res.status, StatusCode::OK, "{}", String::from_utf8_lossy(&res.body));
    let m = res.json();
    let minor = |v: &Value| -> i64 { (v["amount"].as_str().unwrap().parse::<f64>().unwrap() * 100.0).round() as i64 };
    assert_eq!(m["orders"], 3);
    assert_eq!(minor(&m["revenue"]), revenue);
    assert_eq!(minor(&m["average_order_value"]), (revenue + 1) / 3);
    assert_eq!(m["cycle_time"]["shipped"], 2);
    assert_eq!((m["cycle_time"]["median_hours"].as_f64(), m["cycle_time"]["p90_hours"].as_f64()), (Some(24.0), Some(72.0)));
    assert_eq!(m["cart_abandonment"]["carts"], 5);
    assert_eq!(m["cart_abandonment"]["abandoned"], 2);
    assert_eq!(m["cart_abandonment"]["rate"], 0.4);
    assert_eq!(m["conversion_rate"], 0.6);
    assert_eq!(m["inventory_turnover"]["units_sold"], 5);
    let day = m["revenue_by_day"].as_array().unwrap().iter().find(|d| d["orders"] == 3).expect("the day of the three orders");
    assert_eq!(minor(&day["revenue"]), revenue);
    assert_eq!(m["revenue_by_day"].as_array().unwrap().len(), 30, "one entry per day of the default 30-day period");
    let top = &m["top_customers"][0];
    assert_eq!(top["email"], "ada@example.com");
    assert_eq!(top["orders"], 2);
    assert_eq!(minor(&top["lifetime_value"]), totals[0] + totals[2]);
    assert_eq!(minor(&m["average_lifetime_value"]), revenue / 2);
    assert!(m["returns"]["by_product"].is_array());
    assert_eq!(admin(app, &key, Method::GET, "/reports/metrics?from=2026-01-01&to=2027-06-01", &[], None).await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

/// The console's queue: counts per kind of work, the late list (an order
/// not shipped 48 hours after it was placed), and the order page with its
/// messages; every number moves as the work is done.
async fn the_queue_counts_each_kind_of_work_and_lists_the_late(app: &TestApp) {
    let key = admin_key(app).await;
    let (tote, _) = first_variant(app, TOTE).await;
    card_order_as(app, "ada@example.com", &[(tote, 1)]).await;
    let old = card_order_as(app, "grace@example.com", &[(tote, 1)]).await;
    sqlx::query("UPDATE orders SET created_at = created_at - 49 * 3600 WHERE number = $1").bind(&old.number).execute(&app.state.db.pool).await.unwrap();
    let q = admin(app, &key, Method::GET, "/orders/queue", &[], None).await;
    assert_eq!(q.status, StatusCode::OK, "{}", String::from_utf8_lossy(&q.body));
    let q = q.json();
    assert_eq!((q["to_verify"].as_i64(), q["to_pack"].as_i64(), q["shipped"].as_i64(), q["late"].as_i64()), (Some(2), Some(0), Some(0), Some(1)), "{q}");
    let late = admin(app, &key, Method::GET, "/orders?late=true", &[], None).await.json();
    let numbers: Vec<&str> = late.as_array().unwrap().iter().map(|o| o["number"].as_str().unwrap()).collect();
    assert_eq!(numbers, [old.number.as_str()]);
    // Verify and ship the late one: it leaves "late" and "to verify" and is counted as shipped.
    assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{}/verify", old.number), &[], None).await.status, StatusCode::OK);
    let q = admin(app, &key, Method::GET, "/orders/queue", &[], None).await.json();
    assert_eq!((q["to_verify"].as_i64(), q["to_pack"].as_i64(), q["late"].as_i64()), (Some(1), Some(1), Some(1)), "packing, still late: {q}");
    let parcel = json!({"carrier": "UPS", "tracking_number": "1ZQUEUE0001"});
    let shipped = admin(app, &key, Method::POST, &format!("/orders/{}/shipments", old.number), &[], Some(parcel)).await;
    assert_eq!(shipped.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&shipped.body));
    let q = admin(app, &key, Method::GET, "/orders/queue", &[], None).await.json();
    assert_eq!((q["to_verify"].as_i64(), q["to_pack"].as_i64(), q["shipped"].as_i64(), q["late"].as_i64()), (Some(1), Some(0), Some(1), Some(0)), "{q}");
    // The order page carries its emails (confirmation, shipped) and its returns (none yet).
    let page = admin(app, &key, Method::GET, &format!("/orders/{}", old.number), &[], None).await.json();
    let kinds: Vec<&str> = page["messages"].as_array().unwrap().iter().map(|m| m["kind"].as_str().unwrap()).collect();
    assert!(kinds.len() >= 2 && kinds.iter().all(|k| !k.is_empty()), "{kinds:?}");
    assert!(page["messages"].as_array().unwrap().iter().all(|m| m["recipient"] == "grace@example.com"));
    assert_eq!(page["returns"], json!([]));
    assert_eq!(admin(app, &key, Method::GET, "/orders/V-NOPE", &[], None).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/api/v1/admin/orders/queue").await.status, StatusCode::UNAUTHORIZED);
}
