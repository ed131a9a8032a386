//! A merchant's theme applied without a rebuild (issue 13): the operator
//! stores a theme over the admin API, and a fresh storefront page shows it
//! (computed styles of real elements), still passing axe-core; the same
//! stylesheet is served to other origins.

use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::host::{HostPage, HostSite};
use vitrine_e2e::{control, Stack};

async fn computed(s: &Stack, css: &str, property: &str) -> String {
    let script = "const [sel, prop] = arguments; return getComputedStyle(document.querySelector(sel)).getPropertyValue(prop).trim();";
    s.client.execute(script, vec![css.into(), property.into()]).await.unwrap().as_str().unwrap_or("").to_string()
}

#[tokio::test]
async fn an_applied_theme_reaches_a_fresh_page_and_stays_accessible() {
    let s = Stack::start().await;
    let key = s.cli(&["admin-key", "create", "--name", "theme"]).await;
    s.goto("/products/market-tote").await;
    s.find(Locator::XPath(&control("Add to cart"))).await;
    let before = computed(&s, ".vt-add .vt-button--primary, .vt-button--primary", "background-color").await;
    assert_eq!(before, "rgb(31, 58, 95)", "the default accent");

    let theme = serde_json::json!({"preset": "boutique", "tokens": {"--vt-color-accent": "light-dark(#6b2420, #e9a99a)", "--vt-radius-pill": "4px"}});
    let script = "const [key, body, done] = arguments;
        fetch('/api/v1/admin/theme', {method: 'PUT', headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + key}, body: JSON.stringify(body)})
          .then(r => done(r.status), e => done(String(e)));";
    let status = s.client.execute_async(script, vec![key.clone().into(), theme]).await.unwrap();
    assert_eq!(status, 200);

    s.goto("/products/market-tote").await;
    s.find(Locator::XPath(&control("Add to cart"))).await;
    assert_eq!(computed(&s, ".vt-button--primary", "background-color").await, "rgb(107, 36, 32)", "the new accent, no rebuild");
    assert_eq!(computed(&s, ".vt-button--primary", "border-top-left-radius").await, "4px", "the button shape");
    assert!(computed(&s, "body", "font-family").await.contains("Charter"), "the preset's type");
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let violations = s.axe().await;
    assert!(violations.is_empty(), "axe on the themed product page: {violations:#?}");

    let served = s.client.execute_async("const [done] = arguments; fetch('/api/v1/theme.css').then(async r => done([r.headers.get('access-control-allow-origin'), await r.text()]));", vec![]).await.unwrap();
    assert_eq!(served[0], "*");
    assert!(served[1].as_str().unwrap().contains("--vt-color-accent: light-dark(#6b2420, #e9a99a);"));
    s.screenshot("theme-applied-product").await;
    s.stop().await;
}

/// The input a `<label>` wrapping it names (the colour pickers).
fn picker(label: &str) -> String {
    format!("//label[normalize-space()='{label}']/input")
}

/// Sets a colour picker as the browser's own picker does: the value, then an `input` event.
async fn pick_colour(s: &Stack, label: &str, hex: &str) {
    let el = s.find(Locator::XPath(&picker(label))).await;
    let script = "const [el, v] = arguments; el.value = v; el.dispatchEvent(new Event('input', {bubbles: true}));";
    s.client.execute(script, vec![serde_json::to_value(&el).unwrap(), hex.into()]).await.unwrap();
}

/// `--vt-color-accent` as each preview pane sees it, and the background of each pane's primary button.
async fn panes(s: &Stack) -> serde_json::Value {
    let script = "return [...document.querySelectorAll('[data-testid=theme-preview] .vt-theme-pane')].map(p => {
        const b = p.querySelector('.vt-button--primary');
        return [p.querySelector('h3').textContent, getComputedStyle(p).getPropertyValue('--vt-color-accent').trim(), b ? getComputedStyle(b).backgroundColor : null];
    });";
    s.client.execute(script, vec![]).await.unwrap()
}

#[tokio::test]
async fn the_theme_editor_previews_every_surface_flags_contrast_and_applies() {
    // A site on another origin, connected to the shop, with three product widgets: the shop's
    // theme, a preset by attribute, and one under the host's own accent.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let s = Stack::start_with(&["--cors-origin", &format!("http://127.0.0.1:{port}")]).await;
    let widgets = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title><script type=\"module\" src=\"{}/embed/vitrine.js\"></script></head>\
         <body><main><h1>Host</h1><vitrine-product handle=\"market-tote\"></vitrine-product><vitrine-product handle=\"market-tote\" theme=\"dark\"></vitrine-product>\
         <div style=\"--vt-color-accent: rgb(200, 0, 100)\"><vitrine-product handle=\"market-tote\"></vitrine-product></div></main></body></html>",
        s.base
    );
    let site = HostSite::start_on(port, vec![HostPage::html("/", widgets)]).await;
    let key = s.cli(&["admin-key", "create", "--name", "theme-editor"]).await;
    s.goto("/theme").await;
    let field = s.find(Locator::XPath("//input[@id=//label[normalize-space()='Admin key']/@for]")).await;
    field.send_keys(&key).await.unwrap();
    s.find(Locator::XPath(&control("Sign in"))).await.click().await.unwrap();
    s.find(Locator::XPath("//h1[normalize-space()='Theme']")).await;
    // Every pane filled from the shop itself: products, a delivered order, its return form.
    s.until("the preview filled", || async {
        let n = s.client.execute("return [document.querySelectorAll('[data-testid=theme-preview] .vt-card').length, document.querySelectorAll('[data-testid=theme-preview] .vt-tracking__parcel-head').length, document.querySelectorAll('[data-testid=theme-preview] .vt-returns select').length];", vec![]).await.unwrap();
        (n[0] == 3 && n[1].as_i64().unwrap_or(0) > 0 && n[2].as_i64().unwrap_or(0) > 0).then_some(())
    })
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let violations = s.axe().await;
    assert!(violations.is_empty(), "axe on /theme: {violations:#?}");
    s.screenshots("theme-editor").await;
    if std::env::var_os("VITRINE_E2E_SCREENSHOTS").is_some() {
        // The whole preview, top to bottom.
        s.client.set_window_size(1600, 4200).await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        s.screenshot("theme-editor-whole").await;
        s.client.set_window_size(1280, 1000).await.unwrap();
    }

    // A new accent reaches every pane at once, without a reload.
    s.client.execute("window.__vtSamePage = true;", vec![]).await.unwrap();
    pick_colour(&s, "Accent, light", "#0b6e4f").await;
    pick_colour(&s, "Accent, hovered, light", "#08553d").await;
    // Buttons ease into their new colour (the theme's transition): wait for it to end.
    let seen = s
        .until("every pane in the new accent", || async {
            let seen = panes(&s).await;
            seen.as_array().unwrap().iter().all(|p| p[2].is_null() || p[2] == "rgb(11, 110, 79)").then_some(seen)
        })
        .await;
    let seen = seen.as_array().unwrap();
    assert_eq!(seen.len(), 6, "{seen:?}");
    for pane in seen {
        assert_eq!(pane[1], "light-dark(#0b6e4f, #9dbcf0)", "{pane}");
        if !pane[2].is_null() {
            assert_eq!(pane[2], "rgb(11, 110, 79)", "{pane}");
        }
    }
    assert!(seen.iter().filter(|p| !p[2].is_null()).count() >= 4, "product, drawer, checkout and return buttons: {seen:?}");
    assert_eq!(s.client.execute("return window.__vtSamePage === true;", vec![]).await.unwrap(), true, "no reload");
    let css = s.client.execute("return document.getElementById('vt-theme-css').value;", vec![]).await.unwrap();
    assert!(css.as_str().unwrap().contains("--vt-color-accent: light-dark(#0b6e4f, #9dbcf0);"), "{css}");

    // A pale secondary text fails AA: flagged at its field; Apply refuses and goes there.
    pick_colour(&s, "Secondary text, light", "#c8c8c8").await;
    let error = s.wait_text("#vt-theme-color-text-muted-error", |t| t.contains("WCAG AA")).await;
    assert!(error.contains("light mode"), "{error}");
    let invalid = s.find(Locator::XPath(&picker("Secondary text, light"))).await.attr("aria-invalid").await.unwrap();
    assert_eq!(invalid.as_deref(), Some("true"));
    s.find(Locator::XPath(&control("Apply to the shop"))).await.click().await.unwrap();
    s.wait_text(".vt-theme-editor__message", |t| t.contains("fails WCAG AA contrast")).await;
    s.until("focus on the failing colour", || async {
        let id = s.client.execute("return document.activeElement && document.activeElement.id;", vec![]).await.unwrap();
        (id == "vt-theme-color-text-muted-light").then_some(())
    })
    .await;
    s.screenshot("theme-editor-contrast-flagged").await;
    pick_colour(&s, "Secondary text, light", "#5a5e68").await;
    s.wait_text("#vt-theme-color-text-muted-error", str::is_empty).await;

    // Apply: stored, and a fresh storefront page and the bank's challenge page use it.
    s.find(Locator::XPath(&control("Apply to the shop"))).await.click().await.unwrap();
    s.wait_text(".vt-theme-editor__message", |t| t.contains("Applied")).await;
    // The theme file to download is what was stored.
    let file = s.client.execute("return decodeURIComponent(document.querySelector('a[download]').getAttribute('href').split(',')[1]);", vec![]).await.unwrap();
    let file: serde_json::Value = serde_json::from_str(file.as_str().unwrap()).unwrap();
    let stored = s.client.execute_async("const [key, done] = arguments; fetch('/api/v1/admin/theme', {headers: {Authorization: 'Bearer ' + key}}).then(r => r.json()).then(done);", vec![key.clone().into()]).await.unwrap();
    assert_eq!(file, stored, "theme.json is the stored theme");
    assert_eq!(stored["tokens"]["--vt-color-accent"], "light-dark(#0b6e4f, #9dbcf0)");
    s.goto("/products/market-tote").await;
    s.find(Locator::XPath(&control("Add to cart"))).await;
    assert_eq!(computed(&s, ".vt-button--primary", "background-color").await, "rgb(11, 110, 79)", "a fresh shop page");
    let script = "const [done] = arguments; (async () => {
        const j = (r) => r.json();
        const cart = await fetch('/api/v1/carts', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{}'}).then(j);
        const auth = {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + cart.token};
        const id = cart.cart ? cart.cart.id : cart.id;
        const p = await fetch('/api/v1/products/market-tote').then(j);
        const v = p.variants.find(v => v.available > 0);
        await fetch(`/api/v1/carts/${id}/lines`, {method: 'POST', headers: auth, body: JSON.stringify({variant_id: v.id, quantity: 1})});
        await fetch(`/api/v1/carts/${id}`, {method: 'PATCH', headers: auth, body: JSON.stringify({country: 'US', region: 'NY'})});
        const methods = await fetch(`/api/v1/carts/${id}/payment-methods`, {headers: auth}).then(j);
        const card = methods.find(m => m.kind === 'card');
        const tok = await fetch(card.provider.base_url + '/tokens', {method: 'POST', headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + card.provider.publishable_key},
          body: JSON.stringify({number: '4000002500003155', exp_month: 12, exp_year: 2031, cvc: '123'})}).then(j);
        const address = {name: 'Ada Lovelace', address1: '350 5th Ave', city: 'New York', region: 'NY', postal_code: '10118', country: 'US'};
        const placed = await fetch(`/api/v1/carts/${id}/checkout`, {method: 'POST', headers: {...auth, 'Idempotency-Key': 'theme-editor'},
          body: JSON.stringify({email: 'ada@example.com', shipping_address: address, shipping_method: 'us-standard', payment: {method: 'card', token: tok.id}})}).then(j);
        return placed.next_action.url;
      })().then(done, e => done('error: ' + e));";
    let url = s.client.execute_async(script, vec![]).await.unwrap();
    let url = url.as_str().unwrap().to_string();
    assert!(url.contains("/psp/v1/challenge/"), "{url}");
    s.client.goto(&url).await.unwrap();
    s.find(Locator::XPath(&control("Complete authentication"))).await;
    assert_eq!(computed(&s, "button.ok", "background-color").await, "rgb(11, 110, 79)", "the bank's challenge page");
    // A widget on another origin takes the shop's theme; theme="dark" its dark side; the host's own value wins.
    s.client.goto(&format!("{}/", site.base)).await.unwrap();
    let script = "return [...document.querySelectorAll('vitrine-product')].map(p => { const b = p.shadowRoot && p.shadowRoot.querySelector('[part=add-button]'); return b ? getComputedStyle(b).backgroundColor : null; });";
    // Each widget renders when its product arrives, and eases into the theme's colours: wait for all three.
    let expected = serde_json::json!(["rgb(11, 110, 79)", "rgb(157, 188, 240)", "rgb(200, 0, 100)"]);
    s.until("the widgets in the shop's theme, the dark preset and the host's own accent", || async {
        let seen = s.client.execute(script, vec![]).await.ok()?;
        (seen == expected).then_some(())
    })
    .await;
    drop(site);
    s.stop().await;
}
