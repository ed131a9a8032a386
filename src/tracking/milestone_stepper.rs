use leptos::prelude::*;
use vitrine_core::tracking::{Milestone, MilestoneStep};

use crate::ui::{Icon, IconKind};

/// The order's progress, placed → delivered, as an ordered list: the
/// current step carries `aria-current="step"`, finished ones a check mark
/// and hidden "(completed)" text, so nothing is told by colour alone.
/// Renders nothing for an empty list (a canceled order has no progress).
///
/// Needs no context.
///
/// ```ignore
/// view! { <MilestoneStepper steps=order.progress.clone()/> }
/// ```
#[component]
pub fn MilestoneStepper(
    /// Extra classes on the list.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The steps, in order (`Order::progress`).
    steps: Vec<MilestoneStep>,
) -> impl IntoView {
    if steps.is_empty() {
        return ().into_any();
    }
    let class = move || format!("vt-tracking__steps {}", class.get().unwrap_or_default());
    view! {
        <ol class=class aria-label="Order progress">
            {steps.into_iter().map(|step| {
                // The last step, once reached, is finished: it gets the check as well as `aria-current`.
                let finished = step.done || (step.current && step.milestone == Milestone::Delivered);
                let state = if step.current { "current" } else if step.done { "done" } else { "upcoming" };
                view! {
                    <li class=format!("vt-tracking__step vt-tracking__step--{state}") class:vt-tracking__step--finished=finished
                        aria-current=step.current.then_some("step")>
                        <span class="vt-tracking__marker">
                            {finished.then(|| view! { <Icon kind=IconKind::Check size=14/> })}
                        </span>
                        <span class="vt-tracking__step-label">
                            {step.label}
                            {step.done.then(|| view! { <span class="vt-visually-hidden">" (completed)"</span> })}
                        </span>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
    .into_any()
}
