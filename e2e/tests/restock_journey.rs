//! Restock notices end to end (issue 15): a shopper asks on a sold-out
//! variant's page to be told when it is back; the operator restocks it in
//! the console; the email arrives in the shop's mailbox and its link opens
//! the variant, now in stock. The job tick is shortened
//! (`VITRINE_JOB_TICK_MS`) so the email goes out within seconds.

use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::{control, Stack};

async fn click(s: &Stack, xpath: &str) {
    s.find(Locator::XPath(xpath)).await.click().await.unwrap();
}

async fn type_into(s: &Stack, xpath: &str, text: &str) {
    let el = s.find(Locator::XPath(xpath)).await;
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

#[tokio::test]
async fn a_shopper_is_told_once_when_a_sold_out_variant_is_back() {
    std::env::set_var("VITRINE_JOB_TICK_MS", "200");
    let s = Stack::start().await;
    let key = s.cli(&["admin-key", "create", "--name", "stockroom"]).await;
    s.goto("/").await;
    let script = "const [key, done] = arguments; fetch('/api/v1/admin/inventory?below=zero', {headers: {'Authorization': 'Bearer ' + key}}).then(r => r.json()).then(done);";
    let out = s.client.execute_async(script, vec![key.clone().into()]).await.unwrap();
    let row = out.as_array().and_then(|a| a.first()).cloned().expect("the demo has a sold-out variant");
    let (handle, variant, title) = (row["product_handle"].as_str().unwrap().to_string(), row["variant_id"].as_i64().unwrap(), row["product_title"].as_str().unwrap().to_string());

    // The shopper, on the sold-out variant.
    s.goto(&format!("/products/{handle}?variant={variant}")).await;
    s.find(Locator::XPath(&format!("//h1[normalize-space()='{title}']"))).await;
    let field = "//input[@id=//label[normalize-space()=\"Email me when it's back\"]/@for]";
    type_into(&s, field, "nope").await;
    click(&s, &control("Notify me")).await;
    s.wait_text("#vt-restock-error", |t| t.contains("name@example.com")).await;
    type_into(&s, field, "margaret@example.com").await;
    click(&s, &control("Notify me")).await;
    s.wait_text(".vt-restock__done", |t| t.contains("once when")).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let violations = s.axe().await;
    assert!(violations.is_empty(), "axe on the sold-out product page: {violations:#?}");
    s.screenshots("restock-asked").await;

    // The operator restocks it in the console.
    s.goto("/admin/inventory?below=zero").await;
    type_into(&s, "//input[@id=//label[normalize-space()='Admin key']/@for]", &key).await;
    click(&s, &control("Sign in")).await;
    let row = format!("//table[contains(@class,'vt-admin-table--stock')]/tbody/tr[.//code[normalize-space()='{}']]", row["sku"].as_str().unwrap());
    click(&s, &format!("{row}//button[contains(., 'Adjust')]")).await;
    let panel = "//tr[contains(@class,'vt-admin-stock__detail')]";
    type_into(&s, &format!("{panel}//input[@inputmode='numeric']"), "6").await;
    type_into(&s, &format!("{panel}//input[@list='vt-adjust-reasons']"), "Delivery from the supplier").await;
    click(&s, &format!("{panel}//button[normalize-space()='Save change']")).await;
    s.find(Locator::XPath(&format!("{panel}//td[normalize-space()='+6']"))).await;

    // The email, once, with a link to the variant.
    let mut link = None;
    for _ in 0..60 {
        let page = s.client.execute_async("const [done] = arguments; fetch('/dev/mailbox').then(r => r.text()).then(done);", vec![]).await.unwrap();
        let text = page.as_str().unwrap_or_default().replace("&amp;", "&");
        if text.contains("is back in stock") && text.contains("margaret@example.com") {
            let wanted = format!("/products/{handle}?variant={variant}");
            assert!(text.contains(&wanted), "the email links to the variant");
            assert_eq!(text.matches(&format!("{title}")).count() >= 1, true);
            link = Some(wanted);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    let link = link.expect("the restock email within 30 s");
    s.goto(&link).await;
    s.find(Locator::XPath(&format!("//h1[normalize-space()='{title}']"))).await;
    let add = s.find(Locator::XPath(&control("Add to cart"))).await;
    assert!(add.attr("disabled").await.unwrap().is_none(), "in stock again");
    assert!(s.client.find_all(Locator::Css(".vt-restock")).await.unwrap().is_empty(), "no form on an in-stock variant");
    s.stop().await;
}
