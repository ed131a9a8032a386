use leptos::prelude::*;
use vitrine_core::t;
use vitrine_core::tracking::{Milestone, MilestoneStep};

use crate::ui::{Step, Stepper};

/// The order's progress, placed → delivered, as a [`Stepper`]: the current
/// step carries `aria-current="step"`, finished ones a check mark and hidden
/// "(completed)" text. Renders nothing for an empty list (a canceled order
/// has no progress).
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
    let class = Signal::derive(move || format!("vt-tracking__steps {}", class.get().unwrap_or_default()));
    let steps = steps
        .into_iter()
        .map(|s| Step {
            // The last step, once reached, is finished: it gets the check as well as `aria-current`.
            finished: s.done || (s.current && s.milestone == Milestone::Delivered),
            label: s.label,
            done: s.done,
            current: s.current,
        })
        .collect();
    view! { <Stepper label=t!("tracking-progress-label") class steps/> }
}
