//! The storefront in German and Arabic: chosen by `?lang=`, remembered,
//! switched from the footer; every word from the string catalogue (the test
//! reads what each language should say from `locales/`), prices written by
//! `Intl` for a euro shop ("1.234,56 €"), checkout errors from the browser
//! and from the server in German, Arabic right to left with the header
//! mirrored, and axe-core clean in German, French and Arabic.

use std::collections::HashSet;

use vitrine_core::i18n::{Catalogue, Lang};
use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::{control, Stack};

/// Every area of one language's catalogue.
fn catalogue(lang: Lang) -> Catalogue {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales").join(lang.tag());
    let mut all = Catalogue::default();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let src = std::fs::read_to_string(&path).unwrap();
        all.extend(Catalogue::parse(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display())));
    }
    all
}

struct Words {
    en: Catalogue,
    other: Catalogue,
    lang: Lang,
}

impl Words {
    fn new(lang: Lang) -> Words {
        Words { en: catalogue(Lang::En), other: catalogue(lang), lang }
    }

    fn plain(cat: &Catalogue, lang: Lang, key: &str) -> String {
        cat.format(lang, key, &[], &|l, n| l.group_digits(n)).unwrap()
    }

    /// What the page says in this language where it says `english` in English.
    fn of(&self, english: &str) -> String {
        let key = self
            .en
            .keys()
            .find(|k| self.en.placeholders(k).is_empty() && Self::plain(&self.en, Lang::En, k) == english)
            .unwrap_or_else(|| panic!("no English message {english:?} in the catalogue"));
        Self::plain(&self.other, self.lang, key)
    }

    /// Every English message without placeholders (to tell an untranslated text).
    fn english_texts(&self) -> HashSet<String> {
        self.en.keys().filter(|k| self.en.placeholders(k).is_empty()).map(|k| Self::plain(&self.en, Lang::En, k)).collect()
    }
}

/// `1.234,56 €`: German grouping and decimals, the euro sign after a
/// (no-break, reported as plain) space.
fn german_euros(t: &str) -> bool {
    let Some(number) = t.strip_suffix(" €").or_else(|| t.strip_suffix("\u{a0}€")) else { return false };
    let Some((int, cents)) = number.split_once(',') else { return false };
    let groups: Vec<&str> = int.split('.').collect();
    cents.len() == 2
        && cents.chars().all(|c| c.is_ascii_digit())
        && groups.iter().all(|g| !g.is_empty() && g.len() <= 3 && g.chars().all(|c| c.is_ascii_digit()))
        && groups[1..].iter().all(|g| g.len() == 3)
}

#[test]
fn the_german_money_pattern_is_strict() {
    assert!(german_euros("1.234,56 €"));
    assert!(german_euros("26,00 €"));
    assert!(!german_euros("€26.00"));
    assert!(!german_euros("1,234.56 €"));
    assert!(!german_euros("26,0 €"));
}


#[tokio::test]
async fn a_shopper_reads_the_shop_in_german_then_switches_to_arabic() {
    let de = Words::new(Lang::De);
    let english = de.english_texts();
    let s = Stack::start_with(&["--currency", "EUR", "--locale", "de-DE"]).await;
    s.client.set_window_size(1280, 1000).await.unwrap();

    // `?lang=de` chooses German, is remembered, and leaves the address.
    s.goto("/?lang=de").await;
    s.find(Locator::Css("html[lang='de'][dir='ltr']")).await;
    s.find(Locator::Css("article.vt-card")).await;
    assert_eq!(s.path_and_query().await, "/");
    let skip = s.find(Locator::Css(".vt-skip-link")).await.prop("textContent").await.unwrap().unwrap_or_default();
    assert_eq!(skip, de.of("Skip to content"));
    let prices = s.client.find_all(Locator::Css("article.vt-card .vt-price__current")).await.unwrap();
    assert!(!prices.is_empty());
    for p in prices {
        let t = p.text().await.unwrap();
        assert!(german_euros(&t), "a catalog price is not written the German way: {t:?}");
    }
    let count = s.text(".vt-catalog__count").await;
    assert!(!count.is_empty() && !count.contains("product"), "the result count is not German: {count:?}");

    // A product into the cart, by its German button.
    s.goto("/products/everyday-organic-tee").await;
    let add = de.of("Add to cart");
    s.find(Locator::XPath(&control(&add))).await.click().await.unwrap();
    s.until("the cart count", || async {
        let n = s.text(".vt-header__cart-count").await;
        (n.trim() == "1").then_some(())
    })
    .await;

    // The cart page: German labels, German money.
    s.goto("/cart").await;
    s.find(Locator::Css(".vt-lines--page .vt-line")).await;
    let total = s.wait_text(".vt-totals__row--total dd", |t| !t.is_empty()).await;
    let amount = total.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    assert!(german_euros(&amount), "the cart total is not written the German way: {total:?}");
    let label = s.text(".vt-totals__row--total dt").await;
    assert!(!english.contains(&label) && !label.is_empty(), "the total's label is not German: {label:?}");
    s.screenshot("i18n-cart-de").await;

    // Checkout: the browser's own check of the email, then the server's check of the address, both German.
    s.goto("/checkout").await;
    s.find(Locator::XPath(&control(&de.of("Continue to shipping address")))).await.click().await.unwrap();
    let email_error = s.wait_text("#vt-email-error", |t| !t.is_empty()).await;
    assert!(!english.contains(&email_error), "the email error is English: {email_error:?}");
    s.find(Locator::Css("#vt-email")).await.send_keys("erika@example.com").await.unwrap();
    s.find(Locator::XPath(&control(&de.of("Continue to shipping address")))).await.click().await.unwrap();
    s.find(Locator::Css("#vt-addr-country")).await.select_by_value("DE").await.unwrap();
    s.find(Locator::Css("#vt-addr-postal_code")).await.send_keys("1234").await.unwrap();
    s.find(Locator::XPath(&control(&de.of("Continue to delivery")))).await.click().await.unwrap();
    let name_error = s.wait_text("#vt-addr-name-error", |t| !t.is_empty()).await;
    let postal_error = s.wait_text("#vt-addr-postal_code-error", |t| !t.is_empty()).await;
    for e in [&name_error, &postal_error] {
        assert!(!english.contains(e.as_str()) && !e.starts_with("Enter"), "an address error is English: {e:?}");
    }
    s.screenshot("i18n-checkout-de").await;

    // The server answers in German too (Accept-Language from the page).
    let answer = s
        .client
        .execute_async(
            "const [done] = arguments; fetch('/api/v1/addresses/validate', {method: 'POST', headers: {'Content-Type': 'application/json', 'Accept-Language': 'de'}, body: JSON.stringify({country: 'DE', postal_code: '1'})}).then(r => r.json()).then(done, e => done({error: String(e)}));",
            vec![],
        )
        .await
        .unwrap();
    let text = answer.to_string();
    assert!(!text.contains("Enter a"), "the server's check is English: {text}");

    // Arabic, from the footer's switcher: right to left, the header mirrored.
    let ar = Words::new(Lang::Ar);
    s.goto("/").await;
    s.find(Locator::Css("article.vt-card")).await;
    s.find(Locator::Css("#vt-lang-footer")).await.select_by_value("ar").await.unwrap();
    s.find(Locator::Css("html[lang='ar'][dir='rtl']")).await;
    s.find(Locator::Css("article.vt-card")).await;
    let direction = s.client.execute("return getComputedStyle(document.querySelector('.vt-header__inner')).direction;", vec![]).await.unwrap();
    assert_eq!(direction, "rtl");
    let mirrored = s
        .client
        .execute(
            "const b = document.querySelector('.vt-header__brand').getBoundingClientRect(); const c = document.querySelector('.vt-header__cart').getBoundingClientRect(); return b.left > c.left;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(mirrored, true, "the brand should sit at the right and the cart at the left");
    let skip = s.find(Locator::Css(".vt-skip-link")).await.prop("textContent").await.unwrap().unwrap_or_default();
    assert_eq!(skip, ar.of("Skip to content"));
    // The choice is remembered: a new page comes in Arabic without `?lang=`.
    s.goto("/products/everyday-organic-tee").await;
    s.find(Locator::Css("html[lang='ar'][dir='rtl']")).await;
    s.find(Locator::XPath(&control(&ar.of("Add to cart")))).await;
    // The product's English title lines up with the Arabic page (its right
    // edge), and its option reads "Colour: White", not "White :Colour".
    let lined_up = s
        .client
        .execute(
            "const h = document.querySelector('.vt-product__title'); const r = document.createRange(); r.selectNodeContents(h); \
             const l = document.querySelector('.vt-option__legend'); \
             return [Math.abs(r.getBoundingClientRect().right - h.getBoundingClientRect().right) < 2, getComputedStyle(l).unicodeBidi];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(lined_up, serde_json::json!([true, "plaintext"]), "title on the page's right edge, the legend in its own text's order");
    // The pictures' row runs leftwards: the left arrow key shows the next one.
    let thumb = s.find(Locator::Css(".vt-gallery__thumb")).await;
    thumb.click().await.unwrap();
    thumb.send_keys(&vitrine_e2e::fantoccini::key::Key::Left).await.unwrap();
    s.find(Locator::Css(".vt-gallery__thumbs li:nth-child(2) .vt-gallery__thumb[aria-pressed='true']")).await;
    s.stop().await;
}

#[tokio::test]
async fn pages_pass_axe_in_german_french_and_arabic() {
    let s = Stack::start().await;
    let mut failures = Vec::new();
    for lang in [Lang::De, Lang::Fr, Lang::Ar] {
        let words = Words::new(lang);
        let tag = lang.tag();
        s.goto(&format!("/?lang={tag}")).await;
        s.find(Locator::Css(&format!("html[lang='{tag}']"))).await;
        s.find(Locator::Css("article.vt-card")).await;
        s.audit(&format!("catalog ({tag})"), &mut failures).await;
        if lang == Lang::Ar {
            s.screenshots("i18n-catalog-ar").await;
        }

        s.goto("/products/insulated-bottle").await;
        s.find(Locator::Css("article.vt-product h1")).await;
        s.audit(&format!("product ({tag})"), &mut failures).await;
        if lang == Lang::Ar {
            s.screenshots("i18n-product-ar").await;
        }
        s.find(Locator::XPath(&control(&words.of("Add to cart")))).await.click().await.unwrap();
        s.find(Locator::XPath("//button[contains(@class,'vt-header__cart')]")).await.click().await.unwrap();
        s.find(Locator::Css("dialog[open] .vt-line")).await;
        s.audit(&format!("cart drawer ({tag})"), &mut failures).await;

        s.goto("/cart").await;
        s.find(Locator::Css(".vt-lines--page .vt-line")).await;
        s.audit(&format!("cart page ({tag})"), &mut failures).await;
        if lang == Lang::Ar {
            s.screenshots("i18n-cart-ar").await;
        }

        s.goto("/checkout").await;
        s.find(Locator::Css("#vt-email")).await.send_keys("a@example.com").await.unwrap();
        s.find(Locator::XPath(&control(&words.of("Continue to shipping address")))).await.click().await.unwrap();
        s.find(Locator::Css("#vt-addr-country")).await.select_by_value("US").await.unwrap();
        s.find(Locator::Css("#vt-addr-postal_code")).await;
        s.find(Locator::XPath(&control(&words.of("Continue to delivery")))).await.click().await.unwrap();
        s.wait_text("#vt-addr-name-error", |t| !t.is_empty()).await;
        s.audit(&format!("checkout with errors ({tag})"), &mut failures).await;
        if lang == Lang::Ar {
            s.screenshots("i18n-checkout-ar").await;
        }

        s.goto("/orders/lookup").await;
        s.find(Locator::Css("main h1")).await;
        s.audit(&format!("order lookup ({tag})"), &mut failures).await;

        // Empty the cart for the next language.
        s.client.execute("localStorage.clear();", vec![]).await.unwrap();
    }
    assert!(failures.is_empty(), "axe violations:\n{}", failures.join("\n"));
    s.stop().await;
}


/// The other page kinds (the order page, starting a return, the return and
/// its label, not found, the console's queue, order, inventory, metrics and
/// alerts, the theme editor) in German, French and Arabic: every word from
/// the language's catalogue where English has one, and axe-core clean.
#[tokio::test]
async fn order_return_console_and_theme_pages_pass_axe_in_every_language() {
    let s = Stack::start().await;
    s.client.set_window_size(1280, 1000).await.unwrap();
    s.goto("/").await;
    let key = s.cli(&["admin-key", "create", "--name", "axe-i18n"]).await;
    let vitrine_e2e::DemoReturn { order_number: number, order_url, start_url, rma_url, label_url } = s.demo_return_links(&key).await;
    let mut failures = Vec::new();
    for lang in [Lang::De, Lang::Fr, Lang::Ar] {
        let words = Words::new(lang);
        let english = words.english_texts();
        let tag = lang.tag();
        s.goto(&format!("/?lang={tag}")).await;
        s.find(Locator::Css(&format!("html[lang='{tag}']"))).await;

        s.goto(&order_url).await;
        s.find(Locator::Css(&format!("html[lang='{tag}'] .vt-order"))).await;
        let status = s.wait_text(".vt-status", |t| !t.is_empty()).await;
        assert!(!english.contains(&status), "the order's status is English in {tag}: {status:?}");
        s.audit(&format!("order page ({tag})"), &mut failures).await;

        s.goto(&start_url).await;
        s.find(Locator::Css("#vt-return-lines")).await;
        // The line already in the demo's return says why, in this language (it was CSS text in English).
        let why = s.wait_text(".vt-returns__why-label", |t| !t.is_empty()).await;
        assert_eq!(why, words.of("Not returnable:"), "{tag}");
        s.audit(&format!("start a return ({tag})"), &mut failures).await;
        s.goto(&rma_url).await;
        s.find(Locator::Css(".vt-returns__method")).await;
        // The reason, the way back and the history come from the server in this language too.
        let reason = s.wait_text(".vt-returns__item-facts dd", |t| !t.is_empty()).await;
        assert!(!english.contains(&reason), "the reason is English in {tag}: {reason:?}");
        let how = s.text(".vt-returns__method > p").await;
        assert!(!how.is_empty() && !how.contains("the label") && !how.contains("Nothing to send"), "the way back is English in {tag}: {how:?}");
        let history = s.text(".vt-timeline").await;
        assert!(!history.contains("You asked to return") && !history.contains("Approved."), "the history is English in {tag}: {history:?}");
        s.audit(&format!("return page ({tag})"), &mut failures).await;
        s.goto(&label_url).await;
        s.find(Locator::Css("img.vt-returns__label")).await;
        s.audit(&format!("return label ({tag})"), &mut failures).await;
        s.goto("/products/nope").await;
        s.find(Locator::Css("h1.vt-empty__title")).await;
        s.audit(&format!("not found ({tag})"), &mut failures).await;

        // The console, signed in through this tab's session storage.
        s.client.execute("sessionStorage.setItem('vt-admin-key', arguments[0]);", vec![key.clone().into()]).await.unwrap();
        for (page, ready) in [
            ("/admin", "table tbody tr"),
            (&format!("/admin/orders/{number}") as &str, "main h1"),
            ("/admin/inventory", "table tbody tr"),
            ("/admin/metrics", ".vt-admin-card"),
            ("/admin/alerts", "main h1"),
            ("/theme", "main h1"),
        ] {
            s.goto(page).await;
            s.find(Locator::Css(&format!("html[lang='{tag}']"))).await;
            s.find(Locator::Css(ready)).await;
            s.wait_text("main h1", |t| !t.is_empty()).await;
            s.audit(&format!("{page} ({tag})"), &mut failures).await;
        }
        if lang == Lang::Ar {
            s.goto("/admin").await;
            s.find(Locator::Css("table tbody tr")).await;
            s.screenshot("i18n-console-ar").await;
        }
    }
    assert!(failures.is_empty(), "axe violations:\n{}", failures.join("\n"));
    s.stop().await;
}
