//! Crash safety, deterministically (issue 17): a failure is injected after
//! each stage of placement and after a webhook's receipt, as if the process
//! died there; then the server "restarts" (a fresh `AppState` on the same
//! database) and the client retries with the same key. Every case must end
//! in exactly one order, one charge, one confirmation email and balanced
//! stock, on SQLite and PostgreSQL.
#![cfg(debug_assertions)]

mod common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use common::{Shopper, TestApp, TestResponse};
use serde_json::{json, Value};
use tower::ServiceExt;
use vitrine_server::failpoint;
use vitrine_server::state::AppState;

on_both_backends!(crate::common::demo_config() =>
    a_crash_after_any_placement_stage_ends_in_one_order_and_one_charge,
    a_retry_while_the_first_request_runs_is_told_to_wait,
    a_charge_whose_answer_was_lost_is_reconciled_once_even_with_its_webhook,
    a_webhook_that_crashed_mid_way_is_handled_when_redelivered,
);

const POINTS: [&str; 5] = ["checkout.claimed", "checkout.before_commit", "checkout.written", "checkout.charged", "checkout.recorded"];

fn address() -> Value {
    json!({"name": "Ada Lovelace", "address1": "350 5th Ave", "city": "New York", "region": "NY", "postal_code": "10118", "country": "US"})
}

/// The first listed variant with at least `min` units available.
async fn stocked_variant(app: &TestApp, min: i64) -> i64 {
    let list = app.get("/api/v1/products?per_page=48").await.json();
    for item in list["items"].as_array().unwrap() {
        let p = app.get(&format!("/api/v1/products/{}", item["handle"].as_str().unwrap())).await.json();
        if let Some(v) = p["variants"].as_array().unwrap().iter().find(|v| v["available"].as_i64().unwrap() >= min) {
            return v["id"].as_i64().unwrap();
        }
    }
    panic!("no variant with {min} in stock");
}

/// A cart with 2 units, a US destination, and a card token for `number`.
async fn ready_cart(app: &TestApp, number: &str) -> (Shopper, Value) {
    let s = Shopper::new(app).await;
    let v = stocked_variant(app, 2).await;
    assert_eq!(s.add(app, v, 2).await.status, StatusCode::OK);
    assert_eq!(s.call(app, Method::PATCH, "", Some(json!({"country": "US", "region": "NY"}))).await.status, StatusCode::OK);
    let methods = s.call(app, Method::GET, "/payment-methods", None).await.json();
    let pk = methods.as_array().unwrap().iter().find(|m| m["kind"] == "card").unwrap()["provider"]["publishable_key"].as_str().unwrap().to_string();
    let res = app
        .request(
            Method::POST,
            "/psp/v1/tokens",
            &[("authorization", &format!("Bearer {pk}"))],
            Some(json!({"number": number, "exp_month": 12, "exp_year": 2031, "cvc": "123"})),
        )
        .await;
    let token = res.json()["id"].as_str().unwrap().to_string();
    let body = json!({"email": "ada@example.com", "shipping_address": address(), "shipping_method": "us-standard",
                      "payment": {"method": "card", "token": token}});
    (s, body)
}

/// A server started again on the same database: nothing in memory survives.
async fn restart(app: &TestApp) -> axum::Router {
    let state = AppState::new(app.state.db.clone(), common::demo_config()).await.expect("restarted state");
    vitrine_server::app(state)
}

async fn checkout_on(router: &axum::Router, s: &Shopper, key: &str, body: &Value) -> TestResponse {
    let req = Request::builder()
        .method(Method::POST)
        .uri(format!("/api/v1/carts/{}/checkout", s.id))
        .header("content-type", "application/json")
        .header("authorization", &s.auth)
        .header("idempotency-key", key)
        .body(Body::from(body.to_string()))
        .unwrap();
    let res = router.clone().oneshot(req).await.unwrap();
    let (parts, body) = res.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    TestResponse { status: parts.status, headers: parts.headers, body: bytes.to_vec() }
}

async fn scalar(app: &TestApp, sql: &str, bind: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql).bind(bind).fetch_one(&app.state.db.pool).await.unwrap()
}

/// Makes a claim look as old as one left by a request that died.
async fn age_claim(app: &TestApp, cart: &str) {
    sqlx::query("UPDATE idempotency_keys SET locked_at = locked_at - 60 WHERE cart_id = $1").bind(cart).execute(&app.state.db.pool).await.unwrap();
}

/// One paid order for the cart, one succeeded charge, one confirmation, and
/// reserved units that match the orders still waiting for a payment.
async fn assert_books(app: &TestApp, cart: &str, number: &str) {
    let orders = scalar(app, "SELECT COUNT(*) FROM orders WHERE cart_id = $1", cart).await;
    assert_eq!(orders, 1, "one order for the cart");
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM orders WHERE cart_id = $1 AND status = 'confirmed'", cart).await, 1, "and it is paid");
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM psp_payment_intents WHERE reference = $1", number).await, 1, "one charge");
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM psp_payment_intents WHERE reference = $1 AND status = 'succeeded'", number).await, 1);
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM outbox WHERE order_number = $1", number).await, 1, "one confirmation email");
    let bad: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM variants v WHERE v.reserved <> CAST(COALESCE((SELECT SUM(l.quantity) FROM order_lines l \
         JOIN orders o ON o.id = l.order_id WHERE l.variant_id = v.id AND o.status = 'pending_payment'), 0) AS BIGINT) \
         OR v.reserved < 0 OR v.stock < 0",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(bad, 0, "reservations balance");
}

async fn a_crash_after_any_placement_stage_ends_in_one_order_and_one_charge(app: &TestApp) {
    for point in POINTS {
        let (s, body) = ready_cart(app, "4242424242424242").await;
        failpoint::arm(point, &s.id);
        let crashed = app.request(Method::POST, &format!("/api/v1/carts/{}/checkout", s.id), &[("authorization", &s.auth), ("idempotency-key", "k1")], Some(body.clone())).await;
        assert_eq!(crashed.status, StatusCode::INTERNAL_SERVER_ERROR, "{point}: the injected crash");
        let restarted = restart(app).await;
        age_claim(app, &s.id).await;
        let retry = checkout_on(&restarted, &s, "k1", &body).await;
        assert_eq!(retry.status, StatusCode::CREATED, "{point}: the retry completes: {}", String::from_utf8_lossy(&retry.body));
        let number = retry.json()["order"]["number"].as_str().unwrap().to_string();
        assert_eq!(retry.json()["order"]["status"], "confirmed", "{point}");
        let again = checkout_on(&restarted, &s, "k1", &body).await;
        assert_eq!(again.status, StatusCode::CREATED, "{point}: replayed");
        assert_eq!(again.json()["order"]["number"], number.as_str(), "{point}: the same order");
        assert_books(app, &s.id, &number).await;
    }
}

async fn a_retry_while_the_first_request_runs_is_told_to_wait(app: &TestApp) {
    let (s, body) = ready_cart(app, "4242424242424242").await;
    failpoint::arm("checkout.written", &s.id);
    let crashed = app.request(Method::POST, &format!("/api/v1/carts/{}/checkout", s.id), &[("authorization", &s.auth), ("idempotency-key", "k2")], Some(body.clone())).await;
    assert_eq!(crashed.status, StatusCode::INTERNAL_SERVER_ERROR);
    // Within the lock timeout the claim may still be a live request: wait, then 409 + Retry-After, well inside the 30 s timeout.
    let started = std::time::Instant::now();
    let early = checkout_on(&app.router, &s, "k2", &body).await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(early.headers.get("retry-after").is_some(), "tells the client when to retry");
    assert!(started.elapsed() < std::time::Duration::from_secs(15), "answers long before the request timeout");
    age_claim(app, &s.id).await;
    let retry = checkout_on(&app.router, &s, "k2", &body).await;
    assert_eq!(retry.status, StatusCode::CREATED);
    assert_books(app, &s.id, retry.json()["order"]["number"].as_str().unwrap()).await;
}

async fn a_charge_whose_answer_was_lost_is_reconciled_once_even_with_its_webhook(app: &TestApp) {
    let (s, body) = ready_cart(app, "4242424242424242").await;
    failpoint::arm("checkout.charged", &s.id);
    let crashed = app.request(Method::POST, &format!("/api/v1/carts/{}/checkout", s.id), &[("authorization", &s.auth), ("idempotency-key", "k3")], Some(body.clone())).await;
    assert_eq!(crashed.status, StatusCode::INTERNAL_SERVER_ERROR);
    let number: String = sqlx::query_scalar("SELECT number FROM orders WHERE cart_id = $1").bind(&s.id).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM orders WHERE number = $1 AND status = 'pending_payment'", &number).await, 1, "charged, not recorded");
    // The shopper never retries. After a restart, reconciliation finds the charge by the order number.
    let restarted = AppState::new(app.state.db.clone(), common::demo_config()).await.unwrap();
    sqlx::query("UPDATE orders SET created_at = created_at - 60 WHERE number = $1").bind(&number).execute(&app.state.db.pool).await.unwrap();
    let done = vitrine_server::orders::reconcile_payments(&restarted).await.unwrap();
    assert_eq!((done.paid, done.canceled), (1, 0));
    assert_eq!(vitrine_server::orders::reconcile_payments(&restarted).await.unwrap().paid, 0, "and only once");
    // The provider's webhook arrives too: nothing changes twice.
    let intent: String = sqlx::query_scalar("SELECT id FROM psp_payment_intents WHERE reference = $1").bind(&number).fetch_one(&app.state.db.pool).await.unwrap();
    let event = json!({"id": format!("evt_{intent}_succeeded"), "type": "payment_intent.succeeded", "created": vitrine_server::db::now(), "data": {"id": intent}}).to_string();
    let res = post_webhook(app, &event).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_books(app, &s.id, &number).await;
    // The shopper's late retry gets the paid order.
    age_claim(app, &s.id).await;
    let retry = checkout_on(&app.router, &s, "k3", &body).await;
    assert_eq!(retry.status, StatusCode::CREATED);
    assert_eq!(retry.json()["order"]["number"], number.as_str());
    assert_books(app, &s.id, &number).await;
}

async fn post_webhook(app: &TestApp, event: &str) -> TestResponse {
    let signature = vitrine_server::secrets::sign_webhook(&app.state.psp.webhook_secret, vitrine_server::db::now(), event.as_bytes());
    let req = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/webhooks/psp")
        .header("content-type", "application/json")
        .header("vitrine-signature", signature)
        .body(Body::from(event.to_string()))
        .unwrap();
    app.raw(req).await
}

async fn a_webhook_that_crashed_mid_way_is_handled_when_redelivered(app: &TestApp) {
    // A challenge order waits for its payment; the shopper passes the challenge at the provider.
    let (s, body) = ready_cart(app, "4000002500003155").await;
    let placed = checkout_on(&app.router, &s, "k4", &body).await;
    assert_eq!(placed.status, StatusCode::ACCEPTED);
    let number = placed.json()["order"]["number"].as_str().unwrap().to_string();
    let intent: String = sqlx::query_scalar("SELECT payment_intent FROM orders WHERE number = $1").bind(&number).fetch_one(&app.state.db.pool).await.unwrap();
    let secret: String = sqlx::query_scalar("SELECT client_secret FROM psp_payment_intents WHERE id = $1").bind(&intent).fetch_one(&app.state.db.pool).await.unwrap();
    vitrine_server::psp::complete_challenge(&app.state, &intent, &secret, true).await.unwrap();
    let event_id = format!("evt_{intent}_succeeded");
    let event = json!({"id": event_id, "type": "payment_intent.succeeded", "created": vitrine_server::db::now(), "data": {"id": intent}}).to_string();
    failpoint::arm("webhook.received", &event_id);
    assert_eq!(post_webhook(app, &event).await.status, StatusCode::INTERNAL_SERVER_ERROR, "stored, then the crash");
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM orders WHERE number = $1 AND status = 'pending_payment'", &number).await, 1);
    assert_eq!(post_webhook(app, &event).await.status, StatusCode::OK, "the provider's retry");
    assert_eq!(post_webhook(app, &event).await.status, StatusCode::OK, "a replay changes nothing");
    assert_books(app, &s.id, &number).await;
    let processed = scalar(app, "SELECT COUNT(*) FROM webhook_events WHERE event_id = $1 AND processed_at IS NOT NULL", &event_id).await;
    assert_eq!(processed, 1);
}
