//! A shopper browses the catalog and opens a product, in a real browser
//! against the real server and the release build.

use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::{control, Stack};

#[tokio::test]
async fn shopper_browses_the_catalog_and_picks_a_variant() {
    let s = Stack::start().await;
    s.goto("/").await;
    s.find(Locator::XPath("//h1[normalize-space()='Shop all']")).await;
    let count = s.wait_text(".vt-catalog__count", |t| t.ends_with("products")).await;
    assert_eq!(count, "64 products");
    // The first screen's cards come first, the rest a task later: all 24 arrive.
    let cards = s
        .until("the first page's 24 cards", || async {
            s.client.find_all(Locator::Css("article.vt-card")).await.ok().filter(|c| c.len() == 24)
        })
        .await;
    for card in &cards {
        let name = card.find(Locator::Css("h2")).await.unwrap().text().await.unwrap();
        let price = card.find(Locator::Css(".vt-price__current")).await.unwrap().text().await.unwrap();
        assert!(!name.is_empty());
        assert!(price.starts_with('$') && price.contains('.'), "{name}: {price:?}");
    }
    s.screenshot("catalog").await;

    // Open a product by its name, as a screen reader user would follow the link.
    s.client
        .find(Locator::XPath("//a[.//h2[normalize-space()='Merino Crew Sweater']]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    s.find(Locator::XPath("//h1[normalize-space()='Merino Crew Sweater']")).await;
    assert_eq!(s.path_and_query().await, "/products/merino-crew-sweater");
    let legends: Vec<String> = {
        let mut out = Vec::new();
        for l in s.client.find_all(Locator::Css("legend")).await.unwrap() {
            out.push(l.text().await.unwrap());
        }
        out
    };
    assert!(legends[0].starts_with("Colour:") && legends[1].starts_with("Size:"), "{legends:?}");
    let radios = s.client.find_all(Locator::Css("input[type=radio]")).await.unwrap();
    assert_eq!(radios.len(), 3 + 5, "3 colours and 5 sizes");
    assert_eq!(s.text(".vt-product__price .vt-price__current").await, "$120.00");
    let stock = s.text(".vt-stock").await;
    assert!(stock == "In stock" || stock.starts_with("Only "), "{stock}");

    // Pick another colour: the legend, the image and the URL follow.
    s.client.find(Locator::XPath("//label[.//span[normalize-space()='Forest']]")).await.unwrap().click().await.unwrap();
    s.wait_text("legend", |t| t == "Colour: Forest").await;
    let src = s.client.find(Locator::Css(".vt-gallery__main img")).await.unwrap().attr("src").await.unwrap().unwrap();
    assert!(src.ends_with("sweater-forest.svg"), "{src}");
    let path = s.until("?variant= in the URL", || async { Some(s.path_and_query().await).filter(|p| p.contains("variant=")) }).await;
    s.screenshot("product").await;

    // The link opens the same variant.
    s.goto(&path).await;
    s.wait_text("legend", |t| t == "Colour: Forest").await;
    // The server's head and the app's own: one description, one Product JSON-LD.
    let heads = s
        .client
        .execute(
            r#"return [document.head.querySelectorAll('meta[name="description"]').length,
                       document.head.querySelectorAll('script[type="application/ld+json"]').length,
                       JSON.parse(document.head.querySelector('script[type="application/ld+json"]').textContent).name];"#,
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(heads, serde_json::json!([1, 1, "Merino Crew Sweater"]), "the head after the app mounted");

    // Breadcrumb back to the shop.
    s.client.find(Locator::XPath("//nav[@aria-label='Breadcrumb']//a[normalize-space()='Shop']")).await.unwrap().click().await.unwrap();
    s.find(Locator::XPath("//h1[normalize-space()='Shop all']")).await;
    s.stop().await;
}

#[tokio::test]
async fn pages_are_links_and_unknown_products_say_so() {
    let s = Stack::start().await;
    s.goto("/?page=3").await;
    s.wait_text(".vt-pagination [aria-current=page]", |t| t.contains('3')).await;
    let cards = s.client.find_all(Locator::Css("article.vt-card")).await.unwrap();
    assert_eq!(cards.len(), 64 - 48);
    s.client.find(Locator::XPath(&control("Previous"))).await.unwrap().click().await.unwrap();
    s.wait_text(".vt-pagination [aria-current=page]", |t| t.contains('2')).await;
    assert_eq!(s.path_and_query().await, "/?page=2");
    s.wait_count("article.vt-card", 24).await;

    s.goto("/products/not-a-real-thing").await;
    s.find(Locator::XPath("//h1[contains(., \"This product isn't here\")]")).await;
    s.find(Locator::XPath(&control("Browse all products"))).await;
    s.stop().await;
}
