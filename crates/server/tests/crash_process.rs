//! Crash safety with a real process (issue 17): the server binary on a temp
//! SQLite file is SIGKILLed while card checkouts for a low-stock variant are
//! in flight, restarted on the same file and port, and every shopper retries
//! with its `Idempotency-Key` until it gets a final answer. Then the books
//! must balance: one order per answered key, stock and reservations equal to
//! the orders, one payment intent per order, one email per order.
//!
//! HTTP goes over raw `tokio::net::TcpStream` (HTTP/1.1, one request per
//! connection) so a killed server shows up as a cut connection, as it would
//! for a browser. `scripts/chaos.py` (`./x chaos`) runs the same idea at scale.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod common;

use common::process::{call, http, Res, Server};
use serde_json::json;

const SHOPPERS: usize = 20;
const STOCK: i64 = 12;
/// The server's request timeout: no answer may take longer.
const REQUEST_LIMIT: Duration = Duration::from_secs(30);
/// How long a key may take to reach a final answer after the storm starts.
const KEY_DEADLINE: Duration = Duration::from_secs(45);

struct Shopper {
    cart: String,
    auth: String,
    key: String,
    body: Vec<u8>,
}

#[derive(Default, Debug)]
struct Outcome {
    final_status: Option<u16>,
    number: Option<String>,
    attempts: usize,
    cut: usize,
    bad: Vec<u16>,
    slowest: Duration,
}

impl Shopper {
    fn path(&self) -> String {
        format!("/api/v1/carts/{}/checkout", self.cart)
    }

    async fn post(&self, port: u16) -> std::io::Result<Res> {
        let bearer = format!("Bearer {}", self.auth);
        let headers = [("Authorization", bearer.as_str()), ("Idempotency-Key", self.key.as_str())];
        match tokio::time::timeout(
            REQUEST_LIMIT + Duration::from_secs(5),
            http(port, "POST", &self.path(), &headers, Some(self.body.as_slice()), "application/json"),
        )
        .await
        {
            Ok(r) => r,
            Err(_) => Err(std::io::Error::new(std::io::ErrorKind::TimedOut, "no answer in 35 s")),
        }
    }

    /// Retries as a client must: the same key and body after a cut
    /// connection, a 5xx/408 or a 409 "still in progress" (after Retry-After).
    async fn until_final(&self, port: u16, in_flight: &AtomicUsize, answered: &AtomicUsize) -> Outcome {
        let mut out = Outcome::default();
        let start = Instant::now();
        while start.elapsed() < KEY_DEADLINE {
            out.attempts += 1;
            in_flight.fetch_add(1, Ordering::SeqCst);
            let t0 = Instant::now();
            let res = self.post(port).await;
            in_flight.fetch_sub(1, Ordering::SeqCst);
            let res = match res {
                Ok(r) => r,
                Err(e) => {
                    if e.kind() == std::io::ErrorKind::TimedOut {
                        out.slowest = out.slowest.max(t0.elapsed());
                    }
                    out.cut += 1;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    continue;
                }
            };
            out.slowest = out.slowest.max(t0.elapsed());
            if res.status == 408 || res.status >= 500 {
                out.bad.push(res.status);
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
            let body = res.json();
            if res.status == 409 && (res.header("retry-after").is_some() || body["errors"].get("Idempotency-Key").is_some()) {
                let secs: f64 = res.header("retry-after").and_then(|s| s.parse().ok()).unwrap_or(1.0);
                tokio::time::sleep(Duration::from_secs_f64(secs.clamp(0.1, 5.0))).await;
                continue;
            }
            answered.fetch_add(1, Ordering::SeqCst);
            out.final_status = Some(res.status);
            out.number = body["order"]["number"].as_str().map(str::to_string);
            return out;
        }
        out
    }
}

async fn scalar(pool: &sqlx::SqlitePool, sql: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql).fetch_one(pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_server_killed_during_checkout_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("crash.sqlite");
    let url = format!("sqlite://{}", file.display());
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut server = Server::spawn(dir.path(), &url, port, 1);
    server.healthy(port).await;

    // A low-stock variant, set through SQL, so shoppers compete for it.
    let product = call(port, "GET", "/api/v1/products/everyday-organic-tee", None, None).await;
    let variant = product["variants"][0]["id"].as_i64().unwrap();
    let pool = sqlx::sqlite::SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(sqlx::sqlite::SqliteConnectOptions::new().filename(&file).busy_timeout(Duration::from_secs(10)))
        .await
        .unwrap();
    sqlx::query("UPDATE variants SET stock = $1, reserved = 0 WHERE id = $2").bind(STOCK).bind(variant).execute(&pool).await.unwrap();
    sqlx::query("UPDATE catalog_version SET version = version + 1").execute(&pool).await.unwrap();

    // Twenty carts with one unit each, paid by card (every fifth card declines).
    let address = json!({"name": "Ada Lovelace", "address1": "1600 Amphitheatre Pkwy", "city": "Mountain View",
                         "region": "CA", "postal_code": "94043", "country": "US"});
    let mut shoppers = Vec::new();
    for n in 0..SHOPPERS {
        let cart = call(port, "POST", "/api/v1/carts", None, None).await;
        let (id, token) = (cart["id"].as_str().unwrap().to_string(), cart["token"].as_str().unwrap().to_string());
        let base = format!("/api/v1/carts/{id}");
        call(port, "POST", &format!("{base}/lines"), Some(&token), Some(json!({"variant_id": variant, "quantity": 1}))).await;
        call(port, "PATCH", &base, Some(&token), Some(json!({"country": "US", "region": "CA"}))).await;
        let method = call(port, "GET", &format!("{base}/shipping-methods"), Some(&token), None).await[0]["id"].as_str().unwrap().to_string();
        let methods = call(port, "GET", &format!("{base}/payment-methods"), Some(&token), None).await;
        let provider = &methods.as_array().unwrap().iter().find(|m| m["kind"] == "card").unwrap()["provider"];
        let number = if n % 5 == 4 { "4000000000000002" } else { "4242424242424242" };
        let tok = call(
            port,
            "POST",
            &format!("{}/tokens", provider["base_url"].as_str().unwrap().trim_end_matches('/')),
            provider["publishable_key"].as_str(),
            Some(json!({"number": number, "exp_month": 12, "exp_year": 2031, "cvc": "123"})),
        )
        .await;
        let body = json!({"email": format!("shopper{n}@example.com"), "shipping_address": address, "shipping_method": method,
                          "payment": {"method": "card", "token": tok["id"]}});
        shoppers.push(Arc::new(Shopper {
            cart: id,
            auth: token,
            key: format!("crash-{n}-{}", std::process::id()),
            body: serde_json::to_vec(&body).unwrap(),
        }));
    }

    // The storm, and a SIGKILL as soon as the first answer is back (the rest
    // are queued on the write lock or charging), then a restart on the same file.
    let in_flight = Arc::new(AtomicUsize::new(0));
    let answered = Arc::new(AtomicUsize::new(0));
    let storm = Instant::now();
    let tasks: Vec<_> = shoppers
        .iter()
        .map(|s| {
            let (s, in_flight, answered) = (s.clone(), in_flight.clone(), answered.clone());
            tokio::spawn(async move { s.until_final(port, &in_flight, &answered).await })
        })
        .collect();
    while answered.load(Ordering::SeqCst) == 0 && storm.elapsed() < Duration::from_secs(3) {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let flying = in_flight.load(Ordering::SeqCst);
    server.kill();
    let killed_at = Instant::now();
    let mut server = Server::spawn(dir.path(), &url, port, 2);
    let to_healthy = server.healthy(port).await;
    let mut outcomes = Vec::new();
    for t in tasks {
        outcomes.push(t.await.unwrap());
    }
    eprintln!(
        "killed {:?} into the storm with {flying} requests in flight; healthy again after {to_healthy:?}; every key answered {:?} after the kill",
        killed_at - storm,
        killed_at.elapsed()
    );

    // (a) every key got a final answer, none a 5xx/408, none slower than 30 s.
    let cut_keys = outcomes.iter().filter(|o| o.cut > 0).count();
    let mut statuses: HashMap<u16, usize> = HashMap::new();
    for o in &outcomes {
        *statuses.entry(o.final_status.unwrap_or(0)).or_default() += 1;
    }
    eprintln!(
        "final answers {statuses:?}; {cut_keys} keys had a request cut by the kill; attempts {}",
        outcomes.iter().map(|o| o.attempts).sum::<usize>()
    );
    for (s, o) in shoppers.iter().zip(&outcomes) {
        assert!(matches!(o.final_status, Some(201 | 402 | 409)), "key {} has no final answer: {o:?}", s.key);
        assert!(o.bad.is_empty(), "key {} got 5xx/408 answers: {o:?}", s.key);
        assert!(o.slowest <= REQUEST_LIMIT, "key {} waited {:?} for an answer", s.key, o.slowest);
    }

    // (b) the same key and body replay the same answer and order.
    for (s, o) in shoppers.iter().zip(&outcomes) {
        let res = s.post(port).await.expect("replay answered");
        assert_eq!(Some(res.status), o.final_status, "replay of {}: {}", s.key, String::from_utf8_lossy(&res.body));
        assert_eq!(res.json()["order"]["number"].as_str().map(str::to_string), o.number, "replay of {}", s.key);
    }
    drop(server);

    // The books, read from the file.
    let paid: HashSet<String> = outcomes.iter().filter(|o| o.final_status == Some(201)).filter_map(|o| o.number.clone()).collect();
    let orders: Vec<(String, String, String, String)> =
        sqlx::query_as("SELECT number, cart_id, status, payment_status FROM orders").fetch_all(&pool).await.unwrap();
    let carts: HashMap<&str, &Outcome> = shoppers.iter().zip(&outcomes).map(|(s, o)| (s.cart.as_str(), o)).collect();
    let mut live_per_cart: HashMap<&str, usize> = HashMap::new();
    // The demo's past (orders it seeds at start) is not this test's.
    let foreign: HashSet<String> = orders.iter().filter(|o| !carts.contains_key(o.1.as_str())).map(|o| o.0.clone()).collect();
    for (number, cart, status, payment) in &orders {
        let Some(o) = carts.get(cart.as_str()) else { continue };
        if status != "canceled" {
            *live_per_cart.entry(cart.as_str()).or_default() += 1;
            assert_eq!(o.number.as_deref(), Some(number.as_str()), "order {number} ({status}) was never answered to its shopper");
            assert_eq!((status.as_str(), payment.as_str()), ("confirmed", "succeeded"), "order {number}");
        } else {
            assert_ne!(o.final_status, Some(201), "order {number} answered 201 but is canceled");
        }
    }
    assert!(live_per_cart.values().all(|&n| n == 1), "one live order per cart: {live_per_cart:?}");
    assert_eq!(live_per_cart.len(), paid.len(), "every 201 has its order");

    // (c) stock: sold units leave stock, nothing stays reserved, never negative.
    let (stock, reserved): (i64, i64) =
        sqlx::query_as("SELECT stock, reserved FROM variants WHERE id = $1").bind(variant).fetch_one(&pool).await.unwrap();
    assert_eq!((STOCK - stock, reserved), (paid.len() as i64, 0), "stock taken = units sold, no reservation left");
    assert!(paid.len() as i64 <= STOCK);
    let orphan_reservations = scalar(
        &pool,
        "SELECT COUNT(*) FROM variants v WHERE v.reserved <> COALESCE((SELECT SUM(l.quantity) FROM order_lines l \
         JOIN orders o ON o.id = l.order_id WHERE l.variant_id = v.id AND o.status = 'pending_payment'), 0) \
         OR v.reserved < 0 OR v.stock < 0 OR v.reserved > v.stock",
    )
    .await;
    assert_eq!(orphan_reservations, 0, "reserved equals pending orders for every variant");

    // (d) one intent per order; succeeded intents <-> paid orders.
    let charged_twice =
        scalar(&pool, "SELECT COUNT(*) FROM (SELECT reference FROM psp_payment_intents GROUP BY reference HAVING COUNT(*) > 1)").await;
    assert_eq!(charged_twice, 0, "at most one payment intent per order");
    let succeeded: Vec<String> = sqlx::query_scalar::<_, String>("SELECT reference FROM psp_payment_intents WHERE status = 'succeeded'")
        .fetch_all(&pool)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| !foreign.contains(r))
        .collect();
    assert_eq!(succeeded.iter().cloned().collect::<HashSet<_>>(), paid, "succeeded intents are exactly the paid orders");
    assert_eq!(succeeded.len(), paid.len());

    // (e) one confirmation email per paid order, none twice.
    let emails: Vec<(String, i64)> =
        sqlx::query_as("SELECT order_number, COUNT(*) FROM outbox WHERE kind = 'order_confirmation' GROUP BY order_number")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert!(emails.iter().all(|(_, n)| *n == 1), "an email was written twice: {emails:?}");
    let ours: HashSet<String> = emails.into_iter().map(|(n, _)| n).filter(|n| !foreign.contains(n)).collect();
    assert_eq!(ours, paid, "one email per paid order");
    pool.close().await;
}
