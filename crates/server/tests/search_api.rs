//! Search, facets, filters, sort and bad input on `GET /api/v1/products`,
//! checked against the product details the same API returns.
//!
//! Runs on the demo catalog, on purpose: ranking, typo and prefix matching
//! and facet counts are about the demo's real text and size. Tests of shop
//! behaviour (carts, checkout) use the fixtures in `common/fixtures.rs`.

mod common;

use std::collections::HashMap;

use axum::http::StatusCode;
use common::TestApp;
use serde_json::Value;

on_both_backends!(crate::common::demo_config() =>
    an_exact_title_match_ranks_first,
    words_match_as_prefixes_and_with_typos,
    facet_counts_match_the_products,
    filters_combine_and_across_or_within,
    option_and_stock_filters_apply_to_variants,
    price_filters_and_range,
    every_sort_order_holds_across_pages,
    bad_input_is_422_never_500,
    suggestions_list_products_and_categories,
);

async fn list(app: &TestApp, query: &str) -> Value {
    let res = app.get(&format!("/api/v1/products?{query}")).await;
    assert_eq!(res.status, StatusCode::OK, "{query}: {}", String::from_utf8_lossy(&res.body));
    res.json()
}

fn titles(v: &Value) -> Vec<String> {
    v["items"].as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap().to_string()).collect()
}

/// Every product's full detail, by handle.
async fn details(app: &TestApp) -> HashMap<String, Value> {
    let all = list(app, "per_page=100").await;
    let mut out = HashMap::new();
    for item in all["items"].as_array().unwrap() {
        let h = item["handle"].as_str().unwrap();
        out.insert(h.to_string(), app.get(&format!("/api/v1/products/{h}")).await.json());
    }
    out
}

fn facet<'a>(list: &'a Value, name: &str) -> &'a Vec<Value> {
    list["facets"].as_array().unwrap().iter().find(|f| f["name"] == name).unwrap_or_else(|| panic!("no facet {name}"))["values"]
        .as_array()
        .unwrap()
}

fn count_of(list: &Value, name: &str, value: &str) -> u64 {
    facet(list, name).iter().find(|v| v["value"] == value).map(|v| v["count"].as_u64().unwrap()).unwrap_or(0)
}

async fn an_exact_title_match_ranks_first(app: &TestApp) {
    for title in ["Merino Crew Sweater", "Canvas Low-Top", "Market Tote", "Soy Candle"] {
        let res = list(app, &format!("q={}", title.replace(' ', "+"))).await;
        assert_eq!(titles(&res)[0], title, "{title}");
    }
    // Title words outrank description words.
    let res = list(app, "q=sweater").await;
    assert!(titles(&res)[0].contains("Sweater"), "{:?}", titles(&res));
}

async fn words_match_as_prefixes_and_with_typos(app: &TestApp) {
    let res = list(app, "q=stonew").await;
    assert_eq!(titles(&res), ["Stoneware Mug 350 ml"]);
    let res = list(app, "q=sweatr").await;
    assert_eq!(res["corrected_query"], "sweater");
    assert!(titles(&res).contains(&"Merino Crew Sweater".to_string()));
    let res = list(app, "q=MERINO+socks").await;
    assert_eq!(titles(&res), ["Merino Hiking Socks"]);
    assert!(res.get("corrected_query").is_none());
    // A SKU finds its product.
    let details = details(app).await;
    let sku = details["leather-hiker"]["variants"][0]["sku"].as_str().unwrap().to_string();
    assert_eq!(titles(&list(app, &format!("q={sku}")).await), ["Leather Hiker"]);
    // Option values are searchable.
    assert!(titles(&list(app, "q=terracotta").await).contains(&"Linen Camp Shirt".to_string()));
    assert_eq!(list(app, "q=zzzzqqq").await["total"], 0);
}

async fn facet_counts_match_the_products(app: &TestApp) {
    let details = details(app).await;
    let res = list(app, "").await;
    for (category, n) in details.values().fold(HashMap::<String, u64>::new(), |mut m, p| {
        *m.entry(p["category"]["handle"].as_str().unwrap().to_string()).or_default() += 1;
        m
    }) {
        assert_eq!(count_of(&res, "category", &category), n, "{category}");
    }
    let with_value = |option: &str, value: &str| {
        details
            .values()
            .filter(|p| {
                let i = p["options"].as_array().unwrap().iter().position(|o| o["name"].as_str().unwrap().to_lowercase() == option);
                i.is_some_and(|i| p["variants"].as_array().unwrap().iter().any(|v| v["options"][i] == value))
            })
            .count() as u64
    };
    for (option, value) in [("colour", "Navy"), ("colour", "Black"), ("size", "M"), ("size", "EU 42"), ("material", "Leather")] {
        assert_eq!(count_of(&res, &format!("option.{option}"), value), with_value(option, value), "{option}={value}");
    }
    let in_stock = details.values().filter(|p| p["variants"].as_array().unwrap().iter().any(|v| v["available"].as_i64().unwrap() > 0)).count();
    assert_eq!(count_of(&res, "in_stock", "true"), in_stock as u64);
    // Counts follow the search text.
    let res = list(app, "q=merino").await;
    let apparel = count_of(&res, "category", "apparel");
    assert_eq!(list(app, "q=merino&category=apparel").await["total"].as_u64().unwrap(), apparel);
}

async fn filters_combine_and_across_or_within(app: &TestApp) {
    let all = list(app, "").await;
    let apparel = count_of(&all, "category", "apparel");
    let footwear = count_of(&all, "category", "footwear");
    let both = list(app, "category=apparel&category=footwear&per_page=100").await;
    assert_eq!(both["total"].as_u64().unwrap(), apparel + footwear);
    // Disjunctive facets: the category facet still offers (and counts) the others.
    assert_eq!(count_of(&both, "category", "bags"), count_of(&all, "category", "bags"));
    let selected: Vec<&str> = facet(&both, "category").iter().filter(|v| v["selected"] == true).map(|v| v["value"].as_str().unwrap()).collect();
    assert_eq!(selected, ["apparel", "footwear"]);
    // AND across: apparel in Navy is fewer than either alone.
    let navy = list(app, "category=apparel&option.colour=Navy&per_page=100").await;
    for item in navy["items"].as_array().unwrap() {
        assert_eq!(item["category"]["handle"], "apparel");
    }
    assert_eq!(navy["total"].as_u64().unwrap(), count_of(&list(app, "category=apparel").await, "option.colour", "Navy"));
}

async fn option_and_stock_filters_apply_to_variants(app: &TestApp) {
    let details = details(app).await;
    let res = list(app, "option.size=M&in_stock=true&per_page=100").await;
    let expected = details
        .values()
        .filter(|p| {
            let Some(i) = p["options"].as_array().unwrap().iter().position(|o| o["name"] == "Size") else { return false };
            p["variants"].as_array().unwrap().iter().any(|v| v["options"][i] == "M" && v["available"].as_i64().unwrap() > 0)
        })
        .count();
    assert_eq!(res["total"].as_u64().unwrap(), expected as u64);
    for item in res["items"].as_array().unwrap() {
        let p = &details[item["handle"].as_str().unwrap()];
        let i = p["options"].as_array().unwrap().iter().position(|o| o["name"] == "Size").unwrap();
        assert!(p["variants"].as_array().unwrap().iter().any(|v| v["options"][i] == "M" && v["available"].as_i64().unwrap() > 0));
    }
}

async fn price_filters_and_range(app: &TestApp) {
    let res = list(app, "price_min=50&price_max=100.5&per_page=100").await;
    let details = details(app).await;
    assert!(res["total"].as_u64().unwrap() > 0);
    for item in res["items"].as_array().unwrap() {
        let p = &details[item["handle"].as_str().unwrap()];
        let ok = p["variants"].as_array().unwrap().iter().any(|v| {
            let a: f64 = v["price"]["amount"].as_str().unwrap().parse().unwrap();
            (50.0..=100.5).contains(&a)
        });
        assert!(ok, "{} has no variant between 50 and 100.50", item["title"]);
    }
    // The price range ignores the price filter itself, so the slider keeps its scale.
    assert_eq!(res["price_range"], list(app, "").await["price_range"]);
    assert_eq!(res["price_range"]["min"]["amount"], "16.00");
    assert_eq!(list(app, "price_min=1000").await["total"], 0);
}

async fn every_sort_order_holds_across_pages(app: &TestApp) {
    let details = details(app).await;
    let collect = |sort: &'static str| async move {
        let mut out = Vec::new();
        for page in 1..=3 {
            let res = list(app, &format!("sort={sort}&per_page=24&page={page}")).await;
            out.extend(res["items"].as_array().unwrap().iter().map(|i| i["handle"].as_str().unwrap().to_string()));
        }
        out
    };
    let price = |h: &String| -> f64 {
        details[h]["variants"].as_array().unwrap().iter().map(|v| v["price"]["amount"].as_str().unwrap().parse::<f64>().unwrap()).fold(f64::MAX, f64::min)
    };
    let asc = collect("price-asc").await;
    assert_eq!(asc.len(), details.len());
    assert!(asc.windows(2).all(|w| price(&w[0]) <= price(&w[1])), "price-asc");
    let desc = collect("price-desc").await;
    assert!(desc.windows(2).all(|w| price(&w[0]) >= price(&w[1])), "price-desc");
    let newest = collect("newest").await;
    let created = |h: &String| details[h]["created_at"].as_i64().unwrap();
    assert!(newest.windows(2).all(|w| created(&w[0]) >= created(&w[1])), "newest");
    let name = collect("name").await;
    let title = |h: &String| details[h]["title"].as_str().unwrap().to_lowercase();
    assert!(name.windows(2).all(|w| title(&w[0]) <= title(&w[1])), "name");
}

async fn bad_input_is_422_never_500(app: &TestApp) {
    let bad = [
        ("option.flavour=mint", "option.flavour"),
        ("colour=red", "colour"),
        ("page=-3", "page"),
        ("page=4294967296", "page"),
        ("per_page=1000", "per_page"),
        ("sort=random", "sort"),
        ("price_min=abc", "price_min"),
        ("price_min=9&price_max=3", "price_min"),
        ("in_stock=maybe", "in_stock"),
        ("category=%00", "category"),
    ];
    for (query, field) in bad {
        let res = app.get(&format!("/api/v1/products?{query}")).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert!(res.json()["errors"][field].is_array(), "{query}: {}", res.json());
    }
    let long = "a".repeat(201);
    let res = app.get(&format!("/api/v1/products?q={long}")).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json()["errors"]["q"][0], "must be at most 200 characters");
    // Search syntax of SQL full-text engines is just text here.
    for q in ["%22merino", "merino*", "NEAR(merino%20socks)", "-merino", "merino%20OR%20AND", "%27%29%3B%20DROP%20TABLE%20products%3B--", "%F0%9F%A7%A6%20%E2%80%8B%20%D0%96", "%E2%80%AE%E2%80%AD", "(((", "%5C"] {
        let res = app.get(&format!("/api/v1/products?q={q}")).await;
        assert_eq!(res.status, StatusCode::OK, "q={q}");
    }
    assert_eq!(list(app, "q=%22merino%22+-socks*").await["total"].as_u64().unwrap(), 1);
    // The last page exists; past it is empty, not an error.
    assert_eq!(list(app, "per_page=100&page=10000").await["items"].as_array().unwrap().len(), 0);
}

async fn suggestions_list_products_and_categories(app: &TestApp) {
    let res = app.get("/api/v1/search/suggestions?q=mer").await;
    assert_eq!(res.status, StatusCode::OK);
    let s = res.json();
    let names: Vec<&str> = s["products"].as_array().unwrap().iter().map(|p| p["title"].as_str().unwrap()).collect();
    assert!(names.iter().all(|n| n.contains("Merino")), "{names:?}");
    assert_eq!(s["total"].as_u64().unwrap(), names.len() as u64);
    assert!(s["categories"].as_array().unwrap().iter().any(|c| c["category"]["handle"] == "apparel"));
    assert!(app.get("/api/v1/search/suggestions?q=a&limit=3").await.json()["products"].as_array().unwrap().len() <= 3);
    for bad in ["", "?q=a&limit=0", "?q=a&limit=11", "?q=a&x=1"] {
        assert_eq!(app.get(&format!("/api/v1/search/suggestions{bad}")).await.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
}
