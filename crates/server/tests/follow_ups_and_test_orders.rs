//! After delivery (issue 15), on SQLite and PostgreSQL over the fixture
//! shop:
//! - the post-purchase follow-up: one email some days after the last parcel
//!   arrived, with an injected clock; none for an order with a return, a test
//!   order, an unsubscribed address, a parcel still on its way, or a
//!   delivery too long ago; racing runs write one;
//! - `vitrine-server test-order` (`vitrine_server::test_order::run`) against
//!   the app served on a real port: it passes and leaves no trace in
//!   metrics, reports, inventory or the tables; with `--keep` the orders
//!   stay, marked as test, and still count nowhere; only test orders can be
//!   deleted; a server that is down and a payment provider that refuses
//!   fail with a report naming the step and what came back, and the binary
//!   exits non-zero;
//! - the mail relay (`vitrine_server::mail`): the outbox's messages go to an
//!   SMTP server on a real port, once each; one the relay refuses stays
//!   waiting while the others go; a relay that is down leaves them all.

mod common;

use std::net::SocketAddr;

use axum::http::{Method, StatusCode};
use axum::response::IntoResponse;
use common::fixtures::{MUG, TOTE};
use common::orders::{admin, admin_key, card_order_as};
use common::{variant, TestApp};
use serde_json::{json, Value};
use vitrine_server::carts::recovery;
use vitrine_server::db::now;
use vitrine_server::orders::follow_up;
use vitrine_server::test_order::{self, Options};

on_both_backends!(fixtures: crate::common::fixture_config() =>
    a_delivered_order_gets_one_follow_up_in_its_window,
    racing_runs_send_one_follow_up,
    the_test_order_passes_and_leaves_no_trace,
    kept_test_orders_count_nowhere_and_only_they_can_be_deleted,
    a_refusing_payment_provider_fails_the_run_with_a_report,
    the_outbox_leaves_through_the_smtp_relay_once,
);

const DAY: i64 = 86_400;
const AFTER: i64 = 7 * DAY;

/// A delivered card order whose last parcel arrived at `delivered_at`.
async fn delivered(app: &TestApp, key: &str, email: &str, delivered_at: i64) -> common::orders::Bought {
    let (v, _, _) = variant(app, TOTE, 1).await;
    let b = card_order_as(app, email, &[(v, 1)]).await;
    let ship = json!({"lines": [], "carrier": "UPS", "tracking_number": format!("1Z{}", b.number.replace('-', ""))});
    let res = admin(app, key, Method::POST, &format!("/orders/{}/shipments", b.number), &[], Some(ship)).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    assert_eq!(admin(app, key, Method::POST, &format!("/orders/{}/deliver", b.number), &[], None).await.status, StatusCode::OK);
    sqlx::query("UPDATE shipments SET delivered_at = $1 WHERE order_id = (SELECT id FROM orders WHERE number = $2)")
        .bind(delivered_at)
        .bind(&b.number)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    b
}

async fn follow_ups(app: &TestApp) -> Vec<(String, Option<String>, String, String)> {
    sqlx::query_as("SELECT recipient, order_number, body, html_body FROM outbox WHERE kind = 'follow_up' ORDER BY id").fetch_all(&app.state.db.pool).await.unwrap()
}

async fn a_delivered_order_gets_one_follow_up_in_its_window(app: &TestApp) {
    let key = admin_key(app).await;
    let t0 = now();
    let due = delivered(app, &key, "ada@example.com", t0 - AFTER - 3600).await;
    let soon = delivered(app, &key, "grace@example.com", t0 - DAY).await;
    let _old = delivered(app, &key, "old@example.com", t0 - 40 * DAY).await;
    let _left = delivered(app, &key, "leave@example.com", t0 - AFTER - 3600).await;
    let test = delivered(app, &key, "test@example.com", t0 - AFTER - 3600).await;
    sqlx::query("UPDATE orders SET is_test = 1 WHERE number = $1").bind(&test.number).execute(&app.state.db.pool).await.unwrap();
    // A return was asked for: they told us how it went already.
    let returned = delivered(app, &key, "ret@example.com", t0 - AFTER - 3600).await;
    let returnable = app.get(&format!("/api/v1/orders/{}/returnable?token={}", returned.number, returned.token)).await.json();
    let reason = returnable["reasons"].as_array().unwrap().iter().find(|r| r["photo_required"] != true).unwrap()["code"].clone();
    let ask = json!({"lines": [{"line_id": returned.lines[0], "quantity": 1, "reason": reason, "resolution": "refund"}]});
    let res = app
        .request(Method::POST, &format!("/api/v1/orders/{}/returns?token={}", returned.number, returned.token), &[("idempotency-key", "r1")], Some(ask))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    // Shipped, not delivered.
    let (v, _, _) = variant(app, MUG, 1).await;
    let moving = card_order_as(app, "moving@example.com", &[(v, 1)]).await;
    let ship = json!({"lines": [], "carrier": "UPS", "tracking_number": "1Z999AA10123456784"});
    assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{}/shipments", moving.number), &[], Some(ship)).await.status, StatusCode::CREATED);
    let token = recovery::unsubscribe_token(&app.state, "leave@example.com");
    assert_eq!(app.get(&format!("/unsubscribe?token={token}")).await.status, StatusCode::OK);

    assert_eq!(follow_up::send_due(&app.state, t0, AFTER).await.unwrap(), 1);
    let sent = follow_ups(app).await;
    assert_eq!(sent.len(), 1, "{sent:?}");
    let (to, number, text, html) = &sent[0];
    assert_eq!((to.as_str(), number.as_deref()), ("ada@example.com", Some(due.number.as_str())));
    assert!(text.contains(&format!("/orders/{}?token={}", due.number, due.token)), "the order page, where a return starts: {text}");
    assert!(text.contains("/unsubscribe?token=") && html.contains("Unsubscribe"), "{text}");
    let leave = text.split("Unsubscribe: ").nth(1).unwrap().trim();
    assert!(leave.contains(&recovery::unsubscribe_token(&app.state, "ada@example.com")));

    // Once: later runs send nothing more for it.
    assert_eq!(follow_up::send_due(&app.state, t0 + 60, AFTER).await.unwrap(), 0);
    // Six days on, the order delivered yesterday is due; the others still are not.
    assert_eq!(follow_up::send_due(&app.state, t0 + 6 * DAY + 60, AFTER).await.unwrap(), 1);
    let sent = follow_ups(app).await;
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[1].1.as_deref(), Some(soon.number.as_str()));
    assert_eq!(follow_up::send_due(&app.state, t0 + 8 * DAY, AFTER).await.unwrap(), 0);
    assert_eq!(follow_ups(app).await.len(), 2);
}

async fn racing_runs_send_one_follow_up(app: &TestApp) {
    let key = admin_key(app).await;
    let t0 = now();
    for i in 0..4 {
        delivered(app, &key, &format!("shopper{i}@example.com"), t0 - AFTER - 60).await;
    }
    let runs: Vec<_> = (0..4).map(|_| follow_up::send_due(&app.state, t0, AFTER)).collect();
    let sent: usize = futures_util::future::join_all(runs).await.into_iter().map(Result::unwrap).sum();
    assert_eq!(sent, 4);
    let mut orders: Vec<Option<String>> = follow_ups(app).await.into_iter().map(|r| r.1).collect();
    orders.sort();
    orders.dedup();
    assert_eq!(orders.len(), 4, "one email per order");
    assert_eq!(follow_ups(app).await.len(), 4);
}

/// The app on a real port, as `vitrine-server serve` runs it.
async fn serve(router: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let _ = axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).await;
    });
    format!("http://127.0.0.1:{port}")
}

/// Everything a test order could leave a trace in.
async fn traces(app: &TestApp, key: &str) -> Value {
    let metrics = admin(app, key, Method::GET, "/reports/metrics", &[], None).await.json();
    let returns = admin(app, key, Method::GET, "/reports/returns", &[], None).await.json();
    let inventory = admin(app, key, Method::GET, "/inventory", &[], None).await.json();
    let queue = admin(app, key, Method::GET, "/orders/queue", &[], None).await.json();
    let alerts = admin(app, key, Method::GET, "/alerts?state=open", &[], None).await.json();
    let mut counts = serde_json::Map::new();
    for table in ["orders", "order_lines", "shipments", "returns", "outbox", "carts", "cart_lines", "stock_adjustments"] {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&app.state.db.pool).await.unwrap();
        counts.insert(table.into(), json!(n));
    }
    json!({"metrics": metrics, "returns": returns, "inventory": inventory, "queue": queue, "alerts": alerts, "counts": counts})
}

fn options(base: &str, key: &str, keep: bool) -> Options {
    Options { base_url: base.into(), admin_key: key.into(), keep, email: "test-order@example.com".into(), country: None }
}

/// A real order first, so the metrics have something to keep.
async fn real_order(app: &TestApp) -> String {
    let (v, _, _) = variant(app, MUG, 1).await;
    card_order_as(app, "real@example.com", &[(v, 1)]).await.number
}

async fn the_test_order_passes_and_leaves_no_trace(app: &TestApp) {
    let key = admin_key(app).await;
    real_order(app).await;
    let base = serve(app.router.clone()).await;
    let before = traces(app, &key).await;
    assert!(before["metrics"]["orders"].as_i64().unwrap() >= 1);

    let report = test_order::run(&options(&base, &key, false)).await;
    let printed = report.render(&base);
    assert!(report.passed(), "{printed}");
    for step in ["card order: VT-", "challenge passed", "confirmation email written", "tracking shows the checkpoints", "refunded", "order by a manual method", "as before", "3 test orders deleted"] {
        assert!(printed.contains(step), "{step:?} missing from\n{printed}");
    }
    assert!(report.left.is_empty());
    assert_eq!(traces(app, &key).await, before, "no trace in metrics, reports, inventory, queues, alerts or tables");

    // The server is down: the first step fails, and says what happened.
    let down = test_order::run(&options("http://127.0.0.1:9", &key, false)).await;
    let failure = down.failure.clone().expect("fails");
    assert_eq!(failure.step, "reach the server");
    assert!(failure.detail.contains("GET /api/v1/health") && failure.detail.contains("cannot reach the server"), "{}", failure.detail);
    assert!(down.render("http://127.0.0.1:9").ends_with("FAILED\n"));
    // A wrong key: the second.
    let wrong = test_order::run(&options(&base, "vt_admin_wrong", false)).await;
    let failure = wrong.failure.expect("fails");
    assert_eq!(failure.step, "sign in with the admin key");
    assert!(failure.detail.contains("answered 401"), "{}", failure.detail);
    assert!(test_order::run(&options("https://shop.example", &key, false)).await.failure.unwrap().detail.contains("http://"));

    // The binary: exit code 1 and the report on stdout.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vitrine-server"))
        .args(["test-order", "--base-url", "http://127.0.0.1:9", "--admin-key", "x"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("FAIL  reach the server") && stdout.contains("FAILED"), "{stdout}");
}

async fn kept_test_orders_count_nowhere_and_only_they_can_be_deleted(app: &TestApp) {
    let key = admin_key(app).await;
    let real = real_order(app).await;
    let base = serve(app.router.clone()).await;
    let before = traces(app, &key).await;
    let report = test_order::run(&options(&base, &key, true)).await;
    assert!(report.passed(), "{}", report.render(&base));
    assert_eq!(report.left.len(), 3, "{:?}", report.left);
    let after = traces(app, &key).await;
    for part in ["metrics", "returns", "inventory", "alerts"] {
        assert_eq!(after[part], before[part], "{part} leave kept test orders out");
    }
    let flagged: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM orders WHERE is_test = 1").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(flagged, 3);
    // Nor do they get a follow-up, delivered as one of them was.
    assert_eq!(follow_up::send_due(&app.state, now() + AFTER, AFTER).await.unwrap(), 0);

    // A real order can't be deleted; a test order can, once; without a key nothing is.
    let res = admin(app, &key, Method::DELETE, &format!("/orders/{real}"), &[], None).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.json()["message"].as_str().unwrap().contains("Only test orders"));
    let res = app.request(Method::DELETE, &format!("/api/v1/admin/orders/{}", report.left[0]), &[], None).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    for number in &report.left {
        assert_eq!(admin(app, &key, Method::DELETE, &format!("/orders/{number}"), &[], None).await.status, StatusCode::NO_CONTENT);
        assert_eq!(admin(app, &key, Method::DELETE, &format!("/orders/{number}"), &[], None).await.status, StatusCode::NOT_FOUND);
    }
    assert_eq!(traces(app, &key).await, before);

    // A test order that still holds its unit can't be deleted until it comes back.
    let cart = app.request(Method::POST, "/api/v1/carts", &[], Some(json!({}))).await.json();
    let id = cart["cart"]["id"].as_str().unwrap().to_string();
    assert_eq!(admin(app, &key, Method::POST, &format!("/carts/{id}/test"), &[], None).await.status, StatusCode::NO_CONTENT);
    assert_eq!(admin(app, &key, Method::POST, "/carts/nope/test", &[], None).await.status, StatusCode::NOT_FOUND);
    let s = common::Shopper { id: id.clone(), auth: format!("Bearer {}", cart["token"].as_str().unwrap()) };
    let (v, _, _) = variant(app, MUG, 1).await;
    assert_eq!(s.add(app, v, 1).await.status, StatusCode::OK);
    let held = common::orders::pay_by_card(app, &s, "test-order@example.com").await;
    let res = admin(app, &key, Method::DELETE, &format!("/orders/{}", held.number), &[], None).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.json()["message"].as_str().unwrap().contains("still out"), "{}", String::from_utf8_lossy(&res.body));
    // Its cart goes with the order, not alone; a shopper's cart can't be deleted at all.
    assert_eq!(admin(app, &key, Method::DELETE, &format!("/carts/{id}"), &[], None).await.status, StatusCode::CONFLICT);
    let shopper = common::Shopper::new(app).await;
    assert_eq!(admin(app, &key, Method::DELETE, &format!("/carts/{}", shopper.id), &[], None).await.status, StatusCode::CONFLICT);
}

async fn a_refusing_payment_provider_fails_the_run_with_a_report(app: &TestApp) {
    let key = admin_key(app).await;
    let before = traces(app, &key).await;
    // The provider's card endpoint refuses every card, as a provider that is down or has locked the account would.
    let refusing = app.router.clone().layer(axum::middleware::from_fn(|req: axum::extract::Request, next: axum::middleware::Next| async move {
        if req.uri().path() == "/psp/v1/tokens" {
            let body = json!({"error": {"type": "invalid_request_error", "code": "account_locked", "message": "This account cannot accept payments."}});
            return (StatusCode::PAYMENT_REQUIRED, axum::Json(body)).into_response();
        }
        next.run(req).await
    }));
    let base = serve(refusing).await;
    let report = test_order::run(&options(&base, &key, false)).await;
    assert!(!report.passed());
    let failure = report.failure.clone().unwrap();
    assert_eq!(failure.step, "card order: tokenise the card with the payment provider");
    assert!(failure.detail.contains("POST /psp/v1/tokens answered 402") && failure.detail.contains("account_locked"), "{}", failure.detail);
    let printed = report.render(&base);
    assert!(printed.contains("FAIL  card order: tokenise the card") && printed.ends_with("FAILED\n"), "{printed}");
    // Nothing was placed, and the test cart is gone again.
    assert!(report.left.is_empty() && report.cleanup_problems.is_empty(), "{printed}");
    assert_eq!(traces(app, &key).await, before);
}

/// A small SMTP server on a real port: accepts every message but those to
/// `refuse`, and hands back each one's envelope recipient and data.
async fn smtp_server(refuse: &'static str) -> (String, tokio::sync::mpsc::UnboundedReceiver<(String, String)>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let tx = tx.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test ESMTP\r\n").await.unwrap();
                let (mut to, mut data, mut in_data) = (String::new(), String::new(), false);
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            tx.send((std::mem::take(&mut to), std::mem::take(&mut data))).unwrap();
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            data.push_str(line.strip_prefix('.').unwrap_or(&line));
                            data.push('\n');
                        }
                        continue;
                    }
                    let reply: &[u8] = match line.split(':').next().unwrap_or("") {
                        l if l.starts_with("EHLO") => b"250-test\r\n250 8BITMIME\r\n",
                        "MAIL FROM" => b"250 ok\r\n",
                        "RCPT TO" if line.contains(refuse) => b"550 no such mailbox\r\n",
                        "RCPT TO" => {
                            to = line["RCPT TO:".len()..].trim_matches(['<', '>']).to_string();
                            b"250 ok\r\n"
                        }
                        "DATA" => {
                            in_data = true;
                            b"354 go on\r\n"
                        }
                        "RSET" => b"250 reset\r\n",
                        "QUIT" => {
                            write.write_all(b"221 bye\r\n").await.unwrap();
                            break;
                        }
                        _ => b"500 what\r\n",
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (addr, rx)
}

async fn the_outbox_leaves_through_the_smtp_relay_once(app: &TestApp) {
    let (v, _, _) = variant(app, MUG, 2).await;
    let ada = card_order_as(app, "ada@example.com", &[(v, 1)]).await;
    card_order_as(app, "refused@example.com", &[(v, 1)]).await;
    let waiting = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetch_one(&app.state.db.pool).await.unwrap()
    };
    let before = waiting().await;
    assert!(before >= 2, "two confirmations wait");

    // A relay that is down: nothing is marked sent, the run says why.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap().local_addr().unwrap().to_string();
    let err = vitrine_server::mail::send_through(&app.state, &closed).await.expect_err("no relay");
    assert!(format!("{err:?}").contains("cannot reach"), "{err:?}");
    assert_eq!(waiting().await, before);

    let (relay, mut got) = smtp_server("refused@").await;
    let sent = vitrine_server::mail::send_through(&app.state, &relay).await.unwrap();
    assert_eq!(sent as i64, before - 1, "all but the refused one");
    let mut messages = Vec::new();
    while let Ok(m) = got.try_recv() {
        messages.push(m);
    }
    assert_eq!(messages.len() as i64, before - 1);
    let (to, data) = messages.iter().find(|(_, d)| d.contains(&ada.number)).expect("Ada's confirmation went");
    assert_eq!(to, "ada@example.com");
    assert!(data.contains(&format!("Subject: Your order {} is confirmed", ada.number)), "{data}");
    assert!(data.contains("From: \"Vitrine Supply Co.\" <orders@example.com>"), "{data}");
    assert!(data.contains("Content-Type: multipart/alternative;") && data.contains("Content-Transfer-Encoding: base64"), "{data}");
    // The refused one waits for the next run; the others are not sent twice.
    assert_eq!(waiting().await, 1);
    let again = vitrine_server::mail::send_through(&app.state, &relay).await.unwrap();
    assert_eq!(again, 0);
    assert!(got.try_recv().is_err(), "nothing sent twice");
    // The console says which were sent.
    let key = admin_key(app).await;
    let order = admin(app, &key, Method::GET, &format!("/orders/{}", ada.number), &[], None).await.json();
    let messages = order["messages"].as_array().unwrap();
    assert!(!messages.is_empty() && messages.iter().all(|m| m["sent_at"].is_i64()), "{messages:?}");
    // Without a relay, a demo shop's messages go to its demo mailbox: marked sent there.
    assert!(app.state.config.demo && app.state.config.smtp_relay.is_none());
    assert_eq!(vitrine_server::mail::send_due(&app.state).await.unwrap(), 1);
    assert_eq!(waiting().await, 0);
}
