use leptos::prelude::*;
use vitrine_core::t;

use crate::ui::{Icon, IconKind};

/// One step of a [`Stepper`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub label: String,
    /// Reached before the current step.
    pub done: bool,
    pub current: bool,
    /// Drawn with the check mark: done, or the last step once reached.
    pub finished: bool,
}

/// Progress as an ordered list: the current step carries
/// `aria-current="step"`, finished ones a check mark and hidden
/// "(completed)" text, so nothing is told by colour alone. Renders nothing
/// for an empty list. The order's [`MilestoneStepper`](crate::tracking::MilestoneStepper)
/// and the return's [`ReturnStepper`](crate::returns::ReturnStepper) are this.
///
/// Needs no context.
///
/// ```ignore
/// view! { <Stepper label="Order progress" class="vt-tracking__steps" steps=steps/> }
/// ```
#[component]
pub fn Stepper(
    /// The list's accessible name.
    #[prop(into)]
    label: String,
    /// Classes on the list.
    #[prop(into)]
    class: Signal<String>,
    steps: Vec<Step>,
) -> impl IntoView {
    if steps.is_empty() {
        return ().into_any();
    }
    view! {
        <ol class=class aria-label=label>
            {steps.into_iter().map(|step| {
                let state = if step.current { "current" } else if step.done { "done" } else { "upcoming" };
                view! {
                    <li class=format!("vt-tracking__step vt-tracking__step--{state}") class:vt-tracking__step--finished=step.finished
                        aria-current=step.current.then_some("step")>
                        <span class="vt-tracking__marker">
                            {step.finished.then(|| view! { <Icon kind=IconKind::Check size=14/> })}
                        </span>
                        <span class="vt-tracking__step-label">
                            {step.label}
                            {step.done.then(|| view! { <span class="vt-visually-hidden">{format!(" {}", t!("common-step-completed"))}</span> })}
                        </span>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
    .into_any()
}
