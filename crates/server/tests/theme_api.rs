//! The shop's theme without a rebuild (issue 13), on SQLite and PostgreSQL:
//! `PUT /api/v1/admin/theme` refuses a missing or wrong key and every bad
//! value (naming the field, leaving the stored theme as it was, so nothing
//! can be injected into CSS); a good theme is served by
//! `GET /api/v1/theme.css` with an ETag to any origin, and inlined into
//! every storefront page's head.

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

use axum::http::{Method, StatusCode};
use common::orders::{admin, admin_key};
use common::TestApp;
use serde_json::{json, Value};
use vitrine_server::state::ShopConfig;

/// A storefront build with the server-written head region, shared by the tests.
fn dist() -> PathBuf {
    static DIST: OnceLock<PathBuf> = OnceLock::new();
    DIST.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep();
        let head = "<meta name=\"vitrine-head\" content=\"begin\"><title>x</title><meta name=\"vitrine-head\" content=\"end\">";
        let html = format!("<!doctype html><head>{head}<style>:root{{--vt-color-accent:#1f3a5f}}</style></head><body>{}</body>", "<p>Shop</p>".repeat(40));
        std::fs::write(dir.join("index.html"), html).unwrap();
        dir
    })
    .clone()
}

fn config() -> ShopConfig {
    ShopConfig { static_dir: Some(dist()), ..common::fixture_config() }
}

on_both_backends!(fixtures: crate::config() =>
    only_an_admin_key_stores_a_theme,
    bad_values_are_refused_by_field_and_change_nothing,
    a_theme_reaches_the_stylesheet_and_every_page,
);

async fn put(app: &TestApp, key: &str, body: Value) -> common::TestResponse {
    admin(app, key, Method::PUT, "/theme", &[], Some(body)).await
}

async fn css(app: &TestApp) -> String {
    let res = app.get("/api/v1/theme.css").await;
    assert_eq!(res.status, StatusCode::OK);
    String::from_utf8(res.body).unwrap()
}

async fn only_an_admin_key_stores_a_theme(app: &TestApp) {
    let before = css(app).await;
    assert!(!before.contains('{'), "no theme yet: a comment only: {before}");
    let body = json!({"tokens": {"--vt-radius": "2px"}});
    let none = app.request(Method::PUT, "/api/v1/admin/theme", &[], Some(body.clone())).await;
    let wrong = put(app, "vt_admin_0000000000000000000000000000000000000000000000", body.clone()).await;
    assert_eq!((none.status, wrong.status), (StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED));
    assert_eq!(none.body, wrong.body, "missing and wrong keys look the same");
    assert_eq!(css(app).await, before, "nothing stored");
}

async fn bad_values_are_refused_by_field_and_change_nothing(app: &TestApp) {
    let key = admin_key(app).await;
    let good = json!({"preset": "calm", "tokens": {"--vt-radius": "4px"}});
    assert_eq!(put(app, &key, good.clone()).await.status, StatusCode::OK);
    let stored = css(app).await;
    let huge = "a".repeat(1024 * 1024);
    for (name, value) in [
        ("--vt-color-accent", "red;} body{display:none"),
        ("--vt-color-accent", "url(https://evil.example/x.png)"),
        ("--vt-font-body", "Georgia;}"),
        ("--vt-font-body", "</style><script>alert(1)</script>"),
        ("--vt-font-body", huge.as_str()),
        ("--vt-nope", "#ffffff"),
        ("--vt-color-text-muted", "#c8c8c8"),
    ] {
        let res = put(app, &key, json!({"tokens": {name: value}})).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        let body = res.json();
        assert!(body["errors"][format!("tokens.{name}")][0].is_string(), "{name}: {}", body.to_string().chars().take(300).collect::<String>());
        assert_eq!(css(app).await, stored, "{name}: the stored theme is unchanged");
    }
    let preset = put(app, &key, json!({"preset": "neon"})).await;
    assert_eq!(preset.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(preset.json()["errors"]["preset"][0].as_str().unwrap().contains("boutique"));
    let shown = admin(app, &key, Method::GET, "/theme", &[], None).await.json();
    assert_eq!(shown, good, "the operator reads back what was stored");
}

async fn a_theme_reaches_the_stylesheet_and_every_page(app: &TestApp) {
    let key = admin_key(app).await;
    let theme = json!({"preset": "boutique", "tokens": {"--vt-color-accent": "light-dark(#6b2420, #e9a99a)", "--vt-radius": "2px"}});
    let res = put(app, &key, theme).await;
    assert_eq!(res.status, StatusCode::OK, "{}", String::from_utf8_lossy(&res.body));

    let first = app.get("/api/v1/theme.css").await;
    assert_eq!(first.headers["content-type"], "text/css; charset=utf-8");
    assert_eq!(first.headers["access-control-allow-origin"], "*", "widgets on other origins load it");
    let body = String::from_utf8(first.body.clone()).unwrap();
    assert!(body.contains("--vt-color-accent: light-dark(#6b2420, #e9a99a);"), "{body}");
    assert!(body.contains("--vt-radius: 2px;") && body.contains("Iowan Old Style"), "the preset's fonts come along: {body}");
    let etag = first.headers["etag"].to_str().unwrap().to_string();
    let again = app.request(Method::GET, "/api/v1/theme.css", &[("if-none-match", &etag)], None).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);

    let page = String::from_utf8(app.get("/").await.body).unwrap();
    assert!(page.contains("<style id=\"vt-theme\">") && page.contains("--vt-color-accent: light-dark(#6b2420, #e9a99a);"), "inlined in the page head");

    let email = vitrine_server::outbox::html_email(&app.state, "Your order shipped", "<p>On its way.</p>", Some(("Track your order", "https://shop.example/o")));
    assert!(email.contains("background:#6b2420") && email.contains("background:#fbf6ee") && email.contains("Charter"), "emails in the theme: {email}");

    assert_eq!(put(app, &key, json!({"tokens": {"--vt-radius": "0"}})).await.status, StatusCode::OK);
    let changed = app.request(Method::GET, "/api/v1/theme.css", &[("if-none-match", &etag)], None).await;
    assert_eq!(changed.status, StatusCode::OK, "a new theme, a new ETag");
    assert_ne!(changed.headers["etag"].to_str().unwrap(), etag);
    assert!(!String::from_utf8(changed.body).unwrap().contains("Iowan"), "the preset went with it");
}
