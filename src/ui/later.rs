use leptos::prelude::*;

/// Renders its children one task after the rest of the page ([`crate::next_task`]):
/// what is below the fold or closed (the footer, the cart drawer), so the
/// render that paints the first screen is a shorter task (total blocking
/// time counts what each task runs past 50 ms). Once shown, the children stay.
///
/// Needs no context.
///
/// ```ignore
/// view! { <Later><Footer/></Later> }
/// ```
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let stage = stages(|| true, 1);
    move || (stage.get() > 0).then(|| children())
}

/// A count that is 0 until `ready()` first is true, then goes up by one in
/// each following task until it reaches `last` (and stays there): a page
/// that draws its first screen when its data arrives and the rest a piece
/// per task, e.g. a listing's cards a screen at a time.
///
/// ```ignore
/// let stage = stages(move || list.with(Option::is_some), 2);
/// view! { {move || (stage.get() >= 1).then(|| view! { <Filters/> })} }
/// ```
pub fn stages(ready: impl Fn() -> bool + 'static, last: usize) -> ReadSignal<usize> {
    let (stage, set_stage) = signal(0usize);
    Effect::new(move |started: Option<bool>| {
        if started == Some(true) || !ready() {
            return started == Some(true);
        }
        leptos::task::spawn_local(async move {
            for n in 1..=last {
                crate::next_task().await;
                set_stage.set(n);
            }
        });
        true
    });
    stage
}
