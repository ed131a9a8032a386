//! Checkout through `app(state)`: addresses, methods, every test card,
//! idempotency, no oversells under concurrency, ownership, webhooks and
//! reservation expiry.
//!
//! On the tests' own fixture shop (`common/fixtures.rs`): methods, limits and
//! totals follow from its rules, not the demo's.

mod common;

use axum::http::{Method, StatusCode};
use common::fixtures::{APPAREL, TEE, TENT};
use common::{variant, Shopper, TestApp, TestResponse};
use serde_json::{json, Value};

on_both_backends!(fixtures: crate::common::fixture_config() =>
    address_formats_and_validation_use_real_country_data,
    shipping_and_payment_methods_depend_on_destination_and_total,
    every_test_card_reaches_its_documented_outcome,
    a_challenge_is_completed_or_failed_and_the_order_follows,
    the_same_key_places_one_order_and_one_charge,
    concurrent_checkouts_never_oversell,
    client_prices_are_ignored_and_bad_input_rejected,
    nobody_reaches_another_customers_cart_or_order,
    webhooks_are_verified_and_finish_orders,
    stale_reservations_expire,
    manual_methods_place_orders_and_queue_emails,
    the_catalog_follows_stock_that_orders_move,
);

fn us_address() -> Value {
    json!({"name": "Ada Lovelace", "address1": "1600 Amphitheatre Pkwy", "city": "Mountain View", "region": "CA", "postal_code": "94043", "country": "US"})
}

fn de_address() -> Value {
    json!({"name": "Max Mustermann", "company": "Muster GmbH", "address1": "Unter den Linden 1", "city": "Berlin", "postal_code": "10117", "country": "DE"})
}

/// A cart with `quantity` of a stocked tee, destination set from `address`.
async fn cart_with(app: &TestApp, quantity: i64, address: &Value) -> Shopper {
    let s = Shopper::new(app).await;
    let (v, _, _) = variant(app, TEE, quantity).await;
    assert_eq!(s.add(app, v, quantity).await.status, StatusCode::OK);
    let dest = json!({"country": address["country"], "region": address.get("region")});
    assert_eq!(s.call(app, Method::PATCH, "", Some(dest)).await.status, StatusCode::OK);
    s
}

async fn publishable_key(app: &TestApp, s: &Shopper) -> String {
    let methods = s.call(app, Method::GET, "/payment-methods", None).await.json();
    methods.as_array().unwrap().iter().find(|m| m["kind"] == "card").unwrap()["provider"]["publishable_key"].as_str().unwrap().to_string()
}

/// Tokenises a card at the sandbox provider, as the browser does.
async fn card_token(app: &TestApp, pk: &str, number: &str) -> String {
    let res = app
        .request(Method::POST, "/psp/v1/tokens", &[("authorization", &format!("Bearer {pk}"))], Some(json!({"number": number, "exp_month": 12, "exp_year": 2031, "cvc": "123"})))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    res.json()["id"].as_str().unwrap().to_string()
}

async fn checkout(app: &TestApp, s: &Shopper, key: &str, body: &Value) -> TestResponse {
    let uri = format!("/api/v1/carts/{}/checkout", s.id);
    app.request(Method::POST, &uri, &[("authorization", &s.auth), ("idempotency-key", key)], Some(body.clone())).await
}

fn order_body(address: &Value, method: &str, payment: Value) -> Value {
    json!({"email": "ada@example.com", "shipping_address": address, "shipping_method": method, "payment": payment})
}

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql).fetch_one(&app.state.db.pool).await.unwrap()
}

/// Reserved units per variant equal the lines of orders still awaiting payment.
async fn assert_no_orphan_reservations(app: &TestApp) {
    let bad = scalar(
        app,
        "SELECT COUNT(*) FROM variants v WHERE v.reserved <> CAST(COALESCE((SELECT SUM(l.quantity) FROM order_lines l \
         JOIN orders o ON o.id = l.order_id WHERE l.variant_id = v.id AND o.status = 'pending_payment'), 0) AS BIGINT) \
         OR v.reserved < 0 OR v.stock < 0 OR v.reserved > v.stock",
    )
    .await;
    assert_eq!(bad, 0, "reservations match pending orders, stock never negative");
}

async fn address_formats_and_validation_use_real_country_data(app: &TestApp) {
    let us = app.get("/api/v1/address-formats/us").await.json();
    assert_eq!(us["name"], "United States");
    assert!(us["regions"].as_array().unwrap().iter().any(|r| r["iso"] == "CA" && r["zip"] == "9[0-5]|96[01]"));
    assert_eq!(app.get("/api/v1/address-formats/XX").await.status, StatusCode::NOT_FOUND);
    let validate = |a: Value| async move { app.request(Method::POST, "/api/v1/addresses/validate", &[], Some(a)).await.json() };
    let ok = validate(us_address()).await;
    assert_eq!(ok["valid"], true, "{ok}");
    let mut wrong = us_address();
    wrong["postal_code"] = json!("10001");
    let v = validate(wrong).await;
    assert_eq!(v["valid"], false);
    assert!(v["errors"]["postal_code"][0].as_str().unwrap().starts_with("10001 is not a California ZIP code"));
    assert_eq!(v["suggestions"]["region"], "NY");
    let v = validate(json!({"name": "S. Holmes", "address1": "221B Baker St", "city": "London", "postal_code": "nw16xe", "country": "GB"})).await;
    assert_eq!((v["valid"].clone(), v["normalized"]["postal_code"].clone()), (json!(true), json!("NW1 6XE")));
    let v = validate(json!({"name": "Wong", "address1": "1 Queen's Rd", "region": "Kowloon", "country": "HK"})).await;
    assert_eq!(v["valid"], true, "Hong Kong has no postcode: {v}");
    let v = validate(json!({"name": "M", "address1": "Str. 1", "city": "Berlin", "postal_code": "1011", "country": "DE"})).await;
    assert!(v["errors"]["postal_code"][0].as_str().unwrap().contains("like 26133"));
    let v = validate(json!({"name": "Y", "address1": "1-1", "city": "Chiyoda", "region": "東京都", "postal_code": "100-0001", "country": "JP"})).await;
    assert_eq!((v["valid"].clone(), v["normalized"]["region"].clone()), (json!(true), json!("13")));
    let res = app.request(Method::POST, "/api/v1/addresses/validate", &[], Some(json!({"street": "x"}))).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn shipping_and_payment_methods_depend_on_destination_and_total(app: &TestApp) {
    let s = Shopper::new(app).await;
    assert_eq!(s.call(app, Method::GET, "/shipping-methods", None).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let s = cart_with(app, 1, &us_address()).await;
    let methods = s.call(app, Method::GET, "/shipping-methods", None).await.json();
    let ids: Vec<&str> = methods.as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["us-standard", "us-express"]);
    assert!(methods[0]["delivery_from"].as_str().unwrap().len() == 10);
    let kinds = |v: Value| v.as_array().unwrap().iter().map(|m| m["kind"].as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert_eq!(kinds(s.call(app, Method::GET, "/payment-methods", None).await.json()), ["card", "invoice"]);
    s.call(app, Method::PATCH, "", Some(json!({"country": "DE"}))).await;
    assert_eq!(kinds(s.call(app, Method::GET, "/payment-methods", None).await.json()), ["card", "bank_transfer", "cash_on_delivery", "invoice"]);
    // Cash on delivery stops at $300.
    let (v, _, _) = variant(app, TENT, 1).await;
    s.add(app, v, 1).await;
    let kinds = kinds(s.call(app, Method::GET, "/payment-methods", None).await.json());
    assert!(!kinds.contains(&"cash_on_delivery".to_string()), "{kinds:?}");
    // A chosen method changes the estimate.
    let res = s.call(app, Method::PATCH, "", Some(json!({"country": "DE", "shipping_method": "eu-express"}))).await;
    assert_eq!(res.json()["shipping_rate"]["id"], "eu-express");
    let res = s.call(app, Method::PATCH, "", Some(json!({"country": "DE", "shipping_method": "us-express"}))).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn every_test_card_reaches_its_documented_outcome(app: &TestApp) {
    let reserved_before = scalar(app, "SELECT CAST(COALESCE(SUM(reserved), 0) AS BIGINT) FROM variants").await;
    for (number, status, code) in [
        ("4242424242424242", 201, ""),
        ("4000000000000002", 402, "card_declined"),
        ("4000000000009995", 402, "insufficient_funds"),
        ("4000000000000069", 402, "expired_card"),
        ("4000000000000127", 402, "incorrect_cvc"),
        ("4000002500003155", 202, ""),
    ] {
        let s = cart_with(app, 1, &us_address()).await;
        let pk = publishable_key(app, &s).await;
        let token = card_token(app, &pk, number).await;
        let res = checkout(app, &s, "k1", &order_body(&us_address(), "us-standard", json!({"method": "card", "token": token}))).await;
        assert_eq!(res.status.as_u16(), status, "{number}: {}", String::from_utf8_lossy(&res.body));
        let body = res.json();
        match status {
            201 => {
                assert_eq!(body["order"]["status"], "confirmed");
                assert_eq!(body["order"]["payment"]["status"], "succeeded");
                assert_eq!(body["order"]["payment"]["last4"], "4242");
                assert!(body["order"]["number"].as_str().unwrap().starts_with("VT-"));
                assert_eq!(s.cart(app).await["version"].as_i64().map(|_| ()), Some(()));
            }
            402 => {
                assert_eq!(body["errors"]["decline_code"][0], code, "{number}");
                assert!(body["message"].as_str().unwrap().len() > 20, "a plain-words reason");
                // Nothing ordered, nothing held, the cart is open to try again.
                let retry = card_token(app, &pk, "4242424242424242").await;
                let res = checkout(app, &s, "k2", &order_body(&us_address(), "us-standard", json!({"method": "card", "token": retry}))).await;
                assert_eq!(res.status, StatusCode::CREATED, "retry with another card after {number}");
            }
            _ => {
                assert_eq!(body["order"]["status"], "pending_payment");
                assert!(body["next_action"]["url"].as_str().unwrap().contains("/psp/v1/challenge/"));
            }
        }
    }
    assert_no_orphan_reservations(app).await;
    let reserved_after = scalar(app, "SELECT CAST(COALESCE(SUM(reserved), 0) AS BIGINT) FROM variants").await;
    assert_eq!(reserved_after, reserved_before + 1, "only the challenge order holds stock");
}

async fn a_challenge_is_completed_or_failed_and_the_order_follows(app: &TestApp) {
    for passed in [true, false] {
        let s = cart_with(app, 2, &us_address()).await;
        let pk = publishable_key(app, &s).await;
        let token = card_token(app, &pk, "4000002500003155").await;
        let res = checkout(app, &s, "k", &order_body(&us_address(), "us-standard", json!({"method": "card", "token": token}))).await;
        assert_eq!(res.status, StatusCode::ACCEPTED);
        let body = res.json();
        let url = body["next_action"]["url"].as_str().unwrap().to_string();
        let number = body["order"]["number"].as_str().unwrap().to_string();
        let order_token = body["order_token"].as_str().unwrap().to_string();
        // The cart is locked while the bank decides.
        let line = s.cart(app).await["lines"][0]["id"].as_i64().unwrap();
        assert_eq!(s.call(app, Method::DELETE, &format!("/lines/{line}"), None).await.status, StatusCode::CONFLICT);
        let pay = format!("/api/v1/orders/{number}/payment?token={order_token}");
        assert_eq!(app.request(Method::POST, &pay, &[], None).await.status, StatusCode::CONFLICT, "challenge not done yet");
        let page = app.get(&url).await;
        assert!(String::from_utf8_lossy(&page.body).contains("Complete authentication"));
        let (path, query) = url.split_once('?').unwrap();
        let secret = query.trim_start_matches("client_secret=");
        let form = format!("client_secret={secret}&outcome={}", if passed { "complete" } else { "fail" });
        let req = axum::http::Request::post(path).header("content-type", "application/x-www-form-urlencoded").body(axum::body::Body::from(form)).unwrap();
        let done = app.raw(req).await;
        assert!(String::from_utf8_lossy(&done.body).contains("vitrine-psp-challenge"));
        let res = app.request(Method::POST, &pay, &[], None).await;
        if passed {
            assert_eq!(res.status, StatusCode::OK);
            assert_eq!(res.json()["status"], "confirmed");
            assert_eq!(s.call(app, Method::DELETE, &format!("/lines/{line}"), None).await.status, StatusCode::CONFLICT, "ordered carts are closed");
        } else {
            assert_eq!(res.status, StatusCode::PAYMENT_REQUIRED);
            assert!(res.json()["message"].as_str().unwrap().contains("couldn't confirm it was you"));
            assert_eq!(s.call(app, Method::DELETE, &format!("/lines/{line}"), None).await.status, StatusCode::OK, "the cart reopens");
        }
        let order = app.get(&format!("/api/v1/orders/{number}?token={order_token}")).await.json();
        assert_eq!(order["status"], if passed { "confirmed" } else { "canceled" });
    }
    assert_no_orphan_reservations(app).await;
}

async fn the_same_key_places_one_order_and_one_charge(app: &TestApp) {
    let s = cart_with(app, 1, &us_address()).await;
    let pk = publishable_key(app, &s).await;
    let token = card_token(app, &pk, "4242424242424242").await;
    let body = order_body(&us_address(), "us-standard", json!({"method": "card", "token": token}));
    let orders_before = scalar(app, "SELECT COUNT(*) FROM orders").await;
    let charges_before = scalar(app, "SELECT COUNT(*) FROM psp_payment_intents").await;
    let results = futures_util::future::join_all((0..50).map(|_| checkout(app, &s, "double-click", &body))).await;
    let numbers: std::collections::HashSet<String> = results
        .iter()
        .map(|r| {
            assert_eq!(r.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&r.body));
            r.json()["order"]["number"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(numbers.len(), 1, "every repeat answers with the same order");
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM orders").await, orders_before + 1);
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM psp_payment_intents").await, charges_before + 1);
    // The same key with another body is refused, not re-run.
    let mut other = body.clone();
    other["email"] = json!("someone@else.example");
    let res = checkout(app, &s, "double-click", &other).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.json()["errors"]["Idempotency-Key"].is_array());
    let uri = format!("/api/v1/carts/{}/checkout", s.id);
    let res = app.request(Method::POST, &uri, &[("authorization", &s.auth)], Some(body)).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "the key is required");
}

async fn concurrent_checkouts_never_oversell(app: &TestApp) {
    let (v, _, _) = variant(app, TEE, 1).await;
    for round in 0..20 {
        sqlx::query("UPDATE variants SET stock = reserved + 1 WHERE id = $1").bind(v).execute(&app.state.db.pool).await.unwrap();
        // Card orders reserve; bank transfers sell at once: both paths race.
        let (address, payment_card) = if round % 2 == 0 { (us_address(), true) } else { (de_address(), false) };
        let mut shoppers = Vec::new();
        for _ in 0..50 {
            let s = Shopper::new(app).await;
            assert_eq!(s.add(app, v, 1).await.status, StatusCode::OK);
            shoppers.push(s);
        }
        let pk = app.state.psp.publishable.clone();
        let mut bodies = Vec::new();
        for _ in &shoppers {
            let payment = if payment_card {
                json!({"method": "card", "token": card_token(app, &pk, "4242424242424242").await})
            } else {
                json!({"method": "bank_transfer"})
            };
            let method = if payment_card { "us-standard" } else { "eu-standard" };
            bodies.push(order_body(&address, method, payment));
        }
        let before = scalar(app, "SELECT COUNT(*) FROM orders WHERE status <> 'canceled'").await;
        let results = futures_util::future::join_all(shoppers.iter().zip(&bodies).map(|(s, b)| checkout(app, s, "go", b))).await;
        let placed = results.iter().filter(|r| r.status == StatusCode::CREATED).count();
        for r in results.iter().filter(|r| r.status != StatusCode::CREATED) {
            assert_eq!(r.status, StatusCode::CONFLICT, "{}", String::from_utf8_lossy(&r.body));
            let m = r.json()["message"].as_str().unwrap().to_string();
            assert!(m.to_lowercase().contains("sold out"), "{m}");
        }
        assert_eq!(placed, 1, "round {round}: exactly one order");
        assert_eq!(scalar(app, "SELECT COUNT(*) FROM orders WHERE status <> 'canceled'").await, before + 1);
        let left: i64 = sqlx::query_scalar("SELECT stock - reserved FROM variants WHERE id = $1").bind(v).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(left, 0);
        assert_no_orphan_reservations(app).await;
    }
}

async fn client_prices_are_ignored_and_bad_input_rejected(app: &TestApp) {
    let s = cart_with(app, 2, &us_address()).await;
    let pk = publishable_key(app, &s).await;
    let token = card_token(app, &pk, "4242424242424242").await;
    let good = order_body(&us_address(), "us-express", json!({"method": "card", "token": token}));
    let cases: Vec<(Value, u16, &str)> = vec![
        ({ let mut b = good.clone(); b["total"] = json!("0.01"); b }, 422, "total"),
        ({ let mut b = good.clone(); b["payment"]["amount"] = json!("0.01"); b }, 422, "payment"),
        ({ let mut b = good.clone(); b["email"] = json!("not-an-email"); b }, 422, "email"),
        ({ let mut b = good.clone(); b["shipping_address"]["postal_code"] = json!("10001"); b }, 422, "shipping_address.postal_code"),
        ({ let mut b = good.clone(); b["shipping_address"]["city"] = json!(""); b }, 422, "shipping_address.city"),
        ({ let mut b = good.clone(); b["shipping_method"] = json!("eu-express"); b }, 422, "shipping_method"),
        ({ let mut b = good.clone(); b["payment"] = json!({"method": "cash_on_delivery"}); b }, 422, "payment"),
        ({ let mut b = good.clone(); b["payment"] = json!({"method": "invoice"}); b }, 422, "shipping_address.company"),
        ({ let mut b = good.clone(); b["expected_total"] = json!({"amount": "1.00", "currency": "USD"}); b }, 409, "expected_total"),
    ];
    for (i, (body, status, field)) in cases.into_iter().enumerate() {
        let res = checkout(app, &s, &format!("bad-{i}"), &body).await;
        assert_eq!(res.status.as_u16(), status, "{field}: {}", String::from_utf8_lossy(&res.body));
        assert!(res.json()["errors"][field].is_array(), "{field}: {}", res.json());
    }
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM orders").await, 0, "no half-written orders");
    // The charged amount is the server's total, whatever the client believed.
    let cart = s.cart(app).await;
    let res = checkout(app, &s, "good", &good).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let order = res.json()["order"].clone();
    assert_eq!(money(&order["totals"]["shipping"]), "18.00", "express was chosen");
    assert_ne!(order["totals"]["total"], cart["totals"]["total"], "the estimate used standard shipping");
    let charged = scalar(app, "SELECT amount_minor FROM psp_payment_intents").await;
    let total: f64 = money(&order["totals"]["total"]).parse().unwrap();
    assert_eq!(charged, (total * 100.0).round() as i64);
}

fn money(v: &Value) -> String {
    v["amount"].as_str().unwrap().to_string()
}

async fn nobody_reaches_another_customers_cart_or_order(app: &TestApp) {
    let a = cart_with(app, 1, &de_address()).await;
    let b = Shopper::new(app).await;
    let intruder = Shopper { id: a.id.clone(), auth: b.auth.clone() };
    for path in ["/shipping-methods", "/payment-methods"] {
        assert_eq!(intruder.call(app, Method::GET, path, None).await.status, StatusCode::NOT_FOUND);
    }
    let body = order_body(&de_address(), "eu-standard", json!({"method": "bank_transfer"}));
    assert_eq!(checkout(app, &intruder, "x", &body).await.status, StatusCode::NOT_FOUND);
    let res = checkout(app, &a, "x", &body).await;
    assert_eq!(res.status, StatusCode::CREATED);
    let placed = res.json();
    let number = placed["order"]["number"].as_str().unwrap();
    let token = placed["order_token"].as_str().unwrap();
    assert_eq!(app.get(&format!("/api/v1/orders/{number}?token={token}")).await.status, StatusCode::OK);
    let other = cart_with(app, 1, &de_address()).await;
    let other_order = checkout(app, &other, "y", &body).await.json();
    let other_token = other_order["order_token"].as_str().unwrap();
    let wrong = app.get(&format!("/api/v1/orders/{number}?token={other_token}")).await;
    let none = app.get(&format!("/api/v1/orders/{number}")).await;
    let missing = app.get(&format!("/api/v1/orders/VT-0000-0000?token={token}")).await;
    for res in [&wrong, &none, &missing] {
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assert_eq!(res.body, missing.body, "the same answer");
    }
}

async fn webhooks_are_verified_and_finish_orders(app: &TestApp) {
    let s = cart_with(app, 1, &us_address()).await;
    let pk = publishable_key(app, &s).await;
    let token = card_token(app, &pk, "4000002500003155").await;
    let body = checkout(app, &s, "k", &order_body(&us_address(), "us-standard", json!({"method": "card", "token": token}))).await.json();
    let number = body["order"]["number"].as_str().unwrap().to_string();
    let url = body["next_action"]["url"].as_str().unwrap();
    let (id_part, secret) = url.split_once("?client_secret=").unwrap();
    let intent = id_part.rsplit('/').next().unwrap().to_string();
    // The shopper passes the challenge; the provider's webhook (here sent by hand) finishes the order.
    vitrine_server::psp::complete_challenge(&app.state, &intent, secret, true).await.unwrap();
    let event = json!({"type": "payment_intent.succeeded", "data": {"id": intent}}).to_string();
    let post = |sig: String, body: String| {
        let req = axum::http::Request::post("/api/v1/webhooks/psp").header("content-type", "application/json").header("vitrine-signature", sig).body(axum::body::Body::from(body)).unwrap();
        app.raw(req)
    };
    let now = vitrine_server::db::now();
    let secret_key = app.state.psp.webhook_secret.clone();
    assert_eq!(post("t=1,v1=00".into(), event.clone()).await.status, StatusCode::BAD_REQUEST);
    assert_eq!(post(vitrine_server::secrets::sign_webhook(&secret_key, now - 600, event.as_bytes()), event.clone()).await.status, StatusCode::BAD_REQUEST, "stale");
    assert_eq!(post(vitrine_server::secrets::sign_webhook("whsec_wrong", now, event.as_bytes()), event.clone()).await.status, StatusCode::BAD_REQUEST);
    let status: String = sqlx::query_scalar("SELECT status FROM orders WHERE number = $1").bind(&number).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(status, "pending_payment", "rejected webhooks change nothing");
    assert_eq!(post(vitrine_server::secrets::sign_webhook(&secret_key, now, event.as_bytes()), event.clone()).await.status, StatusCode::OK);
    let status: String = sqlx::query_scalar("SELECT status FROM orders WHERE number = $1").bind(&number).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(status, "confirmed");
    // A replay is harmless.
    assert_eq!(post(vitrine_server::secrets::sign_webhook(&secret_key, now, event.as_bytes()), event).await.status, StatusCode::OK);
    assert_no_orphan_reservations(app).await;
}

async fn stale_reservations_expire(app: &TestApp) {
    let s = cart_with(app, 3, &us_address()).await;
    let pk = publishable_key(app, &s).await;
    let token = card_token(app, &pk, "4000002500003155").await;
    let body = checkout(app, &s, "k", &order_body(&us_address(), "us-standard", json!({"method": "card", "token": token}))).await.json();
    let number = body["order"]["number"].as_str().unwrap().to_string();
    assert_eq!(scalar(app, "SELECT CAST(COALESCE(SUM(reserved), 0) AS BIGINT) FROM variants").await, 3);
    assert_eq!(vitrine_server::orders::reconcile_payments(&app.state).await.unwrap().canceled, 0, "not stale yet");
    sqlx::query("UPDATE orders SET reserved_until = 1, created_at = created_at - 60 WHERE number = $1")
        .bind(&number)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(vitrine_server::orders::reconcile_payments(&app.state).await.unwrap().canceled, 1);
    assert_eq!(scalar(app, "SELECT CAST(COALESCE(SUM(reserved), 0) AS BIGINT) FROM variants").await, 0);
    let order = app.get(&format!("/api/v1/orders/{number}?token={}", body["order_token"].as_str().unwrap())).await.json();
    assert_eq!(order["status"], "canceled");
    assert!(order["events"].as_array().unwrap().iter().any(|e| e["kind"] == "canceled"));
    assert_eq!(s.cart(app).await["lines"].as_array().unwrap().len(), 1, "the cart is usable again");
    assert_no_orphan_reservations(app).await;
}

async fn manual_methods_place_orders_and_queue_emails(app: &TestApp) {
    for (payment, status, pay_status) in [("bank_transfer", "awaiting_payment", "awaiting"), ("cash_on_delivery", "confirmed", "on_delivery"), ("invoice", "awaiting_payment", "awaiting")] {
        let s = cart_with(app, 1, &de_address()).await;
        let (v, _, _) = variant(app, TEE, 1).await;
        let stock_before: i64 = sqlx::query_scalar("SELECT stock FROM variants WHERE id = $1").bind(v).fetch_one(&app.state.db.pool).await.unwrap();
        let res = checkout(app, &s, "k", &order_body(&de_address(), "eu-standard", json!({"method": payment}))).await;
        assert_eq!(res.status, StatusCode::CREATED, "{payment}: {}", String::from_utf8_lossy(&res.body));
        let order = res.json()["order"].clone();
        assert_eq!((order["status"].as_str(), order["payment"]["status"].as_str()), (Some(status), Some(pay_status)));
        assert!(order["payment"]["instructions"].as_str().unwrap().contains(if payment == "cash_on_delivery" { "courier" } else { "" }));
        assert_eq!(order["totals"]["tax_included"], false);
        let stock_after: i64 = sqlx::query_scalar("SELECT stock FROM variants WHERE id = $1").bind(v).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(stock_after, stock_before - 1, "sold at once");
        let (subject, body): (String, String) = sqlx::query_as("SELECT subject, body FROM outbox WHERE order_number = $1")
            .bind(order["number"].as_str().unwrap())
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
        assert!(subject.contains(order["number"].as_str().unwrap()));
        assert!(body.contains(order["status_url"].as_str().unwrap()), "the email links to the order");
    }
    let mailbox = app.get("/dev/mailbox").await;
    assert!(String::from_utf8_lossy(&mailbox.body).contains("Your order VT-"));
    assert_no_orphan_reservations(app).await;
}

/// What the catalog answers about a product, its listing and facet counts.
async fn catalog_view(app: &TestApp, handle: &str) -> Vec<Value> {
    let mut out = vec![app.get(&format!("/api/v1/products/{handle}")).await.json()];
    let in_category = format!("?category={APPAREL}&in_stock=true");
    for query in ["", "?in_stock=true&per_page=100", &in_category, "?q=tee&in_stock=true&sort=price-asc"] {
        let res = app.get(&format!("/api/v1/products{query}")).await;
        assert_eq!(res.status, StatusCode::OK, "{query}");
        out.push(res.json());
    }
    out
}

async fn the_catalog_follows_stock_that_orders_move(app: &TestApp) {
    // Two units left of one tee variant.
    let (v, _, _) = variant(app, TEE, 1).await;
    sqlx::query("UPDATE variants SET stock = 2, reserved = 0 WHERE id = $1").bind(v).execute(&app.state.db.pool).await.unwrap();
    app.state.catalog.reload().await.unwrap();
    let available = |p: &Value| p["variants"].as_array().unwrap().iter().find(|x| x["id"] == v).unwrap()["available"].as_i64().unwrap();
    assert_eq!(available(&catalog_view(app, TEE).await[0]), 2);
    let in_stock_total = |views: &[Value]| views[2]["total"].as_i64().unwrap();
    let before = catalog_view(app, TEE).await;

    // An order for both: the next refresh patches the snapshot in place.
    let s = Shopper::new(app).await;
    assert_eq!(s.add(app, v, 2).await.status, StatusCode::OK);
    let res = checkout(app, &s, "k", &order_body(&de_address(), "eu-standard", json!({"method": "invoice"}))).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let version = app.state.catalog.get().version;
    assert!(app.state.catalog.refresh().await.unwrap(), "stock moved, so the snapshot changes");
    assert_eq!(app.state.catalog.get().version, version + 1);
    let patched = catalog_view(app, TEE).await;
    let sold_out = patched[0]["variants"].as_array().unwrap().iter().find(|x| x["id"] == v).unwrap().clone();
    assert_eq!((sold_out["available"].as_i64(), sold_out["stock_status"].as_str()), (Some(0), Some("out_of_stock")), "{sold_out}");
    let tee_sold_out = patched[0]["variants"].as_array().unwrap().iter().all(|x| x["available"] == 0);
    assert_eq!(in_stock_total(&patched), in_stock_total(&before) - i64::from(tee_sold_out));
    // Exactly what a rebuild from the database answers.
    app.state.catalog.reload().await.unwrap();
    assert_eq!(catalog_view(app, TEE).await, patched);
    assert!(!app.state.catalog.refresh().await.unwrap(), "nothing moved since");

    // Another writer changed the catalog meanwhile: the refresh rebuilds from the database.
    sqlx::query("UPDATE variants SET stock = stock + 5 WHERE id = $1").bind(v).execute(&app.state.db.pool).await.unwrap();
    sqlx::query("UPDATE catalog_version SET version = version + 1 WHERE id = 1").execute(&app.state.db.pool).await.unwrap();
    app.state.catalog.stock_changed([v]);
    assert!(app.state.catalog.refresh().await.unwrap());
    assert_eq!(available(&catalog_view(app, TEE).await[0]), 5);
    assert_no_orphan_reservations(app).await;
}
