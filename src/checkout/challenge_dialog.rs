use leptos::prelude::*;
use vitrine_core::t;

/// The bank's challenge page (3-D Secure style) in a modal dialog. Reports
/// the outcome the page posts back ("succeeded" or anything else).
///
/// Needs no context.
///
/// ```ignore
/// let url = RwSignal::new(None::<String>);
/// view! { <ChallengeDialog url on_done=Callback::new(move |status: String| url.set(None))/> }
/// ```
#[component]
pub fn ChallengeDialog(
    /// The provider's challenge page; `None` closes the dialog.
    #[prop(into)]
    url: Signal<Option<String>>,
    /// Called with the final status of the payment.
    on_done: Callback<String>,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    crate::ui::modal_while(dialog, move || url.get().is_some());
    let handle = window_event_listener(leptos::ev::message, move |ev| {
        let data = ev.data();
        let get = |k: &str| js_sys::Reflect::get(&data, &k.into()).ok().and_then(|v| v.as_string());
        if get("type").as_deref() == Some("vitrine-psp-challenge") && url.get_untracked().is_some() {
            on_done.run(get("status").unwrap_or_default());
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <dialog node_ref=dialog class="vt-dialog vt-challenge" aria-labelledby="vt-challenge-title"
            on:cancel=move |ev: leptos::ev::Event| { ev.prevent_default(); on_done.run("canceled".into()); }>
            <div class="vt-dialog__header">
                <h2 id="vt-challenge-title" class="vt-dialog__title">{t!("checkout-challenge-title")}</h2>
            </div>
            <div class="vt-dialog__body">
                {move || url.get().map(|u| view! {
                    <iframe class="vt-challenge__frame" src=u title=t!("checkout-challenge-frame")></iframe>
                })}
            </div>
        </dialog>
    }
}
