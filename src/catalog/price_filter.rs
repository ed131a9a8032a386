use leptos::prelude::*;
use vitrine_core::listing::{ProductList, ProductQuery};
use vitrine_core::money::parse_decimal;
use vitrine_core::t;

use super::catalog_page::ListingNav;

/// Minimum and maximum price, applied together. Checked in the browser with
/// the same rules the server uses; a mistake is shown next to its field.
///
/// Needs the `ListingNav` that [`CatalogPage`](super::CatalogPage) provides.
///
/// ```ignore
/// view! { <PriceFilter list query id_prefix="vt-side"/> } // inside CatalogPage
/// ```
#[component]
pub fn PriceFilter(
    /// The latest results (for the price range placeholders).
    list: ReadSignal<Option<ProductList>>,
    /// The query in the URL.
    query: Signal<ProductQuery>,
    /// Distinguishes element ids when the filter is on the page twice.
    id_prefix: &'static str,
) -> impl IntoView {
    let nav = expect_context::<ListingNav>();
    let min_ref = NodeRef::<leptos::html::Input>::new();
    let max_ref = NodeRef::<leptos::html::Input>::new();
    let error = RwSignal::new(None::<(&'static str, String)>);
    let range = move || list.with(|l| l.as_ref().and_then(|l| l.price_range));
    let (min_id, max_id, err_id) =
        (format!("vt-{id_prefix}-price-min"), format!("vt-{id_prefix}-price-max"), format!("vt-{id_prefix}-price-error"));
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let read = |r: NodeRef<leptos::html::Input>| r.get().map(|i| i.value()).unwrap_or_default();
        let parse = |s: String, field: &'static str| -> Result<Option<rust_decimal::Decimal>, (&'static str, String)> {
            // German and French write 19,99 (and 1.234,50): the comma is the decimal mark there.
            let decimal_comma = matches!(crate::i18n::lang(), vitrine_core::i18n::Lang::De | vitrine_core::i18n::Lang::Fr);
            let t = s.trim().trim_start_matches(|c: char| !c.is_ascii_digit() && c != '-' && c != '.' && c != ',');
            let t = if decimal_comma { t.replace(['.', ' ', '\u{a0}', '\u{202f}'], "").replace(',', ".") } else { t.replace(',', "") };
            if t.is_empty() {
                return Ok(None);
            }
            match parse_decimal(&t) {
                Ok(d) if d.is_sign_negative() => Err((field, t!("catalog-price-error-negative"))),
                Ok(d) => Ok(Some(d)),
                Err(_) => Err((field, t!("catalog-price-error-format"))),
            }
        };
        let result = parse(read(min_ref), "min").and_then(|min| parse(read(max_ref), "max").map(|max| (min, max)));
        match result {
            Err(e) => {
                let target = if e.0 == "min" { min_ref } else { max_ref };
                error.set(Some(e));
                if let Some(i) = target.get() {
                    let _ = i.focus();
                }
            }
            Ok((Some(min), Some(max))) if min > max => {
                error.set(Some(("min", t!("catalog-price-error-order"))));
                if let Some(i) = min_ref.get() {
                    let _ = i.focus();
                }
            }
            Ok((min, max)) => {
                error.set(None);
                let mut q = query.get_untracked().first_page();
                q.price_min = min;
                q.price_max = max;
                nav.go(q, false);
            }
        }
    };
    let invalid = move |field: &'static str| move || error.with(|e| e.as_ref().is_some_and(|(f, _)| *f == field)).then_some("true");
    let shown = |d: Option<rust_decimal::Decimal>| d.map(|d| d.normalize().to_string()).unwrap_or_default();
    view! {
        <form class="vt-facet vt-price-filter" on:submit=apply novalidate>
            <fieldset class="vt-price-filter__fields">
                <legend class="vt-facet__summary">{t!("catalog-price")}</legend>
                <div class="vt-price-filter__row">
                    <div class="vt-field">
                        <label for=min_id.clone() class="vt-field__label">{t!("catalog-price-min")}</label>
                        <input id=min_id node_ref=min_ref class="vt-input" type="text" inputmode="decimal" autocomplete="off"
                            placeholder=move || range().map(|r| r.min.amount.normalize().to_string()).unwrap_or_default()
                            prop:value=move || shown(query.with(|q| q.price_min))
                            aria-invalid=invalid("min") aria-describedby=err_id.clone()/>
                    </div>
                    <div class="vt-field">
                        <label for=max_id.clone() class="vt-field__label">{t!("catalog-price-max")}</label>
                        <input id=max_id node_ref=max_ref class="vt-input" type="text" inputmode="decimal" autocomplete="off"
                            placeholder=move || range().map(|r| r.max.amount.ceil().normalize().to_string()).unwrap_or_default()
                            prop:value=move || shown(query.with(|q| q.price_max))
                            aria-invalid=invalid("max") aria-describedby=err_id.clone()/>
                    </div>
                    <button type="submit" class="vt-button vt-button--secondary vt-price-filter__apply">{t!("catalog-price-apply")}</button>
                </div>
                <p id=err_id class="vt-field__error" role="alert">{move || error.get().map(|(_, m)| m)}</p>
            </fieldset>
        </form>
    }
}
