use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// Shown for unknown addresses and products that no longer exist.
///
/// Needs a router (its link home) and `leptos_meta`'s meta context (the page title).
///
/// ```ignore
/// view! { <NotFound what="This product"/> }
/// ```
#[component]
pub fn NotFound(
    /// What was not found, e.g. "This product".
    #[prop(default = "This page")]
    what: &'static str,
) -> impl IntoView {
    view! {
        <Title text="Not found"/>
        <section class="vt-empty">
            <h1 class="vt-empty__title">{format!("{what} isn't here")}</h1>
            <p class="vt-empty__body">
                "It may have moved or sold out for good. Everything we carry is in the shop."
            </p>
            <A href="/" attr:class="vt-button vt-button--primary">"Browse all products"</A>
        </section>
    }
}
