//! Search, filter, sort, page, reload and Back, in a real browser: after
//! every step the grid must show exactly what the API answers for the URL.

use vitrine_e2e::fantoccini::key::Key;
use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::Stack;

#[tokio::test]
async fn shopper_searches_filters_sorts_pages_reloads_and_goes_back() {
    // A larger catalog, so filtered results still span pages.
    let s = Stack::start_with(&["--demo-size", "1000"]).await;
    s.goto("/").await;
    s.listing_matches_api().await;

    // Search as you type: suggestions appear, Enter runs the search.
    let input = s.find(Locator::Css("input[role=combobox]")).await;
    input.send_keys("merino").await.unwrap();
    s.find(Locator::Css("#vt-search-listbox:not([hidden]) [role=option]")).await;
    assert_eq!(input.attr("aria-expanded").await.unwrap().as_deref(), Some("true"));
    input.send_keys(&Key::Enter.to_string()).await.unwrap();
    s.wait_text("h1", |t| t == "Results for “merino”").await;
    assert_eq!(s.path_and_query().await, "/?q=merino");
    let searched = s.listing_matches_api().await;
    let total_searched = searched["total"].as_u64().unwrap();
    assert!(total_searched > 24, "needs more than a page: {total_searched}");
    assert_eq!(s.text(".vt-catalog__count").await, format!("{total_searched} products"));

    // Two filters: in stock, and size M (checkboxes with labels).
    s.client.find(Locator::XPath("//aside//label[.//span[normalize-space()='In stock']]")).await.unwrap().click().await.unwrap();
    s.until("in_stock in the URL", || async { s.path_and_query().await.contains("in_stock=true").then_some(()) }).await;
    s.listing_matches_api().await;
    s.client.find(Locator::XPath("//aside//fieldset[.//legend[normalize-space()='Size']]//label[.//span[normalize-space()='M']]")).await.unwrap().click().await.unwrap();
    s.until("size in the URL", || async { s.path_and_query().await.contains("option.size=M").then_some(()) }).await;
    let filtered = s.listing_matches_api().await;
    let total_filtered = filtered["total"].as_u64().unwrap();
    assert!(total_filtered < total_searched && total_filtered > 24, "{total_filtered}");
    assert!(s.client.find(Locator::XPath("//button[contains(., 'Remove filter') and contains(., 'Size: M')]")).await.is_ok());
    let focused = s.client.execute("return document.activeElement && document.activeElement.id", vec![]).await.unwrap();
    assert!(focused.as_str().unwrap_or("").contains("size"), "focus stays on the checkbox: {focused}");

    // Sort by price, high to low.
    s.client.find(Locator::Css("#vt-sort")).await.unwrap().select_by_value("price-desc").await.unwrap();
    s.until("sort in the URL", || async { s.path_and_query().await.contains("sort=price-desc").then_some(()) }).await;
    let sorted = s.listing_matches_api().await;
    let prices: Vec<f64> = sorted["items"].as_array().unwrap().iter().map(|i| i["price"]["amount"].as_str().unwrap().parse().unwrap()).collect();
    assert!(prices.windows(2).all(|w| w[0] >= w[1]), "{prices:?}");

    // Page 2.
    s.client.find(Locator::XPath("//nav[@aria-label='Pages']//a[normalize-space()='Page 2']")).await.unwrap().click().await.unwrap();
    s.wait_text(".vt-pagination [aria-current=page]", |t| t.contains('2')).await;
    let page2_url = s.path_and_query().await;
    assert!(page2_url.contains("page=2"), "{page2_url}");
    let page2 = s.listing_matches_api().await;
    let page2_titles = s.shown_titles().await;
    assert_eq!(page2["page"], 2);

    // Reload: same URL, same view, filters still checked.
    s.client.refresh().await.unwrap();
    s.wait_text(".vt-pagination [aria-current=page]", |t| t.contains('2')).await;
    s.listing_matches_api().await;
    assert_eq!(s.path_and_query().await, page2_url);
    assert_eq!(s.shown_titles().await, page2_titles);
    let checked = s.client.execute("return document.querySelector('#vt-side-option-size-m').checked", vec![]).await.unwrap();
    assert_eq!(checked, true);
    assert_eq!(s.client.find(Locator::Css("#vt-sort")).await.unwrap().prop("value").await.unwrap().as_deref(), Some("price-desc"));

    // Back: page 1 of the same sorted, filtered results.
    s.client.back().await.unwrap();
    s.until("page 1", || async { (!s.path_and_query().await.contains("page=")).then_some(()) }).await;
    let back = s.listing_matches_api().await;
    assert_eq!(back["page"], 1);
    assert!(s.path_and_query().await.contains("sort=price-desc"));
    // Back again: unsorted.
    s.client.back().await.unwrap();
    s.until("no sort", || async { (!s.path_and_query().await.contains("sort=")).then_some(()) }).await;
    s.listing_matches_api().await;
    s.screenshot("search-results").await;

    // Clear all filters keeps the search.
    s.client.find(Locator::XPath("//button[normalize-space()='Clear all']")).await.unwrap().click().await.unwrap();
    s.until("filters cleared", || async { (s.path_and_query().await == "/?q=merino").then_some(()) }).await;
    s.listing_matches_api().await;
    s.stop().await;
}

#[tokio::test]
async fn no_results_offer_a_way_out() {
    let s = Stack::start().await;
    s.goto("/search?q=zzqxv").await;
    s.find(Locator::XPath("//*[normalize-space()='No results for “zzqxv”']")).await;
    assert_eq!(s.path_and_query().await, "/?q=zzqxv", "/search is the catalog's search");
    s.find(Locator::XPath("//a[normalize-space()='Browse all products']")).await;
    s.goto("/?option.size=EU%2038&category=home").await;
    s.find(Locator::XPath("//*[normalize-space()='No products match these filters']")).await;
    s.client.find(Locator::XPath("//button[normalize-space()='Clear all filters']")).await.unwrap().click().await.unwrap();
    s.until("filters cleared", || async { (s.path_and_query().await == "/").then_some(()) }).await;
    s.listing_matches_api().await;
    s.stop().await;
}

#[tokio::test]
async fn product_page_variants_change_price_and_stock_and_sold_out_is_disabled() {
    let s = Stack::start().await;
    s.goto("/").await;
    // Find, through the API, a colour with a sold-out size and sizes at different prices.
    let list = s.api("/products?per_page=100").await;
    let mut pick = None;
    for item in list["items"].as_array().unwrap() {
        let p = s.api(&format!("/products/{}", item["handle"].as_str().unwrap())).await;
        if p["options"].as_array().unwrap().len() != 2 {
            continue;
        }
        let variants = p["variants"].as_array().unwrap().clone();
        for v in &variants {
            let colour = &v["options"][0];
            let same: Vec<&serde_json::Value> = variants.iter().filter(|x| &x["options"][0] == colour).collect();
            let sold = same.iter().find(|x| x["available"] == 0);
            let buyable: Vec<&&serde_json::Value> = same.iter().filter(|x| x["available"].as_i64().unwrap() > 0).collect();
            let prices: std::collections::HashSet<&str> = buyable.iter().map(|x| x["price"]["amount"].as_str().unwrap()).collect();
            if let (Some(sold), true) = (sold, prices.len() > 1) {
                pick = Some((p.clone(), colour.as_str().unwrap().to_string(), (*sold).clone(), buyable.iter().map(|x| (**x).clone()).collect::<Vec<_>>()));
                break;
            }
        }
        if pick.is_some() {
            break;
        }
    }
    let (product, colour, sold, buyable) = pick.expect("the demo catalog has such a product");
    let handle = product["handle"].as_str().unwrap();
    s.goto(&format!("/products/{handle}")).await;
    s.find(Locator::XPath(&format!("//h1[normalize-space()='{}']", product["title"].as_str().unwrap()))).await;
    s.client.find(Locator::XPath(&format!("//label[.//span[normalize-space()='{colour}']]"))).await.unwrap().click().await.unwrap();
    s.wait_text("legend", |t| t == format!("Colour: {colour}")).await;

    // The sold-out size is disabled and says why.
    let sold_size = sold["options"][1].as_str().unwrap();
    let sold_input = s.find(Locator::XPath(&format!("//fieldset[2]//input[@value='{sold_size}']"))).await;
    assert!(!sold_input.is_enabled().await.unwrap(), "{sold_size} is sold out");
    let sold_label = s.client.find(Locator::XPath(&format!("//fieldset[2]//label[.//span[normalize-space()='{sold_size}']]"))).await.unwrap();
    assert!(sold_label.text().await.unwrap().contains("sold out"));

    // Each buyable size shows its own price and stock.
    for v in &buyable {
        let size = v["options"][1].as_str().unwrap();
        s.client.find(Locator::XPath(&format!("//fieldset[2]//label[.//span[normalize-space()='{size}']]"))).await.unwrap().click().await.unwrap();
        let price = format!("${}", v["price"]["amount"].as_str().unwrap());
        s.wait_text(".vt-product__price .vt-price__current", |t| t == price).await;
        let available = v["available"].as_i64().unwrap();
        let expected = if available <= 5 { format!("Only {available} left") } else { "In stock".to_string() };
        s.wait_text(".vt-stock", |t| t == expected).await;
        // The URL names the variant once the shopper changed it (the default needs no parameter).
        let url = s.path_and_query().await;
        assert!(!url.contains("variant=") || url.ends_with(&format!("variant={}", v["id"])), "{url}");
    }
    // Structured data for search engines is on the page.
    let ld = s.client.execute("return document.querySelector('script[type=\"application/ld+json\"]').textContent", vec![]).await.unwrap();
    let ld: serde_json::Value = serde_json::from_str(ld.as_str().unwrap()).unwrap();
    assert_eq!(ld["@type"], "Product");
    assert_eq!(ld["offers"].as_array().unwrap().len(), product["variants"].as_array().unwrap().len());
    let title = s.client.execute("return document.title", vec![]).await.unwrap();
    assert!(title.as_str().unwrap().starts_with(product["title"].as_str().unwrap()));
    s.find(Locator::XPath("//h2[starts-with(normalize-space(), 'More from')]")).await;
    s.screenshot("product-variants").await;
    s.stop().await;
}
