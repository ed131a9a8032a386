use leptos::prelude::*;
use vitrine_core::listing::ProductQuery;
use vitrine_core::t;

use super::ProductCard;
use crate::api;

/// "More from <category>": up to four other products of the same category.
/// Renders nothing when there are none or they could not be loaded (it is
/// an extra, not the page's purpose).
///
/// Needs a router, [`ShopStore`](crate::store::ShopStore) and [`CartStore`](crate::store::CartStore) (its cards link and quick-add).
///
/// ```ignore
/// view! { <RelatedProducts category=p.category.handle.clone() category_name=p.category.name.clone() exclude=p.id/> }
/// ```
#[component]
pub fn RelatedProducts(
    /// Category handle.
    category: String,
    /// Category name, for the heading.
    category_name: String,
    /// The product being shown, left out of the list.
    exclude: i64,
) -> impl IntoView {
    let heading = t!("catalog-related-title", category = &category_name);
    let related = LocalResource::new(move || {
        let q = ProductQuery { categories: vec![category.clone()], per_page: 5, ..ProductQuery::default() };
        async move { api::products(&q, None).await }
    });
    view! {
        <Transition fallback=|| ()>
            {move || {
                let heading = heading.clone();
                Suspend::new(async move {
                let items: Vec<_> = related.await.map(|l| l.items).unwrap_or_default()
                    .into_iter().filter(|p| p.id != exclude).take(4).collect();
                let heading = heading.clone();
                (!items.is_empty()).then(|| view! {
                    <section class="vt-related" aria-labelledby="vt-related-title">
                        <h2 id="vt-related-title" class="vt-related__title">{heading}</h2>
                        <ul class="vt-grid">
                            {items.into_iter().map(|product| view! { <li><ProductCard product/></li> }).collect_view()}
                        </ul>
                    </section>
                })
            })}}
        </Transition>
    }
}
