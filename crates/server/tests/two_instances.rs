//! Two server processes on one PostgreSQL database (issue 15): the
//! background jobs run under one lease, so each abandoned cart gets one
//! reminder and each alert is raised once however many instances run. When
//! the lease holder is SIGKILLed mid-run, the other instance takes the jobs
//! over once the lease expires, and still nothing is sent twice. The job
//! tick is shortened (`VITRINE_JOB_TICK_MS`) so this takes seconds, not
//! minutes. Skipped without `VITRINE_TEST_POSTGRES_URL`.

mod common;

use std::time::{Duration, Instant};

use common::process::{call, Server};
use serde_json::json;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A cart with one tee and an email, made through `port`.
async fn left_cart(port: u16, variant: i64, email: &str) {
    let created = call(port, "POST", "/api/v1/carts", None, None).await;
    let (id, token) = (created["id"].as_str().unwrap().to_string(), created["token"].as_str().unwrap().to_string());
    call(port, "POST", &format!("/api/v1/carts/{id}/lines"), Some(&token), Some(json!({"variant_id": variant, "quantity": 1}))).await;
    call(port, "PATCH", &format!("/api/v1/carts/{id}"), Some(&token), Some(json!({"email": email}))).await;
}

async fn scalar(db: &sqlx::AnyPool, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(db).await.unwrap()
}

/// Waits until `sql` counts `want` (or panics after `limit`).
async fn until_count(db: &sqlx::AnyPool, sql: &str, want: i64, limit: Duration) {
    let start = Instant::now();
    loop {
        let n = scalar(db, sql).await;
        if n == want {
            return;
        }
        assert!(n < want, "{sql}: {n}, more than {want}");
        assert!(start.elapsed() < limit, "{sql}: {n} after {limit:?}, want {want}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

const REMINDERS: &str = "SELECT COUNT(*) FROM outbox WHERE kind = 'cart_recovery'";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_send_each_reminder_and_raise_each_alert_once() {
    let Some(base) = std::env::var("VITRINE_TEST_POSTGRES_URL").ok().filter(|u| !u.is_empty()) else {
        eprintln!("skipped: VITRINE_TEST_POSTGRES_URL is not set");
        return;
    };
    sqlx::any::install_default_drivers();
    let name = format!("vt_two_{}_{}", std::process::id(), std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis());
    let admin = sqlx::AnyPool::connect(&base).await.expect("PostgreSQL");
    sqlx::query(&format!("CREATE DATABASE \"{name}\"")).execute(&admin).await.unwrap();
    let url = format!("{}/{name}", base.rsplit_once('/').unwrap().0);
    let dir = tempfile::tempdir().unwrap();
    let started = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let env = [("VITRINE_JOB_TICK_MS", "100")]; // jobs every 1.5 s, the lease lasts 2 s
    let args = ["--demo", "--cart-recovery-after-minutes", "0"];
    let ports = [free_port(), free_port()];
    let mut servers = vec![Server::spawn_with(dir.path(), &url, ports[0], 0, &args, &env)];
    servers[0].healthy(ports[0]).await; // the first seeds the demo shop
    servers.push(Server::spawn_with(dir.path(), &url, ports[1], 1, &args, &env));
    servers[1].healthy(ports[1]).await;
    let db = sqlx::AnyPool::connect(&url).await.unwrap();

    let tee = call(ports[0], "GET", "/api/v1/products/everyday-organic-tee", None, None).await["variants"][0]["id"].as_i64().unwrap();
    for i in 0..6 {
        left_cart(ports[i % 2], tee, &format!("first{i}@example.com")).await;
    }
    until_count(&db, REMINDERS, 6, Duration::from_secs(30)).await;

    // Kill whichever instance holds the lease, in the middle of its runs.
    let holder: String = sqlx::query_scalar("SELECT holder FROM job_leases WHERE name = 'background-jobs'").fetch_one(&db).await.unwrap();
    let dead = servers.iter().position(|s| holder.starts_with(&format!("{}-", s.pid()))).expect("one of the two holds the lease");
    let alive = 1 - dead;
    servers[dead].kill();
    for i in 0..3 {
        left_cart(ports[alive], tee, &format!("second{i}@example.com")).await;
    }
    until_count(&db, REMINDERS, 9, Duration::from_secs(30)).await;
    let holder: String = sqlx::query_scalar("SELECT holder FROM job_leases WHERE name = 'background-jobs'").fetch_one(&db).await.unwrap();
    assert!(holder.starts_with(&format!("{}-", servers[alive].pid())), "the survivor took the lease: {holder}");

    // Give both a few more runs' worth of chances to send anything twice.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(scalar(&db, REMINDERS).await, 9);
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM (SELECT recipient FROM outbox WHERE kind = 'cart_recovery' GROUP BY recipient HAVING COUNT(*) > 1) d").await, 0);
    let alerts = scalar(&db, "SELECT COUNT(*) FROM alerts").await;
    assert!(alerts > 0, "the demo shop has alerts to raise");
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM outbox WHERE kind = 'alert'").await, alerts, "one email per alert");
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM (SELECT rule, subject FROM alerts GROUP BY rule, subject HAVING COUNT(*) > 1) d").await, 0, "each raised once");
    // The demo carrier advanced each parcel once per step: no checkpoint written twice.
    let twice = scalar(&db, &format!(
        "SELECT COUNT(*) FROM (SELECT shipment_id, status, message FROM tracking_events WHERE received_at >= {started} GROUP BY shipment_id, status, message HAVING COUNT(*) > 1) d"
    ))
    .await;
    assert_eq!(twice, 0, "a carrier step recorded twice");

    drop(servers);
    db.close().await;
    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).execute(&admin).await;
}
