//! Store credit spent at checkout (issue 11: credit "usable at checkout,
//! ledger with every movement"), on SQLite and PostgreSQL over the fixture
//! shop: the card pays only what is left; credit that covers everything
//! needs no charge; a retried checkout spends once; parallel checkouts never
//! spend more than the balance; refusals write nothing; a canceled order
//! gets its credit back once.

mod common;

use axum::http::{Method, StatusCode};
use common::fixtures::TEE;
use common::orders::{admin, admin_key};
use common::{Shopper, TestApp, TestResponse};
use serde_json::{json, Value};

on_both_backends!(fixtures: crate::common::fixture_config() =>
    credit_pays_first_and_the_card_the_rest,
    credit_that_covers_everything_needs_no_charge_and_a_retry_spends_once,
    refused_codes_write_nothing,
    parallel_checkouts_never_spend_more_than_the_balance,
    a_canceled_order_gets_its_credit_back_once,
    a_manual_order_whose_credit_was_spent_meanwhile_is_refused,
);

async fn issue(app: &TestApp, code: &str, currency: &str, minor: i64) {
    sqlx::query("INSERT INTO store_credits (code, email, currency, balance_minor, created_at) VALUES ($1, 'ada@example.com', $2, $3, 0)")
        .bind(code)
        .bind(currency)
        .bind(minor)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
}

async fn scalar(app: &TestApp, sql: &str, bind: &str) -> i64 {
    sqlx::query_scalar(sql).bind(bind).fetch_one(&app.state.db.pool).await.unwrap()
}

async fn balance(app: &TestApp, code: &str) -> i64 {
    scalar(app, "SELECT balance_minor FROM store_credits WHERE code = $1", code).await
}

async fn tee(app: &TestApp) -> i64 {
    app.get(&format!("/api/v1/products/{TEE}")).await.json()["variants"][0]["id"].as_i64().unwrap()
}

/// A cart of `qty` tees to New York, ready to check out, and the body to do it with.
async fn ready(app: &TestApp, qty: i64, code: Option<&str>) -> (Shopper, Value) {
    let s = Shopper::new(app).await;
    assert_eq!(s.add(app, tee(app).await, qty).await.status, StatusCode::OK);
    assert_eq!(s.call(app, Method::PATCH, "", Some(json!({"country": "US", "region": "NY"}))).await.status, StatusCode::OK);
    let methods = s.call(app, Method::GET, "/payment-methods", None).await.json();
    let pk = methods.as_array().unwrap().iter().find(|m| m["kind"] == "card").unwrap()["provider"]["publishable_key"].as_str().unwrap().to_string();
    let card = json!({"number": "4242424242424242", "exp_month": 12, "exp_year": 2031, "cvc": "123"});
    let token = app.request(Method::POST, "/psp/v1/tokens", &[("authorization", &format!("Bearer {pk}"))], Some(card)).await.json()["id"].clone();
    let address = json!({"name": "Ada Lovelace", "address1": "350 5th Ave", "city": "New York", "region": "NY", "postal_code": "10118", "country": "US"});
    let mut body = json!({"email": "ada@example.com", "shipping_address": address, "shipping_method": "us-standard", "payment": {"method": "card", "token": token}});
    if let Some(code) = code {
        body["store_credit_code"] = json!(code);
    }
    (s, body)
}

async fn checkout(app: &TestApp, s: &Shopper, body: &Value, key: &str) -> TestResponse {
    app.request(Method::POST, &format!("/api/v1/carts/{}/checkout", s.id), &[("authorization", &s.auth), ("idempotency-key", key)], Some(body.clone())).await
}

fn minor(v: &Value) -> i64 {
    let s = v["amount"].as_str().unwrap_or_else(|| panic!("money: {v}"));
    let (whole, frac) = s.split_once('.').unwrap_or((s, "0"));
    whole.parse::<i64>().unwrap() * 100 + format!("{frac:0<2}")[..2].parse::<i64>().unwrap()
}

async fn charged(app: &TestApp, number: &str) -> Vec<i64> {
    sqlx::query_scalar("SELECT amount_minor FROM psp_payment_intents WHERE reference = $1 AND status = 'succeeded'")
        .bind(number)
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap()
}

async fn credit_pays_first_and_the_card_the_rest(app: &TestApp) {
    issue(app, "SC-AAAA-1111", "USD", 1_000).await;
    let (s, body) = ready(app, 2, Some(" sc-aaaa 1111 ")).await;
    let res = checkout(app, &s, &body, "k1").await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let order = res.json()["order"].clone();
    let total = minor(&order["totals"]["total"]);
    assert!(total > 1_000);
    assert_eq!(order["status"], "confirmed");
    assert_eq!(order["payment"]["store_credit"]["code"], "SC-••••-1111");
    assert_eq!(minor(&order["payment"]["store_credit"]["amount"]), 1_000);
    assert_eq!(minor(&order["payment"]["amount_due"]), total - 1_000);
    let number = order["number"].as_str().unwrap();
    assert_eq!(charged(app, number).await, vec![total - 1_000], "the card is charged what is left, once");
    assert_eq!(balance(app, "SC-AAAA-1111").await, 0);
    assert_eq!(scalar(app, "SELECT CAST(SUM(delta_minor) AS BIGINT) FROM store_credit_ledger WHERE code = $1", "SC-AAAA-1111").await, -1_000);
}

async fn credit_that_covers_everything_needs_no_charge_and_a_retry_spends_once(app: &TestApp) {
    issue(app, "SC-BBBB-2222", "USD", 100_000).await;
    let (s, body) = ready(app, 1, Some("SC-BBBB-2222")).await;
    let first = checkout(app, &s, &body, "k1").await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&first.body));
    let again = checkout(app, &s, &body, "k1").await;
    assert_eq!(again.status, StatusCode::CREATED);
    let (a, b) = (first.json(), again.json());
    assert_eq!(a["order"]["number"], b["order"]["number"], "the same order");
    let total = minor(&a["order"]["totals"]["total"]);
    assert_eq!(a["order"]["status"], "confirmed", "paid at once");
    assert_eq!(a["order"]["payment"]["status"], "succeeded");
    assert_eq!(minor(&a["order"]["payment"]["amount_due"]), 0);
    assert!(charged(app, a["order"]["number"].as_str().unwrap()).await.is_empty(), "nothing charged");
    assert_eq!(balance(app, "SC-BBBB-2222").await, 100_000 - total);
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM store_credit_ledger WHERE code = $1", "SC-BBBB-2222").await, 1, "spent once");
    let held = scalar(app, "SELECT CAST(COALESCE(SUM(reserved), 0) AS BIGINT) FROM variants WHERE $1 = $1", "").await;
    assert_eq!(held, 0, "the stock is sold, not held");
}

async fn refused_codes_write_nothing(app: &TestApp) {
    issue(app, "SC-EURO-3333", "EUR", 5_000).await;
    issue(app, "SC-USED-4444", "USD", 0).await;
    let stock_before = scalar(app, "SELECT CAST(SUM(stock) AS BIGINT) FROM variants WHERE $1 = $1", "").await;
    for (code, words) in [("SC-NOPE-0000", "isn't valid"), ("SC-EURO-3333", "in EUR"), ("SC-USED-4444", "used up")] {
        let (s, body) = ready(app, 1, Some(code)).await;
        let res = checkout(app, &s, &body, &format!("k-{code}")).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{code}: {}", String::from_utf8_lossy(&res.body));
        let err = res.json();
        assert!(err["errors"]["store_credit_code"][0].as_str().unwrap().contains(words), "{code}: {err}");
        assert_eq!(s.cart(app).await["lines"].as_array().unwrap().len(), 1, "the cart is kept");
    }
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM orders WHERE $1 = $1", "").await, 0, "no order");
    assert_eq!(scalar(app, "SELECT CAST(SUM(stock) AS BIGINT) FROM variants WHERE $1 = $1", "").await, stock_before);
    assert_eq!(scalar(app, "SELECT CAST(COALESCE(SUM(reserved), 0) AS BIGINT) FROM variants WHERE $1 = $1", "").await, 0);
    assert_eq!(balance(app, "SC-EURO-3333").await, 5_000);
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM store_credit_ledger WHERE $1 = $1", "").await, 0);
}

async fn parallel_checkouts_never_spend_more_than_the_balance(app: &TestApp) {
    issue(app, "SC-PARA-5555", "USD", 3_000).await;
    let mut carts = Vec::new();
    for _ in 0..8 {
        carts.push(ready(app, 2, Some("SC-PARA-5555")).await);
    }
    let answers = futures_join(app, &carts).await;
    let ok: Vec<&TestResponse> = answers.iter().filter(|r| r.status == StatusCode::CREATED).collect();
    for r in answers.iter().filter(|r| r.status != StatusCode::CREATED) {
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", String::from_utf8_lossy(&r.body));
        assert!(r.json()["errors"]["store_credit_code"][0].is_string());
    }
    let spent: i64 = ok.iter().map(|r| r.json()["order"]["payment"]["store_credit"]["amount"].clone()).map(|m| minor(&m)).sum();
    assert_eq!(spent, 3_000, "the balance is spent exactly, by {} order(s)", ok.len());
    assert_eq!(balance(app, "SC-PARA-5555").await, 0);
    assert_eq!(scalar(app, "SELECT CAST(SUM(delta_minor) AS BIGINT) FROM store_credit_ledger WHERE code = $1", "SC-PARA-5555").await, -3_000);
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM orders WHERE $1 = $1", "").await as usize, ok.len(), "no half-written order");
}

async fn futures_join(app: &TestApp, carts: &[(Shopper, Value)]) -> Vec<TestResponse> {
    let calls = carts.iter().enumerate().map(|(i, (s, body))| async move { checkout(app, s, body, &format!("p{i}")).await });
    let mut out = Vec::new();
    let handles: Vec<_> = calls.collect();
    for r in futures_util::future::join_all(handles).await {
        out.push(r);
    }
    out
}

async fn a_canceled_order_gets_its_credit_back_once(app: &TestApp) {
    issue(app, "SC-BACK-6666", "USD", 1_500).await;
    let (s, body) = ready(app, 2, Some("SC-BACK-6666")).await;
    let res = checkout(app, &s, &body, "k1").await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let number = res.json()["order"]["number"].as_str().unwrap().to_string();
    assert_eq!(balance(app, "SC-BACK-6666").await, 0);
    let key = admin_key(app).await;
    let canceled = admin(app, &key, Method::POST, &format!("/orders/{number}/cancel"), &[], Some(json!({"reason": "test"}))).await;
    assert_eq!(canceled.status, StatusCode::OK, "{}", String::from_utf8_lossy(&canceled.body));
    assert_eq!(balance(app, "SC-BACK-6666").await, 1_500, "the credit is back");
    let again = admin(app, &key, Method::POST, &format!("/orders/{number}/cancel"), &[], Some(json!({"reason": "test"}))).await;
    assert_ne!(again.status, StatusCode::OK);
    assert_eq!(balance(app, "SC-BACK-6666").await, 1_500, "once");
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM store_credit_ledger WHERE code = $1", "SC-BACK-6666").await, 2, "spent, then given back");
}

/// Six parallel invoice checkouts on one credit worth two and a half orders.
/// An order the credit covered when checked but no longer covers under the
/// lock is refused with nothing written; one checked after the credit ran
/// low spends what is left and invoices the rest: never an order left
/// waiting for a card charge nobody will make.
async fn a_manual_order_whose_credit_was_spent_meanwhile_is_refused(app: &TestApp) {
    issue(app, "SC-MANU-7777", "USD", 100_000).await;
    let mut carts = Vec::new();
    for _ in 0..6 {
        let (s, mut body) = ready(app, 1, Some("SC-MANU-7777")).await;
        body["payment"] = json!({"method": "invoice"});
        body["shipping_address"]["company"] = json!("Analytical Engines Ltd");
        carts.push((s, body));
    }
    // One order's total, from an order placed the same way without credit.
    let (probe, mut body) = ready(app, 1, None).await;
    body["payment"] = json!({"method": "invoice"});
    body["shipping_address"]["company"] = json!("Analytical Engines Ltd");
    let placed = checkout(app, &probe, &body, "probe").await;
    assert_eq!(placed.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&placed.body));
    let one = minor(&placed.json()["order"]["totals"]["total"]);
    sqlx::query("UPDATE store_credits SET balance_minor = $1 WHERE code = 'SC-MANU-7777'").bind(one * 2 + one / 2).execute(&app.state.db.pool).await.unwrap();
    let answers = futures_join(app, &carts).await;
    let ok: Vec<Value> = answers.iter().filter(|r| r.status == StatusCode::CREATED).map(TestResponse::json).collect();
    for r in answers.iter().filter(|r| r.status != StatusCode::CREATED) {
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", String::from_utf8_lossy(&r.body));
        assert!(r.json()["errors"]["store_credit_code"][0].is_string(), "{}", String::from_utf8_lossy(&r.body));
    }
    // Each order is paid in full by the credit (confirmed), or, when the credit
    // was already partly spent before it was checked, takes what is left and
    // invoices the rest; none waits for a card charge.
    let mut spent = 0;
    for o in &ok {
        let (credit, due) = (minor(&o["order"]["payment"]["store_credit"]["amount"]), minor(&o["order"]["payment"]["amount_due"]));
        assert_eq!(credit + due, one, "{o}");
        if due == 0 {
            assert_eq!(o["order"]["status"], "confirmed", "{o}");
        } else {
            assert_eq!(o["order"]["status"], "awaiting_payment", "{o}");
        }
        spent += credit;
    }
    assert!(!ok.is_empty() && spent <= one * 2 + one / 2, "{spent}");
    let pending = scalar(app, "SELECT COUNT(*) FROM orders WHERE status = $1", "pending_payment").await;
    assert_eq!(pending, 0, "no order waits for a charge");
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM orders WHERE $1 = $1", "").await as usize, ok.len() + 1, "no half-written order");
    assert_eq!(balance(app, "SC-MANU-7777").await, one * 2 + one / 2 - spent);
    assert_eq!(scalar(app, "SELECT CAST(COALESCE(SUM(reserved), 0) AS BIGINT) FROM variants WHERE $1 = $1", "").await, 0, "nothing held");
}
