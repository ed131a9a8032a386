//! Test harness: the real app over a fresh database per test: a temp SQLite
//! file, or (when `VITRINE_TEST_POSTGRES_URL` is set) a schema of its own in
//! PostgreSQL, so parallel tests and runs never collide.

#![allow(dead_code)]

pub mod fixtures;
pub mod orders;
pub mod process;

use std::sync::atomic::{AtomicU32, Ordering};

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;
use vitrine_server::db::{Db, DbConfig};
use vitrine_server::state::{AppState, ShopConfig};

pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    pg_schema: Option<(String, String)>,
    _dir: Option<tempfile::TempDir>,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl TestResponse {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body))
        })
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The seeded demo shop (`src/demo`): for tests about the demo's own text
/// and size (search ranking, listings). Tests of shop behaviour use the
/// fixtures instead, so editing the demo doesn't change them.
pub fn demo_config() -> ShopConfig {
    ShopConfig { demo: true, ..ShopConfig::default() }
}

/// The fixture shop (`fixtures.rs`) in USD: pass to
/// `on_both_backends!(fixtures: ...)`.
pub fn fixture_config() -> ShopConfig {
    fixture_config_in(vitrine_core::Currency::Usd)
}

/// A fixture shop in `currency` (USD, EUR or JPY) with a locale to match.
/// Demo mode stays on, as in the shops these tests used to run on (it also
/// opens the dev mailbox), but the fixtures are imported before the app
/// starts, and the demo catalog is only ever seeded into an empty one.
pub fn fixture_config_in(currency: vitrine_core::Currency) -> ShopConfig {
    let locale = match currency {
        vitrine_core::Currency::Eur => "de-DE",
        vitrine_core::Currency::Jpy => "ja-JP",
        _ => "en-US",
    };
    ShopConfig { currency, locale: locale.into(), demo: true, ..ShopConfig::default() }
}

impl TestApp {
    pub async fn sqlite(config: ShopConfig) -> TestApp {
        TestApp::sqlite_with(config, false).await
    }

    /// `None` when no Postgres URL is configured; panics when one is but is unreachable.
    pub async fn postgres(config: ShopConfig) -> Option<TestApp> {
        TestApp::postgres_with(config, false).await
    }

    /// A SQLite app holding the fixture shop in `currency`.
    pub async fn sqlite_with_fixtures(currency: vitrine_core::Currency) -> TestApp {
        TestApp::sqlite_with(fixture_config_in(currency), true).await
    }

    /// With `fixtures`, the fixture shop is imported before the app starts.
    pub async fn sqlite_with(config: ShopConfig, fixtures: bool) -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("test.sqlite").display());
        let db = Db::connect(&DbConfig::new(url)).await.expect("sqlite connects");
        let state = start(db, config, fixtures).await;
        TestApp { router: vitrine_server::app(state.clone()), state, pg_schema: None, _dir: Some(dir) }
    }

    /// As [`TestApp::sqlite_with`], in a Postgres schema of its own.
    pub async fn postgres_with(config: ShopConfig, fixtures: bool) -> Option<TestApp> {
        TestApp::postgres_through(config, fixtures, |url| url.to_string()).await
    }

    /// As [`TestApp::postgres_with`], with the app's pool connecting to
    /// `through(url)` (a proxy in front of the server, for outage tests)
    /// while the schema is made and dropped directly.
    pub async fn postgres_through(config: ShopConfig, fixtures: bool, through: impl Fn(&str) -> String) -> Option<TestApp> {
        let url = std::env::var("VITRINE_TEST_POSTGRES_URL").ok().filter(|u| !u.is_empty())?;
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        let schema = format!("vt_test_{now}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
        sqlx::any::install_default_drivers();
        let admin = sqlx::AnyPool::connect(&url).await.unwrap_or_else(|e| panic!("Postgres at {url} is unreachable: {e}"));
        sweep_stale_schemas(&admin, now).await;
        sqlx::query(&format!("CREATE SCHEMA \"{schema}\"")).execute(&admin).await.expect("create schema");
        admin.close().await;
        let db = Db::connect(&DbConfig { schema: Some(schema.clone()), max_connections: 8, ..DbConfig::new(through(&url)) })
            .await
            .expect("postgres connects");
        let state = start(db, config, fixtures).await;
        Some(TestApp { router: vitrine_server::app(state.clone()), state, pg_schema: Some((url, schema)), _dir: None })
    }

    /// Drops the Postgres schema (SQLite files go with the temp dir).
    pub async fn cleanup(self) {
        self.state.db.pool.close().await;
        if let Some((url, schema)) = self.pg_schema {
            if let Ok(admin) = sqlx::AnyPool::connect(&url).await {
                let _ = sqlx::query(&format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE")).execute(&admin).await;
                admin.close().await;
            }
        }
    }

    pub async fn request(&self, method: Method, uri: &str, headers: &[(&str, &str)], body: Option<Value>) -> TestResponse {
        let mut req = Request::builder().method(method).uri(uri);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let body = match body {
            Some(v) => {
                req = req.header("content-type", "application/json");
                Body::from(serde_json::to_vec(&v).unwrap())
            }
            None => Body::empty(),
        };
        let res = self.router.clone().oneshot(req.body(body).unwrap()).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
        TestResponse { status, headers, body }
    }

    pub async fn get(&self, uri: &str) -> TestResponse {
        self.request(Method::GET, uri, &[], None).await
    }

    pub async fn raw(&self, req: Request<Body>) -> TestResponse {
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
        TestResponse { status, headers, body }
    }
}

/// The app's state over `db`, after importing the fixture shop when asked.
async fn start(db: Db, config: ShopConfig, fixtures: bool) -> AppState {
    if fixtures {
        let currency = vitrine_server::settings::currency(&db, config.currency).await.expect("shop currency");
        let doc = fixtures::catalog(currency);
        vitrine_server::catalog::import::import(&db, currency, &doc)
            .await
            .unwrap_or_else(|e| panic!("importing the fixtures: {e:?}"));
        let state = AppState::new(db, config).await.expect("state");
        let products: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM products").fetch_one(&state.db.pool).await.unwrap();
        assert_eq!(products as usize, doc.products.len(), "the fixture shop holds the fixtures only");
        return state;
    }
    AppState::new(db, config).await.expect("state")
}

/// Schemas left by crashed runs more than an hour ago.
async fn sweep_stale_schemas(admin: &sqlx::AnyPool, now: u64) {
    let names: Vec<String> =
        sqlx::query_scalar("SELECT nspname::text FROM pg_namespace WHERE nspname LIKE 'vt_test_%'")
            .fetch_all(admin)
            .await
            .unwrap_or_default();
    for name in names {
        let ts: u64 = name.split('_').nth(2).and_then(|t| t.parse().ok()).unwrap_or(0);
        if ts + 3600 < now {
            let _ = sqlx::query(&format!("DROP SCHEMA IF EXISTS \"{name}\" CASCADE")).execute(admin).await;
        }
    }
}

/// Runs each listed `async fn(&TestApp)` as two tests: on SQLite and on Postgres.
/// The functions take the app built from `$config`; with `fixtures:` in
/// front, the app holds the fixture shop (`fixtures.rs`) instead of the demo.
/// Each use makes modules `sqlite` and `postgres`: a second use in one file
/// goes inside a module of its own.
#[macro_export]
macro_rules! on_both_backends {
    (fixtures: $config:expr => $($name:ident),* $(,)?) => {
        $crate::on_both_backends!(@tests true, $config => $($name),*);
    };
    (@tests $fixtures:literal, $config:expr => $($name:ident),*) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let app = $crate::common::TestApp::sqlite_with($config, $fixtures).await;
                    super::$name(&app).await;
                    app.cleanup().await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let Some(app) = $crate::common::TestApp::postgres_with($config, $fixtures).await else {
                        eprintln!("skipped: VITRINE_TEST_POSTGRES_URL is not set");
                        return;
                    };
                    super::$name(&app).await;
                    app.cleanup().await;
                }
            )*
        }
    };
    ($config:expr => $($name:ident),* $(,)?) => {
        $crate::on_both_backends!(@tests false, $config => $($name),*);
    };
}

pub struct Shopper {
    pub id: String,
    pub auth: String,
}

impl Shopper {
    pub async fn new(app: &TestApp) -> Shopper {
        let res = app.request(Method::POST, "/api/v1/carts", &[], None).await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
        let body = res.json();
        assert_eq!(body["token"].as_str().unwrap().len(), 64);
        Shopper { id: body["id"].as_str().unwrap().into(), auth: format!("Bearer {}", body["token"].as_str().unwrap()) }
    }

    pub async fn call(&self, app: &TestApp, method: Method, path: &str, body: Option<Value>) -> TestResponse {
        let uri = format!("/api/v1/carts/{}{path}", self.id);
        app.request(method, &uri, &[("authorization", &self.auth)], body).await
    }

    pub async fn cart(&self, app: &TestApp) -> Value {
        let res = self.call(app, Method::GET, "", None).await;
        assert_eq!(res.status, StatusCode::OK);
        res.json()
    }

    pub async fn add(&self, app: &TestApp, variant: i64, quantity: i64) -> TestResponse {
        self.call(app, Method::POST, "/lines", Some(json!({"variant_id": variant, "quantity": quantity}))).await
    }
}

/// A buyable variant of `handle` with at least `min` in stock: (id, price, available).
pub async fn variant(app: &TestApp, handle: &str, min: i64) -> (i64, String, i64) {
    let p = app.get(&format!("/api/v1/products/{handle}")).await.json();
    let v = p["variants"].as_array().unwrap().iter().find(|v| v["available"].as_i64().unwrap() >= min).expect("stocked variant");
    (v["id"].as_i64().unwrap(), v["price"]["amount"].as_str().unwrap().to_string(), v["available"].as_i64().unwrap())
}

