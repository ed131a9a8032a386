//! The storefront is two builds (src/entry.rs): the shop (catalog, product, cart) and the checkout (checkout,
//! orders). Links between them are full page loads of the other entry, and the cart comes along both ways.

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
