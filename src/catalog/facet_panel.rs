use leptos::prelude::*;
use vitrine_core::listing::{Facet, ProductList, ProductQuery, OPTION_PREFIX};
use vitrine_core::t;

use super::catalog_page::ListingNav;
use super::{around, PriceFilter, MARK};

/// Every facet of the current results as checkbox groups with counts.
/// Groups and values are keyed, so the checkbox a shopper just toggled stays
/// in the page (and keeps focus) while the counts update around it.
///
/// Needs the `ListingNav` that [`CatalogPage`](super::CatalogPage) provides.
///
/// ```ignore
/// view! { <FacetPanel list query id_prefix="vt-side"/> } // inside CatalogPage
/// ```
#[component]
pub fn FacetPanel(
    /// The latest results (their facets and counts).
    list: ReadSignal<Option<ProductList>>,
    /// The query in the URL (what is checked).
    query: Signal<ProductQuery>,
    /// Distinguishes element ids when the panel is on the page twice.
    id_prefix: &'static str,
) -> impl IntoView {
    let facets = Memo::new(move |_| list.with(|l| l.as_ref().map(|l| l.facets.clone()).unwrap_or_default()));
    let groups = Memo::new(move |_| facets.with(|fs| fs.iter().map(|f| (f.name.clone(), f.label.clone())).collect::<Vec<_>>()));
    view! {
        <div class="vt-facets">
            <For each=move || groups.get() key=|(name, _)| name.clone() let:((name, label))>
                <FacetGroup name label facets query id_prefix/>
            </For>
            <PriceFilter list query id_prefix/>
        </div>
    }
}

#[component]
fn FacetGroup(
    name: String,
    label: String,
    facets: Memo<Vec<Facet>>,
    query: Signal<ProductQuery>,
    id_prefix: &'static str,
) -> impl IntoView {
    let key = name.clone();
    let values = Memo::new(move |_| {
        facets.with(|fs| {
            fs.iter()
                .find(|f| f.name == key)
                .map(|f| f.values.iter().map(|v| (v.value.clone(), v.label.clone(), v.swatch.clone())).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let swatches = name.starts_with(OPTION_PREFIX) && facets.with_untracked(|fs| {
        fs.iter().find(|f| f.name == name).is_some_and(|f| f.values.iter().any(|v| v.swatch.is_some()))
    });
    let legend_id = format!("vt-{id_prefix}-{}-legend", slug(&name));
    let labelled_by = legend_id.clone();
    view! {
        <details class="vt-facet" open>
            <summary class="vt-facet__summary">{label.clone()}</summary>
            <fieldset class="vt-facet__values" class:vt-facet__values--swatches=swatches aria-labelledby=labelled_by>
                <legend id=legend_id class="vt-visually-hidden">{label}</legend>
                <For each=move || values.get() key=|(value, _, _)| value.clone() let:((value, value_label, swatch))>
                    <FacetCheckbox facet=name.clone() value label=value_label swatch facets query id_prefix/>
                </For>
            </fieldset>
        </details>
    }
}

#[component]
fn FacetCheckbox(
    facet: String,
    value: String,
    label: String,
    swatch: Option<String>,
    facets: Memo<Vec<Facet>>,
    query: Signal<ProductQuery>,
    id_prefix: &'static str,
) -> impl IntoView {
    let nav = expect_context::<ListingNav>();
    let id = format!("vt-{id_prefix}-{}-{}", slug(&facet), slug(&value));
    let count = {
        let (facet, value) = (facet.clone(), value.clone());
        Memo::new(move |_| {
            facets.with(|fs| {
                fs.iter()
                    .find(|f| f.name == facet)
                    .and_then(|f| f.values.iter().find(|v| v.value == value))
                    .map(|v| v.count)
                    .unwrap_or(0)
            })
        })
    };
    let checked = {
        let (facet, value) = (facet.clone(), value.clone());
        move || query.with(|q| is_selected(q, &facet, &value))
    };
    let toggle = move |_| nav.go(query.get_untracked().toggled(&facet, &value), false);
    view! {
        <div class="vt-facet__value">
            <input type="checkbox" class="vt-facet__input" id=id.clone() prop:checked=checked on:change=toggle/>
            <label for=id class="vt-facet__label">
                {swatch.map(|c| view! { <span class="vt-swatch-dot" style=format!("--vt-swatch: {c}") aria-hidden="true"></span> })}
                <span class="vt-facet__name">{label}</span>
                <span class="vt-facet__count">
                    {move || {
                        // The number shows; the words around it are for screen readers.
                        let n = count.get();
                        let (before, after) = around(t!("catalog-facet-count", count = n, shown = MARK));
                        view! {
                            {(!before.is_empty()).then(|| view! { <span class="vt-visually-hidden">{before}</span> })}
                            {n}
                            <span class="vt-visually-hidden">{after}</span>
                        }
                    }}
                </span>
            </label>
        </div>
    }
}

/// Whether `value` of `facet` is set in `q`.
pub fn is_selected(q: &ProductQuery, facet: &str, value: &str) -> bool {
    match facet {
        "category" => q.categories.iter().any(|c| c == value),
        "in_stock" => q.in_stock,
        f => f
            .strip_prefix(OPTION_PREFIX)
            .and_then(|name| q.options.get(name))
            .is_some_and(|vs| vs.iter().any(|v| v == value)),
    }
}

pub fn slug(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect()
}
