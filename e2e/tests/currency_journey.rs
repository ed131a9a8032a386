//! Shops in euros, pounds and yen: prices formatted for their locale, from
//! the listing to the cart total.

use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::{control, Stack};

#[tokio::test]
async fn euro_pound_and_yen_shops_format_and_total_in_their_currency() {
    for (currency, locale, tee, two_tees) in [
        // The browser reads English: a German shop's euros are written the
        // English way (the German way is in i18n_journey.rs).
        ("EUR", "de-DE", "€26.00", "€52.00"),
        ("GBP", "en-GB", "£22.00", "£44.00"),
        ("JPY", "ja-JP", "¥4,200", "¥8,400"),
    ] {
        let s = Stack::start_with(&["--currency", currency, "--locale", locale]).await;
        s.goto("/products/everyday-organic-tee").await;
        s.wait_text(".vt-product__price .vt-price__current", |t| t == tee).await;
        let stepper = "//button[starts-with(@aria-label, 'Increase quantity')]";
        s.find(Locator::XPath(stepper)).await.click().await.unwrap();
        s.find(Locator::XPath(&control("Add to cart"))).await.click().await.unwrap();
        s.wait_text(".vt-add__message", |t| t.starts_with("Added 2")).await;
        s.goto("/cart").await;
        s.wait_text(".vt-totals__row--total dd", |t| t.starts_with(two_tees) && t.ends_with(currency)).await;
        s.stop().await;
    }
}
