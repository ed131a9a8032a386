use leptos::prelude::*;
use vitrine_core::catalog::ProductSummary;
use vitrine_core::t;

use crate::cart::QuickAdd;
use crate::ui::Price;

/// A product in a listing: image, title, price, colours, availability.
/// The whole card is one link; its accessible name is the product title.
///
/// Needs [`ShopStore`](crate::store::ShopStore) (prices) and [`CartStore`](crate::store::CartStore) (quick add).
///
/// ```ignore
/// view! { <ul class="vt-grid"><li><ProductCard product eager=true/></li></ul> }
/// ```
#[component]
pub fn ProductCard(
    /// The product to show.
    product: ProductSummary,
    /// Load the image immediately (cards above the fold).
    #[prop(optional)]
    eager: bool,
) -> impl IntoView {
    let href = crate::api::shop_url(&format!("/products/{}", product.handle));
    let sold_out = product.available <= 0;
    let on_sale = product.compare_at_price.is_some();
    let from = product.price != product.price_max;
    let swatch_count = product.swatches.len();
    let image = product.image.clone();
    let quick = product.single_variant_id.filter(|_| !sold_out).map(|id| (id, product.title.clone()));
    view! {
        <article class="vt-card" part="card" class:vt-card--sold-out=sold_out>
            <a href=href class="vt-card__link">
                <div class="vt-card__media">
                    {image.map(|img| view! {
                        <img
                            src=crate::api::shop_url(&img.url)
                            alt=""
                            width=img.width
                            height=img.height
                            loading=if eager { "eager" } else { "lazy" }
                            decoding="async"
                        />
                    })}
                    {sold_out.then(|| view! { <span class="vt-badge vt-badge--muted vt-card__badge">{t!("catalog-sold-out")}</span> })}
                    {(!sold_out && on_sale).then(|| view! { <span class="vt-badge vt-badge--sale vt-card__badge">{t!("catalog-sale")}</span> })}
                </div>
                <div class="vt-card__body">
                    <h2 class="vt-card__title">{product.title.clone()}</h2>
                    <p class="vt-card__category">{product.category.name.clone()}</p>
                    <Price price=product.price compare_at=product.compare_at_price from=from/>
                </div>
            </a>
            {(swatch_count > 1).then(|| view! {
                <ul class="vt-card__swatches" aria-label=t!("catalog-colours", count = swatch_count)>
                    {product.swatches.iter().take(5).map(|c| view! {
                        <li class="vt-swatch-dot" style:--vt-swatch=c.clone()></li>
                    }).collect_view()}
                    {(swatch_count > 5).then(|| view! { <li class="vt-card__more">{format!("+{}", swatch_count - 5)}</li> })}
                </ul>
            })}
            {quick.map(|(variant_id, title)| view! { <QuickAdd variant_id title/> })}
        </article>
    }
}
