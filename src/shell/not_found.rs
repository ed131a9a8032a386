use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use vitrine_core::t;

/// Shown for unknown addresses and products that no longer exist.
///
/// Needs a router (its link home) and `leptos_meta`'s meta context (the page title).
///
/// ```ignore
/// view! { <NotFound what="product"/> }
/// ```
#[component]
pub fn NotFound(
    /// What was not found: "page", "product" or "order" (the heading says
    /// "This product isn't here" in the page's language). The English
    /// "This product" is read as "product".
    #[prop(default = "page")]
    what: &'static str,
) -> impl IntoView {
    let what = what.strip_prefix("This ").unwrap_or(what).to_ascii_lowercase(); // i18n: not shown
    view! {
        <Title text=t!("common-not-found-title")/>
        <section class="vt-empty">
            <h1 class="vt-empty__title">{t!("common-not-found-heading", what = what)}</h1>
            <p class="vt-empty__body">{t!("common-not-found-body")}</p>
            <A href="/" attr:class="vt-button vt-button--primary">{t!("common-browse-all")}</A>
        </section>
    }
}

/// A page whose code could not be fetched (offline, say): what happened and
/// "Try again", which runs `retry`. Announced as it appears.
///
/// Needs `leptos_meta`'s meta context (the page title).
#[component]
pub fn PageUnavailable(retry: Callback<()>) -> impl IntoView {
    view! {
        <Title text=t!("common-page-failed")/>
        <section class="vt-empty" role="alert">
            <h1 class="vt-empty__title">{t!("common-page-failed")}</h1>
            <p class="vt-empty__body">{t!("common-error-network")}</p>
            <button type="button" class="vt-button vt-button--primary" on:click=move |_| retry.run(())>{t!("common-try-again")}</button>
        </section>
    }
}
