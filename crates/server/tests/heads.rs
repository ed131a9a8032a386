//! Pages answered with their own head (title, Open Graph, JSON-LD, preload),
//! `/sitemap.xml`, `/robots.txt`, and static files compressed before the
//! first request.

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::TestApp;
use serde_json::Value;
use vitrine_server::state::ShopConfig;

const WASM: &str = "/vitrine-0123456789abcdef_bg.wasm";

/// A small built storefront: an index.html with the head markers, a
/// compressible "wasm", and a script shipped with its own `.br`.
fn dist() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("heads-dist-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let index = "<!doctype html><html lang=en><head><meta charset=utf-8>\n\
             <meta name=\"vitrine-head\" content=\"begin\"><title>Shop</title>\
             <meta name=\"description\" content=\"Everyday goods, made to last.\">\
             <meta name=\"vitrine-head\" content=\"end\">\n\
             <meta name=\"theme-color\" content=\"#faf9f7\"></head>\
             <body><div id=\"vitrine\"><main class=\"vt-main\" aria-busy=\"true\">loading</main></div></body></html>";
        std::fs::write(dir.join("index.html"), index).unwrap();
        let wasm: Vec<u8> = (0..64 * 1024).map(|i| (i % 251) as u8 ^ (i / 4096) as u8).collect();
        std::fs::write(dir.join(&WASM[1..]), wasm).unwrap();
        std::fs::write(dir.join("app.js"), "console.log('hello');\n".repeat(40)).unwrap();
        std::fs::write(dir.join("app.js.br"), "PREBUILT").unwrap();
        dir
    })
    .clone()
}

fn config() -> ShopConfig {
    ShopConfig { static_dir: Some(dist()), ..common::demo_config() }
}

on_both_backends!(crate::config() =>
    product_page_carries_title_open_graph_price_and_json_ld,
    hostile_product_title_stays_text,
    unknown_product_is_a_404_app_page,
    catalog_views_have_their_own_heads,
    first_screens_show_the_pictures_before_the_app,
    cart_and_checkout_are_drawn_from_the_cart_the_cookie_opens,
    the_order_lookup_paints_its_heading_before_the_app,
    linked_order_and_return_pages_paint_their_heading_before_the_app,
    sitemap_lists_every_product_and_category,
    robots_txt_points_to_the_sitemap,
    wasm_is_brotli_on_the_first_request_after_start,
);

fn text(res: &common::TestResponse) -> String {
    String::from_utf8(res.body.clone()).unwrap()
}

async fn page(app: &TestApp, path: &str) -> common::TestResponse {
    app.raw(Request::get(path).header("host", "shop.test").body(Body::empty()).unwrap()).await
}

/// `content` of the first `<meta {attr}="{key}" content="...">`.
fn meta<'a>(html: &'a str, key: &str) -> Option<&'a str> {
    let pattern = format!("=\"{key}\" content=\"");
    let rest = &html[html.find(&pattern)? + pattern.len()..];
    rest.split('"').next()
}

fn json_ld(html: &str) -> Value {
    let start = html.find("<script type=\"application/ld+json\">").expect("JSON-LD") + 35;
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

async fn product_page_carries_title_open_graph_price_and_json_ld(app: &TestApp) {
    let product = app.get("/api/v1/products/everyday-organic-tee").await.json();
    let variant = product["variants"].as_array().unwrap().iter().find(|v| v["available"].as_i64().unwrap() > 0).unwrap();
    let price = variant["price"]["amount"].as_str().unwrap();
    let res = page(app, "/products/everyday-organic-tee").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.headers["content-type"], "text/html; charset=utf-8");
    let html = text(&res);
    assert!(html.contains("<title>Everyday Organic Tee · Vitrine Supply Co.</title>"), "{html}");
    assert_eq!(html.matches("<title>").count(), 1, "the placeholder title is replaced");
    assert!(html.contains("<div id=\"vitrine\">"), "the app follows the head");
    assert_eq!(meta(&html, "og:title"), Some("Everyday Organic Tee · Vitrine Supply Co."));
    let image = product["images"][0]["url"].as_str().unwrap();
    assert_eq!(meta(&html, "og:image"), Some(format!("http://shop.test{image}").as_str()));
    assert!(html.contains(&format!("<link rel=\"preload\" as=\"image\" fetchpriority=\"high\" href=\"{image}\">")), "{html}");
    assert_eq!(meta(&html, "og:price:amount"), Some(price));
    assert_eq!(meta(&html, "product:price:amount"), Some(price));
    assert_eq!(meta(&html, "og:price:currency"), Some("USD"));
    assert!(html.contains("<link rel=\"canonical\" href=\"http://shop.test/products/everyday-organic-tee\">"));
    let ld = json_ld(&html);
    assert_eq!(ld["@type"], "Product");
    assert_eq!(ld["name"], "Everyday Organic Tee");
    let offer = ld["offers"].as_array().unwrap().iter().find(|o| o["sku"] == variant["sku"]).unwrap();
    assert_eq!(offer["price"], price);
    assert_eq!(offer["priceCurrency"], "USD");
    assert_eq!(offer["availability"], "https://schema.org/InStock");
    // Revalidation: the same head gives the same ETag.
    let etag = res.headers["etag"].to_str().unwrap();
    let again = app
        .raw(Request::get("/products/everyday-organic-tee").header("host", "shop.test").header("if-none-match", etag).body(Body::empty()).unwrap())
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    let br = app
        .raw(Request::get("/products/everyday-organic-tee").header("accept-encoding", "br").body(Body::empty()).unwrap())
        .await;
    assert_eq!(br.headers["content-encoding"], "br");
}

async fn hostile_product_title_stays_text(app: &TestApp) {
    use vitrine_server::catalog::import::{import, CatalogImport};
    let title = "Tee </title><script>alert(1)</script>";
    let doc: CatalogImport = serde_json::from_value(serde_json::json!({
        "products": [{
            "handle": "hostile-tee", "title": title, "category": "apparel",
            "description": "Says \"hi\" & <b>leaves</b>.",
            "variants": [{"sku": "HOSTILE", "price": "12.50", "stock": 0}]
        }]
    }))
    .unwrap();
    import(&app.state.db, app.state.currency(), &doc).await.unwrap();
    app.state.catalog.reload().await.unwrap();
    let html = text(&page(app, "/products/hostile-tee").await);
    assert!(!html.contains("<script>alert(1)"), "{html}");
    assert!(html.contains("<title>Tee &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; · Vitrine Supply Co.</title>"), "{html}");
    assert_eq!(meta(&html, "description"), Some("Says &quot;hi&quot; &amp; &lt;b&gt;leaves&lt;/b&gt;."));
    assert!(html.contains(r#""name":"Tee \u003c/title>\u003cscript>alert(1)\u003c/script>""#), "{html}");
    let ld = json_ld(&html);
    assert_eq!(ld["name"], title);
    assert_eq!(ld["offers"][0]["price"], "12.50");
    assert_eq!(ld["offers"][0]["availability"], "https://schema.org/OutOfStock");
}

async fn unknown_product_is_a_404_app_page(app: &TestApp) {
    let res = page(app, "/products/no-such-thing").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(res.headers["content-type"], "text/html; charset=utf-8");
    let html = text(&res);
    assert!(html.contains("<title>Not found</title>"), "{html}");
    assert!(html.contains("<div id=\"vitrine\">"), "the app shows its not-found page");
    assert_eq!(meta(&html, "robots"), Some("noindex"));
}

async fn catalog_views_have_their_own_heads(app: &TestApp) {
    let first = app.get("/api/v1/products").await.json()["items"][0]["image"]["url"].as_str().unwrap().to_string();
    let home = text(&page(app, "/").await);
    assert!(home.contains("<title>Shop all · Vitrine Supply Co.</title>"), "{home}");
    assert_eq!(meta(&home, "description"), Some("Everyday goods, made to last."), "index.html's default");
    assert!(home.contains(&format!("<link rel=\"preload\" as=\"image\" fetchpriority=\"high\" href=\"{first}\">")), "{home}");
    assert!(home.contains("<link rel=\"canonical\" href=\"http://shop.test/\">"));

    let apparel = text(&page(app, "/?category=apparel&sort=price-asc").await);
    assert!(apparel.contains("<title>Apparel · Vitrine Supply Co.</title>"), "{apparel}");
    assert!(meta(&apparel, "og:description").unwrap().starts_with("Everyday layers"));
    assert!(apparel.contains("<link rel=\"canonical\" href=\"http://shop.test/?category=apparel\">"));

    let search = text(&page(app, "/?q=wool%20%3Cb%3E").await);
    assert!(search.contains("<title>Results for “wool &lt;b&gt;” · Vitrine Supply Co.</title>"), "{search}");
    assert_eq!(meta(&search, "robots"), Some("noindex"));

    let alias = page(app, "/search?q=wool").await;
    assert_eq!(alias.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(alias.headers["location"], "/?q=wool");
    let cart = page(app, "/cart").await;
    assert_eq!(cart.status, StatusCode::OK);
    assert!(text(&cart).contains("<title>Your cart · Vitrine Supply Co.</title>"));
    let lookup = page(app, "/orders/lookup").await;
    assert!(text(&lookup).contains("<title>Track an order</title>"), "the app's own title for the page");
}

/// The static shell's `<main>` content.
fn shell(html: &str) -> &str {
    let start = html.find("<main class=\"vt-main\" aria-busy=\"true\">").expect("the shell's <main>") + 39;
    &html[start..start + html[start..].find("</main>").unwrap()]
}

async fn first_screens_show_the_pictures_before_the_app(app: &TestApp) {
    // The listing, in the app's own layout: heading, count, toolbar, then the
    // first eight cards in the API's order (the app's first render draws as
    // many), the first four pictures at once, the first one first.
    let listing = app.get("/api/v1/products?per_page=8").await.json();
    let items = listing["items"].as_array().unwrap().clone();
    let res = page(app, "/").await;
    let vary = res.headers.get_all("vary").iter().map(|v| v.to_str().unwrap().to_string()).collect::<Vec<_>>().join(", ");
    assert!(vary.contains("cookie") && vary.contains("accept-language"), "{vary}");
    let home = text(&res);
    let screen = shell(&home);
    assert!(screen.starts_with("<div class=\"vt-catalog\"><header class=\"vt-catalog__header\"><h1 class=\"vt-catalog__title\">Shop all</h1></header>"), "{screen}");
    assert!(screen.contains(&format!("<div class=\"vt-toolbar\" inert><p class=\"vt-catalog__count\">{} products</p>", listing["total"])), "{screen}");
    assert!(screen.contains("<option selected>Featured</option><option>Price, low to high</option>"), "{screen}");
    assert!(screen.contains("<ul class=\"vt-grid\" inert>"), "{screen}");
    assert_eq!(screen.matches("<article class=\"vt-card").count(), 8, "{screen}");
    assert_eq!(screen.matches("<img ").count(), 8, "{screen}");
    let mut at = 0;
    for (i, item) in items.iter().enumerate() {
        let url = item["image"]["url"].as_str().unwrap();
        let tag = format!("<img src=\"{url}\" alt=\"\" width=\"{}\" height=\"{}\"", item["image"]["width"], item["image"]["height"]);
        let found = screen[at..].find(&tag).unwrap_or_else(|| panic!("card {i} ({url}) in order: {screen}"));
        at += found + tag.len();
        let rest = &screen[at..];
        match i {
            0 => assert!(rest.starts_with(" fetchpriority=\"high\">"), "only the first picture is urgent: {screen}"),
            1..=3 => assert!(rest.starts_with('>'), "the first screen's pictures load at once: {screen}"),
            _ => assert!(rest.starts_with(" loading=\"lazy\">"), "below a phone's fold: {screen}"),
        }
        // Its title, and its price written as the app writes it (an en-US shop read in English).
        let title = format!("<h2 class=\"vt-card__title\">{}</h2>", item["title"].as_str().unwrap());
        assert!(rest.contains(&title), "{title}: {screen}");
        let price = format!("${}</span>", item["price"]["amount"].as_str().unwrap());
        assert!(rest[rest.find(&title).unwrap()..].contains(&price), "{price}: {screen}");
    }
    // In German the words are German, and a US shop's prices are left to the app's `Intl` (a line keeps their room).
    let german = text(&page_with(app, "/", &[("accept-language", "de-DE,de;q=0.9")]).await);
    let screen = shell(&german);
    assert!(screen.contains("<h1 class=\"vt-catalog__title\">Alle Produkte</h1>"), "{screen}");
    assert!(screen.contains(&format!("{} Produkte</p>", listing["total"])), "{screen}");
    assert!(!screen.contains("vt-price__current") && screen.contains("vt-skeleton--line"), "{screen}");
    // `?lang=` in a link chooses the language and narrows nothing.
    let french = text(&page(app, "/?lang=fr").await);
    assert!(shell(&french).contains("<h1 class=\"vt-catalog__title\">"), "{french}");
    assert!(shell(&french).contains(&format!("{} produits</p>", listing["total"])), "{french}");
    assert!(home.contains("<link rel=\"preload\" href=\"/api/v1/products\" as=\"fetch\" crossorigin>"), "{home}");
    let apparel = text(&page(app, "/?category=apparel&sort=price-asc").await);
    assert!(apparel.contains("<link rel=\"preload\" href=\"/api/v1/products?category=apparel&amp;sort=price-asc\" as=\"fetch\" crossorigin>"), "{apparel}");
    // The active filters' chips above the cards, as the app draws them; none unfiltered.
    assert!(shell(&apparel).contains("<div class=\"vt-chips\" inert><ul class=\"vt-chips__list\"><li><button type=\"button\" class=\"vt-chip\">Apparel<svg"), "{apparel}");
    assert!(shell(&apparel).contains("<button type=\"button\" class=\"vt-chips__clear\">Clear all</button></div><ul class=\"vt-grid\" inert>"), "{apparel}");
    assert!(!shell(&home).contains("vt-chips"), "{home}");
    let priced = shell(&text(&page(app, "/?price_min=10&in_stock=true").await)).to_string();
    assert!(priced.contains(">Price: from $10.00<svg") && priced.contains(">In stock only<svg"), "{priced}");

    // A product: its main picture where the gallery will be.
    let product = app.get("/api/v1/products/everyday-organic-tee").await.json();
    let html = text(&page(app, "/products/everyday-organic-tee").await);
    let screen = shell(&html);
    let image = product["images"][0]["url"].as_str().unwrap();
    assert!(screen.starts_with(&format!("<nav class=\"vt-breadcrumbs\" inert><ol><li><span>Shop</span></li><li><span>{}</span></li><li><span>{}</span></li></ol></nav>", product["category"]["name"].as_str().unwrap(), product["title"].as_str().unwrap())), "{screen}");
    assert!(screen.contains("<div class=\"vt-product\" aria-hidden=\"true\"><div class=\"vt-gallery\"><div class=\"vt-gallery__main\">"), "{screen}");
    assert!(screen.contains(&format!("<img src=\"{image}\" alt=\"\"")), "{screen}");
    assert!(html.contains("<link rel=\"preload\" href=\"/api/v1/products/everyday-organic-tee\" as=\"fetch\" crossorigin>"), "{html}");

    // Nothing to show: the shell stays as built.
    for path in ["/?q=nothing-matches-this-zzzz", "/products/no-such-thing", "/?sort=bogus", "/?page=-1"] {
        let html = text(&page(app, path).await);
        assert_eq!(shell(&html), "loading", "{path}");
    }
    // A link the app refuses preloads nothing.
    let refused = text(&page(app, "/?sort=bogus").await);
    assert!(!refused.contains("<link rel=\"preload\" href=\"/api/v1/products"), "{refused}");
}

async fn page_with(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> common::TestResponse {
    let mut req = Request::get(path).header("host", "shop.test");
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    app.raw(req.body(Body::empty()).unwrap()).await
}

async fn cart_and_checkout_are_drawn_from_the_cart_the_cookie_opens(app: &TestApp) {
    // No cart: each page's empty state, word for word as the app draws it.
    let res = page(app, "/cart").await;
    assert_eq!(res.status, StatusCode::OK);
    let vary = res.headers.get_all("vary").iter().map(|v| v.to_str().unwrap().to_string()).collect::<Vec<_>>().join(", ");
    assert!(vary.contains("cookie") && vary.contains("accept-language"), "{vary}");
    let html = text(&res);
    assert!(html.contains("<title>Your cart · Vitrine Supply Co.</title>"), "{html}");
    assert_eq!(
        shell(&html),
        "<section class=\"vt-cart-page\" aria-labelledby=\"vt-cart-title\"><h1 id=\"vt-cart-title\" class=\"vt-page__title\">Your cart</h1>\
         <div class=\"vt-empty\"><p class=\"vt-empty__title\">Your cart is empty</p><p class=\"vt-empty__body\">Find something you like; it will wait here, even if you close the tab.</p>\
         <a class=\"vt-button vt-button--primary\" href=\"/\">Start shopping</a></div></section>"
    );
    let html = text(&page(app, "/checkout").await);
    assert!(html.contains("<title>Checkout · Vitrine Supply Co.</title>"), "{html}");
    assert_eq!(
        shell(&html),
        "<div class=\"vt-empty\"><p class=\"vt-empty__title\">Your cart is empty</p><a class=\"vt-button vt-button--primary\" href=\"/\">Start shopping</a></div>"
    );

    // A cart with a line: the heading and the lines' pictures, in a skeleton screen readers skip.
    let shopper = common::Shopper::new(app).await;
    let (variant, _, _) = common::variant(app, "everyday-organic-tee", 2).await;
    assert_eq!(shopper.add(app, variant, 2).await.status, StatusCode::OK);
    let image = shopper.cart(app).await["lines"][0]["image"]["url"].as_str().unwrap().to_string();
    let token = shopper.auth.trim_start_matches("Bearer ");
    let cookie = format!("theme=dark; vitrine_cart={}.{token}", shopper.id);
    let html = text(&page_with(app, "/cart", &[("cookie", &cookie)]).await);
    let screen = shell(&html);
    assert!(screen.contains(">Your cart</h1><div class=\"vt-cart-page__layout\" aria-hidden=\"true\">"), "{screen}");
    assert!(screen.contains(&format!("<img src=\"{image}\" alt=\"\" width=\"96\" height=\"96\" fetchpriority=\"high\">")), "{screen}");
    assert!(!screen.contains("vt-empty"), "{screen}");
    let html = text(&page_with(app, "/checkout", &[("cookie", &cookie)]).await);
    let screen = shell(&html);
    assert!(screen.starts_with("<div class=\"vt-checkout\"><div class=\"vt-checkout__steps\"><h1 class=\"vt-page__title\">Checkout</h1>"), "{screen}");
    assert!(screen.contains(&format!("<img src=\"{image}\" alt=\"\" width=\"56\" height=\"56\" fetchpriority=\"high\">")), "{screen}");

    // A cookie that does not open the cart (a wrong token, someone else's id,
    // a malformed value) is no cart: nothing of that cart shows.
    let other = common::Shopper::new(app).await;
    for bad in [
        format!("vitrine_cart={}.{}", shopper.id, other.auth.trim_start_matches("Bearer ")),
        format!("vitrine_cart={}.{token}", other.id),
        format!("vitrine_cart={}", shopper.id),
        format!("vitrine_cart={}.{token}<script>", shopper.id),
    ] {
        let html = text(&page_with(app, "/cart", &[("cookie", &bad)]).await);
        let screen = shell(&html);
        assert!(screen.contains("Your cart is empty") && !screen.contains(&image), "{bad}: {screen}");
    }

    // In the page's language: the remembered choice, else the browser's.
    let german = text(&page_with(app, "/cart", &[("accept-language", "de-CH, fr;q=0.5")]).await);
    assert!(shell(&german).contains(">Ihr Warenkorb</h1>") && shell(&german).contains("Ihr Warenkorb ist leer"), "{german}");
    assert!(german.contains("<title>Ihr Warenkorb · Vitrine Supply Co.</title>"), "{german}");
    let chosen = text(&page_with(app, "/checkout", &[("accept-language", "de"), ("cookie", "vitrine_lang=fr")]).await);
    assert!(shell(&chosen).contains("Votre panier est vide"), "{chosen}");
}

async fn the_order_lookup_paints_its_heading_before_the_app(app: &TestApp) {
    let res = page(app, "/orders/lookup").await;
    assert_eq!(res.status, StatusCode::OK);
    let html = text(&res);
    assert!(html.contains("<title>Track an order</title>"), "{html}");
    assert_eq!(
        shell(&html),
        "<section class=\"vt-tracking vt-tracking--lookup\" aria-labelledby=\"vt-lookup-title\"><h1 id=\"vt-lookup-title\" class=\"vt-page__title\">Track an order</h1>\
         <p class=\"vt-tracking__intro\">Enter your order number and the email address you ordered with. You&#39;ll find both in your order confirmation email.</p>\
         <div class=\"vt-skeleton vt-skeleton--block\" aria-hidden=\"true\"></div></section>"
    );
    let vary = res.headers.get_all("vary").iter().map(|v| v.to_str().unwrap().to_string()).collect::<Vec<_>>().join(", ");
    assert!(vary.contains("accept-language"), "{vary}");
    // In the page's language; an order's own page is not drawn (it needs the order's link token).
    let french = text(&page_with(app, "/orders/lookup/", &[("accept-language", "fr")]).await);
    assert!(shell(&french).contains(">Suivre une commande</h1>"), "{french}");
    let order = text(&page(app, "/orders/VT-ABCD-EFGH").await);
    assert!(!order.contains("vt-lookup-title"), "{order}");
}

fn esc_amp(s: &str) -> String {
    s.replace('&', "&amp;")
}

/// The page a link opens, its `<title>` and its first screen.
async fn linked(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> (common::TestResponse, String, String) {
    let res = page_with(app, path, headers).await;
    assert_eq!(res.status, StatusCode::OK, "{path}");
    let html = text(&res);
    let title = html[html.find("<title>").unwrap() + 7..html.find("</title>").unwrap()].to_string();
    let screen = shell(&html).to_string();
    (res, title, screen)
}

async fn linked_order_and_return_pages_paint_their_heading_before_the_app(app: &TestApp) {
    use axum::http::Method;
    use common::orders::{admin, admin_key, card_order};
    let (variant, _, _) = common::variant(app, "everyday-organic-tee", 2).await;
    let b = card_order(app, &[(variant, 1)]).await;
    let order_page = format!("/orders/{}?token={}", b.number, b.token);

    // Just placed: the thanks, the number and status, where the confirmation went.
    let (res, title, screen) = linked(app, &order_page, &[]).await;
    assert_eq!(title, format!("Order {} · Vitrine Supply Co.", b.number));
    assert!(screen.contains("<h1 id=\"vt-order-title\" class=\"vt-page__title\">Thank you for your order</h1>"), "{screen}");
    assert!(screen.contains(&format!("<p class=\"vt-order__meta\">Order {} · <span class=\"vt-status vt-status--confirmed\">", b.number)), "{screen}");
    assert!(screen.contains("ada@example.com"), "{screen}");
    let html = text(&res);
    assert!(html.contains(&format!("<link rel=\"preload\" href=\"/api/v1{order_page}\" as=\"fetch\" crossorigin>")), "{html}");
    assert_eq!(res.headers["cache-control"], "private, no-store");

    // A wrong token, or an order that does not exist: the same page, with nothing of the order.
    let (_, wrong_title, wrong) = linked(app, &format!("/orders/{}?token=x{}", b.number, b.token), &[]).await;
    let (_, none_title, none) = linked(app, "/orders/VT-0000-0000?token=abc", &[]).await;
    let (_, bare_title, bare) = linked(app, &format!("/orders/{}", b.number), &[]).await;
    assert_eq!((&wrong_title, &wrong), (&none_title, &none));
    assert_eq!((&bare_title, &bare), (&none_title, &none));
    assert!(!wrong.contains("<h1") && !wrong_title.contains(&b.number) && !wrong.contains("ada@"), "{wrong_title} {wrong}");

    let key = admin_key(app).await;
    let ship = serde_json::json!({"lines": [], "carrier": "UPS", "tracking_number": "1Z999AA10123456784", "service": "Ground"});
    assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{}/shipments", b.number), &[], Some(ship)).await.status, StatusCode::CREATED);
    assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{}/deliver", b.number), &[], None).await.status, StatusCode::OK);
    let (_, _, screen) = linked(app, &order_page, &[("accept-language", "de")]).await;
    // Delivered: "Bestellung N", then when it was placed (a <time> the browser writes in its own zone) and the status.
    assert!(screen.contains(&format!(">Bestellung {}</h1><p class=\"vt-order__meta\">Bestellt ", b.number)), "{screen}");
    assert!(screen.contains("data-vt-when>") && screen.contains("Intl.DateTimeFormat(\"de\""), "{screen}");
    assert!(screen.contains("<span class=\"vt-status vt-status--delivered\">Zugestellt</span>"), "{screen}");
    assert!(!screen.contains("ada@"), "{screen}");

    let start = format!("/orders/{}/return?token={}", b.number, b.token);
    let (res, title, screen) = linked(app, &start, &[]).await;
    assert_eq!(title, format!("Return items · Order {} · Vitrine Supply Co.", b.number));
    assert!(screen.contains(&format!(">Return items</h1><p class=\"vt-order__meta\">Order <a href=\"{order_page}\">{}</a></p></header>", b.number)), "{screen}");
    // The policy sentence, as the app writes it (the largest text on a phone).
    assert!(screen.contains("<p class=\"vt-returns__policy\">You can return items within 30 days of delivery. Return by "), "{screen}");
    assert!(!screen.contains("vt-returns__earlier"), "no earlier returns yet: {screen}");
    let returnable = format!("/api/v1/orders/{}/returnable?token={}", b.number, b.token);
    assert!(text(&res).contains(&format!("<link rel=\"preload\" href=\"{returnable}\" as=\"fetch\" crossorigin>")));
    let (_, _, wrong) = linked(app, &format!("/orders/{}/return?token=nope", b.number), &[]).await;
    assert!(!wrong.contains("<h1"), "{wrong}");

    let line = serde_json::json!([{"line_id": b.lines[0], "quantity": 1, "reason": "too_small", "resolution": "refund"}]);
    let created = app
        .request(Method::POST, &format!("/api/v1/orders/{}/returns?token={}", b.number, b.token), &[("idempotency-key", "heads-1")], Some(serde_json::json!({"lines": line})))
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&created.body));
    let view = created.json();
    let rma = view["rma"].as_str().unwrap();
    let return_page = view["status_url"].as_str().unwrap().to_string();
    assert!(return_page.starts_with(&format!("/returns/{rma}?token=")), "{return_page}");
    let (res, title, screen) = linked(app, &return_page, &[("accept-language", "de")]).await;
    assert_eq!(title, format!("Rücksendung {rma} · Vitrine Supply Co."));
    assert!(screen.contains(&format!("<h1 id=\"vt-return-title\" class=\"vt-page__title\">Rücksendung {rma}</h1>")), "{screen}");
    assert!(text(&res).contains(&format!("<link rel=\"preload\" href=\"/api/v1{return_page}\" as=\"fetch\" crossorigin>")));
    // The API takes `?lang=` over Accept-Language (the live pages' EventSource cannot set the header).
    let german = app.request(axum::http::Method::GET, &format!("/api/v1{return_page}&lang=de"), &[("accept-language", "en-US")], None).await.json();
    assert_eq!(german["status_label"], "Wartet auf Genehmigung", "{german}");
    // `?lang=de` in an English browser: German words, and no preload (it would ask the API in English).
    let (res, _, screen) = linked(app, &format!("{return_page}&lang=de"), &[("accept-language", "en-US")]).await;
    assert!(screen.contains(&format!(">Rücksendung {rma}</h1>")), "{screen}");
    assert!(!text(&res).contains("as=\"fetch\""), "{}", text(&res));
    assert!(screen.contains(&format!("<p class=\"vt-order__meta\">Bestellung {} · angefragt am <time datetime=", b.number)), "{screen}");
    assert!(screen.contains("<span class=\"vt-status vt-returns__status--"), "{screen}");
    // Starting another return lists this one.
    let (_, _, screen) = linked(app, &start, &[]).await;
    assert!(screen.contains(&format!("<ul class=\"vt-returns__earlier-list\"><li><a href=\"{}\">Return {rma}</a>", esc_amp(&return_page))), "{screen}");
    let (_, wrong_title, wrong) = linked(app, &format!("/returns/{rma}?token=nope"), &[]).await;
    assert!(!wrong.contains("<h1") && !wrong_title.contains(rma), "{wrong_title} {wrong}");
}

async fn sitemap_lists_every_product_and_category(app: &TestApp) {
    let res = page(app, "/sitemap.xml").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.headers["content-type"], "application/xml; charset=utf-8");
    let xml = text(&res);
    let products = app.get("/api/v1/products?per_page=100").await.json();
    let categories = app.get("/api/v1/categories").await.json();
    let total = products["total"].as_u64().unwrap() as usize;
    assert!(total <= 100);
    for p in products["items"].as_array().unwrap() {
        let loc = format!("<url><loc>http://shop.test/products/{}</loc><lastmod>", p["handle"].as_str().unwrap());
        assert!(xml.contains(&loc), "{loc} missing");
    }
    for c in categories.as_array().unwrap() {
        assert!(xml.contains(&format!("<loc>http://shop.test/?category={}</loc>", c["handle"].as_str().unwrap())));
    }
    assert_eq!(xml.matches("<url>").count(), 1 + total + categories.as_array().unwrap().len());
    let lastmod = xml.split("<lastmod>").nth(1).unwrap().split('<').next().unwrap();
    assert!(lastmod.len() == 10 && lastmod.starts_with("20"), "{lastmod}");
}

async fn robots_txt_points_to_the_sitemap(app: &TestApp) {
    let res = page(app, "/robots.txt").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.headers["content-type"], "text/plain; charset=utf-8");
    let body = text(&res);
    for line in ["User-agent: *", "Allow: /", "Disallow: /checkout", "Disallow: /cart", "Disallow: /orders/", "Disallow: /returns/", "Disallow: /admin", "Disallow: /theme", "Disallow: /api/"] {
        assert!(body.lines().any(|l| l == line), "{line} missing in {body}");
    }
    assert!(body.contains("Sitemap: http://shop.test/sitemap.xml"), "{body}");
}

async fn wasm_is_brotli_on_the_first_request_after_start(app: &TestApp) {
    let res = app.raw(Request::get(WASM).header("accept-encoding", "gzip, br").body(Body::empty()).unwrap()).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.headers["content-encoding"], "br", "no waiting for a background pass");
    let mut raw = Vec::new();
    brotli::BrotliDecompress(&mut &res.body[..], &mut raw).unwrap();
    assert_eq!(raw, std::fs::read(dist().join(&WASM[1..])).unwrap());
    assert!(res.body.len() < raw.len() / 4, "{} of {}", res.body.len(), raw.len());
    let gz = app.raw(Request::get(WASM).header("accept-encoding", "gzip").body(Body::empty()).unwrap()).await;
    assert_eq!(gz.headers["content-encoding"], "gzip");
    // A `.br` shipped beside a file is served as it is.
    let js = app.raw(Request::get("/app.js").header("accept-encoding", "br").body(Body::empty()).unwrap()).await;
    assert_eq!(js.headers["content-encoding"], "br");
    assert_eq!(js.body, b"PREBUILT");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_url_wins_over_the_host_header() {
    let with_public_url = || ShopConfig { public_url: "https://shop.example.com/".into(), ..config() };
    let sqlite = TestApp::sqlite(with_public_url()).await;
    absolute_urls_use_the_public_url(&sqlite).await;
    sqlite.cleanup().await;
    if let Some(postgres) = TestApp::postgres(with_public_url()).await {
        absolute_urls_use_the_public_url(&postgres).await;
        postgres.cleanup().await;
    }
}

async fn absolute_urls_use_the_public_url(app: &TestApp) {
    let html = text(&page(app, "/products/everyday-organic-tee").await);
    assert!(html.contains("<link rel=\"canonical\" href=\"https://shop.example.com/products/everyday-organic-tee\">"), "{html}");
    assert!(meta(&html, "og:image").unwrap().starts_with("https://shop.example.com/"));
    let robots = text(&page(app, "/robots.txt").await);
    assert!(robots.contains("Sitemap: https://shop.example.com/sitemap.xml"));
}
