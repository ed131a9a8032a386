use leptos::prelude::*;
use vitrine_core::listing::{ProductList, ProductQuery};
use vitrine_core::t;

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
    let chips = Memo::new(move |_| list.with(|l| query.get().chips(l.as_ref(), |m| shop.format(m))));
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
