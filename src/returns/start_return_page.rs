use leptos::prelude::*;
use vitrine_core::t;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use vitrine_core::listing::encode;

use super::StartReturn;
use crate::api;
use crate::shell::NotFound;
use crate::store::ShopStore;
use crate::tracking::LOOKUP_PATH;
use crate::ui::{ErrorNotice, ProductPageSkeleton};

/// `/orders/:number/return?token=...`: start a return on an order opened by
/// its signed link ([`StartReturn`]). Without a valid token the order isn't
/// here (the same words as its tracking page).
///
/// Needs a router, [`ShopStore`] and `leptos_meta`'s meta context.
///
/// ```ignore
/// view! { <Route path=path!("/orders/:number/return") view=StartReturnPage/> }
/// ```
#[component]
pub fn StartReturnPage() -> impl IntoView {
    let shop = ShopStore::expect();
    let params = use_params_map();
    let query = use_query_map();
    let link = Memo::new(move |_| {
        (params.with(|p| p.get("number").unwrap_or_default()), query.with(|q| q.get("token").unwrap_or_default()))
    });
    let answer = LocalResource::new(move || {
        let (number, token) = link.get();
        async move { api::returnable(&number, &token).await }
    });
    let number = link.get_untracked().0;
    view! {
        <Title text=move || t!("returns-start-page-title", number = &number, shop = shop.name().get())/>
        <section class="vt-returns" aria-labelledby="vt-returns-title">
            <Transition fallback=|| view! { <ProductPageSkeleton/> }>
                {move || Suspend::new(async move {
                    let (number, token) = link.get_untracked();
                    let order_url = format!("/orders/{}?token={}", encode(&number), encode(&token));
                    match answer.await {
                        Ok(a) => view! {
                            <header class="vt-order__header">
                                <h1 id="vt-returns-title" class="vt-page__title">{t!("returns-start-title")}</h1>
                                <p class="vt-order__meta">{t!("returns-start-order")}" "<a href=order_url.clone()>{number.clone()}</a></p>
                            </header>
                            <StartReturn answer=a number token/>
                        }.into_any(),
                        Err(e) if e.is_not_found() => view! {
                            <NotFound what="order"/>
                            <p class="vt-tracking__find">{t!("tracking-find-prompt")}" "<a href=LOOKUP_PATH>{t!("tracking-find-link")}</a></p>
                        }.into_any(),
                        Err(error) => view! {
                            <ErrorNotice title=t!("returns-load-order-error") error retry=Callback::new(move |_| answer.refetch())/>
                        }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
