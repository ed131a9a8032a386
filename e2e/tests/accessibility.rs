//! axe-core (WCAG 2.1 A/AA and its best-practice rules, see `Stack::axe`) on
//! every kind of page, light and dark, and the catalog at a width that shows
//! its filter sidebar: no violations.

use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::{control, Stack};


#[tokio::test]
async fn every_page_passes_axe_in_light_and_dark() {
    let s = Stack::start().await;
    let mut failures = Vec::new();
    for theme in ["light", "dark"] {
        let force = format!("document.documentElement.setAttribute('data-vt-theme', '{theme}')");
        s.goto("/").await;
        s.find(Locator::Css("article.vt-card")).await;
        s.client.execute(&force, vec![]).await.unwrap();
        s.audit(&format!("catalog ({theme})"), &mut failures).await;

        s.goto("/?q=merino&option.size=M").await;
        s.find(Locator::Css(".vt-chip")).await;
        s.client.execute(&force, vec![]).await.unwrap();
        s.audit(&format!("search with filters ({theme})"), &mut failures).await;

        s.goto("/products/insulated-bottle").await;
        s.find(Locator::XPath("//h2[starts-with(normalize-space(), 'More from')]")).await;
        s.client.execute(&force, vec![]).await.unwrap();
        s.audit(&format!("product ({theme})"), &mut failures).await;

        s.find(Locator::XPath(&control("Add to cart"))).await.click().await.unwrap();
        s.wait_text(".vt-add__message", |t| t.starts_with("Added")).await;
        s.find(Locator::XPath("//button[contains(@class,'vt-header__cart')]")).await.click().await.unwrap();
        s.find(Locator::Css("dialog[open] .vt-line")).await;
        s.audit(&format!("cart drawer ({theme})"), &mut failures).await;

        s.goto("/cart").await;
        s.find(Locator::Css(".vt-lines--page .vt-line")).await;
        s.client.execute(&force, vec![]).await.unwrap();
        s.audit(&format!("cart page ({theme})"), &mut failures).await;

        s.goto("/checkout").await;
        s.find(Locator::Css("#vt-email")).await.send_keys("a@example.com").await.unwrap();
        s.find(Locator::XPath(&control("Continue to shipping address"))).await.click().await.unwrap();
        s.find(Locator::Css("#vt-addr-country")).await.select_by_value("US").await.unwrap();
        s.find(Locator::Css("#vt-addr-postal_code")).await;
        s.find(Locator::XPath(&control("Continue to delivery"))).await.click().await.unwrap();
        s.wait_text("#vt-addr-name-error", |t| !t.is_empty()).await;
        s.client.execute(&force, vec![]).await.unwrap();
        s.audit(&format!("checkout with errors ({theme})"), &mut failures).await;

        s.goto("/products/nope").await;
        s.find(Locator::XPath("//h1[contains(., \"isn't here\")]")).await;
        s.client.execute(&force, vec![]).await.unwrap();
        s.audit(&format!("not found ({theme})"), &mut failures).await;
    }
    // Wide enough for the catalog's filter sidebar (hidden on narrow screens, so axe skips it there).
    s.client.set_window_size(1280, 900).await.unwrap();
    s.goto("/?option.size=M").await;
    s.find(Locator::Css("aside.vt-catalog__filters input")).await;
    s.find(Locator::Css(".vt-chip")).await;
    s.audit("catalog with the filter sidebar (wide)", &mut failures).await;
    assert!(failures.is_empty(), "{} axe violations:\n{}", failures.len(), failures.join("\n"));
    s.stop().await;
}

/// GETs an admin API path from inside the page with an admin key; returns its JSON.

async fn press(s: &Stack, xpath: &str) {
    s.find(Locator::XPath(xpath)).await.click().await.unwrap();
}

/// The returns pages (issue 11) on the demo's delivered order and its approved
/// return: starting a return at every step (with errors shown), the return's
/// page and its label, light and dark.
#[tokio::test]
async fn returns_pages_pass_axe_in_light_and_dark() {
    let s = Stack::start().await;
    let mut failures = Vec::new();
    s.goto("/").await;
    let key = s.cli(&["admin-key", "create", "--name", "axe"]).await;
    let vitrine_e2e::DemoReturn { start_url, rma_url, label_url, .. } = s.demo_return_links(&key).await;
    for theme in ["light", "dark"] {
        let force = format!("document.documentElement.setAttribute('data-vt-theme', '{theme}')");
        s.goto(&start_url).await;
        s.find(Locator::Css("#vt-return-lines")).await;
        s.client.execute(&force, vec![]).await.unwrap();
        s.audit(&format!("start a return: items ({theme})"), &mut failures).await;
        press(&s, &control("Continue to reasons")).await;
        s.wait_text("#vt-return-lines-error", |t| !t.is_empty()).await;
        s.audit(&format!("start a return: items with an error ({theme})"), &mut failures).await;

        let check = s.find(Locator::Css(".vt-returns__check:not([disabled])")).await;
        let id = check.attr("id").await.unwrap().unwrap().trim_start_matches("vt-return-").trim_end_matches("-chosen").to_string();
        check.click().await.unwrap();
        press(&s, &control("Continue to reasons")).await;
        s.find(Locator::Css(&format!("#vt-return-{id}-reason"))).await.select_by_value("arrived_damaged").await.unwrap();
        s.find(Locator::Css(&format!("#vt-return-{id}-photos"))).await;
        press(&s, &control("Continue to refund or exchange")).await;
        s.wait_text(&format!("#vt-return-{id}-photos-error"), |t| !t.is_empty()).await;
        s.audit(&format!("start a return: reasons with a photo error ({theme})"), &mut failures).await;

        s.find(Locator::Css(&format!("#vt-return-{id}-reason"))).await.select_by_value("too_small").await.unwrap();
        press(&s, &control("Continue to refund or exchange")).await;
        let exchange = s.find(Locator::Css(&format!("#vt-return-{id}-resolution-exchange"))).await;
        if exchange.attr("disabled").await.unwrap().is_none() {
            exchange.click().await.unwrap();
            press(&s, &control("Review your return")).await;
            s.wait_text(&format!("#vt-return-{id}-exchange_variant_id-error"), |t| !t.is_empty()).await;
        }
        s.audit(&format!("start a return: refund, credit or exchange ({theme})"), &mut failures).await;
        if let Ok(first) = s.client.find(Locator::Css(&format!("#vt-return-{id}-exchange_variant_id-first"))).await {
            first.click().await.unwrap();
        }
        press(&s, &control("Review your return")).await;
        s.wait_text(".vt-returns__review", |t| !t.is_empty()).await;
        s.audit(&format!("start a return: review ({theme})"), &mut failures).await;

        s.goto(&rma_url).await;
        s.find(Locator::Css(".vt-returns__method")).await;
        s.client.execute(&force, vec![]).await.unwrap();
        s.audit(&format!("return page ({theme})"), &mut failures).await;

        s.goto(&label_url).await;
        s.find(Locator::Css("img.vt-returns__label")).await;
        s.client.execute(&force, vec![]).await.unwrap();
        s.audit(&format!("return label ({theme})"), &mut failures).await;
    }
    assert!(failures.is_empty(), "{} axe violations:\n{}", failures.len(), failures.join("\n"));
    s.stop().await;
}

/// Issue 16's keyboard path: from the top of a listing, a keyboard user
/// reaches the first product in at most 10 presses of Tab (here: Tab to
/// "Skip to results", Enter, Tab past the toolbar), at desktop width where
/// every facet of the sidebar would otherwise come first; the same on a
/// search and a category.
#[tokio::test]
async fn a_keyboard_user_reaches_the_first_product_in_a_few_tabs() {
    use vitrine_e2e::fantoccini::key::Key;
    let s = Stack::start().await;
    s.client.set_window_size(1280, 1000).await.unwrap();
    for page in ["/", "/?q=merino", "/?category=apparel"] {
        s.goto(page).await;
        s.find(Locator::Css("article.vt-card")).await;
        let first = s.client.execute("return document.querySelector('article.vt-card a').getAttribute('href');", vec![]).await.unwrap();
        // Focus starts at the top of the document, as after a page load.
        s.client.execute("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);", vec![]).await.unwrap();
        let mut tabs = 0;
        let mut skipped = false;
        loop {
            s.client.active_element().await.unwrap().send_keys(&Key::Tab).await.unwrap();
            tabs += 1;
            let (text, href) = {
                let v = s.client.execute("const a = document.activeElement; return [a.textContent.trim(), a.getAttribute('href')];", vec![]).await.unwrap();
                (v[0].as_str().unwrap_or("").to_string(), v[1].as_str().map(str::to_string))
            };
            if !skipped && text == "Skip to results" {
                s.client.active_element().await.unwrap().send_keys(&Key::Enter).await.unwrap();
                skipped = true;
                let at = s.client.execute("return document.activeElement.id;", vec![]).await.unwrap();
                assert_eq!(at, "vt-results", "{page}: Enter on the skip link moves focus to the results");
                continue;
            }
            if href.as_deref() == first.as_str() {
                break;
            }
            assert!(tabs < 10, "{page}: {tabs} Tabs and still not on the first product (on {text:?})");
        }
        assert!(skipped, "{page}: the skip link came first");
        assert!(tabs <= 10, "{page}: {tabs} Tabs");
        eprintln!("{page}: the first product after {tabs} Tabs (one Enter on the skip link)");
    }
    s.stop().await;
}

/// Issue 16's "every flow by keyboard alone": search, filter, open a product,
/// add it, open the cart drawer (focus goes in; Escape closes it and focus
/// comes back to the cart button), check out with a card whose bank asks
/// for the challenge (passed by keyboard inside the dialog's frame), and read
/// the order page. Only keys: Enter, Space, Escape, typed text, each sent to
/// the element a Tab would reach; nothing is clicked.
#[tokio::test]
async fn a_keyboard_user_searches_filters_buys_through_the_challenge_and_reads_the_order() {
    use vitrine_e2e::fantoccini::key::Key;
    let s = Stack::start().await;
    s.client.set_window_size(1280, 1000).await.unwrap();
    let key_to = |xpath: String, key: &'static str| {
        let s = &s;
        async move { s.find(Locator::XPath(&xpath)).await.send_keys(key).await.unwrap() }
    };
    let focused = || async { s.client.execute("const a = document.activeElement; return [a.id, a.className, a.tagName];", vec![]).await.unwrap() };

    // Search: type and press Enter.
    s.goto("/").await;
    s.find(Locator::Css("article.vt-card")).await;
    let search = s.find(Locator::Css("#vt-search-input")).await;
    search.send_keys("tee").await.unwrap();
    search.send_keys(&Key::Enter).await.unwrap();
    s.until("the search results", || async { s.path_and_query().await.contains("q=tee").then_some(()) }).await;
    s.wait_text(".vt-catalog__count", |t| t.contains("product")).await;

    // Filter: Space on a facet's checkbox.
    let size = s.find(Locator::XPath("//aside//input[@type='checkbox'][@id=//label[span[contains(@class,'vt-facet__name')][normalize-space()='M']]/@for]")).await;
    size.send_keys(&Key::Space).await.unwrap();
    s.until("the size filter in the address", || async { s.path_and_query().await.contains("option.size=M").then_some(()) }).await;
    s.find(Locator::Css(".vt-chip")).await;

    // A product, by Enter on its card's link; add it.
    s.find(Locator::Css("article.vt-card")).await;
    let title = s.text("article.vt-card .vt-card__title").await;
    key_to("(//article[contains(@class,'vt-card')]//a)[1]".into(), &Key::Enter).await;
    s.find(Locator::XPath(&format!("//h1[normalize-space()='{title}']"))).await;
    key_to(control("Add to cart"), &Key::Enter).await;
    s.wait_text(".vt-add__message", |t| t.starts_with("Added")).await;

    // The drawer: focus goes in, Escape closes it, focus returns to the cart button.
    key_to("//button[contains(@class,'vt-header__cart')]".into(), &Key::Enter).await;
    s.find(Locator::Css("dialog[open] .vt-line")).await;
    s.until("focus inside the drawer", || async {
        s.client.execute("return !!document.activeElement.closest('dialog[open]');", vec![]).await.unwrap().as_bool().filter(|b| *b)
    })
    .await;
    s.client.active_element().await.unwrap().send_keys(&Key::Escape).await.unwrap();
    s.until("focus back on the cart button", || async {
        let f = focused().await;
        f[1].as_str().unwrap_or("").contains("vt-header__cart").then_some(())
    })
    .await;
    key_to("//button[contains(@class,'vt-header__cart')]".into(), &Key::Enter).await;
    key_to("//dialog[@open]//a[normalize-space()='Check out']".into(), &Key::Enter).await;

    // Checkout, every step by keys.
    s.find(Locator::XPath("//h1[normalize-space()='Checkout']")).await;
    s.find(Locator::Css("#vt-email")).await.send_keys("grace@example.com").await.unwrap();
    key_to(control("Continue to shipping address"), &Key::Enter).await;
    s.find(Locator::Css("#vt-addr-country")).await.send_keys("United States").await.unwrap();
    s.until("the US address form", || async {
        let c = s.find(Locator::Css("#vt-addr-country")).await.prop("value").await.ok()??;
        (c == "US").then_some(())
    })
    .await;
    s.find(Locator::Css("#vt-addr-region")).await;
    for (css, text) in [("#vt-addr-name", "Grace Hopper"), ("#vt-addr-address1", "350 5th Ave"), ("#vt-addr-city", "New York"), ("#vt-addr-postal_code", "10118")] {
        s.find(Locator::Css(css)).await.send_keys(text).await.unwrap();
    }
    s.find(Locator::Css("#vt-addr-region")).await.send_keys("New York").await.unwrap();
    key_to(control("Continue to delivery"), &Key::Enter).await;
    s.until("focus on delivery", || async { (focused().await[0] == "vt-step-delivery").then_some(()) }).await;
    key_to(control("Continue to payment"), &Key::Enter).await;
    for (css, text) in [("#vt-card-number", "4000002500003155"), ("#vt-card-expiry", "1230"), ("#vt-card-cvc", "123")] {
        s.find(Locator::Css(css)).await.send_keys(text).await.unwrap();
    }
    key_to(control("Review order"), &Key::Enter).await;
    s.until("focus on review", || async { (focused().await[0] == "vt-step-review").then_some(()) }).await;
    key_to("//button[starts-with(normalize-space(), 'Place order')]".into(), &Key::Enter).await;

    // The bank's challenge in its dialog: Enter on "Complete authentication" inside the frame.
    s.find(Locator::Css("dialog[open] iframe")).await;
    s.client.enter_frame(0).await.unwrap();
    s.find(Locator::XPath("//button[normalize-space()='Complete authentication']")).await.send_keys(&Key::Enter).await.unwrap();
    s.client.enter_parent_frame().await.unwrap();

    // The order page.
    s.find(Locator::XPath("//h1[normalize-space()='Thank you for your order']")).await;
    s.wait_text(".vt-status", |t| t == "Confirmed").await;
    let page = s.text(".vt-order").await;
    assert!(page.contains(&title) && page.contains("New York"), "{page}");
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let violations = s.axe().await;
    assert!(violations.is_empty(), "axe on the order page reached by keyboard: {violations:#?}");
    s.stop().await;
}

/// WCAG 1.4.10 Reflow and 1.4.12 Text spacing: at 320 CSS px wide, and again
/// with the criterion's text spacing forced on every element (line height
/// 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em), no page
/// scrolls sideways. Console tables scroll inside their own region, which
/// the criterion allows for data tables.
#[tokio::test]
async fn pages_reflow_at_320_css_px_and_with_wcag_text_spacing() {
    let s = Stack::start().await;
    let key = s.cli(&["admin-key", "create", "--name", "reflow"]).await;
    s.client.set_window_size(320, 800).await.unwrap();
    // The window's inner width must be 320 or less for the check to mean anything.
    let inner = s.client.execute("return window.innerWidth;", vec![]).await.unwrap().as_i64().unwrap();
    assert!(inner <= 320, "inner width {inner}");
    let pages: [(&str, &str); 7] = [
        ("/", "article.vt-card"),
        ("/?q=merino&option.size=M", ".vt-chip"),
        ("/products/everyday-organic-tee", ".vt-product__title"),
        ("/cart", "main h1"),
        ("/orders/lookup", "main h1"),
        ("/admin", "main h1"),
        ("/theme", "main h1"),
    ];
    let spacing = "const s = document.createElement('style'); s.id = 'wcag-text-spacing';
        s.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
        document.head.appendChild(s);";
    // The page's width and viewport, and the innermost elements that stick out (to name in a failure).
    let overflow = "const d = document.scrollingElement; const w = d.clientWidth;
        const out = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 0.5 && ![...e.children].some(c => c.getBoundingClientRect().right > w + 0.5))
          .filter(e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) { if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return false; } return !e.closest('.vt-visually-hidden'); }).slice(0, 4).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ' + e.getBoundingClientRect().right.toFixed(1));
        return [d.scrollWidth, w, out];";
    let mut failures = Vec::new();
    for (i, (path, ready)) in pages.iter().enumerate() {
        s.goto(path).await;
        if *path == "/admin" {
            // Sign in once; the theme editor shares the session.
            let field = s.find(Locator::XPath("//input[@id=//label[normalize-space()='Admin key']/@for]")).await;
            field.send_keys(&key).await.unwrap();
            s.find(Locator::XPath(&control("Sign in"))).await.click().await.unwrap();
            s.find(Locator::XPath("//h1[normalize-space()='Orders']")).await;
        }
        s.find(Locator::Css(ready)).await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        for spaced in [false, true] {
            if spaced {
                s.client.execute(spacing, vec![]).await.unwrap();
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            }
            let w = s.client.execute(overflow, vec![]).await.unwrap();
            let (scroll, client) = (w[0].as_i64().unwrap(), w[1].as_i64().unwrap());
            if scroll > client {
                failures.push(format!("{path}{}: {scroll} px wide in a {client} px viewport; sticking out: {}", if spaced { " with WCAG text spacing" } else { "" }, w[2]));
            }
        }
        if i == 0 {
            s.screenshot("reflow-320-catalog").await;
        }

    }
    assert!(failures.is_empty(), "{failures:#?}");
    s.stop().await;
}
