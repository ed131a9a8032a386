use leptos::prelude::*;
use vitrine_core::t;

/// Placeholder cards shown while a listing loads; same size as real cards.
///
/// Needs no context.
///
/// ```ignore
/// view! { <Suspense fallback=|| view! { <ProductGridSkeleton count=4/> }>/* ... */</Suspense> }
/// ```
#[component]
pub fn ProductGridSkeleton(
    /// How many placeholder cards.
    #[prop(default = 8)]
    count: usize,
) -> impl IntoView {
    view! {
        <ul class="vt-grid" aria-hidden="true">
            {(0..count)
                .map(|_| view! {
                    <li class="vt-card vt-card--skeleton">
                        <div class="vt-card__media vt-skeleton"></div>
                        <div class="vt-card__body">
                            <div class="vt-skeleton vt-skeleton--line"></div>
                            <div class="vt-skeleton vt-skeleton--line vt-skeleton--short"></div>
                        </div>
                    </li>
                })
                .collect_view()}
        </ul>
        <p class="vt-visually-hidden" role="status">{t!("common-loading-products")}</p>
    }
}

/// Placeholder for the product page while it loads.
///
/// Needs no context.
///
/// ```ignore
/// view! { <Transition fallback=|| view! { <ProductPageSkeleton/> }>/* ... */</Transition> }
/// ```
#[component]
pub fn ProductPageSkeleton() -> impl IntoView {
    view! {
        <div class="vt-product" aria-hidden="true">
            <div class="vt-gallery"><div class="vt-gallery__main vt-skeleton"></div></div>
            <div class="vt-product__info">
                <div class="vt-skeleton vt-skeleton--title"></div>
                <div class="vt-skeleton vt-skeleton--line vt-skeleton--short"></div>
                <div class="vt-skeleton vt-skeleton--block"></div>
            </div>
        </div>
        <p class="vt-visually-hidden" role="status">{t!("common-loading-product")}</p>
    }
}
