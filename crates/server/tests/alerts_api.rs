//! Operator alerts and job leases (issue 15), on SQLite and PostgreSQL over
//! the fixture shop, with an injected clock: each rule raises one alert per
//! occurrence however often it is checked, and one email; the operator's
//! resolve holds while the condition does; a cleared condition resolves its
//! alert and a new occurrence is a new alert; racing checks raise once; a
//! job lease has one holder until it expires.

mod common;

use axum::http::{Method, StatusCode};
use common::fixtures::{SWEATER, TOTE};
use common::orders::{admin, admin_key, card_order};
use common::TestApp;
use serde_json::{json, Value};
use vitrine_server::admin::alerts;
use vitrine_server::db::now;

on_both_backends!(fixtures: crate::common::fixture_config() =>
    a_sold_out_variant_raises_one_alert_per_occurrence,
    a_late_order_raises_an_alert_until_it_ships,
    a_spike_in_card_declines_raises_one_alert,
    racing_checks_raise_each_alert_once,
    a_job_lease_has_one_holder_until_it_expires,
);

async fn variant(app: &TestApp, handle: &str) -> (i64, i64) {
    let p = app.get(&format!("/api/v1/products/{handle}")).await.json();
    let id = p["variants"][0]["id"].as_i64().unwrap();
    let stock: i64 = sqlx::query_scalar("SELECT stock FROM variants WHERE id = $1").bind(id).fetch_one(&app.state.db.pool).await.unwrap();
    (id, stock)
}

async fn open_about(app: &TestApp, key: &str, subject: &str) -> Vec<Value> {
    let all = admin(app, key, Method::GET, "/alerts?state=all", &[], None).await;
    assert_eq!(all.status, StatusCode::OK, "{}", String::from_utf8_lossy(&all.body));
    all.json().as_array().unwrap().iter().filter(|a| a["subject"] == subject).cloned().collect()
}

async fn emails(app: &TestApp, like: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'alert' AND subject LIKE $1").bind(like).fetch_one(&app.state.db.pool).await.unwrap()
}

async fn adjust(app: &TestApp, key: &str, variant: i64, delta: i64) {
    let res = admin(app, key, Method::POST, &format!("/inventory/{variant}/adjustments"), &[], Some(json!({"delta": delta, "reason": "stock count"}))).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
}

async fn a_sold_out_variant_raises_one_alert_per_occurrence(app: &TestApp) {
    let key = admin_key(app).await;
    let (sweater, stock) = variant(app, SWEATER).await;
    let subject = format!("variant:{sweater}");
    let t0 = now();
    alerts::check(&app.state, t0).await.unwrap();
    assert!(open_about(app, &key, &subject).await.is_empty(), "in stock: no alert");

    adjust(app, &key, sweater, -stock).await;
    let first = alerts::check(&app.state, t0 + 60).await.unwrap();
    assert!(first.raised >= 1);
    for i in 2..5 {
        alerts::check(&app.state, t0 + 60 * i).await.unwrap();
    }
    let raised = open_about(app, &key, &subject).await;
    assert_eq!(raised.len(), 1, "one alert however often it is checked: {raised:?}");
    assert_eq!(raised[0]["rule"], "stock_out");
    assert_eq!(raised[0]["state"], "open");
    assert_eq!(raised[0]["link"], "/admin/inventory?below=zero");
    assert_eq!(emails(app, "[Out of stock]%Fixture Sweater%").await, 1, "and one email");
    let open = admin(app, &key, Method::GET, "/alerts", &[], None).await.json();
    assert!(open.as_array().unwrap().iter().any(|a| a["subject"] == subject.as_str()), "open by default");

    // The operator resolves it; it stays resolved while the variant is still out.
    let id = raised[0]["id"].as_i64().unwrap();
    let resolved = admin(app, &key, Method::POST, &format!("/alerts/{id}/resolve"), &[], None).await;
    assert_eq!(resolved.status, StatusCode::OK, "{}", String::from_utf8_lossy(&resolved.body));
    assert_eq!(resolved.json()["resolved_by"], "ops-desk");
    alerts::check(&app.state, t0 + 600).await.unwrap();
    assert_eq!(open_about(app, &key, &subject).await.len(), 1, "no new alert for the same occurrence");
    let again = admin(app, &key, Method::POST, &format!("/alerts/{id}/resolve"), &[], None).await;
    assert_eq!(again.status, StatusCode::OK, "resolving twice changes nothing");

    // Restocked: the occurrence ends. Sold out again: a new alert and a new email.
    adjust(app, &key, sweater, 4).await;
    let cleared = alerts::check(&app.state, t0 + 700).await.unwrap();
    assert!(cleared.cleared >= 1);
    adjust(app, &key, sweater, -4).await;
    alerts::check(&app.state, t0 + 800).await.unwrap();
    let both = open_about(app, &key, &subject).await;
    assert_eq!(both.len(), 2, "{both:?}");
    assert_eq!((both[0]["state"].as_str(), both[0]["active"].as_bool()), (Some("open"), Some(true)), "the new occurrence");
    assert_eq!((both[1]["state"].as_str(), both[1]["active"].as_bool()), (Some("resolved"), Some(false)), "the old one");
    assert_eq!(emails(app, "[Out of stock]%Fixture Sweater%").await, 2);

    assert_eq!(admin(app, &key, Method::POST, "/alerts/999999/resolve", &[], None).await.status, StatusCode::NOT_FOUND);
    assert_eq!(admin(app, &key, Method::GET, "/alerts?state=maybe", &[], None).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.get("/api/v1/admin/alerts").await.status, StatusCode::UNAUTHORIZED);
}

async fn a_late_order_raises_an_alert_until_it_ships(app: &TestApp) {
    let key = admin_key(app).await;
    let (tote, _) = variant(app, TOTE).await;
    let order = card_order(app, &[(tote, 1)]).await;
    let subject = format!("order:{}", order.number);
    let t0 = now();
    alerts::check(&app.state, t0).await.unwrap();
    assert!(open_about(app, &key, &subject).await.is_empty(), "placed just now: not late");
    // Two days and an hour later, still not shipped.
    let later = t0 + 49 * 3600;
    alerts::check(&app.state, later).await.unwrap();
    alerts::check(&app.state, later + 30).await.unwrap();
    let late = open_about(app, &key, &subject).await;
    assert_eq!(late.len(), 1, "{late:?}");
    assert_eq!(late[0]["rule"], "late_shipment");
    assert_eq!(late[0]["link"], format!("/admin/orders/{}", order.number));
    let mail: (String, Option<String>) = sqlx::query_as("SELECT recipient, order_number FROM outbox WHERE kind = 'alert' AND dedupe_key = $1")
        .bind(format!("alert:{}", late[0]["id"]))
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(mail, ("ops@example.com".to_string(), Some(order.number.clone())));
    // Shipped: the condition clears and the alert resolves by itself.
    let shipped = admin(app, &key, Method::POST, &format!("/orders/{}/shipments", order.number), &[], Some(json!({"carrier": "UPS", "tracking_number": "1ZLATE0001"}))).await;
    assert_eq!(shipped.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&shipped.body));
    alerts::check(&app.state, later + 60).await.unwrap();
    let after = open_about(app, &key, &subject).await;
    assert_eq!((after[0]["state"].as_str(), after[0]["resolved_by"].as_str()), (Some("resolved"), Some("cleared")), "{after:?}");
}

async fn seed_intents(app: &TestApp, at: i64, declined: usize, succeeded: usize) {
    for i in 0..declined + succeeded {
        let failed = i < declined;
        sqlx::query(
            "INSERT INTO psp_payment_intents (id, client_secret, amount_minor, currency, status, error_code, created_at, updated_at) \
             VALUES ($1, 'secret', 1000, 'USD', $2, $3, $4, $4)",
        )
        .bind(format!("pi_seed_{at}_{i}"))
        .bind(if failed { "requires_payment_method" } else { "succeeded" })
        .bind(failed.then_some("card_declined"))
        .bind(at - 60)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    }
}

async fn a_spike_in_card_declines_raises_one_alert(app: &TestApp) {
    let key = admin_key(app).await;
    let t0 = now() + 10 * 86_400; // an empty hour: nothing else in the window
    seed_intents(app, t0, 4, 6).await;
    alerts::check(&app.state, t0).await.unwrap();
    assert!(open_about(app, &key, "payments").await.is_empty(), "4 declines: below the threshold");
    let t1 = t0 + 2 * 3600;
    seed_intents(app, t1, 7, 5).await;
    alerts::check(&app.state, t1).await.unwrap();
    alerts::check(&app.state, t1 + 10).await.unwrap();
    let spike = open_about(app, &key, "payments").await;
    assert_eq!(spike.len(), 1, "{spike:?}");
    assert_eq!(spike[0]["rule"], "decline_spike");
    assert!(spike[0]["detail"].as_str().unwrap().contains("7 of 12"), "{spike:?}");
    // An hour later the window is quiet: it clears.
    alerts::check(&app.state, t1 + 2 * 3600).await.unwrap();
    assert_eq!(open_about(app, &key, "payments").await[0]["state"], "resolved");
}

async fn racing_checks_raise_each_alert_once(app: &TestApp) {
    let key = admin_key(app).await;
    let (sweater, stock) = variant(app, SWEATER).await;
    adjust(app, &key, sweater, -stock).await;
    let at = now();
    let runs = (0..4).map(|_| alerts::check(&app.state, at));
    for r in futures_util::future::join_all(runs).await {
        r.unwrap();
    }
    let dupes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM (SELECT rule, subject FROM alerts GROUP BY rule, subject HAVING COUNT(*) > 1) d")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(dupes, 0, "no alert raised twice");
    let (alerts, mails): (i64, i64) = sqlx::query_as("SELECT (SELECT COUNT(*) FROM alerts), (SELECT COUNT(*) FROM outbox WHERE kind = 'alert')")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert!(alerts >= 1);
    assert_eq!(alerts, mails, "one email per alert");
}

async fn a_job_lease_has_one_holder_until_it_expires(app: &TestApp) {
    use vitrine_server::jobs::{lease, release};
    let db = &app.state.db;
    let t = 1_000_000;
    assert!(lease(db, "alerts", "a", t, 20).await.unwrap());
    assert!(!lease(db, "alerts", "b", t + 5, 20).await.unwrap(), "a holds it");
    assert!(lease(db, "alerts", "a", t + 10, 20).await.unwrap(), "a renews it, until t + 30");
    assert!(!lease(db, "alerts", "b", t + 29, 20).await.unwrap());
    assert!(lease(db, "alerts", "b", t + 31, 20).await.unwrap(), "a stopped renewing: b takes it");
    assert!(!lease(db, "alerts", "a", t + 32, 20).await.unwrap(), "and a waits");
    release(db, "alerts", "b").await.unwrap();
    assert!(lease(db, "alerts", "a", t + 33, 20).await.unwrap(), "released: free at once");
    // Many instances asking at once: one wins.
    let asks = ["p", "q", "r", "s"].map(|h| lease(db, "carrier", h, t, 20));
    let won = futures_util::future::join_all(asks).await.into_iter().filter(|r| *r.as_ref().unwrap()).count();
    assert_eq!(won, 1);
}
