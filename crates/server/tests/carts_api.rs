//! Carts through `app(state)`: ownership, lines, stock, prices, discount
//! codes, shipping and tax estimates, concurrency and bad input.
//!
//! On the tests' own fixture shop (`common/fixtures.rs`): the expected money
//! values follow from its prices and rules, not the demo's.

mod common;

use axum::http::{Method, StatusCode};
use common::fixtures::{LAMP, MUG, SWEATER, TEE, TEE_TITLE, TOTE};
use common::{variant, Shopper, TestApp};
use serde_json::{json, Value};
use vitrine_core::Currency;

on_both_backends!(fixtures: crate::common::fixture_config() =>
    a_cart_is_invisible_without_its_token,
    lines_merge_and_totals_add_up,
    bad_input_is_rejected_and_changes_nothing,
    stock_limits_additions_but_never_a_decrease,
    price_and_stock_changes_are_shown_not_applied_silently,
    discount_codes_explain_themselves,
    shipping_and_tax_estimates_follow_the_destination,
    a_stale_version_is_a_conflict,
    concurrent_changes_lose_no_update,
);

fn money(v: &Value) -> String {
    v["amount"].as_str().unwrap().to_string()
}

async fn a_cart_is_invisible_without_its_token(app: &TestApp) {
    let a = Shopper::new(app).await;
    let b = Shopper::new(app).await;
    let (v, _, _) = variant(app, TEE, 2).await;
    assert_eq!(a.add(app, v, 1).await.status, StatusCode::OK);
    let missing = app.get(&format!("/api/v1/carts/{}", a.id)).await;
    let wrong = app.request(Method::GET, &format!("/api/v1/carts/{}", a.id), &[("authorization", &b.auth)], None).await;
    let nonexistent = app.request(Method::GET, "/api/v1/carts/0123456789abcdef0123456789abcdef", &[("authorization", &a.auth)], None).await;
    for res in [&missing, &wrong, &nonexistent] {
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assert_eq!(res.body, nonexistent.body, "the same answer for all three");
    }
    // Another cart's line can't be touched through one's own cart.
    let line = a.cart(app).await["lines"][0]["id"].as_i64().unwrap();
    let res = b.call(app, Method::PATCH, &format!("/lines/{line}"), Some(json!({"quantity": 5}))).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(b.call(app, Method::DELETE, &format!("/lines/{line}"), None).await.status, StatusCode::NOT_FOUND);
    assert_eq!(a.cart(app).await["lines"][0]["quantity"], 1);
}

async fn lines_merge_and_totals_add_up(app: &TestApp) {
    let s = Shopper::new(app).await;
    let (tee, tee_price, _) = variant(app, TEE, 3).await;
    let (mug, mug_price, _) = variant(app, MUG, 2).await;
    s.add(app, tee, 1).await;
    s.add(app, mug, 2).await;
    let res = s.add(app, tee, 2).await;
    assert_eq!(res.status, StatusCode::OK);
    let cart = res.json();
    let lines = cart["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2, "the same variant merges into one line");
    assert_eq!(lines[0]["quantity"], 3);
    assert_eq!(lines[0]["product_title"], TEE_TITLE);
    assert_eq!(money(&lines[0]["unit_price"]), tee_price);
    let dec = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
    let subtotal = dec(&tee_price) * rust_decimal::Decimal::from(3) + dec(&mug_price) * rust_decimal::Decimal::from(2);
    assert_eq!(dec(&money(&cart["totals"]["subtotal"])), subtotal);
    assert_eq!(cart["totals"]["item_count"], 5);
    assert_eq!(cart["totals"]["total"], cart["totals"]["subtotal"], "no destination, no discount: total = subtotal");
    assert!(cart["totals"]["shipping"].is_null());
    // Change and remove.
    let line = lines[1]["id"].as_i64().unwrap();
    let cart = s.call(app, Method::PATCH, &format!("/lines/{line}"), Some(json!({"quantity": 1}))).await.json();
    assert_eq!(cart["lines"][1]["quantity"], 1);
    let res = s.call(app, Method::DELETE, &format!("/lines/{line}"), None).await;
    assert_eq!(res.json()["lines"].as_array().unwrap().len(), 1);
    assert_eq!(s.call(app, Method::DELETE, &format!("/lines/{line}"), None).await.status, StatusCode::NOT_FOUND);
}

async fn bad_input_is_rejected_and_changes_nothing(app: &TestApp) {
    let s = Shopper::new(app).await;
    let (v, _, _) = variant(app, TOTE, 2).await;
    s.add(app, v, 1).await;
    let before = s.cart(app).await;
    let line = before["lines"][0]["id"].as_i64().unwrap();
    let cases: Vec<(Method, String, Option<Value>, u16, &str)> = vec![
        (Method::POST, "/lines".into(), Some(json!({"variant_id": v, "quantity": 0})), 422, "quantity"),
        (Method::POST, "/lines".into(), Some(json!({"variant_id": v, "quantity": -1})), 422, "quantity"),
        (Method::POST, "/lines".into(), Some(json!({"variant_id": v, "quantity": 1.5})), 422, "quantity"),
        (Method::POST, "/lines".into(), Some(json!({"variant_id": v, "quantity": 2147483648i64})), 422, "quantity"),
        (Method::POST, "/lines".into(), Some(json!({"variant_id": v, "quantity": "2"})), 422, "quantity"),
        (Method::POST, "/lines".into(), Some(json!({"variant_id": v})), 422, "quantity"),
        (Method::POST, "/lines".into(), Some(json!({"variant_id": 999999999, "quantity": 1})), 422, "variant_id"),
        (Method::POST, "/lines".into(), Some(json!({"variant_id": v, "quantity": 1, "price": "0.01"})), 422, "price"),
        (Method::PATCH, format!("/lines/{line}"), Some(json!({"quantity": 0})), 422, "quantity"),
        (Method::PATCH, format!("/lines/{line}"), Some(json!({"quantity": 100})), 422, "quantity"),
        (Method::PATCH, format!("/lines/{line}"), Some(json!({})), 422, "quantity"),
        (Method::PATCH, "/lines/999999".into(), Some(json!({"quantity": 1})), 404, ""),
        (Method::PATCH, "".into(), Some(json!({"country": "XX"})), 422, "country"),
        (Method::POST, "/discount".into(), Some(json!({"code": "NOPE"})), 422, "code"),
    ];
    for (method, path, body, status, field) in cases {
        let res = s.call(app, method.clone(), &path, body.clone()).await;
        assert_eq!(res.status.as_u16(), status, "{method} {path} {body:?}: {}", String::from_utf8_lossy(&res.body));
        let err = res.json();
        assert!(err["message"].as_str().is_some_and(|m| !m.is_empty()));
        if !field.is_empty() {
            assert!(err["errors"][field].is_array(), "{body:?} should name {field}: {err}");
        }
    }
    // Malformed JSON and a wrong content type.
    let uri = format!("/api/v1/carts/{}/lines", s.id);
    let req = axum::http::Request::post(&uri).header("authorization", &s.auth).header("content-type", "application/json").body(axum::body::Body::from("{\"variant_id\": ")).unwrap();
    assert_eq!(app.raw(req).await.status, StatusCode::BAD_REQUEST);
    let req = axum::http::Request::post(&uri).header("authorization", &s.auth).header("content-type", "text/plain").body(axum::body::Body::from("hi")).unwrap();
    assert_eq!(app.raw(req).await.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let after = s.cart(app).await;
    assert_eq!(after["lines"], before["lines"]);
    assert_eq!(after["version"], before["version"], "failed changes don't bump the version");
}

async fn stock_limits_additions_but_never_a_decrease(app: &TestApp) {
    let s = Shopper::new(app).await;
    let (v, _, available) = variant(app, SWEATER, 3).await;
    let res = s.add(app, v, available + 1).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(res.json()["errors"]["quantity"][0], format!("Only {available} left."));
    s.add(app, v, available - 1).await;
    let res = s.add(app, v, 2).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.json()["message"].as_str().unwrap().contains("already in your cart"));
    let line = s.cart(app).await["lines"][0]["id"].as_i64().unwrap();
    // Stock drops below what the cart holds: lowering still works.
    sqlx::query("UPDATE variants SET stock = reserved + 1 WHERE id = $1").bind(v).execute(&app.state.db.pool).await.unwrap();
    let res = s.call(app, Method::PATCH, &format!("/lines/{line}"), Some(json!({"quantity": available}))).await;
    assert_eq!(res.status, StatusCode::CONFLICT, "raising beyond stock");
    let res = s.call(app, Method::PATCH, &format!("/lines/{line}"), Some(json!({"quantity": 2}))).await;
    assert_eq!(res.status, StatusCode::OK, "lowering is always allowed");
    assert_eq!(res.json()["lines"][0]["issues"][0], json!({"type": "not_enough_stock", "available": 1}));
}

async fn price_and_stock_changes_are_shown_not_applied_silently(app: &TestApp) {
    let s = Shopper::new(app).await;
    let (v, price, _) = variant(app, LAMP, 1).await;
    s.add(app, v, 1).await;
    sqlx::query("UPDATE variants SET price_minor = price_minor - 1000 WHERE id = $1").bind(v).execute(&app.state.db.pool).await.unwrap();
    let cart = s.cart(app).await;
    let line = &cart["lines"][0];
    assert_eq!(line["issues"][0]["type"], "price_changed");
    assert_eq!(money(&line["issues"][0]["was"]), price);
    assert_eq!(line["issues"][0]["now"], line["unit_price"]);
    assert_eq!(cart["totals"]["subtotal"], line["unit_price"], "totals use the current price");
    let id = line["id"].as_i64().unwrap();
    let cart = s.call(app, Method::PATCH, &format!("/lines/{id}"), Some(json!({"accept_current_price": true}))).await.json();
    assert_eq!(cart["lines"][0]["issues"], json!([]));
    sqlx::query("UPDATE variants SET stock = reserved WHERE id = $1").bind(v).execute(&app.state.db.pool).await.unwrap();
    let cart = s.cart(app).await;
    assert_eq!(cart["lines"][0]["issues"][0]["type"], "out_of_stock");
    assert_eq!(cart["lines"][0]["max_quantity"], 0);
}

async fn discount_codes_explain_themselves(app: &TestApp) {
    let s = Shopper::new(app).await;
    let (v, _, _) = variant(app, TEE, 2).await;
    s.add(app, v, 2).await;
    let s = &s;
    let apply = |code: &'static str| async move { s.call(app, Method::POST, "/discount", Some(json!({"code": code}))).await };
    for (code, message) in [
        ("SUMMER25", "That code has expired."),
        ("FUTURE5", "That code isn't active yet."),
        ("LAUNCH50", "That code has reached its usage limit."),
        ("BAGS15", "That code doesn't apply to anything in your cart."),
        ("SAVE20", "That code needs a subtotal of at least $150.00. Add $94.00 more to use it."),
        ("NOTACODE", "That code isn't valid. Check the spelling and try again."),
    ] {
        let res = apply(code).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{code}");
        assert_eq!(res.json()["errors"]["code"][0], message, "{code}");
    }
    let res = apply(" welcome10 ").await;
    assert_eq!(res.status, StatusCode::OK);
    let cart = res.json();
    assert_eq!(cart["totals"]["discount_code"], "WELCOME10");
    assert_eq!(money(&cart["totals"]["discount_total"]), "5.60");
    assert_eq!(money(&cart["totals"]["total"]), "50.40");
    // TENOFF needs $50: applies now, stops applying below it, with the reason.
    let cart = apply("TENOFF").await.json();
    assert_eq!(money(&cart["totals"]["discount_total"]), "10.00");
    let line = cart["lines"][0]["id"].as_i64().unwrap();
    let cart = s.call(app, Method::PATCH, &format!("/lines/{line}"), Some(json!({"quantity": 1}))).await.json();
    assert_eq!(money(&cart["totals"]["discount_total"]), "0.00");
    assert_eq!(cart["totals"]["discount_problem"]["reason"], "minimum_not_reached");
    assert_eq!(cart["discount"]["code"], "TENOFF", "the code stays on the cart");
    let cart = s.call(app, Method::DELETE, "/discount", None).await.json();
    assert!(cart["discount"].is_null() && cart["totals"]["discount_problem"].is_null());
}

async fn shipping_and_tax_estimates_follow_the_destination(app: &TestApp) {
    let s = Shopper::new(app).await;
    let (v, _, _) = variant(app, TEE, 2).await;
    s.add(app, v, 1).await;
    let s = &s;
    let set = |body: Value| async move { s.call(app, Method::PATCH, "", Some(body)).await };
    let cart = set(json!({"country": "us"})).await.json();
    assert_eq!(cart["country"], "US");
    assert_eq!(money(&cart["totals"]["shipping"]), "7.00");
    assert!(cart["tax"].is_null(), "US tax waits for the state");
    let cart = set(json!({"country": "US", "region": "California"})).await.json();
    assert_eq!(cart["region"], "CA", "region names normalise to codes");
    assert_eq!(money(&cart["totals"]["tax_total"]), "2.03", "7.25% of 28.00 = 2.03");
    assert_eq!(money(&cart["totals"]["total"]), "37.03");
    let res = set(json!({"country": "US", "region": "Narnia"})).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.json()["errors"]["region"][0].as_str().unwrap().contains("state"));
    s.add(app, v, 2).await;
    let cart = s.cart(app).await;
    assert_eq!(money(&cart["totals"]["shipping"]), "0.00", "free over $75");
    let cart = set(json!({"country": "DE"})).await.json();
    assert_eq!(cart["tax"]["name"], "VAT");
    assert_eq!(money(&cart["totals"]["shipping"]), "15.00");
    assert_eq!(money(&cart["totals"]["tax_total"]), "18.81", "19% of 84 + 15 shipping = 18.81");
    let cart = set(json!({"country": "JP"})).await.json();
    assert_eq!(cart["shipping_rate"]["name"], "International");
    let cart = set(json!({})).await.json();
    assert!(cart["country"].is_null() && cart["totals"]["shipping"].is_null());
    let shop = app.get("/api/v1/shop").await.json();
    assert!(shop["ship_to"].as_array().unwrap().iter().any(|c| c["code"] == "US" && c["name"] == "United States"));
    assert_eq!(shop["tax_inclusive"], false);
}

async fn a_stale_version_is_a_conflict(app: &TestApp) {
    let s = Shopper::new(app).await;
    let (v, _, _) = variant(app, TOTE, 3).await;
    let cart = s.add(app, v, 1).await.json();
    let version = cart["version"].as_i64().unwrap();
    let line = cart["lines"][0]["id"].as_i64().unwrap();
    let uri = format!("/api/v1/carts/{}/lines/{line}", s.id);
    let stale = format!("\"{}\"", version - 1);
    let res = app.request(Method::PATCH, &uri, &[("authorization", &s.auth), ("if-match", &stale)], Some(json!({"quantity": 3}))).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(res.json()["errors"]["cart"][0], format!("version is {version}, not {}", version - 1));
    let current = format!("\"{version}\"");
    let res = app.request(Method::PATCH, &uri, &[("authorization", &s.auth), ("if-match", &current)], Some(json!({"quantity": 3}))).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.json()["version"], version + 1);
}

async fn concurrent_changes_lose_no_update(app: &TestApp) {
    let s = Shopper::new(app).await;
    let (v, _, available) = variant(app, TEE, 20).await;
    assert!(available >= 20);
    let start = s.cart(app).await["version"].as_i64().unwrap();
    // Twenty tabs add one each at the same moment: twenty units, twenty versions.
    let adds = (0..20).map(|_| s.add(app, v, 1));
    for res in futures_util::future::join_all(adds).await {
        assert_eq!(res.status, StatusCode::OK, "{}", String::from_utf8_lossy(&res.body));
    }
    let cart = s.cart(app).await;
    assert_eq!(cart["lines"][0]["quantity"], 20);
    assert_eq!(cart["version"].as_i64().unwrap(), start + 20);
    // Setting quantities concurrently: the last write wins, whole.
    let line = cart["lines"][0]["id"].as_i64().unwrap();
    let path = format!("/lines/{line}");
    let sets = (1..=10).map(|q| s.call(app, Method::PATCH, &path, Some(json!({"quantity": q}))));
    for res in futures_util::future::join_all(sets).await {
        assert_eq!(res.status, StatusCode::OK);
    }
    let cart = s.cart(app).await;
    assert!((1..=10).contains(&cart["lines"][0]["quantity"].as_i64().unwrap()));
    assert_eq!(cart["version"].as_i64().unwrap(), start + 30);
}

#[tokio::test]
async fn yen_and_euro_shops_price_in_their_currency() {
    let app = TestApp::sqlite_with_fixtures(Currency::Jpy).await;
    let s = Shopper::new(&app).await;
    let (v, price, _) = variant(&app, TEE, 2).await;
    assert_eq!(price, "4200");
    let cart = s.add(&app, v, 2).await.json();
    assert_eq!(cart["currency"], "JPY");
    assert_eq!(money(&cart["totals"]["subtotal"]), "8400");
    let res = s.call(&app, Method::POST, "/discount", Some(json!({"code": "SAVE20"}))).await;
    assert_eq!(res.json()["errors"]["code"][0], "That code needs a subtotal of at least ¥22,500. Add ¥14,100 more to use it.");
    let cart = s.call(&app, Method::PATCH, "", Some(json!({"country": "JP"}))).await.json();
    assert_eq!(cart["tax_inclusive"], true);
    assert_eq!(money(&cart["totals"]["tax_total"]), "1109", "10% inside 8400 (764) and inside 3800 shipping (345), whole yen");
    assert_eq!(money(&cart["totals"]["total"]), "12200");

    let app = TestApp::sqlite_with_fixtures(Currency::Eur).await;
    let s = Shopper::new(&app).await;
    let (v, price, _) = variant(&app, TEE, 2).await;
    assert_eq!(price, "26.00");
    s.add(&app, v, 1).await;
    let cart = s.call(&app, Method::PATCH, "", Some(json!({"country": "DE"}))).await.json();
    assert_eq!(money(&cart["totals"]["total"]), "40.00", "26 + 14 shipping, VAT included");
    assert_eq!(money(&cart["totals"]["tax_total"]), "6.39");
}
