//! Order tracking (issue 10) in a real browser: a shopper buys and keeps the
//! order page open; the operator ships through the CLI and adds a carrier
//! checkpoint through the admin API; the open page shows both without a
//! reload and reads the news out. Then the lookup form finds the order by
//! number and email, and refuses a wrong email and a wrong number with the
//! same message.

use std::time::{SystemTime, UNIX_EPOCH};

use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::{control, Stack};

const NOT_FOUND: &str = "We couldn't find an order with that number and email.";

async fn click(s: &Stack, xpath: &str) {
    s.find(Locator::XPath(xpath)).await.click().await.unwrap();
}

async fn type_into(s: &Stack, css: &str, text: &str) {
    let el = s.find(Locator::Css(css)).await;
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

/// POSTs JSON to the API from inside the page, as the operator's tools would; returns (status, body).
async fn admin_post(s: &Stack, key: &str, path: &str, body: serde_json::Value) -> (u64, serde_json::Value) {
    let script = "const [path, key, body, done] = arguments;
        fetch('/api/v1' + path, {method: 'POST', headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + key}, body: JSON.stringify(body)})
          .then(async r => done([r.status, await r.json().catch(() => null)]), e => done([0, String(e)]));";
    let out = s.client.execute_async(script, vec![path.into(), key.into(), body]).await.expect("fetch from the page");
    (out[0].as_u64().unwrap_or(0), out[1].clone())
}

async fn live_region(s: &Stack) -> String {
    s.text(".vt-tracking > [role=status][aria-live=polite]").await
}

async fn buy(s: &Stack, email: &str) -> String {
    s.goto("/products/market-tote").await;
    s.find(Locator::XPath("//h1[normalize-space()='Market Tote']")).await;
    click(s, &control("Add to cart")).await;
    s.wait_text(".vt-add__message", |t| t.starts_with("Added")).await;
    s.goto("/checkout").await;
    type_into(s, "#vt-email", email).await;
    click(s, &control("Continue to shipping address")).await;
    s.find(Locator::Css("#vt-addr-country")).await.select_by_value("DE").await.unwrap();
    s.find(Locator::Css("#vt-addr-postal_code")).await;
    type_into(s, "#vt-addr-name", "Grace Hopper").await;
    type_into(s, "#vt-addr-address1", "Unter den Linden 1").await;
    type_into(s, "#vt-addr-postal_code", "10117").await;
    type_into(s, "#vt-addr-city", "Berlin").await;
    click(s, &control("Continue to delivery")).await;
    click(s, &control("Continue to payment")).await;
    type_into(s, "#vt-card-number", "4242424242424242").await;
    type_into(s, "#vt-card-expiry", "1230").await;
    type_into(s, "#vt-card-cvc", "123").await;
    click(s, &control("Review order")).await;
    click(s, "//button[starts-with(normalize-space(), 'Place order')]").await;
    s.find(Locator::XPath("//h1[normalize-space()='Thank you for your order']")).await;
    s.path_and_query().await
}

#[tokio::test]
async fn the_open_order_page_follows_the_parcel_without_a_reload() {
    let s = Stack::start().await;
    let url = buy(&s, "grace@example.com").await;
    let number = url.trim_start_matches("/orders/").split('?').next().unwrap().to_string();

    // Before anything ships: the stepper is at "Confirmed", with the estimate and the promise of an email.
    s.wait_text(".vt-status", |t| t == "Confirmed").await;
    let current = s.find(Locator::Css("ol.vt-tracking__steps [aria-current=step]")).await;
    assert_eq!(current.text().await.unwrap(), "Confirmed");
    let pending = s.text(".vt-tracking__pending").await;
    assert!(pending.starts_with("Arrives ") && pending.contains("We'll email you when it ships"), "{pending}");
    // A mark on this document: it survives only if the page never reloads.
    s.client.execute("window.__vtSamePage = true", vec![]).await.unwrap();

    // Everything the live region says from here on (a later update may replace a sentence before a poll reads it).
    s.client
        .execute("const el = document.querySelector('.vt-tracking > [role=status][aria-live=polite]'); window.__said = []; new MutationObserver(() => window.__said.push(el.textContent)).observe(el, {childList: true, characterData: true, subtree: true});", vec![])
        .await
        .unwrap();
    // The operator ships everything through the CLI (another process, same database).
    let key = s.cli(&["admin-key", "create", "--name", "e2e"]).await;
    let shipped = s.cli(&["orders", "ship", &number, "--carrier", "UPS", "--tracking", "1Z999AA10123456784", "--service", "Ground"]).await;
    let shipment_id: i64 = shipped.strip_prefix("shipment ").and_then(|r| r.split_whitespace().next()).and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("no shipment id in {shipped:?}"));
    let parcel = s.find(Locator::Css("article.vt-tracking__parcel")).await;
    let text = parcel.text().await.unwrap();
    assert!(text.contains("UPS") && text.contains("1Z999AA10123456784") && text.contains("Market Tote"), "{text}");
    s.wait_text("ol.vt-tracking__steps [aria-current=step]", |t| t == "Shipped").await;
    s.until("the shipping announced", || async {
        let said = s.client.execute("return window.__said;", vec![]).await.ok()?;
        said.as_array()?.iter().any(|t| t.as_str().is_some_and(|t| t.contains("shipped with UPS"))).then_some(())
    })
    .await;

    // A checkpoint through the admin API: out for delivery, shown at the top of the parcel's timeline and read out.
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64;
    let (status, body) = admin_post(&s, &key, &format!("/admin/shipments/{shipment_id}/events"), serde_json::json!({
        "status": "OutForDelivery", "message": "With the driver since 7:40", "time": now, "location": "Berlin, DE"
    })).await;
    assert!((200..300).contains(&status), "{status} {body}");
    s.wait_text("ol.vt-tracking__events > li:first-child", |t| t.contains("Berlin, DE")).await;
    s.until("the news read out", || async { (live_region(&s).await == "Your parcel is out for delivery.").then_some(()) }).await;
    s.wait_text(".vt-status", |t| t == "Out for delivery").await;
    let time = s.find(Locator::Css("ol.vt-tracking__events > li:first-child time")).await;
    assert!(time.attr("datetime").await.unwrap().is_some_and(|d| d.ends_with('Z')));
    s.screenshot("tracking-out-for-delivery").await;
    let violations = s.axe().await;
    assert!(violations.is_empty(), "axe on the tracking page: {violations:#?}");

    // Delivered through the CLI.
    s.cli(&["orders", "deliver", &number]).await;
    s.wait_text("ol.vt-tracking__steps [aria-current=step]", |t| t == "Delivered").await;
    s.wait_text(".vt-tracking__parcel-title", |t| t == "Delivered").await;
    let same = s.client.execute("return window.__vtSamePage === true", vec![]).await.unwrap();
    assert_eq!(same, serde_json::json!(true), "the page followed the parcel without reloading");
    assert_eq!(s.path_and_query().await, url);
    s.stop().await;
}

#[tokio::test]
async fn the_lookup_finds_the_order_by_number_and_email_and_refuses_alike() {
    let s = Stack::start().await;
    let url = buy(&s, "ada@example.com").await;
    let number = url.trim_start_matches("/orders/").split('?').next().unwrap().to_string();

    // From the footer of any page.
    click(&s, "//footer//a[normalize-space()='Track an order']").await;
    s.find(Locator::XPath("//h1[normalize-space()='Track an order']")).await;

    // Empty fields are named before anything is sent.
    click(&s, &control("Find my order")).await;
    s.wait_text("#vt-lookup-number-error", |t| !t.is_empty()).await;
    let number_input = s.find(Locator::Css("#vt-lookup-number")).await;
    assert_eq!(number_input.attr("aria-invalid").await.unwrap().as_deref(), Some("true"));

    // A wrong email and a wrong number get the same words.
    type_into(&s, "#vt-lookup-number", &number).await;
    type_into(&s, "#vt-lookup-email", "someone.else@example.com").await;
    click(&s, &control("Find my order")).await;
    let wrong_email = s.wait_text("[role=alert]", |t| !t.is_empty()).await;
    assert!(wrong_email.starts_with(NOT_FOUND), "{wrong_email}");
    type_into(&s, "#vt-lookup-number", "VT-0000-0000").await;
    type_into(&s, "#vt-lookup-email", "ada@example.com").await;
    click(&s, &control("Find my order")).await;
    s.until("the second refusal", || async {
        let busy = s.client.find(Locator::Css("form[aria-busy=true]")).await.is_ok();
        let text = s.text("[role=alert]").await;
        (!busy && !text.is_empty()).then_some(text)
    })
    .await;
    assert_eq!(s.text("[role=alert]").await, wrong_email, "a wrong number reads exactly like a wrong email");
    assert_eq!(s.path_and_query().await, "/orders/lookup");
    let violations = s.axe().await;
    assert!(violations.is_empty(), "axe on the lookup page with a refusal: {violations:#?}");

    // The right pair opens the order's tracking page (case and spacing forgiven).
    type_into(&s, "#vt-lookup-number", &number.to_lowercase()).await;
    type_into(&s, "#vt-lookup-email", " Ada@Example.com ").await;
    click(&s, &control("Find my order")).await;
    s.find(Locator::XPath(&format!("//h1[normalize-space()='Order {number}' or normalize-space()='Thank you for your order']"))).await;
    let opened = s.path_and_query().await;
    assert!(opened.starts_with(&format!("/orders/{number}?token=")), "{opened}");

    // A link without a valid token is not the order, and points back to the lookup.
    s.goto(&format!("/orders/{number}?token=0000")).await;
    s.find(Locator::XPath("//h1[contains(., \"This order isn't here\")]")).await;
    s.find(Locator::XPath("//main//a[@href='/orders/lookup']")).await;
    s.stop().await;
}
