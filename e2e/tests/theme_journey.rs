//! A merchant's theme applied without a rebuild (issue 13): the operator
//! stores a theme over the admin API, and a fresh storefront page shows it
//! (computed styles of real elements), still passing axe-core; the same
//! stylesheet is served to other origins.

use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::{control, Stack};

async fn computed(s: &Stack, css: &str, property: &str) -> String {
    let script = "const [sel, prop] = arguments; return getComputedStyle(document.querySelector(sel)).getPropertyValue(prop).trim();";
    s.client.execute(script, vec![css.into(), property.into()]).await.unwrap().as_str().unwrap_or("").to_string()
}

#[tokio::test]
async fn an_applied_theme_reaches_a_fresh_page_and_stays_accessible() {
    let s = Stack::start().await;
    let key = s.cli(&["admin-key", "create", "--name", "theme"]).await;
    s.goto("/products/market-tote").await;
    s.find(Locator::XPath(&control("Add to cart"))).await;
    let before = computed(&s, ".vt-add .vt-button--primary, .vt-button--primary", "background-color").await;
    assert_eq!(before, "rgb(31, 58, 95)", "the default accent");

    let theme = serde_json::json!({"preset": "boutique", "tokens": {"--vt-color-accent": "light-dark(#6b2420, #e9a99a)", "--vt-radius-pill": "4px"}});
    let script = "const [key, body, done] = arguments;
        fetch('/api/v1/admin/theme', {method: 'PUT', headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + key}, body: JSON.stringify(body)})
          .then(r => done(r.status), e => done(String(e)));";
    let status = s.client.execute_async(script, vec![key.clone().into(), theme]).await.unwrap();
    assert_eq!(status, 200);

    s.goto("/products/market-tote").await;
    s.find(Locator::XPath(&control("Add to cart"))).await;
    assert_eq!(computed(&s, ".vt-button--primary", "background-color").await, "rgb(107, 36, 32)", "the new accent, no rebuild");
    assert_eq!(computed(&s, ".vt-button--primary", "border-top-left-radius").await, "4px", "the button shape");
    assert!(computed(&s, "body", "font-family").await.contains("Charter"), "the preset's type");
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let violations = s.axe().await;
    assert!(violations.is_empty(), "axe on the themed product page: {violations:#?}");

    let served = s.client.execute_async("const [done] = arguments; fetch('/api/v1/theme.css').then(async r => done([r.headers.get('access-control-allow-origin'), await r.text()]));", vec![]).await.unwrap();
    assert_eq!(served[0], "*");
    assert!(served[1].as_str().unwrap().contains("--vt-color-accent: light-dark(#6b2420, #e9a99a);"));
    s.screenshot("theme-applied-product").await;
    s.stop().await;
}
