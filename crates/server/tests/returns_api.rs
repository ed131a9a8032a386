//! Returns through the API (issue 11), on SQLite and PostgreSQL, over the
//! fixture shop (30-day window; the tent is final sale; home goods 14 days;
//! +10 % store credit): eligibility, the request under concurrency, photos,
//! the label, the operator's steps, refunds that never exceed what was paid,
//! exchanges that hold stock, store credit, carrier scans, reports, and
//! nobody reaching another shopper's return.

mod common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use common::fixtures::{MUG, TEE, TENT};
use common::orders::{admin, admin_key, card_order, Bought};
use common::{TestApp, TestResponse};
use serde_json::{json, Value};

on_both_backends!(fixtures: crate::common::fixture_config() =>
    eligibility_counts_from_delivery_and_says_why_not,
    a_return_goes_from_request_to_refund_once,
    twenty_parallel_requests_for_the_last_unit_make_one_return,
    parallel_partial_refunds_never_sum_above_what_was_captured,
    an_exchange_holds_stock_and_a_sold_out_variant_is_refused,
    photos_are_checked_by_content_and_kept_to_the_owner,
    nobody_reaches_another_orders_returns,
    store_credit_carries_the_bonus_and_a_ledger,
    carrier_scans_move_the_return_and_reports_count_it,
    a_return_reads_in_the_language_it_is_read_in,
);

const DAY: i64 = 86_400;

/// A card order of `items` (variant, quantity), shipped and delivered.
async fn delivered_order(app: &TestApp, items: &[(i64, i64)]) -> Bought {
    let b = card_order(app, items).await;
    let key = admin_key(app).await;
    let ship = json!({"lines": [], "carrier": "UPS", "tracking_number": format!("1Z{}", &b.number[3..].replace('-', "")), "service": "Ground"});
    assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{}/shipments", b.number), &[], Some(ship)).await.status, StatusCode::CREATED);
    assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{}/deliver", b.number), &[], None).await.status, StatusCode::OK);
    b
}

/// Variant ids of a product, in the catalog's order, with their stock.
async fn variants(app: &TestApp, handle: &str) -> Vec<(i64, i64)> {
    let p = app.get(&format!("/api/v1/products/{handle}")).await.json();
    p["variants"].as_array().unwrap().iter().map(|v| (v["id"].as_i64().unwrap(), v["available"].as_i64().unwrap())).collect()
}

async fn returnable(app: &TestApp, b: &Bought) -> Value {
    let res = app.get(&format!("/api/v1/orders/{}/returnable?token={}", b.number, b.token)).await;
    assert_eq!(res.status, StatusCode::OK, "{}", String::from_utf8_lossy(&res.body));
    res.json()
}

async fn start_return(app: &TestApp, b: &Bought, key: &str, lines: Value) -> TestResponse {
    app.request(Method::POST, &format!("/api/v1/orders/{}/returns?token={}", b.number, b.token), &[("idempotency-key", key)], Some(json!({"lines": lines}))).await
}

fn line(line_id: i64, quantity: i64, reason: &str, resolution: &str) -> Value {
    json!({"line_id": line_id, "quantity": quantity, "reason": reason, "resolution": resolution})
}

/// The return's token, from its status URL.
fn token_of(view: &Value) -> String {
    view["status_url"].as_str().unwrap().split("token=").nth(1).unwrap().to_string()
}

/// Stock in the database (the catalog snapshot follows on its next refresh).
async fn stock_of(app: &TestApp, variant: i64) -> i64 {
    sqlx::query_scalar("SELECT stock - reserved FROM variants WHERE id = $1").bind(variant).fetch_one(&app.state.db.pool).await.unwrap()
}

async fn count(app: &TestApp, sql: &str, bind: &str) -> i64 {
    sqlx::query_scalar(sql).bind(bind).fetch_one(&app.state.db.pool).await.unwrap()
}

async fn psp_refunded(app: &TestApp, number: &str) -> i64 {
    count(app, "SELECT CAST(COALESCE(SUM(r.amount_minor), 0) AS BIGINT) FROM psp_refunds r JOIN psp_payment_intents i ON i.id = r.intent_id WHERE i.reference = $1", number).await
}

fn minor(money: &Value) -> i64 {
    let d: rust_decimal::Decimal = money["amount"].as_str().unwrap().parse().unwrap();
    (d * rust_decimal::Decimal::from(100)).round().try_into().unwrap()
}

/// Approve and receive everything, as the warehouse would.
async fn approve_and_receive(app: &TestApp, key: &str, rma: &str) -> Value {
    let approved = admin(app, key, Method::POST, &format!("/returns/{rma}/approve"), &[], None).await;
    assert_eq!(approved.status, StatusCode::OK, "{}", String::from_utf8_lossy(&approved.body));
    let received = admin(app, key, Method::POST, &format!("/returns/{rma}/receive"), &[], Some(json!({}))).await;
    assert_eq!(received.status, StatusCode::OK, "{}", String::from_utf8_lossy(&received.body));
    let v = received.json();
    assert_eq!(v["status"], "inspected");
    v
}

async fn eligibility_counts_from_delivery_and_says_why_not(app: &TestApp) {
    let tee = variants(app, TEE).await[0].0;
    let tent = variants(app, TENT).await[0].0;
    let mug = variants(app, MUG).await[0].0;
    let b = card_order(app, &[(tee, 2), (tent, 1), (mug, 1)]).await;
    let before = returnable(app, &b).await;
    for l in before["lines"].as_array().unwrap() {
        assert_eq!(l["returnable_quantity"], 0);
    }
    assert_eq!(before["lines"][0]["reason"], "Not delivered yet");
    assert_eq!(before["lines"][1]["reason"], "Final sale", "the tent is final sale even before delivery");
    assert_eq!(before["reasons"].as_array().unwrap().iter().find(|r| r["code"] == "arrived_damaged").unwrap()["photo_required"], true);
    assert_eq!(before["resolutions"].as_array().unwrap().iter().find(|r| r["code"] == "store_credit").unwrap()["bonus_percent"], 10);

    let key = admin_key(app).await;
    let ship = json!({"lines": [], "carrier": "UPS", "tracking_number": "1ZELIG"});
    assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{}/shipments", b.number), &[], Some(ship)).await.status, StatusCode::CREATED);
    assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{}/deliver", b.number), &[], None).await.status, StatusCode::OK);
    let now = returnable(app, &b).await;
    let lines = now["lines"].as_array().unwrap();
    assert_eq!((lines[0]["returnable_quantity"].as_i64(), lines[1]["returnable_quantity"].as_i64(), lines[2]["returnable_quantity"].as_i64()), (Some(2), Some(0), Some(1)));
    assert_eq!(lines[1]["reason_code"]["code"], "final_sale");
    assert!(lines[0]["exchange_options"].as_array().unwrap().len() > 1, "other sizes and colours of the tee");
    assert!(minor(&lines[0]["unit_refund"]) > 0);

    // Delivered 20 days ago: the mug's 14 days are over (the window names its last day), the tee's 30 are not.
    let delivered_at = vitrine_server::db::now() - 20 * DAY;
    sqlx::query("UPDATE shipments SET delivered_at = $1").bind(delivered_at).execute(&app.state.db.pool).await.unwrap();
    let later = returnable(app, &b).await;
    let mug_line = &later["lines"][2];
    assert_eq!(mug_line["returnable_quantity"], 0);
    assert_eq!(mug_line["reason_code"]["code"], "window_closed");
    assert!(mug_line["reason"].as_str().unwrap().starts_with("The return window closed on "), "{mug_line}");
    assert_eq!(later["lines"][0]["returnable_quantity"], 2);
    // Day 31 closes the tee too.
    sqlx::query("UPDATE shipments SET delivered_at = $1").bind(vitrine_server::db::now() - 31 * DAY).execute(&app.state.db.pool).await.unwrap();
    assert_eq!(returnable(app, &b).await["lines"][0]["returnable_quantity"], 0);
}

async fn a_return_goes_from_request_to_refund_once(app: &TestApp) {
    let tee = variants(app, TEE).await[0].0;
    let b = delivered_order(app, &[(tee, 2)]).await;
    let key = admin_key(app).await;
    let ask = json!([line(b.lines[0], 1, "too_small", "refund")]);
    let res = start_return(app, &b, "ret-1", ask.clone()).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let v = res.json();
    let rma = v["rma"].as_str().unwrap().to_string();
    assert!(rma.starts_with("R-"));
    assert_eq!(v["status"], "requested");
    assert_eq!(v["lines"][0]["reason_label"], "Too small");
    let value = minor(&v["lines"][0]["value"]);
    assert!(value > 0);
    // The same key again: the same return, nothing new.
    let again = start_return(app, &b, "ret-1", ask).await;
    assert_eq!((again.status, again.json()["rma"].as_str().map(str::to_string)), (StatusCode::CREATED, Some(rma.clone())));
    // The same key with another body: refused.
    let other = start_return(app, &b, "ret-1", json!([line(b.lines[0], 1, "too_big", "refund")])).await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    // More than is left (1 delivered unit not in a return): field-level error.
    let too_many = start_return(app, &b, "ret-2", json!([line(b.lines[0], 2, "too_small", "refund")])).await;
    assert_eq!(too_many.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(too_many.json()["errors"]["lines[0].quantity"][0], "You can return at most 1.");
    let no_reason = start_return(app, &b, "ret-3", json!([line(b.lines[0], 1, "", "refund")])).await;
    assert_eq!(no_reason.json()["errors"]["lines[0].reason"][0], "Choose a reason.");
    assert_eq!(count(app, "SELECT COUNT(*) FROM returns WHERE rma LIKE $1", "R-%").await, 1, "refusals wrote nothing");

    let token = token_of(&v);
    // No label before approval.
    assert_eq!(app.get(&format!("/api/v1/returns/{rma}/label.svg?token={token}")).await.status, StatusCode::CONFLICT);
    let approved = admin(app, &key, Method::POST, &format!("/returns/{rma}/approve"), &[], None).await.json();
    assert_eq!(approved["status"], "approved");
    assert!(approved["method"]["tracking_number"].as_str().unwrap().starts_with("1ZRT"));
    let label = app.get(&format!("/api/v1/returns/{rma}/label.svg?token={token}")).await;
    assert_eq!(label.status, StatusCode::OK);
    assert_eq!(label.headers["content-type"], "image/svg+xml");
    let svg = String::from_utf8_lossy(&label.body);
    assert!(svg.contains(&rma) && svg.contains("Ada Lovelace") && svg.contains("<path d=\"M"), "label with sender, RMA and QR");
    // Refunds wait for inspection.
    let early = admin(app, &key, Method::POST, &format!("/returns/{rma}/refund"), &[("idempotency-key", "r1")], Some(json!({}))).await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    let received = admin(app, &key, Method::POST, &format!("/returns/{rma}/receive"), &[], Some(json!({"lines": [{"line_id": b.lines[0], "quantity": 1, "condition": "as new"}]}))).await;
    assert_eq!(received.status, StatusCode::OK, "{}", String::from_utf8_lossy(&received.body));
    assert_eq!(received.json()["lines"][0]["condition"], "as new");
    // A refund without a key is refused; with one it refunds once however often it is sent.
    assert_eq!(admin(app, &key, Method::POST, &format!("/returns/{rma}/refund"), &[], Some(json!({}))).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut answers = Vec::new();
    for _ in 0..3 {
        answers.push(admin(app, &key, Method::POST, &format!("/returns/{rma}/refund"), &[("idempotency-key", "r1")], Some(json!({}))).await);
    }
    for a in &answers {
        assert_eq!(a.status, StatusCode::OK, "{}", String::from_utf8_lossy(&a.body));
    }
    let done = answers[2].json();
    assert_eq!(done["status"], "refunded");
    assert_eq!(done["money"].as_array().unwrap().len(), 1);
    assert_eq!(psp_refunded(app, &b.number).await, value, "refunded the unit's share, once");
    // Nothing more is due.
    assert_eq!(admin(app, &key, Method::POST, &format!("/returns/{rma}/refund"), &[("idempotency-key", "r2")], Some(json!({}))).await.status, StatusCode::CONFLICT);
    // The shopper's page shows it; emails were written once per step.
    let page = app.get(&format!("/api/v1/returns/{rma}?token={token}")).await.json();
    assert_eq!(page["status"], "refunded");
    assert_eq!(page["progress"].as_array().unwrap().last().unwrap()["label"], "Refunded");
    for kind in ["return_requested", "return_approved", "return_received", "return_refunded"] {
        assert_eq!(count(app, "SELECT COUNT(*) FROM outbox WHERE kind = $1", kind).await, 1, "{kind}");
    }
    // The returned unit no longer counts as returnable; the other still does.
    assert_eq!(returnable(app, &b).await["lines"][0]["returnable_quantity"], 1);
}

async fn twenty_parallel_requests_for_the_last_unit_make_one_return(app: &TestApp) {
    let tee = variants(app, TEE).await[1].0;
    let b = delivered_order(app, &[(tee, 1)]).await;
    let tasks = (0..20).map(|i| {
        let key = format!("race-{i}");
        let b = &b;
        async move { start_return(app, b, &key, json!([line(b.lines[0], 1, "changed_mind", "refund")])).await.status }
    });
    let statuses = futures_util::future::join_all(tasks).await;
    let created = statuses.iter().filter(|s| **s == StatusCode::CREATED).count();
    assert_eq!(created, 1, "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == StatusCode::CREATED || *s == StatusCode::UNPROCESSABLE_ENTITY), "{statuses:?}");
    assert_eq!(count(app, "SELECT COUNT(*) FROM return_lines WHERE order_line_id = CAST($1 AS BIGINT)", &b.lines[0].to_string()).await, 1);
}

async fn parallel_partial_refunds_never_sum_above_what_was_captured(app: &TestApp) {
    let tee = variants(app, TEE).await[2].0;
    let b = delivered_order(app, &[(tee, 3)]).await;
    let key = admin_key(app).await;
    let v = start_return(app, &b, "all", json!([line(b.lines[0], 3, "not_as_described", "refund")])).await.json();
    let rma = v["rma"].as_str().unwrap().to_string();
    approve_and_receive(app, &key, &rma).await;
    let due = minor(&v["refund_total"]);
    // An amount above what is left is refused with how much is left.
    let over = admin(app, &key, Method::POST, &format!("/returns/{rma}/refund"), &[("idempotency-key", "over")], Some(json!({"amount": "9999.00"}))).await;
    assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(over.json()["message"].as_str().unwrap().starts_with("At most "));
    // Twenty parallel partial refunds of a third each: at most three fit.
    let part = format!("{:.2}", (due / 3) as f64 / 100.0);
    let tasks = (0..20).map(|i| {
        let (key, rma, part) = (&key, &rma, &part);
        async move {
            let k = format!("part-{i}");
            admin(app, key, Method::POST, &format!("/returns/{rma}/refund"), &[("idempotency-key", &k)], Some(json!({"amount": part}))).await.status
        }
    });
    let statuses = futures_util::future::join_all(tasks).await;
    let ok = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    assert!((1..=3).contains(&ok), "{statuses:?}");
    let refunded = psp_refunded(app, &b.number).await;
    assert!(refunded <= due, "{refunded} > {due}");
    let total: i64 = count(app, "SELECT total_minor FROM orders WHERE number = $1", &b.number).await;
    assert!(refunded <= total);
    let payouts = count(app, "SELECT CAST(COALESCE(SUM(amount_minor), 0) AS BIGINT) FROM return_payouts WHERE kind = $1", "refund").await;
    assert_eq!(payouts, refunded, "the books match the provider");
}

async fn an_exchange_holds_stock_and_a_sold_out_variant_is_refused(app: &TestApp) {
    let all = variants(app, TEE).await;
    let (bought, _) = all[0];
    let (wanted, wanted_before) = all[1];
    let sold_out = all.iter().find(|(_, a)| *a == 0).expect("a sold-out tee").0;
    let b = delivered_order(app, &[(bought, 2)]).await;
    let refused = start_return(app, &b, "x1", json!([{"line_id": b.lines[0], "quantity": 1, "reason": "too_small", "resolution": "exchange", "exchange_variant_id": sold_out}])).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.json()["errors"]["lines[0].exchange_variant_id"][0].as_str().unwrap().contains("sold out"));
    let mug = variants(app, MUG).await[0].0;
    let wrong_product = start_return(app, &b, "x2", json!([{"line_id": b.lines[0], "quantity": 1, "reason": "too_small", "resolution": "exchange", "exchange_variant_id": mug}])).await;
    assert_eq!(wrong_product.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = start_return(app, &b, "x3", json!([{"line_id": b.lines[0], "quantity": 1, "reason": "too_small", "resolution": "exchange", "exchange_variant_id": wanted, "comment": "One size up, please"}])).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let v = res.json();
    assert_eq!(v["lines"][0]["comment"], "One size up, please");
    assert!(v["lines"][0]["exchange_title"].is_string());
    assert_eq!(stock_of(app, wanted).await, wanted_before - 1, "the replacement is held at once");
    let key = admin_key(app).await;
    let rma = v["rma"].as_str().unwrap().to_string();
    approve_and_receive(app, &key, &rma).await;
    assert_eq!(admin(app, &key, Method::POST, &format!("/returns/{rma}/exchange"), &[], Some(json!({"carrier": "", "tracking_number": "1ZX"}))).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let shipped = admin(app, &key, Method::POST, &format!("/returns/{rma}/exchange"), &[], Some(json!({"carrier": "UPS", "tracking_number": "1ZEXCH"}))).await;
    assert_eq!(shipped.status, StatusCode::OK, "{}", String::from_utf8_lossy(&shipped.body));
    assert_eq!(shipped.json()["status"], "exchanged");
    assert_eq!(count(app, "SELECT COUNT(*) FROM shipments WHERE tracking_number = $1 AND return_id IS NOT NULL", "1ZEXCH").await, 1);
    // A rejected exchange gives the held unit back.
    let b2 = delivered_order(app, &[(bought, 1)]).await;
    let v2 = start_return(app, &b2, "x4", json!([{"line_id": b2.lines[0], "quantity": 1, "reason": "too_small", "resolution": "exchange", "exchange_variant_id": wanted}])).await.json();
    let held = stock_of(app, wanted).await;
    let rejected = admin(app, &key, Method::POST, &format!("/returns/{}/reject", v2["rma"].as_str().unwrap()), &[], Some(json!({"reason": "Worn and washed"}))).await;
    assert_eq!(rejected.status, StatusCode::OK);
    assert_eq!(rejected.json()["rejection_reason"], "Worn and washed");
    assert_eq!(stock_of(app, wanted).await, held + 1, "the held unit is back");
}

fn png_with_location() -> Vec<u8> {
    // A 2×2 PNG with a tEXt chunk naming a place (built by hand: no image crate in the test).
    fn crc(data: &[u8]) -> u32 {
        let mut c = 0xFFFF_FFFFu32;
        for &b in data {
            c ^= u32::from(b);
            for _ in 0..8 {
                c = if c & 1 != 0 { (c >> 1) ^ 0xEDB8_8320 } else { c >> 1 };
            }
        }
        !c
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc(&body).to_be_bytes());
    }
    fn adler(data: &[u8]) -> u32 {
        let (mut a, mut b) = (1u32, 0u32);
        for &x in data {
            a = (a + u32::from(x)) % 65521;
            b = (b + a) % 65521;
        }
        (b << 16) | a
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = 2u32.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&2u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"tEXt", b"Location\0GPS 52.5200 13.4050");
    let raw = [0u8, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255];
    let mut z = vec![0x78, 0x01, 0x01];
    z.extend_from_slice(&(raw.len() as u16).to_le_bytes());
    z.extend_from_slice(&(!(raw.len() as u16)).to_le_bytes());
    z.extend_from_slice(&raw);
    z.extend_from_slice(&adler(&raw).to_be_bytes());
    chunk(&mut out, b"IDAT", &z);
    chunk(&mut out, b"IEND", &[]);
    out
}

async fn upload(app: &TestApp, rma: &str, token: &str, name: &str, declared: &str, bytes: &[u8], line_id: Option<i64>) -> TestResponse {
    let boundary = "vitrineBoundary7MA4YWxk";
    let mut body = Vec::new();
    if let Some(id) = line_id {
        body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"line_id\"\r\n\r\n{id}\r\n").as_bytes());
    }
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"{name}\"\r\nContent-Type: {declared}\r\n\r\n").as_bytes());
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let req = Request::builder()
        .method(Method::POST)
        .uri(format!("/api/v1/returns/{rma}/photos?token={token}"))
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .unwrap();
    app.raw(req).await
}

async fn photos_are_checked_by_content_and_kept_to_the_owner(app: &TestApp) {
    let tee = variants(app, TEE).await[3].0;
    let b = delivered_order(app, &[(tee, 1)]).await;
    let key = admin_key(app).await;
    let v = start_return(app, &b, "dmg", json!([line(b.lines[0], 1, "arrived_damaged", "refund")])).await.json();
    let rma = v["rma"].as_str().unwrap().to_string();
    let token = token_of(&v);
    assert_eq!(v["photos_needed"], true);
    assert_eq!(v["lines"][0]["photo_missing"], true);
    assert_eq!(admin(app, &key, Method::POST, &format!("/returns/{rma}/approve"), &[], None).await.status, StatusCode::CONFLICT, "waits for the photo");
    // Lies about its type, not an image, too large: 422 and nothing stored.
    for (name, declared, bytes) in [
        ("photo.jpg", "image/jpeg", b"<html><script>alert(1)</script></html>".to_vec()),
        ("photo.png", "image/png", b"\x89PNG\r\n\x1a\nnot really".to_vec()),
        ("big.jpg", "image/jpeg", vec![0xFF; 8 * 1024 * 1024 + 10]),
    ] {
        let res = upload(app, &rma, &token, name, declared, &bytes, Some(b.lines[0])).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}: {}", String::from_utf8_lossy(&res.body));
        assert!(res.json()["errors"]["photo"].is_array());
    }
    assert_eq!(count(app, "SELECT COUNT(*) FROM return_photos WHERE return_id IN (SELECT id FROM returns WHERE rma = $1)", &rma).await, 0);
    // A real PNG, declared as something else: stored re-encoded, without its text.
    let png = png_with_location();
    let res = upload(app, &rma, &token, "evidence.bin", "application/octet-stream", &png, Some(b.lines[0])).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let after = res.json();
    assert_eq!(after["photos_needed"], false);
    let photo_url = after["photos"][0]["url"].as_str().unwrap().to_string();
    let got = app.get(&photo_url).await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(got.headers["content-type"], "image/png");
    assert!(got.body.starts_with(b"\x89PNG") && !got.body.windows(3).any(|w| w == b"GPS"), "re-encoded without metadata");
    // Without the token, with another return's token: the same 404. With an admin key: the photo.
    let bare = photo_url.split('?').next().unwrap().to_string();
    assert_eq!(app.get(&bare).await.status, StatusCode::NOT_FOUND);
    let b2 = delivered_order(app, &[(tee, 1)]).await;
    let other = start_return(app, &b2, "o", json!([line(b2.lines[0], 1, "too_big", "refund")])).await.json();
    assert_eq!(app.get(&format!("{bare}?token={}", token_of(&other))).await.status, StatusCode::NOT_FOUND);
    let by_admin = app.request(Method::GET, &bare, &[("authorization", &format!("Bearer {key}"))], None).await;
    assert_eq!(by_admin.status, StatusCode::OK);
    assert_eq!(admin(app, &key, Method::POST, &format!("/returns/{rma}/approve"), &[], None).await.status, StatusCode::OK);
}

async fn nobody_reaches_another_orders_returns(app: &TestApp) {
    let tee = variants(app, TEE).await[4].0;
    let mine = delivered_order(app, &[(tee, 1)]).await;
    let theirs = delivered_order(app, &[(tee, 1)]).await;
    let their_return = start_return(app, &theirs, "t", json!([line(theirs.lines[0], 1, "too_big", "refund")])).await.json();
    let my_return = start_return(app, &mine, "m", json!([line(mine.lines[0], 1, "too_big", "refund")])).await.json();
    let (their_rma, my_token) = (their_return["rma"].as_str().unwrap(), token_of(&my_return));
    let missing = app.get(&format!("/api/v1/returns/R-0000-0000?token={my_token}")).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    for path in [
        format!("/api/v1/returns/{their_rma}?token={my_token}"),
        format!("/api/v1/returns/{their_rma}"),
        format!("/api/v1/returns/{their_rma}/events?token={my_token}"),
        format!("/api/v1/returns/{their_rma}/label.svg?token={my_token}"),
    ] {
        let res = app.get(&path).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(res.body, missing.body, "{path}: the same answer as a missing return");
    }
    // My order's token does not open their order's returnable lines or start a return there.
    let cross = Bought { number: theirs.number.clone(), token: mine.token.clone(), lines: theirs.lines.clone() };
    assert_eq!(app.get(&format!("/api/v1/orders/{}/returnable?token={}", cross.number, cross.token)).await.status, StatusCode::NOT_FOUND);
    assert_eq!(start_return(app, &cross, "x", json!([line(theirs.lines[0], 1, "too_big", "refund")])).await.status, StatusCode::NOT_FOUND);
    // Their line on my order: not mine to return.
    let res = start_return(app, &mine, "y", json!([line(theirs.lines[0], 1, "too_big", "refund")])).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Photos onto their return with my token: 404.
    assert_eq!(upload(app, their_rma, &my_token, "p.png", "image/png", &png_with_location(), None).await.status, StatusCode::NOT_FOUND);
    // Admin routes want a key.
    assert_eq!(app.get("/api/v1/admin/returns").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.request(Method::POST, &format!("/api/v1/admin/returns/{their_rma}/approve"), &[], None).await.status, StatusCode::UNAUTHORIZED);
}

async fn store_credit_carries_the_bonus_and_a_ledger(app: &TestApp) {
    let tee = variants(app, TEE).await[5].0;
    let b = delivered_order(app, &[(tee, 1)]).await;
    let key = admin_key(app).await;
    let v = start_return(app, &b, "sc", json!([line(b.lines[0], 1, "changed_mind", "store_credit")])).await.json();
    let rma = v["rma"].as_str().unwrap().to_string();
    let value = minor(&v["lines"][0]["value"]);
    let expected = (rust_decimal::Decimal::from(value) * rust_decimal::Decimal::new(110, 2)).round().try_into().unwrap_or(0i64);
    assert_eq!(minor(&v["credit_total"]), expected, "+10 %");
    approve_and_receive(app, &key, &rma).await;
    // Not a refund line: nothing to refund.
    assert_eq!(admin(app, &key, Method::POST, &format!("/returns/{rma}/refund"), &[("idempotency-key", "k")], Some(json!({}))).await.status, StatusCode::CONFLICT);
    let credited = admin(app, &key, Method::POST, &format!("/returns/{rma}/credit"), &[], None).await;
    assert_eq!(credited.status, StatusCode::OK, "{}", String::from_utf8_lossy(&credited.body));
    let c = credited.json();
    assert_eq!(c["status"], "credited");
    let code = c["money"][0]["code"].as_str().unwrap().to_string();
    assert!(code.starts_with("SC-"));
    assert_eq!(count(app, "SELECT balance_minor FROM store_credits WHERE code = $1", &code).await, expected);
    assert_eq!(count(app, "SELECT CAST(SUM(delta_minor) AS BIGINT) FROM store_credit_ledger WHERE code = $1", &code).await, expected);
    assert_eq!(admin(app, &key, Method::POST, &format!("/returns/{rma}/credit"), &[], None).await.status, StatusCode::CONFLICT, "once");
    assert_eq!(psp_refunded(app, &b.number).await, 0, "no money went to the card");
}

async fn carrier_scans_move_the_return_and_reports_count_it(app: &TestApp) {
    let tee = variants(app, TEE).await[6].0;
    let b = delivered_order(app, &[(tee, 2)]).await;
    let key = admin_key(app).await;
    let v = start_return(app, &b, "scan", json!([line(b.lines[0], 1, "too_small", "refund")])).await.json();
    let rma = v["rma"].as_str().unwrap().to_string();
    let approved = admin(app, &key, Method::POST, &format!("/returns/{rma}/approve"), &[], None).await.json();
    let tracking = approved["method"]["tracking_number"].as_str().unwrap().to_string();
    let secret = app.state.carrier_secrets.carrier.clone();
    let send = |id: &str, status: &str| {
        let body = json!({"id": id, "tracking_number": tracking, "status": status, "message": "Scan", "time": vitrine_server::db::now()}).to_string();
        let sig = vitrine_server::secrets::sign_webhook(&secret, vitrine_server::db::now(), body.as_bytes());
        async move {
            let req = Request::builder()
                .method(Method::POST)
                .uri("/api/v1/webhooks/carrier")
                .header("content-type", "application/json")
                .header("vitrine-signature", sig)
                .body(Body::from(body))
                .unwrap();
            app.raw(req).await
        }
    };
    assert_eq!(send("ev-1", "InTransit").await.status, StatusCode::OK);
    let token = token_of(&v);
    assert_eq!(app.get(&format!("/api/v1/returns/{rma}?token={token}")).await.json()["status"], "in_transit");
    assert_eq!(send("ev-2", "Delivered").await.status, StatusCode::OK);
    assert_eq!(send("ev-2", "Delivered").await.status, StatusCode::OK, "a replay is fine");
    assert_eq!(app.get(&format!("/api/v1/returns/{rma}?token={token}")).await.json()["status"], "received");
    let inspected = admin(app, &key, Method::POST, &format!("/returns/{rma}/receive"), &[], Some(json!({}))).await;
    assert_eq!(inspected.json()["status"], "inspected");
    assert_eq!(admin(app, &key, Method::POST, &format!("/returns/{rma}/refund"), &[("idempotency-key", "k")], Some(json!({}))).await.status, StatusCode::OK);

    let report = admin(app, &key, Method::GET, "/reports/returns", &[], None).await;
    assert_eq!(report.status, StatusCode::OK, "{}", String::from_utf8_lossy(&report.body));
    let r = report.json();
    let tee_row = r["by_product"].as_array().unwrap().iter().find(|p| p["product_handle"] == TEE).unwrap().clone();
    assert_eq!((tee_row["units_sold"].as_i64(), tee_row["units_returned"].as_i64()), (Some(2), Some(1)));
    assert_eq!(tee_row["return_rate"], 0.5);
    assert_eq!(tee_row["top_reason"], "Too small");
    assert_eq!(r["by_reason"][0]["reason"], "too_small");
    assert_eq!(r["refund_time"]["resolved"], 1);
    assert_eq!(r["refund_time"]["within_two_business_days"], 1.0);
    assert_eq!(admin(app, &key, Method::GET, "/reports/returns?from=2026-13-01", &[], None).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let queue = admin(app, &key, Method::GET, "/returns?status=refunded", &[], None).await.json();
    assert_eq!(queue.as_array().unwrap().len(), 1);
    assert_eq!(admin(app, &key, Method::GET, "/returns?status=nope", &[], None).await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

/// The shop's default reasons, the way back and the history are in the
/// reader's language (the first two were English whatever the page's
/// language, the history in the order's).
async fn a_return_reads_in_the_language_it_is_read_in(app: &TestApp) {
    let tee = variants(app, TEE).await[0].0;
    let b = delivered_order(app, &[(tee, 1)]).await;
    let key = admin_key(app).await;
    let de = [("accept-language", "de-DE,de;q=0.9")];
    let res = app.request(Method::GET, &format!("/api/v1/orders/{}/returnable?token={}", b.number, b.token), &de, None).await;
    assert_eq!(res.status, StatusCode::OK);
    let reasons: Vec<(String, String)> =
        res.json()["reasons"].as_array().unwrap().iter().map(|r| (r["code"].as_str().unwrap().into(), r["label"].as_str().unwrap().into())).collect();
    assert!(reasons.contains(&("too_small".into(), "Zu klein".into())), "{reasons:?}");
    assert!(reasons.contains(&("arrived_damaged".into(), "Beschädigt angekommen".into())), "{reasons:?}");
    assert_eq!(returnable(app, &b).await["reasons"][0]["label"], "Too small", "English without Accept-Language");

    let url = format!("/api/v1/orders/{}/returns?token={}", b.number, b.token);
    let small = json!({"lines": [line(b.lines[0], 1, "too_small", "refund")]});
    let v = app.request(Method::POST, &url, &[("idempotency-key", "de-1"), de[0]], Some(small)).await;
    assert_eq!(v.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&v.body));
    let v = v.json();
    let rma = v["rma"].as_str().unwrap().to_string();
    assert_eq!(v["lines"][0]["reason_label"], "Zu klein");
    assert!(v["method"]["instructions"].as_str().unwrap().starts_with("Wir prüfen Ihre Anfrage."), "{}", v["method"]);
    let token = token_of(&v);

    let read = |lang: &'static str| {
        let uri = format!("/api/v1/returns/{rma}?token={token}");
        async move { app.request(Method::GET, &uri, &[("accept-language", lang)], None).await.json() }
    };
    let fr = read("fr").await;
    assert_eq!(fr["lines"][0]["reason_label"], "Trop petit");
    assert_eq!(fr["method"]["instructions"], "Nous examinons votre demande. Une fois acceptée, imprimez l’étiquette ici et déposez le colis dans n’importe quel point UPS.");
    let approved = admin(app, &key, Method::POST, &format!("/returns/{rma}/approve"), &[], None).await;
    assert_eq!(approved.status, StatusCode::OK);
    let de = read("de").await;
    let said = de["method"]["instructions"].as_str().unwrap().to_string();
    assert!(said.contains("innerhalb von 14 Tagen in einer beliebigen UPS-Filiale") && said.contains("QR-Code"), "{said}");
    let history: Vec<&str> = de["events"].as_array().unwrap().iter().map(|e| e["message"].as_str().unwrap()).collect();
    assert_eq!(history.len(), 2, "{history:?}");
    assert!(history[0].starts_with("Genehmigt.") && history[0].contains("UPS"), "the history in the reader's language, newest first: {history:?}");
    let ar = read("ar").await;
    assert!(ar["method"]["instructions"].as_str().unwrap().contains("يومًا"), "{}", ar["method"]);
    let en = read("en").await;
    assert_eq!(en["lines"][0]["reason_label"], "Too small");
    assert!(en["method"]["instructions"].as_str().unwrap().ends_with("No printer? Show the QR code at the counter."));
}
