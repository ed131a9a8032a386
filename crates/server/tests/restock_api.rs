//! Restock notices (issue 15), on SQLite and PostgreSQL over the fixture
//! shop: a shopper asks on a sold-out variant (not an in-stock one, not a
//! variant of another product, not a bad address; twice is once); when the
//! operator restocks it, each waiting notice goes out once, whatever the
//! number of runs, and never to an address that unsubscribed.

mod common;

use axum::http::{Method, StatusCode};
use common::fixtures::{SWEATER, TOTE};
use common::orders::{admin, admin_key};
use common::TestApp;
use serde_json::json;
use vitrine_server::catalog::restock;
use vitrine_server::db::now;

on_both_backends!(fixtures: crate::common::fixture_config() =>
    a_sold_out_variant_is_announced_once_when_it_is_back,
);

async fn first_variant(app: &TestApp, handle: &str) -> (i64, i64) {
    let p = app.get(&format!("/api/v1/products/{handle}")).await.json();
    let id = p["variants"][0]["id"].as_i64().unwrap();
    let stock: i64 = sqlx::query_scalar("SELECT stock FROM variants WHERE id = $1").bind(id).fetch_one(&app.state.db.pool).await.unwrap();
    (id, stock)
}

async fn ask(app: &TestApp, handle: &str, variant: i64, email: &str) -> (StatusCode, serde_json::Value) {
    let res = app.request(Method::POST, &format!("/api/v1/products/{handle}/restock-notices"), &[], Some(json!({"variant_id": variant, "email": email}))).await;
    (res.status, res.json())
}

async fn a_sold_out_variant_is_announced_once_when_it_is_back(app: &TestApp) {
    let key = admin_key(app).await;
    let (sweater, stock) = first_variant(app, SWEATER).await;
    assert_eq!(ask(app, SWEATER, sweater, "ada@example.com").await.0, StatusCode::CONFLICT, "in stock: add it to the cart instead");
    let take = admin(app, &key, Method::POST, &format!("/inventory/{sweater}/adjustments"), &[], Some(json!({"delta": -stock, "reason": "stock count"}))).await;
    assert_eq!(take.status, StatusCode::CREATED);

    let (status, body) = ask(app, SWEATER, sweater, "not-an-email").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body["errors"]["email"][0].is_string());
    assert_eq!(ask(app, TOTE, sweater, "ada@example.com").await.0, StatusCode::NOT_FOUND, "a variant of another product");
    assert_eq!(ask(app, "no-such-thing", sweater, "ada@example.com").await.0, StatusCode::NOT_FOUND);
    let (status, body) = ask(app, SWEATER, sweater, " Ada@Example.com ").await;
    assert_eq!(status, StatusCode::CREATED);
    assert!(body["message"].as_str().unwrap().contains("once when"), "{body}");
    assert_eq!(ask(app, SWEATER, sweater, "ada@example.com").await.0, StatusCode::OK, "twice is once");
    assert_eq!(ask(app, SWEATER, sweater, "grace@example.com").await.0, StatusCode::CREATED);
    assert_eq!(ask(app, SWEATER, sweater, "leave@example.com").await.0, StatusCode::CREATED);
    let token = vitrine_server::carts::recovery::unsubscribe_token(&app.state, "leave@example.com");
    assert_eq!(app.get(&format!("/unsubscribe?token={token}")).await.status, StatusCode::OK);

    assert_eq!(restock::send_due(&app.state, now()).await.unwrap(), 0, "still sold out");
    let back = admin(app, &key, Method::POST, &format!("/inventory/{sweater}/adjustments"), &[], Some(json!({"delta": 3, "reason": "delivery from the supplier"}))).await;
    assert_eq!(back.status, StatusCode::CREATED);
    let runs = (0..3).map(|_| restock::send_due(&app.state, now()));
    let sent: usize = futures_util::future::join_all(runs).await.into_iter().map(Result::unwrap).sum();
    assert_eq!(sent, 2, "ada and grace, once each; not the address that unsubscribed");
    assert_eq!(restock::send_due(&app.state, now()).await.unwrap(), 0);
    let mails: Vec<(String, String)> = sqlx::query_as("SELECT recipient, body FROM outbox WHERE kind = 'restock' ORDER BY recipient").fetch_all(&app.state.db.pool).await.unwrap();
    assert_eq!(mails.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(), ["ada@example.com", "grace@example.com"]);
    assert!(mails[0].1.contains(&format!("/products/{SWEATER}?variant={sweater}")) && mails[0].1.contains("/unsubscribe?token="), "{}", mails[0].1);
}
