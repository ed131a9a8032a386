//! The storefront is several builds (src/entry.rs): the shop (catalog, product, cart) and the checkout (checkout,
//! orders) among them. Links between them are full page loads of the other entry, and the cart comes along both
//! ways. Inside an entry, the pages a visit does not start on are lazy modules (`vitrine::lazy_page!`).

use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::{control, Stack};

/// Which entry's wasm this page runs: its module script's path.
async fn entry(s: &Stack) -> String {
    let script = "return [...document.querySelectorAll('link[rel=modulepreload], script[type=module]')] \
                  .map(e => e.getAttribute('href') || e.textContent).join(' ')";
    let out = s.client.execute(script, vec![]).await.unwrap();
    let text = out.as_str().unwrap_or_default().to_string();
    if text.contains("/entry/checkout/") { "checkout".into() } else { "shop".into() }
}

#[tokio::test]
async fn cart_is_kept_from_the_shop_to_the_checkout_and_back() {
    let s = Stack::start().await;
    s.goto("/products/market-tote").await;
    assert_eq!(entry(&s).await, "shop");
    s.find(Locator::XPath(&control("Add to cart"))).await.click().await.unwrap();
    s.wait_text(".vt-add__message", |t| t.starts_with("Added to your cart.")).await;

    // The drawer's "Check out" is a link into the checkout entry: a full page load, same cart.
    s.find(Locator::XPath("//button[contains(@class,'vt-header__cart')]")).await.click().await.unwrap();
    s.find(Locator::XPath("//dialog[@open]//a[normalize-space()='Check out']")).await.click().await.unwrap();
    s.find(Locator::XPath("//h1[normalize-space()='Checkout']")).await;
    s.until("the checkout entry", || async { (entry(&s).await == "checkout").then_some(()) }).await;
    s.wait_text(".vt-summary", |t| t.contains("Market Tote")).await;

    // The brand link goes back to the shop entry, and the cart is still there.
    s.find(Locator::Css("a.vt-header__brand")).await.click().await.unwrap();
    s.find(Locator::Css("article.vt-card")).await;
    s.until("the shop entry", || async { (entry(&s).await == "shop").then_some(()) }).await;
    assert_eq!(s.path_and_query().await, "/");
    s.wait_text(".vt-header__cart-count", |t| t.trim() == "1").await;

    // Back returns to the checkout, which is the checkout entry again.
    s.client.back().await.unwrap();
    s.find(Locator::XPath("//h1[normalize-space()='Checkout']")).await;
    s.until("the checkout entry after Back", || async { (entry(&s).await == "checkout").then_some(()) }).await;
    s.stop().await;
}

/// A lazy page whose module cannot be fetched (offline) says so in place of
/// the page, and "Try again" shows the page once the connection is back.
#[tokio::test]
async fn a_lazy_page_that_cannot_be_fetched_says_so_and_comes_on_retry() {
    let s = Stack::start().await;
    s.goto("/?q=camp+cookset").await;
    s.find(Locator::Css("article.vt-card")).await;
    s.cdp("Network.enable", serde_json::json!({})).await;
    s.cdp("Network.setBlockedURLs", serde_json::json!({ "urls": ["*ProductRoute*"] })).await;
    s.find(Locator::Css("article.vt-card a")).await.click().await.unwrap();
    s.find(Locator::XPath("//section[@role='alert']/h1[normalize-space()='This page could not be loaded.']")).await;
    s.wait_text("section[role=alert]", |t| t.contains("We couldn't reach the shop.")).await;
    assert_eq!(s.path_and_query().await, "/products/camp-cookset");
    assert_eq!(s.client.title().await.unwrap(), "This page could not be loaded.");
    let mut failures = Vec::new();
    s.audit("a page that could not be fetched", &mut failures).await;
    assert!(failures.is_empty(), "{failures:#?}");
    s.screenshots("page-unavailable").await;

    s.cdp("Network.setBlockedURLs", serde_json::json!({ "urls": [] })).await;
    s.find(Locator::XPath(&control("Try again"))).await.click().await.unwrap();
    s.find(Locator::XPath("//h1[normalize-space()='Camp Cookset']")).await;
    assert!(s.client.find(Locator::Css("section[role=alert]")).await.is_err(), "the notice stayed after the retry");
    s.stop().await;
}

/// The pages a signed link opens (an order's, starting a return, a return's)
/// are drawn by the server before the app runs (crates/server/src/link_screen.rs):
/// with the wasm blocked, the page shows its heading, its meta line (the time
/// written by the browser, as the app writes it) and status, and on the start
/// page the policy sentence and earlier returns; once the app runs, it shows
/// the very same words.
#[tokio::test]
async fn the_pages_a_link_opens_paint_the_words_the_app_then_shows() {
    let s = Stack::start().await;
    s.goto("/").await;
    let key = s.cli(&["admin-key", "create", "--name", "first-screens"]).await;
    let vitrine_e2e::DemoReturn { order_url, start_url, rma_url, .. } = s.demo_return_links(&key).await;
    let words = "return [...document.querySelectorAll(arguments[0])].map(e => e.innerText.trim()).join(' | ')";
    let pages = [
        (order_url.clone(), ".vt-order__header"),
        (start_url.clone(), ".vt-order__header, .vt-returns__policy, .vt-returns__earlier"),
        (rma_url.clone(), ".vt-order__header"),
        (format!("{rma_url}&lang=de"), ".vt-order__header"),
    ];
    s.cdp("Network.enable", serde_json::json!({})).await;
    for (url, parts) in pages {
        s.cdp("Network.setBlockedURLs", serde_json::json!({ "urls": ["*.wasm"] })).await;
        s.client.goto(&s.url(&url)).await.unwrap();
        let drawn = s.client.execute(words, vec![parts.into()]).await.unwrap().as_str().unwrap_or_default().to_string();
        let title = s.client.title().await.unwrap();
        assert!(s.client.find(Locator::Css("main.vt-main[aria-busy='true'] h1")).await.is_ok(), "{url}: no first screen");
        assert!(!drawn.contains("UTC"), "{url}: the browser writes the time: {drawn}");
        let shot = url.split('?').next().unwrap_or_default().split('/').nth(1).unwrap_or("page").to_string();
        s.screenshots(&format!("link-first-screen-{shot}{}", if url.contains("/return?") { "-start" } else { "" })).await;

        s.cdp("Network.setBlockedURLs", serde_json::json!({ "urls": [] })).await;
        s.goto(&url).await;
        let shown = s
            .until("the app's page", || async {
                s.client.find(Locator::Css("#vt-main h1")).await.ok()?;
                let text = s.client.execute(words, vec![parts.into()]).await.ok()?.as_str()?.to_string();
                (text.split(" | ").count() == drawn.split(" | ").count()).then_some(text)
            })
            .await;
        assert_eq!(drawn, shown, "{url}: the server's first screen and the app's page say different things");
        assert_eq!(title, s.client.title().await.unwrap(), "{url}");
    }
    s.stop().await;
}
