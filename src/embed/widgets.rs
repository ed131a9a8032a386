//! `<vitrine-product>` and `<vitrine-product-grid>`: the product page's and
//! the listing's own pieces (price, variant picker, stock, add to cart,
//! cards), laid out for a host's page.

use leptos::prelude::*;
use vitrine_core::catalog::Product;
use vitrine_core::listing::ProductQuery;
use vitrine_core::t;

use super::Attrs;
use crate::api;
use crate::cart::AddToCart;
use crate::catalog::{ProductCard, StockBadge, VariantPicker};
use crate::ui::{ErrorNotice, Price, ProductGridSkeleton};

/// One product, by its `handle` attribute; `variant` (an id) preselects a
/// variant. Changing either renders the other product or variant.
#[component]
pub fn ProductWidget(attrs: Attrs) -> impl IntoView {
    let handle = attrs.get("handle");
    let preset = attrs.get("variant");
    let product = LocalResource::new(move || {
        let handle = handle.get().map(|h| h.trim().to_string()).filter(|h| !h.is_empty());
        async move {
            match handle {
                Some(h) => api::product(&h).await.map(Some),
                None => Ok(None),
            }
        }
    });
    view! {
        <Suspense fallback=|| view! { <ProductSkeleton/> }>
            {move || product.get().map(|loaded| match loaded {
                Ok(Some(p)) => view! { <ProductBody product=p preset=preset.get_untracked()/> }.into_any(),
                Ok(None) => view! { <p class="vt-embed-error" part="error" role="alert">{t!("common-embed-no-handle")}</p> }.into_any(),
                Err(e) if e.is_not_found() => view! {
                    <p class="vt-embed-error" part="error" role="alert">{t!("common-embed-product-missing")}</p>
                }.into_any(),
                Err(e) => view! { <ErrorNotice title=t!("common-embed-product-failed") error=e retry=Callback::new(move |_| product.refetch())/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn ProductSkeleton() -> impl IntoView {
    view! {
        <div class="vt-embed-product" aria-hidden="true">
            <div class="vt-embed-product__media vt-skeleton"></div>
            <div class="vt-embed-product__info">
                <div class="vt-skeleton vt-skeleton--title"></div>
                <div class="vt-skeleton vt-skeleton--block"></div>
            </div>
        </div>
    }
}

#[component]
fn ProductBody(product: Product, preset: Option<String>) -> impl IntoView {
    let wanted = preset.and_then(|v| v.trim().parse::<i64>().ok());
    let initial = product.initial_options(wanted);
    let title = product.title.clone();
    let href = api::shop_url(&format!("/products/{}", product.handle));
    let images = product.images.clone();
    let product = StoredValue::new(product);
    let selected = RwSignal::new(initial);
    let variant = Memo::new(move |_| selected.with(|s| product.with_value(|p| p.variant_for(s).cloned())));
    let on_select = Callback::new(move |next: Vec<String>| selected.set(next));
    let price = Signal::derive(move || variant.get().map(|v| v.price).unwrap_or_else(|| product.with_value(|p| p.variants[0].price)));
    let compare_at = Signal::derive(move || variant.get().and_then(|v| v.compare_at_price));
    let available = Signal::derive(move || variant.get().map(|v| v.available).unwrap_or(0));
    // The chosen variant's picture, else the product's first.
    let image = Memo::new(move |_| {
        let i = variant.get().and_then(|v| v.image).unwrap_or(0) as usize;
        images.get(i).or(images.first()).cloned()
    });
    view! {
        <article class="vt-embed-product" part="product">
            <div class="vt-embed-product__media" part="image">
                {move || image.get().map(|img| view! {
                    <img src=api::shop_url(&img.url) alt=img.alt.clone() width=img.width height=img.height decoding="async"/>
                })}
            </div>
            <div class="vt-embed-product__info">
                <h2 class="vt-embed-product__title" part="title"><a href=href>{title.clone()}</a></h2>
                <Price class="vt-product__price" price compare_at/>
                <VariantPicker product selected on_select/>
                <StockBadge available/>
                <AddToCart variant_id=Signal::derive(move || variant.get().map(|v| v.id)) available title/>
            </div>
        </article>
    }
}

/// A grid of products: attributes `category` (a handle), `q` (search text),
/// `sort` (`price-asc`, `price-desc`, `newest`, ...) and `limit` (1 to 48,
/// default 8), each live.
#[component]
pub fn GridWidget(attrs: Attrs) -> impl IntoView {
    let category = attrs.get("category");
    let q = attrs.get("q");
    let sort = attrs.get("sort");
    let limit = attrs.get("limit");
    let query = Memo::new(move |_| {
        let (category, q, sort) = (category.get().unwrap_or_default(), q.get().unwrap_or_default(), sort.get().unwrap_or_default());
        let limit = limit.get().and_then(|l| l.trim().parse::<u32>().ok()).unwrap_or(8).clamp(1, 48).to_string();
        let mut pairs: Vec<(&str, &str)> = vec![("per_page", &limit)];
        for (k, v) in [("category", category.as_str()), ("q", q.as_str()), ("sort", sort.as_str())] {
            if !v.trim().is_empty() {
                pairs.push((k, v.trim()));
            }
        }
        ProductQuery::parse(pairs).map_err(|e| e.message)
    });
    let list = LocalResource::new(move || {
        let query = query.get();
        async move {
            match query {
                Ok(q) => api::products(&q, None).await.map_err(|e| e.to_string()),
                Err(message) => Err(message),
            }
        }
    });
    let count = Signal::derive(move || query.with(|q| q.as_ref().map(|q| q.per_page as usize).unwrap_or(8).min(8)));
    view! {
        <Suspense fallback=move || view! { <ProductGridSkeleton count=count.get_untracked()/> }>
            {move || list.get().map(|loaded| match loaded {
                Ok(list) if list.items.is_empty() => view! { <p class="vt-embed-empty">{t!("common-embed-grid-empty")}</p> }.into_any(),
                Ok(list) => view! {
                    <ul class="vt-grid vt-embed-grid" part="grid">
                        {list.items.into_iter().map(|product| view! { <li><ProductCard product/></li> }).collect_view()}
                    </ul>
                }.into_any(),
                Err(message) => view! { <p class="vt-embed-error" part="error" role="alert">{message}</p> }.into_any(),
            })}
        </Suspense>
    }
}
