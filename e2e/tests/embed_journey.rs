//! The embedded widgets on a host site of another origin (a second port):
//! the demo page sells through them end to end, with the checkout in its
//! overlay; hostile host CSS cannot touch them while the host's tokens can;
//! a strict CSP host still works; a site that is not connected gets no data
//! and says so; widgets added later render and follow their attributes; a
//! keyboard user buys, and axe finds nothing inside the shadow roots.

use std::time::Duration;

use vitrine_e2e::fantoccini::elements::Element;
use vitrine_e2e::fantoccini::key::Key;
use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::host::{HostPage, HostSite};
use vitrine_e2e::Stack;

const DEMO: &str = include_str!("../../public/embed-demo.html");
const DEMO_CSS: &str = include_str!("../../public/embed-demo.css");

/// The demo page as a host site serves it: the script from the shop's origin.
fn demo_page(shop: &str) -> String {
    DEMO.replace("src=\"/embed/vitrine.js\"", &format!("src=\"{shop}/embed/vitrine.js\""))
}

/// A bare host page holding `body`, loading the embed from `shop`.
fn page(shop: &str, head: &str, body: &str) -> String {
    format!("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title>{head}<script type=\"module\" src=\"{shop}/embed/vitrine.js\"></script></head><body><main><h1>Host</h1>{body}</main></body></html>")
}

/// A site on another port, connected to a shop started with `--cors-origin` for it.
async fn connected(pages: impl FnOnce(&str) -> Vec<HostPage>) -> (Stack, HostSite) {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let origin = format!("http://127.0.0.1:{port}");
    let s = Stack::start_with(&["--cors-origin", &origin]).await;
    let site = HostSite::start_on(port, pages(&s.base)).await;
    (s, site)
}

/// The `n`th element (0-based) matching `inner` in the shadow root of the `host`-th `tag` element, once it is there.
async fn inside(s: &Stack, tag: &str, host: usize, inner: &str) -> Element {
    s.until(&format!("{tag}[{host}] {inner}"), || async {
        let hosts = s.client.find_all(Locator::Css(tag)).await.ok()?;
        let root = hosts.get(host)?.shadow_root().await.ok()?;
        root.find(Locator::Css(inner)).await.ok()
    })
    .await
}

/// The text of `inner` in the shadow root of the first `tag` element ("" when absent).
async fn text_in(s: &Stack, tag: &str, inner: &str) -> String {
    let script = "const [tag, inner] = arguments; const el = document.querySelector(tag)?.shadowRoot?.querySelector(inner); return el ? el.textContent.trim() : '';";
    s.client.execute(script, vec![tag.into(), inner.into()]).await.unwrap().as_str().unwrap_or("").to_string()
}

async fn wait_text_in(s: &Stack, tag: &str, inner: &str, ok: impl Fn(&str) -> bool) -> String {
    s.until(&format!("{tag} {inner} text"), || async {
        let t = text_in(s, tag, inner).await;
        ok(&t).then_some(t)
    })
    .await
}

/// A computed style of `inner` in the first `tag`'s shadow root.
async fn style_in(s: &Stack, tag: &str, inner: &str, property: &str) -> String {
    let script = "const [tag, inner, prop] = arguments; const el = document.querySelector(tag)?.shadowRoot?.querySelector(inner); return el ? getComputedStyle(el).getPropertyValue(prop) : null;";
    s.client.execute(script, vec![tag.into(), inner.into(), property.into()]).await.unwrap().as_str().unwrap_or("").to_string()
}

/// Records every `vitrine:*` event that reaches `document`, with its detail.
async fn record_events(s: &Stack) {
    s.client
        .execute(
            "window.__vt = []; for (const n of ['ready', 'cart-changed', 'order-placed', 'error']) document.addEventListener('vitrine:' + n, (e) => window.__vt.push({name: e.type, detail: e.detail, target: e.target.tagName || 'document'}));",
            vec![],
        )
        .await
        .unwrap();
}

async fn events(s: &Stack, name: &str) -> Vec<serde_json::Value> {
    let all = s.client.execute("return window.__vt || [];", vec![]).await.unwrap();
    all.as_array().unwrap().iter().filter(|e| e["name"] == name).cloned().collect()
}

async fn type_into(s: &Stack, css: &str, text: &str) {
    let el = s.find(Locator::Css(css)).await;
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

async fn press(s: &Stack, label: &str) {
    s.find(Locator::XPath(&vitrine_e2e::control(label))).await.click().await.unwrap();
}

/// From the drawer's "Check out" to the order placed, inside the overlay's
/// iframe (the shop's own checkout page), with 4242 4242 4242 4242; returns
/// to the host page's frame.
async fn check_out_in_overlay(s: &Stack) {
    inside(s, "vitrine-cart", 0, "button[part=checkout-button]").await.click().await.unwrap();
    let frame = inside(s, "vitrine-checkout", 0, "dialog[open] iframe[title='Checkout form']").await;
    frame.enter_frame().await.unwrap();
    s.find(Locator::XPath("//h1[normalize-space()='Checkout']")).await;
    type_into(s, "#vt-email", "host@example.com").await;
    press(s, "Continue to shipping address").await;
    s.find(Locator::Css("#vt-addr-country")).await.select_by_value("US").await.unwrap();
    s.find(Locator::Css("#vt-addr-postal_code")).await;
    type_into(s, "#vt-addr-name", "Grace Hopper").await;
    type_into(s, "#vt-addr-address1", "1 Navy Yard").await;
    type_into(s, "#vt-addr-city", "Arlington").await;
    s.find(Locator::Css("#vt-addr-region")).await.select_by_value("VA").await.unwrap();
    type_into(s, "#vt-addr-postal_code", "22202").await;
    press(s, "Continue to delivery").await;
    press(s, "Continue to payment").await;
    type_into(s, "#vt-card-number", "4242424242424242").await;
    type_into(s, "#vt-card-expiry", "1230").await;
    type_into(s, "#vt-card-cvc", "123").await;
    press(s, "Review order").await;
    s.find(Locator::XPath("//button[starts-with(normalize-space(), 'Place order')]")).await.click().await.unwrap();
    s.find(Locator::XPath("//h1[normalize-space()='Thank you for your order']")).await;
    s.client.enter_parent_frame().await.unwrap();
}

#[tokio::test]
async fn a_host_site_on_another_origin_sells_through_the_widgets() {
    let (s, site) = connected(|shop| vec![HostPage::html("/", demo_page(shop)), HostPage::css("/embed-demo.css", DEMO_CSS)]).await;
    s.client.goto(&format!("{}/", site.base)).await.unwrap();
    record_events(&s).await;
    // Two product widgets: the tee (its first variant chosen) and the tote.
    wait_text_in(&s, "vitrine-product", "[part=title]", |t| t == "Everyday Organic Tee").await;
    inside(&s, "vitrine-product", 0, "button[part=add-button]:not([disabled])").await.click().await.unwrap();
    wait_text_in(&s, "vitrine-product", ".vt-add__message", |t| t.starts_with("Added to your cart.")).await;
    inside(&s, "vitrine-product", 1, "button[part=add-button]:not([disabled])").await.click().await.unwrap();
    let button = inside(&s, "vitrine-cart-button", 0, "button[part=cart-button][aria-label='Cart, 2 items']").await;
    assert_eq!(text_in(&s, "vitrine-cart-button", "[part=cart-count]").await, "2");
    // The events and the JS API say the same.
    let changed = s.until("two cart-changed events", || async { let e = events(&s, "vitrine:cart-changed").await; (e.len() >= 2).then_some(e) }).await;
    let last = changed.last().unwrap();
    assert_eq!(last["detail"]["itemCount"], 2, "{last}");
    assert_eq!(last["target"], "VITRINE-PRODUCT", "dispatched on the widget the shopper used: {last}");
    assert_eq!(last["detail"]["lines"].as_array().unwrap().len(), 2);
    let cart = s.client.execute_async("const [done] = arguments; Vitrine.getCart().then(done);", vec![]).await.unwrap();
    assert_eq!(cart["itemCount"], 2);
    assert_eq!(cart["cartId"], last["detail"]["cartId"]);
    // The cart's token is the host origin's, keyed by the shop's origin; no cookie.
    let stored = s.client.execute("return localStorage.getItem('vitrine.cart@' + arguments[0]);", vec![s.base.clone().into()]).await.unwrap();
    assert!(stored.as_str().is_some_and(|v| v.contains(cart["cartId"].as_str().unwrap())), "{stored}");
    assert_eq!(s.client.execute("return document.cookie;", vec![]).await.unwrap(), "");
    s.screenshots("embed-demo").await;

    // Open the cart, check out without leaving the page.
    button.click().await.unwrap();
    inside(&s, "vitrine-cart", 0, "dialog[open]").await;
    let lines = s.client.execute("return document.querySelector('vitrine-cart').shadowRoot.querySelectorAll('dialog[open] .vt-line').length;", vec![]).await.unwrap();
    assert_eq!(lines, 2);
    s.screenshot("embed-cart").await;
    check_out_in_overlay(&s).await;
    let placed = s.until("vitrine:order-placed", || async { events(&s, "vitrine:order-placed").await.pop() }).await;
    let number = placed["detail"]["number"].as_str().unwrap().to_string();
    assert!(number.starts_with("VT-"), "{placed}");
    assert_eq!(placed["target"], "VITRINE-CHECKOUT");
    let status_url = placed["detail"]["statusUrl"].as_str().unwrap().to_string();
    assert!(status_url.starts_with(&format!("{}/orders/{number}?token=", s.base)), "{status_url}");
    assert!(placed["detail"]["total"]["amount"].as_str().is_some(), "{placed}");
    assert_eq!(s.client.current_url().await.unwrap().as_str(), format!("{}/", site.base), "the shopper never left the host page");
    s.screenshot("embed-checkout-done").await;
    // A link to another of the shop's pages opens in a new tab; the overlay keeps the order.
    inside(&s, "vitrine-checkout", 0, "iframe").await.enter_frame().await.unwrap();
    let before = s.client.windows().await.unwrap();
    let shown = s.client.execute("return location.pathname;", vec![]).await.unwrap();
    s.client
        .execute(
            "const a = document.createElement('a'); a.href = '/products/everyday-organic-tee'; a.textContent = 'The tee'; \
             a.id = 'vt-e2e-link'; document.querySelector('main').append(a);",
            vec![],
        )
        .await
        .unwrap();
    s.find(Locator::Css("#vt-e2e-link")).await.click().await.unwrap();
    let after = s.until("a new tab", || async { let w = s.client.windows().await.ok()?; (w.len() == before.len() + 1).then_some(w) }).await;
    assert_eq!(s.client.execute("return location.pathname;", vec![]).await.unwrap(), shown, "the overlay still shows the order");
    let current = s.client.window().await.unwrap();
    let opened = after.into_iter().find(|w| !before.contains(w)).unwrap();
    s.client.switch_to_window(opened).await.unwrap();
    s.until("the product in the new tab", || async {
        let url = s.client.current_url().await.ok()?;
        url.as_str().ends_with("/products/everyday-organic-tee").then_some(())
    })
    .await;
    s.client.close_window().await.unwrap();
    s.client.switch_to_window(current).await.unwrap();
    // "Continue shopping" closes the overlay, back on the host's page; the cart is done.
    inside(&s, "vitrine-checkout", 0, "iframe").await.enter_frame().await.unwrap();
    press(&s, "Continue shopping").await;
    s.client.enter_parent_frame().await.unwrap();
    s.until("the overlay closed", || async {
        let open = s.client.execute("return document.querySelector('vitrine-checkout').shadowRoot.querySelector('dialog').open;", vec![]).await.ok()?;
        (open == false).then_some(())
    })
    .await;
    inside(&s, "vitrine-cart-button", 0, "button[aria-label='Cart, 0 items']").await;
    assert_eq!(focused(&s).await, "vitrine-cart-button > button[cart-button]", "focus returns to the cart button");

    // The order exists: the shop's API answers its signed status link.
    let path = status_url.trim_start_matches(&s.base).replacen("/orders/", "/api/v1/orders/", 1);
    s.goto("/").await;
    let order = s.client.execute_async("const [path, done] = arguments; fetch(path).then(r => r.json()).then(done);", vec![path.into()]).await.unwrap();
    assert_eq!(order["number"], number.as_str(), "{order}");
    assert_eq!(order["lines"].as_array().map(Vec::len), Some(2), "{order}");
    s.stop().await;
}

#[tokio::test]
async fn host_css_cannot_break_the_widgets_and_the_hosts_tokens_pass_in() {
    let hostile = "* { all: unset !important } button { background: red !important } div { display: inline !important } span { color: lime !important; font-family: fantasy !important }";
    let (s, site) = connected(|shop| {
        let widget = "<vitrine-product handle=\"market-tote\"></vitrine-product>";
        vec![
            HostPage::html("/plain", page(shop, "", widget)),
            HostPage::html("/hostile", page(shop, "<link rel=\"stylesheet\" href=\"/hostile.css\">", widget)),
            HostPage::css("/hostile.css", hostile),
            HostPage::html("/accent", page(shop, "<link rel=\"stylesheet\" href=\"/accent.css\">", widget)),
            HostPage::css("/accent.css", ":root { --vt-color-accent: rgb(200, 0, 100); --vt-color-accent-text: rgb(255, 255, 255); }"),
        ]
    })
    .await;
    let mut looks = Vec::new();
    for path in ["/plain", "/hostile"] {
        s.client.goto(&format!("{}{path}", site.base)).await.unwrap();
        inside(&s, "vitrine-product", 0, "button[part=add-button]:not([disabled])").await;
        let mut look = Vec::new();
        for (inner, prop) in [
            ("button[part=add-button]", "background-color"),
            ("button[part=add-button]", "color"),
            ("button[part=add-button]", "font-family"),
            ("button[part=add-button]", "display"),
            ("[part=price]", "color"),
            ("[part=price]", "font-family"),
            ("[part=price]", "display"),
            (".vt-embed-product", "display"),
        ] {
            look.push(format!("{inner} {prop}: {}", style_in(&s, "vitrine-product", inner, prop).await));
        }
        looks.push(look);
    }
    assert_eq!(looks[0], looks[1], "the hostile page changed the widget");
    assert!(!looks[1][0].contains("rgb(255, 0, 0)"), "{:?}", looks[1]);
    assert!(looks[0][3].ends_with("inline-flex") || looks[0][3].ends_with("flex") || looks[0][3].ends_with("block"), "{:?}", looks[0]);
    // The host's own --vt-color-accent reaches the add button inside the shadow root.
    s.client.goto(&format!("{}/accent", site.base)).await.unwrap();
    inside(&s, "vitrine-product", 0, "button[part=add-button]:not([disabled])").await;
    assert_eq!(style_in(&s, "vitrine-product", "button[part=add-button]", "background-color").await, "rgb(200, 0, 100)");
    assert_ne!(looks[0][0], "button[part=add-button] background-color: rgb(200, 0, 100)");
    s.stop().await;
}

#[tokio::test]
async fn a_host_with_a_strict_csp_renders_and_checks_out() {
    let (s, site) = connected(|shop| {
        let csp = format!("default-src 'self'; script-src {shop} 'wasm-unsafe-eval'; style-src 'self'; connect-src {shop}; img-src 'self' {shop}; frame-src {shop}");
        vec![
            HostPage::html("/", demo_page(shop)).with_header("Content-Security-Policy", &csp),
            HostPage::css("/embed-demo.css", DEMO_CSS),
        ]
    })
    .await;
    s.client.goto(&format!("{}/", site.base)).await.unwrap();
    record_events(&s).await;
    // Rendered, styled (the constructed stylesheets are not inline styles), with its image.
    inside(&s, "vitrine-product", 1, "button[part=add-button]:not([disabled])").await.click().await.unwrap();
    inside(&s, "vitrine-cart-button", 0, "button[aria-label='Cart, 1 item']").await.click().await.unwrap();
    assert_eq!(style_in(&s, "vitrine-product", "button[part=add-button]", "background-color").await, "rgb(168, 69, 43)", "the host's accent, through the kit's styles");
    let loaded = s.client.execute("const img = document.querySelector('vitrine-product').shadowRoot.querySelector('[part=image] img'); return img.complete && img.naturalWidth > 0;", vec![]).await.unwrap();
    assert_eq!(loaded, true, "the product image loads under img-src");
    check_out_in_overlay(&s).await;
    s.until("vitrine:order-placed", || async { events(&s, "vitrine:order-placed").await.pop() }).await;
    assert!(events(&s, "vitrine:error").await.is_empty(), "{:?}", events(&s, "vitrine:error").await);
    s.stop().await;
}

#[tokio::test]
async fn a_site_that_is_not_connected_gets_no_data_and_says_so() {
    // The shop is connected to no other site.
    let s = Stack::start().await;
    let site = HostSite::start(vec![HostPage::html("/", page(&s.base, "", "<vitrine-product handle=\"market-tote\"></vitrine-product><vitrine-cart-button></vitrine-cart-button>"))]).await;
    s.client.goto(&format!("{}/", site.base)).await.unwrap();
    record_events(&s).await;
    let said = wait_text_in(&s, "vitrine-product", "[part=error]", |t| !t.is_empty()).await;
    assert!(said.starts_with("This site is not connected to the shop."), "{said}");
    assert_eq!(text_in(&s, "vitrine-product", "[part=title]").await, "", "no product data");
    let answer = s
        .client
        .execute_async("const [api, done] = arguments; fetch(api + '/api/v1/products/market-tote').then(async r => done({status: r.status, body: await r.text()}), e => done({error: String(e)}));", vec![s.base.clone().into()])
        .await
        .unwrap();
    assert_eq!(answer["status"], 403, "{answer}");
    assert!(!answer["body"].as_str().unwrap().contains("Market Tote"), "{answer}");
    s.stop().await;
}

#[tokio::test]
async fn widgets_added_later_render_and_follow_their_attributes() {
    let (s, site) = connected(|shop| vec![HostPage::html("/", page(shop, "", "<div id=\"slot\"></div>"))]).await;
    s.client.goto(&format!("{}/", site.base)).await.unwrap();
    s.client.execute_async("const [done] = arguments; Vitrine.ready.then(() => done(true));", vec![]).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    s.client.execute("const p = document.createElement('vitrine-product'); p.setAttribute('handle', 'market-tote'); document.getElementById('slot').append(p);", vec![]).await.unwrap();
    wait_text_in(&s, "vitrine-product", "[part=title]", |t| t == "Market Tote").await;
    s.client.execute("document.querySelector('vitrine-product').setAttribute('handle', 'insulated-bottle');", vec![]).await.unwrap();
    wait_text_in(&s, "vitrine-product", "[part=title]", |t| t == "Insulated Bottle").await;
    // Moved within the page, it keeps working; a grid follows its limit.
    s.client.execute("document.body.append(document.querySelector('vitrine-product')); const g = document.createElement('vitrine-product-grid'); g.setAttribute('limit', '3'); document.body.append(g);", vec![]).await.unwrap();
    s.until("a grid of three", || async {
        let n = s.client.execute("return document.querySelector('vitrine-product-grid')?.shadowRoot?.querySelectorAll('[part=card]').length ?? 0;", vec![]).await.ok()?;
        (n == 3).then_some(())
    })
    .await;
    s.client.execute("document.querySelector('vitrine-product-grid').setAttribute('limit', '2');", vec![]).await.unwrap();
    s.until("a grid of two", || async {
        let n = s.client.execute("return document.querySelector('vitrine-product-grid').shadowRoot.querySelectorAll('[part=card]').length;", vec![]).await.ok()?;
        (n == 2).then_some(())
    })
    .await;
    assert_eq!(text_in(&s, "vitrine-product", "[part=title]").await, "Insulated Bottle");
    s.stop().await;
}

/// The element focus is on, through shadow roots: "tag/part" of its host and itself.
async fn focused(s: &Stack) -> String {
    let script = "let el = document.activeElement, path = []; while (el) { path.push(el.tagName.toLowerCase() + (el.getAttribute('part') ? '[' + el.getAttribute('part') + ']' : '')); el = el.shadowRoot ? el.shadowRoot.activeElement : null; } return path.join(' > ');";
    s.client.execute(script, vec![]).await.unwrap().as_str().unwrap_or("").to_string()
}

async fn key(s: &Stack, k: Key) {
    s.client.active_element().await.unwrap().send_keys(&k).await.unwrap();
}

#[tokio::test]
async fn a_keyboard_user_adds_opens_and_closes_the_cart_and_axe_finds_nothing() {
    let (s, site) = connected(|shop| vec![HostPage::html("/", demo_page(shop)), HostPage::css("/embed-demo.css", DEMO_CSS)]).await;
    s.client.goto(&format!("{}/", site.base)).await.unwrap();
    inside(&s, "vitrine-product", 1, "button[part=add-button]:not([disabled])").await;
    inside(&s, "vitrine-product-grid", 0, "[part=card]").await;
    let mut failures = Vec::new();
    s.audit("demo page", &mut failures).await;
    // Tab from the top of the page to the tote's add button, press Enter.
    let mut presses = 0;
    let on_the_totes_button = || async {
        let second = s.client.execute("return document.activeElement === document.querySelectorAll('vitrine-product')[1];", vec![]).await.unwrap();
        second == true && focused(&s).await == "vitrine-product > button[add-button]"
    };
    while !on_the_totes_button().await {
        key(&s, Key::Tab).await;
        presses += 1;
        assert!(presses < 40, "the tote's add button is not reachable by Tab; focus is on {}", focused(&s).await);
    }
    key(&s, Key::Enter).await;
    inside(&s, "vitrine-cart-button", 0, "button[aria-label='Cart, 1 item']").await;
    // Back to the cart button (Shift+Tab), open the drawer: focus moves in; Escape closes it and focus returns.
    while !focused(&s).await.contains("vitrine-cart-button > button[cart-button]") {
        s.client.active_element().await.unwrap().send_keys(&format!("{}{}", &*Key::Shift, &*Key::Tab)).await.unwrap();
        presses += 1;
        assert!(presses < 80, "the cart button is not reachable; focus is on {}", focused(&s).await);
    }
    key(&s, Key::Enter).await;
    inside(&s, "vitrine-cart", 0, "dialog[open]").await;
    s.until("focus in the drawer", || async { focused(&s).await.starts_with("vitrine-cart >").then_some(()) }).await;
    s.audit("cart drawer", &mut failures).await;
    key(&s, Key::Escape).await;
    s.until("the drawer closed", || async {
        let open = s.client.execute("return !!document.querySelector('vitrine-cart').shadowRoot.querySelector('dialog[open]');", vec![]).await.ok()?;
        (open == false).then_some(())
    })
    .await;
    assert_eq!(focused(&s).await, "vitrine-cart-button > button[cart-button]");
    assert!(failures.is_empty(), "axe:\n{}", failures.join("\n"));
    s.stop().await;
}

/// Clicks the element matching `inner` in the first `tag`'s shadow root (by script: labels of visually hidden radios too).
async fn click_in(s: &Stack, tag: &str, inner: &str) {
    let script = "const [tag, inner] = arguments; const el = document.querySelector(tag)?.shadowRoot?.querySelector(inner); if (el) el.click(); return !!el;";
    let found = s.client.execute(script, vec![tag.into(), inner.into()]).await.unwrap();
    assert_eq!(found, true, "no {inner} in {tag}");
}

#[tokio::test]
async fn the_picker_the_quick_add_and_the_drawer_change_the_one_cart() {
    let (s, site) = connected(|shop| {
        let body = "<vitrine-cart-button></vitrine-cart-button><vitrine-product handle=\"everyday-organic-tee\"></vitrine-product>\
                    <vitrine-product-grid q=\"cookset\" limit=\"4\"></vitrine-product-grid>";
        vec![HostPage::html("/", page(shop, "", body))]
    })
    .await;
    s.client.goto(&format!("{}/", site.base)).await.unwrap();
    record_events(&s).await;
    wait_text_in(&s, "vitrine-product", "[part=title]", |t| t == "Everyday Organic Tee").await;
    // Navy: the legend says it, its radio is checked, the picture follows the variant.
    let before = s.client.execute("return document.querySelector('vitrine-product').shadowRoot.querySelector('[part=image] img').getAttribute('src');", vec![]).await.unwrap();
    click_in(&s, "vitrine-product", "input[value='Navy']").await;
    wait_text_in(&s, "vitrine-product", ".vt-option__legend", |t| t == "Colour: Navy").await;
    let picked = s.client.execute("return document.querySelector('vitrine-product').shadowRoot.querySelector('input[value=Navy]').checked;", vec![]).await.unwrap();
    assert_eq!(picked, true);
    let after = s.client.execute("return document.querySelector('vitrine-product').shadowRoot.querySelector('[part=image] img').getAttribute('src');", vec![]).await.unwrap();
    assert_ne!(before, after, "the navy tee's picture");
    // A quantity below one, or not a number, goes back to one.
    let typed = "const [v] = arguments; const f = document.querySelector('vitrine-product').shadowRoot.querySelector('.vt-stepper__input'); f.value = v; f.dispatchEvent(new Event('change', {bubbles: true})); return document.querySelector('vitrine-product').shadowRoot.querySelector('.vt-stepper__input').value;";
    for bad in ["-1", "0", "abc"] {
        assert_eq!(s.client.execute(typed, vec![bad.into()]).await.unwrap(), "1", "quantity {bad}");
    }
    // Two of them (a double click adds once), then the cookset from the grid's quick add.
    click_in(&s, "vitrine-product", "[aria-label^='Increase quantity']").await;
    s.until("quantity 2", || async {
        let v = s.client.execute("return document.querySelector('vitrine-product').shadowRoot.querySelector('.vt-stepper__input').value;", vec![]).await.ok()?;
        (v == "2").then_some(())
    })
    .await;
    inside(&s, "vitrine-product", 0, "button[part=add-button]:not([disabled])").await;
    s.client
        .execute("const r = document.querySelector('vitrine-product').shadowRoot; r.querySelector('[part=add-button]').click(); r.querySelector('[part=add-button]').click();", vec![])
        .await
        .unwrap();
    inside(&s, "vitrine-cart-button", 0, "button[aria-label='Cart, 2 items']").await;
    inside(&s, "vitrine-product", 0, "button[part=add-button]:not([disabled])").await;
    inside(&s, "vitrine-product-grid", 0, "button[part=add-button]").await.click().await.unwrap();
    inside(&s, "vitrine-cart-button", 0, "button[aria-label='Cart, 3 items']").await;
    wait_text_in(&s, "vitrine-product-grid", "button[part=add-button]", |t| t == "Added ✓").await;
    // The drawer: the tee's line down to one, the cookset removed and put back with Undo.
    inside(&s, "vitrine-cart-button", 0, "button[part=cart-button]").await.click().await.unwrap();
    inside(&s, "vitrine-cart", 0, "dialog[open] .vt-line").await;
    let lines = "return [...document.querySelector('vitrine-cart').shadowRoot.querySelectorAll('.vt-line')].map(l => l.querySelector('.vt-line__title').textContent + ' x' + l.querySelector('.vt-stepper__input').value);";
    assert_eq!(s.client.execute(lines, vec![]).await.unwrap(), serde_json::json!(["Everyday Organic Tee x2", "Camp Cookset x1"]));
    // Zero typed into a line's quantity is not a removal: the line goes to one.
    let line_typed = "const f = document.querySelector('vitrine-cart').shadowRoot.querySelector('.vt-stepper__input'); f.value = '0'; f.dispatchEvent(new Event('change', {bubbles: true}));";
    s.client.execute(line_typed, vec![]).await.unwrap();
    s.until("the tee's line at one", || async {
        let seen = s.client.execute(lines, vec![]).await.ok()?;
        (seen == serde_json::json!(["Everyday Organic Tee x1", "Camp Cookset x1"])).then_some(())
    })
    .await;
    inside(&s, "vitrine-cart-button", 0, "button[aria-label='Cart, 2 items']").await;
    click_in(&s, "vitrine-cart", "[aria-label='Increase quantity of Everyday Organic Tee']").await;
    inside(&s, "vitrine-cart-button", 0, "button[aria-label='Cart, 3 items']").await;
    click_in(&s, "vitrine-cart", "[aria-label='Decrease quantity of Everyday Organic Tee']").await;
    inside(&s, "vitrine-cart-button", 0, "button[aria-label='Cart, 2 items']").await;
    click_in(&s, "vitrine-cart", "[aria-label='Remove Camp Cookset from cart']").await;
    wait_text_in(&s, "vitrine-cart", ".vt-undo", |t| t.starts_with("Removed Camp Cookset")).await;
    inside(&s, "vitrine-cart-button", 0, "button[aria-label='Cart, 1 item']").await;
    click_in(&s, "vitrine-cart", ".vt-undo button").await;
    inside(&s, "vitrine-cart-button", 0, "button[aria-label='Cart, 2 items']").await;
    s.until("both lines back", || async {
        let seen = s.client.execute(lines, vec![]).await.ok()?;
        (seen == serde_json::json!(["Everyday Organic Tee x1", "Camp Cookset x1"])).then_some(())
    })
    .await;
    // A discount code: an expired one is refused next to the field; a good one comes off the total.
    let field = inside(&s, "vitrine-cart", 0, "#vt-discount-code").await;
    field.send_keys("SUMMER25").await.unwrap();
    field.send_keys(&Key::Enter).await.unwrap();
    wait_text_in(&s, "vitrine-cart", "#vt-discount-error", |t| t == "That code has expired.").await;
    assert_eq!(s.client.execute("const f = document.querySelector('vitrine-cart').shadowRoot.querySelector('#vt-discount-code'); return [f.getAttribute('aria-invalid'), f.value, f === f.getRootNode().activeElement];", vec![]).await.unwrap(), serde_json::json!(["true", "SUMMER25", true]), "flagged, kept, focused");
    let field = inside(&s, "vitrine-cart", 0, "#vt-discount-code").await;
    field.clear().await.unwrap();
    field.send_keys("welcome10").await.unwrap();
    inside(&s, "vitrine-cart", 0, ".vt-discount__form button[type=submit]").await.click().await.unwrap();
    wait_text_in(&s, "vitrine-cart", ".vt-discount__code", |t| t == "WELCOME10").await;
    wait_text_in(&s, "vitrine-cart", ".vt-totals__row--discount dd", |t| t.starts_with('−')).await;
    assert_eq!(text_in(&s, "vitrine-cart", "#vt-discount-error").await, "");
    // Every change reached the host, the last with the cart as it is; the refused code as an error.
    let changed = events(&s, "vitrine:cart-changed").await;
    let last = &changed.last().unwrap()["detail"];
    assert_eq!(last["itemCount"], 2, "{changed:?}");
    assert_ne!(last["totals"]["discount"]["amount"], "0.00", "{last}");
    let errors = events(&s, "vitrine:error").await;
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0]["detail"]["code"], "cart");
    s.stop().await;
}
