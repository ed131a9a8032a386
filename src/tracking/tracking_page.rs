use leptos::prelude::*;
use vitrine_core::t;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{OrderTracking, LOOKUP_PATH};
use crate::api;
use crate::shell::NotFound;
use crate::ui::{ErrorNotice, ProductPageSkeleton};

/// `/orders/:number?token=...`: the confirmation after checkout and, from
/// then on, the order's tracking page ([`OrderTracking`]). The signed token
/// in the link is the only key; without a valid one the page says the order
/// isn't here and points to the lookup by number and email.
///
/// Needs a router (`/orders/:number?token=...`), [`ShopStore`](crate::store::ShopStore) and `leptos_meta`'s meta context.
///
/// ```ignore
/// view! { <Route path=path!("/orders/:number") view=TrackingPage/> }
/// ```
#[component]
pub fn TrackingPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let link = Memo::new(move |_| {
        (params.with(|p| p.get("number").unwrap_or_default()), query.with(|q| q.get("token").unwrap_or_default()))
    });
    let order = LocalResource::new(move || {
        let (number, token) = link.get();
        async move { api::order(&number, &token).await }
    });
    view! {
        <Transition fallback=|| view! { <ProductPageSkeleton/> }>
            {move || Suspend::new(async move {
                match order.await {
                    Ok(o) => view! { <OrderTracking initial=o token=link.get_untracked().1/> }.into_any(),
                    Err(e) if e.is_not_found() => view! {
                        <NotFound what="order"/>
                        <p class="vt-tracking__find">
                            {t!("tracking-find-prompt")}" "<a href=LOOKUP_PATH>{t!("tracking-find-link")}</a>
                        </p>
                    }.into_any(),
                    Err(error) => view! {
                        <ErrorNotice title=t!("tracking-load-error") error retry=Callback::new(move |_| order.refetch())/>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}
