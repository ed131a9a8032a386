use leptos::prelude::*;
use vitrine_core::t;
use vitrine_core::returns::{ReturnView, ReturnableAnswer};

use super::{window_sentence, ItemsStep, PhotoUploads, ReasonsStep, ResolutionStep, ReturnDraft, ReviewStep};
use crate::checkout::focus;

/// Starting a return on an order: the policy sentence, the order's earlier
/// returns, then four steps (items, reasons and photos, resolutions, review)
/// sharing a [`ReturnDraft`]; focus moves to each step's heading as it
/// opens. Once the return exists its photos are sent ([`PhotoUploads`]),
/// then its page opens.
///
/// Needs a router and [`ShopStore`](crate::store::ShopStore).
///
/// ```ignore
/// view! { <StartReturn answer number token/> }
/// ```
#[component]
pub fn StartReturn(
    /// What may be returned, as the server answered.
    answer: ReturnableAnswer,
    /// The order's number.
    #[prop(into)]
    number: String,
    /// The order link's token.
    #[prop(into)]
    token: String,
) -> impl IntoView {
    let sentence = window_sentence(&answer);
    let open = answer.lines.iter().any(|l| l.returnable_quantity > 0);
    let earlier = answer.returns.clone();
    let draft = ReturnDraft::provide(answer);
    let created = RwSignal::new(None::<ReturnView>);
    Effect::new(move |prev: Option<super::ReturnStep>| {
        let s = draft.step.get();
        if prev.is_some_and(|p| p != s) {
            focus(s.id());
        }
        s
    });
    let message = draft.message;
    let on_created = Callback::new(move |view: ReturnView| created.set(Some(view)));
    view! {
        <p class="vt-returns__policy">{sentence}</p>
        {(!earlier.is_empty()).then(|| view! {
            <section class="vt-returns__earlier" aria-labelledby="vt-returns-earlier">
                <h2 id="vt-returns-earlier" class="vt-order__section">{t!("returns-earlier-title")}</h2>
                <ul class="vt-returns__earlier-list">
                    {earlier.into_iter().map(|r| view! {
                        <li>
                            <a href=r.status_url.clone()>{t!("returns-return-link", rma = &r.rma)}</a>
                            {format!(" · {} · {}", r.status.label(), t!("returns-item-count", count = r.items))}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {move || match created.get() {
            Some(view) => {
                let photos: Vec<_> = draft.photos.get_untracked().into_iter()
                    .filter(|(id, _)| view.lines.iter().any(|l| l.line_id == *id))
                    .flat_map(|(id, ps)| ps.into_iter().map(move |p| (id, p)))
                    .collect();
                view! { <PhotoUploads created=view photos/> }.into_any()
            }
            None if !open => view! {
                <p class="vt-notice">{t!("returns-nothing-returnable")}</p>
                <ItemsStep/>
            }.into_any(),
            None => view! {
                <p class="vt-notice vt-notice--error" role="alert" hidden=move || message.with(Option::is_none)>{move || message.get()}</p>
                <div class="vt-returns__steps">
                    <ItemsStep/>
                    <ReasonsStep/>
                    <ResolutionStep/>
                    <ReviewStep number=number.clone() token=token.clone() on_created/>
                </div>
            }.into_any(),
        }}
    }
}
