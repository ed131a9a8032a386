use leptos::prelude::*;
use vitrine_core::checkout::normalize_email;
use vitrine_core::t;

use crate::api;

/// "Email me when it's back" under a sold-out variant: one email when it is
/// back in stock, nothing else (said beside the button). The answer is read
/// out (`aria-live`); a bad address is an error at the field.
///
/// Needs no context.
///
/// ```ignore
/// view! { <RestockForm handle=product.handle.clone() variant_id=Signal::derive(move || variant.get().map(|v| v.id))/> }
/// ```
#[component]
pub fn RestockForm(
    /// The product's handle.
    handle: String,
    /// The sold-out variant.
    variant_id: Signal<Option<i64>>,
) -> impl IntoView {
    let email = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    // Another variant chosen: a fresh form.
    Effect::new(move |_| {
        variant_id.track();
        done.set(None);
        error.set(None);
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(variant) = variant_id.get_untracked() else { return };
        let Some(address) = normalize_email(&email.get_untracked()) else {
            error.set(Some(t!("catalog-restock-invalid-email")));
            return;
        };
        let handle = handle.clone();
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::request_restock(&handle, variant, &address).await {
                Ok(answer) => done.set(Some(answer.message)),
                Err(e) => error.set(Some(e.field("email").unwrap_or_else(|| e.to_string()))),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="vt-restock" on:submit=submit novalidate>
            <div class="vt-field">
                <label for="vt-restock-email" class="vt-field__label">{t!("catalog-restock-label")}</label>
                <div class="vt-restock__row">
                    <input id="vt-restock-email" class="vt-input" type="email" autocomplete="email" inputmode="email"
                        prop:value=move || email.get() on:input=move |ev| { email.set(event_target_value(&ev)); error.set(None); }
                        aria-invalid=move || error.with(Option::is_some).then_some("true") aria-describedby="vt-restock-hint vt-restock-error"/>
                    <button type="submit" class="vt-button vt-button--secondary" prop:disabled=move || busy.get()>{t!("catalog-restock-submit")}</button>
                </div>
                <p id="vt-restock-error" class="vt-field__error">{move || error.get()}</p>
                <p id="vt-restock-hint" class="vt-field__hint">{t!("catalog-restock-hint")}</p>
            </div>
            <p class="vt-restock__done" role="status" aria-live="polite">{move || done.get()}</p>
        </form>
    }
}
