//! `vitrine-server test-order --base-url URL [--keep]` (issue 15, seed 004's
//! "test your order flow weekly by placing test orders"): a synthetic
//! shopper and operator go through a running shop over HTTP, the way a
//! browser and the console do, and check each answer:
//!
//! 1. a card order (no challenge), then canceled with the card refunded;
//! 2. a card order whose bank asks for the challenge, passed on the
//!    provider's page; the confirmation email is written; the order is
//!    verified, shipped, delivered (tracking), and returned and refunded;
//! 3. an order by a manual method (bank transfer, invoice or cash), canceled.
//!
//! Each cart is marked as a test before anything goes in it, so metrics,
//! reports, alerts and follow-ups leave the orders out; every unit comes
//! back (the cancels and the restocked return), the stock is checked to be
//! where it started, and unless `--keep` the orders are deleted with their
//! parcels, returns and emails. Any step that fails stops the run with a
//! report naming the step and what the server answered; what was made is
//! still cleaned up, and the exit code is non-zero.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{Method, Request, Uri};
use http_body_util::{BodyExt, Full};
use serde_json::{json, Value};

/// What to test against.
#[derive(Debug, Clone)]
pub struct Options {
    /// The shop's HTTP origin, e.g. `http://127.0.0.1:8080`.
    pub base_url: String,
    /// An admin key (`vitrine-server admin-key create`).
    pub admin_key: String,
    /// Keep the test orders (marked as test) instead of deleting them.
    pub keep: bool,
    /// Where the orders' emails are addressed.
    pub email: String,
    /// Ship to this country (ISO 3166-1 alpha-2); default: the first of
    /// US, DE, GB, FR, NL, CA that the shop ships to.
    pub country: Option<String>,
}

/// How the run went: one line per step, and the failure if there was one.
#[derive(Debug, Default)]
pub struct Report {
    pub steps: Vec<String>,
    pub failure: Option<Failure>,
    /// Orders left in the shop (with `--keep`, or when cleaning up failed).
    pub left: Vec<String>,
    pub cleanup_problems: Vec<String>,
    /// What the clean-up did.
    pub cleaned: Option<String>,
}

/// The step that failed and what came back.
#[derive(Debug, Clone)]
pub struct Failure {
    pub step: String,
    pub detail: String,
}

impl Report {
    pub fn passed(&self) -> bool {
        self.failure.is_none() && self.cleanup_problems.is_empty()
    }

    /// The report as printed.
    pub fn render(&self, base: &str) -> String {
        let mut out = format!("Test order against {base}\n");
        for s in &self.steps {
            let _ = writeln!(out, "  ok    {s}");
        }
        if let Some(f) = &self.failure {
            let _ = writeln!(out, "  FAIL  {}\n        {}", f.step, f.detail.replace('\n', "\n        "));
        }
        if let Some(c) = &self.cleaned {
            let _ = writeln!(out, "  ok    {c}");
        }
        for p in &self.cleanup_problems {
            let _ = writeln!(out, "  FAIL  clean up: {p}");
        }
        if !self.left.is_empty() {
            let _ = writeln!(out, "Left in the shop, marked as test: {}", self.left.join(", "));
        }
        let _ = writeln!(out, "{}", if self.passed() { "PASSED" } else { "FAILED" });
        out
    }
}

type Client = hyper_util::client::legacy::Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

/// One HTTP answer.
struct Answer {
    status: u16,
    body: Value,
    text: String,
}

/// Whose credentials go with a request.
enum Auth<'a> {
    None,
    Admin,
    Bearer(&'a str),
}

struct Run {
    client: Client,
    origin: String,
    prefix: String,
    admin: String,
    report: Report,
    step: String,
    /// Orders placed, and carts made, for the clean-up.
    orders: Vec<String>,
    carts: Vec<String>,
    runs: String,
    country: Option<String>,
}

impl Run {
    fn fail(&self, detail: impl Into<String>) -> Failure {
        Failure { step: self.step.clone(), detail: detail.into() }
    }

    async fn call(&self, method: Method, path: &str, auth: Auth<'_>, body: Option<Value>, key: Option<&str>) -> Result<Answer, Failure> {
        self.send(method, path, auth, body.map(|b| ("application/json", b.to_string())), key).await
    }

    async fn send(&self, method: Method, path: &str, auth: Auth<'_>, body: Option<(&str, String)>, key: Option<&str>) -> Result<Answer, Failure> {
        let url = format!("{}{}{path}", self.origin, self.prefix);
        let what = format!("{method} {path}");
        let mut req = Request::builder().method(method).uri(&url).header("accept", "application/json").header("user-agent", "vitrine-test-order");
        match auth {
            Auth::None => {}
            Auth::Admin => req = req.header("authorization", format!("Bearer {}", self.admin)),
            Auth::Bearer(t) => req = req.header("authorization", format!("Bearer {t}")),
        }
        if let Some(k) = key {
            req = req.header("idempotency-key", k);
        }
        let (ct, bytes) = match body {
            Some((ct, b)) => (Some(ct), Bytes::from(b)),
            None => (None, Bytes::new()),
        };
        if let Some(ct) = ct {
            req = req.header("content-type", ct);
        }
        let req = req.body(Full::new(bytes)).map_err(|e| self.fail(format!("{what}: cannot build the request: {e}")))?;
        let res = tokio::time::timeout(Duration::from_secs(20), self.client.request(req))
            .await
            .map_err(|_| self.fail(format!("{what}: no answer within 20 s")))?
            .map_err(|e| self.fail(format!("{what}: cannot reach the server at {}: {}", self.origin, error_chain(&e))))?;
        let status = res.status().as_u16();
        let body = tokio::time::timeout(Duration::from_secs(20), res.into_body().collect())
            .await
            .map_err(|_| self.fail(format!("{what}: the answer did not finish within 20 s")))?
            .map_err(|e| self.fail(format!("{what}: the answer broke off: {e}")))?
            .to_bytes();
        let text = String::from_utf8_lossy(&body).into_owned();
        Ok(Answer { status, body: serde_json::from_str(&text).unwrap_or(Value::Null), text })
    }

    /// A call that must answer one of `ok`; anything else is the step's failure.
    async fn expect(&self, method: Method, path: &str, auth: Auth<'_>, body: Option<Value>, key: Option<&str>, ok: &[u16]) -> Result<Value, Failure> {
        let what = format!("{method} {path}");
        let a = self.call(method, path, auth, body, key).await?;
        if ok.contains(&a.status) {
            Ok(a.body)
        } else {
            Err(self.fail(format!("{what} answered {} (expected {}): {}", a.status, list(ok), excerpt(&a.text))))
        }
    }

    /// The path (under `--base-url`) of a URL the server handed out, which may
    /// be absolute with the shop's public origin or relative.
    fn local_path(&self, url: &str) -> String {
        let path = match url.split_once("://") {
            Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
            None => url,
        };
        path.strip_prefix(self.prefix.as_str()).filter(|p| p.starts_with('/')).unwrap_or(path).to_string()
    }

    fn begin(&mut self, step: &str) {
        self.step = step.to_string();
    }

    fn done(&mut self, line: String) {
        self.report.steps.push(line);
    }
}

fn list(codes: &[u16]) -> String {
    codes.iter().map(u16::to_string).collect::<Vec<_>>().join(" or ")
}

fn excerpt(text: &str) -> String {
    let t = text.trim();
    if t.is_empty() {
        return "(empty body)".into();
    }
    let cut: String = t.chars().take(400).collect();
    if cut.len() < t.len() { format!("{cut}…") } else { cut }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(inner) = source {
        let _ = write!(s, ": {inner}");
        source = inner.source();
    }
    s
}

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or("")
}

/// Splits `http://host:port/prefix` into origin and path prefix.
fn parse_base(base: &str) -> Result<(String, String), String> {
    let base = base.trim().trim_end_matches('/');
    let uri: Uri = base.parse().map_err(|_| format!("--base-url {base:?} is not a URL like http://127.0.0.1:8080"))?;
    match uri.scheme_str() {
        Some("http") => {}
        Some("https") => {
            return Err("--base-url must be http://: this command speaks plain HTTP. Run it on the shop's host against the server's own address \
                        (for example http://127.0.0.1:8080), behind the TLS proxy."
                .into())
        }
        _ => return Err(format!("--base-url {base:?} needs http:// and a host, like http://127.0.0.1:8080")),
    }
    let host = uri.authority().ok_or_else(|| format!("--base-url {base:?} has no host"))?;
    Ok((format!("http://{host}"), uri.path().trim_end_matches('/').to_string()))
}

/// Runs the whole check and returns its report (never panics on what the server says).
pub async fn run(opts: &Options) -> Report {
    let (origin, prefix) = match parse_base(&opts.base_url) {
        Ok(p) => p,
        Err(e) => return Report { failure: Some(Failure { step: "read the options".into(), detail: e }), ..Report::default() },
    };
    let client: Client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new()).build_http();
    let mut run = Run {
        client,
        origin,
        prefix,
        admin: opts.admin_key.trim().to_string(),
        report: Report::default(),
        step: String::new(),
        orders: Vec::new(),
        carts: Vec::new(),
        runs: crate::secrets::random_hex(4),
        country: opts.country.clone(),
    };
    let outcome = journey(&mut run, &opts.email).await;
    if let Err(f) = outcome {
        run.report.failure = Some(f);
    }
    clean_up(&mut run, opts.keep).await;
    run.report
}

/// Real addresses the country's rules accept, one per country the test can
/// ship to: (country, region, address1, city, postal code).
const DESTINATIONS: [(&str, &str, &str, &str, &str); 6] = [
    ("US", "NY", "350 5th Ave", "New York", "10118"),
    ("DE", "", "Unter den Linden 1", "Berlin", "10117"),
    ("GB", "", "10 Downing Street", "London", "SW1A 2AA"),
    ("FR", "", "55 Rue du Faubourg Saint-Honoré", "Paris", "75008"),
    ("NL", "", "Dam 1", "Amsterdam", "1012 JS"),
    ("CA", "ON", "24 Sussex Drive", "Ottawa", "K1M 1M4"),
];

/// The first destination the shop ships to (in the order above), or the
/// one asked for; `None` when the shop ships to none of them.
pub fn destination(ship_to: &[String], wanted: Option<&str>) -> Option<(&'static str, &'static str, &'static str, &'static str, &'static str)> {
    DESTINATIONS
        .iter()
        .filter(|d| wanted.is_none_or(|w| w.eq_ignore_ascii_case(d.0)))
        .find(|d| ship_to.iter().any(|c| c.eq_ignore_ascii_case(d.0)))
        .copied()
}

/// The variant the orders buy: the one with the most units available, so a
/// unit held for a moment never sells a real shopper short.
struct Pick {
    handle: String,
    title: String,
    variant: i64,
    on_hand: i64,
    available: i64,
}

type Destination = (&'static str, &'static str, &'static str, &'static str, &'static str);

async fn journey(run: &mut Run, email: &str) -> Result<(), Failure> {
    let started = Instant::now();
    run.begin("reach the server");
    let health = run.expect(Method::GET, "/api/v1/health", Auth::None, None, None, &[200]).await?;
    run.done(format!("server up ({})", health["status"].as_str().unwrap_or("ok")));

    run.begin("pick a destination the shop ships to");
    let shop = run.expect(Method::GET, "/api/v1/shop", Auth::None, None, None, &[200]).await?;
    let ship_to: Vec<String> = shop["ship_to"].as_array().into_iter().flatten().map(|c| text(c, "code").to_string()).collect();
    let to = destination(&ship_to, run.country.as_deref()).ok_or_else(|| {
        let known = DESTINATIONS.iter().map(|d| d.0).collect::<Vec<_>>().join(", ");
        let shop_list = match ship_to.len() {
            0 => "no country".to_string(),
            n if n > 12 => format!("{} and {} more", ship_to[..12].join(", "), n - 12),
            _ => ship_to.join(", "),
        };
        run.fail(match run.country.as_deref() {
            Some(c) if !DESTINATIONS.iter().any(|d| d.0.eq_ignore_ascii_case(c)) => format!("the test has no address in {c}: give --country one of {known}"),
            Some(c) => format!("the shop does not ship to {c} (it ships to {shop_list})"),
            None => format!("the shop ships to none of {known}, the countries the test has addresses in (it ships to {shop_list})"),
        })
    })?;
    run.done(format!("shipping to {}, {}", to.3, to.0));

    run.begin("sign in with the admin key");
    let inventory = run.expect(Method::GET, "/api/v1/admin/inventory", Auth::Admin, None, None, &[200]).await?;
    let pick = inventory
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| r["available"].as_i64().unwrap_or(0) >= 3)
        .max_by_key(|r| (r["available"].as_i64().unwrap_or(0), -r["variant_id"].as_i64().unwrap_or(0)))
        .map(|r| Pick {
            handle: text(r, "product_handle").to_string(),
            title: format!("{} ({})", text(r, "product_title"), text(r, "variant_title")),
            variant: r["variant_id"].as_i64().unwrap_or(0),
            on_hand: r["on_hand"].as_i64().unwrap_or(0),
            available: r["available"].as_i64().unwrap_or(0),
        })
        .ok_or_else(|| run.fail("no variant has 3 or more units available to test with; restock one in the console"))?;
    run.done(format!("admin key accepted; testing with {} ({} available)", pick.title, pick.available));

    run.begin("see the product in the catalog");
    let product = run.expect(Method::GET, &format!("/api/v1/products/{}", pick.handle), Auth::None, None, None, &[200]).await?;
    let listed = product["variants"].as_array().into_iter().flatten().any(|v| v["id"].as_i64() == Some(pick.variant));
    if !listed {
        return Err(run.fail(format!("GET /api/v1/products/{} does not list variant {}", pick.handle, pick.variant)));
    }
    run.done(format!("product page data for {}", pick.handle));

    // 1. A card order without a challenge, then canceled and refunded.
    let card = place(run, (&pick, to), email, Pay::Card("4242424242424242"), "card order").await?;
    run.begin("cancel the card order (card refunded, unit back)");
    let canceled = run
        .expect(Method::POST, &format!("/api/v1/admin/orders/{}/cancel", card.number), Auth::Admin, Some(json!({"reason": "Synthetic test order"})), None, &[200])
        .await?;
    let (status, payment) = (text(&canceled["order"], "status"), text(&canceled["order"]["payment"], "status"));
    if status != "canceled" || payment != "refunded" {
        return Err(run.fail(format!("after cancel the order is {status:?} with payment {payment:?} (expected canceled, refunded)")));
    }
    run.done(format!("{} canceled, card refunded", card.number));

    // 2. A card order with the bank's challenge, then the whole after-sale.
    let challenged = place(run, (&pick, to), email, Pay::Card("4000002500003155"), "card order with the bank's challenge").await?;
    run.begin("check the confirmation");
    let order = run.expect(Method::GET, &format!("/api/v1/orders/{}?token={}", challenged.number, challenged.token), Auth::None, None, None, &[200]).await?;
    if text(&order, "status") != "confirmed" || order["totals"]["total"] != challenged.total {
        return Err(run.fail(format!(
            "the order page shows status {:?} and total {} (expected confirmed and {})",
            text(&order, "status"),
            order["totals"]["total"],
            challenged.total
        )));
    }
    let admin_view = run.expect(Method::GET, &format!("/api/v1/admin/orders/{}", challenged.number), Auth::Admin, None, None, &[200]).await?;
    let confirmation = admin_view["messages"].as_array().into_iter().flatten().any(|m| text(m, "kind") == "order_confirmation");
    if !confirmation {
        return Err(run.fail(format!("no confirmation email was written for {} (messages: {})", challenged.number, admin_view["messages"])));
    }
    run.done(format!("{} confirmed on its order page, confirmation email written", challenged.number));

    run.begin("verify and ship");
    run.expect(Method::POST, &format!("/api/v1/admin/orders/{}/verify", challenged.number), Auth::Admin, None, None, &[200]).await?;
    let tracking = format!("TEST-{}", challenged.number);
    let parcel = run
        .expect(
            Method::POST,
            &format!("/api/v1/admin/orders/{}/shipments", challenged.number),
            Auth::Admin,
            Some(json!({"lines": [], "carrier": "Test carrier", "tracking_number": tracking, "service": "Synthetic"})),
            None,
            &[201],
        )
        .await?;
    let parcel_id = parcel["id"].as_i64().ok_or_else(|| run.fail(format!("the new parcel has no id: {parcel}")))?;
    run.done(format!("verified and shipped as parcel {parcel_id} ({tracking})"));

    run.begin("follow the parcel (tracking)");
    run.expect(
        Method::POST,
        &format!("/api/v1/admin/shipments/{parcel_id}/events"),
        Auth::Admin,
        Some(json!({"status": "InTransit", "message": "Synthetic checkpoint: in transit", "location": "Test hub"})),
        None,
        &[200, 201],
    )
    .await?;
    run.expect(Method::POST, &format!("/api/v1/admin/orders/{}/deliver", challenged.number), Auth::Admin, None, None, &[200]).await?;
    let order = run.expect(Method::GET, &format!("/api/v1/orders/{}?token={}", challenged.number, challenged.token), Auth::None, None, None, &[200]).await?;
    let shipment = order["shipments"].as_array().and_then(|s| s.iter().find(|p| p["id"].as_i64() == Some(parcel_id))).cloned().unwrap_or(Value::Null);
    let seen_transit = shipment["events"].as_array().into_iter().flatten().any(|e| text(e, "message").contains("Synthetic checkpoint"));
    if text(&order, "status") != "delivered" || !seen_transit {
        return Err(run.fail(format!(
            "the shopper's order page shows status {:?} and {} checkpoint(s) for the parcel (expected delivered, with the transit checkpoint)",
            text(&order, "status"),
            shipment["events"].as_array().map_or(0, Vec::len)
        )));
    }
    run.done(format!("{} delivered; the shopper's tracking shows the checkpoints", challenged.number));

    run.begin("return it and refund");
    let path = |tail: &str| format!("/api/v1/orders/{}/{tail}?token={}", challenged.number, challenged.token);
    let returnable = run.expect(Method::GET, &path("returnable"), Auth::None, None, None, &[200]).await?;
    let line = returnable["lines"]
        .as_array()
        .and_then(|ls| ls.iter().find(|l| l["returnable_quantity"].as_i64().unwrap_or(0) > 0))
        .cloned()
        .ok_or_else(|| run.fail(format!("nothing of the delivered order can be returned: {}", excerpt(&returnable.to_string()))))?;
    let reason = returnable["reasons"]
        .as_array()
        .and_then(|rs| rs.iter().find(|r| !r["photo_required"].as_bool().unwrap_or(false)))
        .map(|r| text(r, "code").to_string())
        .ok_or_else(|| run.fail("every return reason asks for photos; the test needs one that does not"))?;
    let ask = json!({"lines": [{"line_id": line["line_id"], "quantity": line["returnable_quantity"], "reason": reason, "resolution": "refund", "comment": "Synthetic test return"}]});
    let key = format!("test-order-return-{}", run.runs);
    let made = run.expect(Method::POST, &path("returns"), Auth::None, Some(ask), Some(&key), &[200, 201]).await?;
    let rma = text(&made, "rma").to_string();
    if rma.is_empty() {
        return Err(run.fail(format!("the return has no number: {}", excerpt(&made.to_string()))));
    }
    run.expect(Method::POST, &format!("/api/v1/admin/returns/{rma}/approve"), Auth::Admin, None, None, &[200]).await?;
    run.expect(Method::POST, &format!("/api/v1/admin/returns/{rma}/receive"), Auth::Admin, Some(json!({"lines": []})), None, &[200]).await?;
    let refunded = run
        .expect(Method::POST, &format!("/api/v1/admin/returns/{rma}/refund"), Auth::Admin, Some(json!({})), Some(&format!("test-order-refund-{}", run.runs)), &[200])
        .await?;
    let due: rust_decimal::Decimal = made["refund_total"]["amount"].as_str().and_then(|a| a.parse().ok()).unwrap_or_default();
    let paid: rust_decimal::Decimal = refunded["refund_total"]["amount"].as_str().and_then(|a| a.parse().ok()).unwrap_or_default();
    if text(&refunded, "status") != "refunded" || paid != due || due.is_zero() {
        return Err(run.fail(format!(
            "return {rma} is {:?} with {paid} refunded (expected refunded, {due} as quoted when it was asked for)",
            text(&refunded, "status")
        )));
    }
    let currency = text(&refunded["refund_total"], "currency").to_string();
    run.done(format!("return {rma} approved, received (restocked) and {paid} {currency} refunded"));

    // 3. A manual method (bank transfer, invoice or cash on delivery), canceled.
    let manual = place(run, (&pick, to), email, Pay::Manual, "order by a manual method").await?;
    run.begin("cancel the manual order (unit back)");
    run.expect(Method::POST, &format!("/api/v1/admin/orders/{}/cancel", manual.number), Auth::Admin, Some(json!({"reason": "Synthetic test order"})), None, &[200])
        .await?;
    run.done(format!("{} canceled", manual.number));

    run.begin("check the stock is where it started");
    let inventory = run.expect(Method::GET, "/api/v1/admin/inventory", Auth::Admin, None, None, &[200]).await?;
    let row = inventory.as_array().and_then(|rs| rs.iter().find(|r| r["variant_id"].as_i64() == Some(pick.variant))).cloned().unwrap_or(Value::Null);
    let (on_hand, available) = (row["on_hand"].as_i64().unwrap_or(-1), row["available"].as_i64().unwrap_or(-1));
    if on_hand != pick.on_hand || available != pick.available {
        return Err(run.fail(format!(
            "{} has {on_hand} on hand and {available} available, {} and {} before the run \
             (a real sale of this variant during the run would also move it; run again to tell)",
            pick.title, pick.on_hand, pick.available
        )));
    }
    run.done(format!("{}: {on_hand} on hand, {available} available, as before", pick.title));
    run.done(format!("journey took {} ms", started.elapsed().as_millis()));
    Ok(())
}

enum Pay {
    Card(&'static str),
    Manual,
}

struct Placed {
    number: String,
    token: String,
    total: Value,
}

/// One shopper's way to an order: cart (marked test), line, destination,
/// shipping and payment methods, card token, checkout, and the challenge.
async fn place(run: &mut Run, (pick, to): (&Pick, Destination), email: &str, pay: Pay, what: &str) -> Result<Placed, Failure> {
    run.begin(&format!("{what}: fill a cart"));
    let cart = run.expect(Method::POST, "/api/v1/carts", Auth::None, Some(json!({})), None, &[200, 201]).await?;
    let id = cart["cart"]["id"].as_str().or(cart["id"].as_str()).unwrap_or_default().to_string();
    let token = text(&cart, "token").to_string();
    if id.is_empty() || token.is_empty() {
        return Err(run.fail(format!("the new cart has no id or token: {}", excerpt(&cart.to_string()))));
    }
    run.expect(Method::POST, &format!("/api/v1/admin/carts/{id}/test"), Auth::Admin, None, None, &[204]).await?;
    run.carts.push(id.clone());
    let base = format!("/api/v1/carts/{id}");
    run.expect(Method::POST, &format!("{base}/lines"), Auth::Bearer(&token), Some(json!({"variant_id": pick.variant, "quantity": 1})), None, &[200, 201]).await?;
    let (country, region, address1, city, postal_code) = to;
    let mut address = json!({"name": "Test Order", "address1": address1, "city": city, "postal_code": postal_code, "country": country});
    let mut destination = json!({"country": country, "email": email});
    if !region.is_empty() {
        address["region"] = json!(region);
        destination["region"] = json!(region);
    }
    run.expect(Method::PATCH, &base, Auth::Bearer(&token), Some(destination), None, &[200]).await?;
    let methods = run.expect(Method::GET, &format!("{base}/shipping-methods"), Auth::Bearer(&token), None, None, &[200]).await?;
    let shipping = methods.as_array().and_then(|m| m.first()).map(|m| text(m, "id").to_string()).filter(|s| !s.is_empty());
    let shipping = shipping.ok_or_else(|| run.fail(format!("no shipping method is offered to {city}, {country}")))?;
    let payments = run.expect(Method::GET, &format!("{base}/payment-methods"), Auth::Bearer(&token), None, None, &[200]).await?;
    let offered: Vec<Value> = payments.as_array().cloned().unwrap_or_default();
    let payment = match pay {
        Pay::Card(number) => {
            run.begin(&format!("{what}: tokenise the card with the payment provider"));
            let card = offered.iter().find(|m| text(m, "kind") == "card").ok_or_else(|| run.fail("no card payment is offered"))?;
            let provider = &card["provider"];
            let tokens = run.local_path(&format!("{}/tokens", text(provider, "base_url").trim_end_matches('/')));
            let pk = text(provider, "publishable_key").to_string();
            let made = run
                .expect(Method::POST, &tokens, Auth::Bearer(&pk), Some(json!({"number": number, "exp_month": 12, "exp_year": 2031, "cvc": "123"})), None, &[200, 201])
                .await?;
            json!({"method": "card", "token": made["id"]})
        }
        Pay::Manual => {
            // Bank transfer, cash on delivery or invoice, whichever the shop offers here (an invoice needs a company).
            let manual = offered.iter().find(|m| text(m, "kind") != "card" && !m["requires_company"].as_bool().unwrap_or(false));
            let manual = manual.or_else(|| offered.iter().find(|m| text(m, "kind") != "card"));
            let manual = manual.ok_or_else(|| run.fail(format!("no manual payment method (bank transfer, invoice, cash) is offered: {}", excerpt(&payments.to_string()))))?;
            if manual["requires_company"].as_bool().unwrap_or(false) {
                address["company"] = json!("Vitrine test orders");
            }
            json!({"method": text(manual, "kind")})
        }
    };
    run.begin(&format!("{what}: check out"));
    let body = json!({"email": email, "shipping_address": address, "shipping_method": shipping, "payment": payment});
    let key = format!("test-order-{}-{id}", run.runs);
    let placed = run.expect(Method::POST, &format!("{base}/checkout"), Auth::Bearer(&token), Some(body), Some(&key), &[201, 202]).await?;
    let number = text(&placed["order"], "number").to_string();
    let order_token = text(&placed, "order_token").to_string();
    if number.is_empty() || order_token.is_empty() {
        return Err(run.fail(format!("the checkout answer has no order number or token: {}", excerpt(&placed.to_string()))));
    }
    run.orders.push(number.clone());
    run.carts.retain(|c| *c != id);
    let method = text(&payment, "method").to_string();
    if let Some(url) = placed["next_action"]["url"].as_str() {
        run.begin(&format!("{what}: pass the bank's challenge"));
        let url = run.local_path(url);
        let page = run.call(Method::GET, &url, Auth::None, None, None).await?;
        if page.status != 200 || !page.text.contains("Complete authentication") {
            return Err(run.fail(format!("the challenge page answered {}: {}", page.status, excerpt(&page.text))));
        }
        let (path, query) = url.split_once('?').unwrap_or((&url, ""));
        let secret = query.split('&').find_map(|kv| kv.strip_prefix("client_secret=")).unwrap_or_default();
        let form = format!("client_secret={secret}&outcome=complete");
        let done = run.send(Method::POST, path, Auth::None, Some(("application/x-www-form-urlencoded", form)), None).await?;
        if done.status != 200 {
            return Err(run.fail(format!("completing the challenge answered {}: {}", done.status, excerpt(&done.text))));
        }
        let paid = run.expect(Method::POST, &format!("/api/v1/orders/{number}/payment?token={order_token}"), Auth::None, None, None, &[200]).await?;
        if text(&paid, "status") != "confirmed" {
            return Err(run.fail(format!("after the challenge the order is {:?} (expected confirmed)", text(&paid, "status"))));
        }
    }
    let total = placed["order"]["totals"]["total"].clone();
    run.done(format!(
        "{what}: {number} placed ({} {}, {method}{})",
        total["amount"].as_str().unwrap_or("?"),
        total["currency"].as_str().unwrap_or(""),
        if placed["next_action"].is_null() { "" } else { ", challenge passed" }
    ));
    Ok(Placed { number, token: order_token, total })
}

/// Deletes the run's orders (or, with `--keep`, lists them). An order a
/// failed run left open is canceled first so its units come back.
/// `DELETE path` as the operator: `Ok(None)` when it is gone (204, or 404:
/// gone already), `Ok(Some(answer))` for 409 (some of it is still out), and
/// what came back as the problem otherwise.
async fn delete(run: &Run, path: &str) -> Result<Option<String>, String> {
    match run.call(Method::DELETE, path, Auth::Admin, None, None).await {
        Ok(a) if matches!(a.status, 204 | 404) => Ok(None),
        Ok(a) => {
            let answer = format!("DELETE answered {}: {}", a.status, excerpt(&a.text));
            if a.status == 409 { Ok(Some(answer)) } else { Err(answer) }
        }
        Err(f) => Err(f.detail),
    }
}

async fn clean_up(run: &mut Run, keep: bool) {
    if keep {
        run.report.left = run.orders.clone();
        return;
    }
    for number in run.orders.clone() {
        run.step = format!("delete test order {number}");
        let path = format!("/api/v1/admin/orders/{number}");
        let mut outcome = delete(run, &path).await;
        if matches!(outcome, Ok(Some(_))) {
            // Still out: cancel it (units back, card refunded), then delete.
            let canceled = run.call(Method::POST, &format!("{path}/cancel"), Auth::Admin, Some(json!({"reason": "Synthetic test order"})), None).await;
            let why = match canceled {
                Ok(c) if c.status != 200 => format!("cancel answered {}: {}; ", c.status, excerpt(&c.text)),
                _ => String::new(),
            };
            outcome = delete(run, &path).await.and_then(|still| still.map_or(Ok(None), Err)).map_err(|e| format!("{why}{e}"));
        }
        if let Err(problem) = outcome {
            run.report.cleanup_problems.push(format!("{number}: {problem}"));
            run.report.left.push(number);
        }
    }
    // Carts of a run that stopped before their order (the order's own cart goes with it).
    for id in run.carts.clone() {
        if let Err(problem) = delete(run, &format!("/api/v1/admin/carts/{id}")).await.and_then(|still| still.map_or(Ok(()), Err)) {
            run.report.cleanup_problems.push(format!("test cart {id}: {problem}"));
        }
    }
    if run.report.left.is_empty() && !run.orders.is_empty() {
        let n = run.orders.len();
        run.report.cleaned = Some(format!("cleaned up: {n} test order{} deleted with their parcels, returns and emails", if n == 1 { "" } else { "s" }));
    }
}

#[cfg(test)]
mod tests {
    use super::destination;

    #[test]
    fn the_destination_is_one_the_shop_ships_to() {
        let codes = |cs: &[&str]| cs.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert_eq!(destination(&codes(&["DE", "US"]), None).map(|d| d.0), Some("US"), "US first when shipped to");
        assert_eq!(destination(&codes(&["FR", "DE"]), None).map(|d| d.0), Some("DE"));
        assert_eq!(destination(&codes(&["FR", "DE"]), Some("fr")).map(|d| d.0), Some("FR"), "--country picks");
        assert_eq!(destination(&codes(&["DE"]), Some("US")), None, "not where the shop ships");
        assert_eq!(destination(&codes(&["JP"]), None), None);
    }
}
