use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use vitrine_core::t;

use super::{around, MARK};
use crate::ui::{Icon, IconKind};

/// Page numbers with previous/next links that keep the rest of the query.
/// Plain `<a>`s (the router still handles them): the router's `<A>` marks
/// every link to the same path `aria-current`, and these differ only by query.
/// Shows the first, last and nearby pages with gaps ("1 … 4 5 6 … 20").
///
/// Needs a router (it keeps the other query parameters of the current URL).
///
/// ```ignore
/// view! { <Pagination page=list.page page_count=list.page_count/> }
/// ```
#[component]
pub fn Pagination(
    /// The current page, 1-based.
    page: u32,
    /// How many pages there are.
    page_count: u32,
) -> impl IntoView {
    let params = use_query_map();
    let href = move |p: u32| {
        let mut m = params.get_untracked();
        if p <= 1 {
            m.remove("page");
        } else {
            m.replace("page", p.to_string());
        }
        let q = m.to_query_string();
        if q.is_empty() || q == "?" { "/".to_string() } else { format!("/{q}") }
    };
    if page_count <= 1 {
        return ().into_any();
    }
    let mut pages: Vec<Option<u32>> = Vec::new();
    for p in 1..=page_count {
        if p == 1 || p == page_count || p.abs_diff(page) <= 1 {
            pages.push(Some(p));
        } else if pages.last().is_some_and(|l| l.is_some()) {
            pages.push(None);
        }
    }
    // "Page 2": the number shows, the words around it are for screen readers.
    let (page_before, page_after) = around(t!("catalog-page-number", page = MARK));
    let hidden = |text: &str| (!text.is_empty()).then(|| view! { <span class="vt-visually-hidden">{text.to_string()}</span> });
    view! {
        <nav class="vt-pagination" aria-label=t!("catalog-pages")>
            {(page > 1).then(|| view! {
                <a href=href(page - 1) class="vt-pagination__step" rel="prev">
                    <Icon kind=IconKind::ChevronLeft size=18/>
                    <span>{t!("catalog-previous")}</span>
                </a>
            })}
            <ol class="vt-pagination__pages">
                {pages.into_iter().map(|p| match p {
                    Some(p) if p == page => view! {
                        <li><span class="vt-pagination__page" aria-current="page">
                            {hidden(&page_before)}{p}{hidden(&page_after)}
                        </span></li>
                    }.into_any(),
                    Some(p) => view! {
                        <li><a href=href(p) class="vt-pagination__page">
                            {hidden(&page_before)}{p}{hidden(&page_after)}
                        </a></li>
                    }.into_any(),
                    None => view! { <li class="vt-pagination__gap" aria-hidden="true">"…"</li> }.into_any(),
                }).collect_view()}
            </ol>
            {(page < page_count).then(|| view! {
                <a href=href(page + 1) class="vt-pagination__step" rel="next">
                    <span>{t!("catalog-next")}</span>
                    <Icon kind=IconKind::ChevronRight size=18/>
                </a>
            })}
        </nav>
    }
    .into_any()
}
