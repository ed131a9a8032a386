//! Abandoned-cart reminders (issue 15), on SQLite and PostgreSQL over the
//! fixture shop, with an injected clock: the checkout's contact step sets
//! the cart's email (`PATCH /carts/{id}` with `email` alone keeps the
//! destination); an idle cart with items and an email gets one reminder,
//! however often the job runs or how many run at once; a cart that became
//! an order, a cart without an email and an unsubscribed address get none;
//! the reminder's link opens the cart in another browser; the unsubscribe
//! link works and says so.

mod common;

use axum::http::{Method, StatusCode};
use common::fixtures::{MUG, TOTE};
use common::orders::pay_by_card;
use common::{Shopper, TestApp};
use serde_json::{json, Value};
use vitrine_server::carts::recovery;
use vitrine_server::db::now;

on_both_backends!(fixtures: crate::common::fixture_config() =>
    the_contact_step_sets_the_email_and_keeps_the_destination,
    an_idle_cart_gets_one_reminder_and_only_it,
    the_reminder_link_opens_the_cart_in_another_browser,
    racing_runs_send_one_reminder,
);

const IDLE: i64 = 4 * 3600;

async fn first_variant(app: &TestApp, handle: &str) -> i64 {
    app.get(&format!("/api/v1/products/{handle}")).await.json()["variants"][0]["id"].as_i64().unwrap()
}

/// A cart with a tote (and the email, when given).
async fn cart(app: &TestApp, email: Option<&str>) -> Shopper {
    let s = Shopper::new(app).await;
    assert_eq!(s.add(app, first_variant(app, TOTE).await, 1).await.status, StatusCode::OK);
    if let Some(e) = email {
        let res = s.call(app, Method::PATCH, "", Some(json!({"email": e}))).await;
        assert_eq!(res.status, StatusCode::OK, "{}", String::from_utf8_lossy(&res.body));
    }
    s
}

async fn reminders(app: &TestApp) -> Vec<(String, String, String)> {
    sqlx::query_as("SELECT recipient, body, html_body FROM outbox WHERE kind = 'cart_recovery' ORDER BY id").fetch_all(&app.state.db.pool).await.unwrap()
}

async fn the_contact_step_sets_the_email_and_keeps_the_destination(app: &TestApp) {
    let s = cart(app, None).await;
    assert_eq!(s.call(app, Method::PATCH, "", Some(json!({"country": "US", "region": "NY"}))).await.status, StatusCode::OK);
    let bad = s.call(app, Method::PATCH, "", Some(json!({"email": "ada@"}))).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.json()["errors"]["email"][0].as_str().unwrap().contains("name@example.com"));
    let ok = s.call(app, Method::PATCH, "", Some(json!({"email": "  Ada@Example.com "}))).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", String::from_utf8_lossy(&ok.body));
    let (email, country, region): (Option<String>, Option<String>, Option<String>) =
        sqlx::query_as("SELECT email, country, region FROM carts WHERE id = $1").bind(&s.id).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(email.as_deref(), Some("ada@example.com"), "normalised like the checkout's");
    assert_eq!((country.as_deref(), region.as_deref()), (Some("US"), Some("NY")), "an email alone keeps the destination");
    // Another shopper's token can't set it.
    let other = Shopper::new(app).await;
    let res = app.request(Method::PATCH, &format!("/api/v1/carts/{}", s.id), &[("authorization", &other.auth)], Some(json!({"email": "eve@example.com"}))).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

async fn an_idle_cart_gets_one_reminder_and_only_it(app: &TestApp) {
    let t0 = now();
    let left = cart(app, Some("ada@example.com")).await;
    let _no_email = cart(app, None).await;
    let ordered = cart(app, Some("grace@example.com")).await;
    pay_by_card(app, &ordered, "grace@example.com").await;
    let _gone = cart(app, Some("leave@example.com")).await;
    let empty = Shopper::new(app).await;
    assert_eq!(empty.call(app, Method::PATCH, "", Some(json!({"email": "empty@example.com"}))).await.status, StatusCode::OK);

    // "leave@" unsubscribes through the link of an earlier email.
    let link = recovery::unsubscribe_token(&app.state, "leave@example.com");
    let page = app.get(&format!("/unsubscribe?token={link}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = String::from_utf8_lossy(&page.body);
    assert!(html.contains("unsubscribed") && html.contains("leave@example.com"), "{html}");
    assert_eq!(app.get(&format!("/unsubscribe?token={link}")).await.status, StatusCode::OK, "twice is the same");
    let forged = format!("{}.{}", link.split_once('.').unwrap().0, "0".repeat(32));
    assert_eq!(app.get(&format!("/unsubscribe?token={forged}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/unsubscribe?token=nonsense").await.status, StatusCode::NOT_FOUND);

    assert_eq!(recovery::send_due(&app.state, t0 + 60, IDLE).await.unwrap(), 0, "not idle long enough");
    let later = t0 + IDLE + 60;
    assert_eq!(recovery::send_due(&app.state, later, IDLE).await.unwrap(), 1);
    assert_eq!(recovery::send_due(&app.state, later + 600, IDLE).await.unwrap(), 0, "at most one per cart");
    let sent = reminders(app).await;
    assert_eq!(sent.len(), 1, "only the idle cart with items and an email: {sent:?}");
    let (to, text, html) = &sent[0];
    assert_eq!(to, "ada@example.com");
    assert!(text.contains("Fixture Tote") && text.contains(&format!("/cart?restore={}.", left.id)), "{text}");
    assert!(html.contains("/unsubscribe?token=") && html.contains("Back to your cart"));

    // A new address on the same cart may be reminded once more; the same one not.
    assert_eq!(left.call(app, Method::PATCH, "", Some(json!({"email": "ada@example.com"}))).await.status, StatusCode::OK);
    assert_eq!(recovery::send_due(&app.state, later + IDLE * 2, IDLE).await.unwrap(), 0);
}

fn restore_link(text: &str) -> (String, String) {
    let at = text.find("/cart?restore=").unwrap() + "/cart?restore=".len();
    let link: String = text[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-' || *c == '_').collect();
    let (id, sig) = link.split_once('.').unwrap();
    (id.to_string(), sig.to_string())
}

async fn the_reminder_link_opens_the_cart_in_another_browser(app: &TestApp) {
    let first = cart(app, Some("ada@example.com")).await;
    recovery::send_due(&app.state, now() + IDLE + 60, IDLE).await.unwrap();
    let (id, sig) = restore_link(&reminders(app).await[0].1);
    assert_eq!(id, first.id);
    let wrong = app.request(Method::POST, &format!("/api/v1/carts/{id}/restore"), &[], Some(json!({"token": "0".repeat(32)}))).await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
    let opened = app.request(Method::POST, &format!("/api/v1/carts/{id}/restore"), &[], Some(json!({"token": sig}))).await;
    assert_eq!(opened.status, StatusCode::OK, "{}", String::from_utf8_lossy(&opened.body));
    let body: Value = opened.json();
    assert_eq!(body["cart"]["lines"][0]["product_title"], "Fixture Tote");
    let second = Shopper { id: id.clone(), auth: format!("Bearer {}", body["token"].as_str().unwrap()) };
    // The second browser can change it; the first still opens it and sees the change.
    assert_eq!(second.add(app, first_variant(app, MUG).await, 1).await.status, StatusCode::OK);
    assert_eq!(first.cart(app).await["lines"].as_array().unwrap().len(), 2);
    // Ordered from the first browser: the link opens nothing any more.
    pay_by_card(app, &first, "ada@example.com").await;
    let after = app.request(Method::POST, &format!("/api/v1/carts/{id}/restore"), &[], Some(json!({"token": sig}))).await;
    assert_eq!(after.status, StatusCode::NOT_FOUND);
}

async fn racing_runs_send_one_reminder(app: &TestApp) {
    for i in 0..5 {
        cart(app, Some(&format!("shopper{i}@example.com"))).await;
    }
    let at = now() + IDLE + 60;
    let runs = (0..4).map(|_| recovery::send_due(&app.state, at, IDLE));
    let total: usize = futures_util::future::join_all(runs).await.into_iter().map(Result::unwrap).sum();
    assert_eq!(total, 5, "each cart reminded by exactly one run");
    assert_eq!(reminders(app).await.len(), 5);
}
