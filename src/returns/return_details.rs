use leptos::prelude::*;
use vitrine_core::t;
use vitrine_core::returns::{ReturnStatus, ReturnView};

use super::{ReturnLines, ReturnMethodCard, ReturnMoneyTable, ReturnStepper};
use crate::tracking::{format_time, iso_time};

/// A return (RMA) as its page shows it, from one [`ReturnView`]: number and
/// status, the progress stepper (or the rejection and its reason), how to
/// send it back, the items with their photos, the money, and the history
/// newest first. Renders what it is given; [`ReturnPage`](super::ReturnPage)
/// keeps it live.
///
/// Needs [`ShopStore`](crate::store::ShopStore) (money in the shop's locale).
///
/// ```ignore
/// view! { <ReturnDetails view=Signal::derive(move || current.get())/> }
/// ```
#[component]
pub fn ReturnDetails(
    /// The return, newest version.
    #[prop(into)]
    view: Signal<ReturnView>,
) -> impl IntoView {
    let status = Memo::new(move |_| view.with(|v| v.status));
    view! {
        <header class="vt-order__header">
            <h1 id="vt-return-title" class="vt-page__title">{move || view.with(|v| t!("returns-page-heading", rma = &v.rma))}</h1>
            <p class="vt-order__meta">
                {move || view.with(|v| format!("{} · ", t!("returns-page-meta", number = &v.order_number, time = format_time(v.requested_at))))}
                <span class=move || format!("vt-status vt-returns__status--{}", status.get().as_str())>{move || view.with(|v| v.status_label.clone())}</span>
            </p>
        </header>
        {move || view.with(|v| body(v.clone()))}
    }
}

fn body(v: ReturnView) -> impl IntoView {
    let rejected = v.status == ReturnStatus::Rejected;
    let mut history = v.events.clone();
    history.sort_by_key(|e| std::cmp::Reverse(e.at));
    view! {
        {rejected.then(|| view! {
            <div class="vt-tracking__canceled">
                <p class="vt-tracking__canceled-title">{t!("returns-rejected-title")}</p>
                <p>{v.rejection_reason.clone().unwrap_or_else(|| t!("returns-rejected-no-reason"))}</p>
            </div>
        })}
        {(v.status == ReturnStatus::Canceled).then(|| view! {
            <p class="vt-notice">{t!("returns-canceled")}</p>
        })}
        <ReturnStepper steps=v.progress.clone()/>
        {v.photos_needed.then(|| view! {
            <p class="vt-returns__photos-needed" role="note">{t!("returns-photos-needed")}</p>
        })}
        <div class="vt-order__grid">
            <div>
                <ReturnLines view=v.clone()/>
                <ReturnMoneyTable view=v.clone()/>
            </div>
            <div class="vt-order__side">
                <ReturnMethodCard method=v.method.clone() label_url=v.label_url.clone() status=v.status/>
                <h2 class="vt-order__section">{t!("returns-history")}</h2>
                <ol class="vt-timeline" aria-label=t!("returns-history-label")>
                    {history.into_iter().map(|e| view! {
                        <li><time datetime=iso_time(e.at)>{format_time(e.at)}</time>" "{e.message}</li>
                    }).collect_view()}
                </ol>
            </div>
        </div>
    }
}
