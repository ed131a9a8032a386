use leptos::prelude::*;
use vitrine_core::t;
use vitrine_core::returns::{ReturnMilestone, ReturnMilestoneStep};

use crate::ui::{Step, Stepper};

/// A return's progress, requested → resolved, as a [`Stepper`] like the
/// order's [`MilestoneStepper`](crate::tracking::MilestoneStepper).
/// Renders nothing for an empty list (rejected, canceled).
///
/// Needs no context.
///
/// ```ignore
/// view! { <ReturnStepper steps=view.progress.clone()/> }
/// ```
#[component]
pub fn ReturnStepper(
    /// Extra classes on the list.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The steps, in order (`ReturnView::progress`).
    steps: Vec<ReturnMilestoneStep>,
) -> impl IntoView {
    let class = Signal::derive(move || format!("vt-tracking__steps vt-returns__progress-steps {}", class.get().unwrap_or_default()));
    let steps = steps
        .into_iter()
        .map(|s| Step {
            finished: s.done || (s.current && s.milestone == ReturnMilestone::Resolved),
            label: s.label,
            done: s.done,
            current: s.current,
        })
        .collect();
    view! { <Stepper label=t!("returns-progress-label") class steps/> }
}
