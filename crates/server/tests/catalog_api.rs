//! Catalog API through `app(state)`: listings, detail, errors, OpenAPI.
//!
//! The listing tests (listing pages, 404s, bad parameters, health, category
//! counts) still run on the demo catalog: they are about a real-sized
//! catalog (60+ products over several categories, its first product and its
//! images). Product detail and import run on the tests' own fixture shop
//! (`common/fixtures.rs`).

mod common;

use axum::http::{Method, StatusCode};
use common::fixtures::{self, APPAREL, HOME, TEE, TEE_TITLE};
use common::TestApp;

on_both_backends!(crate::common::demo_config() =>
    lists_products_a_page_at_a_time,
    unknown_product_is_a_json_404,
    bad_page_parameters_are_422_with_a_clear_message,
    health_reports_the_database_and_catalog,
    categories_have_counts,
);

/// On the fixture shop (a module of its own: the macro makes `sqlite` and `postgres`).
mod on_fixtures {
    use super::*;

    crate::on_both_backends!(fixtures: crate::common::fixture_config() =>
        shows_a_product_with_variants,
        import_is_all_or_nothing_and_upserts,
    );
}

async fn lists_products_a_page_at_a_time(app: &TestApp) {
    let res = app.get("/api/v1/products").await;
    assert_eq!(res.status, StatusCode::OK);
    let body = res.json();
    assert_eq!(body["page"], 1);
    assert_eq!(body["per_page"], 24);
    let total = body["total"].as_u64().unwrap();
    assert!(total >= 60, "demo catalog has {total} products");
    assert_eq!(body["items"].as_array().unwrap().len(), 24);
    assert_eq!(body["page_count"].as_u64().unwrap(), total.div_ceil(24));
    let first = &body["items"][0];
    assert_eq!(first["title"], "Everyday Organic Tee");
    assert_eq!(first["price"], serde_json::json!({"amount": "28.00", "currency": "USD"}));
    assert!(first["image"]["url"].as_str().unwrap().starts_with("/images/demo/"));
    assert_eq!(first["image"]["width"], 800);

    let last_page = total.div_ceil(10);
    let res = app.get(&format!("/api/v1/products?per_page=10&page={last_page}")).await;
    let body = res.json();
    assert_eq!(body["items"].as_array().unwrap().len() as u64, total - (last_page - 1) * 10);

    // Pages past the end are empty, not errors; ids never repeat across pages.
    let past = app.get(&format!("/api/v1/products?per_page=10&page={}", last_page + 1)).await.json();
    assert_eq!(past["items"].as_array().unwrap().len(), 0);
    let mut seen = std::collections::HashSet::new();
    for page in 1..=last_page {
        let body = app.get(&format!("/api/v1/products?per_page=10&page={page}")).await.json();
        for item in body["items"].as_array().unwrap() {
            assert!(seen.insert(item["id"].as_i64().unwrap()), "product listed twice");
        }
    }
    assert_eq!(seen.len() as u64, total);
}

async fn shows_a_product_with_variants(app: &TestApp) {
    let res = app.get(&format!("/api/v1/products/{TEE}")).await;
    assert_eq!(res.status, StatusCode::OK);
    let p = res.json();
    assert_eq!(p["title"], TEE_TITLE);
    assert_eq!(p["category"]["handle"], APPAREL);
    let options: Vec<&str> = p["options"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert_eq!(options, ["Colour", "Size"]);
    let variants = p["variants"].as_array().unwrap();
    assert_eq!(variants.len(), fixtures::TEE_COLOURS.len() * fixtures::TEE_SIZES.len());
    let mut statuses = std::collections::BTreeSet::new();
    for v in variants {
        assert_eq!(v["options"].as_array().unwrap().len(), 2);
        assert_eq!(v["price"]["currency"], "USD");
        let available = v["available"].as_i64().unwrap();
        let status = v["stock_status"].as_str().unwrap();
        let expected = match available {
            0 => "out_of_stock",
            1..=5 => "low_stock",
            _ => "in_stock",
        };
        assert_eq!(status, expected);
        statuses.insert(status.to_string());
    }
    assert_eq!(statuses.len(), 3, "the fixture tee has every stock status: {statuses:?}");
    assert!(p["options"][0]["values"][0]["swatch"].as_str().unwrap().starts_with('#'));
}

async fn unknown_product_is_a_json_404(app: &TestApp) {
    let res = app.get("/api/v1/products/no-such-thing").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(res.json()["message"], "There is no product at this address.");
    let res = app.get("/api/v1/nope").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.json()["message"].is_string());
}

async fn bad_page_parameters_are_422_with_a_clear_message(app: &TestApp) {
    for (query, field) in [
        ("page=0", "page"),
        ("page=-1", "page"),
        ("page=abc", "page"),
        ("page=99999999999999999999", "page"),
        ("page=10001", "page"),
        ("per_page=0", "per_page"),
        ("per_page=101", "per_page"),
        ("per_page=2.5", "per_page"),
        ("colour=red", "colour"),
    ] {
        let res = app.get(&format!("/api/v1/products?{query}")).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        let body = res.json();
        assert!(body["message"].as_str().unwrap().contains("invalid"), "{query}: {body}");
        let problem = body["errors"][field][0].as_str().unwrap_or_else(|| panic!("{query}: {body}"));
        assert!(problem.contains("whole number") || problem.contains("unknown parameter"), "{query}: {problem}");
    }
}

async fn health_reports_the_database_and_catalog(app: &TestApp) {
    let body = app.get("/api/v1/health").await.json();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], "ok");
    assert!(body["products"].as_u64().unwrap() >= 60);
}

async fn categories_have_counts(app: &TestApp) {
    let body = app.get("/api/v1/categories").await.json();
    let cats = body.as_array().unwrap();
    assert!(cats.len() >= 5);
    let sum: u64 = cats.iter().map(|c| c["product_count"].as_u64().unwrap()).sum();
    assert_eq!(sum, app.get("/api/v1/products").await.json()["total"].as_u64().unwrap());
}

async fn import_is_all_or_nothing_and_upserts(app: &TestApp) {
    use vitrine_server::catalog::import::{import, CatalogImport};
    let currency = app.state.currency();
    let good: CatalogImport = serde_json::from_value(serde_json::json!({
        "products": [{
            "handle": TEE, "title": format!("{TEE_TITLE} v2"), "category": APPAREL,
            "variants": [{"sku": "NEW-TEE", "price": "30.00", "stock": 4}]
        }, {
            "handle": "gift-card", "title": "Gift Card", "category": HOME,
            "variants": [{"sku": "GIFT-50", "price": "50.00", "stock": 1000}]
        }]
    }))
    .unwrap();
    let mut bad = good.clone();
    bad.products[1].variants[0].stock = -5;
    let err = import(&app.state.db, currency, &bad).await.unwrap_err();
    assert!(format!("{err:?}").contains("products[1].variants[0].stock"), "{err:?}");
    app.state.catalog.reload().await.unwrap();
    assert_eq!(app.get("/api/v1/products/gift-card").await.status, StatusCode::NOT_FOUND);

    let report = import(&app.state.db, currency, &good).await.unwrap();
    assert_eq!((report.products_created, report.products_updated), (1, 1));
    assert!(app.state.catalog.reload_if_stale().await.unwrap(), "import bumps the catalog version");
    let tee = app.get(&format!("/api/v1/products/{TEE}")).await.json();
    assert_eq!(tee["title"], format!("{TEE_TITLE} v2"));
    assert_eq!(tee["variants"].as_array().unwrap().len(), 1, "variants not in the import are removed");
    assert_eq!(app.get("/api/v1/products/gift-card").await.json()["variants"][0]["price"]["amount"], "50.00");
}

#[tokio::test]
async fn openapi_document_describes_the_catalog() {
    let app = TestApp::sqlite(vitrine_server::state::ShopConfig::default()).await;
    let res = app.get("/api/v1/openapi.json").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.json();
    assert_eq!(doc["openapi"], "3.1.0");
    for path in ["/api/v1/products", "/api/v1/products/{handle}", "/api/v1/health", "/api/v1/categories", "/api/v1/shop"] {
        assert!(doc["paths"][path]["get"].is_object(), "{path} missing");
    }
    let params: Vec<&str> = doc["paths"]["/api/v1/products"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(params.contains(&"page") && params.contains(&"per_page"));
    assert!(doc["components"]["schemas"]["Money"].is_object());
    assert_eq!(doc["components"]["schemas"]["Currency"]["type"], "string");
}

#[tokio::test]
async fn an_empty_catalog_lists_nothing() {
    let app = TestApp::sqlite(vitrine_server::state::ShopConfig::default()).await;
    let body = app.get("/api/v1/products").await.json();
    assert_eq!(body["total"], 0);
    assert_eq!(body["page_count"], 0);
    assert_eq!(app.request(Method::GET, "/api/v1/shop", &[], None).await.json()["currency"], "USD");
}
