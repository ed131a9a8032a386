use leptos::prelude::*;
use vitrine_core::t;

/// The checkout steps, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Contact,
    Address,
    Delivery,
    Payment,
    Review,
}

impl Step {
    pub fn id(self) -> &'static str {
        match self {
            Step::Contact => "vt-step-contact",
            Step::Address => "vt-step-address",
            Step::Delivery => "vt-step-delivery",
            Step::Payment => "vt-step-payment",
            Step::Review => "vt-step-review",
        }
    }

    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The step's name in catalogue selects: "contact", "address"...
    pub fn key(self) -> &'static str {
        match self {
            Step::Contact => "contact",
            Step::Address => "address",
            Step::Delivery => "delivery",
            Step::Payment => "payment",
            Step::Review => "review",
        }
    }
}

/// One step: its heading always, its form while current, a summary with an
/// "Edit" button once done. The heading takes focus when the step opens.
///
/// Needs no context.
///
/// ```ignore
/// view! { <StepSection step=Step::Contact title="Contact" current=step summary=Signal::derive(move || email.get())>
///     <form>/* ... */</form>
/// </StepSection> }
/// ```
#[component]
pub fn StepSection(
    /// Which step this is.
    step: Step,
    /// Heading text.
    #[prop(into)]
    title: String,
    /// The step in progress.
    current: RwSignal<Step>,
    /// What was chosen, shown once the step is done.
    #[prop(into)]
    summary: Signal<String>,
    children: ChildrenFn,
) -> impl IntoView {
    let state = move || current.get().cmp(&step);
    let is_current = move || current.get() == step;
    let is_done = move || current.get().cmp(&step) == std::cmp::Ordering::Greater;
    view! {
        <section class="vt-step" class:vt-step--current=is_current class:vt-step--done=is_done aria-labelledby=step.id()>
            <div class="vt-step__head">
                <h2 id=step.id() class="vt-step__title" tabindex="-1">
                    <span class="vt-step__number" aria-hidden="true">{step.number()}</span>
                    <span class="vt-visually-hidden">{t!("checkout-step-of", step = step.number(), steps = 5)}</span>
                    {title}
                </h2>
                <Show when=is_done>
                    <button type="button" class="vt-link-button" on:click=move |_| current.set(step)
                        aria-label=t!("checkout-step-edit-label", step = step.key())>{t!("checkout-step-edit")}</button>
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

/// Moves keyboard and screen-reader focus to an element by id.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
