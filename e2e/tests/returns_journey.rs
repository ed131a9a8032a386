//! Self-service returns (issue 11) in a real browser, by keyboard only (keys
//! sent to elements, never a click): a shopper buys two items, the operator
//! ships and delivers them through the CLI, and from the open tracking page
//! the shopper starts a return of one of them: a reason that needs a photo (a
//! real PNG made here), an exchange for another colour, review, send. The
//! photo goes up and the return's page opens. The operator approves,
//! receives and ships the exchange through the admin API; the open return
//! page follows every step without a reload and reads the news out; its
//! label page shows the server's label.
//!
//! With `VITRINE_RETURNS_SHOTS=<folder>` it also saves screenshots of each
//! step, the return page and the label: desktop (1280) and phone (390), light
//! and dark (`returns-<what>-<desktop|phone>-<light|dark>.png`).

use vitrine_e2e::fantoccini::key::Key;
use vitrine_e2e::fantoccini::Locator;
use vitrine_e2e::Stack;

/// XPath of a button or link whose text starts with `text`.
fn control(text: &str) -> String {
    format!("//*[self::a or self::button][starts-with(normalize-space(.), '{text}')]")
}

/// Presses Enter on a button or link (the element gets focus first, as Tab would give it).
async fn press(s: &Stack, xpath: &str) {
    s.find(Locator::XPath(xpath)).await.send_keys(&Key::Enter).await.unwrap();
}

/// Presses Space on a checkbox or radio button.
async fn space(s: &Stack, css: &str) {
    s.find(Locator::Css(css)).await.send_keys(&Key::Space).await.unwrap();
}

async fn type_into(s: &Stack, css: &str, text: &str) {
    let el = s.find(Locator::Css(css)).await;
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

async fn focused_id(s: &Stack) -> String {
    s.client.active_element().await.unwrap().attr("id").await.unwrap().unwrap_or_default()
}

/// POSTs JSON to the admin API from inside the page, as the operator's tools would; returns (status, body).
async fn admin_post(s: &Stack, key: &str, path: &str, body: serde_json::Value) -> (u64, serde_json::Value) {
    let script = "const [path, key, body, done] = arguments;
        fetch('/api/v1' + path, {method: 'POST', headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + key}, body: JSON.stringify(body)})
          .then(async r => done([r.status, await r.json().catch(() => null)]), e => done([0, String(e)]));";
    let out = s.client.execute_async(script, vec![path.into(), key.into(), body]).await.expect("fetch from the page");
    (out[0].as_u64().unwrap_or(0), out[1].clone())
}

/// A real 24×24 RGB PNG (stored deflate blocks, CRC-32 and Adler-32 computed here).
fn png() -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut c = 0xffff_ffffu32;
        for &b in bytes {
            c ^= u32::from(b);
            for _ in 0..8 {
                c = if c & 1 == 1 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
            }
        }
        !c
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    }
    let (w, h) = (24u32, 24u32);
    let mut raw = Vec::new();
    for y in 0..h {
        raw.push(0); // filter: none
        for x in 0..w {
            raw.extend_from_slice(&[(x * 10) as u8, (y * 10) as u8, 0x80]);
        }
    }
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in &raw {
        a = (a + u32::from(byte)) % 65_521;
        b = (b + a) % 65_521;
    }
    let mut zlib = vec![0x78, 0x01, 0x01];
    let len = raw.len() as u16;
    zlib.extend_from_slice(&len.to_le_bytes());
    zlib.extend_from_slice(&(!len).to_le_bytes());
    zlib.extend_from_slice(&raw);
    zlib.extend_from_slice(&((b << 16) | a).to_be_bytes());
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &zlib);
    chunk(&mut out, b"IEND", &[]);
    out
}

/// Screenshots of the page as it is, at desktop and phone widths in light
/// and dark, when `VITRINE_RETURNS_SHOTS` names a folder.
async fn shots(s: &Stack, what: &str) {
    let Some(dir) = std::env::var_os("VITRINE_RETURNS_SHOTS") else { return };
    std::fs::create_dir_all(&dir).unwrap();
    let focused = s.client.active_element().await.ok();
    for (device, width) in [("desktop", 1280u32), ("phone", 390)] {
        for theme in ["light", "dark"] {
            let force = format!("document.documentElement.setAttribute('data-vt-theme', '{theme}'); document.activeElement && document.activeElement.blur && document.activeElement.blur(); window.scrollTo(0, 0);");
            s.client.execute(&force, vec![]).await.unwrap();
            s.client.set_window_size(width, 900).await.unwrap();
            tokio::time::sleep(std::time::Duration::from_millis(250)).await;
            let height = s.client.execute("return document.documentElement.scrollHeight", vec![]).await.unwrap().as_u64().unwrap_or(900);
            s.client.set_window_size(width, (height as u32 + 40).clamp(600, 4000)).await.unwrap();
            s.client.execute("window.scrollTo(0, 0)", vec![]).await.unwrap();
            tokio::time::sleep(std::time::Duration::from_millis(250)).await;
            let wide = s.client.execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth", vec![]).await.unwrap();
            assert!(wide.as_i64().unwrap_or(0) <= 0, "{what} scrolls sideways at {width} px by {wide} px");
            let png = s.client.screenshot().await.unwrap();
            std::fs::write(std::path::Path::new(&dir).join(format!("returns-{what}-{device}-{theme}.png")), png).unwrap();
        }
    }
    s.client.execute("document.documentElement.removeAttribute('data-vt-theme')", vec![]).await.unwrap();
    s.client.set_window_size(1280, 1000).await.unwrap();
    if let Some(el) = focused {
        // Give focus back where the keyboard left it (the screenshots blurred it).
        let _ = s.client.execute("arguments[0].focus()", vec![serde_json::to_value(&el).unwrap()]).await;
    }
}

async fn buy_two_by_keyboard(s: &Stack) -> String {
    for (handle, title) in [("market-tote", "Market Tote"), ("heavy-canvas-zip-tote", "Heavy Canvas Zip Tote")] {
        s.goto(&format!("/products/{handle}")).await;
        s.find(Locator::XPath(&format!("//h1[normalize-space()='{title}']"))).await;
        press(s, &control("Add to cart")).await;
        s.wait_text(".vt-add__message", |t| t.starts_with("Added")).await;
    }
    s.goto("/checkout").await;
    type_into(s, "#vt-email", "hedy@example.com").await;
    press(s, &control("Continue to shipping address")).await;
    // A closed select takes typed letters: "Germany" picks the country.
    s.find(Locator::Css("#vt-addr-country")).await.send_keys("Germany").await.unwrap();
    s.until("the German address form", || async {
        let country = s.find(Locator::Css("#vt-addr-country")).await.prop("value").await.ok()??;
        (country == "DE").then_some(())
    })
    .await;
    s.find(Locator::Css("#vt-addr-postal_code")).await;
    type_into(s, "#vt-addr-name", "Hedy Lamarr").await;
    type_into(s, "#vt-addr-address1", "Unter den Linden 1").await;
    type_into(s, "#vt-addr-postal_code", "10117").await;
    type_into(s, "#vt-addr-city", "Berlin").await;
    press(s, &control("Continue to delivery")).await;
    press(s, &control("Continue to payment")).await;
    type_into(s, "#vt-card-number", "4242424242424242").await;
    type_into(s, "#vt-card-expiry", "1230").await;
    type_into(s, "#vt-card-cvc", "123").await;
    press(s, &control("Review order")).await;
    press(s, &control("Place order")).await;
    s.find(Locator::XPath("//h1[normalize-space()='Thank you for your order']")).await;
    s.path_and_query().await
}

/// The order line id of `title` on the start-a-return page.
async fn line_id(s: &Stack, title: &str) -> String {
    let label = s.find(Locator::XPath(&format!("//label[contains(@class,'vt-returns__line-label')][.//span[normalize-space()='{title}']]"))).await;
    let for_id = label.attr("for").await.unwrap().expect("the label names its checkbox");
    for_id.trim_start_matches("vt-return-").trim_end_matches("-chosen").to_string()
}

async fn live_region(s: &Stack) -> String {
    s.text("section.vt-returns p[role=status][aria-live=polite]").await
}

#[tokio::test]
async fn a_shopper_returns_one_of_two_items_for_an_exchange_by_keyboard_and_follows_it_live() {
    let s = Stack::start().await;
    let order_url = buy_two_by_keyboard(&s).await;
    let number = order_url.trim_start_matches("/orders/").split('?').next().unwrap().to_string();
    let token = order_url.split("token=").nth(1).unwrap().to_string();

    // Shipped and delivered by the operator; the open tracking page offers a return.
    let key = s.cli(&["admin-key", "create", "--name", "e2e"]).await;
    s.cli(&["orders", "ship", &number, "--carrier", "UPS", "--tracking", "1Z999AA10123456784"]).await;
    s.cli(&["orders", "deliver", &number]).await;
    let start = s.find(Locator::XPath("//a[normalize-space()='Start a return']")).await;
    assert_eq!(start.attr("href").await.unwrap().unwrap(), format!("/orders/{number}/return?token={token}"), "the link keeps the token");
    start.send_keys(&Key::Enter).await.unwrap();
    s.find(Locator::XPath("//h1[normalize-space()='Return items']")).await;
    let policy = s.wait_text(".vt-returns__policy", |t| !t.is_empty()).await;
    assert!(policy.starts_with("You can return items within 30 days of delivery. Return by "), "{policy}");

    // Step 1: the tote, one of two lines.
    let tote = line_id(&s, "Market Tote").await;
    line_id(&s, "Heavy Canvas Zip Tote").await;
    press(&s, &control("Continue to reasons")).await;
    s.wait_text("#vt-return-lines-error", |t| t == "Choose at least one item to return.").await;
    space(&s, &format!("#vt-return-{tote}-chosen")).await;
    shots(&s, "1-items").await;
    press(&s, &control("Continue to reasons")).await;
    s.until("focus on the reasons step", || async { (focused_id(&s).await == "vt-return-step-reasons").then_some(()) }).await;

    // Step 2: a reason that needs a photo, and the photo.
    let reason = s.find(Locator::Css(&format!("#vt-return-{tote}-reason"))).await;
    reason.send_keys("Arrived damaged").await.unwrap();
    let file = s.find(Locator::Css(&format!("#vt-return-{tote}-photos"))).await;
    press(&s, &control("Continue to refund or exchange")).await;
    s.wait_text(&format!("#vt-return-{tote}-photos-error"), |t| t.starts_with("Add a photo of the item")).await;
    let path = std::env::temp_dir().join(format!("vitrine-damage-{}.png", std::process::id()));
    std::fs::write(&path, png()).unwrap();
    file.send_keys(path.to_str().unwrap()).await.unwrap();
    s.wait_text(".vt-returns__picked-name", |t| t.ends_with(".png")).await;
    s.wait_text(&format!("#vt-return-{tote}-photos-error"), str::is_empty).await;
    type_into(&s, &format!("#vt-return-{tote}-comment"), "The strap tore on the first day.").await;
    shots(&s, "2-reasons").await;
    press(&s, &control("Continue to refund or exchange")).await;
    s.until("focus on the resolutions step", || async { (focused_id(&s).await == "vt-return-step-resolutions").then_some(()) }).await;

    // Step 3: an exchange for another colour.
    space(&s, &format!("#vt-return-{tote}-resolution-exchange")).await;
    let variant = s.find(Locator::Css(&format!("#vt-return-{tote}-exchange_variant_id-first"))).await;
    let variant_label = s.text(&format!("label[for=vt-return-{tote}-exchange_variant_id-first] .vt-choice__title")).await;
    variant.send_keys(&Key::Space).await.unwrap();
    shots(&s, "3-resolution").await;
    press(&s, &control("Review your return")).await;

    // Step 4: review and send; the photo goes up and the return's page opens.
    let review = s.wait_text(".vt-returns__review", |t| !t.is_empty()).await;
    assert!(review.contains("Market Tote × 1") && review.contains("Arrived damaged") && review.contains(&format!("Exchange for {variant_label}")), "{review}");
    shots(&s, "4-review").await;
    press(&s, &control("Send return request")).await;
    let title = s.wait_text("h1", |t| t.starts_with("Return R-")).await;
    let rma = title.trim_start_matches("Return ").to_string();
    let rma_url = s.path_and_query().await;
    assert!(rma_url.starts_with(&format!("/returns/{rma}?token=")), "{rma_url}");
    let rma_token = rma_url.split("token=").nth(1).unwrap().to_string();
    let item = s.text(".vt-returns__item").await;
    assert!(item.contains("Arrived damaged") && item.contains("The strap tore") && item.contains(&format!("Exchange for {variant_label}")), "{item}");
    s.until("the photo's thumbnail", || async {
        let loaded = s.client.execute("const i = document.querySelector('.vt-returns__thumbs img'); return !!i && i.complete && i.naturalWidth > 0", vec![]).await.ok()?;
        (loaded == serde_json::json!(true)).then_some(())
    })
    .await;
    assert_eq!(s.text(".vt-status").await, "Waiting for approval");
    let violations = s.axe().await;
    assert!(violations.is_empty(), "axe on the return page: {violations:#?}");

    // The operator approves: the label link appears, the news is read out.
    let (status, body) = admin_post(&s, &key, &format!("/admin/returns/{rma}/approve"), serde_json::json!({})).await;
    assert!((200..300).contains(&status), "approve: {status} {body}");
    s.wait_text(".vt-status", |t| t == "Approved: send your items").await;
    let label = s.find(Locator::XPath("//a[normalize-space()='Print label']")).await;
    assert_eq!(label.attr("href").await.unwrap().unwrap(), format!("/returns/{rma}/label?token={rma_token}"));
    s.until("the approval read out", || async { live_region(&s).await.contains("approved").then_some(()) }).await;
    shots(&s, "5-rma-approved").await;

    // The label page: the server's label with words for it, and a Print button.
    let view = s.api(&format!("/returns/{rma}?token={rma_token}")).await;
    let tracking = view["method"]["tracking_number"].as_str().expect("a return tracking number once approved").to_string();
    press(&s, "//a[normalize-space()='Print label']").await;
    let img = s.find(Locator::Css("img.vt-returns__label")).await;
    let alt = img.attr("alt").await.unwrap().unwrap_or_default();
    assert!(alt.contains(&rma) && alt.contains(&tracking), "the label's alt names the RMA and tracking number: {alt}");
    s.until("the label drawn", || async {
        let loaded = s.client.execute("const i = document.querySelector('img.vt-returns__label'); return !!i && i.complete && i.naturalWidth > 0", vec![]).await.ok()?;
        (loaded == serde_json::json!(true)).then_some(())
    })
    .await;
    s.find(Locator::XPath("//button[normalize-space()='Print']")).await;
    let violations = s.axe().await;
    assert!(violations.is_empty(), "axe on the label page: {violations:#?}");
    shots(&s, "6-label").await;
    press(&s, "//a[normalize-space()='Back to your return']").await;
    s.wait_text(".vt-status", |t| t == "Approved: send your items").await;
    assert_eq!(s.path_and_query().await, rma_url);
    s.client.execute("window.__vtSamePage = true", vec![]).await.unwrap();

    // Received as new, then the exchange ships: the open page follows.
    let return_line = view["lines"][0]["id"].as_i64().expect("a return line id");
    let receive = serde_json::json!({"lines": [{"line_id": return_line, "quantity": 1, "condition": "as new"}]});
    let (status, body) = admin_post(&s, &key, &format!("/admin/returns/{rma}/receive"), receive).await;
    assert!((200..300).contains(&status), "receive: {status} {body}");
    s.wait_text(".vt-returns__item", |t| t.contains("1 of 1, as new")).await;
    let (status, body) = admin_post(&s, &key, &format!("/admin/returns/{rma}/exchange"), serde_json::json!({"carrier": "UPS", "tracking_number": "1ZEXCH"})).await;
    assert!((200..300).contains(&status), "exchange: {status} {body}");
    s.wait_text(".vt-status", |t| t == "Exchanged").await;
    s.wait_text("ol.vt-tracking__steps [aria-current=step]", |t| t.starts_with("Exchanged")).await;
    s.until("the exchange read out", || async { live_region(&s).await.contains("Exchanged").then_some(()) }).await;
    assert!(s.client.find(Locator::XPath("//a[normalize-space()='Print label']")).await.is_err(), "nothing left to send");
    let same = s.client.execute("return window.__vtSamePage === true", vec![]).await.unwrap();
    assert_eq!(same, serde_json::json!(true), "the return page followed without reloading");
    assert_eq!(s.path_and_query().await, rma_url);
    let violations = s.axe().await;
    assert!(violations.is_empty(), "axe on the exchanged return: {violations:#?}");
    shots(&s, "7-rma-exchanged").await;
    let _ = std::fs::remove_file(path);
    s.stop().await;
}
