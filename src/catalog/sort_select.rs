use leptos::prelude::*;
use vitrine_core::listing::{ProductQuery, Sort};
use vitrine_core::t;

use super::catalog_page::ListingNav;

/// "Sort by" menu; relevance reads "Best match" when searching, "Featured" otherwise.
///
/// Needs the `ListingNav` that [`CatalogPage`](super::CatalogPage) provides.
///
/// ```ignore
/// view! { <SortSelect query/> } // inside CatalogPage
/// ```
#[component]
pub fn SortSelect(
    /// The query in the URL.
    query: Signal<ProductQuery>,
) -> impl IntoView {
    let nav = expect_context::<ListingNav>();
    let change = move |ev: leptos::ev::Event| {
        if let Some(sort) = Sort::parse(&event_target_value(&ev)) {
            let mut q = query.get_untracked().first_page();
            q.sort = sort;
            nav.go(q, false);
        }
    };
    view! {
        <div class="vt-sort">
            <label for="vt-sort" class="vt-sort__label">{t!("catalog-sort-label")}</label>
            <select id="vt-sort" class="vt-select" on:change=change prop:value=move || query.with(|q| q.sort.as_str())>
                {move || {
                    let (current, searching) = query.with(|q| (q.sort, !q.q.is_empty()));
                    Sort::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.as_str() selected=s == current>{s.label(searching)}</option> })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
