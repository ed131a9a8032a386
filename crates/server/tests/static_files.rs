//! Serving the built storefront: SPA fallback, caching, precompression, CORS.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::TestApp;
use vitrine_server::state::ShopConfig;

async fn app_with_dist() -> (TestApp, tempfile::TempDir) {
    let dist = tempfile::tempdir().unwrap();
    let index = format!("<!doctype html><head><title>Shop</title></head><body>{}</body>", "<p>Shop</p>".repeat(40));
    std::fs::write(dist.path().join("index.html"), index).unwrap();
    std::fs::write(dist.path().join("vitrine-0123456789abcdef_bg.wasm"), vec![0u8; 4096]).unwrap();
    std::fs::create_dir_all(dist.path().join("images")).unwrap();
    std::fs::create_dir_all(dist.path().join("embed")).unwrap();
    std::fs::write(dist.path().join("embed/vitrine.js"), "import init from './vitrine-embed-0123456789abc.js';").unwrap();
    std::fs::write(dist.path().join("embed/vitrine-embed-0123456789abc_bg.wasm"), vec![0u8; 512]).unwrap();
    std::fs::write(dist.path().join("images/a.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>").unwrap();
    let config = ShopConfig {
        static_dir: Some(dist.path().to_path_buf()),
        cors_origins: vec!["https://blog.example.com".into()],
        ..ShopConfig::default()
    };
    (TestApp::sqlite(config).await, dist)
}

#[tokio::test]
async fn client_routes_fall_back_to_index_and_missing_files_are_404() {
    let (app, _dist) = app_with_dist().await;
    for (path, status) in [("/", StatusCode::OK), ("/cart", StatusCode::OK), ("/products/anything", StatusCode::NOT_FOUND)] {
        let res = app.get(path).await;
        assert_eq!(res.status, status, "{path}");
        assert_eq!(res.headers["content-type"], "text/html; charset=utf-8");
        assert_eq!(res.headers["cache-control"], "no-cache");
        assert!(String::from_utf8_lossy(&res.body).contains("<p>Shop</p>"), "{path} is the app");
    }
    assert_eq!(app.get("/missing.js").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/images/a.svg").await.headers["content-type"], "image/svg+xml");
}

#[tokio::test]
async fn hashed_assets_are_immutable_and_compressed() {
    let (app, _dist) = app_with_dist().await;
    let wasm = "/vitrine-0123456789abcdef_bg.wasm";
    let res = app.get(wasm).await;
    assert_eq!(res.headers["content-type"], "application/wasm");
    assert_eq!(res.headers["cache-control"], "public, max-age=31536000, immutable");
    let etag = res.headers["etag"].to_str().unwrap().to_string();
    let not_modified = app
        .raw(Request::get(wasm).header("if-none-match", &etag).body(Body::empty()).unwrap())
        .await;
    assert_eq!(not_modified.status, StatusCode::NOT_MODIFIED);
    // Compressed before the server starts: the first compressed request gets brotli.
    let res = app.raw(Request::get(wasm).header("accept-encoding", "gzip, br").body(Body::empty()).unwrap()).await;
    let encoded = res.headers.get("content-encoding").map(|enc| (enc.to_str().unwrap().to_string(), res.body.len()));
    let (encoding, len) = encoded.expect("served compressed");
    assert_eq!(encoding, "br");
    assert!(len < 100, "4 KB of zeros compress to {len} bytes");
    let gz = app.raw(Request::get(wasm).header("accept-encoding", "gzip").body(Body::empty()).unwrap()).await;
    assert_eq!(gz.headers["content-encoding"], "gzip");
}

#[tokio::test]
async fn cors_allows_only_configured_origins() {
    let (app, _dist) = app_with_dist().await;
    let allowed = app
        .raw(Request::get("/api/v1/health").header("origin", "https://blog.example.com").body(Body::empty()).unwrap())
        .await;
    assert_eq!(allowed.headers["access-control-allow-origin"], "https://blog.example.com");
    // A connected site's widgets change a cart line: PATCH with the cart's secret and version.
    let preflight = app
        .raw(
            Request::options("/api/v1/carts/c1/lines/1")
                .header("origin", "https://blog.example.com")
                .header("access-control-request-method", "PATCH")
                .header("access-control-request-headers", "authorization,content-type,if-match")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(preflight.headers["access-control-allow-origin"], "https://blog.example.com");
    let allowed_headers = preflight.headers["access-control-allow-headers"].to_str().unwrap().to_ascii_lowercase();
    for h in ["authorization", "content-type", "if-match", "idempotency-key"] {
        assert!(allowed_headers.contains(h), "{h} not in {allowed_headers}");
    }
    assert!(preflight.headers["access-control-allow-methods"].to_str().unwrap().contains("PATCH"));
    let other = app
        .raw(Request::get("/api/v1/health").header("origin", "https://evil.example").body(Body::empty()).unwrap())
        .await;
    // A site that is not connected gets no data, and a reason it can read.
    assert_eq!(other.status, StatusCode::FORBIDDEN);
    let body: serde_json::Value = serde_json::from_slice(&other.body).unwrap();
    assert!(body["errors"]["origin"][0].as_str().unwrap().contains("https://evil.example"), "{body}");
    assert!(body.get("status").is_none(), "no health data: {body}");
    let products = app
        .raw(Request::get("/api/v1/products").header("origin", "https://evil.example").body(Body::empty()).unwrap())
        .await;
    assert_eq!(products.status, StatusCode::FORBIDDEN);
    assert!(!String::from_utf8_lossy(&products.body).contains("\"items\""));
    // The shop's own pages send their origin on writes: same site, allowed.
    let own = app
        .raw(Request::get("/api/v1/health").header("origin", "http://shop.test:8080").header("host", "shop.test:8080").body(Body::empty()).unwrap())
        .await;
    assert_eq!(own.status, StatusCode::OK);
    // Requests without an Origin (servers, curl, webhooks) are not a browser on another site.
    assert_eq!(app.get("/api/v1/health").await.status, StatusCode::OK);
}

#[tokio::test]
async fn embed_files_load_from_any_site_and_pages_are_framed_only_by_connected_sites() {
    let (app, _dist) = app_with_dist().await;
    let script = app.get("/embed/vitrine.js").await;
    assert_eq!(script.status, StatusCode::OK);
    assert_eq!(script.headers["access-control-allow-origin"], "*");
    assert_eq!(script.headers["cross-origin-resource-policy"], "cross-origin");
    assert_eq!(script.headers["cache-control"], "public, max-age=300");
    assert!(script.headers.contains_key("etag"));
    let wasm = app.get("/embed/vitrine-embed-0123456789abc_bg.wasm").await;
    assert_eq!(wasm.headers["access-control-allow-origin"], "*");
    assert_eq!(wasm.headers["cache-control"], "public, max-age=31536000, immutable");
    let page = app.get("/checkout").await;
    assert_eq!(page.headers["content-security-policy"], "frame-ancestors 'self' https://blog.example.com");
    assert!(app.get("/").await.headers.contains_key("content-security-policy"));
}

/// Each page kind gets its own entry's `index.html` (its own wasm): the shop's at the root, the checkout's from
/// `entry/checkout/`, the returns' from `entry/returns/`, the console's from `entry/admin/` (never indexed),
/// with the server-written head in each.
#[tokio::test]
async fn each_page_is_answered_with_its_entrys_index() {
    let (app, dist) = app_with_dist().await;
    drop(app);
    let head = "<meta name=\"vitrine-head\" content=\"begin\"><title>x</title><meta name=\"vitrine-head\" content=\"end\">";
    for (dir, text) in [("checkout", "<p>Checkout entry</p>"), ("returns", "<p>Returns entry</p>"), ("admin", "<p>Console entry</p>")] {
        std::fs::create_dir_all(dist.path().join("entry").join(dir)).unwrap();
        let html = format!("<!doctype html><head>{head}</head><body>{}</body>", text.repeat(40));
        std::fs::write(dist.path().join("entry").join(dir).join("index.html"), html).unwrap();
    }
    let config = ShopConfig { static_dir: Some(dist.path().to_path_buf()), shop_name: "Entry Shop".into(), ..ShopConfig::default() };
    let app = TestApp::sqlite(config).await;
    for (path, entry) in [
        ("/", "<p>Shop</p>"),
        ("/cart", "<p>Shop</p>"),
        ("/checkouts", "<p>Shop</p>"),
        ("/checkout", "<p>Checkout entry</p>"),
        ("/checkout/", "<p>Checkout entry</p>"),
        ("/orders/1001", "<p>Checkout entry</p>"),
        ("/orders/VT-AB12-CD34/return", "<p>Returns entry</p>"),
        ("/orders/VT-AB12-CD34/returns", "<p>Checkout entry</p>"),
        ("/returns/RMA-AB12-CD34", "<p>Returns entry</p>"),
        ("/returns/RMA-AB12-CD34/label", "<p>Returns entry</p>"),
        ("/returnsx", "<p>Shop</p>"),
        ("/admin", "<p>Console entry</p>"),
        ("/admin/orders/VT-AB12-CD34", "<p>Console entry</p>"),
        ("/admin/inventory", "<p>Console entry</p>"),
        ("/theme", "<p>Console entry</p>"),
        ("/themes", "<p>Shop</p>"),
        ("/administrator", "<p>Shop</p>"),
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status, StatusCode::OK, "{path}");
        let html = String::from_utf8_lossy(&res.body);
        assert!(html.contains(entry), "{path} is answered by the entry with {entry}");
        if entry.contains("Console") {
            assert!(html.contains("<title>Console · Entry Shop</title>"), "{path} has the console's head: {html}");
            assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"), "{path} is never indexed: {html}");
        } else if entry.contains("entry") {
            // The checkout's own title (its first screen is drawn by the server, cart_screen.rs).
            let title = if path.starts_with("/checkout") { "<title>Checkout · Entry Shop</title>" } else { "<title>Entry Shop</title>" };
            assert!(html.contains(title), "{path} has the server-written head: {html}");
        }
    }
    assert_eq!(app.get("/entry/checkout/index.html").await.status, StatusCode::OK);
    assert_eq!(app.get("/entry/returns/index.html").await.status, StatusCode::OK);
    drop(dist);
}
