//! The first screen of a listing (`/`, a category, a search) and of a
//! product page, drawn by the server in the app's own layout so the page
//! paints, with its pictures, before the app's wasm arrives, and nothing
//! moves when the app replaces it: the listing's heading, count, toolbar and
//! first cards (title, category, price, colours, quick add) in the page's
//! language; the product's breadcrumbs above its picture.
//!
//! Everything but the heading is `inert` (neither focusable nor read: the app
//! brings the working controls). Prices are written only where the server
//! writes them exactly as the app will (`Locale::writes_like_intl`: the
//! shop's own currency in its own language); elsewhere a skeleton line
//! keeps their room. Call in the page's language (`crate::i18n::scope`).

use std::fmt::Write;

use vitrine_core::catalog::{Image, Product, ProductSummary};
use vitrine_core::i18n::Lang;
use vitrine_core::listing::{ProductList, ProductQuery, Sort};
use vitrine_core::{escape_html as esc, t, Locale, Money};

/// Cards drawn: as many as the app's first render draws (`FIRST_SCREEN` in
/// src/catalog/catalog_page.rs), two rows on a desktop, four on a phone.
pub const CARDS: usize = 8;

/// Cards whose pictures load at once (the rest are below a phone's fold).
const EAGER: usize = 4;

/// The listing's heading as the app writes it: the search, the one
/// category, or "Shop all".
pub fn heading(q: &ProductQuery, category: Option<&str>) -> String {
    match category {
        _ if !q.q.is_empty() => t!("catalog-results-for", query = &q.q),
        Some(name) => name.to_string(),
        None => t!("common-shop-all"),
    }
}

/// A listing's first screen; `None` for no results (the app's "no match" is
/// not drawn here).
pub fn listing(q: &ProductQuery, list: &ProductList, heading: &str, prices: &Prices) -> Option<String> {
    if list.items.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(8 * 1024);
    let _ = write!(out, r#"<div class="vt-catalog"><header class="vt-catalog__header"><h1 class="vt-catalog__title">{}</h1>"#, esc(heading));
    if let Some(c) = &list.corrected_query {
        const MARK: &str = "\u{E000}";
        let message = t!("catalog-corrected", query = MARK);
        let (before, after) = message.split_once(MARK).unwrap_or((&message, ""));
        let _ = write!(out, r#"<p class="vt-catalog__lede">{}<strong>{}</strong>{}</p>"#, esc(before), esc(c), esc(after));
    }
    out.push_str(r#"</header><div class="vt-catalog__layout"><div class="vt-catalog__filters" inert></div><div class="vt-catalog__results"><div class="vt-toolbar" inert>"#);
    let filters = q.categories.len()
        + q.options.values().map(Vec::len).sum::<usize>()
        + usize::from(q.price_min.is_some() || q.price_max.is_some())
        + usize::from(q.in_stock);
    let badge = if filters > 0 { format!(r#"<span class="vt-toolbar__badge">{filters}</span>"#) } else { String::new() };
    let _ = write!(
        out,
        r#"<p class="vt-catalog__count">{}</p><button type="button" class="vt-button vt-button--secondary vt-toolbar__filters">{}{badge}</button><div class="vt-sort"><span class="vt-sort__label">{}</span><select class="vt-select">"#,
        esc(&t!("catalog-count", count = list.total)),
        esc(&t!("catalog-filters")),
        esc(&t!("catalog-sort-label")),
    );
    for s in Sort::ALL {
        let selected = if s == q.sort { " selected" } else { "" };
        let _ = write!(out, r#"<option{selected}>{}</option>"#, esc(&s.label(!q.q.is_empty())));
    }
    out.push_str("</select></div></div>");
    chips(&mut out, q, list, prices);
    out.push_str(r#"<ul class="vt-grid" inert>"#);
    for (i, p) in list.items.iter().take(CARDS).enumerate() {
        card(&mut out, p, i, prices);
    }
    out.push_str("</ul></div></div></div>");
    Some(out)
}

/// The active filters' chips and "Clear all", as `ActiveFilters` draws them
/// (src/catalog/active_filters.rs), so the cards below keep their place.
fn chips(out: &mut String, q: &ProductQuery, list: &ProductList, prices: &Prices) {
    if !q.has_filters() {
        return;
    }
    out.push_str(r#"<div class="vt-chips" inert><ul class="vt-chips__list">"#);
    // The icon is `IconKind::Close` (src/ui/icons.rs) at the size the app draws it.
    for (label, _) in q.chips(Some(list), |m| prices.text(m).unwrap_or_else(|| m.amount.normalize().to_string())) {
        let _ = write!(
            out,
            r#"<li><button type="button" class="vt-chip">{}<svg class="vt-icon" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"></path></svg></button></li>"#,
            esc(&label)
        );
    }
    let _ = write!(out, r#"</ul><button type="button" class="vt-chips__clear">{}</button></div>"#, esc(&t!("catalog-clear-all")));
}

/// A product page's breadcrumbs (Shop / category / title), drawn above its
/// first screen's picture as the app draws them.
pub fn breadcrumbs(p: &Product) -> String {
    format!(
        r#"<nav class="vt-breadcrumbs" inert><ol><li><span>{}</span></li><li><span>{}</span></li><li><span>{}</span></li></ol></nav>"#,
        esc(&t!("catalog-breadcrumb-shop")),
        esc(&p.category.name),
        esc(&p.title)
    )
}

/// A picture drawn before the app: the URL the app asks for (fetched once).
pub fn picture(out: &mut String, img: &Image, first: bool) {
    let priority = if first { r#" fetchpriority="high""# } else { "" };
    let _ = write!(out, r#"<img src="{}" alt="" width="{}" height="{}"{priority}>"#, esc(&img.url), img.width, img.height);
}

/// How the page writes money: the locale the app's `Intl` would use for
/// this shop and language, when the server writes it the same.
pub struct Prices(Option<Locale>);

impl Prices {
    /// As `intl_locale` in src/i18n.rs chooses: the shop's locale when the
    /// page reads the shop's language, else the page's language.
    pub fn new(shop_locale: &str, lang: Lang) -> Prices {
        let tag = if Lang::from_tag(shop_locale) == Some(lang) { shop_locale } else { lang.tag() };
        let locale = Locale::from_tag(tag);
        Prices(locale.tag.eq_ignore_ascii_case(tag).then_some(locale))
    }

    fn text(&self, m: Money) -> Option<String> {
        let rounded = m.rounded();
        self.0.filter(|l| l.writes_like_intl(rounded.currency)).map(|l| rounded.format(l))
    }
}

/// A card as `ProductCard` draws it (src/catalog/product_card.rs), without
/// its link and button working.
fn card(out: &mut String, p: &ProductSummary, index: usize, prices: &Prices) {
    let sold_out = p.available <= 0;
    let _ = write!(out, r#"<li><article class="vt-card{}"><div class="vt-card__link"><div class="vt-card__media">"#, if sold_out { " vt-card--sold-out" } else { "" });
    if let Some(img) = &p.image {
        if index < EAGER {
            picture(out, img, index == 0);
        } else {
            let _ = write!(out, r#"<img src="{}" alt="" width="{}" height="{}" loading="lazy">"#, esc(&img.url), img.width, img.height);
        }
    }
    let badge = if sold_out {
        Some(("vt-badge--muted", t!("catalog-sold-out")))
    } else {
        p.compare_at_price.is_some().then(|| ("vt-badge--sale", t!("catalog-sale")))
    };
    if let Some((kind, text)) = badge {
        let _ = write!(out, r#"<span class="vt-badge {kind} vt-card__badge">{}</span>"#, esc(&text));
    }
    let _ = write!(
        out,
        r#"</div><div class="vt-card__body"><h2 class="vt-card__title">{}</h2><p class="vt-card__category">{}</p><span class="vt-price ">"#,
        esc(&p.title),
        esc(&p.category.name)
    );
    match prices.text(p.price) {
        Some(current) => {
            if p.price != p.price_max {
                let _ = write!(out, r#"<span class="vt-price__from">{} </span>"#, esc(&t!("common-price-from")));
            }
            let was = p.compare_at_price.filter(|c| c.amount > p.price.amount).and_then(|c| prices.text(c));
            let sale = if was.is_some() { " vt-price__current--sale" } else { "" };
            let _ = write!(out, r#"<span class="vt-price__current{sale}">{}</span>"#, esc(&current));
            if let Some(was) = was {
                let _ = write!(out, r#"<s class="vt-price__was"><span class="vt-visually-hidden">{} </span>{}</s>"#, esc(&t!("common-price-was")), esc(&was));
            }
        }
        None => out.push_str(r#"<span class="vt-skeleton vt-skeleton--line vt-skeleton--short"></span>"#),
    }
    out.push_str("</span></div></div>");
    if p.swatches.len() > 1 {
        out.push_str(r#"<ul class="vt-card__swatches">"#);
        for c in p.swatches.iter().take(5) {
            let _ = write!(out, r#"<li class="vt-swatch-dot" style="--vt-swatch: {}"></li>"#, esc(c));
        }
        if p.swatches.len() > 5 {
            let _ = write!(out, r#"<li class="vt-card__more">+{}</li>"#, p.swatches.len() - 5);
        }
        out.push_str("</ul>");
    }
    if p.single_variant_id.is_some() && !sold_out {
        let _ = write!(out, r#"<button type="button" class="vt-button vt-button--secondary vt-card__add">{}</button>"#, esc(&t!("cart-add-button")));
    }
    out.push_str("</article></li>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_search_or_a_title_stays_text() {
        crate::i18n::init();
        let list: ProductList = serde_json::from_value(serde_json::json!({
            "items": [{
                "id": 1, "handle": "x", "title": "Tee </h2><script>alert(1)</script>", "category": {"handle": "c", "name": "<b>C</b>"},
                "price": {"amount": "5.00", "currency": "USD"}, "price_max": {"amount": "5.00", "currency": "USD"},
                "available": 3, "swatches": ["red\" onmouseover=\"x", "blue"], "variant_count": 2
            }],
            "total": 1, "page": 1, "per_page": 24, "page_count": 1,
            "corrected_query": "<i>tee</i>"
        }))
        .unwrap();
        let q = ProductQuery { q: "<script>tee".into(), ..ProductQuery::default() };
        let screen = listing(&q, &list, &heading(&q, None), &Prices::new("en-US", Lang::En)).unwrap();
        assert!(!screen.contains("<script>") && !screen.contains("<b>") && !screen.contains("<i>"), "{screen}");
        assert!(screen.contains("Results for “&lt;script&gt;tee”"), "{screen}");
        assert!(screen.contains("style=\"--vt-swatch: red&quot; onmouseover=&quot;x\""), "{screen}");
        assert!(screen.contains("<span class=\"vt-price__current\">$5.00</span>"), "{screen}");
    }

    #[test]
    fn prices_are_written_where_the_app_writes_them_the_same() {
        let usd = Money::new(rust_decimal::Decimal::new(2800, 2), vitrine_core::Currency::Usd);
        assert_eq!(Prices::new("en-US", Lang::En).text(usd).as_deref(), Some("$28.00"));
        // A German page of a US shop: the app asks `Intl` ("28,00 $"); the server leaves room.
        assert_eq!(Prices::new("en-US", Lang::De).text(usd), None);
        let eur = Money::new(rust_decimal::Decimal::new(123450, 2), vitrine_core::Currency::Eur);
        assert_eq!(Prices::new("de-DE", Lang::De).text(eur).as_deref(), Some("1.234,50\u{a0}€"));
        assert_eq!(Prices::new("es-ES", Lang::En).text(eur), None);
    }
}
