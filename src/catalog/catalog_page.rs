use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use vitrine_core::catalog::{ProductList, ProductQuery};

use super::{Pagination, ProductCard};
use crate::api;
use crate::store::ShopStore;
use crate::ui::{ErrorNotice, ProductGridSkeleton};

/// The product listing; its state lives in the URL (`?page=2`), so links
/// are shareable and Back/Forward restore the view.
#[component]
pub fn CatalogPage() -> impl IntoView {
    let shop = ShopStore::expect();
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params.with(|m| ProductQuery::parse(m.into_iter().map(|(k, v)| (k.as_ref(), v))).unwrap_or_default())
    });
    let products = LocalResource::new(move || {
        let q = query.get();
        async move { api::products(&q).await }
    });
    let title = move || format!("Shop all · {}", shop.name().get());
    view! {
        <Title text=title/>
        <section class="vt-catalog" aria-labelledby="vt-catalog-title">
            <header class="vt-catalog__header">
                <h1 id="vt-catalog-title" class="vt-catalog__title">"Shop all"</h1>
                <p class="vt-catalog__lede">"Everyday goods, made to last."</p>
            </header>
            <Transition fallback=|| view! { <ProductGridSkeleton/> }>
                {move || Suspend::new(async move {
                    match products.await {
                        Ok(list) => view! { <Listing list/> }.into_any(),
                        Err(error) => view! {
                            <ErrorNotice
                                title="Products could not be loaded"
                                error
                                retry=Callback::new(move |_| products.refetch())
                            />
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Listing(list: ProductList) -> impl IntoView {
    if list.items.is_empty() {
        return view! {
            <div class="vt-empty">
                <p class="vt-empty__title">"Nothing here yet"</p>
                <p class="vt-empty__body">
                    {if list.total > 0 { "This page is past the last one." } else { "The shop has no products yet." }}
                </p>
                <a class="vt-button vt-button--secondary" href="/">"Back to the first page"</a>
            </div>
        }
        .into_any();
    }
    let count = if list.total == 1 { "1 product".to_string() } else { format!("{} products", list.total) };
    view! {
        <p class="vt-catalog__count" role="status">{count}</p>
        <ul class="vt-grid">
            {list.items.into_iter().enumerate().map(|(i, product)| view! {
                <li><ProductCard product eager=i < 4/></li>
            }).collect_view()}
        </ul>
        <Pagination page=list.page page_count=list.page_count/>
    }
    .into_any()
}
