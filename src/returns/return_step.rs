use leptos::prelude::*;
use vitrine_core::t;

use super::{ReturnDraft, ReturnStep};

/// One step of starting a return: its heading always (it takes focus when
/// the step opens), its controls while current, a summary and an "Edit"
/// button once done.
///
/// Needs [`ReturnDraft`] in context.
///
/// ```ignore
/// view! { <ReturnStepSection step=ReturnStep::Items summary=Signal::derive(move || "1 item".into())>/* form */</ReturnStepSection> }
/// ```
#[component]
pub fn ReturnStepSection(
    /// Which step this is.
    step: ReturnStep,
    /// What was chosen, shown once the step is done.
    #[prop(into)]
    summary: Signal<String>,
    children: ChildrenFn,
) -> impl IntoView {
    let draft = ReturnDraft::expect();
    let current = draft.step;
    let state = move || current.get().cmp(&step);
    let total = ReturnStep::ALL.len();
    view! {
        <section class="vt-step vt-returns__step" class:vt-step--current=move || current.get() == step
            class:vt-step--done=move || { current.get() > step } aria-labelledby=step.id()>
            <div class="vt-step__head">
                <h2 id=step.id() class="vt-step__title" tabindex="-1">
                    <span class="vt-step__number" aria-hidden="true">{step.number()}</span>
                    <span class="vt-visually-hidden">{format!("{} ", t!("returns-step-position", step = step.number(), total = total))}</span>
                    {step.title()}
                </h2>
                <Show when=move || { current.get() > step }>
                    <button type="button" class="vt-link-button" on:click=move |_| current.set(step)
                        aria-label=step.edit_label()>{t!("returns-step-edit")}</button>
                </Show>
            </div>
            {move || match state() {
                std::cmp::Ordering::Equal => children().into_any(),
                std::cmp::Ordering::Greater => view! { <p class="vt-step__summary">{summary.get()}</p> }.into_any(),
                std::cmp::Ordering::Less => ().into_any(),
            }}
        </section>
    }
}
