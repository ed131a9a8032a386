//! PostgreSQL going away under a running shop (issue 17): the app's pool
//! talks to PostgreSQL through a TCP proxy that the test cuts (every open
//! connection dropped, new ones refused) and mends, as a database restart
//! looks from the app. While it is down, requests that need the database
//! are a clean 503 with `Retry-After` and the JSON error body (never a 500,
//! never a hang past the request timeout) and write nothing; once it is back
//! the same pool serves again without a restart of the app.
//!
//! PostgreSQL only (a SQLite file does not go away): skipped without
//! `VITRINE_TEST_POSTGRES_URL`.

mod common;

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::{Method, StatusCode};
use common::TestApp;

/// A TCP proxy to `upstream` that can be cut and mended.
struct Proxy {
    port: u16,
    down: Arc<AtomicBool>,
    open: Arc<Mutex<Vec<TcpStream>>>,
}

impl Proxy {
    fn start(upstream: String) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
        let port = listener.local_addr().unwrap().port();
        let down = Arc::new(AtomicBool::new(false));
        let open: Arc<Mutex<Vec<TcpStream>>> = Arc::default();
        let (d, o) = (down.clone(), open.clone());
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { continue };
                if d.load(Ordering::SeqCst) {
                    let _ = client.shutdown(Shutdown::Both);
                    continue;
                }
                let Ok(server) = TcpStream::connect(&upstream) else { continue };
                let mut open = o.lock().unwrap();
                open.push(client.try_clone().unwrap());
                open.push(server.try_clone().unwrap());
                drop(open);
                pipe(client.try_clone().unwrap(), server.try_clone().unwrap());
                pipe(server, client);
            }
        });
        Proxy { port, down, open }
    }

    /// The database "restarts": every connection drops, new ones are refused.
    fn cut(&self) {
        self.down.store(true, Ordering::SeqCst);
        for s in self.open.lock().unwrap().drain(..) {
            let _ = s.shutdown(Shutdown::Both);
        }
    }

    fn mend(&self) {
        self.down.store(false, Ordering::SeqCst);
    }
}

fn pipe(mut from: TcpStream, mut to: TcpStream) {
    std::thread::spawn(move || {
        let mut buf = [0u8; 16 * 1024];
        loop {
            match from.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if to.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
            }
        }
        let _ = to.shutdown(Shutdown::Both);
    });
}

/// `postgres://user@host:port/db?x` -> ("host:port", the URL with the proxy's port in its place).
fn through_proxy(url: &str, proxy_port: u16) -> (String, String) {
    let (scheme, rest) = url.split_once("://").expect("a URL");
    let (authority, path) = rest.split_once('/').map(|(a, p)| (a, format!("/{p}"))).unwrap_or((rest, String::new()));
    let (user, hostport) = authority.rsplit_once('@').map(|(u, h)| (format!("{u}@"), h)).unwrap_or((String::new(), authority));
    let upstream = if hostport.contains(':') { hostport.to_string() } else { format!("{hostport}:5432") };
    (upstream, format!("{scheme}://{user}127.0.0.1:{proxy_port}{path}"))
}

async fn carts(app: &TestApp) -> i64 {
    let admin = app.state.db.pool.clone();
    // The pool itself is what the outage hits; count once it is back.
    sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM carts").fetch_one(&admin).await.expect("count carts")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_going_away_is_a_clean_503_and_the_pool_recovers() {
    let Some(url) = std::env::var("VITRINE_TEST_POSTGRES_URL").ok().filter(|u| !u.is_empty()) else {
        eprintln!("skipped: VITRINE_TEST_POSTGRES_URL is not set");
        return;
    };
    let (upstream, _) = through_proxy(&url, 0);
    let proxy = Proxy::start(upstream);
    let port = proxy.port;
    let app = TestApp::postgres_through(common::fixture_config(), true, move |u| through_proxy(u, port).1)
        .await
        .expect("postgres app");

    let before = app.request(Method::POST, "/api/v1/carts", &[], None).await;
    assert_eq!(before.status, StatusCode::CREATED, "the shop works before the outage");
    let carts_before = carts(&app).await;

    proxy.cut();
    let started = Instant::now();
    let during = app.request(Method::POST, "/api/v1/carts", &[], None).await;
    let took = started.elapsed();
    assert_eq!(during.status, StatusCode::SERVICE_UNAVAILABLE, "{}", String::from_utf8_lossy(&during.body));
    assert!(during.headers.get("retry-after").is_some(), "503 says when to retry");
    let body = during.json();
    assert!(body["message"].as_str().unwrap().contains("Nothing was changed"), "{body}");
    assert!(took < Duration::from_secs(30), "answered within the request timeout, took {took:?}");

    proxy.mend();
    let mut back = None;
    for _ in 0..40 {
        let res = app.request(Method::POST, "/api/v1/carts", &[], None).await;
        if res.status == StatusCode::CREATED {
            back = Some(res);
            break;
        }
        assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE, "only 503 while recovering");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(back.is_some(), "the same pool serves again once the database is back");
    assert_eq!(carts(&app).await, carts_before + 1, "the refused request wrote nothing; the one after it did");
    app.cleanup().await;
}

#[test]
fn proxy_urls_keep_user_database_and_options() {
    assert_eq!(
        through_proxy("postgres://postgres@127.0.0.1:5432/test?sslmode=disable", 6000),
        ("127.0.0.1:5432".into(), "postgres://postgres@127.0.0.1:6000/test?sslmode=disable".into())
    );
    assert_eq!(through_proxy("postgres://localhost/test", 7), ("localhost:5432".into(), "postgres://127.0.0.1:7/test".into()));
}
