//! A demo shop with a past: on first start with `--demo` (no orders yet),
//! shoppers place a handful of orders through the real API, in-process, and
//! the operator verifies and ships some of them, so the order queue, the
//! tracking pages and the mailbox have something true to show: delivered,
//! on its way, partly shipped, being packed, waiting to be verified, and
//! waiting for a bank transfer. The demo carrier (`tracking::simulate`)
//! then keeps the parcels moving.

use axum::body::Body;
use axum::http::{Method, Request};
use serde_json::{json, Value};
use tower::ServiceExt;

use crate::db::now;
use crate::state::AppState;
use crate::tracking::shipments::{self, CreateShipment};

struct Api(axum::Router);

impl Api {
    async fn call(&self, method: Method, uri: &str, auth: Option<&str>, body: Option<Value>, key: Option<&str>) -> Result<Value, String> {
        let mut req = Request::builder().method(method).uri(uri).header("content-type", "application/json");
        if let Some(a) = auth {
            req = req.header("authorization", a);
        }
        if let Some(k) = key {
            req = req.header("idempotency-key", k);
        }
        let req = req.body(body.map(|b| Body::from(b.to_string())).unwrap_or_else(Body::empty)).map_err(|e| e.to_string())?;
        let res = self.0.clone().oneshot(req).await.map_err(|e| e.to_string())?;
        let status = res.status();
        let bytes = axum::body::to_bytes(res.into_body(), 1 << 22).await.map_err(|e| e.to_string())?;
        let value: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        if status.is_success() { Ok(value) } else { Err(format!("{uri}: {status} {value}")) }
    }
}

struct Shopper<'a> {
    email: &'a str,
    address: Value,
    method: &'a str,
    payment: &'a str,
    products: &'a [(usize, i64)],
}

/// Places one order the way a browser does; returns its number.
async fn place(api: &Api, handles: &[String], s: &Shopper<'_>, n: usize) -> Result<String, String> {
    let cart = api.call(Method::POST, "/api/v1/carts", None, Some(json!({})), None).await?;
    let id = cart["cart"]["id"].as_str().or(cart["id"].as_str()).ok_or("no cart id")?.to_string();
    let auth = format!("Bearer {}", cart["token"].as_str().ok_or("no cart token")?);
    for &(i, qty) in s.products {
        let p = api.call(Method::GET, &format!("/api/v1/products/{}", handles[i % handles.len()]), None, None, None).await?;
        let Some(v) = p["variants"].as_array().and_then(|vs| vs.iter().find(|v| v["available"].as_i64().unwrap_or(0) >= qty)) else { continue };
        api.call(Method::POST, &format!("/api/v1/carts/{id}/lines"), Some(&auth), Some(json!({"variant_id": v["id"], "quantity": qty})), None).await?;
    }
    let dest = json!({"country": s.address["country"], "region": s.address.get("region")});
    api.call(Method::PATCH, &format!("/api/v1/carts/{id}"), Some(&auth), Some(dest), None).await?;
    let payment = if s.payment == "card" {
        let methods = api.call(Method::GET, &format!("/api/v1/carts/{id}/payment-methods"), Some(&auth), None, None).await?;
        let pk = methods.as_array().and_then(|m| m.iter().find(|m| m["kind"] == "card")).and_then(|m| m["provider"]["publishable_key"].as_str()).ok_or("no card")?.to_string();
        let card = json!({"number": "4242424242424242", "exp_month": 12, "exp_year": 2031, "cvc": "123"});
        let token = api.call(Method::POST, "/psp/v1/tokens", Some(&format!("Bearer {pk}")), Some(card), None).await?;
        json!({"method": "card", "token": token["id"]})
    } else {
        json!({"method": s.payment})
    };
    let body = json!({"email": s.email, "shipping_address": s.address, "shipping_method": s.method, "payment": payment});
    let placed = api.call(Method::POST, &format!("/api/v1/carts/{id}/checkout"), Some(&auth), Some(body), Some(&format!("demo-{n}"))).await?;
    Ok(placed["order"]["number"].as_str().ok_or("no order number")?.to_string())
}

async fn ship(state: &AppState, number: &str, tracking: &str, lines: Vec<vitrine_core::lifecycle::ShipmentLine>, age_secs: i64) -> Result<(), String> {
    let req = CreateShipment {
        lines,
        carrier: "UPS".into(),
        tracking_number: tracking.into(),
        tracking_url: Some(format!("https://www.ups.com/track?tracknum={tracking}")),
        service: Some("Ground".into()),
    };
    let parcel = shipments::create(state, number, &req).await.map_err(|e| format!("{e:?}"))?;
    // Backdate it so the demo carrier has moved it along already, and the
    // order with it (placed a day before it shipped).
    let shipped_at = now() - age_secs;
    sqlx::query("UPDATE shipments SET created_at = $1 WHERE id = $2").bind(shipped_at).bind(parcel.id).execute(&state.db.pool).await.map_err(|e| e.to_string())?;
    let placed_at = shipped_at - 86_400;
    sqlx::query("UPDATE orders SET created_at = $1 WHERE number = $2 AND created_at > $1")
        .bind(placed_at)
        .bind(number)
        .execute(&state.db.pool)
        .await
        .map_err(|e| e.to_string())?;
    // Its history with it: placed and paid then, packed an hour before it shipped.
    for (kind, at) in [("placed", placed_at), ("paid", placed_at + 5), ("processing", shipped_at - 3600), ("shipped", shipped_at)] {
        sqlx::query("UPDATE order_events SET created_at = $1 WHERE kind = $2 AND created_at > $1 AND order_id = (SELECT id FROM orders WHERE number = $3)")
        .bind(at)
        .bind(kind)
        .bind(number)
        .execute(&state.db.pool)
        .await
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Seeds the orders when the shop has none. Failures are logged, not fatal:
/// the demo still runs.
pub async fn seed_if_empty(state: &AppState) {
    match sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM orders").fetch_one(&state.db.pool).await {
        Ok(0) => {}
        _ => return,
    }
    match seed(state).await {
        Ok(n) => tracing::info!(orders = n, "seeded demo orders"),
        Err(e) => tracing::warn!(error = %e, "seeding demo orders failed"),
    }
    let plan = super::history::HistoryPlan { days: 120, orders_per_day: 5.0, until: now(), seed: 2026 };
    match super::history::seed(&state.db, &state.catalog.get(), state.currency(), plan).await {
        Ok(c) => tracing::info!(orders = c.orders, canceled = c.canceled, returns = c.returns, abandoned_carts = c.abandoned_carts, "seeded the demo's past"),
        Err(e) => tracing::warn!(error = %e, "seeding the demo's past failed"),
    }
}

async fn seed(state: &AppState) -> Result<usize, String> {
    let api = Api(crate::app(state.clone()));
    let handles: Vec<String> = state.catalog.get().products.iter().map(|p| p.handle.clone()).collect();
    if handles.is_empty() {
        return Err("no products".into());
    }
    let us = |name: &str, street: &str, city: &str, region: &str, zip: &str| {
        json!({"name": name, "address1": street, "city": city, "region": region, "postal_code": zip, "country": "US"})
    };
    let de = json!({"name": "Lena Fischer", "address1": "Torstraße 115", "city": "Berlin", "postal_code": "10119", "country": "DE"});
    let shoppers = [
        Shopper { email: "grace@example.com", address: us("Grace Hopper", "1 Navy Way", "Arlington", "VA", "22202"), method: "us-standard", payment: "card", products: &[(0, 1), (5, 1)] },
        Shopper { email: "alan@example.com", address: us("Alan Kay", "3333 Coyote Hill Rd", "Palo Alto", "CA", "94304"), method: "us-express", payment: "card", products: &[(9, 2)] },
        Shopper { email: "ada@example.com", address: us("Ada Lovelace", "350 5th Ave", "New York", "NY", "10118"), method: "us-standard", payment: "card", products: &[(14, 1), (21, 1)] },
        Shopper { email: "barbara@example.com", address: us("Barbara Liskov", "77 Massachusetts Ave", "Cambridge", "MA", "02139"), method: "us-standard", payment: "card", products: &[(3, 1), (17, 2)] },
        Shopper { email: "ken@example.com", address: us("Ken Thompson", "600 Mountain Ave", "Murray Hill", "NJ", "07974"), method: "us-standard", payment: "card", products: &[(27, 1)] },
        Shopper { email: "margaret@example.com", address: us("Margaret Hamilton", "1 Kendall Sq", "Cambridge", "MA", "02139"), method: "us-express", payment: "card", products: &[(33, 1)] },
        Shopper { email: "lena@example.com", address: de, method: "eu-standard", payment: "bank_transfer", products: &[(40, 1)] },
    ];
    let mut numbers = Vec::new();
    for (n, s) in shoppers.iter().enumerate() {
        numbers.push(place(&api, &handles, s, n).await?);
    }
    let step = crate::tracking::simulate::speed();
    // Delivered long ago; on its way; partly shipped; being packed; to verify; awaiting a transfer.
    ship(state, &numbers[0], "1Z999AA10123456784", Vec::new(), 40 * step).await?;
    ship(state, &numbers[1], "1Z999AA10123456785", Vec::new(), 2 * step).await?;
    let first_line: Option<i64> = sqlx::query_scalar("SELECT l.id FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.number = $1 ORDER BY l.id LIMIT 1")
        .bind(&numbers[2])
        .fetch_optional(&state.db.pool)
        .await
        .map_err(|e| e.to_string())?;
    if let Some(line_id) = first_line {
        ship(state, &numbers[2], "1Z999AA10123456786", vec![vitrine_core::lifecycle::ShipmentLine { line_id, quantity: 1 }], 3 * step).await?;
    }
    ship(state, &numbers[3], "1Z999AA10123456787", Vec::new(), 5 * step).await?;
    crate::admin::orders::verify(state, &numbers[4]).await.map_err(|e| format!("{e:?}"))?;
    crate::tracking::simulate::advance(state).await.map_err(|e| format!("{e:?}"))?;
    // A return in progress on the delivered order: asked for and approved, label ready.
    if crate::orders::find(state, &numbers[0]).await.map_err(|e| format!("{e:?}"))?.is_some_and(|o| o.status != "delivered") {
        shipments::deliver_all(state, &numbers[0]).await.map_err(|e| format!("{e:?}"))?;
    }
    let token = crate::secrets::link_token(&state.link_secret, &numbers[0]);
    let returnable = api.call(Method::GET, &format!("/api/v1/orders/{}/returnable?token={token}", numbers[0]), None, None, None).await?;
    if let Some(line) = returnable["lines"].as_array().and_then(|ls| ls.iter().find(|l| l["returnable_quantity"].as_i64().unwrap_or(0) > 0)) {
        let ask = json!({"lines": [{"line_id": line["line_id"], "quantity": 1, "reason": "too_small", "resolution": "refund", "comment": "Lovely, but a size too small."}]});
        let made = api.call(Method::POST, &format!("/api/v1/orders/{}/returns?token={token}", numbers[0]), None, Some(ask), Some("demo-return-1")).await?;
        if let Some(rma) = made["rma"].as_str() {
            crate::returns::admin::approve(state, rma).await.map_err(|e| format!("{e:?}"))?;
        }
    }
    Ok(numbers.len())
}
