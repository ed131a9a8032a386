use leptos::prelude::*;
use leptos_meta::{Meta, Script, Title};
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;
use vitrine_core::catalog::Product;
use vitrine_core::t;

use super::{Gallery, RelatedProducts, RestockForm, StockBadge, VariantPicker};
use crate::cart::AddToCart;
use crate::api;
use crate::shell::NotFound;
use crate::store::ShopStore;
use crate::ui::{stages, ErrorNotice, Price, ProductPageSkeleton};

/// `/products/:handle`: loads the product and shows it.
///
/// Needs a router (`/products/:handle`), [`ShopStore`](crate::store::ShopStore), [`CartStore`](crate::store::CartStore) and `leptos_meta`'s meta context, as [`App`](crate::app::App) provides them.
///
/// ```ignore
/// view! { <Route path=path!("/products/:handle") view=ProductPage/> }
/// ```
#[component]
pub fn ProductPage() -> impl IntoView {
    let params = use_params_map();
    let handle = move || params.read().get("handle").unwrap_or_default();
    let product = LocalResource::new(move || {
        let h = handle();
        async move { api::product(&h).await }
    });
    view! {
        <Transition fallback=|| view! { <ProductPageSkeleton/> }>
            {move || Suspend::new(async move {
                match product.await {
                    Ok(product) => view! { <ProductDetail product/> }.into_any(),
                    Err(e) if e.is_not_found() => view! { <NotFound what="product"/> }.into_any(),
                    Err(error) => view! {
                        <ErrorNotice
                            title=t!("catalog-product-load-error")
                            error
                            retry=Callback::new(move |_| product.refetch())
                        />
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

/// A loaded product: gallery, options, price, stock. The chosen variant is
/// kept in the URL (`?variant=ID`) so a link opens the same variant.
#[component]
fn ProductDetail(product: Product) -> impl IntoView {
    let shop = ShopStore::expect();
    let query = use_query_map();
    let navigate = use_navigate();
    let wanted = query.get_untracked().get("variant").and_then(|v| v.parse::<i64>().ok());
    let initial = product.initial_options(wanted);
    let handle = product.handle.clone();
    let title = product.title.clone();
    let category = product.category.clone();
    let summary: String = product.description.split("\n\n").next().unwrap_or("").chars().take(160).collect();
    let paragraphs: Vec<String> = product.description.split("\n\n").map(str::to_string).collect();
    let images = product.images.clone();
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let json_ld = product.json_ld(&shop.name().get_untracked(), &origin);
    let product_id = product.id;
    let product = StoredValue::new(product);
    let selected = RwSignal::new(initial);
    let variant = Memo::new(move |_| selected.with(|s| product.with_value(|p| p.variant_for(s).cloned())));
    let active_image = RwSignal::new(variant.get_untracked().and_then(|v| v.image).unwrap_or(0) as usize);
    let on_select = Callback::new(move |next: Vec<String>| {
        selected.set(next);
        if let Some(v) = variant.get_untracked() {
            if let Some(i) = v.image {
                active_image.set(i as usize);
            }
            navigate(
                &format!("/products/{}?variant={}", handle, v.id),
                NavigateOptions { replace: true, scroll: false, ..Default::default() },
            );
        }
    });
    let price = Signal::derive(move || {
        variant.get().map(|v| v.price).unwrap_or_else(|| product.with_value(|p| p.variants[0].price))
    });
    let compare_at = Signal::derive(move || variant.get().and_then(|v| v.compare_at_price));
    let available = Signal::derive(move || variant.get().map(|v| v.available).unwrap_or(0));
    // The server's head carries this product's description and JSON-LD for
    // crawlers that run no script; the page writes its own below (and keeps
    // them true as it moves between products), so one copy remains.
    drop_server_head(r#"meta[name="description"], script[type="application/ld+json"]"#);
    let page_title = format!("{title} · {}", shop.name().get_untracked());
    let category_href = format!("/?category={}", category.handle);
    let category_name = category.name.clone();
    let title_for_cart = title.clone();
    let restock_handle = product.with_value(|p| p.handle.clone());
    let related_handle = category.handle.clone();
    let related_name = category.name.clone();
    let stage = stages(|| true, 1);
    view! {
        <Title text=page_title/>
        <Meta name="description" content=summary/>
        <Script type_="application/ld+json">{json_ld}</Script>
        <nav class="vt-breadcrumbs" aria-label=t!("catalog-breadcrumb")>
            <ol>
                <li><A href="/">{t!("catalog-breadcrumb-shop")}</A></li>
                <li><A href=category_href>{category_name}</A></li>
                <li><span aria-current="page">{title.clone()}</span></li>
            </ol>
        </nav>
        <article class="vt-product">
            <Gallery images active=active_image/>
            <div class="vt-product__info">
                <p class="vt-product__category">{category.name}</p>
                <h1 class="vt-product__title">{title}</h1>
                <Price class="vt-product__price" price compare_at/>
                // The picture, the name and the price first; the choices,
                // the button and the words a task later (a shorter first render).
                {move || (stage.get() > 0).then(|| {
                    let (title_for_cart, restock_handle, paragraphs) = (title_for_cart.clone(), restock_handle.clone(), paragraphs.clone());
                    view! {
                        <VariantPicker product selected on_select/>
                        <StockBadge available/>
                        <AddToCart variant_id=Signal::derive(move || variant.get().map(|v| v.id)) available title=title_for_cart/>
                        <Show when=move || variant.get().is_some() && available.get() <= 0>
                            <RestockForm handle=restock_handle.clone() variant_id=Signal::derive(move || variant.get().map(|v| v.id))/>
                        </Show>
                        <p class="vt-product__sku">
                            {move || variant.get().map(|v| t!("catalog-sku", sku = &v.sku)).unwrap_or_default()}
                        </p>
                        <div class="vt-product__description">
                            {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                        </div>
                    }
                })}
            </div>
        </article>
        // Below the fold: asked for and drawn with the rest.
        {move || (stage.get() > 0).then(|| view! { <RelatedProducts category=related_handle.clone() category_name=related_name.clone() exclude=product_id/> })}
    }
}

/// Removes the head tags matching `selector` that are there before the page
/// mounts its own (the server's, or a previous page's on its way out).
fn drop_server_head(selector: &str) {
    let Some(head) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.head()) else { return };
    while let Ok(Some(el)) = head.query_selector(selector) {
        el.remove();
    }
}
