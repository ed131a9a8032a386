use leptos::prelude::*;
use vitrine_core::t;

use crate::api::ApiError;

/// An error a shopper can act on: what happened, and a way to try again.
/// Announced by screen readers as soon as it appears (`role="alert"`).
///
/// Needs no context.
///
/// ```ignore
/// view! { <ErrorNotice title="The products could not be loaded" error retry=Callback::new(move |_| resource.refetch())/> }
/// ```
#[component]
pub fn ErrorNotice(
    /// Heading line, e.g. "Products could not be loaded".
    #[prop(into)]
    title: String,
    /// The error; its message is shown under the title.
    error: ApiError,
    /// Shows a "Try again" button that calls this.
    #[prop(optional, into)]
    retry: Option<Callback<()>>,
) -> impl IntoView {
    view! {
        <div class="vt-notice vt-notice--error" role="alert">
            <p class="vt-notice__title">{title}</p>
            <p class="vt-notice__body">{error.to_string()}</p>
            {retry.map(|cb| view! {
                <button type="button" class="vt-button vt-button--secondary" on:click=move |_| cb.run(())>
                    {t!("common-try-again")}
                </button>
            })}
        </div>
    }
}
