use leptos::prelude::*;
use vitrine_core::listing::{ProductList, ProductQuery, OPTION_PREFIX};
use vitrine_core::{t, Money};

use super::catalog_page::ListingNav;
use crate::store::ShopStore;
use crate::ui::{Icon, IconKind};

/// The filters in effect, each removable on its own, plus "Clear all".
///
/// Needs the `ListingNav` that [`CatalogPage`](super::CatalogPage) provides, and [`ShopStore`](crate::store::ShopStore).
///
/// ```ignore
/// view! { <ActiveFilters list query/> } // inside CatalogPage
/// ```
#[component]
pub fn ActiveFilters(
    /// The latest results (for facet labels).
    list: ReadSignal<Option<ProductList>>,
    /// The query in the URL.
    query: Signal<ProductQuery>,
) -> impl IntoView {
    let nav = expect_context::<ListingNav>();
    let shop = ShopStore::expect();
    let chips = Memo::new(move |_| {
        let q = query.get();
        let label_of = |facet: &str, value: &str| -> String {
            list.with(|l| {
                l.as_ref()
                    .and_then(|l| l.facets.iter().find(|f| f.name == facet))
                    .map(|f| {
                        let v = f.values.iter().find(|v| v.value == value).map(|v| v.label.clone());
                        if facet == "category" { v.unwrap_or_else(|| value.to_string()) } else { t!("catalog-filter-chip", facet = &f.label, value = value) }
                    })
                    .unwrap_or_else(|| value.to_string())
            })
        };
        let mut out: Vec<(String, ProductQuery)> = Vec::new();
        for c in &q.categories {
            out.push((label_of("category", c), q.toggled("category", c)));
        }
        for (name, values) in &q.options {
            let facet = format!("{OPTION_PREFIX}{name}");
            for v in values {
                out.push((label_of(&facet, v), q.toggled(&facet, v)));
            }
        }
        if q.price_min.is_some() || q.price_max.is_some() {
            let currency = list.with(|l| l.as_ref().and_then(|l| l.price_range).map(|r| r.min.currency));
            let fmt = |d: rust_decimal::Decimal| match currency {
                Some(c) => shop.format(Money::new(d, c)),
                None => d.normalize().to_string(),
            };
            let label = match (q.price_min, q.price_max) {
                (Some(a), Some(b)) => t!("catalog-filter-price-range", min = fmt(a), max = fmt(b)),
                (Some(a), None) => t!("catalog-filter-price-from", min = fmt(a)),
                (None, Some(b)) => t!("catalog-filter-price-to", max = fmt(b)),
                _ => unreachable!(),
            };
            let mut without = q.first_page();
            without.price_min = None;
            without.price_max = None;
            out.push((label, without));
        }
        if q.in_stock {
            out.push((t!("catalog-filter-in-stock"), q.toggled("in_stock", "true")));
        }
        out
    });
    view! {
        <Show when=move || chips.with(|c| !c.is_empty())>
            <div class="vt-chips">
                <ul class="vt-chips__list" aria-label=t!("catalog-active-filters")>
                    <For each=move || chips.get() key=|(label, _)| label.clone() let:((label, target))>
                        <li>
                            <button type="button" class="vt-chip" on:click=move |_| nav.go(target.clone(), false)>
                                <span class="vt-visually-hidden">{format!("{} ", t!("catalog-remove-filter"))}</span>
                                {label.clone()}
                                <Icon kind=IconKind::Close size=14/>
                            </button>
                        </li>
                    </For>
                </ul>
                <button type="button" class="vt-chips__clear" on:click=move |_| nav.go(query.get_untracked().cleared(), false)>
                    {t!("catalog-clear-all")}
                </button>
            </div>
        </Show>
    }
}
