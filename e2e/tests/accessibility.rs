//! axe-core (WCAG 2.1 A/AA and its best-practice rules, see `Stack::axe`) on
//! every kind of page, light and dark, and the catalog at a width that shows
//! its filter sidebar: no violations.

use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::{control, Stack};

async fn audit(s: &Stack, page: &str, failures: &mut Vec<String>) {
    // Let async content and transitions settle.
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    for v in s.axe().await {
        failures.push(format!("{page}: {v}"));
    }
}

#[tokio::test]
async fn every_page_passes_axe_in_light_and_dark() {
    let s = Stack::start().await;
    let mut failures = Vec::new();
    for theme in ["light", "dark"] {
        let force = format!("document.documentElement.setAttribute('data-vt-theme', '{theme}')");
        s.goto("/").await;
        s.find(Locator::Css("article.vt-card")).await;
        s.client.execute(&force, vec![]).await.unwrap();
        audit(&s, &format!("catalog ({theme})"), &mut failures).await;

        s.goto("/?q=merino&option.size=M").await;
        s.find(Locator::Css(".vt-chip")).await;
        s.client.execute(&force, vec![]).await.unwrap();
        audit(&s, &format!("search with filters ({theme})"), &mut failures).await;

        s.goto("/products/insulated-bottle").await;
        s.find(Locator::XPath("//h2[starts-with(normalize-space(), 'More from')]")).await;
        s.client.execute(&force, vec![]).await.unwrap();
        audit(&s, &format!("product ({theme})"), &mut failures).await;

        s.find(Locator::XPath(&control("Add to cart"))).await.click().await.unwrap();
        s.wait_text(".vt-add__message", |t| t.starts_with("Added")).await;
        s.find(Locator::XPath("//button[contains(@class,'vt-header__cart')]")).await.click().await.unwrap();
        s.find(Locator::Css("dialog[open] .vt-line")).await;
        audit(&s, &format!("cart drawer ({theme})"), &mut failures).await;

        s.goto("/cart").await;
        s.find(Locator::Css(".vt-lines--page .vt-line")).await;
        s.client.execute(&force, vec![]).await.unwrap();
        audit(&s, &format!("cart page ({theme})"), &mut failures).await;

        s.goto("/checkout").await;
        s.find(Locator::Css("#vt-email")).await.send_keys("a@example.com").await.unwrap();
        s.find(Locator::XPath(&control("Continue to shipping address"))).await.click().await.unwrap();
        s.find(Locator::Css("#vt-addr-country")).await.select_by_value("US").await.unwrap();
        s.find(Locator::Css("#vt-addr-postal_code")).await;
        s.find(Locator::XPath(&control("Continue to delivery"))).await.click().await.unwrap();
        s.wait_text("#vt-addr-name-error", |t| !t.is_empty()).await;
        s.client.execute(&force, vec![]).await.unwrap();
        audit(&s, &format!("checkout with errors ({theme})"), &mut failures).await;

        s.goto("/products/nope").await;
        s.find(Locator::XPath("//h1[contains(., \"isn't here\")]")).await;
        s.client.execute(&force, vec![]).await.unwrap();
        audit(&s, &format!("not found ({theme})"), &mut failures).await;
    }
    // Wide enough for the catalog's filter sidebar (hidden on narrow screens, so axe skips it there).
    s.client.set_window_size(1280, 900).await.unwrap();
    s.goto("/?option.size=M").await;
    s.find(Locator::Css("aside.vt-catalog__filters input")).await;
    s.find(Locator::Css(".vt-chip")).await;
    audit(&s, "catalog with the filter sidebar (wide)", &mut failures).await;
    assert!(failures.is_empty(), "{} axe violations:\n{}", failures.len(), failures.join("\n"));
    s.stop().await;
}
