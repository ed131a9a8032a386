//! The server speaks the shopper's language, on SQLite and PostgreSQL over
//! the fixture shop: error messages follow `Accept-Language` (English without
//! it), the storefront's catalogues are served with a strong ETag, an order
//! placed in French gets its confirmation email in French, and an order's
//! history reads in its reader's language, whoever acted on it.

mod common;

use axum::http::{Method, StatusCode};
use common::fixtures::TEE;
use common::TestApp;
use serde_json::json;

on_both_backends!(fixtures: crate::common::fixture_config() =>
    validation_errors_follow_accept_language,
    the_locales_endpoint_serves_catalogues_with_etags,
    an_order_placed_in_french_is_confirmed_in_french,
    an_orders_history_is_in_its_readers_language_whoever_acts,
    an_orders_shipping_method_reads_in_its_readers_language,
);

async fn new_cart(app: &TestApp, headers: &[(&str, &str)]) -> (String, String) {
    let res = app.request(Method::POST, "/api/v1/carts", headers, None).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let body = res.json();
    (body["id"].as_str().unwrap().to_string(), format!("Bearer {}", body["token"].as_str().unwrap()))
}

async fn validation_errors_follow_accept_language(app: &TestApp) {
    let (id, auth) = new_cart(app, &[]).await;
    let uri = format!("/api/v1/carts/{id}");
    let bad = json!({"email": "not-an-email"});

    let de = app.request(Method::PATCH, &uri, &[("authorization", &auth), ("accept-language", "de-DE,de;q=0.9,en;q=0.5")], Some(bad.clone())).await;
    assert_eq!(de.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = de.json();
    assert_eq!(body["message"], "Geben Sie eine E-Mail-Adresse wie name@example.com ein.", "{body}");
    assert_eq!(body["errors"]["email"][0], "Geben Sie eine E-Mail-Adresse wie name@example.com ein.");
    let vary: Vec<_> = de.headers.get_all("vary").iter().map(|v| v.to_str().unwrap().to_ascii_lowercase()).collect();
    assert!(vary.iter().any(|v| v.contains("accept-language")), "{vary:?}");

    let en = app.request(Method::PATCH, &uri, &[("authorization", &auth)], Some(bad.clone())).await;
    assert_eq!(en.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(en.json()["message"], "Enter an email address like name@example.com.");
    let unknown = app.request(Method::PATCH, &uri, &[("authorization", &auth), ("accept-language", "ja")], Some(bad)).await;
    assert_eq!(unknown.json()["message"], "Enter an email address like name@example.com.", "a language we don't speak: English");

    // A 404 a shopper sees, and a sentence with a count.
    let gone = app.request(Method::GET, "/api/v1/carts/nope", &[("authorization", "Bearer x"), ("accept-language", "fr")], None).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert!(gone.json()["message"].as_str().unwrap().starts_with("Il n’y a pas de panier ici."), "{}", gone.json());
    let too_many = app
        .request(Method::POST, &format!("{uri}/lines"), &[("authorization", &auth), ("accept-language", "de")], Some(json!({"variant_id": 1, "quantity": 500})))
        .await;
    assert_eq!(too_many.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(too_many.json()["message"], "Wählen Sie eine Menge von 1 bis 99.");
}

async fn the_locales_endpoint_serves_catalogues_with_etags(app: &TestApp) {
    let res = app.get("/api/v1/locales/de/storefront").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.headers["content-type"], "text/plain; charset=utf-8");
    assert_eq!(res.headers["cache-control"], "public, max-age=3600");
    let body = String::from_utf8(res.body.clone()).unwrap();
    assert!(body.contains("common-language = Sprache"), "the German storefront catalogue");
    for area in [include_str!("../../../locales/de/cart.ftl"), include_str!("../../../locales/de/returns.ftl")] {
        for line in area.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            assert!(body.contains(line), "every storefront area is in it: {line}");
        }
    }
    assert!(!body.lines().any(|l| l.starts_with('#')), "without translators' comments");
    // An entry's bundle: only what its pages say.
    let shop = String::from_utf8(app.get("/api/v1/locales/de/shop").await.body).unwrap();
    assert!(shop.contains("common-language = Sprache") && shop.contains("cart-") && !shop.contains("returns-") && !shop.contains("checkout-"));
    assert!(!body.contains("console-"), "not the console's");
    let vary: Vec<_> = res.headers.get_all("vary").iter().map(|v| v.to_str().unwrap().to_ascii_lowercase()).collect();
    assert!(vary.iter().any(|v| v.contains("accept-language")), "{vary:?}");

    let etag = res.headers["etag"].to_str().unwrap().to_string();
    assert!(etag.starts_with('"') && etag.ends_with('"') && etag.len() > 10, "a strong ETag: {etag}");
    let again = app.request(Method::GET, "/api/v1/locales/de/storefront", &[("if-none-match", &etag)], None).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    assert_eq!(again.headers["etag"], etag.as_str());
    let weak = app.request(Method::GET, "/api/v1/locales/de/storefront", &[("if-none-match", "\"something-else\"")], None).await;
    assert_eq!(weak.status, StatusCode::OK, "another ETag: the body");

    let fr = app.get("/api/v1/locales/fr/storefront").await;
    assert_eq!(fr.status, StatusCode::OK);
    assert_ne!(fr.headers["etag"], etag.as_str(), "each language has its own");
    let console = app.get("/api/v1/locales/ar/console").await;
    assert_eq!(console.status, StatusCode::OK);
    assert!(String::from_utf8(console.body).unwrap().contains("console-"));
    assert_eq!(app.get("/api/v1/locales/en/storefront").await.status, StatusCode::OK);

    for path in ["/api/v1/locales/xx/storefront", "/api/v1/locales/de/nothing", "/api/v1/locales/DE/storefront"] {
        let missing = app.get(path).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND, "{path}");
        let body = missing.json();
        assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()), "{path}: {body}");
        assert!(body["errors"].is_object(), "{path}: {body}");
    }
}

async fn an_order_placed_in_french_is_confirmed_in_french(app: &TestApp) {
    let p = app.get(&format!("/api/v1/products/{TEE}")).await.json();
    let variant = p["variants"][0]["id"].as_i64().unwrap();
    let (number, _token, id) = card_order_in(app, "fr-FR,fr;q=0.9", variant).await;

    let locale: String = sqlx::query_scalar("SELECT locale FROM orders WHERE number = $1").bind(&number).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(locale, "fr");
    let cart_locale: String = sqlx::query_scalar("SELECT locale FROM carts WHERE id = $1").bind(&id).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(cart_locale, "fr");
    let (subject, text, html): (String, String, String) =
        sqlx::query_as("SELECT subject, body, html_body FROM outbox WHERE kind = 'order_confirmation' AND order_number = $1")
            .bind(&number)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(subject, format!("Votre commande {number} est confirmée"));
    assert!(text.starts_with(&format!("Merci pour votre commande {number} chez ")), "{text}");
    assert!(text.contains("Total\u{202f}: "), "{text}");
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"), "{html}");
    assert!(html.contains("Voir votre commande"), "{html}");

    // The same shop, an English order: unchanged.
    let en = common::orders::card_order(app, &[(variant, 1)]).await;
    let subject: String = sqlx::query_scalar("SELECT subject FROM outbox WHERE kind = 'order_confirmation' AND order_number = $1")
        .bind(&en.number)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(subject, format!("Your order {} is confirmed", en.number));
}

/// A paid card order of one `variant` to New York, placed in the language
/// of `accept_language`: its number, link token and cart id.
async fn card_order_in(app: &TestApp, accept_language: &str, variant: i64) -> (String, String, String) {
    let lang = ("accept-language", accept_language);
    let (id, auth) = new_cart(app, &[lang]).await;
    let call = |method: Method, path: &str, body: Option<serde_json::Value>| {
        let uri = format!("/api/v1/carts/{id}{path}");
        let auth = auth.clone();
        async move { app.request(method, &uri, &[("authorization", &auth), lang, ("idempotency-key", "lang-1")], body).await }
    };
    assert_eq!(call(Method::POST, "/lines", Some(json!({"variant_id": variant, "quantity": 1}))).await.status, StatusCode::OK);
    assert_eq!(call(Method::PATCH, "", Some(json!({"country": "US", "region": "NY"}))).await.status, StatusCode::OK);
    let methods = call(Method::GET, "/payment-methods", None).await.json();
    let pk = methods.as_array().unwrap().iter().find(|m| m["kind"] == "card").unwrap()["provider"]["publishable_key"].as_str().unwrap().to_string();
    let card = json!({"number": "4242424242424242", "exp_month": 12, "exp_year": 2031, "cvc": "123"});
    let token = app.request(Method::POST, "/psp/v1/tokens", &[("authorization", &format!("Bearer {pk}"))], Some(card)).await.json()["id"].as_str().unwrap().to_string();
    let address = json!({"name": "Ada Lovelace", "address1": "350 5th Ave", "city": "New York", "region": "NY", "postal_code": "10118", "country": "US"});
    let body = json!({"email": "ada@example.com", "shipping_address": address, "shipping_method": "us-standard", "payment": {"method": "card", "token": token}});
    let res = call(Method::POST, "/checkout", Some(body)).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&res.body));
    let j = res.json();
    (j["order"]["number"].as_str().unwrap().to_string(), j["order_token"].as_str().unwrap().to_string(), id.to_string())
}

/// The order as a reader in `lang` sees it through its link (with its token).
async fn order_in(app: &TestApp, number: &str, token: &str, lang: &str) -> serde_json::Value {
    let res = app.request(Method::GET, &format!("/api/v1/orders/{number}?token={token}"), &[("accept-language", lang)], None).await;
    assert_eq!(res.status, StatusCode::OK, "{}", String::from_utf8_lossy(&res.body));
    res.json()
}

/// The order's history as a reader in `lang` sees it.
async fn history(app: &TestApp, number: &str, token: &str, lang: &str) -> Vec<String> {
    order_in(app, number, token, lang).await["events"].as_array().unwrap().iter().map(|e| e["message"].as_str().unwrap().to_string()).collect()
}

/// The order's shipping method as a reader in `lang` sees it.
async fn shipping_method(app: &TestApp, number: &str, token: &str, lang: &str) -> String {
    order_in(app, number, token, lang).await["shipping_method"].as_str().unwrap().to_string()
}

async fn an_orders_shipping_method_reads_in_its_readers_language(app: &TestApp) {
    let p = app.get(&format!("/api/v1/products/{TEE}")).await.json();
    let variant = p["variants"][0]["id"].as_i64().unwrap();
    let (number, token, _) = card_order_in(app, "de-DE,de;q=0.9", variant).await;
    // The shop's name for the method as the shop wrote it; its delivery time in the reader's words.
    assert_eq!(shipping_method(app, &number, &token, "de").await, "Standard (3–5 Werktage)");
    assert_eq!(shipping_method(app, &number, &token, "en").await, "Standard (3–5 business days)");
    assert_eq!(shipping_method(app, &number, &token, "fr").await, "Standard (3 à 5 jours ouvrés)");
    // Orders placed before stored the name with English days: they read the same.
    sqlx::query("UPDATE orders SET shipping_method_name = 'Standard (3–5 business days)' WHERE number = $1")
        .bind(&number)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(shipping_method(app, &number, &token, "de").await, "Standard (3–5 Werktage)");
}

async fn an_orders_history_is_in_its_readers_language_whoever_acts(app: &TestApp) {
    use common::orders::{admin, admin_key};
    let p = app.get(&format!("/api/v1/products/{TEE}")).await.json();
    let variant = p["variants"][0]["id"].as_i64().unwrap();
    let key = admin_key(app).await;
    let english = [("accept-language", "en-US,en;q=0.9")];

    // Placed in German; packed and shipped by an operator whose console speaks English.
    let (number, token, _) = card_order_in(app, "de-DE,de;q=0.9", variant).await;
    assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{number}/verify"), &english, None).await.status, StatusCode::OK);
    let ship = json!({"carrier": "UPS", "tracking_number": "1ZDE0001"});
    let shipped = admin(app, &key, Method::POST, &format!("/orders/{number}/shipments"), &english, Some(ship)).await;
    assert_eq!(shipped.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&shipped.body));
    let events = history(app, &number, &token, "de").await;
    for said in [
        "Bestellung aufgegeben.",
        "Zahlung bestätigt. Wir bereiten Ihre Bestellung vor.",
        "Wir verpacken Ihre Bestellung.",
        "Ihre Bestellung wurde mit UPS versandt (Sendungsnummer 1ZDE0001).",
    ] {
        assert!(events.iter().any(|e| e == said), "{said:?} in {events:?}");
    }
    assert!(!events.iter().any(|e| e.contains("order")), "nothing in English: {events:?}");
    // The same history read in English (the page switched to English) and in French.
    let events = history(app, &number, &token, "en").await;
    assert!(events.iter().any(|e| e == "Your order shipped with UPS (tracking 1ZDE0001)."), "{events:?}");
    assert_eq!(events.first().map(String::as_str), Some("Order placed."), "{events:?}");
    let events = history(app, &number, &token, "fr").await;
    assert!(!events.iter().any(|e| e.contains("order") || e.contains("Bestellung")), "{events:?}");
    // Lines written before lines were stored as what they say read as they were written.
    sqlx::query("UPDATE order_events SET said = NULL WHERE kind = 'placed'").execute(&app.state.db.pool).await.unwrap();
    sqlx::query("UPDATE order_events SET said = '{\"key\":\"server-event-gone\"}' WHERE kind = 'paid'").execute(&app.state.db.pool).await.unwrap();
    let events = history(app, &number, &token, "en").await;
    assert_eq!(events[..2], ["Bestellung aufgegeben.", "Zahlung bestätigt. Wir bereiten Ihre Bestellung vor."], "{events:?}");

    // Canceled and refunded by the same operator: German words, German money.
    let (number, token, _) = card_order_in(app, "de", variant).await;
    let canceled = admin(app, &key, Method::POST, &format!("/orders/{number}/cancel"), &english, Some(json!({"reason": "Lieferengpass"}))).await;
    assert_eq!(canceled.status, StatusCode::OK, "{}", String::from_utf8_lossy(&canceled.body));
    let (total, currency): (i64, String) = sqlx::query_as("SELECT total_minor, currency FROM orders WHERE number = $1").bind(&number).fetch_one(&app.state.db.pool).await.unwrap();
    let amount = vitrine_core::Money::from_minor(total, vitrine_core::Currency::from_code(&currency).unwrap())
        .format(vitrine_server::outbox::money_locale(&app.state, vitrine_core::i18n::Lang::De));
    let events = history(app, &number, &token, "de-DE,de;q=0.9").await;
    assert!(events.iter().any(|e| e == "Der Shop hat diese Bestellung storniert: Lieferengpass"), "{events:?}");
    assert!(events.iter().any(|e| *e == format!("{amount} wurden auf Ihre Karte erstattet.")), "{amount:?} in {events:?}");
    // In English, the amount is written the English way; the operator's own words stay as typed.
    let amount_en = vitrine_core::Money::from_minor(total, vitrine_core::Currency::from_code(&currency).unwrap())
        .format(vitrine_server::outbox::money_locale(&app.state, vitrine_core::i18n::Lang::En));
    let events = history(app, &number, &token, "en").await;
    assert!(events.iter().any(|e| e == "The shop canceled this order: Lieferengpass"), "{events:?}");
    assert!(events.iter().any(|e| *e == format!("Refunded {amount_en} to your card.")), "{amount_en:?} in {events:?}");
    assert_ne!(amount, amount_en);

    // An English order, the operator's German console: English, as before.
    let (number, token, _) = card_order_in(app, "en", variant).await;
    assert_eq!(admin(app, &key, Method::POST, &format!("/orders/{number}/verify"), &[("accept-language", "de")], None).await.status, StatusCode::OK);
    let events = history(app, &number, &token, "en").await;
    assert_eq!(events.first().map(String::as_str), Some("Order placed."), "{events:?}");
    assert!(events.iter().any(|e| e == "We're packing your order."), "{events:?}");
    // The operator's German console reads the checklist before packing in German.
    let console = admin(app, &key, Method::GET, &format!("/orders/{number}"), &[("accept-language", "de")], None).await.json();
    let details: Vec<&str> = console["checklist"].as_array().unwrap().iter().map(|c| c["detail"].as_str().unwrap()).collect();
    assert_eq!(details[1], "Jeder Artikel wurde bei Bestellung oder Zahlung für diese Bestellung aus dem Bestand genommen.", "{details:?}");
    assert!(details[2].starts_with("Bezahlt mit "), "{details:?}");
}
