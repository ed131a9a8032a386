//! The whole purchase in a real browser: catalog, cart, checkout with a
//! wrong postcode fixed after the error, a card that needs the bank's
//! challenge, the confirmation, and the signed link to the order.

use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::{control, Stack};

async fn click(s: &Stack, xpath: &str) {
    s.find(Locator::XPath(xpath)).await.click().await.unwrap();
}

async fn type_into(s: &Stack, css: &str, text: &str) {
    let el = s.find(Locator::Css(css)).await;
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

async fn focused_id(s: &Stack) -> String {
    s.client.execute("return document.activeElement && document.activeElement.id", vec![]).await.unwrap().as_str().unwrap_or("").to_string()
}

#[tokio::test]
async fn shopper_buys_with_a_challenge_card_and_opens_the_order_link() {
    let s = Stack::start().await;
    // Catalog -> product -> cart.
    s.goto("/").await;
    click(&s, "//a[.//h2[normalize-space()='Everyday Organic Tee']]").await;
    s.find(Locator::XPath("//h1[normalize-space()='Everyday Organic Tee']")).await;
    click(&s, &control("Add to cart")).await;
    s.wait_text(".vt-add__message", |t| t.starts_with("Added to your cart.")).await;
    click(&s, "//button[contains(@class,'vt-header__cart')]").await;
    click(&s, "//dialog[@open]//a[normalize-space()='Check out']").await;

    // Contact.
    s.find(Locator::XPath("//h1[normalize-space()='Checkout']")).await;
    type_into(&s, "#vt-email", "ada@example.com").await;
    click(&s, &control("Continue to shipping address")).await;
    s.until("focus on the address step", || async { (focused_id(&s).await == "vt-step-address").then_some(()) }).await;

    // Address with a New York ZIP in California: the error names the field and takes focus.
    s.find(Locator::Css("#vt-addr-country")).await.select_by_value("US").await.unwrap();
    s.find(Locator::Css("#vt-addr-postal_code")).await;
    type_into(&s, "#vt-addr-name", "Ada Lovelace").await;
    type_into(&s, "#vt-addr-address1", "1600 Amphitheatre Pkwy").await;
    type_into(&s, "#vt-addr-city", "Mountain View").await;
    s.find(Locator::Css("#vt-addr-region")).await.select_by_value("CA").await.unwrap();
    type_into(&s, "#vt-addr-postal_code", "10001").await;
    assert_eq!(s.find(Locator::Css("#vt-addr-postal_code")).await.attr("autocomplete").await.unwrap().as_deref(), Some("shipping postal-code"));
    click(&s, &control("Continue to delivery")).await;
    s.wait_text("#vt-addr-postal_code-error", |t| t.starts_with("10001 is not a California ZIP code")).await;
    assert_eq!(focused_id(&s).await, "vt-addr-postal_code");
    assert_eq!(s.find(Locator::Css("#vt-addr-postal_code")).await.attr("aria-invalid").await.unwrap().as_deref(), Some("true"));
    s.screenshot("checkout-address-error").await;
    type_into(&s, "#vt-addr-postal_code", "94043").await;
    click(&s, &control("Continue to delivery")).await;

    // Delivery: express.
    s.until("focus on delivery", || async { (focused_id(&s).await == "vt-step-delivery").then_some(()) }).await;
    click(&s, "//label[.//span[normalize-space()='Express']]").await;
    click(&s, &control("Continue to payment")).await;

    // Payment: a card whose bank asks for a challenge.
    s.find(Locator::Css("#vt-card-number")).await;
    type_into(&s, "#vt-card-number", "4000002500003155").await;
    assert_eq!(s.find(Locator::Css("#vt-card-number")).await.prop("value").await.unwrap().as_deref(), Some("4000 0025 0000 3155"));
    s.wait_text("#vt-card-brand", |t| t == "Visa").await;
    type_into(&s, "#vt-card-expiry", "1230").await;
    type_into(&s, "#vt-card-cvc", "123").await;
    click(&s, &control("Review order")).await;
    s.until("focus on review", || async { (focused_id(&s).await == "vt-step-review").then_some(()) }).await;
    s.wait_text(".vt-step--done .vt-step__summary", |t| !t.is_empty()).await;
    let summaries = s.client.find_all(Locator::Css(".vt-step__summary")).await.unwrap();
    let mut texts = Vec::new();
    for e in summaries {
        texts.push(e.text().await.unwrap());
    }
    assert!(texts.iter().any(|t| t.contains("94043")), "{texts:?}");
    assert!(texts.iter().any(|t| t == "Visa ending 3155"), "{texts:?}");
    assert!(texts.iter().any(|t| t.starts_with("Express")), "{texts:?}");
    s.screenshot("checkout-review").await;

    // Place the order, pass the bank's challenge in its dialog.
    click(&s, "//button[starts-with(normalize-space(), 'Place order')]").await;
    s.find(Locator::Css("dialog[open] iframe")).await;
    s.screenshot("checkout-challenge").await;
    s.client.enter_frame(0).await.unwrap();
    click(&s, "//button[normalize-space()='Complete authentication']").await;
    s.client.enter_parent_frame().await.unwrap();

    // The confirmation, at the signed link.
    s.find(Locator::XPath("//h1[normalize-space()='Thank you for your order']")).await;
    let url = s.path_and_query().await;
    assert!(url.starts_with("/orders/VT-") && url.contains("?token="), "{url}");
    s.wait_text(".vt-status", |t| t == "Confirmed").await;
    let badge = s.find(Locator::XPath("//button[contains(@class,'vt-header__cart')]")).await;
    assert_eq!(badge.attr("aria-label").await.unwrap().as_deref(), Some("Cart, 0 items"), "a placed order empties the cart");
    let page = s.text(".vt-order").await;
    assert!(page.contains("Visa ending 3155") && page.contains("Express") && page.contains("Mountain View"), "{page}");
    s.screenshot("order-confirmation").await;

    // The link works on its own; without its token the order is not shown.
    s.goto(&url).await;
    s.find(Locator::XPath("//h1[starts-with(normalize-space(), 'Order VT-') or normalize-space()='Thank you for your order']")).await;
    let number = url.trim_start_matches("/orders/").split('?').next().unwrap().to_string();
    s.goto(&format!("/orders/{number}?token=0000")).await;
    s.find(Locator::XPath("//h1[contains(., \"This order isn't here\")]")).await;
    s.stop().await;
}

#[tokio::test]
async fn a_declined_card_is_explained_and_another_method_works() {
    let s = Stack::start().await;
    s.goto("/products/market-tote").await;
    s.find(Locator::XPath("//h1[normalize-space()='Market Tote']")).await;
    click(&s, &control("Add to cart")).await;
    s.wait_text(".vt-add__message", |t| t.starts_with("Added")).await;
    s.goto("/checkout").await;
    type_into(&s, "#vt-email", "max@example.de").await;
    click(&s, &control("Continue to shipping address")).await;
    s.find(Locator::Css("#vt-addr-country")).await.select_by_value("DE").await.unwrap();
    s.find(Locator::Css("#vt-addr-postal_code")).await;
    type_into(&s, "#vt-addr-name", "Max Mustermann").await;
    type_into(&s, "#vt-addr-address1", "Unter den Linden 1").await;
    type_into(&s, "#vt-addr-postal_code", "10117").await;
    type_into(&s, "#vt-addr-city", "Berlin").await;
    click(&s, &control("Continue to delivery")).await;
    click(&s, &control("Continue to payment")).await;
    type_into(&s, "#vt-card-number", "4000000000009995").await;
    type_into(&s, "#vt-card-expiry", "1230").await;
    type_into(&s, "#vt-card-cvc", "123").await;
    click(&s, &control("Review order")).await;
    click(&s, "//button[starts-with(normalize-space(), 'Place order')]").await;
    s.wait_text(".vt-checkout__steps > .vt-notice", |t| t.contains("insufficient funds")).await;
    s.find(Locator::Css(".vt-step--current #vt-step-payment")).await;
    // Pay by bank transfer instead: the order is placed, with instructions.
    click(&s, "//label[.//span[normalize-space()='Bank transfer']]").await;
    click(&s, &control("Review order")).await;
    click(&s, "//button[starts-with(normalize-space(), 'Place order')]").await;
    s.find(Locator::XPath("//h1[normalize-space()='Thank you for your order']")).await;
    s.wait_text(".vt-status", |t| t == "Waiting for your payment").await;
    assert!(s.text(".vt-order").await.contains("IBAN"));
    s.stop().await;
}

#[tokio::test]
async fn store_credit_pays_first_and_the_card_the_rest() {
    let s = Stack::start().await;
    let code = s.cli(&["store-credit", "issue", "--email", "ada@example.com", "--amount", "20.00"]).await;
    assert!(code.starts_with("SC-"), "{code}");
    s.goto("/products/market-tote").await;
    s.find(Locator::XPath("//h1[normalize-space()='Market Tote']")).await;
    click(&s, &control("Add to cart")).await;
    s.wait_text(".vt-add__message", |t| t.starts_with("Added")).await;
    s.goto("/checkout").await;
    type_into(&s, "#vt-email", "ada@example.com").await;
    click(&s, &control("Continue to shipping address")).await;
    s.find(Locator::Css("#vt-addr-country")).await.select_by_value("US").await.unwrap();
    s.find(Locator::Css("#vt-addr-postal_code")).await;
    type_into(&s, "#vt-addr-name", "Ada Lovelace").await;
    type_into(&s, "#vt-addr-address1", "350 5th Ave").await;
    type_into(&s, "#vt-addr-city", "New York").await;
    s.find(Locator::Css("#vt-addr-region")).await.select_by_value("NY").await.unwrap();
    type_into(&s, "#vt-addr-postal_code", "10118").await;
    click(&s, &control("Continue to delivery")).await;
    click(&s, &control("Continue to payment")).await;
    type_into(&s, "#vt-card-number", "4242424242424242").await;
    type_into(&s, "#vt-card-expiry", "1230").await;
    type_into(&s, "#vt-card-cvc", "123").await;

    // A wrong code: the order is not placed; the reason is at the field, which takes focus.
    type_into(&s, "#vt-credit-code", "SC-NOPE-0000").await;
    click(&s, &control("Review order")).await;
    s.wait_text(".vt-checkout__credit-note", |t| t.contains("SC-NOPE-0000")).await;
    click(&s, "//button[starts-with(normalize-space(), 'Place order')]").await;
    s.wait_text("#vt-credit-code-error", |t| t.contains("isn't valid")).await;
    s.until("focus on the code", || async { (focused_id(&s).await == "vt-credit-code").then_some(()) }).await;
    assert_eq!(s.find(Locator::Css("#vt-credit-code")).await.attr("aria-invalid").await.unwrap().as_deref(), Some("true"));
    s.screenshot("checkout-store-credit-error").await;

    // The real code, typed loosely: it pays first, the card the rest.
    type_into(&s, "#vt-credit-code", &code.to_lowercase().replace('-', " ")).await;
    click(&s, &control("Review order")).await;
    click(&s, "//button[starts-with(normalize-space(), 'Place order')]").await;
    s.find(Locator::XPath("//h1[normalize-space()='Thank you for your order']")).await;
    let tail = code.rsplit('-').next().unwrap();
    let page = s.wait_text(".vt-order", |t| t.contains("Store credit")).await;
    assert!(page.contains(&format!("Store credit SC-••••-{tail}: $20.00")) && page.contains("Visa ending 4242: $"), "{page}");
    s.screenshot("order-paid-with-store-credit").await;
    let statement = s.cli(&["store-credit", "show", &code]).await;
    assert!(statement.contains("balance 0.00") && statement.contains("-20.00  checkout (order #"), "{statement}");
    s.stop().await;
}
