//! A shopper fills a cart in a real browser: two variants, a quantity
//! change, discount codes, an estimate, a reload, and a second tab that sees
//! (and changes) the same cart.

use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::{control, Stack};

/// The cart as the API sees it, using the id and token the page stored.
async fn server_cart(s: &Stack) -> serde_json::Value {
    // Null until the page has stored a cart (a quick add may still be on its way).
    let script = "const [done] = arguments; const k = JSON.parse(localStorage.getItem('vitrine.cart'));
        if (!k) { done(null); return; }
        fetch('/api/v1/carts/' + k.id, {headers: {Authorization: 'Bearer ' + k.token}}).then(r => r.json()).then(done);";
    s.client.execute_async(script, vec![]).await.unwrap()
}

fn usd(v: &serde_json::Value) -> String {
    let a: f64 = v["amount"].as_str().unwrap().parse().unwrap();
    let whole = a.trunc() as i64;
    let cents = ((a - a.trunc()) * 100.0).round() as i64;
    let mut w = whole.to_string();
    let mut grouped = String::new();
    while w.len() > 3 {
        grouped = format!(",{}{grouped}", &w[w.len() - 3..]);
        w.truncate(w.len() - 3);
    }
    format!("${w}{grouped}.{cents:02}")
}

async fn click(s: &Stack, xpath: &str) {
    s.find(Locator::XPath(xpath)).await.click().await.unwrap();
}

#[tokio::test]
async fn shopper_fills_a_cart_that_survives_reloads_and_tabs() {
    let s = Stack::start().await;
    s.goto("/products/everyday-organic-tee").await;
    s.find(Locator::XPath("//h1[normalize-space()='Everyday Organic Tee']")).await;
    let badge = "//button[contains(@class,'vt-header__cart')]";
    assert_eq!(s.find(Locator::XPath(badge)).await.attr("aria-label").await.unwrap().as_deref(), Some("Cart, 0 items"));

    // Two variants.
    click(&s, "//label[.//span[normalize-space()='Navy']]").await;
    click(&s, "//fieldset[2]//label[.//span[normalize-space()='M']]").await;
    click(&s, &control("Add to cart")).await;
    s.wait_text(".vt-add__message", |t| t.starts_with("Added to your cart.")).await;
    click(&s, "//label[.//span[normalize-space()='Sage']]").await;
    click(&s, "//fieldset[2]//label[.//span[normalize-space()='L']]").await;
    s.wait_text("legend", |t| t == "Colour: Sage").await;
    click(&s, &control("Add to cart")).await;
    s.until("two items in the header", || async {
        let label = s.client.find(Locator::XPath(badge)).await.ok()?.attr("aria-label").await.ok()??;
        (label == "Cart, 2 items").then_some(())
    })
    .await;
    let live = s.text("p[aria-live=polite][role=status]").await;
    assert!(live.contains("Added Everyday Organic Tee to your cart"), "announced: {live:?}");

    // The drawer opens from the header, as a dialog.
    click(&s, badge).await;
    s.wait_text("#vt-drawer-title", |t| t == "Your cart (2 items)").await;
    s.wait_count("dialog[open] .vt-line", 2).await;
    s.screenshot("cart-drawer").await;
    click(&s, "//dialog[@open]//a[contains(., 'View cart')]").await;

    // The cart page: raise the first line's quantity.
    s.find(Locator::XPath("//h1[normalize-space()='Your cart']")).await;
    click(&s, "(//button[starts-with(@aria-label, 'Increase quantity')])[1]").await;
    let cart = s
        .until("quantity 2 on the server", || async {
            let c = server_cart(&s).await;
            (c["lines"][0]["quantity"] == 2).then_some(c)
        })
        .await;
    let total = usd(&cart["totals"]["total"]);
    s.wait_text(".vt-totals__row--total dd", |t| t.starts_with(&total)).await;

    // Discount codes: a refusal says why; a good one changes the totals.
    let code = s.find(Locator::Css("#vt-discount-code")).await;
    code.send_keys("summer25").await.unwrap();
    click(&s, "//form[contains(@class,'vt-discount__form')]//button[@type='submit']").await;
    s.wait_text("#vt-discount-error", |t| t == "That code has expired.").await;
    assert_eq!(code.attr("aria-invalid").await.unwrap().as_deref(), Some("true"));
    code.clear().await.unwrap();
    code.send_keys("WELCOME10").await.unwrap();
    click(&s, "//form[contains(@class,'vt-discount__form')]//button[@type='submit']").await;
    let cart = s
        .until("discount on the server", || async {
            let c = server_cart(&s).await;
            (c["totals"]["discount_code"] == "WELCOME10").then_some(c)
        })
        .await;
    let discount = format!("−{}", usd(&cart["totals"]["discount_total"]));
    s.wait_text(".vt-totals__row--discount dd", |t| t == discount).await;

    // Shipping and tax estimate: the state appears for the US.
    s.find(Locator::Css("#vt-estimate-country")).await.select_by_value("US").await.unwrap();
    s.find(Locator::Css("#vt-estimate-region")).await.select_by_value("CA").await.unwrap();
    let cart = s
        .until("tax on the server", || async {
            let c = server_cart(&s).await;
            (c["region"] == "CA").then_some(c)
        })
        .await;
    let total = usd(&cart["totals"]["total"]);
    s.wait_text(".vt-totals__row--total dd", |t| t.starts_with(&total)).await;
    s.wait_text(".vt-totals", |t| t.contains("Sales tax")).await;
    s.screenshot("cart-page").await;

    // Reload: the same cart.
    s.client.refresh().await.unwrap();
    s.wait_text(".vt-totals__row--total dd", |t| t.starts_with(&total)).await;
    s.wait_count(".vt-lines--page .vt-line", 2).await;

    // A second tab sees the same cart; a change there shows up here without a reload.
    let first = s.client.window().await.unwrap();
    let second = s.client.new_window(true).await.unwrap();
    s.client.switch_to_window(second.handle).await.unwrap();
    s.goto("/cart").await;
    s.wait_text(".vt-totals__row--total dd", |t| t.starts_with(&total)).await;
    click(&s, "(//button[starts-with(@aria-label, 'Remove ')])[1]").await;
    s.wait_text(".vt-undo", |t| t.contains("Removed Everyday Organic Tee.")).await;
    s.client.switch_to_window(first).await.unwrap();
    s.wait_count(".vt-lines--page .vt-line", 1).await; // the first tab follows
    s.stop().await;
}

#[tokio::test]
async fn undo_puts_a_removed_line_back_and_a_lost_cart_starts_fresh() {
    let s = Stack::start().await;
    // A single-variant product adds straight from the listing.
    s.goto("/?q=camp+cookset").await;
    click(&s, "//button[@aria-label='Add Camp Cookset to cart']").await;
    s.until("added", || async { (server_cart(&s).await["lines"].as_array()?.len() == 1).then_some(()) }).await;
    s.goto("/cart").await;
    click(&s, "//button[@aria-label='Remove Camp Cookset from cart']").await;
    s.wait_text(".vt-undo", |t| t.contains("Removed Camp Cookset.")).await;
    s.find(Locator::XPath("//p[normalize-space()='Your cart is empty']")).await;
    click(&s, "//button[@aria-label='Undo: put Camp Cookset back in your cart']").await;
    s.find(Locator::XPath("//a[normalize-space()='Camp Cookset']")).await;

    // A cart the server no longer knows (wrong token) is dropped, and the next add starts a new one.
    s.client
        .execute("localStorage.setItem('vitrine.cart', JSON.stringify({id: 'ffffffffffffffffffffffffffffffff', token: 'x'}))", vec![])
        .await
        .unwrap();
    s.goto("/products/camp-cookset").await;
    s.find(Locator::XPath("//h1[normalize-space()='Camp Cookset']")).await;
    click(&s, &control("Add to cart")).await;
    s.wait_text(".vt-add__message", |t| t.starts_with("Added to your cart.")).await;
    let cart = server_cart(&s).await;
    assert_ne!(cart["id"], "ffffffffffffffffffffffffffffffff");
    assert_eq!(cart["lines"][0]["quantity"], 1);
    s.stop().await;
}

/// The drawer's contents are a lazy module: no page fetches it until the
/// cart is wanted, and when it cannot be fetched (offline), the drawer says
/// so and "Try again" brings the cart once the connection is back.
#[tokio::test]
async fn the_drawer_fetches_its_contents_when_wanted_and_survives_a_failed_fetch() {
    let s = Stack::start().await;
    let fetched = || async {
        s.client
            .execute("return performance.getEntriesByType('resource').some(e => e.name.includes('drawer_body'));", vec![])
            .await
            .unwrap()
            .as_bool()
            .unwrap()
    };
    s.goto("/products/camp-cookset").await;
    s.find(Locator::XPath("//h1[normalize-space()='Camp Cookset']")).await;
    click(&s, &control("Add to cart")).await;
    s.wait_text(".vt-add__message", |t| t.starts_with("Added to your cart.")).await;
    assert!(!fetched().await, "the product page fetched the drawer's contents before anyone wanted them");

    // Offline for the drawer's module only: the drawer opens, says what went wrong and offers to try again.
    s.cdp("Network.enable", serde_json::json!({})).await;
    s.cdp("Network.setBlockedURLs", serde_json::json!({ "urls": ["*drawer_body*"] })).await;
    click(&s, "//button[contains(@class,'vt-header__cart')]").await;
    s.wait_text("dialog[open] [role=alert]", |t| t.contains("Your cart could not be shown.") && t.contains("We couldn't reach the shop.")).await;
    assert_eq!(s.text("#vt-drawer-title").await, "Your cart (1 item)");
    let mut failures = Vec::new();
    s.audit("the drawer that could not fetch its contents", &mut failures).await;
    assert!(failures.is_empty(), "{failures:#?}");
    s.screenshots("drawer-unavailable").await;

    // Back online: "Try again" shows the line.
    s.cdp("Network.setBlockedURLs", serde_json::json!({ "urls": [] })).await;
    click(&s, "//dialog[@open]//button[normalize-space()='Try again']").await;
    s.wait_text("dialog[open] .vt-line", |t| t.contains("Camp Cookset")).await;
    assert!(s.client.find(Locator::Css("dialog[open] [role=alert]")).await.is_err(), "the error stayed after the retry");
    assert!(fetched().await);
    s.stop().await;
}
