//! The widgets' markup, written as text and set with `innerHTML` (no view
//! framework: the embed's first load is its budget). The markup is the
//! kit's (the same classes, parts and words as the storefront's
//! components, so the kit's CSS and the shop's theme style it); every
//! value in it goes through [`esc`].
//!
//! Controls carry `data-act` (what a click or change does, handled in
//! [`super::on_event`]) and `data-k` (a key unique in the widget, so focus
//! comes back to the same control after a render).

use vitrine_core::catalog::{value_state, variant_for, StockStatus, ValueState};
use vitrine_core::pricing::MAX_LINE_QUANTITY;
use vitrine_core::t;

use super::cart::CartState;
use super::wire::{more, zero, J};
use super::{GridState, Load, Prod, ProductState};
use crate::api::{self, ApiError};
use crate::catalog::{around, reason_of, slug, stock_label, MARK};
use crate::ui::IconKind;

/// `s` safe inside text and inside a double- or single-quoted attribute.
pub use vitrine_core::escape_html as esc;

/// ` disabled` when `on`.
fn disabled(on: bool) -> &'static str {
    if on {
        " disabled"
    } else {
        ""
    }
}

/// A decorative inline icon (the kit's [`IconKind`] paths).
fn icon(kind: IconKind, size: u32) -> String {
    format!(
        r#"<svg class="vt-icon" width="{size}" height="{size}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="{}"></path></svg>"#,
        kind.path()
    )
}

/// Money in the page's language, in the shop's locale.
pub struct Fmt {
    pub locale: String,
}

impl Fmt {
    /// `{amount, currency}` as the API wrote it.
    pub fn money(&self, m: &J) -> String {
        crate::i18n::money_text(&m.str("amount"), &m.str("currency"), &self.locale)
    }

    /// A price with its struck-through "was" price (the kit's `Price`).
    fn price(&self, class: &str, price: &J, compare_at: Option<J>, from: bool) -> String {
        let was = compare_at.filter(|c| more(c, price));
        let from = if from { format!(r#"<span class="vt-price__from">{} </span>"#, esc(&t!("common-price-from"))) } else { String::new() };
        let was_html = was
            .as_ref()
            .map(|w| format!(r#"<s class="vt-price__was"><span class="vt-visually-hidden">{} </span>{}</s>"#, esc(&t!("common-price-was")), esc(&self.money(w))))
            .unwrap_or_default();
        format!(
            r#"<span class="vt-price {class}" part="price">{from}<span class="vt-price__current{}">{}</span>{was_html}</span>"#,
            if was.is_some() { " vt-price__current--sale" } else { "" },
            esc(&self.money(price))
        )
    }
}

/// − [n] + (the kit's `QuantityStepper`); `line` is the cart line it sets, none for a product's quantity.
fn stepper(value: i64, max: i64, label: &str, off: bool, line: Option<i64>) -> String {
    let (k, data) = match line {
        Some(id) => (format!("l{id}"), format!(r#" data-line="{id}""#)),
        None => ("p".to_string(), String::new()),
    };
    let group = esc(&t!("cart-quantity-label", title = label));
    format!(
        r#"<div class="vt-stepper" role="group" aria-label="{group}"><button type="button" class="vt-stepper__button" data-act="step" data-by="-1" data-k="{k}-" aria-label="{}"{data}{}>−</button><label for="vt-qty-{k}" class="vt-visually-hidden">{group}</label><input id="vt-qty-{k}" class="vt-stepper__input" type="number" inputmode="numeric" min="1" max="{}" step="1" value="{value}" data-act="qty" data-k="{k}"{data}{}><button type="button" class="vt-stepper__button" data-act="step" data-by="1" data-k="{k}+" aria-label="{}"{data}{}>+</button></div>"#,
        esc(&t!("cart-quantity-decrease", title = label)),
        disabled(off || value <= 1),
        max.max(1),
        disabled(off),
        esc(&t!("cart-quantity-increase", title = label)),
        disabled(off || value >= max),
    )
}

/// What a product or grid widget shows when the shop does not answer this
/// site: refused (not on the shop's `--cors-origin` list) or unreachable.
pub fn not_connected(error: &ApiError) -> String {
    let refused = error.status() == Some(403) && error.field("origin").is_some();
    let (title, hint) = if refused {
        (t!("common-embed-not-connected"), t!("common-embed-not-connected-hint"))
    } else {
        (t!("common-embed-unreachable"), t!("common-embed-unreachable-hint"))
    };
    format!(
        r#"<div class="vt-embed-error" part="error" role="alert"><p class="vt-embed-error__title">{}</p><p class="vt-embed-error__hint">{}</p></div>"#,
        esc(&title),
        esc(&hint)
    )
}

fn failed(message: &str) -> String {
    format!(r#"<p class="vt-embed-error" part="error" role="alert">{}</p>"#, esc(message))
}

/// `<vitrine-product>`.
pub fn product(state: &ProductState, fmt: &Fmt) -> String {
    match &state.load {
        Load::Loading => format!(
            r#"<div class="vt-embed-product" aria-hidden="true"><div class="vt-embed-product__media vt-skeleton"></div><div class="vt-embed-product__info"><div class="vt-skeleton vt-skeleton--title"></div><div class="vt-skeleton vt-skeleton--block"></div></div></div><p class="vt-visually-hidden" role="status">{}</p>"#,
            esc(&t!("common-loading-product"))
        ),
        Load::Ready(None) => failed(&t!("common-embed-no-handle")),
        Load::Failed(e) if e.is_not_found() => failed(&t!("common-embed-product-missing")),
        Load::Failed(e) => format!(
            r#"<div class="vt-notice vt-notice--error" role="alert"><p class="vt-notice__title">{}</p><p class="vt-notice__body">{}</p><button type="button" class="vt-button vt-button--secondary" data-act="retry" data-k="retry">{}</button></div>"#,
            esc(&t!("common-embed-product-failed")),
            esc(&e.to_string()),
            esc(&t!("common-try-again"))
        ),
        Load::Ready(Some(p)) => product_body(p, state, fmt),
    }
}

fn product_body(p: &Prod, state: &ProductState, fmt: &Fmt) -> String {
    let variant = variant_for(&p.variants, &state.selected);
    let price = variant.or(p.variants.first()).map(|v| v.j.get("price")).unwrap_or_else(|| p.j.get("price"));
    let available = variant.map(|v| v.available).unwrap_or(0);
    let images = p.j.list("images");
    let image = variant.and_then(|v| v.j.opt("image")).and_then(|i| images.get(i.0.as_f64().unwrap_or(0.0) as usize)).or(images.first());
    let img = image
        .map(|i| {
            format!(
                r#"<img src="{}" alt="{}" width="{}" height="{}" decoding="async">"#,
                esc(&api::shop_url(&i.str("url"))),
                esc(&i.str("alt")),
                i.int("width"),
                i.int("height")
            )
        })
        .unwrap_or_default();
    let status = StockStatus::from_available(available);
    let unavailable = variant.is_none() || available <= 0;
    let busy = state.pending;
    let button = if busy {
        t!("cart-add-adding")
    } else if variant.is_none() {
        t!("cart-add-unavailable")
    } else if available <= 0 {
        t!("cart-add-sold-out")
    } else {
        t!("cart-add-button")
    };
    let message = state
        .message
        .as_ref()
        .map(|(ok, text)| {
            let view = if *ok {
                format!(r#"<button type="button" class="vt-link-button" data-act="open-cart" data-k="view">{}</button>"#, esc(&t!("cart-view-cart")))
            } else {
                String::new()
            };
            format!(r#"<span class="vt-add__message--{}">{}</span>{view}"#, if *ok { "ok" } else { "error" }, esc(text))
        })
        .unwrap_or_default();
    let title = p.j.str("title");
    format!(
        r#"<article class="vt-embed-product" part="product"><div class="vt-embed-product__media" part="image">{img}</div><div class="vt-embed-product__info"><h2 class="vt-embed-product__title" part="title"><a href="{}">{}</a></h2>{}{}<p class="vt-stock vt-stock--{}"><span class="vt-stock__dot" aria-hidden="true"></span>{}</p><div class="vt-add"><div class="vt-add__row">{}<button type="button" class="vt-button vt-button--primary vt-add__button" part="add-button" data-act="add" data-k="add" aria-busy="{busy}"{}>{}</button></div><p class="vt-add__message">{message}</p></div></div></article>"#,
        esc(&api::shop_url(&format!("/products/{}", p.j.str("handle")))),
        esc(&title),
        fmt.price("vt-product__price", &price, variant.and_then(|v| v.j.opt("compare_at_price")), false),
        options(p, &state.selected),
        status.as_str(),
        esc(&stock_label(status, available)),
        stepper(state.quantity, available.clamp(1, MAX_LINE_QUANTITY), &title, unavailable || busy, None),
        disabled(unavailable || busy),
        esc(&button),
    )
}

/// One radio group per option (the kit's `VariantPicker`): colours as
/// swatches (their colour set after rendering, from `data-swatch`: no
/// inline style, for hosts whose CSP forbids them), values that can't be
/// picked disabled and saying why.
fn options(p: &Prod, selected: &[String]) -> String {
    let id = p.j.int("id");
    let mut out = String::new();
    for (i, option) in p.j.list("options").iter().enumerate() {
        let values = option.list("values");
        let swatches = values.iter().any(|v| v.opt("swatch").is_some());
        let picked = selected.get(i).cloned().unwrap_or_default();
        let (before, after) = around(t!("catalog-option-legend", option = &option.str("name"), value = MARK));
        out.push_str(&format!(
            r#"<fieldset class="vt-option{}"><legend class="vt-option__legend">{}<strong>{}</strong>{}</legend><div class="vt-option__values">"#,
            if swatches { " vt-option--swatches" } else { "" },
            esc(&before),
            esc(&picked),
            esc(&after)
        ));
        for value in &values {
            let v = value.str("value");
            let state = value_state(&p.variants, selected, i, &v);
            let off = state != ValueState::Available;
            let reason = reason_of(state).map(|r| format!(" — {r}")).unwrap_or_default();
            let input = format!("vt-opt-{id}-{i}-{}", slug(&v));
            let swatch = value
                .opt("swatch")
                .map(|c| format!(r#"<span class="vt-option__swatch" data-swatch="{}" aria-hidden="true"></span>"#, esc(&c.text())))
                .unwrap_or_default();
            out.push_str(&format!(
                r#"<input class="vt-option__input vt-visually-hidden" type="radio" id="{input}" name="vt-opt-{id}-{i}" value="{}" data-act="option" data-option="{i}" data-k="{input}"{}{}><label for="{input}" class="vt-option__value{}" title="{}{}">{swatch}<span{}>{}</span><span class="vt-visually-hidden">{}</span></label>"#,
                esc(&v),
                if v == picked { " checked" } else { "" },
                disabled(off),
                if off { " vt-option__value--unavailable" } else { "" },
                esc(&v),
                esc(&reason),
                if swatches { r#" class="vt-visually-hidden""# } else { "" },
                esc(&v),
                esc(&reason),
            ));
        }
        out.push_str("</div></fieldset>");
    }
    out
}

/// The API's message with what it said of each field: for a grid, the
/// attribute a site owner wrote wrong (`sort: must be one of ...`).
fn with_fields(e: &ApiError) -> String {
    match e {
        ApiError::Http { body, .. } => body.errors.iter().fold(e.to_string(), |text, (field, problems)| format!("{text} {field}: {}", problems.join("; "))),
        _ => e.to_string(),
    }
}

/// `<vitrine-product-grid>`.
pub fn grid(state: &GridState, fmt: &Fmt) -> String {
    match &state.load {
        Load::Loading => {
            let card = r#"<li class="vt-card vt-card--skeleton"><div class="vt-card__media vt-skeleton"></div><div class="vt-card__body"><div class="vt-skeleton vt-skeleton--line"></div><div class="vt-skeleton vt-skeleton--line vt-skeleton--short"></div></div></li>"#;
            format!(
                r#"<ul class="vt-grid" aria-hidden="true">{}</ul><p class="vt-visually-hidden" role="status">{}</p>"#,
                card.repeat(state.skeleton),
                esc(&t!("common-loading-products"))
            )
        }
        Load::Failed(e) => failed(&with_fields(e)),
        Load::Ready(items) if items.is_empty() => format!(r#"<p class="vt-embed-empty">{}</p>"#, esc(&t!("common-embed-grid-empty"))),
        Load::Ready(items) => {
            let cards: String = items.iter().map(|p| format!("<li>{}</li>", card(p, state, fmt))).collect();
            format!(r#"<ul class="vt-grid vt-embed-grid" part="grid">{cards}</ul>"#)
        }
    }
}

/// A product in the grid (the kit's `ProductCard`): one link, with a quick
/// add for products with a single variant.
fn card(p: &J, state: &GridState, fmt: &Fmt) -> String {
    let sold_out = p.int("available") <= 0;
    let img = p
        .opt("image")
        .map(|i| format!(r#"<img src="{}" alt="" width="{}" height="{}" loading="lazy" decoding="async">"#, esc(&api::shop_url(&i.str("url"))), i.int("width"), i.int("height")))
        .unwrap_or_default();
    let badge = if sold_out {
        format!(r#"<span class="vt-badge vt-badge--muted vt-card__badge">{}</span>"#, esc(&t!("catalog-sold-out")))
    } else if p.opt("compare_at_price").is_some() {
        format!(r#"<span class="vt-badge vt-badge--sale vt-card__badge">{}</span>"#, esc(&t!("catalog-sale")))
    } else {
        String::new()
    };
    let colours = p.list("swatches");
    let n = colours.len();
    let swatches = if n > 1 {
        let dots: String = colours.iter().take(5).map(|c| format!(r#"<li class="vt-swatch-dot" data-swatch="{}"></li>"#, esc(&c.text()))).collect();
        let more = if n > 5 { format!(r#"<li class="vt-card__more">+{}</li>"#, n - 5) } else { String::new() };
        format!(r#"<ul class="vt-card__swatches" aria-label="{}">{dots}{more}</ul>"#, esc(&t!("catalog-colours", count = n)))
    } else {
        String::new()
    };
    let title = p.str("title");
    let quick = p
        .opt("single_variant_id")
        .filter(|_| !sold_out)
        .map(|id| {
            let id = id.0.as_f64().unwrap_or(0.0) as i64;
            let busy = state.adding.contains(&id);
            let label = if busy {
                t!("cart-add-adding")
            } else if state.added.contains(&id) {
                t!("cart-quick-add-done")
            } else {
                t!("cart-add-button")
            };
            format!(
                r#"<button type="button" class="vt-button vt-button--secondary vt-card__add" part="add-button" data-act="quick" data-variant="{id}" data-k="q{id}" aria-label="{}" aria-busy="{busy}"{}>{}</button>"#,
                esc(&t!("cart-quick-add-label", title = &title)),
                disabled(busy),
                esc(&label)
            )
        })
        .unwrap_or_default();
    format!(
        r#"<article class="vt-card{}" part="card"><a href="{}" class="vt-card__link"><div class="vt-card__media">{img}{badge}</div><div class="vt-card__body"><h2 class="vt-card__title">{}</h2><p class="vt-card__category">{}</p>{}</div></a>{swatches}{quick}</article>"#,
        if sold_out { " vt-card--sold-out" } else { "" },
        esc(&api::shop_url(&format!("/products/{}", p.str("handle")))),
        esc(&title),
        esc(&p.get("category").str("name")),
        fmt.price("", &p.get("price"), p.opt("compare_at_price"), more(&p.get("price_max"), &p.get("price"))),
    )
}

/// `<vitrine-cart-button>` (the kit's `CartButton`).
pub fn cart_button(cart: &CartState) -> String {
    let count = cart.count();
    format!(
        r#"<button type="button" class="vt-header__cart" part="cart-button" aria-haspopup="dialog" aria-label="{}" data-act="open-cart" data-k="cart">{}<span class="vt-header__cart-count{}" part="cart-count" aria-hidden="true">{}</span></button>"#,
        esc(&t!("cart-button-label", count = count)),
        icon(IconKind::Bag, 22),
        if count == 0 { " vt-header__cart-count--empty" } else { "" },
        esc(&crate::i18n::number(count))
    )
}

/// The inside of `<vitrine-cart>`'s dialog (the kit's `CartDrawer`): only while it is open.
pub fn drawer(cart: &CartState, fmt: &Fmt) -> String {
    let count = cart.count();
    let title = if count == 0 { t!("cart-title") } else { t!("cart-drawer-title", count = count) };
    let header = format!(
        r#"<div class="vt-dialog__header"><h2 id="vt-drawer-title" class="vt-dialog__title">{}</h2><button type="button" class="vt-icon-button" aria-label="{}" data-act="close-cart" data-k="close">{}</button></div>"#,
        esc(&title),
        esc(&t!("cart-drawer-close")),
        icon(IconKind::Close, 20)
    );
    if !cart.drawer_open {
        return header;
    }
    let undo = cart
        .removed
        .as_ref()
        .map(|r| {
            format!(
                r#"<div class="vt-undo"><span>{}</span><button type="button" class="vt-link-button" data-act="undo" data-k="undo" aria-label="{}">{}</button></div>"#,
                esc(&t!("cart-undo-removed", title = &r.title)),
                esc(&t!("cart-undo-label", title = &r.title)),
                esc(&t!("cart-undo"))
            )
        })
        .unwrap_or_default();
    let lines = cart.cart.as_ref().filter(|c| !c.list("lines").is_empty());
    let Some(c) = lines else {
        return format!(
            r#"{header}<div class="vt-dialog__body">{undo}<div class="vt-empty vt-empty--compact"><p class="vt-empty__title">{}</p><button type="button" class="vt-button vt-button--secondary" data-act="close-cart" data-k="continue">{}</button></div></div>"#,
            esc(&t!("cart-empty-title")),
            esc(&t!("cart-continue-shopping"))
        );
    };
    let busy = cart.busy > 0;
    let items: String = c.list("lines").iter().map(|l| line(c, l, busy, fmt)).collect();
    format!(
        r#"{header}<div class="vt-dialog__body">{undo}<ul class="vt-lines">{items}</ul></div><div class="vt-dialog__footer vt-drawer__footer">{}{}<button type="button" class="vt-button vt-button--primary vt-button--block" part="checkout-button" data-act="checkout" data-k="checkout">{}</button></div>"#,
        discount(c, &cart.discount, fmt),
        totals(c, fmt),
        esc(&t!("cart-check-out"))
    )
}

/// One line of the drawer (the kit's `CartLineView`).
fn line(c: &J, l: &J, busy: bool, fmt: &Fmt) -> String {
    let id = l.int("id");
    let title = l.str("product_title");
    let href = esc(&api::shop_url(&format!("/products/{}?variant={}", l.str("product_handle"), l.int("variant_id"))));
    let img = l
        .opt("image")
        .map(|i| format!(r#"<img src="{}" alt="" width="96" height="96" loading="lazy">"#, esc(&api::shop_url(&i.str("url")))))
        .unwrap_or_default();
    let total = c
        .get("totals")
        .list("lines")
        .into_iter()
        .find(|t| t.int("key") == id)
        .map(|t| fmt.price("", &t.get("total"), Some(t.get("subtotal")).filter(|_| !zero(&t.get("discount"))), false))
        .unwrap_or_default();
    let variant_title = l.str("variant_title");
    // i18n: not shown (the API's name for a product's only variant)
    let variant = if variant_title != "Default" { format!(r#"<p class="vt-line__variant">{}</p>"#, esc(&variant_title)) } else { String::new() };
    let quantity = l.int("quantity");
    let notices: String = l.list("issues").iter().map(|issue| notice(id, quantity, issue, fmt)).collect();
    format!(
        r#"<li class="vt-line"><a class="vt-line__media" href="{href}" tabindex="-1" aria-hidden="true">{img}</a><div class="vt-line__body"><div class="vt-line__head"><a class="vt-line__title" href="{href}">{}</a><span class="vt-line__total">{total}</span></div>{variant}<p class="vt-line__unit">{}</p><div class="vt-line__actions">{}<button type="button" class="vt-link-button vt-line__remove" data-act="remove" data-line="{id}" data-k="r{id}" aria-label="{}">{}{}</button></div>{notices}</div></li>"#,
        esc(&title),
        esc(&t!("cart-line-each", price = fmt.money(&l.get("unit_price")))),
        stepper(quantity, l.int("max_quantity").max(1), &title, busy, Some(id)),
        esc(&t!("cart-line-remove-label", title = &title)),
        icon(IconKind::Close, 16),
        esc(&t!("cart-remove")),
    )
}

/// A line's problem and its fix (the core's `LineIssue`, by its `type`):
/// a changed price to accept, too few in stock to lower to, sold out.
fn notice(line: i64, quantity: i64, issue: &J, fmt: &Fmt) -> String {
    let available = issue.int("available");
    let (text, blocks, fix) = match issue.str("type").as_str() {
        "price_changed" => {
            let (was, now) = (issue.get("was"), issue.get("now"));
            let key = if more(&was, &now) { "core-cart-price-dropped" } else { "core-cart-price-changed" };
            (t!(key, was = fmt.money(&was), now = fmt.money(&now)), false, Some((t!("cart-line-accept-price"), "accept".to_string())))
        }
        "not_enough_stock" => {
            let fix = (available < quantity).then(|| (t!("cart-line-lower-to-stock"), available.to_string()));
            (t!("core-cart-not-enough-stock", count = available), true, fix)
        }
        _ => (t!("core-cart-sold-out"), true, None),
    };
    let fix = fix
        .map(|(label, to)| format!(r#"<button type="button" class="vt-link-button" data-act="fix" data-line="{line}" data-to="{to}" data-k="f{line}">{}</button>"#, esc(&label)))
        .unwrap_or_default();
    format!(
        r#"<p class="vt-line__notice{}">{}<span>{}</span>{fix}</p>"#,
        if blocks { " vt-line__notice--blocking" } else { "" },
        icon(IconKind::Alert, 16),
        esc(&text)
    )
}

/// The discount code (the kit's `DiscountForm`): the applied code with what
/// keeps it from counting, if anything, and "Remove"; the field, whose
/// refusal says why next to it.
fn discount(c: &J, entry: &super::cart::DiscountEntry, fmt: &Fmt) -> String {
    let applied = c
        .opt("discount")
        .map(|d| {
            let code = d.str("code");
            let problem = c
                .get("totals")
                .opt("discount_problem")
                .map(|p| format!(r#"<span class="vt-discount__problem">{}</span>"#, esc(&discount_problem(&p, fmt))))
                .unwrap_or_default();
            format!(
                r#"<div class="vt-discount__applied"><span class="vt-discount__code">{}</span>{problem}<button type="button" class="vt-link-button" data-act="discount-remove" data-k="dr" aria-label="{}">{}</button></div>"#,
                esc(&code),
                esc(&t!("cart-discount-remove-label", code = &code)),
                esc(&t!("cart-remove"))
            )
        })
        .unwrap_or_default();
    let label = if entry.pending { t!("cart-discount-applying") } else { t!("cart-discount-apply") };
    format!(
        r#"<div class="vt-discount">{applied}<form class="vt-discount__form" novalidate data-form="discount"><label for="vt-discount-code" class="vt-field__label">{}</label><div class="vt-discount__row"><input id="vt-discount-code" class="vt-input" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="40" value="{}" data-act="discount-code" data-k="dc" aria-describedby="vt-discount-error"{}><button type="submit" class="vt-button vt-button--secondary" data-k="da"{}>{}</button></div><p id="vt-discount-error" class="vt-field__error" role="alert">{}</p></form></div>"#,
        esc(&t!("cart-discount-label")),
        esc(&entry.code),
        if entry.error.is_some() { r#" aria-invalid="true""# } else { "" },
        disabled(entry.pending),
        esc(&label),
        esc(entry.error.as_deref().unwrap_or_default())
    )
}

/// Why an applied code takes nothing off (the core's `DiscountProblem`, by its `reason`).
fn discount_problem(p: &J, fmt: &Fmt) -> String {
    match p.str("reason").as_str() {
        "not_started" => t!("core-discount-not-started"),
        "expired" => t!("core-discount-expired"),
        "used_up" => t!("core-discount-used-up"),
        "minimum_not_reached" => t!("core-discount-minimum", minimum = fmt.money(&p.get("minimum")), missing = fmt.money(&p.get("missing"))),
        "no_eligible_items" => t!("core-discount-no-eligible-items"),
        _ => t!("core-discount-not-found"),
    }
}

/// Subtotal, discount, shipping, tax, total (the kit's `CartTotals`).
fn totals(c: &J, fmt: &Fmt) -> String {
    let t = c.get("totals");
    let rate = c.opt("shipping_rate").map(|r| r.str("name"));
    let shipping = match (t.opt("shipping"), rate) {
        (Some(s), Some(rate)) if zero(&s) => t!("cart-totals-shipping-free", rate = &rate),
        (Some(s), Some(rate)) => t!("cart-totals-shipping-rate", price = fmt.money(&s), rate = &rate),
        (Some(s), None) => fmt.money(&s),
        (None, _) => t!("cart-totals-shipping-unknown"),
    };
    let tax_rate = c.opt("tax");
    let tax_label = tax_rate.as_ref().map(|x| x.str("name")).unwrap_or_else(|| t!("cart-totals-tax"));
    let tax = match (&tax_rate, t.get("tax_included").0.as_bool() == Some(true)) {
        (None, _) => t!("cart-totals-tax-later"),
        (Some(_), true) => t!("cart-totals-tax-included", amount = fmt.money(&t.get("tax_total"))),
        (Some(_), false) => fmt.money(&t.get("tax_total")),
    };
    let row = |label: &str, value: &str| format!(r#"<div class="vt-totals__row"><dt>{}</dt><dd>{}</dd></div>"#, esc(label), esc(value));
    let discount = t.get("discount_total");
    let discount = if zero(&discount) {
        String::new()
    } else {
        format!(
            r#"<div class="vt-totals__row vt-totals__row--discount"><dt>{}</dt><dd>−{}</dd></div>"#,
            esc(&t!("cart-totals-discount", code = t.str("discount_code"))),
            esc(&fmt.money(&discount))
        )
    };
    format!(
        r#"<dl class="vt-totals">{}{discount}{}{}<div class="vt-totals__row vt-totals__row--total"><dt>{}</dt><dd>{}<span class="vt-totals__currency"> {}</span></dd></div></dl>"#,
        row(&t!("cart-totals-subtotal"), &fmt.money(&t.get("subtotal"))),
        row(&t!("cart-totals-shipping"), &shipping),
        row(&tax_label, &tax),
        esc(&t!("cart-totals-total")),
        esc(&fmt.money(&t.get("total"))),
        esc(&t.str("currency"))
    )
}

/// The inside of `<vitrine-checkout>`'s dialog: the shop's checkout page in
/// an iframe while it is open (`src`), only the header while it is not.
pub fn checkout(src: Option<&str>) -> String {
    let frame = src
        .map(|src| {
            format!(
                r#"<iframe class="vt-embed-checkout__frame" part="checkout-frame" title="{}" src="{}" allow="payment"></iframe>"#,
                esc(&t!("common-embed-overlay-frame")),
                esc(src)
            )
        })
        .unwrap_or_default();
    format!(
        r#"<div class="vt-dialog__header"><h2 id="vt-embed-checkout-title" class="vt-dialog__title">{}</h2><button type="button" class="vt-icon-button" aria-label="{}" data-act="close-checkout" data-k="close">{}</button></div>{frame}"#,
        esc(&t!("common-embed-overlay-title")),
        esc(&t!("common-embed-overlay-close")),
        icon(IconKind::Close, 20)
    )
}
