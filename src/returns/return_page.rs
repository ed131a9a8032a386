use leptos::prelude::*;
use vitrine_core::t;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use vitrine_core::returns::ReturnView;

use super::{use_return_events_with_options, ReturnDetails, UseReturnEventsOptions, UseReturnEventsReturn};
use crate::api;
use crate::shell::NotFound;
use crate::store::ShopStore;
use crate::ui::{ErrorNotice, ProductPageSkeleton};

/// `/returns/:rma?token=...`: a return's page ([`ReturnDetails`]), kept live
/// over its event stream with one polite live region for the news. The
/// return's own token (from its link) is the only key.
///
/// Needs a router, [`ShopStore`] and `leptos_meta`'s meta context.
///
/// ```ignore
/// view! { <Route path=path!("/returns/:rma") view=ReturnPage/> }
/// ```
#[component]
pub fn ReturnPage() -> impl IntoView {
    view! {
        <section class="vt-order vt-tracking vt-returns" aria-labelledby="vt-return-title">
            <LoadReturn render=live/>
        </section>
    }
}

fn live(initial: ReturnView, token: String) -> AnyView {
    view! { <LiveReturn initial token/> }.into_any()
}

/// Loads the return the route names (`:rma`, `?token=`) and shows it with
/// `render` (one loader for the return's pages, so the wasm carries one).
#[component]
pub(super) fn LoadReturn(
    /// Draws the loaded return; gets its token too.
    render: fn(ReturnView, String) -> AnyView,
) -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let link = Memo::new(move |_| (params.with(|p| p.get("rma").unwrap_or_default()), query.with(|q| q.get("token").unwrap_or_default())));
    let loaded = LocalResource::new(move || {
        let (rma, token) = link.get();
        async move { api::return_view(&rma, &token).await }
    });
    view! {
        <Transition fallback=|| view! { <ProductPageSkeleton/> }>
            {move || Suspend::new(async move {
                match loaded.await {
                    Ok(v) => render(v, link.get_untracked().1),
                    Err(e) if e.is_not_found() => view! { <NotFound what="return"/> }.into_any(),
                    Err(error) => view! {
                        <ErrorNotice title=t!("returns-load-error") error retry=Callback::new(move |_| loaded.refetch())/>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn LiveReturn(initial: ReturnView, token: String) -> impl IntoView {
    let shop = ShopStore::expect();
    let rma = initial.rma.clone();
    let options = UseReturnEventsOptions { initial: Some(initial.clone()), ..Default::default() };
    let UseReturnEventsReturn { view, announcement, .. } = use_return_events_with_options(rma.clone(), token, options);
    let current = Signal::derive(move || view.get().unwrap_or_else(|| initial.clone()));
    view! {
        <Title text=move || t!("returns-page-title", rma = &rma, shop = shop.name().get())/>
        <ReturnDetails view=current/>
        <p class="vt-visually-hidden" role="status" aria-live="polite">{move || announcement.get()}</p>
    }
}
