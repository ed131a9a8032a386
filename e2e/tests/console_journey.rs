//! The operator's console (issue 14), as an operator with a keyboard and a
//! screen reader would use it on the demo shop: sign in with an admin key
//! (a wrong one is refused at the field), the queue with its counts, an
//! order verified and shipped from its page, stock adjusted with a reason
//! (in the ledger), and the metrics drawn as SVG charts with data tables;
//! every screen axe-clean. Controls are found by role, label and text.

use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::{control, Stack};

/// The input whose `<label>` reads `label`.
fn labelled(label: &str) -> String {
    format!("//input[@id=//label[normalize-space()='{label}']/@for]")
}

async fn type_into(s: &Stack, xpath: &str, text: &str) {
    let el = s.find(Locator::XPath(xpath)).await;
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

async fn click(s: &Stack, xpath: &str) {
    s.find(Locator::XPath(xpath)).await.click().await.unwrap();
}

async fn clean(s: &Stack, page: &str) {
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let violations = s.axe().await;
    assert!(violations.is_empty(), "axe on the console's {page}: {violations:#?}");
}

/// GETs an admin API path from inside the page with the key; returns its JSON.
async fn admin_get(s: &Stack, key: &str, path: &str) -> serde_json::Value {
    let script = "const [key, path, done] = arguments; fetch('/api/v1/admin' + path, {headers: {'Authorization': 'Bearer ' + key}}).then(r => r.json()).then(done, e => done(String(e)));";
    s.client.execute_async(script, vec![key.into(), path.into()]).await.unwrap()
}

#[tokio::test]
async fn an_operator_signs_in_verifies_ships_restocks_and_reads_the_numbers() {
    let s = Stack::start().await;
    let key = s.cli(&["admin-key", "create", "--name", "console"]).await;

    // Sign in: a wrong key is refused at the field, focus stays there.
    s.goto("/admin").await;
    s.find(Locator::XPath("//h1[normalize-space()='Sign in to the console']")).await;
    clean(&s, "sign-in form").await;
    type_into(&s, &labelled("Admin key"), "vk_wrong").await;
    click(&s, &control("Sign in")).await;
    s.wait_text("#vt-admin-key-error", |t| t.contains("isn't valid")).await;
    let invalid = s.find(Locator::XPath(&labelled("Admin key"))).await.attr("aria-invalid").await.unwrap();
    assert_eq!(invalid.as_deref(), Some("true"));
    s.screenshots("console-sign-in-refused").await;
    type_into(&s, &labelled("Admin key"), &key).await;
    click(&s, &control("Sign in")).await;

    // The queue: counts match the API; the "To verify" list shows its orders.
    s.find(Locator::XPath("//h1[normalize-space()='Orders']")).await;
    let queue = admin_get(&s, &key, "/orders/queue").await;
    let to_verify = queue["to_verify"].as_i64().unwrap();
    assert!(to_verify > 0, "the demo has orders to verify: {queue}");
    let tab = s.find(Locator::XPath("//nav[@aria-label='Queues']//a[@aria-current='page']")).await;
    s.until("the To verify count", || async { tab.text().await.ok().filter(|t| t.contains(&to_verify.to_string())) }).await;
    let rows = s.client.find_all(Locator::XPath("//table//tbody/tr")).await.unwrap();
    assert_eq!(rows.len() as i64, to_verify.min(500));
    clean(&s, "queue").await;
    s.screenshots("console-queue").await;

    // An order's page: checklist, verify, ship.
    let first = s.find(Locator::XPath("//table//tbody/tr[1]/th/a")).await;
    let number = first.text().await.unwrap();
    first.click().await.unwrap();
    s.find(Locator::XPath(&format!("//h1[normalize-space()='Order {number}']"))).await;
    s.find(Locator::XPath("//h2[normalize-space()='Before packing']")).await;
    s.find(Locator::XPath("//h2[normalize-space()='Messages to the customer']")).await;
    clean(&s, "order page").await;
    s.screenshots("console-order").await;
    click(&s, "//button[starts-with(normalize-space(), 'Verify')]").await;
    s.until("the order in processing", || async {
        let o = admin_get(&s, &key, &format!("/orders/{number}")).await;
        (o["order"]["status"] == "processing").then_some(())
    })
    .await;
    s.find(Locator::XPath("//span[contains(@class,'vt-status') and normalize-space()='Being prepared']")).await;
    // The console's default period: the last 30 days, today included.
    let period = s.client.execute("const iso = (x) => x.toISOString().slice(0, 10); const to = new Date(); const from = new Date(to); from.setDate(from.getDate() - 29); return `?from=${iso(from)}&to=${iso(to)}`;", vec![]).await.unwrap();
    let metrics_path = format!("/reports/metrics{}", period.as_str().unwrap());
    let shipped_before = admin_get(&s, &key, &metrics_path).await["cycle_time"]["shipped"].as_i64().unwrap();
    type_into(&s, &labelled("Tracking number"), "1ZCONSOLE0001").await;
    click(&s, &control("Create shipment")).await;
    s.find(Locator::XPath("//h2[normalize-space()='Parcels']")).await;
    let o = admin_get(&s, &key, &format!("/orders/{number}")).await;
    assert_eq!(o["order"]["status"], "shipped", "{o}");
    assert_eq!(o["order"]["shipments"][0]["tracking_number"], "1ZCONSOLE0001");
    let after = admin_get(&s, &key, "/orders/queue").await;
    assert_eq!(after["to_verify"].as_i64(), Some(to_verify - 1));
    clean(&s, "shipped order").await;
    s.screenshots("console-order-shipped").await;

    // Inventory: a refused change keeps the form and says why; a good one lands in the ledger.
    s.goto("/admin/inventory").await;
    s.find(Locator::XPath("//h1[normalize-space()='Inventory']")).await;
    let row = s.find(Locator::XPath("//table[contains(@class,'vt-admin-table--stock')]/tbody/tr[1]")).await;
    let variant_name = row.find(Locator::XPath("./th/a")).await.unwrap().text().await.unwrap();
    let on_hand_cell = "//table[contains(@class,'vt-admin-table--stock')]/tbody/tr[1]/td[1]";
    let on_hand: i64 = s.find(Locator::XPath(on_hand_cell)).await.text().await.unwrap().parse().unwrap();
    clean(&s, "inventory").await;
    let toggle = row.find(Locator::XPath(".//button[@aria-expanded='false'][contains(normalize-space(), 'Adjust')]")).await.unwrap();
    toggle.click().await.unwrap();
    assert_eq!(toggle.attr("aria-expanded").await.unwrap().as_deref(), Some("true"));
    let panel = "//tr[contains(@class,'vt-admin-stock__detail')]";
    let delta = &format!("{panel}//input[@inputmode='numeric']");
    let focused = s.client.execute("return document.activeElement.getAttribute('inputmode')", vec![]).await.unwrap();
    assert_eq!(focused, "numeric", "focus moves to the change field");
    type_into(&s, delta, "5").await;
    let save = format!("{panel}//button[normalize-space()='Save change']");
    click(&s, &save).await;
    s.find(Locator::XPath(&format!("{panel}//p[contains(@class,'vt-field__error')][contains(., 'Say why')]"))).await;
    type_into(&s, &format!("{panel}//input[@list='vt-adjust-reasons']"), "Delivery from the supplier").await;
    click(&s, &save).await;
    let variant = admin_get(&s, &key, "/inventory").await.as_array().unwrap().iter().find(|r| r["product_title"] == variant_name.as_str()).cloned().unwrap();
    let id = variant["variant_id"].as_i64().unwrap();
    let ledger = s.until("the change in the ledger", || async {
        let l = admin_get(&s, &key, &format!("/inventory/{id}/adjustments")).await;
        l.as_array().filter(|a| a.iter().any(|e| e["reason"] == "Delivery from the supplier")).cloned()
    })
    .await;
    assert_eq!(ledger[0]["delta"], 5);
    s.find(Locator::XPath("//table[contains(@class,'vt-admin-table--ledger')]//td[normalize-space()='+5']")).await;
    s.screenshots("console-inventory").await;
    assert_eq!(ledger[0]["actor"], "console");
    let shown = s.until("the row's new stock", || async {
        let t = s.find(Locator::XPath(on_hand_cell)).await.text().await.ok()?;
        (t == (on_hand + 5).to_string()).then_some(t)
    });
    shown.await;
    clean(&s, "inventory with a change open").await;

    // Metrics: figures, charts drawn as SVG images with a data table beside each.
    s.goto("/admin/metrics").await;
    s.find(Locator::XPath("//h1[normalize-space()='Metrics']")).await;
    // The order shipped a moment ago counts in the last 30 days' cycle time.
    let cycle = format!("median of {} shipped", shipped_before + 1);
    s.find(Locator::XPath(&format!("//div[dt[normalize-space()='Order cycle time']]//dd[contains(., '{cycle}')]"))).await;
    click(&s, "//nav[@aria-label='Periods']//a[normalize-space()='Last 90 days']").await;
    s.find(Locator::XPath("//nav[@aria-label='Periods']//a[normalize-space()='Last 90 days'][@aria-current='page']")).await;
    s.find(Locator::XPath("//dt[normalize-space()='Order cycle time']")).await;
    // 90 days of history: more than 30 days with orders, one bar and one table row each.
    let days = s
        .until("90 days in the data table", || async {
            let rows = s.client.find_all(Locator::XPath("//figure[.//figcaption[normalize-space()='Revenue by day']]//table/tbody/tr")).await.ok()?;
            (rows.len() > 30).then_some(rows.len())
        })
        .await;
    let chart = s.find(Locator::XPath("//figure[.//figcaption[normalize-space()='Revenue by day']]//*[local-name()='svg'][@role='img']")).await;
    assert_eq!(chart.find_all(Locator::Css("rect")).await.unwrap().len(), days, "a bar per day in the table");
    s.find(Locator::XPath("//figure[.//figcaption[starts-with(normalize-space(),'Return rate by product')]]//table")).await;
    clean(&s, "metrics").await;
    s.screenshots("console-metrics").await;

    // Alerts: the rules ran at start; the page lists the open ones, the nav counts them, and one is resolved here.
    let open = s.until("the first alert check", || async {
        let a = admin_get(&s, &key, "/alerts").await;
        a.as_array().filter(|a| !a.is_empty()).cloned()
    })
    .await;
    s.goto("/admin/alerts").await;
    s.find(Locator::XPath("//h1[normalize-space()='Alerts']")).await;
    s.find(Locator::XPath(&format!("//nav[@aria-label='Console']//a[contains(., 'Alerts')][contains(., '{} open')]", open.len()))).await;
    // The nav's count and the list load separately: wait for the list, then every open alert is in it.
    let listed = s
        .until("the alert list", || async {
            let items = s.client.find_all(Locator::Css(".vt-admin-alert")).await.ok()?;
            (!items.is_empty()).then_some(items.len())
        })
        .await;
    assert_eq!(listed, open.len(), "every open alert is listed");
    clean(&s, "alerts").await;
    s.screenshots("console-alerts").await;
    let first_title = open[0]["title"].as_str().unwrap().to_string();
    click(&s, &format!("//li[.//h2[normalize-space()=\"{first_title}\"]]//button[starts-with(normalize-space(), 'Resolve')]")).await;
    s.until("the alert resolved", || async {
        let a = admin_get(&s, &key, "/alerts?state=resolved").await;
        a.as_array().filter(|a| a.iter().any(|x| x["id"] == open[0]["id"] && x["resolved_by"] == "console")).map(|_| ())
    })
    .await;
    s.find(Locator::XPath(&format!("//li[.//h2[normalize-space()=\"{first_title}\"]]//p[contains(., 'resolved by console')]"))).await;

    // Sign out: back to the form; the key is gone from the tab.
    click(&s, &control("Sign out")).await;
    s.find(Locator::XPath("//h1[normalize-space()='Sign in to the console']")).await;
    let kept = s.client.execute("return sessionStorage.getItem('vt-admin-key')", vec![]).await.unwrap();
    assert!(kept.is_null(), "signing out forgets the key");

    // A key revoked while signed in: the next page is the sign-in form, and no data.
    type_into(&s, &labelled("Admin key"), &key).await;
    click(&s, &control("Sign in")).await;
    s.find(Locator::XPath("//h1[normalize-space()='Alerts']")).await; // signed in where it signed out
    s.cli(&["admin-key", "revoke", "console"]).await;
    s.goto("/admin/inventory").await;
    s.find(Locator::XPath("//h1[normalize-space()='Sign in to the console']")).await;
    assert!(s.client.find_all(Locator::Css(".vt-admin-table--stock")).await.unwrap().is_empty(), "no stock shown to a revoked key");
    s.stop().await;
}
