//! Orders as the operator's tests need them: an admin key, admin calls,
//! and a paid card order of chosen variants.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

use super::{Shopper, TestApp, TestResponse};

pub async fn admin_key(app: &TestApp) -> String {
    vitrine_server::admin::keys::create(&app.state.db, "ops-desk").await.unwrap().1
}

/// `method path` under `/api/v1/admin` with the key and extra headers.
pub async fn admin(app: &TestApp, key: &str, method: Method, path: &str, headers: &[(&str, &str)], body: Option<Value>) -> TestResponse {
    let auth = format!("Bearer {key}");
    let mut all = vec![("authorization", auth.as_str())];
    all.extend_from_slice(headers);
    app.request(method, &format!("/api/v1/admin{path}"), &all, body).await
}

pub struct Bought {
    pub number: String,
    pub token: String,
    /// Order line ids in the order the items were added.
    pub lines: Vec<i64>,
}

/// A paid card order of `items` (variant, quantity) to New York.
pub async fn card_order(app: &TestApp, items: &[(i64, i64)]) -> Bought {
    card_order_as(app, "ada@example.com", items).await
}

/// [`card_order`] by another customer.
pub async fn card_order_as(app: &TestApp, email: &str, items: &[(i64, i64)]) -> Bought {
    let s = Shopper::new(app).await;
    for &(variant, qty) in items {
        let res = s.add(app, variant, qty).await;
        assert_eq!(res.status, StatusCode::OK, "{}", String::from_utf8_lossy(&res.body));
    }
    pay_by_card(app, &s, email).await
}

/// Checks out the shopper's cart to New York with a card that pays.
pub async fn pay_by_card(app: &TestApp, s: &Shopper, email: &str) -> Bought {
    assert_eq!(s.call(app, Method::PATCH, "", Some(json!({"country": "US", "region": "NY"}))).await.status, StatusCode::OK);
    let methods = s.call(app, Method::GET, "/payment-methods", None).await.json();
    let pk = methods.as_array().unwrap().iter().find(|m| m["kind"] == "card").unwrap()["provider"]["publishable_key"].as_str().unwrap().to_string();
    let card = json!({"number": "4242424242424242", "exp_month": 12, "exp_year": 2031, "cvc": "123"});
    let token = app.request(Method::POST, "/psp/v1/tokens", &[("authorization", &format!("Bearer {pk}"))], Some(card)).await.json()["id"].as_str().unwrap().to_string();
    let address = json!({"name": "Ada Lovelace", "address1": "350 5th Ave", "city": "New York", "region": "NY", "postal_code": "10118", "country": "US"});
    let body = json!({"email": email, "shipping_address": address, "shipping_method": "us-standard", "payment": {"method": "card", "token": token}});
    let res = app.request(Method::POST, &format!("/api/v1/carts/{}/checkout", s.id), &[("authorization", &s.auth), ("idempotency-key", "k1")], Some(body)).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let j = res.json();
    Bought {
        number: j["order"]["number"].as_str().unwrap().to_string(),
        token: j["order_token"].as_str().unwrap().to_string(),
        lines: j["order"]["lines"].as_array().unwrap().iter().map(|l| l["id"].as_i64().unwrap()).collect(),
    }
}

