//! Fulfilment and tracking through the API (issue 10), on SQLite and
//! PostgreSQL: admin keys, the checklist, shipments, carrier webhooks in
//! both formats, estimates and delays, guest lookup, the live stream, and
//! nobody reaching what is not theirs.

mod common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use common::{Shopper, TestApp, TestResponse};
use serde_json::{json, Value};

on_both_backends!(crate::common::demo_config() =>
    admin_routes_refuse_missing_wrong_and_revoked_keys_alike,
    an_order_ships_in_parcels_and_follows_its_carrier_to_delivered,
    shipping_more_than_ordered_or_twice_at_once_is_refused,
    carrier_webhooks_are_verified_stored_once_and_ordered_by_their_own_time,
    aftership_webhooks_are_verified_and_applied,
    the_checklist_verifies_before_packing_and_cancel_restocks_and_refunds,
    nobody_opens_another_order_and_every_miss_looks_the_same,
    lookup_answers_alike_for_unknown_and_wrong_email_and_is_rate_limited,
    the_event_stream_sends_the_order,
    a_late_parcel_is_told_once,
    the_demo_carrier_moves_only_its_own_parcels_from_the_warehouse,
);

fn address() -> Value {
    json!({"name": "Ada Lovelace", "address1": "350 5th Ave", "city": "New York", "region": "NY", "postal_code": "10118", "country": "US"})
}

async fn admin_key(app: &TestApp, name: &str) -> String {
    vitrine_server::admin::keys::create(&app.state.db, name).await.unwrap().1
}

async fn admin(app: &TestApp, key: &str, method: Method, path: &str, body: Option<Value>) -> TestResponse {
    app.request(method, &format!("/api/v1/admin{path}"), &[("authorization", &format!("Bearer {key}"))], body).await
}

/// A paid card order with two lines (2 + 1 units): (number, link token, line ids).
async fn paid_order(app: &TestApp) -> (String, String, Vec<i64>) {
    let s = Shopper::new(app).await;
    let list = app.get("/api/v1/products?per_page=48&in_stock=true").await.json();
    let mut added = 0;
    for item in list["items"].as_array().unwrap() {
        let p = app.get(&format!("/api/v1/products/{}", item["handle"].as_str().unwrap())).await.json();
        if let Some(v) = p["variants"].as_array().unwrap().iter().find(|v| v["available"].as_i64().unwrap() >= 3) {
            assert_eq!(s.add(app, v["id"].as_i64().unwrap(), 2 - added).await.status, StatusCode::OK);
            added += 1;
            if added == 2 {
                break;
            }
        }
    }
    assert_eq!(s.call(app, Method::PATCH, "", Some(json!({"country": "US", "region": "NY"}))).await.status, StatusCode::OK);
    let methods = s.call(app, Method::GET, "/payment-methods", None).await.json();
    let pk = methods.as_array().unwrap().iter().find(|m| m["kind"] == "card").unwrap()["provider"]["publishable_key"].as_str().unwrap().to_string();
    let card = json!({"number": "4242424242424242", "exp_month": 12, "exp_year": 2031, "cvc": "123"});
    let token = app.request(Method::POST, "/psp/v1/tokens", &[("authorization", &format!("Bearer {pk}"))], Some(card)).await.json()["id"].as_str().unwrap().to_string();
    let body = json!({"email": "Ada@Example.com", "shipping_address": address(), "shipping_method": "us-standard", "payment": {"method": "card", "token": token}});
    let res = app.request(Method::POST, &format!("/api/v1/carts/{}/checkout", s.id), &[("authorization", &s.auth), ("idempotency-key", "t1")], Some(body)).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let j = res.json();
    let lines = j["order"]["lines"].as_array().unwrap().iter().map(|l| l["id"].as_i64().unwrap()).collect();
    (j["order"]["number"].as_str().unwrap().to_string(), j["order_token"].as_str().unwrap().to_string(), lines)
}

async fn order(app: &TestApp, number: &str, token: &str) -> Value {
    let res = app.get(&format!("/api/v1/orders/{number}?token={token}")).await;
    assert_eq!(res.status, StatusCode::OK);
    res.json()
}

async fn outbox_count(app: &TestApp, number: &str, kind: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE order_number = $1 AND kind = $2").bind(number).bind(kind).fetch_one(&app.state.db.pool).await.unwrap()
}

fn ship_body(lines: Value, tracking: &str) -> Value {
    json!({"lines": lines, "carrier": "UPS", "tracking_number": tracking, "tracking_url": format!("https://ups.example/track/{tracking}"), "service": "Ground"})
}

async fn admin_routes_refuse_missing_wrong_and_revoked_keys_alike(app: &TestApp) {
    let key = admin_key(app, "ops").await;
    assert_eq!(admin(app, &key, Method::GET, "/orders", None).await.status, StatusCode::OK);
    let missing = app.get("/api/v1/admin/orders").await;
    let wrong = admin(app, "vt_admin_wrong", Method::GET, "/orders", None).await;
    assert!(vitrine_server::admin::keys::revoke(&app.state.db, "ops").await.unwrap());
    let revoked = admin(app, &key, Method::GET, "/orders", None).await;
    for res in [&missing, &wrong, &revoked] {
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
        assert_eq!(res.body, missing.body, "one body for every refusal");
        assert_eq!(res.headers.get("www-authenticate").unwrap(), "Bearer");
    }
    // Refused before the body is read: nothing ships.
    let (number, _, lines) = paid_order(app).await;
    let res = admin(app, &key, Method::POST, &format!("/orders/{number}/shipments"), Some(ship_body(json!([{"line_id": lines[0], "quantity": 1}]), "1Z1"))).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    let shipments: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM shipments").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(shipments, 0);
}

async fn an_order_ships_in_parcels_and_follows_its_carrier_to_delivered(app: &TestApp) {
    let key = admin_key(app, "warehouse").await;
    let (number, token, lines) = paid_order(app).await;
    let before = order(app, &number, &token).await;
    assert_eq!(before["status"], "confirmed");
    assert!(before["estimate"]["earliest"].is_string(), "an estimate before anything ships: {before}");
    assert_eq!(before["progress"].as_array().unwrap().iter().filter(|s| s["current"] == true).count(), 1);

    let res = admin(app, &key, Method::POST, &format!("/orders/{number}/shipments"), Some(ship_body(json!([{"line_id": lines[0], "quantity": 1}]), "1ZFIRST"))).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let first = res.json();
    assert_eq!(first["carrier"], "UPS");
    assert_eq!(first["status_label"], "Label created");
    let o = order(app, &number, &token).await;
    assert_eq!(o["status"], "partially_shipped");
    assert_eq!(o["shipments"][0]["tracking_number"], "1ZFIRST");
    assert_eq!(outbox_count(app, &number, "shipped").await, 1);

    // The rest (no lines given: all that is left).
    let res = admin(app, &key, Method::POST, &format!("/orders/{number}/shipments"), Some(ship_body(json!([]), "1ZSECOND"))).await;
    assert_eq!(res.status, StatusCode::CREATED);
    let second = res.json();
    assert_eq!(order(app, &number, &token).await["status"], "shipped");

    for (id, status) in [(first["id"].as_i64().unwrap(), "InTransit"), (first["id"].as_i64().unwrap(), "OutForDelivery")] {
        let res = admin(app, &key, Method::POST, &format!("/shipments/{id}/events"), Some(json!({"status": status, "message": "Scan", "location": "Memphis, TN"}))).await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    }
    assert_eq!(order(app, &number, &token).await["status"], "out_for_delivery");
    assert_eq!(outbox_count(app, &number, "out_for_delivery").await, 1);

    let res = admin(app, &key, Method::POST, &format!("/orders/{number}/deliver"), None).await;
    assert_eq!(res.status, StatusCode::OK);
    let o = order(app, &number, &token).await;
    assert_eq!(o["status"], "delivered");
    assert!(o.get("estimate").is_none(), "no estimate once delivered");
    assert_eq!(outbox_count(app, &number, "delivered").await, 2, "one per parcel");
    let parcel = o["shipments"].as_array().unwrap().iter().find(|s| s["id"] == second["id"]).unwrap().clone();
    assert_eq!(parcel["status"], "Delivered");
    let events = o["shipments"].as_array().unwrap().iter().find(|s| s["id"] == first["id"]).unwrap()["events"].as_array().unwrap().clone();
    assert_eq!(events[0]["status"], "Delivered", "newest first");
    let html: String = sqlx::query_scalar("SELECT html_body FROM outbox WHERE order_number = $1 AND kind = 'shipped' LIMIT 1").bind(&number).fetch_one(&app.state.db.pool).await.unwrap();
    assert!(html.contains("<!doctype html>") && html.contains("1Z"), "shipped email has an HTML part with the tracking number");
    // Lists by status.
    let delivered = admin(app, &key, Method::GET, "/orders?status=delivered", None).await.json();
    assert!(delivered.as_array().unwrap().iter().any(|o| o["number"] == number.as_str()));
    assert_eq!(admin(app, &key, Method::GET, "/orders?status=bogus", None).await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn shipping_more_than_ordered_or_twice_at_once_is_refused(app: &TestApp) {
    let key = admin_key(app, "warehouse").await;
    let (number, _, lines) = paid_order(app).await;
    let too_many = admin(app, &key, Method::POST, &format!("/orders/{number}/shipments"), Some(ship_body(json!([{"line_id": lines[0], "quantity": 5}]), "1ZX"))).await;
    assert_eq!(too_many.status, StatusCode::CONFLICT, "{}", String::from_utf8_lossy(&too_many.body));
    let unknown = admin(app, &key, Method::POST, &format!("/orders/{number}/shipments"), Some(ship_body(json!([{"line_id": 999_999, "quantity": 1}]), "1ZX"))).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    let bad = admin(app, &key, Method::POST, &format!("/orders/{number}/shipments"), Some(json!({"carrier": "", "tracking_number": "x"}))).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.json()["errors"]["carrier"].is_array());
    // Two operators ship the same lines at once: one parcel.
    let body = ship_body(json!([{"line_id": lines[0], "quantity": 2}, {"line_id": lines[1], "quantity": 1}]), "1ZRACE");
    let path = format!("/orders/{number}/shipments");
    let (a, b) = tokio::join!(
        admin(app, &key, Method::POST, &path, Some(body.clone())),
        admin(app, &key, Method::POST, &path, Some(body.clone()))
    );
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::CONFLICT]);
    let shipped: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(sl.quantity), 0) AS BIGINT) FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id JOIN orders o ON o.id = s.order_id WHERE o.number = $1",
    )
    .bind(&number)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(shipped, 3, "each unit shipped once");
}

async fn post_signed(app: &TestApp, path: &str, header: &str, signature: &str, body: &str) -> TestResponse {
    let req = Request::builder()
        .method(Method::POST)
        .uri(path)
        .header("content-type", "application/json")
        .header(header, signature)
        .body(Body::from(body.to_string()))
        .unwrap();
    app.raw(req).await
}

async fn shipped_parcel(app: &TestApp, tracking: &str) -> (String, String, i64) {
    let key = admin_key(app, &format!("w-{tracking}")).await;
    let (number, token, _) = paid_order(app).await;
    let res = admin(app, &key, Method::POST, &format!("/orders/{number}/shipments"), Some(ship_body(json!([]), tracking))).await;
    assert_eq!(res.status, StatusCode::CREATED);
    (number, token, res.json()["id"].as_i64().unwrap())
}

async fn carrier_webhooks_are_verified_stored_once_and_ordered_by_their_own_time(app: &TestApp) {
    let (number, token, _) = shipped_parcel(app, "CW1").await;
    let secret = app.state.carrier_secrets.carrier.clone();
    let now = vitrine_server::db::now();
    let event = |id: &str, status: &str, time: i64| json!({"id": id, "tracking_number": "CW1", "status": status, "message": status, "location": "Leipzig, DE", "time": time}).to_string();
    let sign = |body: &str| vitrine_server::secrets::sign_webhook(&secret, vitrine_server::db::now(), body.as_bytes());
    let delivered = event("e-2", "Delivered", now - 60);
    let hook = "/api/v1/webhooks/carrier";
    // Wrong secret, body changed after signing, stale timestamp: refused, nothing recorded.
    let wrong = vitrine_server::secrets::sign_webhook("whsec_wrong", now, delivered.as_bytes());
    assert_eq!(post_signed(app, hook, "vitrine-signature", &wrong, &delivered).await.status, StatusCode::BAD_REQUEST);
    let changed = delivered.replace("Leipzig", "Lepzig");
    assert_eq!(post_signed(app, hook, "vitrine-signature", &sign(&delivered), &changed).await.status, StatusCode::BAD_REQUEST);
    let stale = vitrine_server::secrets::sign_webhook(&secret, now - 3600, delivered.as_bytes());
    assert_eq!(post_signed(app, hook, "vitrine-signature", &stale, &delivered).await.status, StatusCode::BAD_REQUEST);
    assert_eq!(order(app, &number, &token).await["status"], "shipped");
    // Delivered arrives before in transit (which happened earlier): the order ends delivered.
    assert_eq!(post_signed(app, hook, "vitrine-signature", &sign(&delivered), &delivered).await.status, StatusCode::OK);
    let in_transit = event("e-1", "InTransit", now - 3600);
    assert_eq!(post_signed(app, hook, "vitrine-signature", &sign(&in_transit), &in_transit).await.status, StatusCode::OK);
    let o = order(app, &number, &token).await;
    assert_eq!(o["status"], "delivered");
    let line = o["events"].as_array().unwrap().iter().find(|e| e["kind"] == "delivered").expect("a history line").clone();
    assert_eq!(line["at"], now - 60, "the order's history says when the carrier delivered, not when it said so: {line}");
    assert_eq!(o["shipments"][0]["events"][0]["status"], "Delivered");
    assert_eq!(o["shipments"][0]["events"][1]["status"], "InTransit");
    // A replay changes nothing and sends nothing twice.
    assert_eq!(post_signed(app, hook, "vitrine-signature", &sign(&delivered), &delivered).await.status, StatusCode::OK);
    assert_eq!(order(app, &number, &token).await["shipments"][0]["events"].as_array().unwrap().len(), 2);
    assert_eq!(outbox_count(app, &number, "delivered").await, 1);
    // Unknown tracking numbers are accepted and logged, not an error loop.
    let unknown = json!({"id": "e-9", "tracking_number": "NOPE", "status": "InTransit", "time": now}).to_string();
    assert_eq!(post_signed(app, hook, "vitrine-signature", &sign(&unknown), &unknown).await.status, StatusCode::OK);
}

async fn aftership_webhooks_are_verified_and_applied(app: &TestApp) {
    let (number, token, _) = shipped_parcel(app, "AS1").await;
    let secret = app.state.carrier_secrets.aftership.clone();
    let body = json!({
        "event": "tracking_update", "event_id": "6f0c5a0e-0000-4000-8000-000000000001", "ts": vitrine_server::db::now(),
        "msg": {"tracking_number": "AS1", "slug": "ups", "tag": "Exception", "subtag": "Exception_004",
                "aftership_estimated_delivery_date": {"estimated_delivery_date": "2099-01-09", "estimated_delivery_date_min": "2099-01-08", "estimated_delivery_date_max": "2099-01-10"},
                "checkpoints": [
                    {"checkpoint_time": "2026-12-01T09:00:00+01:00", "message": "Picked up", "location": "Leipzig", "tag": "InTransit", "subtag": "InTransit_002"},
                    {"checkpoint_time": "2026-12-02T09:00:00Z", "message": "Weather", "city": "Memphis", "country_name": "USA", "tag": "Exception", "subtag": "Exception_004"}
                ]}
    })
    .to_string();
    let hook = "/api/v1/webhooks/aftership";
    assert_eq!(post_signed(app, hook, "aftership-hmac-sha256", "bm9wZQ==", &body).await.status, StatusCode::BAD_REQUEST);
    let wrong = vitrine_server::secrets::aftership_signature("other-secret-entirely", body.as_bytes());
    assert_eq!(post_signed(app, hook, "aftership-hmac-sha256", &wrong, &body).await.status, StatusCode::BAD_REQUEST);
    let good = vitrine_server::secrets::aftership_signature(&secret, body.as_bytes());
    assert_eq!(post_signed(app, hook, "aftership-hmac-sha256", &good, &body).await.status, StatusCode::OK);
    let o = order(app, &number, &token).await;
    assert_eq!(o["status"], "exception");
    let parcel = &o["shipments"][0];
    assert_eq!(parcel["status"], "Exception");
    assert_eq!(parcel["events"].as_array().unwrap().len(), 2);
    assert_eq!(parcel["events"][0]["location"], "Memphis, USA");
    assert_eq!(parcel["estimate"]["earliest"], "2099-01-08");
    assert_eq!(parcel["estimate"]["source"], "carrier");
    assert_eq!(o["delay"]["reason"], "carrier_exception", "told before they ask: {o}");
    assert_eq!(outbox_count(app, &number, "delayed").await, 1);
    // AfterShip retries the same event: no second email.
    assert_eq!(post_signed(app, hook, "aftership-hmac-sha256", &good, &body).await.status, StatusCode::OK);
    assert_eq!(outbox_count(app, &number, "delayed").await, 1);
}

async fn the_checklist_verifies_before_packing_and_cancel_restocks_and_refunds(app: &TestApp) {
    let key = admin_key(app, "ops").await;
    let (number, token, _) = paid_order(app).await;
    let shown = admin(app, &key, Method::GET, &format!("/orders/{number}"), None).await.json();
    assert_eq!(shown["ready_to_pack"], true);
    assert_eq!(shown["checklist"].as_array().unwrap().len(), 3);
    let verified = admin(app, &key, Method::POST, &format!("/orders/{number}/verify"), None).await;
    assert_eq!(verified.status, StatusCode::OK);
    assert_eq!(verified.json()["order"]["status"], "processing");
    let stock_before: i64 = sqlx::query_scalar("SELECT CAST(SUM(stock) AS BIGINT) FROM variants").fetch_one(&app.state.db.pool).await.unwrap();
    let canceled = admin(app, &key, Method::POST, &format!("/orders/{number}/cancel"), Some(json!({"reason": "Out of stock at the warehouse"}))).await;
    assert_eq!(canceled.status, StatusCode::OK, "{}", String::from_utf8_lossy(&canceled.body));
    let stock_after: i64 = sqlx::query_scalar("SELECT CAST(SUM(stock) AS BIGINT) FROM variants").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(stock_after - stock_before, 3, "the three units are back");
    let o = order(app, &number, &token).await;
    assert_eq!(o["status"], "canceled");
    assert_eq!(o["payment"]["status"], "refunded");
    let refunded: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(SUM(r.amount_minor), 0) AS BIGINT) FROM psp_refunds r JOIN psp_payment_intents i ON i.id = r.intent_id WHERE i.reference = $1")
        .bind(&number)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let total: i64 = sqlx::query_scalar("SELECT total_minor FROM orders WHERE number = $1").bind(&number).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(refunded, total, "refunded exactly what was paid");
    // Twice: refused, nothing moves again.
    assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{number}/cancel"), Some(json!({}))).await.status, StatusCode::CONFLICT);
    // A shipped order can't be canceled; a canceled one can't ship.
    assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{number}/shipments"), Some(ship_body(json!([]), "1ZC"))).await.status, StatusCode::CONFLICT);
    let (shipped, _, _) = shipped_parcel(app, "1ZS").await;
    assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{shipped}/cancel"), Some(json!({}))).await.status, StatusCode::CONFLICT);
}

async fn nobody_opens_another_order_and_every_miss_looks_the_same(app: &TestApp) {
    let (mine, my_token, _) = paid_order(app).await;
    let (theirs, _, _) = paid_order(app).await;
    // Change the last hex digit to a different one (a fixed "0" left a token
    // ending in 0 untouched, one run in sixteen).
    let last = if my_token.ends_with('0') { '1' } else { '0' };
    let tampered = format!("{}{last}", &my_token[..my_token.len() - 1]);
    assert_ne!(tampered, my_token);
    let misses = [
        format!("/api/v1/orders/{theirs}?token={my_token}"),
        format!("/api/v1/orders/{mine}?token={tampered}"),
        format!("/api/v1/orders/{mine}?token="),
        format!("/api/v1/orders/{mine}?token=not-hex-%00"),
        format!("/api/v1/orders/{mine}"),
        format!("/api/v1/orders/VT-0000-0000?token={my_token}"),
        format!("/api/v1/orders/{theirs}/events?token={my_token}"),
        format!("/api/v1/orders/{mine}/events?token={tampered}"),
    ];
    let first = app.get(&misses[0]).await;
    assert_eq!(first.status, StatusCode::NOT_FOUND);
    for path in &misses[1..] {
        let res = app.get(path).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(res.body, first.body, "{path}: the same answer as a missing order");
    }
    assert_eq!(app.get(&format!("/api/v1/orders/{mine}?token={my_token}")).await.status, StatusCode::OK);
}

async fn lookup_answers_alike_for_unknown_and_wrong_email_and_is_rate_limited(app: &TestApp) {
    let (number, token, _) = paid_order(app).await;
    let look = |number: String, email: &str| {
        let body = json!({"number": number, "email": email});
        async move { app.request(Method::POST, "/api/v1/orders/lookup", &[], Some(body)).await }
    };
    let found = look(number.to_lowercase().replace('-', " "), " ada@example.COM ").await;
    assert_eq!(found.status, StatusCode::OK, "{}", String::from_utf8_lossy(&found.body));
    assert_eq!(found.json()["status_url"], format!("/orders/{number}?token={token}"));
    let started = std::time::Instant::now();
    let wrong_email = look(number.clone(), "eve@example.com").await;
    let t_wrong = started.elapsed();
    let started = std::time::Instant::now();
    let unknown = look("VT-ZZZZ-ZZZZ".into(), "ada@example.com").await;
    let t_unknown = started.elapsed();
    assert_eq!(wrong_email.status, StatusCode::NOT_FOUND);
    assert_eq!((unknown.status, &unknown.body), (wrong_email.status, &wrong_email.body), "one answer for both");
    assert!(t_wrong >= std::time::Duration::from_millis(240) && t_unknown >= std::time::Duration::from_millis(240), "held to the same floor");
    // Per order number: a few more tries, then 429 with Retry-After.
    let mut limited = None;
    for _ in 0..10 {
        let res = look(number.clone(), "mallory@example.com").await;
        if res.status == StatusCode::TOO_MANY_REQUESTS {
            limited = Some(res);
            break;
        }
        assert_eq!(res.status, StatusCode::NOT_FOUND);
    }
    let limited = limited.expect("rate limited");
    let wait: u64 = limited.headers.get("retry-after").unwrap().to_str().unwrap().parse().unwrap();
    assert!(wait > 0 && wait <= 900);
    assert_eq!(look("".into(), "").await.status, StatusCode::NOT_FOUND, "an empty form is a miss too, not a crash");
}

async fn the_event_stream_sends_the_order(app: &TestApp) {
    let (number, token, _) = paid_order(app).await;
    // In German: an EventSource cannot send Accept-Language, so the page's language rides in the address.
    let req = Request::builder().uri(format!("/api/v1/orders/{number}/events?token={token}&lang=de")).body(Body::empty()).unwrap();
    let res = tower::ServiceExt::oneshot(app.router.clone(), req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/event-stream"));
    let mut body = res.into_body().into_data_stream();
    let first = tokio::time::timeout(std::time::Duration::from_secs(5), futures_util::StreamExt::next(&mut body)).await.unwrap().unwrap().unwrap();
    let text = String::from_utf8_lossy(&first).to_string();
    assert!(text.starts_with("event: order\ndata: {"), "{text}");
    assert!(text.contains(&number));
    // A shipment wakes it at once.
    let key = admin_key(app, "live").await;
    let shipped = admin(app, &key, Method::POST, &format!("/orders/{number}/shipments"), Some(ship_body(json!([]), "LIVE1"))).await;
    assert_eq!(shipped.status, StatusCode::CREATED);
    let next = tokio::time::timeout(std::time::Duration::from_secs(5), futures_util::StreamExt::next(&mut body)).await.unwrap().unwrap().unwrap();
    let next = String::from_utf8_lossy(&next).to_string();
    assert!(next.contains("LIVE1"));
    // Every update in the stream's language, long after the request that opened it: they were English.
    assert!(text.contains("Bestellung aufgegeben.") && next.contains("Bestellung aufgegeben."), "{next}");
    assert!(!next.contains("Order placed."), "{next}");
}

async fn a_late_parcel_is_told_once(app: &TestApp) {
    let (number, token, _) = shipped_parcel(app, "LATE1").await;
    sqlx::query("UPDATE shipments SET est_earliest = '2020-01-01', est_latest = '2020-01-03' WHERE tracking_number = 'LATE1'").execute(&app.state.db.pool).await.unwrap();
    let o = order(app, &number, &token).await;
    assert_eq!(o["delay"]["reason"], "window_passed");
    assert!(o["delay"]["message"].as_str().unwrap().contains("longer than we promised"));
    assert!(vitrine_server::tracking::shipments::notify_delays(&app.state).await.unwrap() >= 1);
    vitrine_server::tracking::shipments::notify_delays(&app.state).await.unwrap();
    assert_eq!(outbox_count(app, &number, "delayed").await, 1, "once, however often the check runs");
}

/// The demo's carrier (`tracking::simulate`) scans a parcel where it is (the
/// label at the shop's warehouse) and leaves alone a parcel someone else
/// reports on: a parcel with an operator's scan got the simulator's whole
/// route back-dated around it, delivered before it was picked up.
async fn the_demo_carrier_moves_only_its_own_parcels_from_the_warehouse(app: &TestApp) {
    let key = admin_key(app, "warehouse").await;
    let (number, token, lines) = paid_order(app).await;
    let res = admin(app, &key, Method::POST, &format!("/orders/{number}/shipments"), Some(ship_body(json!([{"line_id": lines[0], "quantity": 2}]), "1ZSIM"))).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let res = admin(app, &key, Method::POST, &format!("/orders/{number}/shipments"), Some(ship_body(json!([]), "1ZHAND"))).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let by_hand = res.json()["id"].as_i64().unwrap();
    let scan = json!({"status": "InTransit", "message": "Scanned at the door", "location": "New York, NY"});
    assert_eq!(admin(app, &key, Method::POST, &format!("/shipments/{by_hand}/events"), Some(scan)).await.status, StatusCode::CREATED);

    vitrine_server::tracking::simulate::advance(&app.state).await.unwrap();
    vitrine_server::tracking::simulate::advance(&app.state).await.unwrap();
    let o = order(app, &number, &token).await;
    let events = |tracking: &str| -> Vec<(String, String)> {
        let parcel = o["shipments"].as_array().unwrap().iter().find(|p| p["tracking_number"] == tracking).unwrap();
        parcel["events"].as_array().unwrap().iter().map(|e| (e["message"].as_str().unwrap().into(), e["location"].as_str().unwrap_or("").into())).collect()
    };
    assert_eq!(events("1ZSIM"), [("Shipping label created; the carrier is waiting for the parcel.".to_string(), "Reno, NV".to_string())]);
    assert_eq!(events("1ZHAND"), [("Scanned at the door".to_string(), "New York, NY".to_string())]);
}
